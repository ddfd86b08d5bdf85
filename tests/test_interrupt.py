"""A build killed with SIGKILL mid-run leaves the previous build whole, and the next run finishes the work.

The kill is real: `kg build` runs in its own process, the test waits until it is extracting (new
files in the cache) or changing the store (the store.syncing marker), then sends SIGKILL.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.store import graphs_of, store_path

TESTS = Path(__file__).resolve().parent
SEEDS = TESTS.parent / "seeds"
DEV = TESTS / "devset" / "dev"
pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore::DeprecationWarning"),
              pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")]


def files_of(out: Path) -> dict[str, bytes]:
    """The build's files (a killed build may leave hidden temporary files beside them)."""
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file() and not p.name.startswith(".")}


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in [*out.glob(".*.tmp"), *(out / "cache").glob(".*.tmp")])


def extractions(out: Path) -> int:
    return sum(1 for _ in (out / "cache" / "extractions").rglob("*.pickle"))


def kill_when(out: Path, ready, timeout: float = 600) -> bool:
    """Start `kg build DEV --out OUT`, SIGKILL it once `ready()` holds; False if it finished first."""
    process = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "build", str(DEV), "--out",
                                str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    try:
        while process.poll() is None and time.monotonic() < deadline:
            if ready():
                process.send_signal(signal.SIGKILL)
                process.wait(30)
                return True
            time.sleep(0.002)
        return False
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(30)


@pytest.fixture(scope="module")
def previous(build_with, tmp_path_factory):
    """The build before the interrupted run: the seeds."""
    out = tmp_path_factory.mktemp("previous") / "build"
    build_with([SEEDS], out)
    return out


@pytest.fixture(scope="module")
def finished(build_with, previous, tmp_path_factory):
    """What the interrupted run should end with: the seeds, then the dev set added, uninterrupted."""
    out = tmp_path_factory.mktemp("finished") / "build"
    shutil.copytree(previous, out)
    build_with([DEV], out)
    return out


def copy_of(previous: Path, tmp_path: Path) -> Path:
    out = tmp_path / "build"
    shutil.copytree(previous, out)
    return out


def test_a_build_killed_while_extracting_leaves_the_previous_build(previous, finished, build_with, tmp_path):
    out = copy_of(previous, tmp_path)
    cached = extractions(out)
    assert kill_when(out, lambda: extractions(out) >= cached + 2), "the build finished before it could be killed"
    assert files_of(out) == files_of(previous)
    assert graphs_of(store_path(out)) == graphs_of(store_path(previous))
    assert (out / "cache" / "build.json").read_bytes() == (previous / "cache" / "build.json").read_bytes()
    summary = build_with([DEV], out)  # the next run finishes the work, reusing what was extracted
    assert summary.cached >= 2 + 2  # the two seeds and at least two dev articles
    assert files_of(out) == files_of(finished)
    assert graphs_of(store_path(out)) == graphs_of(store_path(finished))


def test_a_build_killed_while_writing_leaves_whole_graphs(previous, finished, build_with, tmp_path):
    out = copy_of(previous, tmp_path)
    for pickle in (finished / "cache" / "extractions").rglob("*.pickle"):  # no NLP: straight to writing
        target = out / pickle.relative_to(finished)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(pickle, target)
    marker = out / "cache" / "store.syncing"
    assert kill_when(out, marker.exists), "the build finished before it could be killed"
    before, after, now = (files_of(p) for p in (previous, finished, out))
    for name, data in now.items():  # every file is the old one or the new one, never a mix
        assert data in (before.get(name), after.get(name)), name
    old, new = graphs_of(store_path(previous)), graphs_of(store_path(finished))
    for name, quads in graphs_of(store_path(out)).items():  # every graph is whole: old or new
        assert quads in (old.get(name), new.get(name)), name
    build_with([DEV], out)
    assert files_of(out) == files_of(finished)
    assert graphs_of(store_path(out)) == graphs_of(store_path(finished))
    assert leftovers(out) == []
