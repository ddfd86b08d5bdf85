"""Graph: extracted and resolved data -> RDF (an rdflib Dataset).

Layout (documented in ontology/README.md):
  * graph ``kgr:graph/entities``: every entity with its type, canonical
    rdfs:label, skos:altLabel for every surface form, and its structure;
  * one graph ``kgr:graph/<article-id>`` per article: the article (a NIF
    context holding the text), the sentences and mentions (NIF), the
    extraction activity (PROV-O), and every fact as a direct triple plus a
    kg:Statement recording its evidence span, rule and confidence.
"""

from __future__ import annotations

import re
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

import kg
from kg.confidence import of as confidence_of
from kg.iri import BASE, article_iri, graph_iri, hashed_iri, span_iri
from kg.model import ArticleExtraction, Entity, Event, Evidence, Resolution, Statistic, When
from kg.vocab import ITSRDF, KG, NIF, PREFIXES, SCHEMA, base_of

ENTITIES_GRAPH = URIRef(graph_iri("entities"))
SOFTWARE = URIRef(f"{BASE}software/kg/{kg.__version__}")
INT = XSD.nonNegativeInteger
STRUCTURE = {"articleNumber": KG.articleNumber, "partNumber": KG.partNumber, "paragraph": KG.paragraph,
             "rulingKind": KG.rulingKind, "lexiconId": KG.lexiconId, "lawNumber": KG.lawNumber}


def new_dataset() -> Dataset:
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    return ds


def build_dataset(extractions: list[ArticleExtraction], resolution: Resolution) -> Dataset:
    ds = new_dataset()
    add_entities(ds, resolution)
    for ex in extractions:
        add_article(ds.graph(URIRef(graph_iri(ex.article.id))), ex, resolution)
    return ds


def date_literal(value: str) -> Literal:
    """'2018-09-20' -> xsd:date, '2018-09' -> xsd:gYearMonth, '2018' -> xsd:gYear."""
    kind = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}.get(len(value), XSD.string)
    return Literal(value, datatype=kind)


def add_entities(ds: Dataset, resolution: Resolution) -> None:
    g = ds.graph(ENTITIES_GRAPH)
    codes = code_iris(resolution)
    for entity in resolution.entities.values():
        add_entity(g, entity, codes)


def code_iris(resolution: Resolution) -> dict[str, str]:
    """Lexicon id -> IRI of every entity that has one: how a provision's kg:code is found."""
    return {e.attr("lexiconId"): e.iri for e in resolution.entities.values() if e.attr("lexiconId")}


def add_entity(g, entity: Entity, codes: dict[str, str]) -> None:
    """An entity's triples; `codes` maps lexicon ids to IRIs (see code_iris)."""
    node = URIRef(entity.iri)
    g.add((node, RDF.type, KG[entity.type]))
    g.add((node, RDFS.label, Literal(entity.label)))
    for form in entity.alt_labels:
        g.add((node, SKOS.altLabel, Literal(form)))
    for key, value in entity.attrs:
        if key in STRUCTURE and value:
            g.add((node, STRUCTURE[key], Literal(value)))
        elif key == "date" and value:
            g.add((node, KG.date, date_literal(value)))
        elif key == "code" and value in codes:
            g.add((node, KG.code, URIRef(codes[value])))


def add_article(g, ex: ArticleExtraction, resolution: Resolution) -> None:
    """Every triple of one article's named graph, added to `g` (any rdflib Graph)."""
    art = ex.article
    links = resolution.links.get(art.id, {})
    doc = URIRef(article_iri(art.id))
    add_article_node(g, doc, ex)
    activity = URIRef(f"{BASE}extraction/{art.id}")
    g.add((activity, RDF.type, KG.Extraction))
    g.add((activity, PROV.used, doc))
    g.add((activity, PROV.wasAssociatedWith, SOFTWARE))
    g.add((SOFTWARE, RDF.type, PROV.SoftwareAgent))
    g.add((SOFTWARE, KG.version, Literal(kg.__version__)))
    g.add((SOFTWARE, RDFS.label, Literal(f"kg {kg.__version__}")))
    for m in ex.mentions:
        node = add_span(g, art.id, doc, m.start, m.end, m.sentence, ex.article.text, KG.Mention)
        g.add((node, ITSRDF.taIdentRef, URIRef(links[m.entity])))
        add_provenance(g, node, m.rule, m.confidence, activity, None)
    for e in ex.events:
        add_event(g, art.id, doc, activity, e, links, resolution, art.text)
    for number, st in enumerate(ex.statistics):
        add_statistic(g, art.id, doc, activity, number, st, links, art.text)
    for r in ex.relations:
        node = add_fact(g, art.id, doc, activity, URIRef(links[r.subject]), r.predicate, URIRef(links[r.object]),
                        r.evidence, ex.article.text)
        if r.event:
            g.add((node, KG.fromEvent, event_iri(art.id, r.event)))


