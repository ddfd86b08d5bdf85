"""Graph: extracted and resolved data -> RDF triples, and an rdflib Dataset of them.

Layout (documented in ontology/README.md):
  * graph ``kgr:graph/entities``: every entity with its type, canonical
    rdfs:label, skos:altLabel for every surface form, and its structure;
  * one graph ``kgr:graph/<article-id>`` per article: the article (a NIF
    context holding the text), the sentences and mentions (NIF), the
    extraction activity (PROV-O), and every fact as a direct triple plus a
    kg:Statement recording its evidence span, rule and confidence.

The triples are made as pyoxigraph terms, the form the writers (kg.export.rdf) and the store
(kg.store) take, so a build never makes an rdflib term (rdflib's are ten times slower to make);
`build_dataset` gives the same graphs as an rdflib Dataset, for code that reads RDF through rdflib.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

import pyoxigraph as ox
from rdflib import Dataset, URIRef

import kg
from kg import vocab
from kg.confidence import of as confidence_of
from kg.filtering import filter_confidence, filter_triples  # noqa: F401  (kg.graph's API)
from kg.iri import BASE, article_iri, graph_iri, hashed_iri, span_iri
from kg.model import ArticleExtraction, Entity, Event, Evidence, Resolution, Statistic, When
from kg.terms import DCTERMS, ITSRDF, KG, NIF, PROV, RDF, RDFS, SCHEMA, SKOS, XSD, rdflib_term

ENTITIES_GRAPH = URIRef(graph_iri("entities"))
SOFTWARE = URIRef(f"{BASE}software/kg/{kg.__version__}")
INT = XSD.nonNegativeInteger
STRUCTURE = {"articleNumber": KG.articleNumber, "partNumber": KG.partNumber, "paragraph": KG.paragraph,
             "rulingKind": KG.rulingKind, "lexiconId": KG.lexiconId, "lawNumber": KG.lawNumber}
DATE_TYPES = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}


class Triples(list):
    """One graph's triples (pyoxigraph terms) in the order they are made; `add` appends. `sentences`
    holds the sentences already described, IRI -> node (add_span describes each once: the same triples)."""

    add = list.append

    def __init__(self):
        super().__init__()
        self.sentences: dict[str, ox.NamedNode] = {}

    def unique(self) -> list[tuple]:
        """The triples, each once (in the order first made)."""
        return list(dict.fromkeys(self))


def new_dataset() -> Dataset:
    ds = Dataset()
    for prefix, ns in vocab.PREFIXES.items():
        ds.bind(prefix, ns)
    return ds


def build_dataset(extractions: list[ArticleExtraction], resolution: Resolution) -> Dataset:
    """The build as an rdflib Dataset: the triples of `entity_triples` and `article_triples`, as rdflib terms."""
    ds = new_dataset()
    add_to(ds.graph(ENTITIES_GRAPH), entity_triples(resolution))
    for ex in extractions:
        add_to(ds.graph(URIRef(graph_iri(ex.article.id))), article_triples(ex, resolution))
    return ds


def add_to(g, triples) -> None:
    """Add pyoxigraph triples to an rdflib graph."""
    terms: dict = {}  # one rdflib term per distinct term: they repeat a lot

    def convert(term):
        found = terms.get(term)
        if found is None:
            found = terms[term] = rdflib_term(term)
        return found

    for s, p, o in triples:
        g.add((convert(s), convert(p), convert(o)))


def date_literal(value: str) -> ox.Literal:
    """'2018-09-20' -> xsd:date, '2018-09' -> xsd:gYearMonth, '2018' -> xsd:gYear."""
    return ox.Literal(value, datatype=DATE_TYPES.get(len(value), XSD.string))


@lru_cache(maxsize=1 << 16)  # offsets repeat (spans, sentences)
def integer(value: int) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=INT)


def entity_triples(resolution: Resolution) -> list[tuple]:
    """The triples of the entities graph."""
    codes = code_iris(resolution)
    sink = Triples()
    for entity in resolution.entities.values():
        add_entity(sink, entity, codes)
    return sink.unique()


def code_iris(resolution: Resolution) -> dict[str, str]:
    """Lexicon id -> IRI of every entity that has one: how a provision's kg:code is found."""
    return {e.attr("lexiconId"): e.iri for e in resolution.entities.values() if e.attr("lexiconId")}


