"""The exports of the seed build: RDF round trips, NIF/PROV content, GraphML for Gephi/networkx/igraph."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import stat
import subprocess
import sys
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, PROV

import kg
from kg import pipeline
from kg.export.rdf import union
from kg.graph import ENTITIES_GRAPH
from kg.iri import graph_iri
from kg.model import ENTITY_TYPES

KG = Namespace("https://w3id.org/kg-legal/ontology#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITS = Namespace("http://www.w3.org/2005/11/its/rdf#")
GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"
GRAPHML_XSD = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "graphml-1.0" / "graphml.xsd"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
NMTOKEN = re.compile(r"[A-Za-z0-9._:\-]+")
SPAN_TYPES = (KG.Mention, KG.EvidenceSpan)
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's own ConjunctiveGraph notices


@pytest.fixture(scope="module")
def out(seed_build) -> Path:
    return seed_build[0]


@pytest.fixture(scope="module")
def built(out) -> Graph:
    """The union of every graph in graph.trig."""
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    return union(ds)


@pytest.fixture(scope="module")
def article_ids() -> list[str]:
    return sorted(a.id for a in pipeline.read_articles([SEEDS], pipeline.Summary()))


def read_dataset(path: Path, fmt: str) -> Dataset:
    ds = Dataset()
    ds.parse(path, format=fmt)
    return ds


def non_empty_graphs(ds: Dataset) -> dict[URIRef, Graph]:
    return {g.identifier: g for g in ds.graphs() if len(g)}


# --- RDF round trips -------------------------------------------------------------------------


def test_turtle_is_the_union(out, seed_dataset):
    g = Graph().parse(out / "graph.ttl", format="turtle")
    assert len(g) > 0
    assert isomorphic(g, union(seed_dataset))


def test_trig_keeps_every_named_graph(out, seed_dataset):
    expected = non_empty_graphs(seed_dataset)
    parsed = non_empty_graphs(read_dataset(out / "graph.trig", "trig"))
    assert set(parsed) == set(expected)
    for name, graph in expected.items():
        assert isomorphic(parsed[name], graph), name


def test_jsonld_is_the_union(out, seed_dataset):
    parsed = read_dataset(out / "graph.jsonld", "json-ld")
    assert isomorphic(union(parsed), union(seed_dataset))


def test_one_named_graph_per_article(out, article_ids):
    names = set(non_empty_graphs(read_dataset(out / "graph.trig", "trig")))
    assert names == {URIRef(graph_iri(a)) for a in article_ids} | {ENTITIES_GRAPH}


def test_each_article_graph_holds_its_own_mentions(out, article_ids):
    ds = read_dataset(out / "graph.trig", "trig")
    for article_id in article_ids:
        g = ds.graph(URIRef(graph_iri(article_id)))
        contexts = set(g.subjects(RDF.type, NIF.Context))
        assert len(contexts) == 1
        for span in g.subjects(RDF.type, KG.Mention):
            assert g.value(span, NIF.referenceContext) in contexts


# --- NIF spans and provenance -------------------------------------------------------------


def spans(g: Graph):
    for kind in SPAN_TYPES:
        for node in g.subjects(RDF.type, kind):
            yield kind, node


def test_every_span_slices_its_article_to_its_anchor(built):
    count = Counter()
    for kind, node in spans(built):
        doc = built.value(node, NIF.referenceContext)
        text = str(built.value(doc, NIF.isString))
        begin, end = built.value(node, NIF.beginIndex).toPython(), built.value(node, NIF.endIndex).toPython()
        assert 0 <= begin < end <= len(text)
        assert text[begin:end] == str(built.value(node, NIF.anchorOf)), node
        assert str(node).endswith(f"#char={begin},{end}")
        count[kind] += 1
    assert count[KG.Mention] > 10
    sentences = list(built.subjects(RDF.type, NIF.Sentence))
    assert sentences
    for sentence in sentences:
        text = str(built.value(built.value(sentence, NIF.referenceContext), NIF.isString))
        begin, end = built.value(sentence, NIF.beginIndex).toPython(), built.value(sentence, NIF.endIndex).toPython()
        assert text[begin:end] == str(built.value(sentence, NIF.anchorOf))


def test_every_mention_has_sentence_rule_confidence_and_provenance(built):
    for node in built.subjects(RDF.type, KG.Mention):
        sentence = built.value(node, NIF.sentence)
        assert sentence is not None and (sentence, RDF.type, NIF.Sentence) in built, node
        assert re.fullmatch(r"[a-z_]+\.[a-z0-9_]+\.v\d+", str(built.value(node, KG.rule)))
        confidence = built.value(node, KG.confidence)
        assert confidence.datatype in (XSD.double, XSD.decimal, XSD.float)
        assert 0.0 <= confidence.toPython() <= 1.0
        entity = built.value(node, ITS.taIdentRef)
        assert any((entity, RDF.type, KG[t]) in built for t in ENTITY_TYPES), node
        activity = built.value(node, PROV.wasGeneratedBy)
        assert (activity, RDF.type, KG.Extraction) in built
        assert (activity, PROV.used, built.value(node, NIF.referenceContext)) in built
        agents = list(built.objects(activity, PROV.wasAssociatedWith))
        assert any((a, RDF.type, PROV.SoftwareAgent) in built
                   and (a, KG.version, Literal(kg.__version__)) in built for a in agents)


def test_every_mention_lies_inside_its_sentence(built):
    for node in built.subjects(RDF.type, KG.Mention):
        sentence = built.value(node, NIF.sentence)
        s_begin, s_end = built.value(sentence, NIF.beginIndex).toPython(), built.value(sentence, NIF.endIndex).toPython()
        assert s_begin <= built.value(node, NIF.beginIndex).toPython()
        assert built.value(node, NIF.endIndex).toPython() <= s_end, built.value(node, NIF.anchorOf)


def test_every_statement_has_evidence_and_provenance(built):
    for statement in built.subjects(RDF.type, KG.Statement):
        s, p, o = (built.value(statement, x) for x in (RDF.subject, RDF.predicate, RDF.object))
        assert (s, p, o) in built  # the direct triple is asserted too
        evidence = built.value(statement, KG.evidence)
        assert (evidence, RDF.type, KG.EvidenceSpan) in built
        assert built.value(statement, KG.rule) is not None
        assert 0 <= built.value(statement, KG.confidence).toPython() <= 1
        assert built.value(statement, PROV.wasGeneratedBy) is not None


def entity_nodes(g: Graph) -> set:
    return {s for t in ENTITY_TYPES for s in g.subjects(RDF.type, KG[t])}


def test_every_entity_has_one_type_and_one_label(built):
    nodes = entity_nodes(built)
    assert len(nodes) > 10
    for node in nodes:
        labels = list(built.objects(node, RDFS.label))
        assert len(labels) == 1 and str(labels[0]).strip(), node
        assert len([t for t in ENTITY_TYPES if (node, RDF.type, KG[t]) in built]) == 1, node


def test_every_mentioned_entity_is_described_in_the_entities_graph(out):
    ds = read_dataset(out / "graph.trig", "trig")
    described = entity_nodes(ds.graph(ENTITIES_GRAPH))
    mentioned = {o for _, _, o, _ in ds.quads((None, ITS.taIdentRef, None, None))}
    assert mentioned <= described


def test_article_nodes(built, article_ids):
    docs = set(built.subjects(RDF.type, KG.Article))
    assert len(docs) == len(article_ids)
    for article_id in article_ids:
        [doc] = built.subjects(DCTERMS.identifier, Literal(article_id))
        assert doc in docs and (doc, RDF.type, NIF.Context) in built
        text = str(built.value(doc, NIF.isString))
        assert built.value(doc, NIF.beginIndex).toPython() == 0
        assert built.value(doc, NIF.endIndex).toPython() == len(text)
        assert str(built.value(doc, KG.contentHash)).endswith(hashlib.sha256(text.encode("utf-8")).hexdigest())


@pytest.mark.slow
def test_build_conforms_to_the_shapes(built):
    pyshacl = pytest.importorskip("pyshacl")
    ontology = Path(__file__).resolve().parents[1] / "ontology"
    shapes = Graph().parse(ontology / "shapes.ttl", format="turtle")
    schema = Graph().parse(ontology / "kg.ttl", format="turtle")
    conforms, _, text = pyshacl.validate(built, shacl_graph=shapes, ont_graph=schema, inference="none",
                                         advanced=False)
    assert conforms, text


# --- GraphML -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def graphml_tree(out):
    etree = pytest.importorskip("lxml.etree")
    return etree.parse(str(out / "graph.graphml"))


def test_graphml_validates_against_the_schema(graphml_tree):
    if not GRAPHML_XSD.is_file():
        pytest.skip(f"{GRAPHML_XSD} not found")
    from lxml import etree

    schema = etree.XMLSchema(etree.parse(str(GRAPHML_XSD)))
    assert schema.validate(graphml_tree), str(schema.error_log)


def test_graphml_key_ids_are_unique(graphml_tree):
    ids = [k.get("id") for k in graphml_tree.iter(f"{GRAPHML_NS}key")]
    assert len(ids) == len(set(ids))


def test_graphml_each_key_has_one_type(graphml_tree):
    types: dict[tuple[str, str], set[str]] = {}
    for key in graphml_tree.iter(f"{GRAPHML_NS}key"):
        types.setdefault((key.get("for"), key.get("attr.name")), set()).add(key.get("attr.type"))
    assert types
    assert all(len(t) == 1 for t in types.values()), types


def test_graphml_node_ids_are_nmtokens(graphml_tree):
    ids = [n.get("id") for n in graphml_tree.iter(f"{GRAPHML_NS}node")]
    assert ids and all(NMTOKEN.fullmatch(i) for i in ids), ids
    assert len(ids) == len(set(ids))


def test_graphml_edge_ids_are_nmtokens(graphml_tree):
    ids = [e.get("id") for e in graphml_tree.iter(f"{GRAPHML_NS}edge") if e.get("id") is not None]
    assert all(NMTOKEN.fullmatch(i) for i in ids), ids


def test_graphml_has_no_empty_values(graphml_tree):
    empty = [d.get("key") for d in graphml_tree.iter(f"{GRAPHML_NS}data") if not (d.text or "").strip()]
    assert not empty


@pytest.fixture(scope="module")
def nx_graph(out) -> nx.Graph:
    return nx.read_graphml(out / "graph.graphml")


def test_graphml_nodes_carry_label_type_color_iri(nx_graph, built):
    entities = [d for _, d in nx_graph.nodes(data=True) if d["category"] == "entity"]  # the rest are events
    assert len(entities) == len(entity_nodes(built))
    iris = {str(n) for n in entity_nodes(built)}
    for node, data in nx_graph.nodes(data=True):
        for attr in ("label", "type", "color", "iri"):
            assert str(data.get(attr, "")).strip(), (node, attr)
        if data["category"] == "event":
            continue
        assert data["type"] in ENTITY_TYPES
        assert re.fullmatch(r"#[0-9A-Fa-f]{6}", data["color"])
        assert data["iri"] in iris
        assert data["label"] == str(built.value(URIRef(data["iri"]), RDFS.label))


def test_graphml_colors_are_one_per_type(nx_graph):
    colors: dict[str, set[str]] = {}
    for _, data in nx_graph.nodes(data=True):
        colors.setdefault(data["type"], set()).add(data["color"])
    assert all(len(c) == 1 for c in colors.values())
    assert len({next(iter(c)) for c in colors.values()}) == len(colors)


def test_graphml_edges_carry_relation_weight_articles(nx_graph):
    assert nx_graph.number_of_edges() >= 1  # Article 282 is part of the Criminal Code
    for s, o, data in nx_graph.edges(data=True):
        assert data["relation"] and s != o
        assert float(data["weight"]) >= 1
        assert int(data["articles"]) >= 1


def test_graphml_loads_in_networkx_and_igraph_alike(out, nx_graph):
    igraph = pytest.importorskip("igraph")
    ig = igraph.Graph.Read_GraphML(str(out / "graph.graphml"))
    assert (ig.vcount(), ig.ecount()) == (nx_graph.number_of_nodes(), nx_graph.number_of_edges())
    assert ig.is_directed()
    assert sorted(ig.vs["label"]) == sorted(d["label"] for _, d in nx_graph.nodes(data=True))


# --- kg export -----------------------------------------------------------------------------


def test_export_rewrites_the_same_content_from_trig(out, tmp_path):
    shutil.copy(out / "graph.trig", tmp_path / "graph.trig")
    written = pipeline.export(tmp_path)
    assert sorted(p.name for p in written) == ["edges.csv", "graph.gexf", "graph.graphml", "graph.jsonld", "graph.trig",
                                               "graph.ttl", "nodes.csv"]
    assert isomorphic(Graph().parse(tmp_path / "graph.ttl"), Graph().parse(out / "graph.ttl"))
    old, new = read_dataset(out / "graph.trig", "trig"), read_dataset(tmp_path / "graph.trig", "trig")
    assert set(non_empty_graphs(new)) == set(non_empty_graphs(old))
    for name, graph in non_empty_graphs(old).items():
        assert isomorphic(non_empty_graphs(new)[name], graph)
    assert isomorphic(union(read_dataset(tmp_path / "graph.jsonld", "json-ld")),
                      union(read_dataset(out / "graph.jsonld", "json-ld")))
    before, after = nx.read_graphml(out / "graph.graphml"), nx.read_graphml(tmp_path / "graph.graphml")
    assert dict(after.nodes(data=True)) == dict(before.nodes(data=True))
    assert sorted(map(repr, after.edges(data=True))) == sorted(map(repr, before.edges(data=True)))


# --- Reproducible, ordinary files ------------------------------------------------------------


def test_outputs_have_ordinary_permissions(out):
    umask = os.umask(0)
    os.umask(umask)
    for name in ("graph.ttl", "graph.trig", "graph.jsonld", "graph.graphml"):
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o666 & ~umask, name


def run_kg_build(inputs: Path, out: Path, hash_seed: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "build", str(inputs), "--out", str(out)],
                   check=True, env=env, capture_output=True, timeout=300)


def written_files(out: Path) -> dict[str, bytes]:
    """Every file a build writes at the top of its folder (the store and cache folders aside)."""
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


@pytest.mark.slow
def test_two_builds_write_identical_files(tmp_path):
    """Whatever Python's hash seed, the same input gives the same bytes in every export."""
    for seed in ("1", "2", "random"):
        run_kg_build(SEEDS, tmp_path / seed, seed)
    first = written_files(tmp_path / "1")
    assert {"graph.ttl", "graph.trig", "graph.jsonld", "graph.graphml"} <= set(first)
    for seed in ("2", "random"):
        again = written_files(tmp_path / seed)
        assert set(again) == set(first)
        assert [name for name in first if again[name] != first[name]] == [], seed


def test_trig_lists_the_entities_graph_first_then_articles_sorted(out, article_ids):
    names = re.findall(r"^<([^>]+)> \{$", (out / "graph.trig").read_text(encoding="utf-8"), re.M)
    assert names == [str(ENTITIES_GRAPH), *(graph_iri(a) for a in sorted(article_ids))]
