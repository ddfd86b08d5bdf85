"""Network views of a built graph, derived from its RDF (so `kg export --view` needs only graph.trig).

Three views, one code path (RDF -> kg.records -> networkx); a build writes the same `full` view
as its graphs go by, without reading them back (kg.export.fullview):

* ``full``: every entity and every event as nodes; relation edges between entities (one per
  subject, base relation and object, weighted by supporting statements) and role edges from each
  event to its participants (agent, defendant, court, legalBasis ...);
* ``actors-laws``: actors (people, organisations, government bodies, courts) and legal nodes (laws,
  provisions, rulings); each event collapsed into actor -> law/provision/ruling edges of kind
  ``<EventClass>.<role>``, plus direct facts from an actor to a legal node (``issued``, ``chargedUnder``);
* ``actors``: actors only, linked (undirected) when they take part in the same event, weighted by
  the number of articles that report such an event.

Negated and denied events are nodes in ``full`` but link nobody in the collapsed views. Every node
and edge gets a ``start`` day (YYYY-MM-DD) for Gephi's timeline: an event's own date, else its
article's publication date; a node starts at the earliest of its own date (a ruling's kg:date), its
edges' starts and the publication of the first article that mentions it.
"""

from __future__ import annotations

import colorsys
import math
from collections import defaultdict
from itertools import combinations
from typing import TYPE_CHECKING

from rdflib import Dataset

from kg.iri import ONTOLOGY, node_id
from kg.model import ACTOR_TYPES
from kg.records import EVENT_FAMILY, EventRecord, FactRecord, Records, day, read

if TYPE_CHECKING:  # imported by the views that make graphs: a build imports this module (kg.export.fullview)
    import networkx as nx  # for its colours and sizes only, and importing networkx costs about 0.2 s

VIEWS = ("full", "actors-laws", "actors")
LEGAL_TYPES = ("Law", "LegalProvision", "Ruling")
# one colour per entity type (colour-blind-safe palette)
COLORS = {"Person": "#0072B2", "Organization": "#E69F00", "GovernmentBody": "#009E73", "Court": "#D55E00",
          "Law": "#CC79A7", "LegalProvision": "#F0E442", "Ruling": "#56B4E9"}
# events in muted tones, one hue per family and one shade per class: distinct from each other and
# from every entity colour, so Gephi's partition by `type` keeps them apart
FAMILY_HUES = {"LegalProceeding": 0.0, "Restriction": 0.75, "LegislativeEvent": 0.1, "Decision": 0.55,
               "Petition": 0.33, "Amnesty": 0.45, "SpeechAct": 0.62, "Event": 0.0}


def event_colors() -> dict[str, str]:
    colors = {}
    for family, hue in FAMILY_HUES.items():
        classes = sorted(c for c, f in EVENT_FAMILY.items() if f == family)
        saturation = 0.0 if family in ("LegalProceeding", "Event") else 0.3
        for i, name in enumerate(classes):
            lightness = 0.22 + 0.5 * i / max(len(classes) - 1, 1) if len(classes) > 1 else 0.45
            r, g, b = colorsys.hls_to_rgb(hue, lightness, saturation)
            colors[name] = "#{:02X}{:02X}{:02X}".format(round(r * 255), round(g * 255), round(b * 255))
    return colors


EVENT_COLORS = event_colors()
# an actor's role in an event, most telling first (a court that is also the agent counts as court)
ACTOR_ROLES = ("defendant", "court", "agent", "addressee", "target")
LEGAL_ROLES = ("legalBasis", "legalAct", "ruling", "target")
UNLINKED = ("Negated", "Denied")


def build_view(source: Dataset | Records, name: str = "full") -> nx.MultiDiGraph | nx.MultiGraph:
    """The view NAME (one of VIEWS) of a build's Dataset or its records."""
    if name not in VIEWS:
        raise ValueError(f"unknown view {name!r}; choose one of: {', '.join(VIEWS)}")
    recs = source if isinstance(source, Records) else read(source)
    graph = {"full": full_view, "actors-laws": actors_laws_view, "actors": actors_view}[name](recs)
    graph.graph["view"] = name
    finish(graph, recs)
    return graph


