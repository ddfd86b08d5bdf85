"""Parallel builds: --jobs N worker processes and a real Dask cluster give the output of one process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

from kg import pipeline

DEV = Path(__file__).resolve().parent / "devset" / "dev"
pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore::DeprecationWarning")]


def files_of(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def run_kg(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", *map(str, args)],
                          capture_output=True, text=True, timeout=900, env={**os.environ, "PYTHONHASHSEED": "random"})


@pytest.fixture(scope="module")
def local_build(build_with, tmp_path_factory):
    out = tmp_path_factory.mktemp("local")
    summary = build_with([DEV], out)
    return out, summary


def test_jobs_give_the_same_files_as_one_process(local_build, tmp_path):
    out, summary = local_build
    result = run_kg("build", DEV, "--out", tmp_path / "jobs", "--jobs", "2")
    assert result.returncode == 0, result.stderr
    assert f"articles: {summary.articles}" in result.stdout
    assert files_of(tmp_path / "jobs") == files_of(out)


def test_jobs_with_a_missing_model_fail_clearly(tmp_path):
    result = run_kg("build", DEV / "d01_telegram_block.md", "--out", tmp_path / "out", "--jobs", "2",
                    "--model", "no_such_model")
    assert result.returncode == 1
    assert "no_such_model" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out" / "graph.trig").exists()


def test_a_dask_cluster_builds_the_same_graph(local_build, tmp_path):
    distributed = pytest.importorskip("distributed")
    out, summary = local_build
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = pipeline.build([DEV], tmp_path / "dask", scheduler=cluster.scheduler_address)
    assert remote.articles == summary.articles
    local, theirs = Dataset(), Dataset()
    local.parse(out / "graph.trig", format="trig")
    theirs.parse(tmp_path / "dask" / "graph.trig", format="trig")
    names = {g.identifier for g in local.graphs() if len(g)}
    assert names == {g.identifier for g in theirs.graphs() if len(g)}
    for name in names:
        assert isomorphic(local.graph(name), theirs.graph(name)), name
    assert files_of(tmp_path / "dask") == files_of(out)  # even byte for byte


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path):
    pytest.importorskip("distributed")
    result = run_kg("build", DEV / "d01_telegram_block.md", "--out", tmp_path / "out", "--scheduler", "tcp://127.0.0.1:9")
    assert result.returncode == 1
    assert "tcp://127.0.0.1:9" in result.stderr and "Traceback" not in result.stderr


def test_a_cluster_worker_leaves_no_copy_of_the_lexicons(monkeypatch, tmp_path):
    """A Dask worker writes the lexicons it is sent to files for the pipeline to load; once loaded,
    the files are gone (each worker start used to leave a folder behind in the temp directory)."""
    import types

    import kg.nlp
    from kg import parallel

    seen = {}

    def fake_load(model, files):
        seen["texts"] = [Path(f).read_bytes() for f in files]
        seen["folders"] = {Path(f).parent for f in files}
        return types.SimpleNamespace(max_length=10)

    monkeypatch.setattr(kg.nlp, "load_pipeline", fake_load)
    monkeypatch.setattr(parallel.tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(parallel, "_cluster_pipelines", {})
    nlp = parallel.cluster_pipeline(None, (("/x/a.json", b"A"), ("/y/b.json", b"B")), 500)
    assert seen["texts"] == [b"A", b"B"]
    assert nlp.max_length == 500
    assert all(folder.parent == tmp_path for folder in seen["folders"])
    assert list(tmp_path.iterdir()) == []
