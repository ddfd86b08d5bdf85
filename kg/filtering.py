"""Dropping what kg extracted with too little confidence (`kg build --min-confidence`, `kg export`)."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Dataset

from kg import vocab
from kg.iri import ONTOLOGY
from kg.terms import KG, RDF, rdf_term


def filter_triples(triples: list[tuple], threshold: float) -> list[tuple]:
    """One graph's triples (pyoxigraph terms) without the facts, events and statistics whose
    kg:confidence is below `threshold`.

    A dropped statement takes its direct triples with it unless another kept statement of the same
    graph asserts them; a dropped event takes its penalty and the statements derived from it.
    Entities, mentions and evidence spans stay.
    """
    if threshold <= 0:
        return triples
    props: dict = {}
    for s, p, o in triples:
        props.setdefault(s, {}).setdefault(p, []).append(o)

    def one(node, prop):
        return props.get(node, {}).get(prop, [None])[0]

    def weighed(node) -> bool:  # a statement, a statistic or an event
        found = props[node]
        return bool({KG.Statement, KG.Statistic} & set(found.get(RDF.type, ()))) or KG.trigger in found

    low = {n for n, found in props.items() if KG.confidence in found and weighed(n)
           and any(float(c.value) < threshold for c in found[KG.confidence])}
    if not low:
        return triples
    low |= {n for n, found in props.items() if low.intersection(found.get(KG.fromEvent, ()))}
    statements = {n: (one(n, RDF.subject), one(n, RDF.predicate), one(n, RDF.object))
                  for n, found in props.items() if KG.Statement in found.get(RDF.type, ())}
    kept = {spo for n, spo in statements.items() if n not in low and None not in spo}
    kept |= {(s, base_property(p), o) for s, p, o in kept}
    dropped = set()
    for node in low & statements.keys():
        s, p, o = statements[node]
        if None not in (s, p, o):
            dropped |= {(s, p, o), (s, base_property(p), o)} - kept
    gone = low | {penalty for node in low for penalty in props[node].get(KG.penalty, ())}
    return [t for t in triples if t not in dropped and t[0] not in gone and t[2] not in low]


def base_property(prop) -> ox.NamedNode:
    """kg:convictedUnder -> kg:chargedUnder; any other term stays as it is."""
    name = prop.value[len(ONTOLOGY):] if prop.value.startswith(ONTOLOGY) else ""
    return KG[vocab.BASE_PROPERTY[name]] if name in vocab.BASE_PROPERTY else prop


def filter_confidence(ds: Dataset, threshold: float) -> Dataset:
    """`ds` without the facts, events and statistics whose kg:confidence is below `threshold`
    (see filter_triples); the dataset is changed in place and returned."""
    if threshold <= 0:
        return ds
    for g in list(ds.graphs()):
        originals = {tuple(map(rdf_term, t)): t for t in g}
        for t in originals.keys() - set(filter_triples(list(originals), threshold)):
            g.remove(originals[t])
    return ds
