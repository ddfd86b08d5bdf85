"""Closing a case is an event of its own (kg:CaseClosure), read through the real model: who closed it, whom it was
against, under which provision; with the near misses that close, drop or dismiss something else, and a closure
that was refused. A closed case liquidates no one. Also: a court action told as background ("had previously been
fined") does not take the trial court."""

from __future__ import annotations

import pytest

from tests.sentences import extraction, holds, kinds


def closures(nlp, lexicon, text: str) -> list[tuple[str, dict[str, set[str]]]]:
    """(status, {role: labels}) of every CaseClosure event of the text."""
    ex = extraction(nlp, lexicon, text)
    label = {e.key: e.label for e in ex.entities}
    found = []
    for event in (e for e in ex.events if e.kind == "CaseClosure"):
        roles: dict[str, set[str]] = {}
        for role, key in event.roles:
            roles.setdefault(role, set()).add(label[key])
        found.append((event.status, roles))
    return found


def one(labels: set[str], part: str) -> bool:
    return any(part in label for label in labels)


@pytest.mark.parametrize("text, agent, defendant", [
    ("The Investigative Committee closed the criminal case against Ivan Petrov on Tuesday.",
     "Investigative Committee", "Petrov"),
    ("In 2021 the Prosecutor General's Office terminated the criminal proceedings against Lev Ponomaryov.",
     "Prosecutor General", "Ponomar"),
    ("The Tverskoi District Court dismissed the case against the activist Anna Smirnova.", "Tverskoy", "Smirnova"),
    ("The charges against Yegor Zhukov were dropped in March.", None, "Zhukov"),
    ("Investigators dropped the charges against the blogger Yegor Zhukov in March.", None, "Zhukov"),
])
def test_a_closed_case_is_a_closure_of_the_one_it_was_against(nlp, lexicon, text, agent, defendant):
    (status, roles), = closures(nlp, lexicon, text)
    assert status == "Asserted"
    assert one(roles["defendant"], defendant)
    assert one(roles.get("agent", set()), agent) if agent else "agent" not in roles


def test_the_provision_of_a_closed_case_is_its_legal_basis(nlp, lexicon):
    text = "The Leninsky District Court dismissed the case against Ivan Petrov under Article 282 of the Criminal Code."
    (_, roles), = closures(nlp, lexicon, text)
    assert one(roles["legalBasis"], "Article 282")
    assert holds(kinds(nlp, lexicon, text), "Petrov", "chargedUnder", "Article 282")


def test_a_refused_closure_is_no_fact(nlp, lexicon):
    (status, _), = closures(nlp, lexicon, "Investigators refused to close the case against Ivan Petrov.")
    assert status != "Asserted"


def test_closing_the_case_against_an_organisation_liquidates_nothing(nlp, lexicon):
    text = "The Investigative Committee closed the case against Memorial last year."
    (_, roles), = closures(nlp, lexicon, text)
    assert one(roles["defendant"], "Memorial")
    assert not holds(kinds(nlp, lexicon, text), "Investigative Committee", "sanctioned", "Memorial")


@pytest.mark.parametrize("text", [
    "The Moscow City Court dismissed the appeal filed by Memorial.",
    "The city dropped its plan to ban the rally organised by Alexei Navalny.",
    "The Justice Ministry closed its office in Kazan in 2019.",
    "Telegram dropped its challenge to the ruling in June.",
])
def test_closing_or_dropping_something_else_is_no_closure(nlp, lexicon, text):
    assert closures(nlp, lexicon, text) == []


def test_the_ruling_that_closed_a_case_concerns_its_defendant(nlp, lexicon):
    found = kinds(nlp, lexicon, "The Leninsky District Court has closed the criminal case against Viktor Krasnov. "
                                "The ruling does not amount to an acquittal.")
    assert holds(found, "Leninsky District Court", "issued", "ruling")
    assert holds(found, "ruling", "concerns", "Krasnov")



# --- a court action told as background is not the trial court's -------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Tverskoy District Court sentenced Ivan Petrov to five years under Article 280.3. In 2022 he had been fined "
    "30,000 rubles for an anti-war post.",
    "The Tverskoy District Court on Monday sentenced Ivan Petrov to five years in a penal colony. Petrov, who had "
    "previously been fined twice for \"discrediting\" the army, denied the charges.",
])
def test_an_earlier_fine_is_not_the_trial_courts(nlp, lexicon, text):
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Tverskoy", "sanctioned", "Petrov")  # the sentence
    ex = extraction(nlp, lexicon, text)
    fine, = [e for e in ex.events if e.kind == "Fine"]
    assert not fine.role("agent")


def test_a_fine_told_as_news_beside_a_sentence_is_the_courts(nlp, lexicon):
    text = ("The Tverskoy District Court on Monday sentenced Ivan Petrov to five years in a penal colony. Anna "
            "Smirnova was fined 30,000 rubles.")
    assert holds(kinds(nlp, lexicon, text), "Tverskoy", "sanctioned", "Smirnova")