# --- nodes ------------------------------------------------------------------------------------


def color_attrs(color: str) -> dict:
    return {"color": color, "r": int(color[1:3], 16), "g": int(color[3:5], 16), "b": int(color[5:7], 16)}


def add_entities(graph, recs: Records, types) -> None:
    for entity in recs.entities.values():
        if entity.type not in types:
            continue
        attrs = {"iri": entity.iri, "label": entity.label, "type": entity.type, "category": "entity",
                 **color_attrs(COLORS[entity.type]), "mentions": entity.mentions, "articles": len(entity.articles),
                 "alt_labels": " | ".join(entity.alt_labels), "date": entity.date or ""}
        graph.add_node(node_id(entity.iri), **{k: v for k, v in attrs.items() if v != ""})


def event_day(event: EventRecord, recs: Records) -> str | None:
    return day(event.date) or day(recs.published(event.article))


def add_event(graph, event: EventRecord, recs: Records) -> None:
    attrs = {"iri": event.iri, "label": event.label, "type": event.type, "category": "event",
             "family": event.family, **color_attrs(EVENT_COLORS[event.type]),
             "mentions": 0, "articles": 1, "status": event.status, "date": event.timex or event.date or "",
             "place": event.place or "", "penalty": event.penalty or "", "evidence": event.evidence,
             "article": event.article, "start": event_day(event, recs) or ""}
    graph.add_node(node_id(event.iri), **{k: v for k, v in attrs.items() if v != ""})


# --- edges ------------------------------------------------------------------------------------


class Edges:
    """Edges being gathered: (source, kind, target) -> supporting items, articles and dates."""

    def __init__(self):
        self.support: dict[tuple, list] = defaultdict(list)

    def add(self, source: str, kind: str, target: str, item: str, article: str, when: str | None) -> None:
        self.support[(source, kind, target)].append((item, article, when))

    def write(self, graph, label=lambda kind: kind, weight_by_articles: bool = False, **extra) -> None:
        for (source, kind, target), items in sorted(self.support.items()):
            if source not in graph or target not in graph or source == target:
                continue
            articles = {a for _, a, _ in items}
            days = sorted(w for _, _, w in items if w)
            attrs = {"kind": kind, "relation": kind, "label": label(kind),
                     "weight": float(len(articles) if weight_by_articles else len({i for i, _, _ in items})),
                     "articles": len(articles), **({"start": days[0]} if days else {}),
                     **{k: f(items) for k, f in extra.items()}}
            graph.add_edge(source, target, key=f"{source}--{kind}--{target}", **attrs)


def fact_day(fact: FactRecord, recs: Records, events: dict[str, EventRecord]) -> str | None:
    """A fact's date: its event's, else an issued ruling's own date, else its article's publication."""
    if fact.event in events:
        return event_day(events[fact.event], recs)
    ruling = recs.entities.get(fact.object)
    if fact.relation == "issued" and ruling is not None and day(ruling.date):
        return day(ruling.date)
    return day(recs.published(fact.article))


def asserted_facts(recs: Records):
    return (f for f in recs.facts if f.status == "Asserted")


def full_view(recs: Records) -> nx.MultiDiGraph:
    import networkx as nx

    graph = nx.MultiDiGraph()
    add_entities(graph, recs, COLORS)
    events = {e.iri: e for e in recs.events}
    for event in recs.events:
        add_event(graph, event, recs)
    edges = Edges()
    for fact in asserted_facts(recs):
        edges.add(node_id(fact.subject), fact.relation, node_id(fact.object), fact.iri, fact.article,
                  fact_day(fact, recs, events))
    for event in recs.events:
        for role, entity in event.roles:
            edges.add(node_id(event.iri), role, node_id(entity), event.iri, event.article, event_day(event, recs))
    edges.write(graph)
    for _, _, data in graph.edges(data=True):
        data["property"] = ONTOLOGY + data["kind"]
    return graph


