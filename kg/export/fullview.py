"""The `full` network view of a build, gathered while the build's graphs are written.

`kg.views.build_view(ds, "full")` reads a whole build back (every fact with its sentence, every
event) into a networkx graph. A build writes the same view from a `FullView` instead, fed each
graph as it goes to the RDF files and the store (kg.pipeline.write_outputs), which keeps only:

* the entities, with what their nodes need: mentions, articles, first day, edges and their first day;
* the relation edges, one per (source, base relation, target): statements, articles, first day;
* the events, which depend on their own article alone: each becomes a row (its node and its role
  edges, ready to write) in a temporary SQLite file (kg.export.spool), read back in timeline order.

So memory grows with the entities and their relations, not with the articles, events or facts.
The files are byte for byte those of `write_network(build_view(ds, "full"), folder)` with `ds` the
same build read from its store (tests/test_fullview.py), given kg's layout: the entities graph
first, every fact, event and mention in its article's graph, facts between entities.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, RDFS
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.export import place_staged
from kg.export.network import FILES
from kg.export.rows import Network, Schema, stage_files, write_files
from kg.export.spool import EventSpool
from kg.graph import ENTITIES_GRAPH
from kg.iri import ONTOLOGY, node_id
from kg.records import EVENT_FAMILY, ROLES, SUBROLE, day, local
from kg.views import COLORS, EVENT_COLORS, color_attrs, node_size
from kg.vocab import ITSRDF, KG, NIF, base_of

TYPE, LABEL, DERIVED, ALT = str(RDF.type), str(RDFS.label), str(PROV.wasDerivedFrom), str(SKOS.altLabel)
SPO = (str(RDF.subject), str(RDF.predicate), str(RDF.object))
ID, ISSUED, MENTION_OF = str(DCTERMS.identifier), str(DCTERMS.issued), str(ITSRDF.taIdentRef)
CONTEXT, BEGIN_INDEX, ANCHOR = str(NIF.referenceContext), str(NIF.beginIndex), str(NIF.anchorOf)
K = {name: str(KG[name]) for name in ("Article", "Statement", "status", "Asserted", "date", "fromEvent", "begin",
                                      "timex", "placeName", "penalty", "penaltyKind", "amount", "unit", "evidence")}
ROLE_IRIS = tuple((role, str(KG[role])) for role in ROLES)
READ = {TYPE, LABEL, DERIVED, ALT, *SPO, ID, ISSUED, MENTION_OF, CONTEXT, BEGIN_INDEX, ANCHOR, *K.values(),
        *(iri for _, iri in ROLE_IRIS)}  # the predicates the view reads
READ_TERMS = {ox.NamedNode(iri): iri for iri in READ}  # found by the term: quicker than reading each one's IRI


@dataclass(slots=True)
class EntityNode:
    iri: str
    type: str
    label: str
    alt_labels: str
    date: str | None
    mentions: int = 0
    articles: int = 0
    first_seen: str | None = None  # the first day of an article that mentions it
    degree: int = 0                # edges in and out
    first_edge: str | None = None  # the earliest start of those edges


def earliest(a: str | None, b: str | None) -> str | None:
    return min(a, b) if a and b else a or b


def first(props: dict, predicate: str) -> str | None:
    """The value of a subject's first object for PREDICATE (rdflib's Graph.value), None without one."""
    objects = props.get(predicate)
    return objects[0].value if objects else None


def index(triples) -> dict[str, dict[str, list]]:
    """subject -> predicate -> objects (pyoxigraph terms) of one graph's triples, for the predicates
    the view reads; rdf:type's objects as IRIs."""
    found: dict[str, dict[str, list]] = {}
    last = props = None
    for s, p, o in triples:
        predicate = READ_TERMS.get(p)
        if predicate is None:
            continue
        if s is not last:  # a subject's triples come one after the other (kg.graph), with the same term
            last, props = s, found.get(s.value)
            if props is None:
                props = found[s.value] = {}
        props.setdefault(predicate, []).append(o.value if predicate == TYPE else o)
    return found


