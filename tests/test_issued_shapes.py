"""Who issued a ruling or law, in shapes that journalists write and the verb tables alone miss: "the court" and
"its" meaning the court the paragraph is about (not one named in a clause inside), a bare "parliament" acting,
"signed <law>, passed by parliament", "an amendment to <law> that X signed" (the amendment, not the law it
amends), a court's dated guidance and its interim measures. Sentences of our own, read through the real model,
each with near misses that must stay silent (negation, the future, requests, two candidate issuers)."""

from __future__ import annotations

import pytest

import sentences
from kg.vocab import base_of


def facts(nlp, lexicon, text: str) -> set[tuple[str, str, str]]:
    return sentences.facts(nlp, lexicon, text, published="2021-06-01")


def issued(found: set, issuer: str, act: str) -> bool:
    return any(issuer in s and base_of(p) == "issued" and act in o for s, p, o in found)


def rulings(nlp, lexicon, text: str) -> set[str]:
    return {label for label, kind in sentences.entities(nlp, lexicon, text) if kind == "Ruling"}


# --- "the court", "its": the main clause's court, not one named inside a relative or reported clause -------------

@pytest.mark.parametrize("text, issuer, other", [
    ("The Constitutional Court ruled on Thursday that Russia cannot pay the sum that the European Court of Human "
     "Rights awarded to the shareholders. In its ruling, the court said that paying would breach the Constitution.",
     "Constitutional Court", "European Court of Human Rights"),
    ("The Supreme Court upheld the ban on Monday, overturning a decision that the Moscow City Court had taken in "
     "May. In its ruling, the court said the group posed a danger.", "Supreme Court", "Moscow City Court"),
    ("The Moscow City Court rejected the appeal against the sentence that the Tverskoy District Court had handed "
     "down. In its decision, the court noted that the evidence was sufficient.", "Moscow City Court", "Tverskoy"),
], ids=["constitutional-vs-echr", "supreme-vs-city", "city-vs-district"])
def test_its_ruling_belongs_to_the_main_clause_court(nlp, lexicon, text, issuer, other):
    found = facts(nlp, lexicon, text)
    ruling = [o for s, p, o in found if base_of(p) == "issued" and o.startswith(issuer)]
    assert ruling, found
    assert not any(other in s and base_of(p) == "issued" and o == ruling[0] for s, p, o in found)


# --- a bare "parliament" that acts is the country's parliament -----------------------------------------------------

@pytest.mark.parametrize("text, act", [
    ("Federal Law No. 32-FZ, passed by parliament in a single day, introduced the new offence.", "32-FZ"),
    ("Parliament passed the Law on Mass Media in one reading, and Vladimir Putin signed it on Friday.", "Mass Media"),
    ("The Yarovaya law was adopted by parliament in June 2016.", "Yarovaya"),
], ids=["agent-of-participle", "subject", "passive"])
def test_a_bare_parliament_that_passes_a_law_issued_it(nlp, lexicon, text, act):
    assert issued(facts(nlp, lexicon, text), "Federal Assembly", act)


@pytest.mark.parametrize("text", [
    "Parliament did not pass the Law on Mass Media.",
    "Parliaments across Europe have adopted similar rules.",
    "The Latvian parliament adopted the Law on Mass Media in May.",
    "The Verkhovna Rada debated the bill. The Law on Mass Media was adopted by parliament in May.",
], ids=["negated", "plural", "qualified", "other-country"])
def test_a_parliament_that_is_not_russias_acting_is_not_the_federal_assembly(nlp, lexicon, text):
    found = facts(nlp, lexicon, text)
    assert not issued(found, "Federal Assembly", "")
    assert ("Federal Assembly of Russia", "GovernmentBody") not in sentences.entities(nlp, lexicon, text)


# --- "signed <law>, passed by <body>": the trailing participle describes the law ----------------------------------

@pytest.mark.parametrize("text, body, act", [
    ("On March 4 Vladimir Putin signed Federal Law No. 32-FZ, passed by parliament in a single day.",
     "Federal Assembly", "32-FZ"),
    ("Vladimir Putin signed the Yarovaya law on Friday, adopted by the State Duma only two days earlier.",
     "State Duma", "Yarovaya"),
], ids=["parliament", "duma"])
def test_a_participle_after_the_signed_law_says_who_passed_it(nlp, lexicon, text, body, act):
    found = facts(nlp, lexicon, text)
    assert issued(found, body, act)
    assert issued(found, "Vladimir Putin", act)


