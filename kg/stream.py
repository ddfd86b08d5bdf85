"""The named graphs of a build, one at a time, in writing order (the entities graph, then articles by id).

Three sources give them: a finished build's extractions (the cache) with their resolution, an
rdflib Dataset, and a graph.trig file. The writers (kg.export.rdf) and the store (kg.store) take
the graphs as they come, so a build never holds more than one article's graph at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef

from kg.errors import KGError
from kg.export.rdf import dataset_graphs, entity_subjects, graph_order, rdf_triples
from kg.graph import ENTITIES_GRAPH, SOFTWARE, add_article, add_entity, code_iris, filter_confidence
from kg.iri import graph_iri
from kg.model import ArticleExtraction, Resolution

Graph = tuple[ox.NamedNode, list[tuple]]


def filtered(name: str, triples, threshold: float):
    """rdflib triples of graph NAME without what falls below `threshold` (kg.graph.filter_confidence)."""
    if threshold <= 0:
        return triples
    ds = Dataset()
    g = ds.graph(URIRef(name))
    for triple in triples:
        g.add(triple)
    filter_confidence(ds, threshold)
    return list(g)


def entity_triples(resolution: Resolution) -> set:
    """The triples of the entities graph (kg.graph.add_entity for every entity)."""
    codes = code_iris(resolution)
    sink: set = set()
    for entity in resolution.entities.values():
        add_entity(sink, entity, codes)
    return sink


def article_triples(ex: ArticleExtraction, resolution: Resolution, links: dict[str, str]) -> set:
    """The triples of one article's graph (kg.graph.add_article)."""
    sink: set = set()
    add_article(sink, ex, Resolution(resolution.entities, {ex.article.id: links}))
    return sink


class BuildGraphs:
    """The graphs of a build from its cached extractions (`load(key)`), articles sorted by id."""

    def __init__(self, keys: dict[str, str], load, resolver, resolution: Resolution, threshold: float = 0.0):
        self.keys, self.load, self.resolver, self.resolution = keys, load, resolver, resolution
        self.threshold = threshold
        self.shared = set(resolution.entities) | {str(SOFTWARE)}

    def graphs(self) -> Iterator[Graph]:
        name = str(ENTITIES_GRAPH)
        yield ox.NamedNode(name), rdf_triples(filtered(name, entity_triples(self.resolution), self.threshold))
        for article_id in sorted(self.keys):
            ex = self.load(self.keys[article_id])
            if ex is None:
                raise KGError(f"the cached extraction of article {article_id!r} is gone; rebuild from the inputs")
            name = graph_iri(article_id)
            triples = article_triples(ex, self.resolution, self.resolver.links(ex))
            yield ox.NamedNode(name), rdf_triples(filtered(name, triples, self.threshold))


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
        if self.threshold > 0:
            kept = filtered(name.value, [tuple(map(rdflib_term, t)) for t in triples], self.threshold)
            triples = rdf_triples(kept)
        return name, triples


def rdflib_term(term):
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    return BNode(term.value)
