"""The `kg` command line (click.testing.CliRunner): help, version, build, export, errors."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from rdflib import RDF, RDFS, Dataset, Literal, URIRef

import kg
import kg.pipeline
from kg.cli import cli
from kg.iri import graph_iri

OUTPUTS = ("graph.ttl", "graph.trig", "graph.jsonld", "graph.graphml")
GOOD = ("---\nid: cli-good\ntitle: A good one\n---\nA district court fined a blogger on Monday under "
        "Part 1 of Article 20.3.1 of the Code of Administrative Offenses.\n")
BAD = "---\n- front matter that is a list\n---\nA court fined a blogger.\n"
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture
def invoke(shared_pipeline):
    """Run `kg ARGS` with the session's spaCy pipeline standing in for the default one."""

    def run(*args, input=None):
        with shared_pipeline():
            return CliRunner().invoke(cli, [str(a) for a in args], input=input)

    return run


def all_commands(group: click.Group, path=()):
    for name, command in sorted(group.commands.items()):
        yield (*path, name), command
        if isinstance(command, click.Group):
            yield from all_commands(command, (*path, name))


COMMANDS = list(all_commands(cli))


def no_traceback(result) -> None:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)


# --- Help and version ----------------------------------------------------------------------


def test_there_are_commands():
    assert {"build", "export"} <= {path[-1] for path, _ in COMMANDS}


def documentation_problems(group: click.Group, path: tuple[str, ...], command: click.Command) -> list[str]:
    """What is missing from the help of `kg PATH`: a docstring, its first line, an example, option help."""
    name = "kg " + " ".join(path)
    if not (command.help or "").strip():
        return [f"`{name}` has no docstring"]
    result = CliRunner().invoke(group, [*path, "--help"])
    if result.exit_code != 0:
        return [f"`{name} --help` exits {result.exit_code}"]
    problems = []
    first_line = " ".join(command.help.strip().splitlines()[0].split())
    if first_line not in " ".join(result.output.split()):
        problems.append(f"`{name} --help` does not show {first_line!r}")
    if not any(line.strip().startswith(name) for line in result.output.splitlines()):
        problems.append(f"`{name} --help` shows no example starting with `{name}`")
    problems += [f"`{name}` option {p.name} has no help" for p in command.params
                 if isinstance(p, click.Option) and not p.hidden and not p.help and p.name not in ("help", "version")]
    return problems


