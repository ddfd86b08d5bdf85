"""Writing a build with help: the store loaded from TriG text in a thread holds what loading quads gives,
and with --jobs and a third core the network view gathered in a process of its own gives the
one-process files, with its files renamed by the build only (a failure or a vanished build leaves
nothing behind); on two cores a --jobs build gathers the view itself."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg.store
from kg import pipeline
from kg.errors import KGError
from kg.export.fullview_process import ViewProcess, gather
from kg.export.rdf import RdfWriter, digest
from kg.resolve import Resolver
from kg.store import StoreWriter, graphs_of, store_path
from kg.stream import BuildGraphs

TESTS = Path(__file__).resolve().parent
SEEDS = TESTS.parent / "seeds"
DEV = TESTS / "devset" / "dev"
FEW = ("d03_memorial_liquidation.md", "d09_motuznaya_memes.md")
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

EX = "http://example.org/"
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
NODES = st.sampled_from([f"{EX}a", f"{EX}b", f"{EX}a-b", "https://w3id.org/kg-legal/id/person/x",
                         "https://w3id.org/kg-legal/ontology#Person"]).map(ox.NamedNode)
LITERALS = st.one_of(TEXT.map(ox.Literal),
                     st.builds(lambda v, lang: ox.Literal(v, language=lang), TEXT, st.sampled_from(["en", "ru"])),
                     st.builds(lambda v, t: ox.Literal(v, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#" + t)),
                               st.sampled_from(["2.0", "0.80", "007", "1E3", "x"]),
                               st.sampled_from(["decimal", "double", "integer", "nonNegativeInteger", "string"])))
TRIPLES = st.lists(st.tuples(NODES, NODES, st.one_of(NODES, LITERALS)), min_size=1, max_size=20)


def store_of(out: Path, graphs: list[list[tuple]], with_text: bool) -> dict[str, set[str]]:
    """Graphs put into a new store at OUT, from their TriG text or from their triples."""
    names = [ox.NamedNode(f"{EX}graph/{i}") for i in range(len(graphs))]
    out.mkdir(parents=True)
    writer = StoreWriter(out, out / "cache")
    try:
        with RdfWriter({"trig": out / "graph.trig"}) as rdf:
            for name, triples in zip(names, graphs):
                text = rdf.graph_text(name, triples)
                writer.put(name, triples, digest(text), text if with_text else None)
            rdf.finish()
        writer.finish()
    finally:
        writer.close()
    return graphs_of(store_path(out))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(graphs=st.lists(TRIPLES, min_size=1, max_size=3))
def test_a_store_loaded_from_trig_text_holds_what_loading_quads_gives(tmp_path_factory, graphs):
    folder = tmp_path_factory.mktemp("stores")
    assert store_of(folder / "text", graphs, True) == store_of(folder / "quads", graphs, False)


def test_loads_in_the_thread_are_whole_graphs_whatever_the_batches(tmp_path, monkeypatch):
    monkeypatch.setattr(kg.store, "BATCH", 3)  # a load every graph or so, each while the next graph is made
    graphs = [[(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(f"{EX}p"), ox.Literal(str(j))) for j in range(i + 1)]
              for i in range(12)]
    found = store_of(tmp_path / "out", graphs, True)
    assert found == store_of(tmp_path / "reference", graphs, False)
    assert [len(found[f"<{EX}graph/{i}>"]) for i in range(12)] == list(range(1, 13))


@pytest.fixture(scope="module")
def extractions(nlp):
    articles = pipeline.read_articles([SEEDS, *(DEV / f for f in FEW)], pipeline.Summary())
    return pipeline.extract_all(nlp, articles)


def streamed(extractions, lexicon) -> BuildGraphs:
    resolver = Resolver(lexicon)
    for ex in extractions:
        resolver.add(ex)
    by_id = {ex.article.id: ex for ex in extractions}
    return BuildGraphs({i: i for i in by_id}, by_id.get, resolver, resolver.finish())


def files_of(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def test_the_view_gathered_in_its_own_process_gives_the_one_process_build(extractions, lexicon, tmp_path,
                                                                         monkeypatch):
    monkeypatch.setattr(pipeline, "spare_core", lambda: True)
    source = streamed(extractions, lexicon)
    pipeline.write_outputs(source, tmp_path / "one")
    written = pipeline.write_outputs(source, tmp_path / "jobs", jobs=2)
    assert {p.name for p in written} >= {"graph.graphml", "graph.gexf", "nodes.csv", "edges.csv"}
    assert files_of(tmp_path / "jobs") == files_of(tmp_path / "one")  # no temporary file left either
    assert graphs_of(store_path(tmp_path / "jobs")) == graphs_of(store_path(tmp_path / "one"))


def test_on_two_cores_a_jobs_build_gathers_the_view_itself(extractions, lexicon, tmp_path, monkeypatch):
    class NoProcess:
        def __init__(self, *args):
            raise AssertionError("a process for the view on two cores")

    monkeypatch.setattr(pipeline, "spare_core", lambda: False)
    monkeypatch.setattr(pipeline, "ViewProcess", NoProcess)
    source = streamed(extractions, lexicon)
    pipeline.write_outputs(source, tmp_path / "one")
    pipeline.write_outputs(source, tmp_path / "jobs", jobs=2)
    assert files_of(tmp_path / "jobs") == files_of(tmp_path / "one")


@pytest.mark.parametrize("cores, apart", [({0}, False), ({0, 1}, False), ({0, 1, 2}, True), (set(range(64)), True)])
def test_the_view_has_a_process_of_its_own_only_with_a_third_core(monkeypatch, cores, apart):
    monkeypatch.setattr(pipeline.os, "sched_getaffinity", lambda pid: cores, raising=False)
    assert pipeline.spare_core() is apart


class Failing(BuildGraphs):
    """A build's graphs that fail after the first (in whichever process reads them)."""

    def graphs(self):
        it = super().graphs()
        yield next(it)
        raise KGError("the cached extraction of article 'x' is gone")

    def portable(self):
        return Failing(self.keys, self.load, self.resolver.linker(), self.resolution)


def test_a_view_process_that_fails_is_one_clear_error_and_leaves_no_file(extractions, lexicon, tmp_path):
    source = streamed(extractions, lexicon)
    failing = Failing(source.keys, source.load, source.resolver, source.resolution)
    with ViewProcess(failing.portable(), tmp_path, tmp_path) as view:
        with pytest.raises(KGError, match="network view failed: the cached extraction of article 'x' is gone"):
            view.write(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_view_process_whose_build_is_gone_stops_and_writes_nothing(extractions, lexicon, tmp_path):
    class Sender:
        sent: list = []

        def send(self, item):
            self.sent.append(item)

    sender = Sender()
    gather(streamed(extractions, lexicon).portable(), tmp_path, tmp_path, -1, sender)  # -1: never our parent
    assert sender.sent == [] and list(tmp_path.iterdir()) == []


def test_a_build_that_fails_before_taking_the_view_leaves_no_file(extractions, lexicon, tmp_path):
    with ViewProcess(streamed(extractions, lexicon).portable(), tmp_path, tmp_path) as view:
        view.process.join(300)  # the view is staged; the build fails before `write`
        assert view.process.exitcode == 0
    assert list(tmp_path.iterdir()) == []
