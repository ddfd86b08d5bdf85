"""A finished build read back into plain records: articles, entities, facts and events.

One reader of the RDF layout (kg/graph.py, events included) for everything that shows a build
to people: the network views (kg/views.py), the Gephi tables, the HTML report and the notebooks.
Records are frozen dataclasses; `rows()` turns a list of them into dicts (e.g. for pandas).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path

from rdflib import RDF, RDFS, Dataset
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.graph import ENTITIES_GRAPH
from kg.iri import ONTOLOGY
from kg.model import ENTITY_TYPES
from kg.vocab import ITSRDF, KG, NIF, SCHEMA, base_of

# the event classes of ontology/kg.ttl, each with the family it belongs to (tests check the ontology agrees)
EVENT_FAMILY = {
    **dict.fromkeys(["Adoption", "Signing", "Amendment", "EntryIntoForce"], "LegislativeEvent"),
    **dict.fromkeys(["CriminalCaseOpening", "Charge", "Detention", "Search", "Conviction", "Sentence", "Fine",
                     "Acquittal", "CaseClosure", "Appeal", "Release"], "LegalProceeding"),
    **dict.fromkeys(["Blocking", "Ban", "Warning", "Liquidation", "Designation", "ExtremistDesignation",
                     "TerroristDesignation", "ForeignAgentDesignation", "UndesirableDesignation"], "Restriction"),
    **dict.fromkeys(["Declaration", "Denial", "Allegation"], "SpeechAct"),
    "Decision": "Decision", "Petition": "Petition", "Amnesty": "Amnesty",
    **{family: family for family in ("LegislativeEvent", "LegalProceeding", "Restriction", "SpeechAct", "Event")},
}
# the roles an event gives its participants (kg:defendant is a kg:target, so writers assert both)
ROLES = ("agent", "defendant", "court", "addressee", "target", "legalBasis", "legalAct", "ruling", "source")
SUBROLE = {"defendant": "target"}
DAY = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    iri: str
    id: str
    title: str | None
    url: str | None
    published: str | None
    source: str | None


@dataclass(frozen=True, slots=True)
class EntityRecord:
    iri: str
    type: str
    label: str
    alt_labels: tuple[str, ...]
    date: str | None          # kg:date of a law or ruling, as written
    mentions: int
    articles: tuple[str, ...]  # ids of the articles that mention it


@dataclass(frozen=True, slots=True)
class FactRecord:
    iri: str
    subject: str
    predicate: str            # the finer property, e.g. "spokespersonOf"
    relation: str             # its base property, e.g. "roleIn"
    object: str
    status: str
    evidence: str             # the supporting span's text
    sentence: str             # the sentence it lies in
    start: int                # offsets of the evidence in the article text
    end: int
    article: str              # article id
    rule: str
    confidence: float
    event: str | None         # the event it was derived from


@dataclass(frozen=True, slots=True)
class EventRecord:
    iri: str
    type: str                 # the event class, e.g. "Conviction"
    family: str               # its family, e.g. "LegalProceeding"
    label: str
    status: str
    date: str | None          # kg:begin as written (xsd:date, gYearMonth or gYear)
    timex: str | None
    roles: tuple[tuple[str, str], ...]  # (role, entity IRI), defendant/target duplicates dropped
    penalty: str | None
    place: str | None
    evidence: str
    sentence: str
    article: str
    rule: str
    confidence: float


@dataclass(frozen=True)
class Records:
    articles: dict[str, ArticleRecord]   # by article id
    entities: dict[str, EntityRecord]    # by IRI
    facts: list[FactRecord]
    events: list[EventRecord]

    def label(self, iri: str) -> str:
        entity = self.entities.get(iri)
        return entity.label if entity else iri.rsplit("/", 1)[-1]

    def published(self, article_id: str) -> str | None:
        article = self.articles.get(article_id)
        return article.published if article else None


def rows(records) -> list[dict]:
    """Records as plain dicts (one per record), e.g. `pandas.DataFrame(rows(recs.facts))`."""
    return [asdict(r) for r in records]


def day(value: str | None) -> str | None:
    """The first day of a date, month or year as YYYY-MM-DD ('2018-09' -> '2018-09-01'); None if not a date."""
    match = DAY.match(value or "")
    if not match:
        return None
    year, month, day_ = match.groups()
    return f"{year}-{month or '01'}-{day_ or '01'}"


def local(term) -> str:
    text = str(term)
    return text[len(ONTOLOGY):] if text.startswith(ONTOLOGY) else text.rsplit("/", 1)[-1]


def load(path: Path) -> Records:
    """The records of a build's graph.trig (or of a build directory)."""
    from kg.export.rdf import read_trig

    path = Path(path)
    return read(read_trig(path / "graph.trig" if path.is_dir() else path))


def read(ds: Dataset) -> Records:
    articles = read_articles(ds)
    events = read_events(ds, articles)
    published = {a.id: day(a.published) or "" for a in articles.values()}
    events.sort(key=lambda e: (day(e.date) or published.get(e.article) or "9999", e.article, e.iri))
    return Records(articles, read_entities(ds, articles), read_facts(ds, articles), events)


def read_articles(ds: Dataset) -> dict[str, ArticleRecord]:
    found = {}
    for node, _, _, ctx in ds.quads((None, RDF.type, KG.Article, None)):
        g = ds.graph(ctx)
        article_id = str(g.value(node, DCTERMS.identifier) or str(node).rsplit("/", 1)[-1])
        text = {p: g.value(node, p) for p in (DCTERMS.title, SCHEMA.url, DCTERMS.issued, DCTERMS.source)}
        found[article_id] = ArticleRecord(str(node), article_id, *(str(v) if v is not None else None
                                                                    for v in text.values()))
    return found


