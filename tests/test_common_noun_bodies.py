"""State bodies named by a common noun or a description (kg/components/body_nouns.py, acting_bodies.py and
references.government_references): police that act in a Russian story, "the government" told or given something
by a state act, parliament making law, "the republic's Supreme Court", numbered justices of the peace, "Putin's
human rights council", "its Moscow Center"; and the look-alikes that must stay generic or another body's.
Sentences of our own in different wordings, read through the real model.
"""

from __future__ import annotations

import pytest

from sentences import facts, has

RULES = {"entity.acting_police.v1", "entity.default_government.v1", "entity.acting_body.v1",
         "entity.region_supreme_court.v1", "entity.numbered_magistrate.v1", "entity.owned_rights_council.v1",
         "entity.owned_branch.v1"}


def keyed(nlp, text: str) -> dict[str, str | None]:
    """Surface -> lexicon key of every state body or court mention."""
    return {text[c.start:c.end]: c.key for c in nlp(text)._.kg_mentions if c.type in ("GovernmentBody", "Court")}


def by_rules(nlp, text: str) -> set[str]:
    """Surfaces this issue's rules proposed."""
    return {text[c.start:c.end] for c in nlp(text)._.kg_mentions if c.rule in RULES}


# --- police ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, person", [
    ("MOSCOW — Police officers searched the homes of Konstantin Gabov and Sergei Karelin in Moscow.", "Police",
     "Konstantin Gabov"),
    ("Marina Ovsyannikova was detained by police at her home in Moscow, and the Basmanny District Court put her "
     "under house arrest.", "police", "Marina Ovsyannikova"),
    ("In Yekaterinburg, the police detained Olga Petrova after a picket. She was fined under Article 20.3.3 of the "
     "Code of Administrative Offenses.", "police", "Olga Petrova"),
    ("The Russian activist Ivan Sidorov said police raided his flat in Kazan at dawn.", "police", None),
], ids=["officers-searched", "passive-agent", "the-police-subject", "reported-raid"])
def test_acting_police_in_a_russian_story_are_russias_police(nlp, lexicon, text, surface, person):
    assert keyed(nlp, text).get(surface) == "ru-police"
    if person:
        assert any(s == "Police of Russia" and o == person for s, _, o in facts(nlp, lexicon, text))


@pytest.mark.parametrize("text", [
    "Police in Berlin detained two protesters outside the Russian embassy on Saturday.",
    "French police officers detained Pavel Durov at Le Bourget airport, the Russian-born founder of Telegram.",
    "Sorokin spent two nights in a police station in Moscow before the hearing.",
    "Most of the cases opened in Moscow concern alleged violence against police.",
    "In Moscow the police did not detain anyone at the Russian rally.",
    "Police detained two protesters outside the town hall on Saturday.",
], ids=["police-in-berlin", "french-police", "police-station", "against-police", "negated", "no-russian-story"])
def test_police_that_are_qualified_foreign_idle_or_negated_are_left_alone(nlp, text):
    assert not {s for s in by_rules(nlp, text) if s.lower() == "police"}


# --- the government -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Russian law does not block any website. But it gives the government the technical means to isolate the "
    "network.",
    "The amendment lets the Constitutional Court, on a request from the government or the Justice Ministry, declare "
    "a decision of an international body unenforceable.",
    "Mikhail Barshchevsky, the government's representative at the Constitutional Court, defended the law.",
    "Putin signed the Russian law and instructed the government to monitor how it is implemented.",
], ids=["gives", "request-from", "representative", "instructed"])
def test_the_government_told_given_or_represented_is_russias(nlp, text):
    assert keyed(nlp, text).get("government") == "ru-government"


def test_the_governments_representative_holds_a_role_in_it(nlp, lexicon):
    found = facts(nlp, lexicon, "Mikhail Barshchevsky, the government's representative at the Constitutional "
                                "Court, had defended the law at the hearing.")
    assert any(s == "Mikhail Barshchevsky" and o == "Government of Russia" for s, _, o in found)


@pytest.mark.parametrize("text", [
    "The prosecutor told the court that Zhukov had spread the idea that the government could be removed by force.",
    "The parent company of two Russian social networks has asked the government to pardon users.",
    "The decree was published on the government's legal information portal in Moscow on Friday.",
    "The French government said it would appeal the ruling of the Paris court.",
    "The government of France gave the Russian diplomats a week to leave.",
], ids=["overthrown", "plea", "portal", "french", "of-france"])
def test_a_generic_or_foreign_government_is_left_alone(nlp, text):
    assert "government" not in by_rules(nlp, text)


