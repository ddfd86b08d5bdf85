"""The build benchmark's corpus generator and harness (shape of their results; no timings asserted)."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def bench():
    """The harness modules (they import each other by name, as scripts in benchmarks/ do)."""
    names = ("corpus", "measure", "resolution")
    sys.path.insert(0, str(BENCH))
    try:
        yield SimpleNamespace(**{name: importlib.import_module(name) for name in names})
    finally:
        sys.path.remove(str(BENCH))
        for name in names:
            sys.modules.pop(name, None)


@pytest.fixture(scope="module")
def corpus(bench):
    return bench.corpus


@pytest.fixture(scope="module")
def measure(bench):
    return bench.measure


def test_corpus_is_deterministic_and_varied(corpus, tmp_path):
    n = 2 * len(corpus.dev_sources())  # every dev article twice over, however many there are
    first = list(corpus.generate(n, seed=7))
    assert first == list(corpus.generate(n, seed=7))
    assert first != list(corpus.generate(n, seed=8))
    assert len({r["id"] for r in first}) == n
    sources = {r["id"].split("-", 2)[2] for r in first}
    assert len(sources) == len(corpus.dev_sources())  # every dev article is used
    same_source = [r for r in first if r["id"].endswith("d06_gorinov_sentence")]
    assert len({r["text"] for r in same_source}) == len(same_source)  # copies differ
    assert all("heldout" not in str(a.origin) for a, _ in corpus.dev_sources())


def test_corpus_renames_people_and_keeps_structure(corpus):
    article = next(a for a, _ in corpus.dev_sources() if a.id == "d06_gorinov_sentence")
    people = corpus.people_of(article.id)
    record = next(r for i in range(200) if not (r := corpus.variant(i, article, people))["text"].count("Gorinov"))
    assert "Article" in record["text"] and "Criminal Code" in record["text"]
    assert record["published"][:4].isdigit()


@pytest.mark.parametrize("number, code", [("207.3", "cc"), ("20.3.1", "coao"), ("10", None), ("13.41", "coao")])
def test_provision_numbers_swap_within_their_code(corpus, number, code):
    expected = {"cc": corpus.CRIMINAL, "coao": corpus.ADMINISTRATIVE, None: None}[code]
    assert corpus.code_of(number) == expected


def test_corpus_files_are_read_by_kg(corpus, tmp_path):
    from kg import ingest

    corpus.write_jsonl(corpus.generate(4), tmp_path / "c.jsonl")
    corpus.write_md(corpus.generate(4), tmp_path / "md")
    from_jsonl = [a for a in ingest.read_inputs([tmp_path / "c.jsonl"])]
    from_md = [a for a in ingest.read_inputs([tmp_path / "md"])]
    assert all(not isinstance(a, ingest.Skipped) for a in from_jsonl + from_md)
    assert [a.id for a in from_jsonl] == sorted(a.id for a in from_md)
    assert [a.text for a in from_jsonl] == [a.text for a in sorted(from_md, key=lambda a: a.id)]


def test_run_measures_a_process_and_its_memory(measure):
    code = "x = bytearray(150 * 2**20); x[::4096] = b'1' * len(x[::4096]); print('done')"
    found = measure.run([sys.executable, "-c", code])
    assert found.returncode == 0 and found.stdout.strip() == "done"
    assert found.peak_rss_mb >= 150 and found.cpu_seconds > 0 and found.wall_seconds > 0


def test_run_kills_a_process_that_passes_the_memory_limit(measure):
    code = "import time; x = bytearray(300 * 2**20); x[::4096] = b'1' * len(x[::4096]); time.sleep(30)"
    found = measure.run([sys.executable, "-c", code], max_tree_mb=100)
    assert found.killed and found.returncode != 0


def test_stage_clock_is_exclusive_and_times_generators(measure):
    clock = measure.StageClock()
    inner = clock.wrap("inner", lambda: sum(range(10_000)))
    outer = clock.wrap("outer", lambda: [inner() for _ in range(3)])
    steps = clock.wrap("steps", lambda: (i for i in range(4)))
    outer()
    assert list(steps()) == [0, 1, 2, 3]
    report = clock.report()
    assert report["inner"]["calls"] == 3 and report["outer"]["calls"] == 1
    assert report["steps"]["calls"] == 6  # the call that makes the generator, four items, the end
    assert not clock.stack


def test_resolution_replicas_grow_people_and_keep_institutions(bench):
    resolution = bench.resolution
    from kg.model import Article, ArticleExtraction, LocalEntity

    people = LocalEntity("p", "Person", "Anna Petrova", ("Anna Petrova",), "Person:anna petrova")
    court = LocalEntity("c", "Court", "Moscow City Court", ("Moscow City Court",), "lex:moscow-city-court")
    local = LocalEntity("s", "Person", "Petrova", ("Petrova",), "Person@a1:petrova")
    base = [ArticleExtraction(Article("a1", "text"), (), (), (people, court, local))]
    copies = resolution.replicate(base, 30)
    assert len({ex.article.id for ex in copies}) == 30
    assert len({ex.entities[0].ref for ex in copies}) > 20  # new people (a few names may collide)
    assert {ex.entities[1].ref for ex in copies} == {"lex:moscow-city-court"}
    assert all(ex.entities[2].ref == f"Person@{ex.article.id}:petrova" for ex in copies)


def test_harness_quick_run_writes_results(tmp_path):
    done = subprocess.run([sys.executable, str(BENCH / "build.py"), "--quick", "--jobs", "0", "--work",
                           str(tmp_path / "work"), "--results", str(tmp_path / "results")],
                          capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads((tmp_path / "results" / "build-5.json").read_text())
    assert result["corpus"]["words"] > 0 and result["model"]["batch_size"] > 0
    for run in ("bare", "kg"):
        row = result["runs"][run]
        assert row["returncode"] == 0, row.get("error")
        for key in ("wall_seconds", "cpu_seconds", "peak_rss_mb", "peak_tree_mb", "words_per_second",
                    "articles_per_second"):
            assert row[key] > 0, (run, key)
    stages = result["runs"]["kg"]["stages"]["stages"]
    assert {"spaCy model", "extract", "resolve", "other"} <= set(stages)
    assert all(s["cpu_seconds"] is not None and s["calls"] >= 0 for s in stages.values())
    assert {"kg_vs_bare_wall", "kg_vs_bare_cpu"} <= set(result["ratios"])
    resolution = json.loads((tmp_path / "results" / "build-resolution.json").read_text())
    assert [r["articles"] for r in resolution["rows"]] == [5, 20]
    assert resolution["rows"][1]["local_entities"] > resolution["rows"][0]["local_entities"]
    table = (tmp_path / "results" / "build.md").read_text()
    assert "`kg build`" in table and "bare `nlp.pipe`" in table


def test_alternating_turns_report_the_median_speedup():
    sys.path.insert(0, str(BENCH))
    try:
        report = importlib.import_module("report")
    finally:
        sys.path.remove(str(BENCH))
        sys.modules.pop("report", None)
    run = lambda wall: {"wall_seconds": wall, "cpu_seconds": wall, "returncode": 0}  # noqa: E731
    turns = [{"kg": run(180.0), "kg-jobs2": run(100.0), "identical_output": True},
             {"kg": run(180.0), "kg-jobs2": run(120.0), "identical_output": True},
             {"kg": run(170.0), "kg-jobs2": run(95.0), "identical_output": True}]
    runs = {"kg": turns[0]["kg"], "kg-jobs2": {**turns[0]["kg-jobs2"], "identical_output": {"graph.trig": True}}}
    found = report.ratios(runs, 2, turns)
    assert found["jobs2_speedup_wall_turns"] == [1.8, 1.5, 1.789]
    assert found["jobs2_speedup_wall"] == 1.789  # the median turn, not the first
    assert found["jobs2_identical_output"] is True
    turns[1]["identical_output"] = False
    assert report.ratios(runs, 2, turns)["jobs2_identical_output"] is False
    assert "jobs2_speedup_wall_turns" not in report.ratios(runs, 2, turns[:1])  # one turn: its own speed-up
    result = {"articles": 2000, "ratios": found, "runs": runs}
    line = next(t for t in report.targets([result], None) if "speed-up" in t)
    assert "1.79x wall (the median of 3 turns" in line and "1.80x, 1.50x, 1.79x" in line