def article_of(g, node, ids: dict[str, str]) -> str:
    """The id of the article a fact or event came from (prov:wasDerivedFrom, else its graph's article)."""
    doc = g.value(node, PROV.wasDerivedFrom) or next(g.subjects(RDF.type, KG.Article), None)
    return ids.get(str(doc), str(doc).rsplit("/", 1)[-1])


def read_entities(ds: Dataset, articles: dict[str, ArticleRecord]) -> dict[str, EntityRecord]:
    ents = ds.graph(ENTITIES_GRAPH)
    mentions: Counter = Counter()
    seen_in: dict[str, set] = defaultdict(set)
    by_iri = {a.iri: a.id for a in articles.values()}
    for span, _, entity, ctx in ds.quads((None, ITSRDF.taIdentRef, None, None)):
        mentions[str(entity)] += 1
        doc = ds.graph(ctx).value(span, NIF.referenceContext)
        seen_in[str(entity)].add(by_iri.get(str(doc), str(ctx).rsplit("/", 1)[-1]))
    found = {}
    for node, kind in ents.subject_objects(RDF.type):
        name = local(kind)
        if name not in ENTITY_TYPES:
            continue
        iri = str(node)
        found[iri] = EntityRecord(iri, name, str(ents.value(node, RDFS.label) or iri),
                                  tuple(sorted(str(a) for a in ents.objects(node, SKOS.altLabel))),
                                  optional(ents.value(node, KG.date)), mentions[iri], tuple(sorted(seen_in[iri])))
    return dict(sorted(found.items()))


def span_text(g, span) -> tuple[str, str, int, int]:
    """(text, sentence text, begin, end) of an evidence span; empty strings when it is missing."""
    if span is None:
        return "", "", 0, 0
    sentence = g.value(span, NIF.sentence)
    sentence_text = g.value(sentence, NIF.anchorOf) if sentence is not None else g.value(span, NIF.anchorOf)
    begin, end = g.value(span, NIF.beginIndex), g.value(span, NIF.endIndex)
    return (str(g.value(span, NIF.anchorOf) or ""), str(sentence_text or ""),
            int(begin.toPython()) if begin is not None else 0, int(end.toPython()) if end is not None else 0)


def first_evidence(g, node):
    """The earliest of a node's evidence spans (a fact may have more than one)."""
    spans = list(g.objects(node, KG.evidence))
    return min(spans, key=lambda s: (int((g.value(s, NIF.beginIndex) or 0)), str(s))) if spans else None


def provenance(g, node) -> tuple[str, float]:
    confidence = g.value(node, KG.confidence)
    return str(g.value(node, KG.rule) or ""), float(confidence.toPython()) if confidence is not None else 0.0


def read_facts(ds: Dataset, articles: dict[str, ArticleRecord]) -> list[FactRecord]:
    ids = {a.iri: a.id for a in articles.values()}
    facts = []
    for node, _, _, ctx in ds.quads((None, RDF.type, KG.Statement, None)):
        g = ds.graph(ctx)
        s, p, o = (g.value(node, x) for x in (RDF.subject, RDF.predicate, RDF.object))
        if s is None or p is None or o is None:
            continue
        facts.append(FactRecord(str(node), str(s), local(p), base_of(local(p)), str(o),
                                local(g.value(node, KG.status) or KG.Asserted), *span_text(g, first_evidence(g, node)),
                                article_of(g, node, ids), *provenance(g, node),
                                optional(g.value(node, KG.fromEvent))))
    return sorted(facts, key=lambda f: (f.article, f.start, f.iri))


def event_roles(g, node) -> tuple[tuple[str, str], ...]:
    roles = [(role, str(o)) for role in ROLES for o in g.objects(node, KG[role])]
    specific = {(SUBROLE[r], o) for r, o in roles if r in SUBROLE}
    return tuple(sorted(set(roles) - specific, key=lambda r: (ROLES.index(r[0]), r[1])))


def penalty_text(g, node) -> str | None:
    penalty = g.value(node, KG.penalty)
    if penalty is None:
        return None
    parts = [g.value(penalty, KG.penaltyKind), g.value(penalty, KG.amount), g.value(penalty, KG.unit)]
    return " ".join(str(p) for p in parts if p is not None) or None


def optional(term) -> str | None:
    return str(term) if term is not None else None


def event_class(g, node) -> str | None:
    names = sorted(local(t) for t in g.objects(node, RDF.type) if local(t) in EVENT_FAMILY)
    return max(names, key=lambda n: (EVENT_FAMILY[n] != n, n)) if names else None  # the most specific


def read_events(ds: Dataset, articles: dict[str, ArticleRecord]) -> list[EventRecord]:
    ids = {a.iri: a.id for a in articles.values()}
    events = {}
    for node, _, kind, ctx in ds.quads((None, RDF.type, None, None)):
        if local(kind) not in EVENT_FAMILY or str(node) in events:
            continue
        g = ds.graph(ctx)
        name = event_class(g, node)
        date, timex, place = (g.value(node, KG[p]) for p in ("begin", "timex", "placeName"))
        text, sentence, _, _ = span_text(g, first_evidence(g, node))
        events[str(node)] = EventRecord(
            str(node), name, EVENT_FAMILY[name], str(g.value(node, RDFS.label) or name),
            local(g.value(node, KG.status) or KG.Asserted), optional(date), optional(timex),
            event_roles(g, node), penalty_text(g, node), optional(place),
            text, sentence, article_of(g, node, ids), *provenance(g, node))
    return list(events.values())
