"""General shapes of kg:issued and kg:concerns in news copy, read through the real model from sentences of our own
(written for the variety of wordings, not taken from any article): a ruling named in a phrase set after its court,
a relative clause with or without a relative word, a participle set before the clause, a law that brings changes,
a sentence being served, a court ruling "in the case of" a named case. Each shape comes with near-misses."""

from __future__ import annotations

import pytest

from sentences import CONCERNS as FINE
from sentences import facts, has, rulings

ISSUED = ("issued", "signed", "adopted")


def issued(found: set, actor: str, act: str) -> bool:
    return any(has(found, actor, p, act) for p in ISSUED)


# --- "the ruling of <court> against <X>": the 'against' the parser hangs on the court is the ruling's ---------------

@pytest.mark.parametrize("text, target", [
    ("The ruling of the Leninsky District Court against Yulia Tsvetkova was upheld.", "Tsvetkova"),
    ("The ruling of the Leninsky District Court against Meduza was upheld on Friday.", "Meduza"),
    ("The decision by the Tagansky District Court against Telegram took effect in April.", "Telegram"),
], ids=["person", "organization", "decision-by"])
def test_against_hung_on_the_issuer_is_the_rulings(nlp, lexicon, text, target):
    found = facts(nlp, lexicon, text)
    assert any(p == "targets" and target in o for _, p, o in found)


@pytest.mark.parametrize("text, other", [
    ("The ruling of the Leninsky District Court was criticised by Yulia Tsvetkova.", "Tsvetkova"),
    ("Meduza reported the ruling of the Leninsky District Court on Friday.", "Meduza"),
], ids=["critic", "reporter"])
def test_a_ruling_is_not_about_who_talks_of_it(nlp, lexicon, text, other):
    assert not any(p in FINE and other in o for _, p, o in facts(nlp, lexicon, text))


# --- "<court>, in a ruling issued on Thursday, declared ...": a ruling in a phrase after the court ---------------

@pytest.mark.parametrize("text, court", [
    ("The Supreme Court, in a ruling issued on Thursday, declared the movement extremist.", "Supreme Court"),
    ("The Moscow City Court, in a decision dated May 5, ordered the release of Ilya Yashin.", "Moscow City Court"),
    ("The Supreme Court ordered the liquidation of Memorial in a ruling on December 28.", "Supreme Court"),
    ("The Moscow City Court upheld the ban on Meta in a decision published on Friday.", "Moscow City Court"),
], ids=["between-commas", "dated", "after-the-verb", "after-the-object"])
def test_a_ruling_set_after_its_court_was_issued_by_it(nlp, lexicon, text, court):
    found = facts(nlp, lexicon, text)
    assert any(p == "issued" and court in s for s, p, _ in found)


@pytest.mark.parametrize("text", [
    "Memorial was liquidated in a ruling on December 28.",
    "Navalny said in a statement that the decree was illegal.",
    "Memorial, in a decision that surprised many, closed its Moscow office.",
], ids=["passive-no-court", "statement", "not-a-court"])
def test_a_ruling_phrase_without_a_court_subject_issues_nothing(nlp, lexicon, text):
    assert not any(p in ISSUED for _, p, _ in facts(nlp, lexicon, text))


# --- a relative clause on the act: "a decree Putin signed", "the decree, which Putin signed" ---------------------

@pytest.mark.parametrize("text, actor, act", [
    ("A decree Putin signed on Friday bans the export of grain.", "Putin", "decree"),
    ("The decree, which Putin signed on Monday, bans Meta.", "Putin", "decree"),
    ("The order that Roskomnadzor issued on Monday blocks Meduza.", "Roskomnadzor", "order"),
    ("The Yarovaya law Putin signed in 2016 requires operators to store data.", "Putin", "Yarovaya"),
], ids=["contact-decree", "which-decree", "that-order", "contact-law"])
def test_an_act_a_relative_clause_issues(nlp, lexicon, text, actor, act):
    assert issued(facts(nlp, lexicon, text), actor, act)


@pytest.mark.parametrize("text", [
    "A decree Putin will sign next week bans the export of grain.",
    "A decree Putin never signed was leaked.",
    "The decree, which Putin will sign on Monday, bans Meta.",
    "The Yarovaya law Putin refused to sign was shelved.",
], ids=["will", "never", "which-will", "refused"])
def test_an_unsigned_act_in_a_relative_clause_is_no_fact(nlp, lexicon, text):
    found = facts(nlp, lexicon, text)
    assert not any(p in ISSUED for _, p, _ in found)
    assert not rulings(nlp, lexicon, text)


# --- "Signed by Putin in July 2016, the Yarovaya law ...": a participle set before the clause -------------------

@pytest.mark.parametrize("text, actor, law", [
    ("Signed by Putin in July 2016, the Yarovaya law requires operators to store data.", "Putin", "Yarovaya"),
    ("Adopted by the State Duma in 2012, the Dima Yakovlev law bans adoptions by Americans.", "State Duma",
     "Dima Yakovlev"),
    ("Approved by the Federation Council on Wednesday, the bloggers law takes effect in August.",
     "Federation Council", "bloggers law"),
], ids=["signed", "adopted", "approved"])
def test_a_fronted_participle_issues_the_subject(nlp, lexicon, text, actor, law):
    assert issued(facts(nlp, lexicon, text), actor, law)


