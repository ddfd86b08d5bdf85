"""The ontology's terms, declared once (a typo in a term fails loudly at import).

The terms mirror ``ontology/kg.ttl``; tests check that every term here is
declared there.
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace, URIRef

from kg.iri import BASE, ONTOLOGY


class KG(DefinedNamespace):
    _NS = Namespace(ONTOLOGY)
    _fail = True
    # classes
    Person: URIRef
    Organization: URIRef
    GovernmentBody: URIRef
    Court: URIRef
    Law: URIRef
    LegalProvision: URIRef
    Ruling: URIRef
    Article: URIRef
    Mention: URIRef
    EvidenceSpan: URIRef
    Statement: URIRef
    Extraction: URIRef
    Asserted: URIRef
    # base relation properties
    roleIn: URIRef
    owns: URIRef
    partOf: URIRef
    issued: URIRef
    concerns: URIRef
    chargedUnder: URIRef
    sanctioned: URIRef
    petitioned: URIRef
    # finer relation properties
    spokespersonOf: URIRef
    headOf: URIRef
    deputyHeadOf: URIRef
    judgeOf: URIRef
    prosecutorOf: URIRef
    lawyerOf: URIRef
    memberOf: URIRef
    founderOf: URIRef
    employeeOf: URIRef
    subdivisionOf: URIRef
    subOrganizationOf: URIRef
    adopted: URIRef
    signed: URIRef
    amends: URIRef
    interprets: URIRef
    targets: URIRef
    applies: URIRef
    prosecutedUnder: URIRef
    convictedUnder: URIRef
    finedUnder: URIRef
    prosecuted: URIRef
    convicted: URIRef
    fined: URIRef
    detained: URIRef
    searched: URIRef
    blocked: URIRef
    banned: URIRef
    designated: URIRef
    liquidated: URIRef
    warned: URIRef
    appealedTo: URIRef
    calledOn: URIRef
    complainedTo: URIRef
    # other properties
    evidence: URIRef
    status: URIRef
    rule: URIRef
    confidence: URIRef
    lexiconId: URIRef
    articleNumber: URIRef
    partNumber: URIRef
    paragraph: URIRef
    code: URIRef
    rulingKind: URIRef
    date: URIRef
    lawNumber: URIRef
    version: URIRef
    contentHash: URIRef
    outlet: URIRef
    # events, penalties, statistics, statuses
    Event: URIRef
    LegislativeEvent: URIRef
    Adoption: URIRef
    Signing: URIRef
    Amendment: URIRef
    EntryIntoForce: URIRef
    Decision: URIRef
    LegalProceeding: URIRef
    CriminalCaseOpening: URIRef
    Charge: URIRef
    Detention: URIRef
    Search: URIRef
    Conviction: URIRef
    Sentence: URIRef
    Fine: URIRef
    Acquittal: URIRef
    CaseClosure: URIRef
    Appeal: URIRef
    Release: URIRef
    Restriction: URIRef
    Blocking: URIRef
    Ban: URIRef
    Warning: URIRef
    Liquidation: URIRef
    Designation: URIRef
    ExtremistDesignation: URIRef
    TerroristDesignation: URIRef
    ForeignAgentDesignation: URIRef
    UndesirableDesignation: URIRef
    Petition: URIRef
    Amnesty: URIRef
    SpeechAct: URIRef
    Declaration: URIRef
    Denial: URIRef
    Allegation: URIRef
    Penalty: URIRef
    Statistic: URIRef
    Status: URIRef
    Requested: URIRef
    Predicted: URIRef
    Alleged: URIRef
    Denied: URIRef
    Negated: URIRef
    Planned: URIRef
    # event roles and their data
    agent: URIRef
    target: URIRef
    defendant: URIRef
    court: URIRef
    addressee: URIRef
    legalBasis: URIRef
    legalAct: URIRef
    ruling: URIRef
    penalty: URIRef
    source: URIRef
    trigger: URIRef
    fromEvent: URIRef
    about: URIRef
    timex: URIRef
    begin: URIRef
    end: URIRef
    granularity: URIRef
    placeName: URIRef
    penaltyKind: URIRef
    amount: URIRef
    unit: URIRef
    value: URIRef
    total: URIRef
    counts: URIRef
    trend: URIRef


KGR = Namespace(BASE)
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
SCHEMA = Namespace("https://schema.org/")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")

PREFIXES = {"kg": ONTOLOGY, "kgr": BASE, "nif": str(NIF), "itsrdf": str(ITSRDF), "schema": str(SCHEMA),
            "prov": "http://www.w3.org/ns/prov#", "skos": "http://www.w3.org/2004/02/skos/core#",
            "dcterms": "http://purl.org/dc/terms/", "xsd": "http://www.w3.org/2001/XMLSchema#",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}

# each finer relation property -> the base property it specializes
BASE_PROPERTY = {
    **dict.fromkeys(["spokespersonOf", "headOf", "deputyHeadOf", "judgeOf", "prosecutorOf", "lawyerOf", "memberOf",
                     "founderOf", "employeeOf"], "roleIn"),
    **dict.fromkeys(["subdivisionOf", "subOrganizationOf"], "partOf"),
    **dict.fromkeys(["adopted", "signed"], "issued"),
    **dict.fromkeys(["amends", "interprets", "targets", "applies"], "concerns"),
    **dict.fromkeys(["prosecutedUnder", "convictedUnder", "finedUnder"], "chargedUnder"),
    **dict.fromkeys(["prosecuted", "convicted", "fined", "detained", "searched", "blocked", "banned", "designated",
                     "liquidated", "warned"], "sanctioned"),
    **dict.fromkeys(["appealedTo", "calledOn", "complainedTo"], "petitioned"),
}
BASE_PROPERTIES = ("roleIn", "owns", "partOf", "issued", "concerns", "chargedUnder", "sanctioned", "petitioned")


def base_of(prop: str) -> str:
    return BASE_PROPERTY.get(prop, prop)
