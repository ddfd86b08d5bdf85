"""Typed entity mentions and article-local entities from the real pipeline (kg_entities + kg.extract).

The sentences are our own, most with invented names, so they test the general rules rather than
the seed articles. Each table row runs twice: with the built-in lexicon, and with an empty one
(the statistical model and the general patterns alone), since a name missing from the lexicon
must still be found and typed.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.components.entities import EntityRecognizer
from kg.components.patterns import load_patterns
from kg.extract import extract
from kg.errors import InputError
from kg.ingest import make_article
from kg.lexicon import Entry, Lexicon
from kg.model import ENTITY_TYPES, ArticleExtraction


@pytest.fixture(scope="module")
def bare_recognizer(nlp):
    """kg_entities with an empty lexicon: general patterns, provisions and NER only."""
    return EntityRecognizer(nlp, Lexicon(), load_patterns())


@pytest.fixture(params=["lexicon", "no-lexicon"])
def run(request, nlp, lexicon, bare_recognizer):
    """A function: text -> ArticleExtraction, with the built-in lexicon or with none."""

    def run(text: str) -> ArticleExtraction:
        article = make_article(text, {"id": "t-entities"}, "<test>")
        doc = nlp(text)
        if request.param == "no-lexicon":
            return extract(bare_recognizer(doc), article, Lexicon())
        return extract(doc, article, lexicon)

    return run


@pytest.fixture
def run_builtin(nlp, lexicon):
    def run(text: str) -> ArticleExtraction:
        return extract(nlp(text), make_article(text, {"id": "t-entities"}, "<test>"), lexicon)

    return run


def pairs(ex: ArticleExtraction) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in ex.mentions}


def entity_of(ex: ArticleExtraction, surface: str):
    keys = {m.entity for m in ex.mentions if m.text == surface}
    assert len(keys) == 1, f"{surface!r} is the surface of mentions of {keys}"
    [entity] = [e for e in ex.entities if e.key in keys]
    return entity


ROWS = [
    ("On Monday the Leninsky District Court of Yekaterinburg fined a teacher over a post.",
     [("Leninsky District Court of Yekaterinburg", "Court")]),
    ("On Monday the Zarechny District Court of Ostrovets fined a teacher over a post.",
     [("Zarechny District Court of Ostrovets", "Court")]),
    ("The Ministry of Digital Development said it would restrict the messenger.",
     [("Ministry of Digital Development", "GovernmentBody")]),
    ("A spokeswoman for the Ministry of Water Resources said the ban was lawful.",
     [("Ministry of Water Resources", "GovernmentBody")]),
    ("In a statement, the Justice Ministry added the group to its register.",
     [("Justice Ministry", "GovernmentBody")]),
    ("In a statement, the Transport Ministry added the group to its register.",
     [("Transport Ministry", "GovernmentBody")]),
    ("Critics said the Yarovaya law made the storage of messages compulsory.", [("Yarovaya law", "Law")]),
    ("Critics said the Kovalenko law made the storage of messages compulsory.", [("Kovalenko law", "Law")]),
    ("The rule was introduced by Federal Law No. 90-FZ last spring.", [("Federal Law No. 90-FZ", "Law")]),
    ("The rule was introduced by Federal Law No. 412-FZ last spring.", [("Federal Law No. 412-FZ", "Law")]),
    ("She was fined under Part 1 of Article 20.3.1 of the Code of Administrative Offenses for a meme.",
     [("Part 1 of Article 20.3.1 of the Code of Administrative Offenses", "LegalProvision")]),
    ("Local activist Marina Zubtsova was detained on Friday. Zubtsova told reporters she would appeal.",
     [("Marina Zubtsova", "Person"), ("Zubtsova", "Person")]),
    ("The mayor signed a decree that restricts public gatherings.", [("decree", "Ruling")]),
    ("Last week the city council passed a new resolution on online speech. The resolution takes effect in May.",
     [("new resolution", "Ruling"), ("resolution", "Ruling")]),
]


@pytest.mark.parametrize("text, expected", ROWS, ids=[
    "district-court-of-city", "invented-district-court", "ministry-of", "invented-ministry-of",
    "field-ministry", "invented-field-ministry", "named-law", "invented-named-law", "numbered-law",
    "invented-numbered-law", "provision-with-code", "surname-after-full-name", "signed-decree",
    "resolution-anaphor"])
def test_typed_mentions(run, text, expected):
    ex = run(text)
    assert set(expected) <= pairs(ex)
    for m in ex.mentions:
        assert text[m.start:m.end] == m.text
        assert m.type in ENTITY_TYPES and 0 <= m.confidence <= 1
        assert re.fullmatch(r"[a-z_]+\.[a-z0-9_]+\.v\d+", m.rule), m.rule
        s, e = m.sentence
        assert s <= m.start < m.end <= e


def test_provision_and_its_code(run_builtin):
    """The code named inside a provision is kept as a Law mention nested in it (codes come from the lexicon)."""
    ex = run_builtin("She was fined under Part 1 of Article 20.3.1 of the Code of Administrative Offenses for a meme.")
    provision = entity_of(ex, "Part 1 of Article 20.3.1 of the Code of Administrative Offenses")
    code = entity_of(ex, "Code of Administrative Offenses")
    assert (provision.type, code.type) == ("LegalProvision", "Law")
    assert provision.attr("articleNumber") == "20.3.1" and provision.attr("partNumber") == "1"
    assert provision.key != code.key
    nested = [m for m in ex.mentions if m.type == "Law"]
    outer = [m for m in ex.mentions if m.type == "LegalProvision"]
    assert nested[0].start >= outer[0].start and nested[0].end <= outer[0].end


def test_provision_is_part_of_its_code(run_builtin):
    ex = run_builtin("She was fined under Part 1 of Article 20.3.1 of the Code of Administrative Offenses.")
    provision = entity_of(ex, "Part 1 of Article 20.3.1 of the Code of Administrative Offenses")
    code = entity_of(ex, "Code of Administrative Offenses")
    assert provision.attr("code") == code.attr("lexiconId")
    parts = {(r.subject, r.object) for r in ex.relations if r.predicate in ("partOf", "subdivisionOf")}
    assert (provision.key, code.key) in parts


@pytest.mark.parametrize("text, numbers", [
    ("He was charged under Articles 280 and 282 of the Criminal Code over a video.", ["280", "282"]),
    ("He was charged under Articles 205 and 207 of the Criminal Code over a video.", ["205", "207"]),
], ids=["280-282", "205-207"])
def test_article_list_gives_one_provision_each(run, text, numbers):
    ex = run(text)
    provisions = [e for e in ex.entities if e.type == "LegalProvision"]
    assert sorted(p.attr("articleNumber") for p in provisions) == numbers
    assert len({p.key for p in provisions}) == 2
    assert len({p.ref for p in provisions}) == 2
    assert all(p.attr("codeFrom") == "text" for p in provisions)


@pytest.mark.parametrize("text, full, short", [
    ("Local activist Marina Zubtsova was detained on Friday. Zubtsova told reporters she would appeal.",
     "Marina Zubtsova", "Zubtsova"),
    ("Opposition politician Oleg Tarasenko was fined twice. Tarasenko said he would not pay.",
     "Oleg Tarasenko", "Tarasenko"),
    ("Human rights lawyer Dmitri Veselkov defended the student. Veselkov said the charges were absurd.",
     "Dmitri Veselkov", "Veselkov"),
    ("The blogger Igor Semyonov was charged on Tuesday. Police searched the flat of Semyonov.",
     "Igor Semyonov", "Semyonov"),
], ids=["zubtsova", "tarasenko", "veselkov", "semyonov"])
def test_surname_after_full_name_is_the_same_person(run, text, full, short):
    ex = run(text)
    assert {(full, "Person"), (short, "Person")} <= pairs(ex)
    person = entity_of(ex, full)
    assert entity_of(ex, short).key == person.key
    assert person.type == "Person" and person.label == full
    assert set(person.forms) == {full, short}


def test_resolution_anaphor_is_the_same_ruling(run):
    ex = run("Last week the city council passed a new resolution on online speech. "
             "The resolution takes effect in May.")
    ruling = entity_of(ex, "new resolution")
    assert entity_of(ex, "resolution").key == ruling.key
    assert ruling.type == "Ruling" and ruling.attr("rulingKind") == "resolution"
    assert len([e for e in ex.entities if e.type == "Ruling"]) == 1


def test_two_decisions_are_two_rulings(run):
    ex = run("The governor signed a decree on Monday. On Tuesday a judge issued a verdict in the case.")
    rulings = [e for e in ex.entities if e.type == "Ruling"]
    assert sorted(r.attr("rulingKind") for r in rulings) == ["decree", "verdict"]


@pytest.mark.parametrize("text", [
    "In order to appeal, the defendant needs a lawyer.",
    "He said the decision to leave the city was hard.",
    "Court rulings on such posts are rare, lawyers say.",
], ids=["in-order-to", "decision-to-leave", "court-rulings-generic"])
def test_generic_ruling_nouns_are_not_rulings(run, text):
    assert not [m for m in run(text).mentions if m.type == "Ruling"]


@pytest.mark.parametrize("text", [
    "The court's ruling was published at https://sudrf.example.ru/case/1234 on Friday.",
    "Details are at http://www.example.org/news/2019/ruling-in-the-Tver-case and at www.Example-News.com/Court.",
    "Pavel Ostrogin posted the video at https://t.me/OstroginChannel/2850 on Monday.",
    "Original url:\nhttps://www.example.com/2018/08/15/Supreme-Court-Bans-Movement-a62532\n",
], ids=["https", "http-and-www", "channel", "url-line"])
def test_urls_never_become_entities(run, text):
    urls = [m.span() for m in re.finditer(r"(?:https?://|www\.)\S+", text)]
    for mention in run(text).mentions:
        assert not any(s < mention.end and mention.start < e for s, e in urls), mention


def test_local_entity_keys_are_consistent(run):
    ex = run("Local activist Marina Zubtsova was fined by the Zarechny District Court of Ostrovets under "
             "Article 20.3.1 of the Code of Administrative Offenses. Zubtsova said the Justice Ministry "
             "had signed a decree. The decree was published on Monday.")
    keys = [e.key for e in ex.entities]
    assert len(keys) == len(set(keys))
    assert {m.entity for m in ex.mentions} <= set(keys)
    for entity in ex.entities:
        assert entity.type in ENTITY_TYPES and entity.label and entity.ref


WORDS = ["the", "The", "court", "Court", "District", "Kirovsky", "of", "Ostrovets", "Ministry", "Justice",
         "Article", "Articles", "282", "20.3.1", "Part", "1", "and", "Criminal", "Code", "law", "Federal", "Law",
         "No.", "90-FZ", "signed", "a", "decree", "passed", "new", "resolution", "Marina", "Zubtsova", "said",
         "Supreme", "Russia’s", "VKontakte", "Mail.ru", "Group", "https://x.example/Court", ".", ",", "\n", "—",
         "’s", "[", "]", "(", ")", "“", "”", "İ", "ß"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join) | st.text(max_size=120))
def test_any_text_extracts_without_crash_and_offsets_hold(nlp, lexicon, text):
    try:
        article = make_article(text, {"id": "t-any"}, "<test>")
    except InputError:  # nothing left to read after cleaning: ingest refuses it with a clear error
        return
    ex = extract(nlp(text), article, lexicon)
    keys = {e.key for e in ex.entities}
    for m in ex.mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert m.type in ENTITY_TYPES and m.entity in keys
    for r in ex.relations:
        assert {r.subject, r.object} <= keys
        assert text[r.evidence.start:r.evidence.end]


def test_lexicon_names_inside_urls_are_not_entities(nlp):
    lexicon = Lexicon({"vk": Entry("vk", "Organization", "VKontakte", ()),
                       "mailru": Entry("mailru", "Organization", "Mail.ru Group", ("Mail.ru",))})
    recognizer = EntityRecognizer(nlp, lexicon, load_patterns())
    text = "Pavel Ostrogin posted the video on www.VKontakte.ru/Ostrogin and at https://Mail.ru/Group/post."
    urls = [m.span() for m in re.finditer(r"(?:https?://|www\.)\S+", text)]
    ex = extract(recognizer(nlp(text)), make_article(text, {"id": "t"}, "<test>"), lexicon)
    for mention in ex.mentions:
        assert not any(s < mention.end and mention.start < e for s, e in urls), mention


def split_mention(nlp):
    """'Mail.Ru' in a sentence spaCy splits after 'Mail.', with a lexicon that knows the name."""
    recognizer = EntityRecognizer(nlp, Lexicon({"mailru": Entry("mailru", "Organization", "Mail.Ru", ())}),
                                  load_patterns())
    text = "Critics predicted no changes from Mail.Ru’s requests. The end came."
    ex = extract(recognizer(nlp(text)), make_article(text, {"id": "t"}, "<test>"), Lexicon())
    [mention] = [m for m in ex.mentions if m.text == "Mail.Ru"]
    return ex, mention


def test_mention_lies_inside_its_sentence_even_across_a_bad_split(nlp):
    _, mention = split_mention(nlp)
    assert mention.sentence[0] <= mention.start and mention.end <= mention.sentence[1]


def test_mention_sentence_is_one_of_the_article_sentences(nlp):
    ex, mention = split_mention(nlp)
    assert mention.sentence in ex.sentences


def test_title_at_sentence_start_is_not_part_of_the_name(run_builtin):
    ex = run_builtin("Lawyer Sergei Mokhov said the judge ignored the evidence.")
    assert ("Sergei Mokhov", "Person") in pairs(ex)


def test_same_named_courts_of_two_cities_in_one_article(run_builtin):
    ex = run_builtin("The Kirovsky District Court in Ostrovets fined the blogger. Two weeks later the "
                     "Kirovsky District Court in Zlatograd jailed an activist. Both courts cited the same law.")
    courts = {m.entity for m in ex.mentions if m.type == "Court"}
    assert len(courts) == 2
