"""Stable IRIs and GraphML node ids (kg.iri)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.iri import BASE, TYPE_SLUG, article_iri, entity_iri, graph_iri, hashed_iri, node_id, slug, span_iri

SLUG = re.compile(r"[a-z0-9](?:[a-z0-9.\-]*[a-z0-9])?")
NMTOKEN = re.compile(r"[A-Za-z0-9._:\-]+")  # XML NameChar+, restricted to ASCII
HASH_TAIL = 9  # "-" and 8 hex digits added to a cut slug


@pytest.mark.parametrize("text, expected", [
    ("Supreme Court of Russia", "supreme-court-of-russia"),
    ("  The   Justice  Ministry ", "the-justice-ministry"),
    ("Müller & Söhne", "muller-sohne"),
    ("Yarovaya [anti-terrorism] law", "yarovaya-anti-terrorism-law"),
    ("20.3.1", "20.3.1"),
    ("Article 20.3.1.", "article-20.3.1"),
    ("Mail.ru Group", "mail-ru-group"),
    ("Federal Law No. 90-FZ", "federal-law-no-90-fz"),
    ("--Kirovsky--", "kirovsky"),
], ids=["words", "spaces", "accents", "brackets", "dotted-number", "trailing-dot",
        "dot-between-letters", "abbreviation-dot", "dashes"])
def test_slug(text, expected):
    assert slug(text) == expected


@pytest.mark.parametrize("text", ["Верховный суд", "最高法院", "", "   ", "!!!", "’’"],
                         ids=["cyrillic", "chinese", "empty", "blank", "punctuation", "apostrophes"])
def test_slug_is_never_empty(text):
    value = slug(text)
    assert value and SLUG.fullmatch(value)
    assert slug(text) == value  # stable


def test_slug_of_names_without_ascii_letters_differ():
    assert slug("Верховный суд") != slug("Конституционный суд")


def test_long_names_are_cut_and_hashed():
    long_a = "Presidential Council for the Development of Civil Society and Human Rights " * 3
    long_b = long_a + "of Tatarstan"
    a, b = slug(long_a), slug(long_b)
    assert a != b  # same 80-character prefix, different names
    assert a[:60] == b[:60]
    assert SLUG.fullmatch(a) and SLUG.fullmatch(b)
    assert len(a) <= 80 + HASH_TAIL
    assert len(slug("x" * 80)) == 80  # at the limit: not cut


def test_slug_never_longer_than_limit():
    assert len(slug("word " * 40, limit=30)) <= 30


@given(st.text(max_size=300))
def test_any_text_gives_a_valid_slug(text):
    value = slug(text)
    assert SLUG.fullmatch(value), value
    assert len(value) <= 80 + HASH_TAIL
    assert slug(text) == value


# --- IRIs ----------------------------------------------------------------------------------


def test_entity_iri_shapes():
    assert entity_iri("Court", "ru-supreme-court") == BASE + "court/ru-supreme-court"
    assert entity_iri("LegalProvision", "ru-cc", "282") == BASE + "provision/ru-cc/282"
    assert {entity_iri(kind, "x") for kind in TYPE_SLUG} == {BASE + s + "/x" for s in TYPE_SLUG.values()}
    assert len(set(TYPE_SLUG.values())) == len(TYPE_SLUG)


def test_article_and_graph_iris():
    assert article_iri("000_21f1e1ae505c0951") == BASE + "article/000_21f1e1ae505c0951"
    assert graph_iri("entities") == BASE + "graph/entities"
    assert article_iri("a1") != graph_iri("a1")


@pytest.mark.parametrize("article_id, start, end", [("a1", 0, 5), ("000_21f1e1ae505c0951", 1192, 1206)])
def test_span_iri_is_rfc5147_char_range(article_id, start, end):
    iri = span_iri(article_id, start, end)
    assert iri == f"{article_iri(article_id)}#char={start},{end}"
    match = re.fullmatch(re.escape(BASE) + r"article/([A-Za-z0-9_.\-]+)#char=(\d+),(\d+)", iri)
    assert match and match.groups() == (article_id, str(start), str(end))


def test_hashed_iri_is_deterministic_and_separates_parts():
    one = hashed_iri("statement", "a1", "s", "p", "o", 1, 2)
    assert one == hashed_iri("statement", "a1", "s", "p", "o", 1, 2)
    assert one.startswith(BASE + "statement/")
    assert one != hashed_iri("statement", "a1", "s", "p", "o", 1, 3)
    assert hashed_iri("x", "ab", "c") != hashed_iri("x", "a", "bc")


# --- GraphML node ids ------------------------------------------------------------------------


@pytest.mark.parametrize("iri, expected", [
    (BASE + "court/ru-supreme-court", "court:ru-supreme-court"),
    (BASE + "provision/ru-coao/20.3.1/part-1", "provision:ru-coao:20.3.1:part-1"),
    (span_iri("a1", 3, 9), "article:a1:3-9"),
], ids=["entity", "provision", "span"])
def test_node_id(iri, expected):
    assert node_id(iri) == expected


@pytest.mark.parametrize("iri", [
    BASE + "person/ol-ga-muler",
    BASE + "ruling/000-21f1e1ae505c0951/1192",
    "https://example.org/some thing?q=1&r=(2)#frag",
    "urn:uuid:1234-abcd",
    "http://example.org/Müller",
], ids=["person", "ruling", "foreign-iri", "urn", "unicode"])
def test_node_id_is_an_nmtoken(iri):
    assert NMTOKEN.fullmatch(node_id(iri))


def test_node_ids_of_distinct_entity_iris_are_distinct():
    iris = [entity_iri(kind, slug(name)) for kind in TYPE_SLUG
            for name in ("Supreme Court", "Supreme-Court", "Article 20.3.1", "20-3-1", "a b", "a.b")]
    iris += [entity_iri("LegalProvision", "ru-cc", "282"), entity_iri("LegalProvision", "ru-cc-282"),
             entity_iri("LegalProvision", "ru-cc", "282", "part-1"), span_iri("a1", 1, 2), span_iri("a1", 12, 0)]
    iris = sorted(set(iris))
    assert len({node_id(i) for i in iris}) == len(iris)


@given(st.text(min_size=1, max_size=200))
def test_node_id_of_any_iri_under_base_is_an_nmtoken(local):
    assert NMTOKEN.fullmatch(node_id(BASE + "x/" + local))
