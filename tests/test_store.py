"""The embedded store (DIR/store/): the quads of graph.trig, one transaction per graph, readable read-only."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import KGError
from kg.graph import ENTITIES_GRAPH
from kg.iri import BASE
from kg.store import StoreWriter, graphs_of, store_path, trig_graphs

EX = "http://example.org/"
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def test_the_store_holds_the_quads_of_graph_trig(seed_build):
    out, summary = seed_build
    in_store = graphs_of(store_path(out))
    assert in_store == trig_graphs(out / "graph.trig")
    names = {name.strip("<>") for name in in_store}
    assert str(ENTITIES_GRAPH) in names and len(names) == summary.articles + 1
    assert all(name.startswith(BASE + "graph/") for name in names)


def test_readers_open_the_store_read_only_and_query_it(seed_build):
    out, summary = seed_build
    store = ox.Store.read_only(str(store_path(out)))
    [row] = store.query("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?a a "
                        "<https://w3id.org/kg-legal/ontology#Article> } }")
    assert int(row["n"].value) == summary.articles


# --- StoreWriter on hand-made graphs ----------------------------------------------------------------


def triples(*objects: str) -> list[tuple]:
    return [(ox.NamedNode(EX + "s"), ox.NamedNode(EX + "p"), ox.Literal(o)) for o in objects]


def write(out: Path, graphs: dict[str, list[tuple]]) -> int:
    """One build's worth of graphs (digest = their sorted text); returns how many graphs changed."""
    writer = StoreWriter(out, out / "cache")
    try:
        for name, content in graphs.items():
            writer.put(ox.NamedNode(EX + name), content, repr(sorted(map(str, content))))
        writer.finish()
        return writer.changed
    finally:
        writer.close()


def content(out: Path) -> dict[str, set[str]]:
    return {name.strip("<>").removeprefix(EX): {t.rsplit(" ", 1)[-1] for t in quads}
            for name, quads in graphs_of(store_path(out)).items()}


def test_graphs_are_added_replaced_kept_and_removed(tmp_path):
    assert write(tmp_path, {"a": triples("1", "2"), "b": triples("3")}) == 2
    assert content(tmp_path) == {"a": {'"1"', '"2"'}, "b": {'"3"'}}
    assert write(tmp_path, {"a": triples("1", "2"), "b": triples("3")}) == 0  # nothing to do
    assert write(tmp_path, {"a": triples("2", "4"), "c": triples("5")}) == 2
    assert content(tmp_path) == {"a": {'"2"', '"4"'}, "c": {'"5"'}}  # b is gone, a has no trace of "1"


def test_an_interrupted_sync_is_finished_by_comparing_with_the_store(tmp_path):
    write(tmp_path, {"a": triples("1"), "b": triples("2")})
    # a sync that died after changing graph a (the marker stays, the remembered digests are stale)
    writer = StoreWriter(tmp_path, tmp_path / "cache")
    writer.store.update(f'DROP GRAPH <{EX}a> ; INSERT DATA {{ GRAPH <{EX}a> {{ <{EX}s> <{EX}p> "9" }} }}')
    writer.store.flush()
    del writer
    assert (tmp_path / "cache" / "store.syncing").exists()
    assert write(tmp_path, {"a": triples("1"), "b": triples("2")}) == 1  # a is put back, b is compared and kept
    assert content(tmp_path) == {"a": {'"1"'}, "b": {'"2"'}}
    assert not (tmp_path / "cache" / "store.syncing").exists()


def test_a_store_in_use_is_a_clear_error(tmp_path):
    holder = StoreWriter(tmp_path, tmp_path / "cache")
    try:
        with pytest.raises(KGError, match="store"):
            StoreWriter(tmp_path, tmp_path / "cache")
    finally:
        holder.close()


def test_the_last_batch_is_queued_behind_the_load_under_way(tmp_path, monkeypatch):
    """load_pending(block=False) does not wait for the load under way; finish() waits for both."""
    import threading

    import kg.store

    started, release, loaded = threading.Event(), threading.Event(), []
    real = kg.store.bulk_load

    def slow_load(store, texts, quads):
        started.set()
        release.wait(10)  # the first load holds the loader thread until the caller has queued the next
        real(store, texts, quads)
        loaded.append(len(quads))

    monkeypatch.setattr(kg.store, "bulk_load", slow_load)
    writer = StoreWriter(tmp_path, tmp_path / "cache")
    try:
        writer.add(ox.NamedNode(EX + "a"), triples("1", "2"))
        writer.load_pending()
        started.wait(10)
        writer.add(ox.NamedNode(EX + "b"), triples("3"))
        writer.load_pending(block=False)  # returns while the first load is still under way
        assert loaded == [] and len(writer.loading) == 2
        release.set()
        writer.current = {EX + "a": "x", EX + "b": "y"}
        writer.finish()
        assert loaded == [2, 1]
    finally:
        release.set()
        writer.close()
    assert content(tmp_path) == {"a": {'"1"', '"2"'}, "b": {'"3"'}}


def test_a_lenient_bulk_load_of_kg_text_gives_the_quads_of_a_strict_load(tmp_path):
    """kg's TriG text is loaded without the loader's checks (kg.store.bulk_load): the same quads as a strict load."""
    from kg.export.rdf import RdfWriter, prefix_lines
    from kg.store import bulk_load

    name = ox.NamedNode(EX + "g")
    odd = [ox.Literal('quote " back\\ line\nend'), ox.Literal("Москва", language="ru"),
           ox.Literal("2.0", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")),
           ox.NamedNode(EX + "Сергей#char=1,2"), ox.NamedNode("https://w3id.org/kg-legal/id/person/a-b.c")]
    graph = [(ox.NamedNode(EX + "s"), ox.NamedNode(EX + "p"), o) for o in odd]
    with RdfWriter({"trig": tmp_path / "g.trig"}) as writer:
        text = writer.graph_text(name, graph)
        writer.finish()
    store, strict = ox.Store(), ox.Store()  # both normalize typed literals ("2.0" decimal as "2") alike
    bulk_load(store, [text], [])
    strict.bulk_load((prefix_lines() + text).encode("utf-8"), format=ox.RdfFormat.TRIG)
    assert set(store) == set(strict) and len(strict) == len(odd)
