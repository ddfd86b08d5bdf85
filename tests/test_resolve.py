"""Resolve: article-local entities -> global entities with stable IRIs (kg.resolve).

The extractions are made by hand. Identity keys (`ref`) of non-lexicon entities are made with
`kg.extract.identity`, as the extract stage makes them, so these tests cover the pair.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from kg.components.candidates import Candidate
from kg.extract import identity
from kg.iri import BASE, TYPE_SLUG
from kg.lexicon import Entry, Lexicon, Place
from kg.model import Article, ArticleExtraction, LocalEntity, Mention
from kg.resolve import resolve

LEXICON = Lexicon(
    entries={"fr-supreme-court": Entry("fr-supreme-court", "Court", "Supreme Court of Freedonia",
                                       ("Supreme Court", "Freedonian Supreme Court"))},
    places={"fr-ostrovets": Place("fr-ostrovets", "Ostrovets", ()),
            "fr-zlatograd": Place("fr-zlatograd", "Zlatograd", ("Zlatograd city",))},
)
IRI_CHARS = re.compile(r"[A-Za-z0-9/._:#=,\-]+")


def article(article_id: str, text: str = "Text.") -> Article:
    return Article(id=article_id, text=text)


def local(key: str, kind: str, label: str, forms=(), ref=None, attrs=()) -> LocalEntity:
    return LocalEntity(key, kind, label, tuple(forms) or (label,), ref or key, tuple(attrs))


def extraction(art: Article, *entities: LocalEntity) -> ArticleExtraction:
    mentions = tuple(Mention(0, 1, "x", e.type, e.key, (0, 1), "test.rule.v1", 1.0) for e in entities)
    return ArticleExtraction(art, ((0, len(art.text)),), mentions, entities)


def named(art: Article, kind: str, surface: str) -> LocalEntity:
    """A non-lexicon entity named `surface` (first found in `art.text`), with its ref made by extract."""
    start = art.text.index(surface)
    group = [Candidate(start, start + len(surface), kind, "pattern", "test.rule.v1", 0.75)]
    sentences = tuple((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", art.text))
    ref = identity(art, kind, surface, group, SimpleNamespace(text=art.text), sentences, LEXICON)
    return local(f"{kind}:{surface.lower()}", kind, surface, ref=ref)


def lexicon_entity(key_forms=("Supreme Court",)) -> LocalEntity:
    return local("lex:fr-supreme-court", "Court", "Supreme Court of Freedonia", key_forms,
                 attrs=(("lexiconId", "fr-supreme-court"),))


def iri_of(resolution, article_id: str, key: str) -> str:
    return resolution.links[article_id][key]


# --- Merging the same entity -----------------------------------------------------------------


def test_same_ref_in_two_articles_is_one_entity():
    a1, a2 = article("a1"), article("a2")
    res = resolve([extraction(a1, lexicon_entity(("Freedonian Supreme Court", "Supreme Court"))),
                   extraction(a2, lexicon_entity(("Supreme Court",)))], LEXICON)
    assert iri_of(res, "a1", "lex:fr-supreme-court") == iri_of(res, "a2", "lex:fr-supreme-court")
    [entity] = res.entities.values()
    assert entity.type == "Court"
    assert entity.label == "Supreme Court of Freedonia"  # the lexicon's label, not a surface form
    assert set(entity.alt_labels) == {"Freedonian Supreme Court", "Supreme Court"}
    assert entity.label not in entity.alt_labels
    assert entity.articles == ("a1", "a2")
    assert entity.mention_count == 2


def test_label_without_lexicon_is_the_most_common_name_and_forms_are_merged():
    arts = [article(f"a{i}") for i in range(3)]
    people = [local("Person:x", "Person", "Marina Zubtsova", ("Marina Zubtsova", "Zubtsova"), "Person:marina zubtsova"),
              local("Person:x", "Person", "Marina Zubtsova", ("Marina Zubtsova",), "Person:marina zubtsova"),
              local("Person:x", "Person", "Marina Zubtsowa", ("Marina Zubtsowa",), "Person:marina zubtsova")]
    res = resolve([extraction(a, p) for a, p in zip(arts, people)], Lexicon())
    [entity] = res.entities.values()
    assert entity.label == "Marina Zubtsova"
    assert set(entity.alt_labels) == {"Zubtsova", "Marina Zubtsowa"}
    assert entity.articles == ("a0", "a1", "a2")


def test_transliteration_variants_of_a_full_name_are_one_person():
    a1 = article("a1", "Prosecutor General Yuri Chaika signed it.")
    a2 = article("a2", "Prosecutor General Yury Chayka signed it.")
    res = resolve([extraction(a1, named(a1, "Person", "Yuri Chaika")),
                   extraction(a2, named(a2, "Person", "Yury Chayka"))], Lexicon())
    assert len(res.entities) == 1


def test_soft_sign_apostrophe_does_not_split_a_person():
    a1 = article("a1", "Activist Il’ya Yashkin spoke.")
    a2 = article("a2", "Activist Ilya Yashkin spoke.")
    res = resolve([extraction(a1, named(a1, "Person", "Il’ya Yashkin")),
                   extraction(a2, named(a2, "Person", "Ilya Yashkin"))], Lexicon())
    assert len(res.entities) == 1


def test_different_full_names_are_two_people():
    a1 = article("a1", "Lawyer Marina Zubtsova spoke.")
    a2 = article("a2", "Lawyer Marina Zubkova spoke.")
    res = resolve([extraction(a1, named(a1, "Person", "Marina Zubtsova")),
                   extraction(a2, named(a2, "Person", "Marina Zubkova"))], Lexicon())
    assert len(res.entities) == 2


# --- Names that are ambiguous alone ----------------------------------------------------------


def test_surname_alone_is_scoped_to_its_article():
    a1, a2 = article("a1", "Then Zubtsova spoke."), article("a2", "Then Zubtsova spoke.")
    e1, e2 = named(a1, "Person", "Zubtsova"), named(a2, "Person", "Zubtsova")
    assert e1.ref != e2.ref
    res = resolve([extraction(a1, e1), extraction(a2, e2)], Lexicon())
    assert iri_of(res, "a1", e1.key) != iri_of(res, "a2", e2.key)
    assert len(res.entities) == 2


def test_article_scoped_refs_never_merge_across_articles():
    a1, a2 = article("a1"), article("a2")
    ruling = local("Ruling:1", "Ruling", "decree", ref=None)
    res = resolve([extraction(a1, local("Ruling:1", "Ruling", "decree", ref="Ruling@a1:10")),
                   extraction(a2, local("Ruling:1", "Ruling", "decree", ref="Ruling@a2:10"))], Lexicon())
    assert ruling.key == "Ruling:1"
    assert len(res.entities) == 2
    assert all("/a1/" in iri or "/a2/" in iri for iri in res.entities)


def test_district_courts_of_two_cities_are_two_entities():
    a1 = article("a1", "The Kirovsky District Court of Ostrovets fined him.")
    a2 = article("a2", "The Kirovsky District Court of Zlatograd fined her.")
    e1 = named(a1, "Court", "Kirovsky District Court of Ostrovets")
    e2 = named(a2, "Court", "Kirovsky District Court of Zlatograd")
    res = resolve([extraction(a1, e1), extraction(a2, e2)], LEXICON)
    assert iri_of(res, "a1", e1.key) != iri_of(res, "a2", e2.key)


def test_district_court_with_city_in_the_sentence_is_two_entities_for_two_cities():
    a1 = article("a1", "The Kirovsky District Court in Ostrovets fined him.")
    a2 = article("a2", "The Kirovsky District Court in Zlatograd fined her.")
    e1, e2 = named(a1, "Court", "Kirovsky District Court"), named(a2, "Court", "Kirovsky District Court")
    res = resolve([extraction(a1, e1), extraction(a2, e2)], LEXICON)
    assert iri_of(res, "a1", e1.key) != iri_of(res, "a2", e2.key)


def test_same_district_court_of_one_city_is_one_entity():
    a1 = article("a1", "The Kirovsky District Court of Ostrovets fined him.")
    a2 = article("a2", "Yesterday the Kirovsky District Court of Ostrovets jailed her.")
    e1 = named(a1, "Court", "Kirovsky District Court of Ostrovets")
    e2 = named(a2, "Court", "Kirovsky District Court of Ostrovets")
    res = resolve([extraction(a1, e1), extraction(a2, e2)], LEXICON)
    assert iri_of(res, "a1", e1.key) == iri_of(res, "a2", e2.key)


def test_same_district_court_written_of_city_and_in_city_is_one_entity():
    a1 = article("a1", "The Kirovsky District Court of Ostrovets fined him.")
    a2 = article("a2", "The Kirovsky District Court in Ostrovets jailed her.")
    e1 = named(a1, "Court", "Kirovsky District Court of Ostrovets")
    e2 = named(a2, "Court", "Kirovsky District Court")
    res = resolve([extraction(a1, e1), extraction(a2, e2)], LEXICON)
    assert iri_of(res, "a1", e1.key) == iri_of(res, "a2", e2.key)


def test_district_court_with_no_city_is_scoped_to_its_article():
    a1 = article("a1", "The Kirovsky District Court fined him.")
    a2 = article("a2", "The Kirovsky District Court fined her.")
    e1, e2 = named(a1, "Court", "Kirovsky District Court"), named(a2, "Court", "Kirovsky District Court")
    res = resolve([extraction(a1, e1), extraction(a2, e2)], LEXICON)
    assert iri_of(res, "a1", e1.key) != iri_of(res, "a2", e2.key)


def test_named_high_court_merges_across_articles():
    """Only local courts (district, city, ...) need a city; other names are global."""
    a1, a2 = article("a1", "The Arbitration Chamber of Ruritania ruled."), article("a2", "The Arbitration Chamber of Ruritania ruled.")
    e1 = named(a1, "Court", "Arbitration Chamber of Ruritania")
    e2 = named(a2, "Court", "Arbitration Chamber of Ruritania")
    res = resolve([extraction(a1, e1), extraction(a2, e2)], LEXICON)
    assert len(res.entities) == 1


# --- IRIs ----------------------------------------------------------------------------------


def many_extractions() -> list[ArticleExtraction]:
    a1 = article("a-1", "The Kirovsky District Court of Ostrovets fined Marina Zubtsova. Then Zubtsova spoke.")
    a2 = article("b_2", "Critics said the Yarovaya [anti-terrorism] law and Ol’ga Müller’s case mattered.")
    return [
        extraction(a1, lexicon_entity(), named(a1, "Court", "Kirovsky District Court of Ostrovets"),
                   named(a1, "Person", "Marina Zubtsova"), named(a1, "Person", "Zubtsova"),
                   local("prov:ru-cc/282", "LegalProvision", "Article 282", attrs=(("articleNumber", "282"),)),
                   local("Ruling:1", "Ruling", "decree", ref="Ruling@a-1:57")),
        extraction(a2, lexicon_entity(("Freedonian Supreme Court",)),
                   named(a2, "Law", "Yarovaya [anti-terrorism] law"), named(a2, "Person", "Ol’ga Müller"),
                   local("law:412-fz", "Law", "Federal Law No. 412-FZ"),
                   local("prov:ru-coao/20.3.1/part-1", "LegalProvision", "Part 1 of Article 20.3.1")),
    ]


def test_iris_are_deterministic_across_runs_and_orders():
    first = resolve(many_extractions(), LEXICON)
    again = resolve(many_extractions(), LEXICON)
    reverse = resolve(list(reversed(many_extractions())), LEXICON)
    assert first == again
    assert first.links == reverse.links
    for iri, entity in first.entities.items():
        other = reverse.entities[iri]
        assert (other.label, set(other.alt_labels), other.type) == (entity.label, set(entity.alt_labels), entity.type)


def test_iris_use_only_safe_characters():
    res = resolve(many_extractions(), LEXICON)
    assert len(res.entities) == 10  # the Supreme Court is in both articles
    for iri, entity in res.entities.items():
        assert iri.startswith(BASE)
        assert IRI_CHARS.fullmatch(iri[len(BASE):]), iri
        assert entity.iri == iri


@pytest.mark.parametrize("key, pattern", [
    ("lex:fr-supreme-court", TYPE_SLUG["Court"] + "/fr-supreme-court"),
    ("prov:ru-cc/282", "provision/ru-cc/282"),
    ("prov:ru-coao/20.3.1/part-1", "provision/ru-coao/20.3.1/part-1"),
    ("law:412-fz", TYPE_SLUG["Law"] + r"/[a-z0-9-]*412-fz"),
    ("Person:marina zubtsova", TYPE_SLUG["Person"] + "/marina-zubtsova"),
    ("Person:zubtsova", TYPE_SLUG["Person"] + "/a-1/zubtsova"),
], ids=["lexicon", "provision", "provision-part", "numbered-law", "person", "surname-in-article"])
def test_iri_shapes(key, pattern):
    res = resolve(many_extractions(), LEXICON)
    article_id = next(a for a, links in res.links.items() if key in links)
    assert re.fullmatch(re.escape(BASE) + pattern, res.links[article_id][key])


def test_every_local_entity_is_linked():
    extractions = many_extractions()
    res = resolve(extractions, LEXICON)
    for ex in extractions:
        assert set(res.links[ex.article.id]) == {e.key for e in ex.entities}
        assert set(res.links[ex.article.id].values()) <= set(res.entities)
