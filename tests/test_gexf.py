"""GEXF 1.3 for Gephi: schema-valid, viz colour and size, edge kinds, a dynamic timeline; loads in networkx.

Every view is checked on the hand-written event build (tests/data/events.trig) and on the real
seed build. igraph has no GEXF reader: the same views are checked in igraph through their
GraphML (at the end of this file, schema-validated too) and their CSV (tests/test_csv.py).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from kg.export.gexf import write_gexf
from kg.export.network import write_view
from kg.export.rdf import read_trig
from kg.views import COLORS, VIEWS, build_view
from test_views import dataset_with_two_relations_between_one_pair

DATA = Path(__file__).resolve().parent / "data"
GEXF_XSD = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "gexf-1.3" / "gexf.xsd"
NS = {"g": "http://gexf.net/1.3"}
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def schema():
    if not GEXF_XSD.is_file():
        pytest.skip(f"{GEXF_XSD} not found")
    return etree.XMLSchema(etree.parse(str(GEXF_XSD)))


@pytest.fixture(scope="module", params=["events", "seeds"])
def build(request, tmp_path_factory):
    """(dataset, out dir) with every view written: the hand-written event build and the seed build."""
    if request.param == "events":
        ds = read_trig(DATA / "events.trig")
    else:
        ds = request.getfixturevalue("seed_dataset")
    out = tmp_path_factory.mktemp(f"gexf-{request.param}")
    for name in VIEWS:
        write_view(ds, out, name)
    return ds, out


def gexf_path(out: Path, name: str) -> Path:
    return out / "graph.gexf" if name == "full" else out / "views" / name / "graph.gexf"


@pytest.mark.parametrize("name", VIEWS)
def test_gexf_validates_against_the_schema(schema, build, name):
    tree = etree.parse(str(gexf_path(build[1], name)))
    assert schema.validate(tree), str(schema.error_log)
    assert tree.getroot().get("version") == "1.3"


@pytest.mark.parametrize("name", VIEWS)
def test_gexf_loads_in_networkx_like_the_view(build, name):
    ds, out = build
    view = build_view(ds, name)
    loaded = nx.read_gexf(gexf_path(out, name))
    assert loaded.is_directed() == view.is_directed()
    assert set(loaded.nodes) == set(view.nodes)
    assert loaded.number_of_edges() == view.number_of_edges()
    for node, data in loaded.nodes(data=True):
        assert data["label"] == view.nodes[node]["label"]
        assert data["type"] == view.nodes[node]["type"]
        assert isinstance(data["mentions"], int)


@pytest.mark.parametrize("name", VIEWS)
def test_gexf_colours_and_sizes(build, name):
    ds, out = build
    view = build_view(ds, name)
    root = etree.parse(str(gexf_path(out, name))).getroot()
    nodes = root.findall(".//g:nodes/g:node", NS)
    assert len(nodes) == view.number_of_nodes()
    for node in nodes:
        data = view.nodes[node.get("id")]
        color, size = node.find("g:color", NS), node.find("g:size", NS)
        assert color is not None and size is not None
        rgb = "#{:02X}{:02X}{:02X}".format(*(int(color.get(c)) for c in "rgb"))
        assert rgb == data["color"].upper()
        if data["category"] == "entity":
            assert rgb == COLORS[data["type"]]
        assert float(size.get("value")) == data["size"] > 0
    sized = {n.get("id"): float(n.find("g:size", NS).get("value")) for n in nodes}
    mentions = {n: d["mentions"] for n, d in view.nodes(data=True) if d.get("mentions")}
    for a in mentions:  # more mentions, bigger node
        for b in mentions:
            if mentions[a] > mentions[b]:
                assert sized[a] > sized[b]


def test_gexf_writes_viz_elements_with_the_viz_prefix(build):
    text = (build[1] / "graph.gexf").read_text(encoding="utf-8")
    assert "<viz:color " in text and "<viz:size " in text


@pytest.mark.parametrize("name", VIEWS)
def test_gexf_edges_have_a_kind_and_a_weight(build, name):
    root = etree.parse(str(gexf_path(build[1], name))).getroot()
    edges = root.findall(".//g:edges/g:edge", NS)
    ids = [e.get("id") for e in edges]
    assert len(ids) == len(set(ids))
    for edge in edges:
        assert edge.get("kind") and float(edge.get("weight")) >= 1


def test_parallel_relations_stay_apart_in_gexf(tmp_path, schema):
    path = tmp_path / "graph.gexf"
    write_gexf(build_view(dataset_with_two_relations_between_one_pair()), path)
    assert schema.validate(etree.parse(str(path))), str(schema.error_log)
    edges = etree.parse(str(path)).getroot().findall(".//g:edge", NS)
    assert len(edges) == 2
    assert {e.get("kind") for e in edges} == {"roleIn", "petitioned"}
    assert len({(e.get("source"), e.get("target")) for e in edges}) == 1


@pytest.mark.parametrize("name", VIEWS)
def test_gexf_timeline(build, name):
    root = etree.parse(str(gexf_path(build[1], name))).getroot()
    graph = root.find("g:graph", NS)
    starts = {n.get("id"): n.get("start") for n in graph.iterfind(".//g:node", NS)}
    if not any(starts.values()):
        assert graph.get("mode") == "static"
        return
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    for value in filter(None, starts.values()):
        date.fromisoformat(value)
    for edge in graph.iterfind(".//g:edge", NS):
        start = edge.get("start")
        date.fromisoformat(start)
        assert starts[edge.get("source")] <= start and starts[edge.get("target")] <= start


def test_event_timeline_runs_in_story_order():
    view = build_view(read_trig(DATA / "events.trig"), "full")
    days = {d["type"]: d["start"] for _, d in view.nodes(data=True) if d["category"] == "event"}
    assert days["Charge"] < days["Conviction"] == days["Sentence"] < days["Blocking"] < days["Fine"]


def test_gexf_drops_characters_xml_cannot_hold(tmp_path, schema):
    graph = nx.MultiDiGraph()
    graph.add_node("a", label="bad\x0bname & <tag> \"q\"", type="Person", r=1, g=2, b=3, size=10.0)
    graph.add_node("b", label="b", type="Person", r=1, g=2, b=3, size=10.0)
    graph.add_edge("a", "b", key="a--x--b", kind="x", label="x", weight=1.0)
    write_gexf(graph, tmp_path / "g.gexf")
    assert schema.validate(etree.parse(str(tmp_path / "g.gexf"))), str(schema.error_log)
    assert nx.read_gexf(tmp_path / "g.gexf").nodes["a"]["label"] == "badname & <tag> \"q\""


def test_gexf_is_the_same_for_the_same_build(tmp_path):
    ds = read_trig(DATA / "events.trig")
    write_gexf(build_view(ds, "full"), tmp_path / "one.gexf")
    write_gexf(build_view(read_trig(DATA / "events.trig"), "full"), tmp_path / "two.gexf")
    assert (tmp_path / "one.gexf").read_bytes() == (tmp_path / "two.gexf").read_bytes()
    assert not re.search(rb"lastmodifieddate", (tmp_path / "one.gexf").read_bytes())


# --- the GraphML of the same views (igraph reads GraphML, not GEXF) ------------------------------

GRAPHML_XSD = GEXF_XSD.parents[1] / "graphml-1.0" / "graphml.xsd"


@pytest.mark.parametrize("name", VIEWS)
def test_graphml_of_every_view_validates_and_loads_in_igraph(build, name):
    igraph = pytest.importorskip("igraph")
    if not GRAPHML_XSD.is_file():
        pytest.skip(f"{GRAPHML_XSD} not found")
    ds, out = build
    path = gexf_path(out, name).with_name("graph.graphml")
    graphml = etree.XMLSchema(etree.parse(str(GRAPHML_XSD)))
    assert graphml.validate(etree.parse(str(path))), str(graphml.error_log)
    view = build_view(ds, name)
    ig = igraph.Graph.Read_GraphML(str(path))
    loaded = nx.read_graphml(path, force_multigraph=True)
    assert (ig.vcount(), ig.ecount()) == (view.number_of_nodes(), view.number_of_edges())
    assert (loaded.number_of_nodes(), loaded.number_of_edges()) == (ig.vcount(), ig.ecount())
    assert ig.is_directed() == view.is_directed()
    assert sorted(ig.vs["type"]) == sorted(d["type"] for _, d in view.nodes(data=True))