@pytest.mark.parametrize("path, command", COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_every_command_is_documented_with_an_example(path, command):
    assert documentation_problems(cli, path, command) == []


def test_an_undocumented_command_is_caught():
    """The check above can fail: a group with bare commands is reported."""

    @click.group(name="kg")
    def fake():
        pass

    @fake.command()
    @click.option("--flag")
    def bare(flag):
        pass

    @fake.command()
    @click.option("--flag")
    def noexample(flag):
        """Do something."""

    assert documentation_problems(fake, ("bare",), bare) == ["`kg bare` has no docstring"]
    problems = documentation_problems(fake, ("noexample",), noexample)
    assert any("no example" in p for p in problems) and any("--flag" in p or "flag" in p for p in problems)


def test_top_level_help_lists_commands_and_an_example():
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for path, _ in COMMANDS:
        if len(path) == 1:
            assert path[0] in result.output
    assert re.search(r"^\s*kg \w+", result.output, re.M)


def test_version():
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert kg.__version__ in result.output and "kg" in result.output


# --- build -------------------------------------------------------------------------------


def test_build_with_one_bad_file_warns_and_exits_2(invoke, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (inputs / "b_bad.txt").write_text(BAD, encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("build", inputs, "--out", out)
    assert result.exit_code == 2, result.output
    no_traceback(result)
    for name in OUTPUTS:
        assert (out / name).is_file() and (out / name).stat().st_size > 0
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1
    assert str(inputs / "b_bad.txt") in warnings[0]
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    assert len(ds.graph(URIRef(graph_iri("cli-good")))) > 0


def test_build_summary(invoke, tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    result = invoke("build", tmp_path / "good.txt", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert re.search(r"^articles: 1$", result.output, re.M)
    assert re.search(r"^entities: .*LegalProvision 1", result.output, re.M)
    for name in OUTPUTS:
        assert str(tmp_path / "out" / name) in result.output


def test_build_of_a_missing_file_fails_clearly(invoke, tmp_path):
    missing = tmp_path / "absent.txt"
    result = invoke("build", missing, "--out", tmp_path / "out")
    assert result.exit_code != 0
    no_traceback(result)
    assert str(missing) in result.output
    assert re.search(r"no such file|not found|does not exist", result.output, re.I)


def test_build_of_a_missing_folder_fails_clearly(invoke, tmp_path):
    missing = tmp_path / "no_such_folder"
    result = invoke("build", missing, "--out", tmp_path / "out")
    assert result.exit_code != 0
    no_traceback(result)
    assert str(missing) in result.output
    assert re.search(r"no such file|not found|does not exist", result.output, re.I)


def test_failed_build_keeps_the_previous_build(invoke, tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    assert invoke("build", tmp_path / "good.txt", "--out", out).exit_code == 0
    before = (out / "graph.trig").read_bytes()
    result = invoke("build", tmp_path / "absent.txt", "--out", out)
    assert result.exit_code != 0
    assert (out / "graph.trig").read_bytes() == before


def test_build_with_an_unknown_model_says_how_to_install_one(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "good.txt"), "--out", str(tmp_path / "out"),
                                      "--model", "no_such_model"])
    assert result.exit_code == 1
    no_traceback(result)
    assert "no_such_model" in result.output
    assert "install" in result.output.lower() and "pip install" in result.output
    assert result.output.count("\n") <= 2
    assert not (tmp_path / "out" / "graph.trig").exists()


def test_build_reads_stdin(invoke, tmp_path):
    out = tmp_path / "out"
    result = invoke("build", "-", "--out", out, input=GOOD)
    assert result.exit_code == 0, result.output
    no_traceback(result)
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    assert len(ds.graph(URIRef(graph_iri("cli-good")))) > 0


def test_build_needs_an_input():
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 2
    assert "INPUTS" in result.output


# --- export ------------------------------------------------------------------------------


def test_export_without_a_build_is_a_clear_error(tmp_path):
    out = tmp_path / "empty"
    result = CliRunner().invoke(cli, ["export", "--out", str(out)])
    assert result.exit_code == 1
    no_traceback(result)
    assert str(out / "graph.trig") in result.output
    assert "kg build" in result.output


def test_export_of_a_corrupt_build_is_a_clear_error(tmp_path):
    (tmp_path / "graph.trig").write_text("this is { not trig\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["export", "--out", str(tmp_path)])
    assert result.exit_code == 1
    no_traceback(result)
    assert str(tmp_path / "graph.trig") in result.output


def test_export_after_build_rewrites_every_output(invoke, tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    assert invoke("build", tmp_path / "good.txt", "--out", out).exit_code == 0
    for name in OUTPUTS:
        if name != "graph.trig":
            (out / name).unlink()
    result = CliRunner().invoke(cli, ["export", "--out", str(out)])
    assert result.exit_code == 0, result.output
    for name in OUTPUTS:
        assert (out / name).is_file()
        assert str(out / name) in result.output


# --- --lexicon -----------------------------------------------------------------------------

USER_LEXICON = """\
- id: ostrovets-watch
  type: Organization
  label: Ostrovets Watch
  aliases:
  - Ostrovets Watch Group
"""


def test_build_with_a_user_lexicon(invoke, tmp_path):
    lexicon = tmp_path / "mine.yaml"
    lexicon.write_text(USER_LEXICON, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("---\nid: lex-user\n---\nThe Ostrovets Watch Group said the fine was unlawful.\n",
                       encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("build", article, "--out", out, "--lexicon", lexicon)
    assert result.exit_code == 0, result.output
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    kg_ns = "https://w3id.org/kg-legal/ontology#"
    [node] = ds.graph(URIRef(graph_iri("entities"))).subjects(URIRef(kg_ns + "lexiconId"), Literal("ostrovets-watch"))
    entities = ds.graph(URIRef(graph_iri("entities")))
    assert (node, RDF.type, URIRef(kg_ns + "Organization")) in entities
    assert str(entities.value(node, RDFS.label)) == "Ostrovets Watch"


def test_build_with_a_bad_user_lexicon_names_the_file(invoke, tmp_path):
    lexicon = tmp_path / "bad.yaml"
    lexicon.write_text("- id: broken\n  label: No type given\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A court fined a blogger.\n", encoding="utf-8")
    result = invoke("build", tmp_path / "a.txt", "--out", tmp_path / "out", "--lexicon", lexicon)
    assert result.exit_code == 1
    no_traceback(result)
    assert str(lexicon) in result.output