def test_a_participle_after_an_object_that_is_no_act_issues_nothing(nlp, lexicon):
    found = facts(nlp, lexicon, "The case rests on an essay Orlov wrote in 2022, published in French by Mediapart.")
    assert not any(base_of(p) == "issued" for _, p, _ in found)


# --- "an amendment to <law> that X signed": X signed the amendment, not the law it amends -------------------------

@pytest.mark.parametrize("text, signer, amendment, amended", [
    ('The fine follows the so-called "law against Apple", an amendment to the Law on Consumer Rights Protection '
     "that President Vladimir Putin signed in December 2019.", "Vladimir Putin", "law against Apple", "Consumer"),
    ("The State Duma approved amendments to the Criminal Code that Vladimir Putin signed a week later.",
     "Vladimir Putin", None, "Criminal Code"),
    ("The Yarovaya law, an amendment to the Law on Mass Media which the State Duma adopted in 2016, bans it.",
     "State Duma", "Yarovaya", "Mass Media"),
], ids=["apposed-name", "no-name", "which"])
def test_a_relative_clause_on_the_amended_law_signs_the_amendment(nlp, lexicon, text, signer, amendment, amended):
    found = facts(nlp, lexicon, text)
    assert not issued(found, signer, amended)
    if amendment:
        assert issued(found, signer, amendment)


def test_a_relative_clause_on_a_law_itself_still_signs_that_law(nlp, lexicon):
    found = facts(nlp, lexicon, "Vladimir Putin signed the Law on Mass Media, which the State Duma had passed in May.")
    assert issued(found, "State Duma", "Mass Media")


# --- a court's dated guidance and its interim measures are rulings ------------------------------------------------

@pytest.mark.parametrize("text, issuer", [
    ("The Supreme Court adopted a new resolution. It amends the court's guidance of June 28, 2011, on extremism "
     "cases.", "Supreme Court"),
    ("The Supreme Court's clarifications of November 2016 told judges to weigh the context of a repost.",
     "Supreme Court"),
], ids=["court-s-guidance", "named-clarifications"])
def test_a_court_s_dated_guidance_is_its_ruling(nlp, lexicon, text, issuer):
    found = facts(nlp, lexicon, text)
    assert any(issuer in s and base_of(p) == "issued" and ("guidance" in o or "clarification" in o)
               for s, p, o in found), found


@pytest.mark.parametrize("text", [
    "The Presidential Council welcomed the clarification on Thursday.",
    "The Supreme Court's guidance for judges is often ignored.",
    "Judges need guidance of some kind.",
], ids=["bare", "undated", "no-issuer"])
def test_guidance_without_issuer_and_date_is_no_ruling(nlp, lexicon, text):
    assert not any("guidance" in r or "clarification" in r for r in rulings(nlp, lexicon, text))


@pytest.mark.parametrize("text", [
    "The Moscow City Court blocked the site for good. The decision followed interim measures that the same court "
    "had imposed on the tracker earlier this year.",
    "The Moscow City Court granted interim measures against the site in March.",
    "Interim measures were imposed by the Moscow City Court on the tracker in March.",
], ids=["relative", "granted", "passive"])
def test_interim_measures_a_court_imposed_are_its_ruling(nlp, lexicon, text):
    assert issued(facts(nlp, lexicon, text), "Moscow City Court", "measures")


@pytest.mark.parametrize("text", [
    "The publisher asked the Moscow City Court to impose interim measures on the site.",
    "The Moscow City Court will impose interim measures next week.",
    "The Moscow City Court did not grant interim measures.",
    "Lawyers say interim measures are rarely effective.",
], ids=["requested", "future", "negated", "generic"])
def test_interim_measures_only_asked_for_or_planned_are_no_ruling(nlp, lexicon, text):
    assert not any("measures" in r for r in rulings(nlp, lexicon, text))


# --- "a government resolution": the government whose act it is ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "A government resolution adopted in November 2020 sets out the list of programs.",
    "The government decree of 2021 lists the apps that must be pre-installed.",
], ids=["resolution", "decree"])
def test_a_government_act_is_the_russian_government_s(nlp, lexicon, text):
    assert issued(facts(nlp, lexicon, text), "Government of Russia", "")


