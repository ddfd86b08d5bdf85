"""Bad input, end to end through `kg build`: one line per problem naming the file, the run completes,
the summary lists what was skipped, the exit code tells a clean run (0) from a partial one (2) and
from one that built nothing (1), and no traceback reaches the user unless `kg --debug`."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, URIRef

import kg.extract
import kg.pipeline
from kg.cli import cli
from kg.iri import BASE, article_iri
from kg.vocab import NIF

GOOD = ("---\nid: good-one\n---\nA district court in Tver fined the blogger Ivan Petrov under Part 1 of "
        "Article 20.3.1 of the Code of Administrative Offenses.\n")
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture
def invoke(shared_pipeline):
    """Run `kg ARGS` in-process with the session's spaCy pipeline."""

    def run(*args, input=None):
        with shared_pipeline():
            return CliRunner().invoke(cli, [str(a) for a in args], input=input)

    return run


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def no_traceback(result) -> None:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)


def warnings(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("warning:")]


def skipped_lines(result) -> list[str]:
    return [line for line in result.stdout.splitlines() if line.startswith("skipped:")]


def article_ids(out: Path) -> set[str]:
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    prefix = BASE + "graph/"
    return {str(g.identifier)[len(prefix):] for g in ds.graphs()
            if str(g.identifier).startswith(prefix) and len(g) and not str(g.identifier).endswith("/entities")}


def partial_run(result, bad: Path | str, problem: str, out: Path) -> None:
    """The checks every bad input shares: exit 2, one warning line naming it, listed as skipped, a build."""
    assert result.exit_code == 2, result.output
    no_traceback(result)
    [line] = [w for w in warnings(result) if str(bad) in w]
    assert re.search(problem, line, re.I), line
    assert any(str(bad) in s for s in skipped_lines(result))
    assert re.search(r"^articles: 1 \(\d+ skipped\)$", result.stdout, re.M)
    assert article_ids(out) == {"good-one"}


# --- one bad input beside a good one: exit 2, one line, listed, the good one built ----------------------

BAD_INPUTS = [
    ("empty.txt", b"", "empty"),
    ("blank.md", b"   \n\t\n", "empty"),
    ("picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary"),
    ("latin1-everywhere.txt", "Ça été très différent à Zürich, où l'été était chaud".encode("latin-1") * 3,
     "not UTF-8"),
    ("front.txt", b"---\npublished: 2018-02-30\n---\nA court fined a blogger.\n", "date"),
    ("month13.txt", b"---\npublished: '2019-13-01'\n---\nA court fined a blogger.\n", "date"),
    ("yaml.txt", b"---\ntitle: [unclosed\n---\nA court fined a blogger.\n", "YAML"),
    ("nested.txt", b"---\ntitle: {a: 1}\n---\nA court fined a blogger.\n", "single value"),
    ("report.pdf", b"%PDF-1.4\n", "unsupported file type"),
    ("no_extension", b"A court fined a blogger.\n", "unsupported file type"),
    ("nothing.html", b"<html><head><title>t</title></head><body><script>x()</script></body></html>", "no article text"),
    ("page.jsonl", b"\x00\x01binary\x00", "binary"),
]


