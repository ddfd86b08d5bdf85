"""Shapes from the round's blind articles, read through the real model, each with the near misses that must stay
silent: police who act at a spot named by a common noun, an agent who comes to arrest, and a past clause of time
opened by "when"."""

from __future__ import annotations

import pytest

from tests.sentences import entities, extraction, holds, kinds

COURT = "The Ostankinsky District Court of Moscow fined Marina Ovsyannikova on Tuesday. "


# ---- police at a spot ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("spot", ["inside the television centre", "outside the court building", "at the airport"])
def test_police_at_a_spot_named_by_a_common_noun_are_russias_police(nlp, lexicon, spot):
    found = kinds(nlp, lexicon, COURT + f"She had been detained by police {spot} straight after the broadcast.")
    assert holds(found, "Police", "sanctioned", "Marina Ovsyannikova")


@pytest.mark.parametrize("spot", ["in Paris", "at the French embassy", "in Germany"])
def test_police_at_a_named_foreign_place_are_not_russias(nlp, lexicon, spot):
    found = kinds(nlp, lexicon, COURT + f"She had been detained by police {spot} straight after the broadcast.")
    assert not holds(found, "Police", "sanctioned", "Marina Ovsyannikova")


# ---- coming to act ---------------------------------------------------------------------------------------------------

def test_officers_who_came_to_detain_someone_detained_him(nlp, lexicon):
    text = "The court fined Roskomnadzor. Officers of the FSB came to detain Ivan Petrov at his home in May."
    assert holds(kinds(nlp, lexicon, text), "Federal Security Service", "sanctioned", "Ivan Petrov")


def test_someone_who_came_to_see_the_police_was_not_acted_on(nlp, lexicon):
    text = "The Tverskoy District Court fined Ivan Petrov. He came to see the police at the station in May."
    assert not holds(kinds(nlp, lexicon, text), "Police", "sanctioned", "Ivan Petrov")


# ---- "when" opens a past clause of time ------------------------------------------------------------------------------

STOMAKHIN = "The Butyrskiy District Court of Moscow convicted Boris Stomakhin in 2006. "


def statuses(nlp, lexicon, text: str, kind: str) -> list[str]:
    return [e.status for e in extraction(nlp, lexicon, text).events if e.kind == kind]


def test_police_who_came_to_arrest_him_in_a_past_when_clause_arrested_him(nlp, lexicon):
    text = STOMAKHIN + "When police came to arrest him at his flat in March 2006, he tried to escape."
    assert statuses(nlp, lexicon, text, "Detention") == ["Asserted"]
    assert holds(kinds(nlp, lexicon, text), "Police", "sanctioned", "Boris Stomakhin")


def test_a_when_clause_in_the_present_stays_open(nlp, lexicon):
    text = STOMAKHIN + "When the court convicts him again, he will appeal to the Moscow City Court."
    assert statuses(nlp, lexicon, text, "Conviction").count("Asserted") == 1  # the 2006 conviction only


# ---- a final reading with no chamber said ----------------------------------------------------------------------------

NGO_BILL = ("In November 2005 the State Duma took up a bill tightening the rules for non-governmental organisations. "
            "President Vladimir Putin asked for it to be softened. ")


def test_a_final_reading_with_no_chamber_said_is_the_one_legislature_named_before(nlp, lexicon):
    found = kinds(nlp, lexicon, NGO_BILL + "The amended bill passed its final reading on December 23.")
    assert holds(found, "State Duma", "issued", "bill")


@pytest.mark.parametrize("text", [
    NGO_BILL + "The amended bill passed its second reading on December 23.",  # an early reading adopts nothing
    NGO_BILL.replace("the State Duma", "the Legislative Assembly of St Petersburg and the State Duma")
    + "The amended bill passed its final reading on December 23.",  # two chambers: which one is not said
])
def test_an_early_reading_or_two_chambers_give_no_issuer(nlp, lexicon, text):
    assert not holds(kinds(nlp, lexicon, text), "Duma", "issued", "bill")


# ---- an outlet named before its kind; a role verb that shares its object --------------------------------------------

def test_the_name_before_newspaper_is_an_outlet(nlp, lexicon):
    text = "Sergei Mikhailov founded the Listok newspaper in Gorno-Altaisk in 2015."
    found = kinds(nlp, lexicon, text)
    assert ("Listok", "Organization") in entities(nlp, lexicon, text)
    assert holds(found, "Sergei Mikhailov", "roleIn", "Listok")


def test_a_role_verb_with_no_object_shares_the_next_verbs(nlp, lexicon):
    text = "In the 2000s Boris Stomakhin edited and distributed Radikalnaya Politika, a newsletter, in Moscow."
    assert holds(kinds(nlp, lexicon, text), "Boris Stomakhin", "roleIn", "Radikalnaya Politika")


@pytest.mark.parametrize("text", [
    "Boris Stomakhin edited books and criticised Memorial in 2005.",  # each verb has its own object
    "Boris Stomakhin edited, and Memorial distributed, Radikalnaya Politika.",  # the second verb has its own subject
])
def test_a_role_verb_does_not_take_an_object_that_is_not_shared(nlp, lexicon, text):
    assert not any(s == "Boris Stomakhin" and k == "roleIn" for s, k, o in kinds(nlp, lexicon, text))
