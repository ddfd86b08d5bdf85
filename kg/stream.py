"""The named graphs of a build, one at a time, in writing order (the entities graph, then articles by id).

Three sources give them: a finished build's extractions (the cache) with their resolution, an
rdflib Dataset, and a graph.trig file. The writers (kg.export.rdf) and the store (kg.store) take
the graphs as they come, so a build never holds more than one article's graph at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from kg.errors import KGError
from kg.export.rdf import dataset_graphs, entity_subjects, graph_order
from kg.graph import ENTITIES_GRAPH, SOFTWARE, article_triples, entity_triples, filter_confidence, filter_triples
from kg.iri import graph_iri
from kg.model import Resolution

Graph = tuple[ox.NamedNode, list[tuple]]


class BuildGraphs:
    """The graphs of a build from its cached extractions (`load(key)`), articles sorted by id; `resolver`
    is the finished kg.resolve.Resolver (or its Linker)."""

    def __init__(self, keys: dict[str, str], load, resolver, resolution: Resolution, threshold: float = 0.0):
        self.keys, self.load, self.resolver, self.resolution = keys, load, resolver, resolution
        self.threshold = threshold
        self.shared = set(resolution.entities) | {str(SOFTWARE)}

    def portable(self) -> BuildGraphs:
        """The same graphs from a source that pickles small (the resolver reduced to its links), for
        another process; `load` must pickle too (e.g. kg.cache.Cache.load)."""
        return BuildGraphs(self.keys, self.load, self.resolver.linker(), self.resolution, self.threshold)

    def graphs(self) -> Iterator[Graph]:
        yield ox.NamedNode(str(ENTITIES_GRAPH)), filter_triples(entity_triples(self.resolution), self.threshold)
        for article_id in sorted(self.keys):
            ex = self.load(self.keys[article_id])
            if ex is None:
                raise KGError(f"the cached extraction of article {article_id!r} is gone; rebuild from the inputs")
            triples = article_triples(ex, self.resolution, self.resolver.links(ex))
            yield ox.NamedNode(graph_iri(article_id)), filter_triples(triples, self.threshold)


class DatasetGraphs:
    """The graphs of an rdflib Dataset (filtered first when a threshold is given)."""

    def __init__(self, ds: Dataset, threshold: float = 0.0):
        self.ds = filter_confidence(ds, threshold)
        self.shared = entity_subjects(self.ds) | {str(SOFTWARE)}

    def graphs(self) -> Iterator[Graph]:
        return dataset_graphs(self.ds)


class TrigGraphs:
    """The graphs of a TriG file, read with pyoxigraph: streamed when each graph is one block in writing
    order (as kg writes them), else gathered first."""

    def __init__(self, path: Path, threshold: float = 0.0):
        self.path, self.threshold = Path(path), threshold
        self.shared, self.streaming = {str(SOFTWARE)}, True
        last = None
        for quad in self.quads():  # a first pass: syntax errors come out before anything is written
            name = quad.graph_name
            if name != last:
                if last is not None and not (isinstance(name, ox.NamedNode) and graph_order(last) < graph_order(name)):
                    self.streaming = False
                last = name if isinstance(name, ox.NamedNode) else last
            if isinstance(name, ox.NamedNode) and name.value == str(ENTITIES_GRAPH):
                self.shared.add(quad.subject.value if isinstance(quad.subject, ox.NamedNode) else "")

    def quads(self) -> Iterator[ox.Quad]:
        try:
            yield from ox.parse(path=str(self.path), format=ox.RdfFormat.TRIG)
        except (SyntaxError, ValueError, OSError) as err:
            raise KGError(f"{self.path}: not a readable TriG build ({' '.join(str(err).split())[:200]})") from None

    def graphs(self) -> Iterator[Graph]:
        if self.streaming:
            name, triples = None, []
            for q in self.quads():
                if q.graph_name != name:
                    if triples:
                        yield self.graph(name, triples)
                    name, triples = q.graph_name, []
                triples.append((q.subject, q.predicate, q.object))
            if triples:
                yield self.graph(name, triples)
            return
        gathered: dict = {}
        for q in self.quads():
            gathered.setdefault(q.graph_name, []).append((q.subject, q.predicate, q.object))
        for name in sorted((n for n in gathered if isinstance(n, ox.NamedNode)), key=graph_order):
            yield self.graph(name, gathered[name])

    def graph(self, name, triples) -> Graph:
        return name, filter_triples(triples, self.threshold)

