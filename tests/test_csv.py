"""nodes.csv and edges.csv for Gephi's spreadsheet import; they load in networkx and igraph alike."""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import pytest

from kg.export.network import view_dir, write_view
from kg.export.rdf import read_trig
from kg.export.tables import write_edges_csv, write_nodes_csv
from kg.views import VIEWS, build_view

DATA = Path(__file__).resolve().parent / "data"
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module", params=["events", "seeds"])
def build(request, tmp_path_factory):
    ds = read_trig(DATA / "events.trig") if request.param == "events" else request.getfixturevalue("seed_dataset")
    out = tmp_path_factory.mktemp(f"csv-{request.param}")
    for name in VIEWS:
        write_view(ds, out, name)
    return ds, out


@pytest.mark.parametrize("name", VIEWS)
def test_csv_columns_are_gephis(build, name):
    folder = view_dir(build[1], name)
    with open(folder / "nodes.csv", encoding="utf-8") as handle:
        node_header = next(csv.reader(handle))
    with open(folder / "edges.csv", encoding="utf-8") as handle:
        edge_header = next(csv.reader(handle))
    assert node_header[:2] == ["Id", "Label"]
    assert edge_header[:7] == ["Source", "Target", "Type", "Kind", "Id", "Label", "Weight"]
    assert {"type", "category", "color", "size", "iri"} <= set(node_header)
    assert len(set(node_header)) == len(node_header) and len(set(edge_header)) == len(edge_header)


@pytest.mark.parametrize("name", VIEWS)
def test_csv_rows_are_the_view(build, name):
    ds, out = build
    view = build_view(ds, name)
    nodes, edges = read_csv(view_dir(out, name) / "nodes.csv"), read_csv(view_dir(out, name) / "edges.csv")
    assert {r["Id"] for r in nodes} == set(view.nodes) and len(nodes) == view.number_of_nodes()
    assert len(edges) == view.number_of_edges() and len({r["Id"] for r in edges}) == len(edges)
    ids = {r["Id"] for r in nodes}
    for row in edges:
        assert row["Source"] in ids and row["Target"] in ids
        assert row["Type"] == ("Directed" if view.is_directed() else "Undirected")
        assert row["Kind"] and float(row["Weight"]) >= 1
    for row in nodes:
        assert row["Label"] == view.nodes[row["Id"]]["label"]


@pytest.mark.parametrize("name", VIEWS)
def test_csv_loads_in_networkx_and_igraph_alike(build, name):
    igraph = pytest.importorskip("igraph")
    ds, out = build
    folder = view_dir(out, name)
    nodes, edges = read_csv(folder / "nodes.csv"), read_csv(folder / "edges.csv")
    directed = build_view(ds, name).is_directed()
    nxg = nx.MultiDiGraph() if directed else nx.MultiGraph()
    nxg.add_nodes_from((r["Id"], r) for r in nodes)
    nxg.add_edges_from((r["Source"], r["Target"], r["Id"], {"weight": float(r["Weight"])}) for r in edges)
    ig = igraph.Graph.DictList(vertices=nodes, edges=edges, directed=directed, vertex_name_attr="Id",
                               edge_foreign_keys=("Source", "Target"))
    assert (ig.vcount(), ig.ecount()) == (nxg.number_of_nodes(), nxg.number_of_edges())
    assert sorted(ig.degree()) == sorted(d for _, d in nxg.degree())


def test_csv_keeps_commas_quotes_and_unicode(tmp_path):
    graph = nx.MultiDiGraph()
    graph.add_node("a", label='Kurennoi, "spokesman" — Генпрокуратура', type="Person")
    graph.add_node("b", label="line\nbreak", type="Court")
    graph.add_edge("a", "b", key="a--roleIn--b", kind="roleIn", label="roleIn", weight=2.0)
    write_nodes_csv(graph, tmp_path / "nodes.csv")
    write_edges_csv(graph, tmp_path / "edges.csv")
    assert [r["Label"] for r in read_csv(tmp_path / "nodes.csv")] == ['Kurennoi, "spokesman" — Генпрокуратура',
                                                                       "line\nbreak"]
    [edge] = read_csv(tmp_path / "edges.csv")
    assert (edge["Source"], edge["Target"], edge["Kind"], edge["Weight"]) == ("a", "b", "roleIn", "2.0")


def test_build_writes_the_gephi_files(seed_build):
    out = seed_build[0]
    for name in ("graph.gexf", "nodes.csv", "edges.csv", "graph.graphml"):
        assert (out / name).is_file() and str(out / name) in {str(p) for p in seed_build[1].outputs}
