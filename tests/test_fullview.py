"""The `full` view a build writes as it goes (kg.export.fullview) is the networkx view of the same build.

`kg build` writes graph.graphml, graph.gexf, nodes.csv and edges.csv from a FullView fed each graph
as it is written; `write_network(build_view(ds, "full"))` reads the whole build back instead. Both
must give the same bytes for the same build, read from its store (Oxigraph's normalization of
literals, e.g. a penalty of "7.0"^^xsd:decimal kept as "7", included), on the seeds, on a few
development articles (sentences with penalties) and on the hand-written event build.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from lxml import etree

from kg import pipeline
from kg.cache import cache_dir
from kg.export.fullview import FullView
from kg.export.graphml import write_graphml
from kg.export.network import FILES, write_network
from kg.export.rdf import read_trig
from kg.store import dataset_over, read_dataset, reading_store
from kg.stream import TrigGraphs
from kg.views import VIEWS, build_view

TESTS = Path(__file__).resolve().parent
DATA = TESTS / "data"
DEV = TESTS / "devset" / "dev"
SCHEMAS = TESTS.parents[1] / "shared" / "schemas"
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def nx_view_files(ds, folder: Path) -> dict[str, bytes]:
    write_network(build_view(ds, "full"), folder)
    return {name: (folder / name).read_bytes() for name in FILES}


def build_files(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in FILES}


def assert_same_files(streamed: dict[str, bytes], expected: dict[str, bytes]) -> None:
    for name in FILES:
        assert streamed[name].decode() == expected[name].decode(), name


@pytest.fixture(scope="module")
def dev_build(build_with, tmp_path_factory):
    out = tmp_path_factory.mktemp("fullview-dev")
    files = ["d06_gorinov_sentence.md", "d14_kara_murza_sentence.md", "d03_memorial_liquidation.md",
             "d11_linkedin_block.html"]
    build_with([DEV / name for name in files], out)
    return out


def test_seed_build_writes_the_networkx_full_view(seed_build, tmp_path):
    out = seed_build[0]
    assert_same_files(build_files(out), nx_view_files(read_dataset(out), tmp_path / "networkx"))


def test_dev_build_writes_the_networkx_full_view(dev_build, tmp_path):
    streamed = build_files(dev_build)
    assert b">event</data>" in streamed["graph.graphml"] and b"penalty" in streamed["nodes.csv"]
    assert_same_files(streamed, nx_view_files(read_dataset(dev_build), tmp_path / "networkx"))


def test_event_build_writes_the_networkx_full_view(tmp_path):
    """The hand-written build with events (roles, statuses, penalties, undated events, facts from events)."""
    work = tmp_path / "work"
    work.mkdir()
    store = ox.Store()
    with FullView(work) as view:
        for name, triples in TrigGraphs(DATA / "events.trig").graphs():
            view.add(name, triples)
            store.extend(ox.Quad(s, p, o, name) for s, p, o in triples)
        view.write(tmp_path / "stream")
    expected = nx_view_files(dataset_over(reading_store(store)), tmp_path / "networkx")
    assert_same_files(build_files(tmp_path / "stream"), expected)
    assert list(work.iterdir()) == []  # the event spool is gone


def test_export_writes_the_same_full_view(dev_build, tmp_path):
    """`kg export` (everything, from graph.trig) writes the view the build wrote."""
    out = tmp_path / "copy"
    shutil.copytree(dev_build, out)
    for name in FILES:
        (out / name).unlink()
    pipeline.export(out)
    assert_same_files(build_files(out), build_files(dev_build))
    assert not list(cache_dir(out).glob(".fullview.*"))


def test_export_view_full_writes_the_build_files(dev_build, tmp_path):
    """`kg export --view full` writes the same bytes as the build (penalty amounts included)."""
    out = tmp_path / "copy"
    shutil.copytree(dev_build, out)
    for name in FILES:
        (out / name).unlink()
    written = pipeline.export(out, view="full")
    assert sorted(p.name for p in written) == sorted(FILES)
    assert_same_files(build_files(out), build_files(dev_build))


@pytest.mark.parametrize("name, xsd", [("graph.graphml", "graphml-1.0/graphml.xsd"),
                                       ("graph.gexf", "gexf-1.3/gexf.xsd")])
def test_build_view_files_validate(dev_build, name, xsd):
    if not (SCHEMAS / xsd).is_file():
        pytest.skip(f"{SCHEMAS / xsd} not found")
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / xsd)))
    assert schema.validate(etree.parse(str(dev_build / name))), str(schema.error_log)


@pytest.mark.parametrize("name", VIEWS)
def test_graphml_is_what_networkx_writes(tmp_path, name):
    """The row writer gives networkx's own GraphML for every view (keys, ids, order, escaping)."""
    graph = build_view(read_trig(DATA / "events.trig"), name)
    graph.nodes[next(iter(graph.nodes))]["note"] = 'a & <b> "c"\n\u00e9'
    write_graphml(graph, tmp_path / "ours.graphml")
    nx.write_graphml(graph, tmp_path / "networkx.graphml", named_key_ids=False)
    assert (tmp_path / "ours.graphml").read_text() == (tmp_path / "networkx.graphml").read_text()


def test_graphml_of_a_simple_graph_is_what_networkx_writes(tmp_path):
    graph = nx.Graph(view="simple")
    graph.add_node("a", label="A", size=10.0, flag=True)
    graph.add_node("b", x=1)
    graph.add_node("c", x="one")  # one name, two types: two keys, as networkx does
    graph.add_edges_from([("a", "b", {"weight": 2.0}), ("b", "c", {})])
    write_graphml(graph, tmp_path / "ours.graphml")
    nx.write_graphml(graph, tmp_path / "networkx.graphml")
    assert (tmp_path / "ours.graphml").read_text() == (tmp_path / "networkx.graphml").read_text()


def test_a_build_whose_store_fails_leaves_the_previous_view(tmp_path, monkeypatch):
    """The view is staged while the store loads its last graphs, and renamed into place only once the
    store is done: a store that fails leaves the previous view files (and no temporary file)."""
    from kg.store import StoreWriter

    pipeline.write_outputs(TrigGraphs(DATA / "events.trig"), tmp_path)
    before = build_files(tmp_path)

    def failing(self):
        raise OSError("disk full")

    monkeypatch.setattr(StoreWriter, "finish", failing)
    (tmp_path / "graph.trig").rename(tmp_path / "events.trig")
    with pytest.raises(OSError, match="disk full"):
        pipeline.write_outputs(TrigGraphs(tmp_path / "events.trig", 0.95), tmp_path)  # another view
    assert build_files(tmp_path) == before
    assert not list(tmp_path.glob(".*.tmp"))