def add_entity(g, entity: Entity, codes: dict[str, str]) -> None:
    """An entity's triples; `codes` maps lexicon ids to IRIs (see code_iris)."""
    node = ox.NamedNode(entity.iri)
    g.add((node, RDF.type, KG[entity.type]))
    g.add((node, RDFS.label, ox.Literal(entity.label)))
    for form in entity.alt_labels:
        g.add((node, SKOS.altLabel, ox.Literal(form)))
    for key, value in entity.attrs:
        if key in STRUCTURE and value:
            g.add((node, STRUCTURE[key], ox.Literal(value)))
        elif key == "date" and value:
            g.add((node, KG.date, date_literal(value)))
        elif key == "code" and value in codes:
            g.add((node, KG.code, ox.NamedNode(codes[value])))


def article_triples(ex: ArticleExtraction, resolution: Resolution, links: dict[str, str] | None = None) -> list[tuple]:
    """The triples of one article's graph; `links` (local key -> IRI) defaults to the resolution's."""
    sink = Triples()
    add_article(sink, ex, resolution, links)
    return sink.unique()


def add_article(g, ex: ArticleExtraction, resolution: Resolution, links: dict[str, str] | None = None) -> None:
    """Every triple of one article's named graph, added to `g` (anything with `add`, e.g. Triples)."""
    art = ex.article
    links = resolution.links.get(art.id, {}) if links is None else links
    nodes = {key: ox.NamedNode(iri) for key, iri in links.items()}
    doc = ox.NamedNode(article_iri(art.id))
    add_article_node(g, doc, ex)
    activity = ox.NamedNode(f"{BASE}extraction/{art.id}")
    software = ox.NamedNode(str(SOFTWARE))
    g.add((activity, RDF.type, KG.Extraction))
    g.add((activity, PROV.used, doc))
    g.add((activity, PROV.wasAssociatedWith, software))
    g.add((software, RDF.type, PROV.SoftwareAgent))
    g.add((software, KG.version, ox.Literal(kg.__version__)))
    g.add((software, RDFS.label, ox.Literal(f"kg {kg.__version__}")))
    for m in ex.mentions:
        node = add_span(g, art.id, doc, m.start, m.end, m.sentence, art.text, KG.Mention)
        g.add((node, ITSRDF.taIdentRef, nodes[m.entity]))
        add_provenance(g, node, m.rule, m.confidence, activity, None)
    for e in ex.events:
        add_event(g, art.id, doc, activity, e, nodes, resolution, art.text)
    for number, st in enumerate(ex.statistics):
        add_statistic(g, art.id, doc, activity, number, st, nodes, art.text)
    for r in ex.relations:
        node = add_fact(g, art.id, doc, activity, nodes[r.subject], r.predicate, nodes[r.object], r.evidence, art.text)
        if r.event:
            g.add((node, KG.fromEvent, event_iri(art.id, r.event)))


def add_article_node(g, doc: ox.NamedNode, ex: ArticleExtraction) -> None:
    art = ex.article
    g.add((doc, RDF.type, KG.Article))
    g.add((doc, RDF.type, NIF.Context))
    g.add((doc, NIF.isString, ox.Literal(art.text)))
    g.add((doc, NIF.beginIndex, integer(0)))
    g.add((doc, NIF.endIndex, integer(len(art.text))))
    g.add((doc, KG.contentHash, ox.Literal(f"sha256:{art.content_hash}")))
    g.add((doc, DCTERMS.language, ox.Literal(art.language)))
    g.add((doc, DCTERMS.identifier, ox.Literal(art.id)))
    if art.title:
        g.add((doc, DCTERMS.title, ox.Literal(art.title)))
    if art.url:
        g.add((doc, SCHEMA.url, ox.Literal(art.url, datatype=XSD.anyURI)))
    if art.published:
        g.add((doc, DCTERMS.issued, date_literal(art.published)))
    if art.source:
        g.add((doc, DCTERMS.source, ox.Literal(art.source)))