@pytest.mark.parametrize("name, content, problem", BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_is_one_line_and_the_run_completes(invoke, tmp_path, name, content, problem):
    good = write(tmp_path, "in/good.txt", GOOD)
    bad = write(tmp_path, f"in/{name}", content)
    out = tmp_path / "out"
    result = invoke("build", good, bad, "--out", out)
    partial_run(result, bad, problem, out)


def test_missing_input_beside_a_good_one(invoke, tmp_path):
    good = write(tmp_path, "good.txt", GOOD)
    result = invoke("build", good, tmp_path / "absent.txt", "--out", tmp_path / "out")
    partial_run(result, tmp_path / "absent.txt", "no such file", tmp_path / "out")


def test_too_large_file_is_skipped_with_the_limit_named(invoke, tmp_path):
    good = write(tmp_path, "good.txt", GOOD)
    big = write(tmp_path, "big.txt", "A court fined a blogger. " * 400)  # 10,000 bytes
    out = tmp_path / "out"
    result = invoke("build", good, big, "--out", out, "--max-bytes", 5000)
    partial_run(result, big, r"limit of 5,000 bytes.*--max-bytes", out)
    assert invoke("build", good, big, "--out", out, "--max-bytes", 20000).exit_code == 0


def test_unreadable_file(invoke, tmp_path, monkeypatch):
    good = write(tmp_path, "good.txt", GOOD)
    locked = write(tmp_path, "locked.txt", "A court fined a blogger.\n")
    real_open = Path.open

    def deny(self, *args, **kwargs):
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    result = invoke("build", good, locked, "--out", tmp_path / "out")
    partial_run(result, locked, "cannot read.*permission denied", tmp_path / "out")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_file_without_read_permission(invoke, tmp_path):
    good = write(tmp_path, "good.txt", GOOD)
    locked = write(tmp_path, "locked.txt", "A court fined a blogger.\n")
    locked.chmod(0)
    try:
        result = invoke("build", good, locked, "--out", tmp_path / "out")
    finally:
        locked.chmod(0o644)
    partial_run(result, locked, "cannot read", tmp_path / "out")


def test_malformed_jsonl_lines_are_numbered_and_the_rest_built(invoke, tmp_path):
    path = write(tmp_path, "batch.jsonl", "\n".join([
        '{"id": "good-one", "text": "A district court in Tver fined the blogger Ivan Petrov."}',
        '{"id": "cut", "text": "no closing brace"',
        '["a list"]',
        '',
        '{"id": "bad-date", "published": "2018-02-30", "text": "A court fined a blogger."}',
    ]) + "\n")
    out = tmp_path / "out"
    result = invoke("build", path, "--out", out)
    assert result.exit_code == 2, result.output
    no_traceback(result)
    assert [w.split(": ", 2)[1] for w in warnings(result)] == [f"{path}:2", f"{path}:3", f"{path}:5"]
    assert len(skipped_lines(result)) == 3
    assert article_ids(out) == {"good-one"}


# --- warnings that do not skip: the article is built, exit 0 ------------------------------------------


def test_invalid_utf8_is_replaced_with_a_warning_and_built(invoke, tmp_path):
    path = write(tmp_path, "latin.txt", "---\nid: good-one\n---\nA court in Tver fined the café owner Ivan Petrov.\n"
                 .encode("utf-8").replace("é".encode("utf-8"), b"\xe9"))
    out = tmp_path / "out"
    result = invoke("build", path, "--out", out)
    assert result.exit_code == 0, result.output
    no_traceback(result)
    [line] = warnings(result)
    assert str(path) in line and "UTF-8" in line
    assert not skipped_lines(result)
    text = stored_text(out, "good-one")
    assert "caf\ufffd owner" in text


def stored_text(out: Path, article_id: str) -> str:
    g = Graph().parse(out / "graph.ttl")
    [text] = g.objects(URIRef(article_iri(article_id)), NIF.isString)
    return str(text)


def test_control_characters_become_spaces_and_offsets_still_slice_the_text(invoke, tmp_path):
    body = "A district court\x07 in Tver fined\x1b[0m the blogger Ivan Petrov\x00 under Article 282 of the Criminal Code.\n"
    path = write(tmp_path, "ctrl.jsonl", '{"id": "good-one", "text": %s}\n' % json.dumps(body))
    out = tmp_path / "out"
    result = invoke("build", path, "--out", out)
    assert result.exit_code == 0, result.output
    [line] = warnings(result)
    assert f"{path}:1" in line and "control" in line
    text = stored_text(out, "good-one")
    assert len(text) == len(body) and not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", text)
    g = Graph().parse(out / "graph.ttl")
    spans = list(g.subjects(NIF.anchorOf, None))
    assert spans
    for span in spans:
        begin, end = (int(g.value(span, p)) for p in (NIF.beginIndex, NIF.endIndex))
        assert text[begin:end] == str(g.value(span, NIF.anchorOf))


def test_unsupported_files_in_a_folder_are_named_but_do_not_fail_the_run(invoke, tmp_path):
    write(tmp_path, "in/good.txt", GOOD)
    write(tmp_path, "in/scan.pdf", b"%PDF-1.4")
    write(tmp_path, "in/.hidden.txt", b"\x00")
    out = tmp_path / "out"
    result = invoke("build", tmp_path / "in", "--out", out)
    assert result.exit_code == 0, result.output
    [line] = warnings(result)
    assert str(tmp_path / "in") in line and "scan.pdf" in line
    assert article_ids(out) == {"good-one"}


# --- nothing built: exit 1, previous outputs kept ---------------------------------------------------


def test_nothing_readable_exits_1_and_keeps_the_previous_build(invoke, tmp_path):
    out = tmp_path / "out"
    good = write(tmp_path, "good.txt", GOOD)
    assert invoke("build", good, "--out", out).exit_code == 0
    before = (out / "graph.trig").read_bytes()
    bad = [write(tmp_path, "bad/empty.txt", b""), write(tmp_path, "bad/bin.txt", b"\x00\x01")]
    result = invoke("build", tmp_path / "bad", "--out", out)
    assert result.exit_code == 1
    no_traceback(result)
    assert all(any(str(b) in w for w in warnings(result)) for b in bad)
    assert "no article could be read" in result.output
    assert (out / "graph.trig").read_bytes() == before


def test_an_empty_folder_is_named(invoke, tmp_path):
    (tmp_path / "empty").mkdir()
    result = invoke("build", tmp_path / "empty", "--out", tmp_path / "out")
    assert result.exit_code == 1
    no_traceback(result)
    assert any(str(tmp_path / "empty") in w and "no .txt" in w for w in warnings(result))


# --- thousands of files ----------------------------------------------------------------------------


def test_folder_of_thousands_of_files(invoke, tmp_path):
    """2,000 files, all but a few bad in different ways: one line for each bad one, the good ones built."""
    folder = tmp_path / "many"
    kinds = [b"", b"\x00\x01\x02", b"---\npublished: 2018-02-30\n---\nText.\n", b"---\n- a list\n---\nText.\n"]
    bad = [write(folder, f"d{i // 100:02d}/bad{i:04d}.txt", kinds[i % len(kinds)]) for i in range(1995)]
    for i in range(5):
        write(folder, f"good{i}.txt", GOOD.replace("good-one", f"good-{i}"))
    out = tmp_path / "out"
    result = invoke("build", folder, "--out", out)
    assert result.exit_code == 2
    no_traceback(result)
    named = [w for w in warnings(result)]
    assert len(named) == len(bad)
    assert sorted(re.match(r"warning: (.*?): ", w).group(1) for w in named) == sorted(map(str, bad))
    assert len(skipped_lines(result)) == len(bad)
    assert re.search(rf"^articles: 5 \({len(bad)} skipped\)$", result.stdout, re.M)
    assert article_ids(out) == {f"good-{i}" for i in range(5)}


# --- an article that fails inside the pipeline -----------------------------------------------------


def test_an_article_failing_extraction_is_skipped_not_fatal(invoke, tmp_path, monkeypatch):
    real = kg.extract.extract  # looked up at each run, so the patch below reaches every extraction

    def flaky(doc, article, lexicon):
        if article.id == "explodes":
            raise RuntimeError("synthetic failure")
        return real(doc, article, lexicon)

    monkeypatch.setattr(kg.extract, "extract", flaky)
    good = write(tmp_path, "good.txt", GOOD)
    boom = write(tmp_path, "boom.txt", "---\nid: explodes\n---\nA court fined a blogger.\n")
    out = tmp_path / "out"
    result = invoke("build", good, boom, "--out", out)
    partial_run(result, boom, "extraction failed.*synthetic failure", out)

    debug = invoke("--debug", "build", good, boom, "--out", tmp_path / "out2")
    assert debug.exit_code == 1 and isinstance(debug.exception, RuntimeError)


# --- unexpected errors: one line, or the traceback with --debug --------------------------------------


def test_an_unexpected_error_is_one_line(invoke, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise ZeroDivisionError("division by zero somewhere deep")

    monkeypatch.setattr(kg.pipeline, "write_outputs", broken)
    good = write(tmp_path, "good.txt", GOOD)
    result = invoke("build", good, "--out", tmp_path / "out")
    assert result.exit_code == 1
    no_traceback(result)
    [line] = result.stderr.strip().splitlines()
    assert "ZeroDivisionError" in line and "division by zero somewhere deep" in line and "--debug" in line

    debug = invoke("--debug", "build", good, "--out", tmp_path / "out")
    assert isinstance(debug.exception, ZeroDivisionError)


def test_debug_is_documented_in_the_help():
    result = CliRunner().invoke(cli, ["--help"])
    assert "--debug" in result.output and "Exit codes" in result.output


def test_real_process_shows_no_traceback_unless_debug(tmp_path):
    """The installed command, in a real process: an output folder that cannot be made."""
    good = write(tmp_path, "good.txt", GOOD)
    blocker = write(tmp_path, "blocker", "a file where a folder should be")
    command = [sys.executable, "-m", "kg.cli", "build", str(good), "--out", str(blocker / "out")]
    plain = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert plain.returncode == 1
    assert "Traceback" not in plain.stderr + plain.stdout
    errors = [line for line in plain.stderr.splitlines() if line.lower().startswith("error")]
    assert len(errors) == 1 and str(blocker) in errors[0] and "--debug" in errors[0]

    debug = subprocess.run(command[:3] + ["--debug"] + command[3:], capture_output=True, text=True, timeout=600)
    assert debug.returncode == 1
    assert "Traceback" in debug.stderr


def test_stdin_with_invalid_utf8_is_built_with_a_warning(invoke, tmp_path):
    raw = "---\nid: good-one\n---\nA court in Tver fined the café owner Ivan Petrov.\n".encode("utf-8")
    result = invoke("build", "-", "--out", tmp_path / "out", input=raw.replace("é".encode("utf-8"), b"\xe9"))
    assert result.exit_code == 0, result.output
    [line] = warnings(result)
    assert line.startswith("warning: <stdin>") and "UTF-8" in line
    assert "caf\ufffd owner" in stored_text(tmp_path / "out", "good-one")


def test_stdin_over_the_limit_is_skipped(invoke, tmp_path):
    result = invoke("build", "-", "--out", tmp_path / "out", "--max-bytes", 100, input=GOOD * 3)
    assert result.exit_code == 1
    no_traceback(result)
    [line] = warnings(result)
    assert line.startswith("warning: <stdin>") and "limit of 100 bytes" in line
