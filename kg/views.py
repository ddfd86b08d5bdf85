"""networkx views of a built graph, read from its RDF (so `kg export` needs only graph.trig)."""

from __future__ import annotations

from collections import defaultdict

import networkx as nx
from rdflib import RDF, RDFS, Dataset, URIRef
from rdflib.namespace import SKOS

from kg.graph import ENTITIES_GRAPH
from kg.iri import ONTOLOGY, node_id
from kg.model import ENTITY_TYPES
from kg.vocab import BASE_PROPERTIES, KG, base_of

# one colour per entity type (colour-blind-safe palette), as "#rrggbb"
COLORS = {"Person": "#0072B2", "Organization": "#E69F00", "GovernmentBody": "#009E73", "Court": "#D55E00",
          "Law": "#CC79A7", "LegalProvision": "#F0E442", "Ruling": "#56B4E9"}
RELATIONS = {KG[name] for name in BASE_PROPERTIES}


def entity_graph(ds: Dataset) -> nx.MultiDiGraph:
    """Entities as nodes; one edge per (subject, relation, object) with weight = supporting statements."""
    g = nx.MultiDiGraph()
    ents = ds.graph(ENTITIES_GRAPH)
    types = {s: o for s, o in ents.subject_objects(RDF.type) if str(o).startswith(ONTOLOGY)}
    for node, kind in sorted(types.items()):
        name = str(kind)[len(ONTOLOGY):]
        if name not in ENTITY_TYPES:
            continue
        label = str(ents.value(node, RDFS.label) or node)
        alt = sorted(str(a) for a in ents.objects(node, SKOS.altLabel))
        g.add_node(node_id(str(node)), iri=str(node), label=label, type=name, color=COLORS[name],
                   r=int(COLORS[name][1:3], 16), g=int(COLORS[name][3:5], 16), b=int(COLORS[name][5:7], 16),
                   mentions=0, articles=0)
        if alt:  # no empty values in the exports
            g.nodes[node_id(str(node))]["alt_labels"] = " | ".join(alt)
    add_mention_counts(ds, g)
    add_relation_edges(ds, g)
    return g


def add_mention_counts(ds: Dataset, g: nx.MultiDiGraph) -> None:
    articles = defaultdict(set)
    for s, p, o, ctx in ds.quads((None, URIRef("http://www.w3.org/2005/11/its/rdf#taIdentRef"), None, None)):
        nid = node_id(str(o))
        if nid in g:
            g.nodes[nid]["mentions"] += 1
            articles[nid].add(ctx)
    for nid, ctxs in articles.items():
        g.nodes[nid]["articles"] = len(ctxs)


def add_relation_edges(ds: Dataset, g: nx.MultiDiGraph) -> None:
    support: dict[tuple, set] = defaultdict(set)
    statements: dict[tuple, int] = defaultdict(int)
    for st, _, _, ctx in ds.quads((None, RDF.type, KG.Statement, None)):
        graph = ds.graph(ctx)
        s, p, o = (graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object))
        key = (node_id(str(s)), base_of(str(p).rsplit("#", 1)[-1]), node_id(str(o)))
        support[key].add(ctx)
        statements[key] += 1
    for (s, rel, o), ctxs in sorted(support.items()):
        if s in g and o in g:
            g.add_edge(s, o, key=f"{s}--{rel}--{o}", relation=rel, label=rel, weight=float(statements[(s, rel, o)]),
                       articles=len(ctxs), property=ONTOLOGY + rel)