def add_span(g, article_id: str, doc: ox.NamedNode, start: int, end: int, sentence: tuple[int, int], text: str,
             kind: ox.NamedNode) -> ox.NamedNode:
    node = ox.NamedNode(span_iri(article_id, start, end))
    g.add((node, RDF.type, kind))
    g.add((node, NIF.referenceContext, doc))
    g.add((node, NIF.beginIndex, integer(start)))
    g.add((node, NIF.endIndex, integer(end)))
    g.add((node, NIF.anchorOf, ox.Literal(text[start:end])))
    if sentence == (start, end):  # the span is a whole sentence
        g.add((node, RDF.type, NIF.Sentence))
    else:
        sent_iri = span_iri(article_id, *sentence)
        described = getattr(g, "sentences", None)
        sent = described.get(sent_iri) if described is not None else None
        if sent is None:  # else its triples are there already
            sent = ox.NamedNode(sent_iri)
            if described is not None:
                described[sent_iri] = sent
            g.add((sent, RDF.type, NIF.Sentence))
            g.add((sent, NIF.referenceContext, doc))
            g.add((sent, NIF.beginIndex, integer(sentence[0])))
            g.add((sent, NIF.endIndex, integer(sentence[1])))
            g.add((sent, NIF.anchorOf, ox.Literal(text[sentence[0]:sentence[1]])))
        g.add((node, NIF.sentence, sent))
    return node


def add_provenance(g, node: ox.NamedNode, rule: str, confidence: float, activity: ox.NamedNode,
                   doc: ox.NamedNode | None) -> None:
    g.add((node, KG.rule, string_literal(rule)))
    g.add((node, KG.confidence, confidence_literal(rule, confidence)))
    g.add((node, PROV.wasGeneratedBy, activity))
    if doc is not None:
        g.add((node, PROV.wasDerivedFrom, doc))


def confidence_literal(rule: str, confidence: float) -> ox.Literal:
    """The record's calibrated confidence (looked up each time: the calibration table can change)."""
    return double_literal(round(confidence_of(rule, float(confidence)), 3))


@lru_cache(maxsize=1 << 12)  # rule ids: a few hundred, on every record
def string_literal(value: str) -> ox.Literal:
    return ox.Literal(value)


@lru_cache(maxsize=1 << 12)
def double_literal(value: float) -> ox.Literal:
    return ox.Literal(str(value), datatype=XSD.double)


def add_fact(g, article_id: str, doc: ox.NamedNode, activity: ox.NamedNode, subject: ox.NamedNode, prop: str,
             obj: ox.NamedNode, evidence: Evidence, text: str) -> ox.NamedNode:
    """The direct triple (with its base property too) and a kg:Statement with its evidence."""
    g.add((subject, KG[prop], obj))
    g.add((subject, KG[vocab.base_of(prop)], obj))
    statement = ox.NamedNode(hashed_iri("statement", article_id, subject.value, prop, obj.value, evidence.start,
                                        evidence.end))
    g.add((statement, RDF.type, KG.Statement))
    g.add((statement, RDF.subject, subject))
    g.add((statement, RDF.predicate, KG[prop]))
    g.add((statement, RDF.object, obj))
    g.add((statement, KG.status, KG.Asserted))
    span = add_span(g, article_id, doc, evidence.start, evidence.end, evidence.sentence, text, KG.EvidenceSpan)
    g.add((statement, KG.evidence, span))
    add_provenance(g, statement, evidence.rule, evidence.confidence, activity, doc)
    return statement


def event_iri(article_id: str, event_id: str) -> ox.NamedNode:
    return ox.NamedNode(hashed_iri("event", article_id, event_id))


def add_when(g, node: ox.NamedNode, when: When | None) -> None:
    if when is None or not when.value:
        return
    g.add((node, KG.timex, ox.Literal(when.value)))
    g.add((node, KG.granularity, ox.Literal(when.granularity)))
    if when.begin:
        g.add((node, KG.begin, date_literal(when.begin)))
    if when.end:
        g.add((node, KG.end, date_literal(when.end)))


