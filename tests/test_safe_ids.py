"""Safe identifiers: IRIs minted from text carry nothing that breaks a serialization or points elsewhere,
and labels with any characters survive every export (Turtle, TriG, JSON-LD, GraphML, GEXF, CSV)."""

from __future__ import annotations

import csv
import re
import string
from pathlib import Path
from xml.etree import ElementTree

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDFS, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import SKOS

from kg import pipeline
from kg.export.rdf import union
from kg.graph import build_dataset
from kg.ingest import make_article
from kg.iri import BASE, TYPE_SLUG, article_iri, entity_iri, graph_iri, segment, slug, span_iri
from kg.model import ArticleExtraction, Evidence, LocalEntity, Mention, Relation
from kg.resolve import iri_for, resolve

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
# what an IRI of ours may contain: the base, then unreserved characters, '/', percent escapes, a
# '#char=b,e' fragment
OURS = re.compile(re.escape(BASE) + r"(?:[A-Za-z0-9._~\-/]|%[0-9A-F]{2})*(?:#char=\d+,\d+)?")
FORBIDDEN = set(' <>"{}|\\^`\n\r\t')
ANY_CHAR = st.characters(blacklist_categories=())  # every code point, lone surrogates included
GEXF = "{http://gexf.net/1.3}"

# Characters a label can hold once ingest has cleaned the text: anything but surrogates, U+FFFE,
# U+FFFF and the control characters other than tab, newline, carriage return and NEL (kg.ingest.clean).
LABEL_CHARS = st.characters(blacklist_categories=("Cs",),
                            blacklist_characters=[c for c in map(chr, [*range(32), *range(127, 160)])
                                                  if c not in "\t\n\r\x85"] + ["\ufffe", "\uffff"])


def assert_ours(iri: str) -> None:
    assert OURS.fullmatch(iri), iri
    assert not FORBIDDEN & set(iri), iri
    rest = iri[len(BASE):]
    assert ":" not in rest.split("#")[0] and "//" not in rest, iri  # no scheme or authority smuggled in
    assert not {"..", "."} & set(rest.split("#")[0].split("/")), iri  # no path climbing


# --- minting ------------------------------------------------------------------------------------

HOSTILE = ["a b", "<script>", 'say "hi"', "{x}", "a|b", "back\\slash", "^caret", "`tick`", "javascript:alert(1)",
           "http://evil.example/x", "../../etc/passwd", "..", ".", "", "50%", "%2F", "a/b", "q?x=1", "#frag",
           "Верховный суд", "👩‍⚖️", "\u202eRTL\u202c", "line\nbreak", "tab\there", "\x00nul"]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_parts_make_safe_distinct_iris(text):
    for kind in TYPE_SLUG:
        assert_ours(entity_iri(kind, text))
        assert_ours(entity_iri(kind, slug(text)))
        assert_ours(entity_iri(kind, "ru-cc", text, "part-" + text))
    assert_ours(article_iri(text))
    assert_ours(graph_iri(text))
    assert_ours(span_iri(text, 3, 9))


def test_safe_parts_are_unchanged():
    """The IRIs already minted (lexicon ids, slugs, provision paths, article ids) do not move."""
    for part in ["ru-supreme-court", "ru-cc", "282.2", "part-1", "para-a", "000_21f1e1ae505c0951", "a1b2",
                 slug("Tverskoy District Court of Moscow")]:
        assert segment(part) == part


def test_distinct_hostile_parts_stay_distinct():
    assert len({segment(t) for t in HOSTILE}) == len(HOSTILE)


@settings(max_examples=300, deadline=None)
@given(kind=st.sampled_from(sorted(TYPE_SLUG)),
       parts=st.lists(st.text(ANY_CHAR, max_size=40), min_size=1, max_size=4))
def test_any_text_makes_a_safe_entity_iri(kind, parts):
    iri = entity_iri(kind, *parts)
    assert_ours(iri)
    assert iri.startswith(BASE + TYPE_SLUG[kind] + "/")
    g = Graph()
    g.add((URIRef(iri), RDFS.label, Literal("x")))
    assert set(Graph().parse(data=g.serialize(format="nt"), format="nt").subjects()) == {URIRef(iri)}


@settings(max_examples=300, deadline=None)
@given(kind=st.sampled_from(sorted(TYPE_SLUG)), name=st.text(ANY_CHAR, max_size=60), scope=st.text(max_size=20),
       shape=st.sampled_from(["{kind}:{name}", "{kind}@{scope}:{name}", "lex:{name}", "prov:{name}/{scope}",
                              "law:{name}"]))
def test_any_identity_key_resolves_to_a_safe_iri(kind, name, scope, shape):
    ref = shape.format(kind=kind, name=name, scope=scope)
    local = LocalEntity(key="k", type=kind, label=name or "x", forms=(), ref=ref)
    assert_ours(iri_for(ref, local))


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=140))
def test_any_article_id_is_refused_or_safe(given_id):
    try:
        article = make_article("A court fined a blogger.", {"id": given_id}, "x.txt")
    except Exception as err:  # noqa: BLE001
        assert type(err).__name__ == "InputError"
        return
    for iri in (article_iri(article.id), graph_iri(article.id), span_iri(article.id, 0, 5)):
        assert_ours(iri)


# --- labels through every export -----------------------------------------------------------------

