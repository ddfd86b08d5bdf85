"""GraphML views keep parallel relations apart (Gephi merges same-type parallel edges)."""

from __future__ import annotations

import networkx as nx
from rdflib import RDF, RDFS, Literal, URIRef

from kg.export.graphml import write_graphml
from kg.graph import ENTITIES_GRAPH, new_dataset
from kg.iri import BASE, graph_iri
from kg.views import entity_graph
from kg.vocab import KG

PERSON, BODY = URIRef(BASE + "person/ivan-petrov"), URIRef(BASE + "government/ru-state-duma")


def statement(g, name: str, prop: URIRef) -> None:
    node = URIRef(BASE + "statement/" + name)
    g.add((node, RDF.type, KG.Statement))
    g.add((node, RDF.subject, PERSON))
    g.add((node, RDF.predicate, prop))
    g.add((node, RDF.object, BODY))


def dataset_with_two_relations_between_one_pair():
    ds = new_dataset()
    entities = ds.graph(ENTITIES_GRAPH)
    for node, kind, label in ((PERSON, KG.Person, "Ivan Petrov"), (BODY, KG.GovernmentBody, "State Duma")):
        entities.add((node, RDF.type, kind))
        entities.add((node, RDFS.label, Literal(label)))
    article = ds.graph(URIRef(graph_iri("a1")))
    statement(article, "0123456789abcdef", KG.memberOf)
    statement(article, "fedcba9876543210", KG.petitioned)
    return ds


def test_two_relations_between_one_pair_stay_two_edges(tmp_path):
    path = tmp_path / "graph.graphml"
    write_graphml(entity_graph(dataset_with_two_relations_between_one_pair()), path)
    graph = nx.read_graphml(path, force_multigraph=True)
    edges = list(graph.edges(keys=True, data=True))
    assert len(edges) == 2
    assert {data["relation"] for _, _, _, data in edges} == {"roleIn", "petitioned"}
    assert {data["label"] for _, _, _, data in edges} == {"roleIn", "petitioned"}
    assert len({key for _, _, key, _ in edges}) == 2