@lru_cache(maxsize=1 << 10)  # a graph's subjects have a few combinations of types, the same in every graph
def event_classes(types: tuple[str, ...]) -> tuple[str, ...]:
    """The local names of the event classes among `types` (rdf:type IRIs), sorted."""
    return tuple(sorted(n for n in map(local, types) if n in EVENT_FAMILY))


def edge_attrs(kind: str, weight: int, articles: int, start: str | None) -> dict:
    return {"kind": kind, "relation": kind, "label": kind, "weight": float(weight), "articles": articles,
            **({"start": start} if start else {}), "property": ONTOLOGY + kind}


def networkx_order(edges: list[tuple]) -> list[tuple]:
    """A node's out-edges (kind, target, ...) in the order a networkx MultiDiGraph lists them when
    they were added sorted by (kind, target): grouped by target, targets by first appearance."""
    groups: dict[str, list] = {}
    for edge in sorted(edges, key=lambda e: (e[0], e[1])):
        groups.setdefault(edge[1], []).append(edge)
    return [edge for group in groups.values() for edge in group]


class FullView:
    """The `full` view, fed each graph of a build in writing order with `add`, then `write`n;
    `close` (or leaving a `with` block) removes its temporary file."""

    def __init__(self, workdir: Path | None = None):
        self.entities: dict[str, EntityNode] = {}   # by IRI
        self.nodes: dict[str, EntityNode] = {}      # by node id
        # (source, base relation, target) -> [statements, articles, first day]
        self.relations: dict[tuple[str, str, str], list] = {}
        self.article_ids: dict[str, str] = {}       # article IRI -> id
        self.published: dict[str, str | None] = {}  # article id -> first day of its publication
        self.node_schema, self.edge_schema = Schema(), Schema()
        self.events = EventSpool(workdir)
        self.staged: dict[Path, Path] = {}  # files of `stage` not renamed into place yet
        self.normal = ox.Store()  # shows literals as the build's store keeps them

    def add(self, name: ox.NamedNode, triples) -> None:
        props = index(triples)
        if name.value == str(ENTITIES_GRAPH):
            self.add_entities(props)
            return
        articles = [s for s, p in props.items() if K["Article"] in p.get(TYPE, ())]
        graph_article = articles[0] if articles else "None"
        for node in articles:
            article_id = first(props[node], ID) or node.rsplit("/", 1)[-1]
            self.article_ids[node] = article_id
            self.published[article_id] = day(first(props[node], ISSUED))
        self.count_mentions(props, name.value.rsplit("/", 1)[-1])
        event_days = self.add_events(props, graph_article)
        self.add_facts(props, graph_article, event_days)

    def add_entities(self, props: dict) -> None:
        for iri, p in props.items():
            kinds = [local(t) for t in p.get(TYPE, ()) if local(t) in COLORS]
            if not kinds:
                continue
            alt_labels = " | ".join(sorted(o.value for o in p.get(ALT, ())))
            entity = EntityNode(iri, kinds[-1], first(p, LABEL) or iri, alt_labels, first(p, K["date"]))
            self.entities[iri] = self.nodes[node_id(iri)] = entity

    def article_of(self, props: dict, graph_article: str) -> str:
        doc = first(props, DERIVED) or graph_article
        return self.article_ids.get(doc, doc.rsplit("/", 1)[-1])

    def count_mentions(self, props: dict, graph_article_id: str) -> None:
        seen = set()
        for p in props.values():
            for entity in p.get(MENTION_OF, ()):
                node = self.entities.get(entity.value)
                if node is not None:
                    node.mentions += 1
                    doc = first(p, CONTEXT) or "None"
                    seen.add((entity.value, self.article_ids.get(doc, graph_article_id)))
        for iri, article in seen:
            node = self.entities[iri]
            node.articles += 1
            node.first_seen = earliest(node.first_seen, self.published.get(article))

    def add_events(self, props: dict, graph_article: str) -> dict[str, str | None]:
        """Spool the graph's events (nodes and role edges); returns event IRI -> its day."""
        days, rows = {}, []
        for iri, p in props.items():
            names = event_classes(tuple(p.get(TYPE, ())))
            if names:
                article = self.article_of(p, graph_article)
                days[iri] = day(first(p, K["begin"])) or self.published.get(article)
                rows.append(self.event_row(iri, p, props, names, article, days[iri]))
        self.events.add(rows)
        return days

    def event_row(self, iri: str, p: dict, props: dict, names: list[str], article: str, when: str | None) -> tuple:
        name = max(names, key=lambda n: (EVENT_FAMILY[n] != n, n))  # the most specific class
        attrs = {"iri": iri, "label": first(p, LABEL) or name, "type": name, "category": "event",
                 "family": EVENT_FAMILY[name], **color_attrs(EVENT_COLORS[name]), "mentions": 0, "articles": 1,
                 "status": local(first(p, K["status"]) or K["Asserted"]),
                 "date": first(p, K["timex"]) or first(p, K["begin"]) or "",
                 "place": first(p, K["placeName"]) or "", "penalty": self.penalty(p, props) or "",
                 "evidence": evidence(p, props), "article": article, "start": when or ""}
        attrs = {k: v for k, v in attrs.items() if v != ""}
        source, edges = node_id(iri), {}
        for role, entity in roles(p):
            target = node_id(entity)
            if target in self.nodes and target != source:
                edges[(role, target)] = edge_attrs(role, 1, 1, when)
                entity_node = self.nodes[target]
                entity_node.degree += 1
                entity_node.first_edge = earliest(entity_node.first_edge, when)
        attrs["size"] = node_size(len(edges))
        key = (when or "9999", article, iri)
        self.node_schema.add((1, *key), attrs)
        ordered = networkx_order([(role, target, data) for (role, target), data in edges.items()])
        rows = []
        for i, (role, target, data) in enumerate(ordered):
            self.edge_schema.add((1, *key, i), data)
            rows.append((target, f"{source}--{role}--{target}", data))
        return (*key, (source, attrs), rows)

    def penalty(self, p: dict, props: dict) -> str | None:
        node = props.get(first(p, K["penalty"]) or "", {})
        parts = [first(node, K["penaltyKind"]), self.stored(node.get(K["amount"])), first(node, K["unit"])]
        return " ".join(part for part in parts if part is not None) or None

    def stored(self, objects: list | None) -> str | None:
        """The first of `objects` as the store writes it (Oxigraph keeps "2.0"^^xsd:decimal as "2")."""
        if not objects:
            return None
        self.normal.clear()
        self.normal.add(ox.Quad(ox.NamedNode(ONTOLOGY), ox.NamedNode(ONTOLOGY), objects[0]))
        return next(iter(self.normal)).object.value

    def add_facts(self, props: dict, graph_article: str, event_days: dict[str, str | None]) -> None:
        found: dict[tuple[str, str, str], list] = {}
        for iri, p in props.items():
            if K["Statement"] not in p.get(TYPE, ()) or local(first(p, K["status"]) or K["Asserted"]) != "Asserted":
                continue
            subject, predicate, obj = (first(p, x) for x in SPO)
            if subject is None or predicate is None or obj is None:
                continue
            key = (node_id(subject), base_of(local(predicate)), node_id(obj))
            if key[0] not in self.nodes or key[2] not in self.nodes or key[0] == key[2]:
                continue
            article, event = self.article_of(p, graph_article), first(p, K["fromEvent"])
            if event in event_days:
                when = event_days[event]
            elif key[1] == "issued" and obj in self.entities and day(self.entities[obj].date):
                when = day(self.entities[obj].date)
            else:
                when = self.published.get(article)
            support = found.setdefault(key, [set(), set(), None])
            support[0].add(iri)
            support[1].add(article)
            support[2] = earliest(support[2], when)
        for key, (statements, articles, when) in found.items():
            total = self.relations.setdefault(key, [0, 0, None])
            total[0] += len(statements)
            total[1] += len(articles)
            total[2] = earliest(total[2], when)

    def network(self) -> Network:
        """The view as rows: the entities, then the events in timeline order (as kg.views lists them).
        Call it once, after the last `add`."""
        out_edges: dict[str, list] = defaultdict(list)
        for (source, kind, target), (statements, articles, when) in self.relations.items():
            out_edges[source].append((kind, target, edge_attrs(kind, statements, articles, when)))
            for end in (self.nodes[source], self.nodes[target]):
                end.degree += 1
                end.first_edge = earliest(end.first_edge, when)
        self.relations = {}
        rows = []
        for i, entity in enumerate(sorted(self.entities.values(), key=lambda e: e.iri)):
            source = node_id(entity.iri)
            rows.append((source, entity_attrs(entity)))
            self.node_schema.add((0, i), rows[-1][1])
            out_edges[source] = networkx_order(out_edges.get(source, []))
            for j, (*_, data) in enumerate(out_edges[source]):
                self.edge_schema.add((0, i, j), data)
        self.events.finish()

        def nodes():
            yield from rows
            yield from self.events.nodes()

        def edges():
            for source, _ in rows:
                for kind, target, data in out_edges[source]:
                    yield source, target, f"{source}--{kind}--{target}", data
            yield from self.events.edges()

        return Network(True, nodes, edges, self.node_schema, self.edge_schema, {"view": "full"})

    def write(self, folder: Path) -> list[Path]:
        """Write graph.graphml, graph.gexf, nodes.csv and edges.csv into FOLDER."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        return write_files(self.network(), {folder / name: writer for name, writer in FILES.items()})

    def stage(self, folder: Path) -> dict[Path, Path]:
        """The files of `write` under temporary names in FOLDER: {path: temporary file}, to be renamed
        (by `place`, or by the caller); `close` removes those not renamed by `place`."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        self.staged = stage_files(self.network(), {folder / name: writer for name, writer in FILES.items()})
        return dict(self.staged)

    def place(self) -> list[Path]:
        """Rename the files of `stage` into place."""
        return place_staged(self.staged)

    def release(self) -> dict[Path, Path]:
        """The files of `stage`, which `close` no longer removes: someone else renames them (a build, when
        the view is gathered in a process of its own: kg.export.fullview_process)."""
        staged, self.staged = self.staged, {}
        return staged

    def close(self) -> None:
        self.events.close()
        for tmp in self.staged.values():  # staged, but the build failed before `place`
            tmp.unlink(missing_ok=True)

    def __enter__(self) -> FullView:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def entity_attrs(entity: EntityNode) -> dict:
    attrs = {"iri": entity.iri, "label": entity.label, "type": entity.type, "category": "entity",
             **color_attrs(COLORS[entity.type]), "mentions": entity.mentions, "articles": entity.articles,
             "alt_labels": entity.alt_labels, "date": entity.date or ""}
    attrs = {k: v for k, v in attrs.items() if v != ""}
    attrs["size"] = node_size(entity.mentions or entity.degree)
    own = day(entity.date) if entity.type == "Ruling" else None
    start = earliest(earliest(own, entity.first_seen), entity.first_edge)
    if start:
        attrs["start"] = start
    return attrs


def roles(p: dict) -> list[tuple[str, str]]:
    """(role, entity IRI) of an event, kg:target dropped where kg:defendant says it (kg.records.event_roles)."""
    found = {(role, o.value) for role, predicate in ROLE_IRIS for o in p.get(predicate, ())}
    found -= {(SUBROLE[r], o) for r, o in found if r in SUBROLE}
    return sorted(found, key=lambda r: (ROLES.index(r[0]), r[1]))


def evidence(p: dict, props: dict) -> str:
    """The text of an event's earliest evidence span (kg.records.first_evidence)."""
    spans = [s.value for s in p.get(K["evidence"], ())]
    if not spans:
        return ""
    begin = {s: int(first(props.get(s, {}), BEGIN_INDEX) or 0) for s in spans}
    span = min(spans, key=lambda s: (begin[s], s))
    return first(props.get(span, {}), ANCHOR) or ""
