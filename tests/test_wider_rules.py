"""Rules found by widening the development set (issue 3), on sentences of our own: the article a part
reference names, pronoun chains and gender, named examples of a plural object, names that only describe
the one acted on, relative clauses with their own subject, cases brought to a court, magistrates' courts,
places read as names, and the verdict of one case kept off another."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kg.components.candidates import Candidate
from kg.components.typing import complete_given_names, full_names, place_named
from kg.coref import gender_of
from kg.model import Article
from sentences import facts, has


def test_a_pronoun_passes_on_the_referent_of_the_same_pronoun_before_it(nlp, lexicon):
    text = ("Oleg Orlov posted a cartoon about the mayor. The post was reported by a neighbour. The judge found "
            "him guilty. It was his first penalty. In June he was fined 15,000 rubles under Article 20.1 of the Code "
            "of Administrative Offences.")
    assert has(facts(nlp, lexicon, text), "Oleg Orlov", "finedUnder", "Article 20.1")


@pytest.mark.parametrize("name, gender", [
    ("Maria", "f"), ("Olga Petrenko", None), ("Yulia Navalnaya", "f"), ("Boris Nemtsov", "m"), ("Ilya", "m"),
    ("Lukashenka", None), ("Kara-Murza", None), ("Darya Kozlova", "f"), ("Oleg Orlov", "m"),
], ids=lambda x: str(x))
def test_gender_shown_by_a_russian_name(name, gender):
    assert gender_of(name) == gender


def test_he_skips_a_woman_named_in_the_sentence_before(nlp, lexicon):
    text = ("Kirill Smirnov was detained in Tver in May. Darya Smirnova was placed in a shelter. He was sentenced "
            "by the Tsentralny District Court to three years.")
    found = facts(nlp, lexicon, text)
    assert has(found, "Tsentralny District Court", "convicted", "Kirill Smirnov")
    assert not has(found, "Tsentralny District Court", "convicted", "Darya")


def test_the_named_examples_of_a_plural_object_are_acted_on(nlp, lexicon):
    found = facts(nlp, lexicon, "Roskomnadzor has restricted several messengers this year, including Viber and "
                                "WhatsApp.")
    assert has(found, "Roskomnadzor", "blocked", "Viber")
    assert has(found, "Roskomnadzor", "blocked", "WhatsApp")


def test_a_name_that_describes_the_one_fined_is_not_fined(nlp, lexicon):
    found = facts(nlp, lexicon, "The Zamoskvoretsky District Court fined the administrator of a Telegram channel "
                                "20,000 rubles.")
    assert not has(found, "Zamoskvoretsky", "fined", "Telegram")


def test_a_relative_clause_with_its_own_subject_acts_on_the_noun_it_describes(nlp, lexicon):
    found = facts(nlp, lexicon, "Bellingcat, an investigative group that the Prosecutor General's Office declared "
                                "undesirable in 2022, published a new report.")
    assert has(found, "Prosecutor General", "designated", "Bellingcat")


@pytest.mark.parametrize("text, party, court", [
    ("The Tverskoy District Court fined the publisher. The lawsuit had been filed by Roskomnadzor.",
     "Roskomnadzor", "Tverskoy"),
    ("The Basmanny District Court banned the book. The Moscow prosecutor's office, which brought the case, "
     "welcomed the ruling.", "Moscow", "Basmanny"),
    ("The Justice Ministry went to court in March. In May the Supreme Court ordered the group dissolved.",
     "Justice", "Supreme Court"),
], ids=["passive-filed", "relative-brought", "went-to-court"])
def test_who_brings_a_case_petitions_the_court_that_hears_it(nlp, lexicon, text, party, court):
    assert has(facts(nlp, lexicon, text), party, "petitioned", court)


def test_launching_a_criminal_case_is_not_petitioning_a_court(nlp, lexicon):
    found = facts(nlp, lexicon, "The Investigative Committee launched a case against the artist. The Basmanny "
                                "District Court later arrested her.")
    assert not any(p == "petitioned" for _, p, _ in found)


@pytest.mark.parametrize("text, court", [
    ("A magistrate's court of Moscow's Meshchansky district fined Twitch 4 million rubles.",
     "magistrate's court of Moscow's Meshchansky district"),
    ("A justice of the peace in the Presnensky district fined Twitch 3 million rubles.",
     "justice of the peace in the Presnensky district"),
], ids=["magistrate", "justice-of-the-peace"])
def test_a_magistrate_named_by_district_is_a_court_that_acts(nlp, lexicon, text, court):
    found = facts(nlp, lexicon, text)
    assert (court, "fined", "Twitch") in found


def test_the_verdict_of_a_conviction_does_not_apply_to_an_earlier_fine_under_another_article(nlp, lexicon):
    text = ("On Tuesday the Sovetsky District Court sentenced Igor Belov to two years under Part 1 of Article 280.3 "
            "of the Criminal Code. Belov heard the verdict by video link. His lawyer said he would appeal. In 2022 "
            "Belov was fined 30,000 rubles under Article 20.3.3 of the Code of Administrative Offences. The post "
            "was about a bridge.")
    found = facts(nlp, lexicon, text)
    assert has(found, "verdict", "applies", "Part 1 of Article 280.3")
    assert not has(found, "verdict", "applies", "Article 20.3.3")


# --- name rules on hand-built parses --------------------------------------------------------

def parse(nlp, words, pos, sent_starts=None):
    return Doc(nlp.vocab, words=words, pos=pos, sent_starts=sent_starts)


def test_a_given_name_read_alone_takes_the_surname_after_it(nlp):
    doc = parse(nlp, ["Judge", "Galina", "Rudenko", "ruled", "."], ["NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
                sent_starts=[True, False, False, False, False])
    cand = Candidate(6, 12, "Person", "ner", "entity.ner_person.v1", 0.7)
    complete_given_names(doc, [cand], {"Galina"})
    assert doc.text[cand.start:cand.end] == "Galina Rudenko"


def test_a_given_name_before_a_surname_used_alone_makes_the_full_name(nlp):
    doc = parse(nlp, ["Artur", "Zaitsev", "spoke", ".", "Zaitsev", "left", "."],
                ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"])
    start = doc.text.rindex("Zaitsev")
    surname = Candidate(start, start + len("Zaitsev"), "Person", "ner", "entity.ner_person.v1", 0.7)
    found = full_names(doc, [surname], {"Artur"})
    assert [doc.text[c.start:c.end] for c in found] == ["Artur Zaitsev"]


@pytest.mark.parametrize("words, name, place", [
    (["TOMSK", ",", "May", "3", "—", "A", "court", "ruled", "."], "TOMSK", True),
    (["He", "lives", "in", "the", "town", "of", "Kimry", "."], "Kimry", True),
    (["TASS", "reported", "the", "ruling", "."], "TASS", False),
], ids=["dateline", "town-of", "agency"])
def test_a_name_the_text_marks_as_a_place(nlp, words, name, place):
    doc = parse(nlp, words, ["PROPN"] * len(words))
    start = doc.text.index(name)
    assert place_named(doc, Candidate(start, start + len(name), "Organization", "ner", "entity.ner_org.v1", 0.6)) \
        is place
