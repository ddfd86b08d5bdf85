"""Writes tests/data/events_build.trig: a small build, by hand, with events, penalties and statistics.

Two short articles written for the tests, with every node the query library reads: entities,
mentions, facts (kg:Statement, some derived from events), events of several classes and
statuses, penalties and statistics, each with exact evidence spans. Run it again after a change
of the layout:  python tests/data/events_build.py
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Dataset, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

KG = Namespace("https://w3id.org/kg-legal/ontology#")
KGR = Namespace("https://w3id.org/kg-legal/id/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
SCHEMA = Namespace("https://schema.org/")
INT = XSD.nonNegativeInteger
SOFTWARE = KGR["software/kg/0.1.0"]

A_TEXT = ("A district court in Barnaul convicted Maria Motuznaya under Part 1 of Article 282 of the Criminal Code "
          "on 20 September 2018. The court sentenced Motuznaya to two years in a penal colony. Prosecutors had "
          "asked for three years. Motuznaya denied the charges. Investigators opened a criminal case against "
          "Daniil Markin under Article 282 in July 2018. The Agora human rights group petitioned the Supreme Court "
          "to review the case. In the first half of 2018, 571 criminal cases were opened on charges of extremism "
          "on the internet, according to SOVA Center.")
B_TEXT = ("In 2017 SOVA Center counted 460 convictions for extremist statements. A court in Moscow fined Ivan "
          "Petrov under Article 20.3.1 of the Code of Administrative Offenses in May 2017. Agora alleged that "
          "the police detained Petrov without a warrant.")

ENTITIES = {  # key -> (type, IRI path, label, extra triples)
    "barnaul": ("Court", "court/barnaul-district-court", "District Court of Barnaul", {}),
    "moscow": ("Court", "court/moscow-city-court", "Moscow City Court", {}),
    "supreme": ("Court", "court/ru-supreme-court", "Supreme Court of Russia", {}),
    "motuznaya": ("Person", "person/maria-motuznaya", "Maria Motuznaya", {}),
    "markin": ("Person", "person/daniil-markin", "Daniil Markin", {}),
    "petrov": ("Person", "person/ivan-petrov", "Ivan Petrov", {}),
    "agora": ("Organization", "organization/agora", "Agora", {}),
    "sova": ("Organization", "organization/sova-center", "SOVA Center", {}),
    "prosecutors": ("GovernmentBody", "government/ru-prosecutor-general-office", "Prosecutor General's Office", {}),
    "investigators": ("GovernmentBody", "government/ru-investigative-committee", "Investigative Committee", {}),
    "police": ("GovernmentBody", "government/ru-police", "Police of Russia", {}),
    "cc": ("Law", "law/ru-criminal-code", "Criminal Code of Russia", {}),
    "coao": ("Law", "law/ru-coao", "Code of Administrative Offenses of Russia", {}),
    "cc282": ("LegalProvision", "provision/ru-cc/282", "Article 282 of the Criminal Code",
              {KG.articleNumber: "282", KG.code: "cc", KG.partOf: "cc", KG.subdivisionOf: "cc"}),
    "cc282p1": ("LegalProvision", "provision/ru-cc/282/part-1", "Part 1 of Article 282 of the Criminal Code",
                {KG.articleNumber: "282", KG.partNumber: "1", KG.code: "cc", KG.partOf: "cc282",
                 KG.subdivisionOf: "cc282"}),
    "coao2031": ("LegalProvision", "provision/ru-coao/20.3.1", "Article 20.3.1 of the Code of Administrative Offenses",
                 {KG.articleNumber: "20.3.1", KG.code: "coao", KG.partOf: "coao", KG.subdivisionOf: "coao"}),
}


def iri(key: str) -> URIRef:
    return KGR[ENTITIES[key][1]]


def hexid(*parts) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


class ArticleGraph:
    """Adds the nodes of one article to its named graph, finding spans by their text."""

    def __init__(self, ds: Dataset, article_id: str, text: str, published: str, title: str):
        self.id, self.text = article_id, text
        self.g = ds.graph(KGR[f"graph/{article_id}"])
        self.doc = KGR[f"article/{article_id}"]
        self.activity = KGR[f"extraction/{article_id}"]
        g, doc = self.g, self.doc
        for kind in (KG.Article, NIF.Context):
            g.add((doc, RDF.type, kind))
        g.add((doc, NIF.isString, Literal(text)))
        g.add((doc, NIF.beginIndex, Literal(0, datatype=INT)))
        g.add((doc, NIF.endIndex, Literal(len(text), datatype=INT)))
        g.add((doc, KG.contentHash, Literal("sha256:" + hashlib.sha256(text.encode()).hexdigest())))
        g.add((doc, DCTERMS.language, Literal("en")))
        g.add((doc, DCTERMS.identifier, Literal(article_id)))
        g.add((doc, DCTERMS.title, Literal(title)))
        g.add((doc, DCTERMS.issued, Literal(published, datatype=XSD.date)))
        g.add((doc, SCHEMA.url, Literal(f"https://example.org/news/{article_id}", datatype=XSD.anyURI)))
        g.add((self.activity, RDF.type, KG.Extraction))
        g.add((self.activity, PROV.used, doc))
        g.add((self.activity, PROV.wasAssociatedWith, SOFTWARE))
        g.add((SOFTWARE, RDF.type, PROV.SoftwareAgent))
        g.add((SOFTWARE, KG.version, Literal("0.1.0")))

    def sentence(self, start: int) -> tuple[int, int]:
        begin = self.text.rfind(". ", 0, start)
        begin = 0 if begin < 0 else begin + 2
        end = self.text.find(". ", start)
        return begin, (len(self.text) if end < 0 else end + 1)

    def span(self, phrase: str, kind: URIRef, after: int = 0) -> URIRef:
        start = self.text.index(phrase, after)
        end = start + len(phrase)
        node = KGR[f"article/{self.id}#char={start},{end}"]
        g = self.g
        g.add((node, RDF.type, kind))
        g.add((node, NIF.referenceContext, self.doc))
        g.add((node, NIF.beginIndex, Literal(start, datatype=INT)))
        g.add((node, NIF.endIndex, Literal(end, datatype=INT)))
        g.add((node, NIF.anchorOf, Literal(phrase)))
        sentence = self.sentence(start)
        if sentence == (start, end):
            g.add((node, RDF.type, NIF.Sentence))
        else:
            sent = KGR[f"article/{self.id}#char={sentence[0]},{sentence[1]}"]
            g.add((sent, RDF.type, NIF.Sentence))
            g.add((sent, NIF.referenceContext, self.doc))
            g.add((sent, NIF.beginIndex, Literal(sentence[0], datatype=INT)))
            g.add((sent, NIF.endIndex, Literal(sentence[1], datatype=INT)))
            g.add((sent, NIF.anchorOf, Literal(self.text[sentence[0]:sentence[1]])))
            g.add((node, NIF.sentence, sent))
        return node

    def provenance(self, node: URIRef, rule: str, confidence: float, derived: bool = True) -> None:
        self.g.add((node, KG.rule, Literal(rule)))
        self.g.add((node, KG.confidence, Literal(confidence, datatype=XSD.double)))
        self.g.add((node, PROV.wasGeneratedBy, self.activity))
        if derived:
            self.g.add((node, PROV.wasDerivedFrom, self.doc))

    def mention(self, phrase: str, key: str, after: int = 0) -> None:
        node = self.span(phrase, KG.Mention, after)
        self.g.add((node, ITSRDF.taIdentRef, iri(key)))
        self.provenance(node, "entity.lexicon.v1", 0.9, derived=False)

    def record(self, kind: str, node: URIRef, status: str, evidence: str, rule: str, source: str | None) -> URIRef:
        self.g.add((node, KG.status, KG[status]))
        self.g.add((node, KG.evidence, self.span(evidence, KG.EvidenceSpan)))
        if source:
            self.g.add((node, KG.source, iri(source)))
        self.provenance(node, rule, 0.8)
        return node

    def fact(self, subject: str, prop: str, base: str, obj: str, evidence: str, status: str = "Asserted",
             event: URIRef | None = None, source: str | None = None) -> None:
        node = KGR[f"statement/{hexid(self.id, subject, prop, obj, evidence)}"]
        self.g.add((node, RDF.type, KG.Statement))
        self.g.add((node, RDF.subject, iri(subject)))
        self.g.add((node, RDF.predicate, KG[prop]))
        self.g.add((node, RDF.object, iri(obj)))
        if status == "Asserted":
            for p in {prop, base}:
                self.g.add((iri(subject), KG[p], iri(obj)))
        if event is not None:
            self.g.add((node, KG.fromEvent, event))
        self.record("statement", node, status, evidence, f"relation.{base}.v1", source)

    def event(self, kind: str, trigger: str, evidence: str, status: str = "Asserted", roles=(), when=None,
              place=None, penalty=None, source=None) -> URIRef:
        node = KGR[f"event/{hexid(self.id, kind, trigger, evidence)}"]
        g = self.g
        g.add((node, RDF.type, KG[kind]))
        labels = []
        for role, key in roles:
            g.add((node, KG[role], iri(key)))
            if role == "defendant":
                g.add((node, KG.target, iri(key)))
            labels.append(ENTITIES[key][2])
        g.add((node, RDFS.label, Literal(f"{kind}: {', '.join(dict.fromkeys(labels))}")))
        g.add((node, KG.trigger, self.span(trigger, KG.EvidenceSpan)))
        if when:
            timex, granularity, begin, end = when
            g.add((node, KG.timex, Literal(timex)))
            g.add((node, KG.granularity, Literal(granularity)))
            g.add((node, KG.begin, date(begin)))
            g.add((node, KG.end, date(end)))
        if place:
            g.add((node, KG.placeName, Literal(place)))
        if penalty:
            kind_, amount, unit = penalty
            pen = KGR[f"penalty/{hexid(self.id, trigger, kind_)}"]
            g.add((node, KG.penalty, pen))
            g.add((pen, RDF.type, KG.Penalty))
            g.add((pen, KG.penaltyKind, Literal(kind_)))
            g.add((pen, KG.amount, Literal(Decimal(amount), datatype=XSD.decimal)))
            g.add((pen, KG.unit, Literal(unit)))
        return self.record("event", node, status, evidence, f"event.{kind.lower()}.v1", source)

    def statistic(self, value: int, counts: str, unit: str, when, evidence: str, source: str, trend=None,
                  about=None) -> URIRef:
        node = KGR[f"statistic/{hexid(self.id, value, counts)}"]
        g = self.g
        g.add((node, RDF.type, KG.Statistic))
        g.add((node, KG.value, Literal(Decimal(value), datatype=XSD.decimal)))
        g.add((node, KG.unit, Literal(unit)))
        g.add((node, KG.counts, Literal(counts)))
        timex, granularity, begin, end = when
        g.add((node, KG.timex, Literal(timex)))
        g.add((node, KG.granularity, Literal(granularity)))
        g.add((node, KG.begin, date(begin)))
        g.add((node, KG.end, date(end)))
        if trend:
            g.add((node, KG.trend, Literal(trend)))
        if about:
            g.add((node, KG.about, iri(about)))
        return self.record("statistic", node, "Asserted", evidence, "statistic.count.v1", source)


def date(value: str) -> Literal:
    return Literal(value, datatype={10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}[len(value)])


def entities(ds: Dataset) -> None:
    g = ds.graph(KGR["graph/entities"])
    for key, (kind, _, label, extra) in ENTITIES.items():
        g.add((iri(key), RDF.type, KG[kind]))
        g.add((iri(key), RDFS.label, Literal(label)))
        g.add((iri(key), SKOS.altLabel, Literal(label)))
        for prop, value in extra.items():
            g.add((iri(key), prop, iri(value) if value in ENTITIES else Literal(value)))


def article_a(ds: Dataset) -> None:
    a = ArticleGraph(ds, "evt-a", A_TEXT, "2018-10-05", "Barnaul court convicts a blogger")
    for phrase, key in [("district court in Barnaul", "barnaul"), ("Maria Motuznaya", "motuznaya"),
                        ("Part 1 of Article 282 of the Criminal Code", "cc282p1"), ("Criminal Code", "cc"),
                        ("Prosecutors", "prosecutors"), ("Investigators", "investigators"),
                        ("Daniil Markin", "markin"), ("Agora", "agora"), ("Supreme Court", "supreme"),
                        ("SOVA Center", "sova")]:
        a.mention(phrase, key)
    a.mention("Motuznaya", "motuznaya", after=A_TEXT.index("sentenced"))
    a.mention("Article 282", "cc282", after=A_TEXT.index("Markin"))
    conviction = a.event("Conviction", "convicted", "A district court in Barnaul convicted Maria Motuznaya",
                         roles=[("court", "barnaul"), ("defendant", "motuznaya"), ("legalBasis", "cc282p1")],
                         when=("2018-09-20", "day", "2018-09-20", "2018-09-20"), place="Barnaul")
    a.event("Sentence", "sentenced", "The court sentenced Motuznaya to two years in a penal colony",
            roles=[("court", "barnaul"), ("defendant", "motuznaya"), ("legalBasis", "cc282p1")],
            when=("2018-09-20", "day", "2018-09-20", "2018-09-20"), penalty=("imprisonment", "2", "year"))
    a.event("Sentence", "asked for", "Prosecutors had asked for three years", status="Requested",
            roles=[("agent", "prosecutors"), ("defendant", "motuznaya")], penalty=("imprisonment", "3", "year"),
            source="prosecutors")
    a.event("Denial", "denied", "Motuznaya denied the charges",
            roles=[("agent", "motuznaya"), ("legalBasis", "cc282p1")])
    a.event("CriminalCaseOpening", "opened a criminal case",
            "Investigators opened a criminal case against Daniil Markin under Article 282",
            roles=[("agent", "investigators"), ("defendant", "markin"), ("legalBasis", "cc282")],
            when=("2018-07", "month", "2018-07", "2018-07"))
    petition = a.event("Petition", "petitioned", "The Agora human rights group petitioned the Supreme Court",
                       roles=[("agent", "agora"), ("addressee", "supreme")])
    a.fact("barnaul", "convicted", "sanctioned", "motuznaya", "A district court in Barnaul convicted Maria Motuznaya",
           event=conviction)
    a.fact("motuznaya", "convictedUnder", "chargedUnder", "cc282p1",
           "convicted Maria Motuznaya under Part 1 of Article 282 of the Criminal Code", event=conviction)
    a.fact("motuznaya", "chargedUnder", "chargedUnder", "cc282p1", "Motuznaya denied the charges", status="Denied",
           source="motuznaya")
    a.fact("agora", "petitioned", "petitioned", "supreme", "The Agora human rights group petitioned the Supreme Court",
           event=petition)
    a.fact("cc282p1", "subdivisionOf", "partOf", "cc282", "Part 1 of Article 282 of the Criminal Code")
    a.statistic(571, "criminal cases opened on charges of extremism on the internet", "case",
                ("2018-H1", "half", "2018-01-01", "2018-06-30"), "571 criminal cases were opened", "sova",
                trend="increase")


def article_b(ds: Dataset) -> None:
    b = ArticleGraph(ds, "evt-b", B_TEXT, "2017-06-01", "Fines and convictions in 2017")
    for phrase, key in [("SOVA Center", "sova"), ("court in Moscow", "moscow"), ("Ivan Petrov", "petrov"),
                        ("Article 20.3.1 of the Code of Administrative Offenses", "coao2031"),
                        ("Code of Administrative Offenses", "coao"), ("Agora", "agora"), ("police", "police")]:
        b.mention(phrase, key)
    b.event("Fine", "fined", "A court in Moscow fined Ivan Petrov under Article 20.3.1",
            roles=[("court", "moscow"), ("defendant", "petrov"), ("legalBasis", "coao2031")],
            when=("2017-05", "month", "2017-05", "2017-05"), place="Moscow")
    b.event("Allegation", "alleged", "Agora alleged that the police detained Petrov without a warrant",
            roles=[("agent", "agora"), ("target", "police")])
    b.event("Detention", "detained", "the police detained Petrov without a warrant", status="Alleged",
            roles=[("agent", "police"), ("defendant", "petrov")], source="agora")
    b.statistic(460, "convictions for extremist statements", "person", ("2017", "year", "2017-01-01", "2017-12-31"),
                "SOVA Center counted 460 convictions for extremist statements", "sova")


def main() -> None:
    ds = Dataset()
    for prefix, ns in {"kg": KG, "kgr": KGR, "nif": NIF, "itsrdf": ITSRDF, "schema": SCHEMA, "prov": PROV,
                       "dcterms": DCTERMS, "skos": SKOS}.items():
        ds.bind(prefix, ns)
    entities(ds)
    article_a(ds)
    article_b(ds)
    out = Path(__file__).with_name("events_build.trig")
    out.write_text("# Written by tests/data/events_build.py; see its docstring.\n" + ds.serialize(format="trig"),
                   encoding="utf-8")


if __name__ == "__main__":
    main()
