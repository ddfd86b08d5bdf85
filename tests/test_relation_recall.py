"""Relation rules for shapes news reports use all the time, read through the real model from sentences of
our own about real events: datelines, a court named by its qualifiers, plural and descriptive anaphors for
laws, a bill passing a chamber, bodies whose names hold their parent, a penalty noun imposed under a
provision, coordinated charges, misparsed subjects, and group nouns that are not the group."""

from __future__ import annotations

import pytest

import sentences
from sentences import has


def facts(nlp, lexicon, text: str) -> set[tuple[str, str, str]]:
    return sentences.facts(nlp, lexicon, text, published="2024-03-15")


@pytest.mark.parametrize("text, expected", [
    # a dateline read as the subject, the court its apposition
    ("MOSCOW, Nov 30 — The Supreme Court on Thursday banned the Jehovah's Witnesses as an extremist organization.",
     ("Supreme Court", "banned", "Jehovah")),
    # "a Moscow district court": the article's one court whose name and city hold both words
    ("A Moscow district court on Tuesday fined the Wikimedia Foundation 2 million rubles. The Tagansky District "
     "Court of Moscow found that the foundation had not deleted banned articles. The foundation said it would "
     "appeal to the Moscow City Court.", ("Tagansky", "fined", "Wikimedia")),
    # an aspectual verb lends its subject to the action it begins
    ("Last summer Roskomnadzor started throttling YouTube on desktop computers.",
     ("Roskomnadzor", "blocked", "YouTube")),
    # a long apposition makes the parser hang the passive subject on the participle
    ("Nadezhda Buyanova, a paediatrician working at a Moscow clinic, was sentenced to five and a half years by the "
     "Khamovnichesky District Court.", ("Khamovnichesky", "convicted", "Buyanova")),
], ids=["dateline", "described-court", "aspectual", "stray-subject"])
def test_who_acted_on_whom(nlp, lexicon, text, expected):
    assert has(facts(nlp, lexicon, text), *expected)


def test_a_dated_verdict_is_the_ruling_of_the_conviction_after_it(nlp, lexicon):
    found = facts(nlp, lexicon, "We condemn Monday's verdict against the former journalist Ivan Safronov. Judge "
                                "Dmitry Gorbachev of the Moscow City Court found Safronov guilty of treason under "
                                "Article 275 of the Criminal Code.")
    assert has(found, "Moscow City Court", "issued", "verdict")
    assert has(found, "verdict", "applies", "Article 275")


def test_both_and_them_stand_for_the_two_laws_just_named(nlp, lexicon):
    found = facts(nlp, lexicon, "In May, deputies introduced Federal Law No. 236-FZ on the activities of foreign "
                                "internet companies and Federal Law No. 530-FZ. Both passed the State Duma in June and "
                                "were approved by the Federation Council before Vladimir Putin signed them into law.")
    for law in ("236-FZ", "530-FZ"):
        assert has(found, "State Duma", "adopted", law)  # "<law> passed the Duma"
        assert has(found, "Federation Council", "adopted", law)  # the shared subject of "were approved by"
        assert has(found, "Putin", "signed", law)


def test_both_with_three_laws_in_reach_is_left_alone(nlp, lexicon):
    found = facts(nlp, lexicon, "Deputies debated Federal Law No. 236-FZ, Federal Law No. 530-FZ and Federal Law "
                                "No. 90-FZ in one sitting. Both passed the State Duma in June.")
    assert not any(p == "adopted" for _, p, _ in found)


def test_it_after_a_described_subject_and_the_bill_is_the_law_the_article_is_about(nlp, lexicon):
    found = facts(nlp, lexicon, "Federal Law No. 236-FZ obliges foreign internet companies to open offices in Russia. "
                                "The bill was drafted by Alexander Khinshtein. The State Duma approved it in June.")
    assert has(found, "State Duma", "adopted", "236-FZ")
    found = facts(nlp, lexicon, "Federal Law No. 90-FZ amends the Federal Law \"On Communications\". Critics say "
                                "Federal Law No. 90-FZ isolates the Russian internet. In April the Federation "
                                "Council approved the bill.")
    assert has(found, "Federation Council", "adopted", "90-FZ")
    assert not has(found, "Federation Council", "adopted", "Communications")


def test_a_body_whose_name_holds_its_parent_is_part_of_it(nlp, lexicon):
    found = facts(nlp, lexicon, "The State Duma's Committee on Information Policy backed the bill on Tuesday.")
    assert has(found, "Committee on Information Policy", "subOrganizationOf", "State Duma")


def test_a_fine_imposed_under_a_provision_falls_on_the_one_fined_before(nlp, lexicon):
    found = facts(nlp, lexicon, "On Thursday the Tagansky District Court fined Twitch 4 million rubles. The fine was "
                                "imposed under Article 13.41 of the Code of Administrative Offenses.")
    assert has(found, "Twitch", "finedUnder", "Article 13.41")
    found = facts(nlp, lexicon, "The Meshchansky District Court imposed a fine on Apple under Article 13.41 of the "
                                "Code of Administrative Offenses.")
    assert has(found, "Meshchansky", "fined", "Apple") and has(found, "Apple", "finedUnder", "Article 13.41")


def test_coordinated_charges(nlp, lexicon):
    found = facts(nlp, lexicon, "Investigators opened a criminal case against Ilya Yashin under Part 2 of Article "
                                "207.3 of the Criminal Code, for spreading false information, and Part 1 of Article "
                                "280.")
    assert has(found, "Yashin", "prosecutedUnder", "Part 2 of Article 207.3")
    assert has(found, "Yashin", "prosecutedUnder", "Part 1 of Article 280")
    found = facts(nlp, lexicon, "Ilya Yashin was found guilty on two counts: spreading false information about the "
                                "army under Article 207.3 of the Criminal Code, and public calls for extremism under "
                                "Article 280.")
    assert has(found, "Yashin", "convictedUnder", "Article 207.3")
    assert has(found, "Yashin", "convictedUnder", "Article 280")


def test_a_group_noun_is_not_the_group_that_names_it(nlp, lexicon):
    found = facts(nlp, lexicon, "Police opened a criminal case against Telegram users under Article 280 of the "
                                "Criminal Code.")
    assert not any("Telegram" in s or "Telegram" in o for s, p, o in found)


def test_a_body_after_its_parent_s_possessive_is_part_of_it(nlp, lexicon):
    found = facts(nlp, lexicon, "Officers of the Interior Ministry's Center E searched the activist's flat.")
    assert has(found, "Countering Extremism", "subOrganizationOf", "Internal Affairs")


def test_them_stands_for_two_coordinated_platforms(nlp, lexicon):
    found = facts(nlp, lexicon, "Facebook and Instagram were blocked in March 2022. The Tverskoy District Court "
                                "banned them as extremist later that month.")
    assert has(found, "Tverskoy", "banned", "Facebook") and has(found, "Tverskoy", "banned", "Instagram")
