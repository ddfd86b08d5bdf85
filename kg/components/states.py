"""Countries that act as states.

A country is a place, not an entity, except when the text has it do what only
a state does (the guideline's "a country only when it acts as a state"):

* it is the subject of a legal, diplomatic or law-enforcement act ("Britain
  summoned the ambassador", "the United States sanctioned the judge");
* it is the agent of such an act in the passive ("sanctioned by the United States");
* it owns an instrument of state ("the United States' Magnitsky list", "Latvia's
  request for extradition").

The respondent state of a case ("X v. Russia") is a pattern (gov.respondent_state.v1).
Military acts ("invaded") are not counted: the annotation treats the country there as a place.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.components.candidates import Candidate
from kg.lexicon import fold

POSSESSIVE = {"'", "’", "'s", "’s"}
STATE_VERBS = {
    "summon", "sanction", "impose", "expel", "ratify", "denounce", "sign", "accuse", "condemn", "extradite",
    "recognise", "recognize", "designate", "declare", "ban", "blacklist", "demand", "request", "refuse", "withdraw",
    "protest", "freeze", "seize", "deport", "indict", "charge", "prosecute", "convict", "arrest", "detain", "block",
    "fine", "grant", "revoke", "recall", "exchange", "release", "veto", "adopt", "pass", "outlaw",
}
STATE_NOUNS = {
    "sanctions", "sanction", "list", "blacklist", "strategy", "embassy", "ambassador", "envoy", "request", "demand",
    "extradition", "delegation", "representative", "policy", "decision", "ban", "legislation", "law", "government",
    "designation", "doctrine", "consulate", "mission",
}


def state_actors(doc: Doc, countries: dict[str, str]) -> list[Candidate]:
    found = []
    for ent in doc.ents:
        if ent.label_ != "GPE":
            continue
        start, end = ent.start + (doc[ent.start].lower_ == "the"), ent.end
        while end > start and doc[end - 1].text in POSSESSIVE:
            end -= 1
        span = doc[start:end]
        if not len(span) or fold(span.text) not in countries or not acts_as_state(span.root):
            continue
        found.append(Candidate(span.start_char, span.end_char, "GovernmentBody", "pattern", "entity.state_actor.v1",
                               0.7))
    return found


def acts_as_state(token: Token) -> bool:
    if token.dep_ == "conj" and token.head is not token:  # "Ukraine and Poland condemned ..."
        return acts_as_state(token.head)
    head = token.head
    if token.dep_ == "nsubj" and head.lemma_.lower() in STATE_VERBS and not negated(head):
        return True
    if token.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in STATE_VERBS:
        return True
    return token.dep_ == "poss" and head.lemma_.lower() in STATE_NOUNS


def negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)
