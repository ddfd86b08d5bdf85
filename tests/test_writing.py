"""Writing a build: the streaming path (kg.graph's pyoxigraph triples through kg.stream) writes what the
rdflib Dataset path writes, the store holds graph.trig's quads however its bulk loads fall, and the
writers' files parse back to the graphs they were given."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg.store
from kg import pipeline
from kg.export.rdf import RdfWriter
from kg.graph import build_dataset
from kg.nlp import lexicon_of
from kg.resolve import Resolver, resolve
from kg.store import StoreWriter, graphs_of, store_path, trig_graphs
from kg.stream import BuildGraphs

TESTS = Path(__file__).resolve().parent
SEEDS = TESTS.parent / "seeds"
DEV = TESTS / "devset" / "dev"
FEW = ("d03_memorial_liquidation.md", "d06_gorinov_sentence.md", "d09_motuznaya_memes.md")
RDF_FILES = ("graph.ttl", "graph.trig", "graph.jsonld")
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def extractions(nlp):
    articles = pipeline.read_articles([SEEDS, *(DEV / f for f in FEW)], pipeline.Summary())
    found = pipeline.extract_all(nlp, articles)
    assert len(found) == 2 + len(FEW)
    return found


def streamed(extractions, lexicon, threshold: float = 0.0) -> BuildGraphs:
    """The graphs of a build of EXTRACTIONS as `kg build` makes them (from its cache, one at a time)."""
    resolver = Resolver(lexicon)
    for ex in extractions:
        resolver.add(ex)
    by_id = {ex.article.id: ex for ex in extractions}
    return BuildGraphs({i: i for i in by_id}, by_id.get, resolver, resolver.finish(), threshold)


@pytest.mark.parametrize("threshold", [0.0, 0.6], ids=["all", "min-confidence"])
def test_streaming_writes_what_the_rdflib_dataset_writes(extractions, nlp, tmp_path, threshold):
    lexicon = lexicon_of(nlp)
    pipeline.write_outputs(streamed(extractions, lexicon, threshold), tmp_path / "stream", threshold)
    dataset = build_dataset(extractions, resolve(extractions, lexicon))
    pipeline.write_outputs(dataset, tmp_path / "dataset", threshold)
    for name in RDF_FILES:
        assert (tmp_path / "stream" / name).read_bytes() == (tmp_path / "dataset" / name).read_bytes(), name
    assert graphs_of(store_path(tmp_path / "stream")) == graphs_of(store_path(tmp_path / "dataset"))
    if threshold:
        everything = (tmp_path / "dataset" / "graph.trig").stat().st_size
        pipeline.write_outputs(build_dataset(extractions, resolve(extractions, lexicon)), tmp_path / "all")
        assert everything < (tmp_path / "all" / "graph.trig").stat().st_size  # the threshold dropped something


def test_the_store_holds_graph_trig_whatever_the_batches(extractions, nlp, tmp_path, monkeypatch):
    monkeypatch.setattr(kg.store, "BATCH", 700)  # a bulk load every graph or two
    pipeline.write_outputs(streamed(extractions, lexicon_of(nlp)), tmp_path)
    assert graphs_of(store_path(tmp_path)) == trig_graphs(tmp_path / "graph.trig")


def test_a_write_cut_short_leaves_whole_graphs_and_the_next_one_completes_them(extractions, nlp, tmp_path,
                                                                                monkeypatch):
    monkeypatch.setattr(kg.store, "BATCH", 1500)
    source = streamed(extractions, lexicon_of(nlp))
    reference = tmp_path / "reference"
    pipeline.write_outputs(source, reference)
    expected = graphs_of(store_path(reference))
    out = tmp_path / "out"
    out.mkdir()
    writer = StoreWriter(out, out / "cache")
    graphs = list(source.graphs())
    for name, triples in graphs[:-1]:  # the build dies before the last graph and before finish()
        writer.put(name, triples, "digest")
    writer.close()
    assert (out / "cache" / "store.syncing").exists()
    partial = graphs_of(store_path(out))
    assert 0 < len(partial) < len(graphs)  # some batches were loaded, not all
    assert all(quads == expected[name] for name, quads in partial.items())  # each graph whole
    pipeline.write_outputs(source, out)
    assert graphs_of(store_path(out)) == expected


# --- the writers on any graph -------------------------------------------------------------------------

EX = "http://example.org/"
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
IRIS = st.sampled_from([f"{EX}a", f"{EX}b", f"{EX}a-b", "https://w3id.org/kg-legal/id/person/x",
                        "https://w3id.org/kg-legal/ontology#Person", "http://www.w3.org/2000/01/rdf-schema#label"])
DATATYPES = st.sampled_from(["http://www.w3.org/2001/XMLSchema#" + t
                             for t in ("string", "double", "date", "nonNegativeInteger", "anyURI")])
NODES = IRIS.map(ox.NamedNode)
PREDICATES = st.sampled_from([f"{EX}p", f"{EX}q", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
                              "http://www.w3.org/2000/01/rdf-schema#label"]).map(ox.NamedNode)
LITERALS = st.one_of(TEXT.map(ox.Literal),
                     st.builds(lambda v, lang: ox.Literal(v, language=lang), TEXT, st.sampled_from(["en", "ru"])),
                     st.builds(lambda v, t: ox.Literal(v, datatype=ox.NamedNode(t)), TEXT, DATATYPES))
TRIPLES = st.lists(st.tuples(NODES, PREDICATES, st.one_of(NODES, LITERALS)), max_size=25)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(graphs=st.lists(TRIPLES, min_size=1, max_size=3))
def test_every_file_parses_back_to_the_graphs_written(tmp_path, graphs):
    names = [ox.NamedNode(f"{EX}graph/{i}") for i in range(len(graphs))]
    paths = {kind: tmp_path / f"graph.{kind}" for kind in ("ttl", "trig", "jsonld")}
    with RdfWriter(paths, shared=[f"{EX}a"]) as writer:
        for name, triples in zip(names, graphs):
            writer.graph(name, triples)
        writer.finish()
    quads = {ox.Quad(*t, name) for name, triples in zip(names, graphs) for t in triples}
    json.loads(paths["jsonld"].read_text(encoding="utf-8"))  # valid JSON
    assert set(ox.parse(path=str(paths["trig"]), format=ox.RdfFormat.TRIG)) == quads
    assert set(ox.parse(path=str(paths["jsonld"]), format=ox.RdfFormat.JSON_LD)) == quads
    triples = {(q.subject, q.predicate, q.object) for q in quads}
    assert {(t.subject, t.predicate, t.object) for t in ox.parse(path=str(paths["ttl"]), format=ox.RdfFormat.TURTLE)} \
        == triples