@pytest.mark.parametrize("text", [
    "Criticised by Human Rights Watch, the Yarovaya law took effect in 2018.",
    "Drafted by Irina Yarovaya, the Yarovaya law took effect in 2018.",
    "Passed in the first reading by the State Duma, the Yarovaya law went back to committee.",
], ids=["criticised", "drafted", "first-reading"])
def test_a_fronted_participle_of_another_act_issues_nothing(nlp, lexicon, text):
    assert not any(p in ISSUED for _, p, _ in facts(nlp, lexicon, text))


# --- "The law brought changes to <law>": a law carrying changes to a law amends it --------------------------------

@pytest.mark.parametrize("text, law, changed", [
    ("The Yarovaya law brought changes to the Criminal Code.", "Yarovaya", "Criminal Code"),
    ("The bloggers law was signed in May. It brought sweeping changes to the Law on Information.", "bloggers",
     "Information"),
    ("The Yarovaya law contains amendments to the Criminal Code.", "Yarovaya", "Criminal Code"),
    ("The Yarovaya law included changes to the Code of Criminal Procedure.", "Yarovaya", "Criminal Procedure"),
], ids=["brought", "it-brought", "contains", "included"])
def test_a_law_carrying_changes_amends(nlp, lexicon, text, law, changed):
    assert has(facts(nlp, lexicon, text), law, "amends", changed)


@pytest.mark.parametrize("text", [
    "The Yarovaya law did not bring changes to the Criminal Code.",
    "The Yarovaya law may bring changes to the Criminal Code.",
    "Human Rights Watch proposed changes to the Criminal Code.",
], ids=["not", "may", "not-a-law"])
def test_changes_not_carried_amend_nothing(nlp, lexicon, text):
    assert not any(p == "amends" and "Criminal Code" in o for _, p, o in facts(nlp, lexicon, text))


# --- "<Person>, who is serving a sentence for <offence>": the sentence served -----------------------------------

@pytest.mark.parametrize("text, person, provision", [
    ("Oleg Orlov, who is serving a sentence for discrediting the army, was moved to a prison in Syzran.", "Orlov",
     None),
    ("Alexei Gorinov, already serving a sentence for fakes, was sentenced again.", "Gorinov", None),
    ("Alexei Gorinov, who is serving a seven-year sentence for spreading fakes under Article 207.3 of the Criminal "
     "Code, went on trial again.", "Gorinov", "207.3"),
    ("Oleg Orlov is serving a sentence under Article 280.3 of the Criminal Code.", "Orlov", "280.3"),
], ids=["who-is-serving", "already-serving", "with-provision", "main-clause"])
def test_a_sentence_served_is_about_who_serves_it(nlp, lexicon, text, person, provision):
    found = facts(nlp, lexicon, text)
    assert any(p == "targets" and person in o for _, p, o in found)
    if provision:
        assert any(p == "applies" and provision in o for _, p, o in found)


@pytest.mark.parametrize("text", [
    "Oleg Orlov will not serve a sentence for discrediting the army.",
    "Navalny himself is serving a two-and-a-half-year prison sentence in a penal colony.",
], ids=["will-not", "no-offence"])
def test_a_sentence_not_served_or_not_told_is_no_ruling(nlp, lexicon, text):
    assert not rulings(nlp, lexicon, text)


def test_a_sentence_served_is_not_the_record_of_a_new_verdict(nlp, lexicon):
    text = ("The Second Western District Military Court gave Alexei Gorinov, already serving a sentence for fakes, "
            "three more years for justifying terrorism.")
    found = facts(nlp, lexicon, text)
    assert not any(p == "issued" and "Military Court" in s and "sentence" in o for s, p, o in found)
    assert any(p == "targets" and "Gorinov" in o for _, p, o in found)


# --- "The ECHR ruled in the case of <X> v. Russia that ...": the case is the ruling --------------------------------

@pytest.mark.parametrize("text, provision", [
    ("The ECHR ruled in the case of Navalnyy v. Russia that Russia had violated Article 5 of the Convention.",
     "Article 5"),
    ("The European Court of Human Rights found in the case of Kablis v. Russia that the blocking violated "
     "Article 10 of the Convention.", "Article 10"),
    ("In Strasbourg, the European Court of Human Rights concluded in the case of Savva Terentyev v. Russia that "
     "Russia had breached Article 10 of the Convention.", "Article 10"),
], ids=["ruled", "found", "concluded"])
def test_a_court_ruling_in_a_named_case(nlp, lexicon, text, provision):
    found = facts(nlp, lexicon, text)
    assert any(p in FINE and provision in o for _, p, o in found)
    assert any(p == "issued" and "European Court" in s for s, p, _ in found)


@pytest.mark.parametrize("text", [
    "Lawyers argued in the case of Navalnyy v. Russia that Russia had violated Article 5 of the Convention.",
    "The ECHR will rule in the case of Navalnyy v. Russia whether Russia violated Article 5 of the Convention.",
], ids=["lawyers-argued", "will-rule"])
def test_no_ruling_finding_in_a_case_without_an_asserted_court_finding(nlp, lexicon, text):
    assert not any(p in FINE and "Article 5" in o for _, p, o in facts(nlp, lexicon, text))