def add_article_node(g, doc: URIRef, ex: ArticleExtraction) -> None:
    art = ex.article
    g.add((doc, RDF.type, KG.Article))
    g.add((doc, RDF.type, NIF.Context))
    g.add((doc, NIF.isString, Literal(art.text)))
    g.add((doc, NIF.beginIndex, Literal(0, datatype=INT)))
    g.add((doc, NIF.endIndex, Literal(len(art.text), datatype=INT)))
    g.add((doc, KG.contentHash, Literal(f"sha256:{art.content_hash}")))
    g.add((doc, DCTERMS.language, Literal(art.language)))
    g.add((doc, DCTERMS.identifier, Literal(art.id)))
    if art.title:
        g.add((doc, DCTERMS.title, Literal(art.title)))
    if art.url:
        g.add((doc, SCHEMA.url, Literal(art.url, datatype=XSD.anyURI)))
    if art.published:
        g.add((doc, DCTERMS.issued, date_literal(art.published)))
    if art.source:
        g.add((doc, DCTERMS.source, Literal(art.source)))


def add_span(g, article_id: str, doc: URIRef, start: int, end: int, sentence: tuple[int, int], text: str,
             kind: URIRef) -> URIRef:
    node = URIRef(span_iri(article_id, start, end))
    g.add((node, RDF.type, kind))
    g.add((node, NIF.referenceContext, doc))
    g.add((node, NIF.beginIndex, Literal(start, datatype=INT)))
    g.add((node, NIF.endIndex, Literal(end, datatype=INT)))
    g.add((node, NIF.anchorOf, Literal(text[start:end])))
    if sentence == (start, end):  # the span is a whole sentence
        g.add((node, RDF.type, NIF.Sentence))
    else:
        sent = URIRef(span_iri(article_id, *sentence))
        g.add((sent, RDF.type, NIF.Sentence))
        g.add((sent, NIF.referenceContext, doc))
        g.add((sent, NIF.beginIndex, Literal(sentence[0], datatype=INT)))
        g.add((sent, NIF.endIndex, Literal(sentence[1], datatype=INT)))
        g.add((sent, NIF.anchorOf, Literal(text[sentence[0]:sentence[1]])))
        g.add((node, NIF.sentence, sent))
    return node


def add_provenance(g, node: URIRef, rule: str, confidence: float, activity: URIRef, doc: URIRef | None) -> None:
    g.add((node, KG.rule, Literal(rule)))
    g.add((node, KG.confidence, Literal(round(confidence_of(rule, float(confidence)), 3), datatype=XSD.double)))
    g.add((node, PROV.wasGeneratedBy, activity))
    if doc is not None:
        g.add((node, PROV.wasDerivedFrom, doc))


def add_fact(g, article_id: str, doc: URIRef, activity: URIRef, subject: URIRef, prop: str, obj: URIRef,
             evidence: Evidence, text: str) -> None:
    """The direct triple (with its base property too) and a kg:Statement with its evidence."""
    g.add((subject, KG[prop], obj))
    g.add((subject, KG[base_of(prop)], obj))
    statement = URIRef(hashed_iri("statement", article_id, subject, prop, obj, evidence.start, evidence.end))
    g.add((statement, RDF.type, KG.Statement))
    g.add((statement, RDF.subject, subject))
    g.add((statement, RDF.predicate, KG[prop]))
    g.add((statement, RDF.object, obj))
    g.add((statement, KG.status, KG.Asserted))
    span = add_span(g, article_id, doc, evidence.start, evidence.end, evidence.sentence, text, KG.EvidenceSpan)
    g.add((statement, KG.evidence, span))
    add_provenance(g, statement, evidence.rule, evidence.confidence, activity, doc)
    return statement


def event_iri(article_id: str, event_id: str) -> URIRef:
    return URIRef(hashed_iri("event", article_id, event_id))


def add_when(g, node: URIRef, when: When | None) -> None:
    if when is None or not when.value:
        return
    g.add((node, KG.timex, Literal(when.value)))
    g.add((node, KG.granularity, Literal(when.granularity)))
    if when.begin:
        g.add((node, KG.begin, date_literal(when.begin)))
    if when.end:
        g.add((node, KG.end, date_literal(when.end)))


