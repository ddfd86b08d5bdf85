"""The README's promises: its commands are what CI runs, and its SPARQL output is real."""

from __future__ import annotations

import re
from pathlib import Path

from rdflib import Graph

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def fenced(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, re.S)


def test_ci_runs_the_readme_install_and_test_commands():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    install, test = fenced("bash")[:2]
    assert 'pip install -e ".[dev]"' in install and 'pip install -e ".[dev]"' in ci
    assert "kg build seeds/ --out build/" in install and "kg build seeds/ --out build/" in ci
    assert test.strip() == "python -m pytest"
    assert "python -m pytest" in ci


def test_readme_query_is_the_shipped_query():
    shipped = (REPO / "ontology" / "queries" / "who_issued_what.rq").read_text(encoding="utf-8")
    body = shipped.split("\n", 2)[2]  # without the two comment lines
    assert fenced("sparql")[0].strip() == body.strip()


def test_readme_query_output_is_what_the_seed_build_gives(seed_build):
    out_dir = seed_build[0] if isinstance(seed_build, tuple) else seed_build
    graph = Graph().parse(Path(out_dir) / "graph.ttl")
    query = (REPO / "ontology" / "queries" / "who_issued_what.rq").read_text(encoding="utf-8")
    rows = [" | ".join(map(str, row)) for row in graph.query(query)]
    documented = README.split("Output on the seed build:", 1)[1].split("```text\n", 1)[1].split("```", 1)[0]
    assert rows == documented.strip().splitlines()