def add_event(g, article_id: str, doc: ox.NamedNode, activity: ox.NamedNode, event: Event,
              nodes: dict[str, ox.NamedNode], resolution: Resolution, text: str) -> ox.NamedNode:
    """An n-ary event node with its roles, time, place, penalty, status, source and evidence."""
    node = event_iri(article_id, event.id)
    g.add((node, RDF.type, KG[event.kind]))
    labels = []
    for role, key in event.roles:
        g.add((node, KG[role], nodes[key]))
        if role != "target" or not event.role("defendant"):
            labels.append(resolution.entities[nodes[key].value].label)
    when = f" ({event.when.value})" if event.when and event.when.value else ""
    g.add((node, RDFS.label, ox.Literal(f"{spaced(event.kind)}: {', '.join(dict.fromkeys(labels))}{when}")))
    g.add((node, KG.status, KG[event.status]))
    if event.source and event.source in nodes:
        g.add((node, KG.source, nodes[event.source]))
    add_when(g, node, event.when)
    if event.place:
        g.add((node, KG.placeName, ox.Literal(event.place)))
    if event.penalty:
        penalty = ox.NamedNode(hashed_iri("penalty", article_id, event.id))
        g.add((node, KG.penalty, penalty))
        g.add((penalty, RDF.type, KG.Penalty))
        g.add((penalty, KG.penaltyKind, ox.Literal(event.penalty.kind)))
        if event.penalty.amount is not None:
            g.add((penalty, KG.amount, decimal(event.penalty.amount)))
        if event.penalty.unit:
            g.add((penalty, KG.unit, ox.Literal(event.penalty.unit)))
    ev = event.evidence
    trigger = add_span(g, article_id, doc, *event.trigger, ev.sentence, text, KG.EvidenceSpan)
    g.add((node, KG.trigger, trigger))
    span = add_span(g, article_id, doc, ev.start, ev.end, ev.sentence, text, KG.EvidenceSpan)
    g.add((node, KG.evidence, span))
    add_provenance(g, node, ev.rule, ev.confidence, activity, doc)
    return node


def add_statistic(g, article_id: str, doc: ox.NamedNode, activity: ox.NamedNode, number: int, st: Statistic,
                  nodes: dict[str, ox.NamedNode], text: str) -> ox.NamedNode:
    """A kg:Statistic node: value, total, unit, what it counts, period, trend, what it is about, source."""
    ev = st.evidence
    node = ox.NamedNode(hashed_iri("statistic", article_id, ev.start, ev.end, number))
    g.add((node, RDF.type, KG.Statistic))
    g.add((node, KG.value, decimal(st.value)))
    if st.total is not None:
        g.add((node, KG.total, decimal(st.total)))
    if st.unit:
        g.add((node, KG.unit, ox.Literal(st.unit)))
    g.add((node, KG.counts, ox.Literal(st.counts)))
    label = f"{st.value:g}" + (f" of {st.total:g}" if st.total is not None else "") + f" {st.counts}"
    g.add((node, RDFS.label, ox.Literal(label + (f" ({st.when.value})" if st.when and st.when.value else ""))))
    if st.trend:
        g.add((node, KG.trend, ox.Literal(st.trend)))
    add_when(g, node, st.when)
    for key in st.about:
        if key in nodes:
            g.add((node, KG.about, nodes[key]))
    if st.source and st.source in nodes:
        g.add((node, KG.source, nodes[st.source]))
    g.add((node, KG.status, KG[st.status]))
    span = add_span(g, article_id, doc, ev.start, ev.end, ev.sentence, text, KG.EvidenceSpan)
    g.add((node, KG.evidence, span))
    add_provenance(g, node, ev.rule, ev.confidence, activity, doc)
    return node


def decimal(value: float) -> ox.Literal:
    """An xsd:decimal that parses back equal: "2.0", not "2" (Turtle writes 2.0 back) nor "1E+20"."""
    text = format(Decimal(repr(float(value))), "f")
    return ox.Literal(text if "." in text else text + ".0", datatype=XSD.decimal)


def spaced(name: str) -> str:
    """'CriminalCaseOpening' -> 'Criminal case opening'."""
    words = re.findall(r"[A-Z][a-z]*", name)
    return " ".join([words[0], *(w.lower() for w in words[1:])]) if words else name