def add_event(g, article_id: str, doc: URIRef, activity: URIRef, event: Event, links: dict[str, str],
              resolution: Resolution, text: str) -> URIRef:
    """An n-ary event node with its roles, time, place, penalty, status, source and evidence."""
    node = event_iri(article_id, event.id)
    g.add((node, RDF.type, KG[event.kind]))
    labels = []
    for role, key in event.roles:
        g.add((node, KG[role], URIRef(links[key])))
        if role != "target" or not event.role("defendant"):
            labels.append(resolution.entities[links[key]].label)
    when = f" ({event.when.value})" if event.when and event.when.value else ""
    g.add((node, RDFS.label, Literal(f"{spaced(event.kind)}: {', '.join(dict.fromkeys(labels))}{when}")))
    g.add((node, KG.status, KG[event.status]))
    if event.source and event.source in links:
        g.add((node, KG.source, URIRef(links[event.source])))
    add_when(g, node, event.when)
    if event.place:
        g.add((node, KG.placeName, Literal(event.place)))
    if event.penalty:
        penalty = URIRef(hashed_iri("penalty", article_id, event.id))
        g.add((node, KG.penalty, penalty))
        g.add((penalty, RDF.type, KG.Penalty))
        g.add((penalty, KG.penaltyKind, Literal(event.penalty.kind)))
        if event.penalty.amount is not None:
            g.add((penalty, KG.amount, decimal(event.penalty.amount)))
        if event.penalty.unit:
            g.add((penalty, KG.unit, Literal(event.penalty.unit)))
    ev = event.evidence
    trigger = add_span(g, article_id, doc, *event.trigger, ev.sentence, text, KG.EvidenceSpan)
    g.add((node, KG.trigger, trigger))
    span = add_span(g, article_id, doc, ev.start, ev.end, ev.sentence, text, KG.EvidenceSpan)
    g.add((node, KG.evidence, span))
    add_provenance(g, node, ev.rule, ev.confidence, activity, doc)
    return node


def add_statistic(g, article_id: str, doc: URIRef, activity: URIRef, number: int, st: Statistic,
                  links: dict[str, str], text: str) -> URIRef:
    """A kg:Statistic node: value, total, unit, what it counts, period, trend, what it is about, source."""
    ev = st.evidence
    node = URIRef(hashed_iri("statistic", article_id, ev.start, ev.end, number))
    g.add((node, RDF.type, KG.Statistic))
    g.add((node, KG.value, decimal(st.value)))
    if st.total is not None:
        g.add((node, KG.total, decimal(st.total)))
    if st.unit:
        g.add((node, KG.unit, Literal(st.unit)))
    g.add((node, KG.counts, Literal(st.counts)))
    g.add((node, RDFS.label, Literal(f"{st.value:g}" + (f" of {st.total:g}" if st.total is not None else "")
                                     + f" {st.counts}" + (f" ({st.when.value})" if st.when and st.when.value else ""))))
    if st.trend:
        g.add((node, KG.trend, Literal(st.trend)))
    add_when(g, node, st.when)
    for key in st.about:
        if key in links:
            g.add((node, KG.about, URIRef(links[key])))
    if st.source and st.source in links:
        g.add((node, KG.source, URIRef(links[st.source])))
    g.add((node, KG.status, KG[st.status]))
    span = add_span(g, article_id, doc, ev.start, ev.end, ev.sentence, text, KG.EvidenceSpan)
    g.add((node, KG.evidence, span))
    add_provenance(g, node, ev.rule, ev.confidence, activity, doc)
    return node


def decimal(value: float) -> Literal:
    """An xsd:decimal that parses back equal: "2.0", not "2" (Turtle writes 2.0 back) nor "1E+20"."""
    text = format(Decimal(repr(float(value))), "f")
    return Literal(text if "." in text else text + ".0", datatype=XSD.decimal)


def spaced(name: str) -> str:
    """'CriminalCaseOpening' -> 'Criminal case opening'."""
    words = re.findall(r"[A-Z][a-z]*", name)
    return " ".join([words[0], *(w.lower() for w in words[1:])]) if words else name


def filter_confidence(ds: Dataset, threshold: float) -> Dataset:
    """`ds` without the facts, events and statistics whose kg:confidence is below `threshold`.

    A dropped statement takes its direct triples with it unless another kept statement of the same
    graph asserts them; a dropped event takes its penalty and the statements derived from it.
    Entities, mentions and evidence spans stay. The dataset is changed in place and returned.
    """
    if threshold <= 0:
        return ds
    for g in list(ds.graphs()):
        low = {n for n, c in g.subject_objects(KG.confidence) if float(c) < threshold
               and (g.value(n, RDF.type) == KG.Statement or g.value(n, RDF.type) == KG.Statistic
                    or g.value(n, KG.trigger) is not None)}
        low |= {st for st, ev in g.subject_objects(KG.fromEvent) if ev in low}
        if not low:
            continue
        kept = {(g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object))
                for st in g.subjects(RDF.type, KG.Statement) if st not in low}
        kept |= {(s, KG[base_of(str(p).rsplit("#", 1)[-1])], o) for s, p, o in kept}
        for node in low:
            if g.value(node, RDF.type) == KG.Statement:
                s, p, o = g.value(node, RDF.subject), g.value(node, RDF.predicate), g.value(node, RDF.object)
                for triple in ((s, p, o), (s, KG[base_of(str(p).rsplit("#", 1)[-1])], o)):
                    if triple not in kept:
                        g.remove(triple)
            for penalty in list(g.objects(node, KG.penalty)):
                g.remove((penalty, None, None))
            g.remove((node, None, None))
            g.remove((None, None, node))
    return ds
