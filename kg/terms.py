"""RDF terms as pyoxigraph makes them: the vocabularies' IRIs, made once, and conversions from and to rdflib.

kg makes its graphs with pyoxigraph terms (kg.graph), writes them (kg.export.rdf) and stores them
(kg.store); rdflib terms are for code that reads RDF through rdflib (an rdflib Dataset).
"""

from __future__ import annotations

import pyoxigraph as ox
import rdflib
from rdflib import BNode, Literal, URIRef

from kg import vocab


class Terms:
    """The pyoxigraph IRIs of one rdflib namespace, each made once: `Terms(vocab.KG).Mention`,
    `Terms(vocab.KG)["spokespersonOf"]`; a term kg.vocab does not declare fails as it does there."""

    def __init__(self, namespace):
        self._namespace = namespace

    def __getitem__(self, name: str) -> ox.NamedNode:
        node = self.__dict__.get(name)
        if node is None:
            node = self.__dict__[name] = ox.NamedNode(str(self._namespace[name]))
        return node

    def __getattr__(self, name: str) -> ox.NamedNode:  # called once per name: then it is an attribute
        if name.startswith("_"):
            raise AttributeError(name)
        return self[name]


RDF, RDFS, XSD, SKOS, PROV, DCTERMS = map(Terms, (rdflib.RDF, rdflib.RDFS, rdflib.XSD, rdflib.SKOS, rdflib.PROV,
                                                  rdflib.DCTERMS))
KG, NIF, ITSRDF, SCHEMA = map(Terms, (vocab.KG, vocab.NIF, vocab.ITSRDF, vocab.SCHEMA))


def rdflib_term(term):
    """The rdflib term of a pyoxigraph term (a plain literal for xsd:string, as rdflib makes them)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype == XSD.string:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    return BNode(term.value)


_named: dict[str, ox.NamedNode] = {}


def rdf_term(term):
    """The pyoxigraph term of an rdflib term (IRIs are interned: an article repeats them often)."""
    if isinstance(term, URIRef):
        node = _named.get(term)
        if node is None:
            node = _named[str(term)] = ox.NamedNode(str(term))
            if len(_named) > 65_536:  # bounded: entity IRIs of a big corpus would otherwise pile up
                _named.clear()
        return node
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=rdf_term(term.datatype))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")
