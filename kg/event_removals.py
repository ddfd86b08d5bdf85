"""Sanctions told as something taken away: a name struck off a register, property frozen or seized.

  event.delisting.v1  "<body> struck <X> off its register", "removed <X> from the register of ...", "<X> was excluded
                      from the list of ... by <body>": the register's keeper sanctioned X. Never a list whose entry is
                      itself the stigma ("struck off the register of foreign agents", "removed from the wanted list"):
                      coming off it is a relief, not a sanction (so is "removed from the register of banned sites").
  event.seizure.v1    "The account of <X> was frozen by the bailiffs", "<body> seized <X>'s property", "froze the bank
                      accounts of <X>": the one whose assets they are was sanctioned by the one who took them; "the
                      account" with no owner is the one whose account the article spoke of before.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.arguments import Context, evidence, patients, prep_objects, span_of
from kg.doc_tables import ancestors, children
from kg.event_actors import PEOPLE, agents_of, courts_of, targets_of
from kg.event_build import make
from kg.event_reach import LIST_NOUNS, list_keeper
from kg.model import Relation

# verbs that take a name off a list, with the words that introduce the list ("struck X off", "removed X from")
DELISTING = {"strike": ("off",), "remove": ("from",), "exclude": ("from",), "delete": ("from",),
             "drop": ("from",), "expunge": ("from",), "delist": ()}
# lists whose entry is the stigma: coming off them is a relief
STIGMA = (r"\b(?:foreign[- ]agents?|undesirable|terroris[tm]s?|extremis[tm]s?|wanted|sanctions?|blacklist|banned|"
          r"blocked|prohibited|forbidden|unreliable)\b")
SEIZING = {"freeze", "seize", "confiscate", "impound"}
# what is frozen or seized: the owner's assets
ASSETS = {"account", "accounts", "property", "properties", "asset", "assets", "fund", "funds", "money", "shares",
          "stake", "estate", "car", "cars", "equipment", "savings"}
BAILIFFS = {"bailiff", "bailiffs"}


def delisted(ctx: Context, verb: Token):
    """The register's keeper (the verb's actor, or whose register it is) took X off it."""
    preps = DELISTING.get(verb.lemma_.lower())
    if preps is None:
        return
    lists = [t for t in verb.subtree if t.lower_ in preps and t.dep_ in ("prep", "prt") and getattr(own_verb(t), "i", None) == verb.i
             and any(o.lemma_.lower() in LIST_NOUNS for o in (t.subtree if t.dep_ == "prep" else t.doc[t.i:t.i + 5]))]
    if not lists and verb.lemma_.lower() != "delist":
        return
    if any(re.search(STIGMA, " ".join(x.text for x in t.subtree), re.I) for t in lists):
        return
    targets = targets_of(ctx, verb, PEOPLE)
    agents = agents_of(ctx, verb) or list_keeper(ctx, verb)
    if not targets:
        return
    roles = [("agent", a) for a in agents] + [("court", c) for c in courts_of(ctx, verb, agents)]
    roles += [("target", t) for t in targets]
    derived = [Relation(a.entity, "sanctioned", t.entity, evidence(ctx, "relation.delisting.v1", 0.7, span_of(a),
                                                                   span_of(verb), span_of(t)))
               for t in targets for a in agents if a.entity != t.entity]
    yield make(ctx, "Restriction", verb, roles, "event.delisting.v1", 0.7), derived


def own_verb(token: Token) -> Token | None:
    return next((a for a in ancestors(token) if a.pos_ in ("VERB", "AUX")), None)


def seized(ctx: Context, verb: Token):
    """Whoever froze or seized X's assets sanctioned X."""
    if verb.lemma_.lower() not in SEIZING:
        return
    things = [c for c in patients(verb) if c.lemma_.lower() in ASSETS | {a.rstrip("s") for a in ASSETS}]
    targets = [m for t in things for m in owners(ctx, t)]
    agents = agents_of(ctx, verb) or bailiffs(ctx, verb)
    if not (things and targets):
        return
    roles = [("agent", a) for a in agents] + [("target", t) for t in targets]
    derived = [Relation(a.entity, "sanctioned", t.entity, evidence(ctx, "relation.seizure.v1", 0.7, span_of(a),
                                                                   span_of(verb), span_of(t)))
               for t in targets for a in agents if a.entity != t.entity]
    yield make(ctx, "Restriction", verb, roles, "event.seizure.v1", 0.7), derived


def owners(ctx: Context, thing: Token) -> list:
    """'<X>'s property', 'its accounts', 'the accounts of <X>'; for 'the account' with no owner, the owner of the
    same thing the article named last before (none when that one's owner is not named)."""
    found = [m for p in children(thing) if p.dep_ == "poss" for m in ctx.head_mentions(p, PEOPLE)]
    found += [m for m in prep_objects(ctx, thing, ("of",), PEOPLE) if m not in found]
    if found or not any(c.dep_ == "det" and c.lower_ == "the" for c in children(thing)):
        return found
    for earlier in reversed(ctx.doc[:thing.sent.start]):  # the latest one named before only
        if earlier.lemma_.lower() == thing.lemma_.lower():
            return [m for p in children(earlier) if p.dep_ == "poss" for m in ctx.head_mentions(p, PEOPLE)]
    return []


def bailiffs(ctx: Context, verb: Token) -> list:
    """'Bailiffs seized ...', 'frozen by the bailiffs': the bailiff service the article names."""
    heads = [c for c in children(verb) if c.dep_ == "nsubj"]
    heads += [o for c in children(verb) if c.dep_ == "agent" for o in children(c) if o.dep_ == "pobj"]
    if not any(h.lower_ in BAILIFFS for h in heads):
        return []
    services = {m.entity: m for m in ctx.mentions if m.type == "GovernmentBody" and "bailiff" in m.text.lower()}
    return list(services.values())[:1] if len(services) == 1 else []

