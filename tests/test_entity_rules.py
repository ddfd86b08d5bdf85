"""One test (or table) per entity rule class: names, types, short references, states, rulings, laws.

Sentences are our own, mostly with invented names, through the real model (`nlp`); rows marked
"no-lexicon" also run with an empty lexicon, because the rule must not depend on it.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kg.components.entities import EntityRecognizer
from kg.components.names import extend_left, implausible_word
from kg.components.patterns import load_patterns
from kg.extract import extract
from kg.ingest import make_article
from kg.lexicon import Lexicon
from kg.model import ArticleExtraction


@pytest.fixture(scope="module")
def bare(nlp):
    return EntityRecognizer(nlp, Lexicon(), load_patterns())


@pytest.fixture
def run(nlp, lexicon):
    def run(text: str, published: str = "2021-05-20") -> ArticleExtraction:
        article = make_article(text, {"id": "t-rules", "published": published}, "<test>")
        return extract(nlp(article.text), article, lexicon)

    return run


@pytest.fixture
def run_bare(nlp, bare):
    def run(text: str) -> ArticleExtraction:
        article = make_article(text, {"id": "t-rules"}, "<test>")
        return extract(bare(nlp(article.text)), article, Lexicon())

    return run


def pairs(ex: ArticleExtraction) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in ex.mentions}


def keys(ex: ArticleExtraction, surface: str) -> set[str]:
    return {m.entity for m in ex.mentions if m.text == surface}


def one_key(ex: ArticleExtraction, *surfaces: str) -> bool:
    found = [keys(ex, s) for s in surfaces]
    return all(len(k) == 1 for k in found) and len(set().union(*found)) == 1


# --- names.py: NER span boundaries and implausible one-word names ------------------------------

def test_given_name_joins_the_surname(nlp):
    doc = Doc(nlp.vocab, words=["labels", ".", "Alexei", "Zhafyarov", "spoke"], spaces=[False, True, True, True, False])
    assert extend_left(doc, 3, 4, "PERSON", {"Alexei"}) == 2
    assert extend_left(doc, 3, 4, "PERSON", set()) == 3
    assert extend_left(doc, 3, 4, "GPE", {"Alexei"}) == 3


@pytest.mark.parametrize("words, spaces, start, label, expected", [
    (["the", "Non", "-", "Commercial", "Act"], [True, False, False, True, False], 3, "", 1),
    (["the", "Citizens", "'", "Rights", "Fund"], [True, False, True, True, False], 3, "ORG", 1),
    (["the", "Citizens", "'", "Rights", "Fund"], [True, False, True, True, False], 3, "PERSON", 3),
    (["a", "pro", "-", "Kremlin", "group"], [True, False, False, True, False], 3, "", 3),
], ids=["hyphen", "plural-possessive", "possessive-not-for-persons", "lowercase-prefix"])
def test_span_extends_over_joined_capitalized_parts(nlp, words, spaces, start, label, expected):
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    assert extend_left(doc, start, len(words), label, set()) == expected


@pytest.mark.parametrize("text, word", [
    ("Explainer: why the messenger is blocked in Russia", "Explainer"),
    ("He said the platform opposed Russophobia in every form.", "Russophobia"),
    ("The blogger said.\n\nDigital rights activists say the pattern is familiar.", "Digital"),
], ids=["heading", "attitude", "sentence-initial-adjective"])
def test_ordinary_words_are_not_names(nlp, run, text, word):
    doc = nlp(text)
    [token] = [t for t in doc if t.text == word]
    assert implausible_word(doc, token.i, token.i + 1)
    assert not [m for m in run(text).mentions if m.text == word]


def test_nickname_in_brackets_is_one_name(run):
    ex = run("The court jailed the artist Darya (Dasha) Voronikhina. Voronikhina said she would appeal.")
    assert ("Darya (Dasha) Voronikhina", "Person") in pairs(ex)
    assert not keys(ex, "Darya")
    assert one_key(ex, "Darya (Dasha) Voronikhina", "Voronikhina")


# --- typing.py: given names, organization words, known surnames ----------------------------------

def test_given_name_makes_a_person(run):
    ex = run("The bill was drafted by Senators Pyotr Saltykov and Lyudmila Zabelina of the Federation Council.")
    assert ("Lyudmila Zabelina", "Person") in pairs(ex)


def test_organization_word_makes_an_organization(run_bare):
    ex = run_bare("The regulator also asked the court to cancel the registration of Novaya Vremya-Gazeta, a magazine.")
    assert not [m for m in ex.mentions if m.type == "Person" and "Gazeta" in m.text]


def test_known_surname_is_found_without_the_ner(run_bare):
    ex = run_bare("The blogger Igor Semyonov was charged on Tuesday. Police searched the flat of Semyonov.")
    assert one_key(ex, "Igor Semyonov", "Semyonov")


def test_surname_naming_a_thing_is_not_the_person(run_bare):
    ex = run_bare("Judge Oleg Trunov is himself on the Trunov list of sanctioned officials. Lawyer Oleg Trunov said so.")
    assert not [m for m in ex.mentions if m.text == "Trunov" and m.type == "Person"]


# --- references.py: short names, "the article", "the government" --------------------------------

def test_short_name_is_the_entity_named_before(run):
    ex = run("The European Court of Human Rights found a violation of Article 10. The Court awarded damages.")
    assert one_key(ex, "European Court of Human Rights", "Court")


def test_short_person_like_name_must_be_the_head(run):
    ex = run("The Sakharov Center closed its exhibition. Sakharov was a physicist.")
    assert not (keys(ex, "Sakharov") & keys(ex, "Sakharov Center"))


@pytest.mark.parametrize("text, surface, path", [
    ("He was convicted under Part 2 of Article 207.3 of the Criminal Code. Dozens of people were charged under "
     "the article in its first year.", "article", "ru-cc/207.3"),
    ("She was fined under Part 1 of Article 20.3.3 of the Code of Administrative Offenses. Activists want "
     "the \"discrediting\" article repealed.", "\"discrediting\" article", "ru-coao/20.3.3"),
    ("He was fined under Article 20.3.1 of the Code of Administrative Offenses and later charged under Article 282 "
     "of the Criminal Code. A second fine under the administrative article followed.", "administrative article",
     "ru-coao/20.3.1"),
], ids=["under-the-article", "quoted-nickname", "administrative"])
def test_article_reference_is_the_article_cited_before(run, text, surface, path):
    ex = run(text)
    assert keys(ex, surface) == {"prov:" + path}


def test_the_government_as_subject_is_russias(run):
    ex = run("The Duma passed the bill on Tuesday. The government must now adopt the regulations.")
    assert keys(ex, "government") == {"lex:ru-government"}


@pytest.mark.parametrize("text", [
    "The company asked the government to stop prosecuting users.",
    "The British government said the government would respond within a week.",
], ids=["object", "other-government-named"])
def test_the_government_left_alone(run, text):
    assert "lex:ru-government" not in {m.entity for m in run(text).mentions}


# --- states.py: countries acting as states -------------------------------------------------------

@pytest.mark.parametrize("text, country", [
    ("Germany summoned the Russian ambassador over the verdict.", "Germany"),
    ("The judge is on the United States' sanctions list.", "United States"),
    ("The blogger was sanctioned by Canada last year.", "Canada"),
], ids=["subject-of-state-act", "owner-of-instrument", "passive-agent"])
def test_country_acting_as_a_state(run, text, country):
    assert (country, "GovernmentBody") in pairs(run(text))


@pytest.mark.parametrize("text", [
    "The blogger moved to Germany in 2019.",
    "Russia invaded Ukraine in February.",
], ids=["place", "military-act"])
def test_country_as_a_place(run, text):
    assert not [m for m in run(text).mentions if m.type == "GovernmentBody"]


def test_respondent_state_inside_a_case_name(run):
    ex = run("The Court delivered its judgment in Bayev and Others v. Russia on Tuesday.")
    assert ("Russia", "GovernmentBody") in pairs(ex)
    assert [m for m in ex.mentions if m.type == "Ruling" and "Bayev" in m.text]


# --- rulings.py ----------------------------------------------------------------------------------

def test_court_decision_nouns_refer_back_to_one_ruling(run):
    ex = run("The Zarechny District Court of Ostrovets banned the group on Monday. The ruling takes effect at once. "
             "Lawyers will appeal the decision. The court's written decision was published later.")
    assert one_key(ex, "ruling", "decision", "court's written decision")
    assert len({m.entity for m in ex.mentions if m.type == "Ruling"}) == 1


def test_possessive_pronoun_makes_a_new_ruling(run):
    ex = run("Judge Irina Lapteva of the Supreme Court granted the suit. Her ruling dissolved the group. "
             "Judge Pavel Grekov granted a second suit. His decision closed its sister group.")
    rulings = {m.entity for m in ex.mentions if m.type == "Ruling"}
    assert len(rulings) == 2


@pytest.mark.parametrize("text", [
    "No court ruling against the platform has been issued so far.",
    "Supporters shouted when the rulings were read.",
    "Neither decision has taken effect yet, the Supreme Court said.",
    "Critics say any ban would be hard to enforce.",
], ids=["negated", "plural", "neither", "any"])
def test_generic_ruling_nouns(run, text):
    assert not [m for m in run(text).mentions if m.type == "Ruling"]


def test_warning_from_an_issuer(run):
    ex = run("The newspaper suspended publication after receiving a second warning from Roskomnadzor. "
             "That warning concerned a report on the war.")
    assert one_key(ex, "second warning", "warning")


def test_generic_possessor_is_part_of_the_mention(run):
    ex = run("The Prosecutor General's Office declared the outlet undesirable on Thursday. The decision was taken "
             "under the law. The path to Thursday's decision began two years ago.")
    assert ("Thursday's decision", "Ruling") in pairs(ex)
    assert one_key(ex, "decision", "Thursday's decision")


# --- bills.py ------------------------------------------------------------------------------------

def test_law_described_by_what_it_does(run_bare):
    ex = run_bare("The president signed legislation barring foreign agents from teaching in schools.")
    assert ("legislation barring foreign agents from teaching in schools", "Law") in pairs(ex)


def test_bill_only_asked_for_is_not_a_law(run_bare):
    ex = run_bare("The company petitioned the Duma to introduce a bill pardoning users convicted over reposts.")
    assert not [m for m in ex.mentions if m.type == "Law"]


def test_bill_acted_on(run_bare):
    ex = run_bare("The president submitted the bill to the State Duma on October 3.")
    assert ("bill", "Law") in pairs(ex)


# --- entities.py and patterns: laws, bodies, courts ----------------------------------------------

@pytest.mark.parametrize("text, surface, key", [
    ("The ministry cited the federal law \"On Countering Extremist Activity\".",
     "federal law \"On Countering Extremist Activity\"", "lex:ru-law-extremism-114fz"),
    ("It amends the Federal Law \"On Communications\".", "Federal Law \"On Communications\"",
     "lex:ru-law-communications"),
    ("It amends the Federal Law \"On Beekeeping\".", "Federal Law \"On Beekeeping\"", None),
], ids=["known-title", "known-title-2", "unknown-title"])
def test_law_cited_by_quoted_title(run, text, surface, key):
    ex = run(text)
    assert (surface, "Law") in pairs(ex)
    if key:
        assert keys(ex, surface) == {key}


def test_numbered_law_keeps_its_date(run_bare):
    ex = run_bare("The rule came with Federal Law No. 412-FZ of 20 July 2012 and Federal Law of 5 May 2014 No. 97-FZ.")
    assert {("Federal Law No. 412-FZ of 20 July 2012", "Law"), ("Federal Law of 5 May 2014 No. 97-FZ", "Law")} \
        <= pairs(ex)


def test_possessive_inside_a_lexicon_name_and_its_parent(run):
    ex = run("The chairman of the State Duma's security committee spoke first.")
    assert keys(ex, "State Duma's security committee") == {"lex:ru-duma-security-committee"}
    assert keys(ex, "State Duma") == {"lex:ru-state-duma"}


def test_parliament_committee_pattern_keeps_the_parliament(run_bare):
    ex = run_bare("Olga Rybina, head of the Duma's Committee on Water Resources and Fisheries, said so.")
    assert ("Duma's Committee on Water Resources and Fisheries", "GovernmentBody") in pairs(ex)


@pytest.mark.parametrize("text, expected, absent", [
    ("He was fined by the Kirovsky District Court of the Zlatograd Region last week.",
     "Kirovsky District Court of the Zlatograd Region", None),
    ("A Ostrovets district court on Friday ordered the site blocked.", None, "Ostrovets district court"),
    ("Putin signed the bills into law on Thursday.", None, "law on Thursday"),
    ("Kovalenko and Rybin introduce the package in the Duma.", None, "Rybin introduce the package"),
], ids=["court-of-the-region", "indefinite-court-description", "law-on-a-date", "no-gloss-without-brackets"])
def test_pattern_boundaries(run_bare, text, expected, absent):
    surfaces = {m.text for m in run_bare(text).mentions}
    assert expected is None or expected in surfaces
    assert absent is None or absent not in surfaces
