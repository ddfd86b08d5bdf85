"""The build's embedded store: DIR/store/, a pyoxigraph (RocksDB) store with the quads of DIR/graph.trig.

One named graph per article plus ``kgr:graph/entities``, exactly as in graph.trig, except for
Oxigraph's own normalization of typed literals (it keeps xsd:nonNegativeInteger offsets as
xsd:integer and writes numbers in canonical form; graph.trig keeps what kg wrote).

A build changes the store by whole graphs: a changed graph is dropped and re-inserted in one
SPARQL update (one transaction), a graph no longer in the build is removed in one, and new graphs
are added in batches by Oxigraph's bulk loader (`Store.bulk_load` of the graphs' TriG text, as
kg.export.rdf writes it, several times cheaper than transactions: it writes sorted files that
RocksDB takes in, every index at once, in one atomic ingestion for a batch under a million quads;
it runs in a thread of its own, without Python's lock, while the build makes the next graphs),
so a build that is killed leaves whole graphs only,
never half an article; the next build finishes the work. Which graphs are already in the store and
current is remembered in DIR/cache/store.json (graph name -> digest of its TriG text), written only
after a completed build; while a build is changing the store the marker DIR/cache/store.syncing
exists, and a build that finds it compares every graph with the store instead of trusting the
digests (so even a batch cut short would be completed by the next build).

Readers open the store with ``pyoxigraph.Store.read_only(str(DIR / "store"))`` (see kg.query);
only one process at a time can open it for writing.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KGError
from kg.export import atomic_path
from kg.export.rdf import prefix_lines

STORE_DIR = "store"
STATE_FILE = "store.json"
SYNCING = "store.syncing"
FLUSH_EVERY = 50_000  # quads written between flushes of the store's write buffers: keeps memory flat
BATCH = 200_000  # quads of new graphs gathered for one bulk load: fewer, larger loads leave RocksDB less to compact


def store_path(out: Path) -> Path:
    return Path(out) / STORE_DIR


def open_writable(path: Path) -> ox.Store:
    try:
        return ox.Store(str(path))
    except OSError as err:
        detail = " ".join(str(err).split())[:200]
        hint = " (is another kg build, or `kg serve --allow-update`, using it?)" if "lock" in detail.lower() else ""
        raise KGError(f"{path}: cannot open the store for writing{hint}: {detail}") from None


class StoreWriter:
    """Brings DIR/store/ to the graphs it is given, one transaction per graph; see the module docstring.

    Bulk loads run in a thread of their own (Oxigraph parses TriG text and builds its indexes without
    Python's lock), one at a time, while the caller makes and writes the next graphs; every other
    change to the store waits for the load under way.
    """

    def __init__(self, out: Path, cache_dir: Path):
        path = store_path(out)
        fresh = not path.exists()
        self.store = open_writable(path)
        self.state_path, self.marker = cache_dir / STATE_FILE, cache_dir / SYNCING
        self.trusted = {} if fresh or self.marker.exists() else read_state(self.state_path)
        self.current: dict[str, str] = {}
        self.changed = self.unflushed = 0
        self.texts: list[str] = []  # TriG text of new graphs, for the next bulk load
        self.quads: list[ox.Quad] = []  # quads of new graphs given without their text, likewise
        self.gathered = 0  # quads in texts and quads
        self.loader = ThreadPoolExecutor(1, thread_name_prefix="kg-store")
        self.loading: list[Future] = []  # loads under way or queued, in order
        self.wrappers: list = []  # rdflib views of the store, let go of on close()
        cache_dir.mkdir(parents=True, exist_ok=True)
        self.marker.touch()  # until finish(): the store may differ from what store.json says

    def put(self, name: ox.NamedNode, triples: Sequence[tuple], digest: str, text: str | None = None) -> bool:
        """Make graph NAME hold exactly `triples`; True when the store changes (a new graph is
        added with the next batch). `text`, when given, is the graph's TriG text as kg.export.rdf
        writes it (the prefixes of kg.vocab.PREFIXES): a new graph is loaded from it."""
        self.current[name.value] = digest
        known = self.trusted.get(name.value)
        if known == digest:
            return False
        if known is None and not self.store.contains_named_graph(name):
            self.add(name, triples, text)
        else:
            quads = [ox.Quad(s, p, o, name) for s, p, o in triples]
            self.wait()
            if known is None and same_quads(self.store, name, quads):
                return False
            self.replace(name, quads)
        self.changed += 1
        return True

    def add(self, name: ox.NamedNode, triples: Sequence[tuple], text: str | None = None) -> None:
        """Add a new graph with the next batch (one bulk load of whole graphs)."""
        if text is None:
            self.quads += [ox.Quad(s, p, o, name) for s, p, o in triples]
        else:
            self.texts.append(text)
        self.gathered += len(triples)
        if self.gathered >= BATCH:
            self.load_pending()

    def load_pending(self, block: bool = True) -> None:
        """Start loading the gathered graphs in the loader thread, after the load under way: once that
        is done (so that no more than two batches are held at once), or at once without `block` (for
        the last batch: the caller goes on with other work meanwhile, and `finish` waits for both)."""
        texts, quads = self.texts, self.quads
        self.texts, self.quads, self.gathered = [], [], 0
        if texts or quads:
            if block:
                self.wait()
            self.loading.append(self.loader.submit(bulk_load, self.store, texts, quads))

    def wait(self) -> None:
        """Wait for the loads under way (the first error, if any, is raised here)."""
        loading, self.loading = self.loading, []
        for future in loading:
            future.result()

    def replace(self, name: ox.NamedNode, quads: list[ox.Quad]) -> None:
        """Drop graph NAME and insert `quads` in one transaction."""
        self.store.update(replace_graph(name, quads))
        self.unflushed += len(quads)
        if self.unflushed > FLUSH_EVERY:  # RocksDB's write buffers would otherwise grow to gigabytes
            self.store.flush()
            self.unflushed = 0

    def finish(self) -> int:
        """Add the last new graphs, remove the graphs no longer in the build (one transaction each);
        remember the state. Returns removals."""
        self.load_pending()
        self.wait()
        stale = [g for g in self.store.named_graphs() if isinstance(g, ox.NamedNode) and g.value not in self.current]
        for name in stale:
            self.store.remove_graph(name)
        self.store.flush()
        with atomic_path(self.state_path) as tmp:
            tmp.write_text(json.dumps({"graphs": self.current}, sort_keys=True, indent=0), encoding="utf-8")
        self.marker.unlink(missing_ok=True)
        return len(stale)

    def dataset(self):
        """An rdflib Dataset over the store (oxrdflib), for code that reads a build through rdflib."""
        wrapper = reading_store(self.store)
        self.wrappers.append(wrapper)
        return dataset_over(wrapper)

    def close(self) -> None:
        """Flush and let go of the store, and so of its lock (rdflib views of it included). New graphs
        not loaded yet (a build that failed before `finish`) are left out: the next build adds them;
        a load under way is waited for (it is whole or absent, never half done)."""
        self.loader.shutdown(wait=True)
        self.store.flush()
        for wrapper in self.wrappers:
            wrapper._store = None  # rdflib keeps Datasets in reference cycles: the store would outlive us
        del self.store, self.wrappers


def bulk_load(store: ox.Store, texts: list[str], quads: list[ox.Quad]) -> None:
    """Load whole graphs with Oxigraph's bulk loader: TriG texts (kg's prefixes) and quads.

    The texts are kg.export.rdf's, written from pyoxigraph terms, which checked their IRIs and language
    tags when they were made: the loader is told not to check them again (`lenient`), a tenth of its
    work (the same quads either way; tests/test_store.py)."""
    if texts:
        store.bulk_load("".join([prefix_lines(), *texts]).encode("utf-8"), format=ox.RdfFormat.TRIG, lenient=True)
    if quads:
        store.bulk_extend(quads)


def reading_store(store: ox.Store):
    """oxrdflib's rdflib store over `store`, for reading: rdflib's Dataset.graph(name) registers the
    graph with its store each time it is called, which Oxigraph does in a write transaction
    (slow, and impossible on a read-only store); every graph a reader asks for is already there."""
    from oxrdflib import OxigraphStore

    class ReadingStore(OxigraphStore):
        def add_graph(self, graph) -> None:
            pass

    return ReadingStore(store=store)


def dataset_over(wrapper):
    from rdflib import Dataset

    return Dataset(store=wrapper)


def read_dataset(out: Path):
    """The build in OUT as an rdflib Dataset over its store, opened read-only."""
    return dataset_over(reading_store(ox.Store.read_only(str(store_path(out)))))


def read_state(path: Path) -> dict[str, str]:
    try:
        graphs = json.loads(path.read_text(encoding="utf-8"))["graphs"]
        return {str(k): str(v) for k, v in graphs.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}  # unknown: every graph is compared with the store


def same_quads(store: ox.Store, name: ox.NamedNode, quads: list[ox.Quad]) -> bool:
    """Whether the store's graph NAME already holds `quads` (compared after the store's normalization)."""
    normalized = ox.Store()
    normalized.extend(quads)
    return set(normalized) == set(store.quads_for_pattern(None, None, None, name))


def replace_graph(name: ox.NamedNode, quads: list[ox.Quad]) -> str:
    """One SPARQL update (one transaction): drop graph NAME and insert `quads` into it."""
    lines = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads)
    return f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{lines}}} }}"


def graphs_of(path: Path) -> dict[str, set[str]]:
    """Every named graph of a store on disk as {name: N-Quads lines} (read-only; for tests and checks)."""
    return graph_lines(ox.Store.read_only(str(path)))


def trig_graphs(path: Path) -> dict[str, set[str]]:
    """Every named graph of a TriG file as graphs_of shows a store: after Oxigraph's normalization of
    typed literals, so that a build's graph.trig and its store compare equal."""
    store = ox.Store()
    store.extend(ox.parse(path=str(path), format=ox.RdfFormat.TRIG))
    return graph_lines(store)


def graph_lines(store: ox.Store) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for q in store:
        found.setdefault(str(q.graph_name), set()).add(f"{q.subject} {q.predicate} {q.object}")
    return found