def participants(event: EventRecord, recs: Records) -> tuple[dict[str, str], set[str]]:
    """(actor IRI -> its most telling role, legal node IRIs) of an event."""
    actors, legal = {}, set()
    for role, iri in sorted(event.roles, key=lambda r: ACTOR_ROLES.index(r[0]) if r[0] in ACTOR_ROLES else 99):
        kind = recs.entities[iri].type if iri in recs.entities else None
        if role in ACTOR_ROLES and kind in ACTOR_TYPES:
            actors.setdefault(iri, role)
        elif role in LEGAL_ROLES and kind in LEGAL_TYPES:
            legal.add(iri)
    return actors, legal


def linking_events(recs: Records):
    return (e for e in recs.events if e.status not in UNLINKED)


def actors_laws_view(recs: Records) -> nx.MultiDiGraph:
    import networkx as nx

    graph = nx.MultiDiGraph()
    add_entities(graph, recs, (*ACTOR_TYPES, *LEGAL_TYPES))
    events = {e.iri: e for e in recs.events}
    edges = Edges()
    for event in linking_events(recs):
        actors, legal = participants(event, recs)
        for actor, role in actors.items():
            for target in legal:
                edges.add(node_id(actor), f"{event.type}.{role}", node_id(target), event.iri, event.article,
                          event_day(event, recs))
    for fact in asserted_facts(recs):
        # a fact stands for itself unless its event is in the build (then the event's edges say it)
        if fact.event not in events and kind_of(recs, fact.subject) in ACTOR_TYPES \
                and kind_of(recs, fact.object) in LEGAL_TYPES:
            edges.add(node_id(fact.subject), fact.relation, node_id(fact.object), fact.iri, fact.article,
                      fact_day(fact, recs, events))
    edges.write(graph, label=lambda kind: " in ".join(reversed(kind.split("."))) if "." in kind else kind)
    return graph


def kind_of(recs: Records, iri: str) -> str | None:
    entity = recs.entities.get(iri)
    return entity.type if entity else None


def actors_view(recs: Records) -> nx.MultiGraph:
    import networkx as nx

    graph = nx.MultiGraph()
    add_entities(graph, recs, ACTOR_TYPES)
    edges = Edges()
    event_types = {}
    for event in linking_events(recs):
        actors, _ = participants(event, recs)
        for a, b in combinations(sorted(node_id(iri) for iri in actors), 2):
            edges.add(a, "co-participant", b, event.iri, event.article, event_day(event, recs))
        event_types[event.iri] = event.type
    edges.write(graph, weight_by_articles=True,
                events=lambda items: len({i for i, _, _ in items}),
                event_types=lambda items: " | ".join(sorted({event_types[i] for i, _, _ in items})))
    for _, _, data in graph.edges(data=True):
        data["label"] = data["event_types"]
    return graph


# --- sizes and start days -------------------------------------------------------------------------


def node_size(weight: int) -> float:
    """A node's size from its mentions, else its degree (kg.export.fullview sizes its nodes alike)."""
    return round(10 + 6 * math.sqrt(weight), 1)


def finish(graph, recs: Records) -> None:
    """Sizes (by mentions, else degree) and start days (earliest of own date, edges, first mention)."""
    first_seen = {node_id(e.iri): min((d for a in e.articles if (d := day(recs.published(a)))), default=None)
                  for e in recs.entities.values()}
    for node, data in graph.nodes(data=True):
        data["size"] = node_size(data.get("mentions") or graph.degree(node))
        candidates = [data.get("start"), day(data.get("date")) if data.get("category") == "entity"
                      and data.get("type") == "Ruling" else None, first_seen.get(node)]
        candidates += [d.get("start") for *_, d in graph.edges(node, data=True)]
        if graph.is_directed():
            candidates += [d.get("start") for *_, d in graph.in_edges(node, data=True)]
        days = sorted(c for c in candidates if c)
        if days:
            data["start"] = days[0]