NASTY_LABELS = [
    'Ivan "The Quote" Petrov',
    "<script>alert('x')</script> & Sons",
    "Line one\nline two",
    "Tab\tand CRLF\r\nend",
    "Emoji 👩‍⚖️ Court of 🇷🇺",
    "\u202eFSB\u202c \u05d1\u05d9\u05ea \u05de\u05e9\u05e4\u05d8 \u200fمحكمة\u200e",
    "Back\\slash \\u0041 \\n \\\"",
    '"""triple""" and \'\'\'single\'\'\' ends with "',
    "  leading and trailing spaces  ",
    "@context @id @value",
    "http://evil.example/x> <y",
    "_:b0 ; . ,",
    "Cafe\u0301 vs Café, ZW\u200dJ, BOM\ufeff, LS\u2028PS\u2029, NEL\x85",
    "&amp; &lt; ]]> <!-- x -->",
    "Ампер & амперсанд — «ёлки»",
    "|| pipes | and ; semicolons, commas",
]


def nasty_build(labels: list[str], lexicon) -> tuple[Dataset, dict[str, str]]:
    """One article naming each label once, each a Person, with a fact between neighbours; -> (ds, iri -> label)."""
    text, mentions, entities = "", [], []
    for i, label in enumerate(labels):
        text += f"Name {i}: "
        start = len(text)
        text += label
        key = f"person:{i}"
        mentions.append(Mention(start, len(text), label, "Person", key, (0, 0), "test.v1", 0.9))
        entities.append(LocalEntity(key, "Person", label, (label, f"{label} (alias)"), f"Person:{i}:{label}"))
        text += ".\n"
    article = make_article(text, {"id": "nasty-labels", "title": labels[0], "source": labels[-1]}, "test")
    assert article.text == text
    sentence = (0, len(text))
    mentions = [Mention(m.start, m.end, m.text, m.type, m.entity, sentence, m.rule, m.confidence) for m in mentions]
    relations = [Relation(a.key, "roleIn", b.key, Evidence(article.id, ma.start, mb.end, sentence, "test.v1", 0.5))
                 for (a, ma), (b, mb) in zip(zip(entities, mentions), list(zip(entities, mentions))[1:])]
    ex = ArticleExtraction(article, (sentence,), tuple(mentions), tuple(entities), tuple(relations))
    resolution = resolve([ex], lexicon)
    ds = build_dataset([ex], resolution)
    return ds, {iri: e.label for iri, e in resolution.entities.items()}


def check_exports(ds: Dataset, expected: dict[str, str], out: Path) -> None:
    written = {p.name: p for p in pipeline.write_outputs(ds, out)}
    assert len(set(expected.values())) == len(expected)
    graph = union(ds)
    for iri in expected:
        assert_ours(iri)
    # RDF: the same graph back, every label equal
    assert isomorphic(Graph().parse(written["graph.ttl"], format="turtle"), graph)
    back = Dataset()
    back.parse(written["graph.trig"], format="trig")
    assert isomorphic(union(back), graph)
    from_jsonld = Dataset()
    from_jsonld.parse(written["graph.jsonld"], format="json-ld")
    assert isomorphic(union(from_jsonld), graph)
    labels = {str(s): str(o) for s, o in Graph().parse(written["graph.ttl"]).subject_objects(RDFS.label)
              if str(s) in expected}
    assert labels == expected
    alt = {str(o) for o in Graph().parse(written["graph.ttl"]).objects(None, SKOS.altLabel)}
    assert {f"{label} (alias)" for label in expected.values()} <= alt
    # GraphML
    g = nx.read_graphml(written["graph.graphml"])
    assert {d["iri"]: d["label"] for _, d in g.nodes(data=True) if d.get("iri") in expected} == expected
    # GEXF (read as XML: its labels and the iri attribute)
    if "graph.gexf" in written:
        root = ElementTree.parse(written["graph.gexf"]).getroot()
        ids = {a.get("id"): a.get("title") for a in root.iter(f"{GEXF}attribute")}
        iri_key = next(k for k, title in ids.items() if title == "iri")
        found = {}
        for node in root.iter(f"{GEXF}node"):
            iri = next(v.get("value") for v in node.iter(f"{GEXF}attvalue") if v.get("for") == iri_key)
            if iri in expected:
                found[iri] = node.get("label")
        assert found == expected
    # CSV (Gephi's spreadsheet import)
    if "nodes.csv" in written:
        with open(written["nodes.csv"], encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert {r["iri"]: r["Label"] for r in rows if r.get("iri") in expected} == expected


def test_nasty_labels_survive_every_export(tmp_path, lexicon):
    ds, expected = nasty_build(NASTY_LABELS, lexicon)
    assert sorted(expected.values()) == sorted(NASTY_LABELS)
    check_exports(ds, expected, tmp_path)


def test_exports_include_gexf_and_csv(tmp_path, lexicon):
    """The round trips above cover every network format the build writes."""
    ds, _ = nasty_build(NASTY_LABELS[:2], lexicon)
    names = {p.name for p in pipeline.write_outputs(ds, tmp_path)}
    assert {"graph.ttl", "graph.trig", "graph.jsonld", "graph.graphml"} <= names
    assert {"graph.gexf", "nodes.csv"} <= names


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(labels=st.lists(st.text(LABEL_CHARS, min_size=1, max_size=30).filter(lambda s: s.strip()),
                       min_size=1, max_size=4, unique_by=lambda s: " ".join(s.split())))
def test_any_labels_survive_every_export(tmp_path_factory, lexicon, labels):
    ds, expected = nasty_build(labels, lexicon)
    check_exports(ds, expected, tmp_path_factory.mktemp("labels"))


def test_ascii_printables_make_safe_slugs():
    for ch in string.printable:
        assert_ours(entity_iri("Person", slug(f"a{ch}b")))
