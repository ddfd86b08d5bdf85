"""Tests for the kg ontology (ontology/kg.ttl), its SHACL shapes
(ontology/shapes.ttl) and the hand-written sample build
(tests/data/sample_build.trig)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef

# plain Namespaces (rdflib's closed DefinedNamespaces warn when pytest
# inspects module attributes during collection)
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

pyshacl = pytest.importorskip("pyshacl")

# rdflib 7's TriG parser goes through ConjunctiveGraph, which warns
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

HERE = Path(__file__).parent
ROOT = HERE.parent
KG_TTL = ROOT / "ontology" / "kg.ttl"
SHAPES_TTL = ROOT / "ontology" / "shapes.ttl"
SAMPLE = HERE / "data" / "sample_build.trig"

KG = Namespace("https://w3id.org/kg-legal/ontology#")
KGR = Namespace("https://w3id.org/kg-legal/id/")
SH = Namespace("http://www.w3.org/ns/shacl#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
PROV = Namespace("http://www.w3.org/ns/prov#")
DCTERMS = Namespace("http://purl.org/dc/terms/")

ENTITY_CLASSES = ["Person", "Organization", "GovernmentBody", "Court", "Law", "LegalProvision", "Ruling"]
BASE_PROPERTIES = ["roleIn", "owns", "partOf", "issued", "concerns", "chargedUnder", "sanctioned", "petitioned"]
# Properties that are not relations between entities: event roles and the
# other structural object properties. Their super-properties (if any) are
# external (sem:, prov:) or another event role.
EVENT_ROLES_AND_OTHERS = [
    "agent", "target", "defendant", "court", "addressee", "legalBasis", "legalAct", "ruling",
    "penalty", "source", "status", "trigger", "evidence", "fromEvent", "code", "about", "outlet",
]
EVENT_CLASSES = [
    "Event", "LegislativeEvent", "Adoption", "Signing", "Amendment", "EntryIntoForce", "Decision",
    "LegalProceeding", "CriminalCaseOpening", "Charge", "Detention", "Search", "Conviction",
    "Sentence", "Fine", "Acquittal", "CaseClosure", "Appeal", "Release", "Restriction", "Blocking", "Ban",
    "Warning", "Liquidation", "Designation", "ExtremistDesignation", "TerroristDesignation",
    "ForeignAgentDesignation", "UndesirableDesignation", "Petition", "Amnesty", "SpeechAct",
    "Declaration", "Denial", "Allegation",
]
STATUSES = ["Asserted", "Requested", "Predicted", "Alleged", "Denied", "Negated", "Planned"]


def is_kg(term) -> bool:
    return isinstance(term, URIRef) and str(term).startswith(str(KG))


@pytest.fixture(scope="module")
def ont() -> Graph:
    return Graph().parse(KG_TTL, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_TTL, format="turtle")


def union_of(path: Path) -> Graph:
    """All named graphs of a TriG build merged into one graph."""
    ds = Dataset()
    ds.parse(path, format="trig")
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


@pytest.fixture()
def sample() -> Graph:
    return union_of(SAMPLE)


def validate(data: Graph, shapes: Graph, ont: Graph, inference: str = "none"):
    conforms, report, text = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=ont, inference=inference, advanced=False
    )
    return conforms, report, text


def violations(report: Graph) -> set[tuple[URIRef, URIRef | None]]:
    """(focus node, result path) pairs of the top-level results of a
    validation report (nested sh:detail results are not counted)."""
    out = set()
    for rep in report.subjects(RDF.type, SH.ValidationReport):
        for r in report.objects(rep, SH.result):
            out.add((report.value(r, SH.focusNode), report.value(r, SH.resultPath)))
    return out


def focus_nodes(report: Graph) -> set:
    return {f for f, _ in violations(report)}


def focus_values(report: Graph) -> set:
    """(focus node, value node) pairs of the top-level results."""
    out = set()
    for rep in report.subjects(RDF.type, SH.ValidationReport):
        for r in report.objects(rep, SH.result):
            out.add((report.value(r, SH.focusNode), report.value(r, SH.value)))
    return out


# ---------------------------------------------------------------------------
# The ontology itself
# ---------------------------------------------------------------------------

def test_files_parse(ont, shapes):
    assert len(ont) > 300
    assert len(shapes) > 100
    onto = URIRef("https://w3id.org/kg-legal/ontology")
    assert (onto, RDF.type, OWL.Ontology) in ont
    assert str(ont.value(onto, OWL.versionInfo)) == "0.1.0"
    assert ont.value(onto, DCTERMS["title"]) is not None
    assert ont.value(onto, DCTERMS.description) is not None
    assert ont.value(onto, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    assert str(ont.value(onto, DCTERMS.creator)) == "kg developers"


@pytest.mark.parametrize("name", ENTITY_CLASSES)
def test_entity_classes_exist(ont, name):
    cls = KG[name]
    assert (cls, RDF.type, OWL.Class) in ont
    sup = set(ont.transitive_objects(cls, RDFS.subClassOf))
    assert KG.Entity in sup
    expected = KG.Actor if name in ENTITY_CLASSES[:4] else KG.LegalResource
    assert expected in sup


def test_court_is_not_a_government_body(ont):
    assert KG.GovernmentBody not in set(ont.transitive_objects(KG.Court, RDFS.subClassOf))
    assert KG.Court not in set(ont.transitive_objects(KG.GovernmentBody, RDFS.subClassOf))


@pytest.mark.parametrize("name", BASE_PROPERTIES)
def test_base_properties_exist(ont, name):
    assert (KG[name], RDF.type, OWL.ObjectProperty) in ont
    # base properties have no kg: super-property
    assert not [s for s in ont.objects(KG[name], RDFS.subPropertyOf) if is_kg(s)]


def test_event_status_and_other_classes(ont):
    for name in EVENT_CLASSES:
        cls = KG[name]
        assert (cls, RDF.type, OWL.Class) in ont, name
        assert KG.Event in set(ont.transitive_objects(cls, RDFS.subClassOf)), name
    for name in ["Article", "Mention", "EvidenceSpan", "Statement", "Penalty", "Statistic", "Status", "Extraction"]:
        assert (KG[name], RDF.type, OWL.Class) in ont, name
    for name in STATUSES:
        assert (KG[name], RDF.type, KG.Status) in ont
        assert (KG[name], RDF.type, OWL.NamedIndividual) in ont
    # kg:Statement is the reified fact, not a speech act
    assert KG.Event not in set(ont.transitive_objects(KG.Statement, RDFS.subClassOf))


def test_every_kg_term_is_documented(ont):
    for term in set(ont.subjects(RDF.type, None)):
        if not is_kg(term):
            continue
        assert ont.value(term, RDFS.label) is not None, term
        assert ont.value(term, RDFS.comment) is not None, term
    for cls in ont.subjects(RDF.type, OWL.Class):
        if is_kg(cls):
            assert ont.value(cls, SKOS.example) is not None, cls


def _declared(ont: Graph) -> set:
    return {s for s in ont.subjects(RDF.type, None) if is_kg(s)}


def test_every_kg_term_in_shapes_is_declared(ont, shapes):
    declared = _declared(ont)
    used = {t for triple in shapes for t in triple if is_kg(t)}
    # kg: IRIs may also hide in SPARQL text and messages; those are checked below
    assert used, "shapes.ttl uses no kg: terms?"
    assert used <= declared, sorted(used - declared)
    import re

    for text in shapes.objects(None, SH.select):
        for local in re.findall(r"\bkg:([A-Za-z]+)", str(text)):
            assert KG[local] in declared, local


def test_every_kg_term_in_sample_is_declared(ont, sample):
    declared = _declared(ont)
    used = {t for triple in sample for t in triple if is_kg(t)}
    assert used <= declared, sorted(used - declared)


def _kg_properties(ont: Graph) -> set:
    props = set()
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
        props |= {p for p in ont.subjects(RDF.type, kind) if is_kg(p)}
    return props


def test_subproperties_chain_to_base(ont):
    base = {KG[n] for n in BASE_PROPERTIES}
    roles = {KG[n] for n in EVENT_ROLES_AND_OTHERS}
    datatype = {p for p in ont.subjects(RDF.type, OWL.DatatypeProperty) if is_kg(p)}
    for p in _kg_properties(ont):
        supers = set(ont.transitive_objects(p, RDFS.subPropertyOf)) - {p}
        kg_supers = {s for s in supers if is_kg(s)}
        if p in base:
            continue
        if kg_supers & base:
            continue
        assert p in roles or p in datatype, f"{p} neither chains to a base property nor is an event role/datatype property"
        # event roles only nest under other event roles
        assert kg_supers <= roles, p
    # the finer relations listed in the brief
    finer = {
        "roleIn": ["spokespersonOf", "headOf", "deputyHeadOf", "judgeOf", "prosecutorOf", "lawyerOf",
                   "memberOf", "founderOf", "employeeOf"],
        "partOf": ["subdivisionOf", "subOrganizationOf"],
        "issued": ["adopted", "signed"],
        "concerns": ["amends", "interprets", "targets", "applies"],
        "chargedUnder": ["prosecutedUnder", "convictedUnder", "finedUnder"],
        "sanctioned": ["prosecuted", "convicted", "fined", "detained", "searched", "blocked", "banned",
                       "designated", "liquidated", "warned"],
        "petitioned": ["appealedTo", "calledOn", "complainedTo"],
    }
    for b, subs in finer.items():
        for s in subs:
            assert (KG[s], RDFS.subPropertyOf, KG[b]) in ont, s
    assert (KG.defendant, RDFS.subPropertyOf, KG.target) in ont


def test_statement_predicate_list_matches_relations(ont, shapes):
    """The sh:in list of rdf:predicate in StatementShape holds exactly the
    eight base relations and their sub-properties."""
    base = {KG[n] for n in BASE_PROPERTIES}
    relations = {p for p in _kg_properties(ont)
                 if p in base or set(ont.transitive_objects(p, RDFS.subPropertyOf)) & base}
    from rdflib.collection import Collection

    lists = []
    for ps in shapes.subjects(SH.path, RDF.predicate):
        lst = shapes.value(ps, SH["in"])
        if lst is not None:
            lists.append(set(Collection(shapes, lst)))
    assert lists and lists[0] == relations


# ---------------------------------------------------------------------------
# The sample build and the shapes
# ---------------------------------------------------------------------------

def test_sample_has_expected_layout():
    ds = Dataset()
    ds.parse(SAMPLE, format="trig")
    names = {str(c.identifier) for c in ds.graphs() if len(c)}
    assert str(KGR["graph/entities"]) in names
    assert str(KGR["graph/s01_supreme_court_reposts"]) in names
    assert str(KGR["graph/s02_barnaul_blogger_fined"]) in names


@pytest.mark.parametrize("inference", ["none", "rdfs"])
def test_sample_conforms(sample, shapes, ont, inference):
    conforms, _, text = validate(sample, shapes, ont, inference)
    assert conforms, text


def test_sample_spans_match_text(sample):
    """Independent (non-SHACL) check of the offsets in the sample."""
    n = 0
    for span, ctx in sample.subject_objects(NIF.referenceContext):
        text = str(sample.value(ctx, NIF.isString))
        b = int(sample.value(span, NIF.beginIndex))
        e = int(sample.value(span, NIF.endIndex))
        assert text[b:e] == str(sample.value(span, NIF.anchorOf)), span
        assert str(span) == f"{ctx}#char={b},{e}"
        n += 1
    assert n > 20


ARTICLE_S01 = KGR["article/s01_supreme_court_reposts"]
M_S01 = "article/s01_supreme_court_reposts#char="
MENTION = KGR[M_S01 + "296,314"]
STATEMENT = KGR["statement/d3c2a89466a4feba"]
KURENNOI = KGR["person/alexander-kurennoi"]
PGO = KGR["government/ru-prosecutor-general-office"]


def test_broken_copy_fails_with_expected_focus_nodes(sample, shapes, ont):
    g = sample
    # 1. a mention with begin > end
    g.set((MENTION, NIF.beginIndex, Literal(320, datatype=XSD.nonNegativeInteger)))
    # 2. a statement with confidence 1.5
    g.set((STATEMENT, KG.confidence, Literal(1.5, datatype=XSD.double)))
    # 3. an entity with two rdfs:labels
    g.add((KURENNOI, RDFS.label, Literal("Aleksandr Kurennoy")))
    conforms, report, text = validate(g, shapes, ont)
    assert not conforms
    found = violations(report)
    assert (MENTION, NIF.beginIndex) in found, text
    assert (STATEMENT, KG.confidence) in found, text
    assert (KURENNOI, RDFS.label) in found, text
    # the mention's anchor and IRI no longer match its indices: reported on
    # the article, with the mention as value
    assert (ARTICLE_S01, MENTION) in focus_values(report), text
    # and nothing else
    assert focus_nodes(report) == {MENTION, STATEMENT, KURENNOI, ARTICLE_S01}, text


@pytest.mark.parametrize(
    "name,mutate,expected_focus",
    [
        (
            "anchor differs from text",
            lambda g: g.set((MENTION, NIF.anchorOf, Literal("Alexander Kurenoi"))),
            {ARTICLE_S01},
        ),
        (
            "span IRI not matching its indices",
            lambda g: [g.add((KGR[M_S01 + "1,23"], p, o))
                       for p, o in list(g.predicate_objects(KGR[M_S01 + "0,22"]))],
            {ARTICLE_S01},
        ),
        (
            "entity typed with two entity classes",
            lambda g: g.add((PGO, RDF.type, KG.Court)),
            # also reported where the entity is used: its mention and the
            # statement that has it as rdf:object
            {PGO, KGR[M_S01 + "332,363"], STATEMENT},
        ),
        (
            "entity typed only with a superclass",
            lambda g: (g.remove((KURENNOI, RDF.type, KG.Person)), g.add((KURENNOI, RDF.type, KG.Actor))),
            {KURENNOI, MENTION, STATEMENT},
        ),
        (
            "finer relation without its base relation",
            lambda g: g.remove((KURENNOI, KG.roleIn, PGO)),
            # the person misses kg:roleIn; the asserted statement's triple is
            # still there (it records kg:spokespersonOf)
            {KURENNOI},
        ),
        (
            "asserted statement whose triple is missing",
            lambda g: (g.remove((KURENNOI, KG.roleIn, PGO)), g.remove((KURENNOI, KG.spokespersonOf, PGO))),
            {STATEMENT},
        ),
        (
            "relation with a wrong range",
            lambda g: g.add((KURENNOI, KG.roleIn, KGR["law/ru-criminal-code"])),
            {KURENNOI},
        ),
        (
            "provision without code and article number",
            lambda g: (g.remove((KGR["provision/ru-cc/282"], KG.code, None)),
                       g.remove((KGR["provision/ru-cc/282"], KG.articleNumber, None))),
            {KGR["provision/ru-cc/282"]},
        ),
        (
            "mention linked to an untyped node",
            lambda g: g.set((MENTION, ITSRDF.taIdentRef, KGR["person/nobody"])),
            {MENTION},
        ),
        (
            "event with an unknown status and a bad timex",
            lambda g: (g.set((KGR["event/495a4260ec7c1688"], KG.status, KG.Rumoured)),
                       g.set((KGR["event/495a4260ec7c1688"], KG.timex, Literal("20 Sept 2018")))),
            {KGR["event/495a4260ec7c1688"]},
        ),
        (
            "article not typed nif:Context, with a malformed content hash",
            lambda g: (g.remove((KGR["article/s02_barnaul_blogger_fined"], RDF.type, NIF.Context)),
                       g.set((KGR["article/s02_barnaul_blogger_fined"], KG.contentHash, Literal("md5:abc")))),
            {KGR["article/s02_barnaul_blogger_fined"]},
        ),
        (
            "event role sub-property without its super-property",
            lambda g: g.remove((KGR["event/a03d741693d0f26f"], KG.target, None)),
            {KGR["event/a03d741693d0f26f"]},
        ),
        (
            "penalty on an event that is not a sentence or fine",
            lambda g: g.add((KGR["event/a03d741693d0f26f"], KG.penalty, KGR["penalty/e3b2fb50cb37d59f"])),
            {KGR["event/a03d741693d0f26f"]},
        ),
        (
            "statistic value with the wrong datatype",
            lambda g: g.set((KGR["statistic/7a6bdfd56aedce08"], KG.value, Literal(571))),
            {KGR["statistic/7a6bdfd56aedce08"]},
        ),
        (
            "ruling date that is not a calendar value",
            lambda g: g.set((KGR["ruling/ru-supreme-court/resolution/2018-09-20"], KG.date,
                             Literal("Sept 2018", datatype=XSD.gYear))),
            {KGR["ruling/ru-supreme-court/resolution/2018-09-20"]},
        ),
        (
            "penalty amount as a string",
            lambda g: g.set((KGR["penalty/e3b2fb50cb37d59f"], KG.amount, Literal("10,000"))),
            {KGR["penalty/e3b2fb50cb37d59f"]},
        ),
    ],
)
def test_more_broken_copies(sample, shapes, ont, name, mutate, expected_focus):
    mutate(sample)
    conforms, report, text = validate(sample, shapes, ont)
    assert not conforms, name
    assert focus_nodes(report) == expected_focus, text
    if name == "anchor differs from text":
        assert focus_values(report) == {(ARTICLE_S01, MENTION)}, text


def test_span_that_is_a_whole_sentence(sample, shapes, ont):
    """A span covering a whole sentence is that nif:Sentence node, typed
    kg:EvidenceSpan too; it needs no nif:sentence link."""
    sent = KGR["article/s02_barnaul_blogger_fined#char=216,290"]
    sample.add((sent, RDF.type, KG.EvidenceSpan))
    sample.add((KGR["event/b5d931dd502a607c"], KG.evidence, sent))
    conforms, _, text = validate(sample, shapes, ont)
    assert conforms, text
    # ...but a span that is not a sentence must point to one
    span = KGR["article/s02_barnaul_blogger_fined#char=269,289"]
    sample.remove((span, NIF.sentence, None))
    conforms, report, text = validate(sample, shapes, ont)
    assert not conforms
    assert focus_nodes(report) == {span}, text


def test_vocab_module_terms_are_declared(ont):
    """kg/vocab.py (the writer's term list) only uses terms declared in kg.ttl."""
    vocab = pytest.importorskip("kg.vocab")
    declared = _declared(ont)
    names = [n for n in vars(vocab.KG).get("__annotations__", {})]
    assert names
    missing = [n for n in names if KG[n] not in declared]
    assert not missing, missing
    for fine, base in vocab.BASE_PROPERTY.items():
        assert (KG[fine], RDFS.subPropertyOf, KG[base]) in ont, fine


def test_penalty_amount_ok_as_decimal(sample, shapes, ont):
    sample.set((KGR["penalty/e3b2fb50cb37d59f"], KG.amount, Literal(Decimal("10000.50"))))
    conforms, _, text = validate(sample, shapes, ont)
    assert conforms, text