@pytest.mark.parametrize("text", [
    "The Latvian government resolution revoked the licence.",
    "Experts called for a government resolution on the matter.",
], ids=["other-country", "requested"])
def test_a_government_act_of_another_country_or_only_asked_for_is_not_russia_s(nlp, lexicon, text):
    assert not issued(facts(nlp, lexicon, text), "Government of Russia", "")


# --- a court decision told by its verb first, named by a noun later: the one court that decided -------------------

@pytest.mark.parametrize("text", [
    "On August 4 the Tagansky District Court found that LinkedIn had violated the law. LinkedIn appealed, but the "
    "Moscow City Court left the ruling in force in November.",
    "The Tagansky District Court on Friday ordered the messenger blocked across Russia. Lawyers for the company "
    "called the decision absurd.",
], ids=["found-then-ruling", "ordered-then-decision"])
def test_a_later_decision_noun_is_the_deciding_court_s(nlp, lexicon, text):
    assert issued(facts(nlp, lexicon, text), "Tagansky District Court", "")


@pytest.mark.parametrize("text", [
    "The Tagansky District Court fined the company in May, and the Moscow City Court upheld the fine in June. "
    "Lawyers for the company called the decision absurd.",
    "Prosecutors asked the Tagansky District Court to ban the group. Lawyers for the group called the decision "
    "absurd.",
    "The Tagansky District Court will rule on the case next week. Lawyers expect the decision to be harsh.",
], ids=["two-courts", "only-asked", "future"])
def test_a_decision_noun_after_no_single_deciding_court_gets_no_issuer_from_it(nlp, lexicon, text):
    ex = sentences.extraction(nlp, lexicon, text, published="2021-06-01")
    assert not [r for r in ex.relations if r.evidence.rule == "relation.ruling_of_deciding_court.v1"]


@pytest.mark.parametrize("text, court, other", [
    ("The Constitutional Court of Russia decided on Tuesday that the state need not carry out a judgment in which "
     "the European Court of Human Rights had found that two prisoners were wrongly denied the vote, calling the "
     "Strasbourg decision contrary to the basic law. The question came before the Constitutional Court at the "
     "request of the Justice Ministry, which defends Russia before the Strasbourg court in such cases. In its "
     "decision, the court said that the ban on voting by inmates was written into the Constitution itself and that "
     "no international body could change it. The court's chairman, Valery Zorkin, told reporters that Russia "
     "remained a party to the Convention.",
     "Constitutional Court", "European Court of Human Rights"),
], ids=["far-main-subject"])
def test_the_court_s_chairman_belongs_to_the_court_the_paragraph_is_about(nlp, lexicon, text, court, other):
    found = facts(nlp, lexicon, text)
    assert any("Zorkin" in s and base_of(p) == "roleIn" and court in o for s, p, o in found), found
    assert not any("Zorkin" in s and other in o for s, p, o in found)


# --- "the ban" right after "<court> banned <X>": the act the verb told, issued by its subject ----------------------

@pytest.mark.parametrize("text, issuer", [
    ("The Tverskoy District Court granted a claim of prosecutors and banned Meta Platforms as an extremist "
     "organization. Its messenger WhatsApp is not affected by the ban.", "Tverskoy District Court"),
    ("Roskomnadzor banned the VPN service on Monday. The company said the ban would not stop its users.",
     "Roskomnadzor"),
], ids=["court-shared-subject", "agency"])
def test_the_ban_after_a_body_banned_is_its_ruling(nlp, lexicon, text, issuer):
    assert issued(facts(nlp, lexicon, text), issuer, "ban")


@pytest.mark.parametrize("text", [
    "Prosecutors asked the Tverskoy District Court to ban Meta Platforms. Lawyers said the ban would be illegal.",
    "The Tverskoy District Court may ban Meta Platforms next week. WhatsApp would not be affected by the ban.",
    "The Tverskoy District Court did not ban Meta Platforms. Activists had feared the ban.",
], ids=["requested", "modal", "negated"])
def test_the_ban_after_a_ban_only_asked_for_or_possible_is_no_ruling(nlp, lexicon, text):
    assert not any(r == "ban" or "ban" in r.split() for r in rulings(nlp, lexicon, text))