# --- parliament -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Constitutional Court told Russian judges they may go below the minimum until parliament amends the code.",
    "Parliament added Article 20.3.3 to the Code of Administrative Offenses in March.",
    "Parliament must now lower the fine, the Russian court said.",
], ids=["amends", "added", "must-lower"])
def test_parliament_making_law_is_the_federal_assembly(nlp, text):
    assert "ru-federal-assembly" in {k for s, k in keyed(nlp, text).items() if s.lower() == "parliament"}


@pytest.mark.parametrize("text", [
    "Latvia's parliament voted to ban Russian TV channels.",
    "Each parliament in Europe decides on its own whether to ban the channels.",
    "A parliament could in principle amend the code.",
], ids=["latvias", "each", "a-parliament"])
def test_a_qualified_or_indefinite_parliament_is_not_russias(nlp, text):
    assert not any(s.lower() == "parliament" for s in by_rules(nlp, text))


# --- the republic's Supreme Court -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, region_court", [
    ("The Supreme Court of Udmurtia upheld the sentence of Dmitry Talantov. The defence had appealed to the "
     "republic's Supreme Court, arguing that the expert was unqualified.", "ru-udmurtia-supreme-court"),
    ("KAZAN — A court in Tatarstan jailed the blogger. His lawyer said she would appeal to the republic's Supreme "
     "Court next week.", "ru-tatarstan-supreme-court"),
], ids=["after-its-name", "region-named-as-place"])
def test_the_republics_supreme_court_is_the_regions(nlp, text, region_court):
    assert keyed(nlp, text).get("Supreme Court") == region_court


@pytest.mark.parametrize("text", [
    "Judges of the Supreme Court of Tatarstan rejected the appeal. Her lawyers will take the case to the Supreme "
    "Court in Moscow.",
    "Courts in Tatarstan and Bashkortostan jailed the two men; both appealed to the republic's Supreme Court.",
], ids=["plain-supreme-court", "two-republics"])
def test_other_supreme_courts_stay_russias(nlp, text):
    assert keyed(nlp, text).get("Supreme Court") == "ru-supreme-court"


# --- numbered justices of the peace ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, court", [
    ("On Monday a justice of the peace of judicial district No. 422 of Moscow's Tagansky district fined Google 21.1 "
     "billion rubles.", "justice of the peace of judicial district No. 422 of Moscow's Tagansky district"),
    ("The magistrate of court district No. 5 in Kazan fined Ivan Petrov 4,000 rubles.",
     "magistrate of court district No. 5 in Kazan"),
], ids=["tagansky-422", "magistrate-kazan"])
def test_a_numbered_justice_of_the_peace_is_a_court(nlp, lexicon, text, court):
    assert court in keyed(nlp, text)
    assert any(s == court and p == "fined" for s, p, _ in facts(nlp, lexicon, text))


def test_a_justice_of_the_peace_without_a_number_is_not_this_rule(nlp):
    assert not by_rules(nlp, "A justice of the peace fined the activist 4,000 rubles on Friday.")


# --- the president's human rights council; a known organisation's branch --------------------------------------

@pytest.mark.parametrize("text", [
    "The campaign against AUE began after President Vladimir Putin's human rights council raised the issue.",
    "Members of the president's human rights council visited the colony.",
], ids=["putins", "presidents"])
def test_the_presidents_human_rights_council(nlp, text):
    assert "ru-presidential-human-rights-council" in keyed(nlp, text).values()


def test_the_un_human_rights_council_is_not_the_presidents(nlp):
    assert "ru-presidential-human-rights-council" not in keyed(
        nlp, "The UN Human Rights Council condemned the verdict.").values()


def test_its_moscow_center_is_the_known_branch(nlp, lexicon):
    text = ("The Carnegie Endowment said it had already begun closing its Moscow Center, the think tank that "
            "Dmitri Trenin had directed since 2008.")
    assert {text[c.start:c.end]: c.key for c in nlp(text)._.kg_mentions}.get("Moscow Center") == \
        "carnegie-moscow-center"
    assert has(facts(nlp, lexicon, text), "Dmitri Trenin", "headOf", "Carnegie Moscow Center")


def test_a_branch_the_lexicon_does_not_know_is_left_alone(nlp):
    assert not by_rules(nlp, "Memorial said its Moscow Office would close next month.")


# --- people and other countries' investigators are not bodies --------------------------------------------------

@pytest.mark.parametrize("text", [
    "The prosecutor asked the court to jail Ivan Petrov for six years.",
    "Investigators said the French suspect had fled to Belgium.",
], ids=["prosecutor-person", "investigators-abroad"])
def test_people_named_by_their_job_are_no_new_body(nlp, text):
    assert not by_rules(nlp, text)
