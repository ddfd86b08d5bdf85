"""A possessive pronoun whose owner the coreference step leaves open, read from the clause it is coordinated with.

  event.asked_target.v1  "<body> asked the Supreme Court to close <X>, and the court ordered its liquidation":
                         'its' is what the request just before named, when it named exactly one
  (same rule)            "<X>, who led the movement <Y> until the Supreme Court ordered its liquidation": 'its' is
                         the one organisation the clause the time clause hangs on acts on
"""

from __future__ import annotations

from spacy.tokens import Token

from kg import event_lexicon as L
from kg.arguments import Context
from kg.doc_tables import children
from kg.event_actors import PEOPLE, lemma_of, targets_of

POSSESSIVES = {"its", "their"}
TIME_MARKS = {"until", "till", "after", "before", "when"}


def requested_owner(ctx: Context, verb: Token, noun: Token) -> list:
    """The one target of the action the coordinated clause before asked for ('asked ... to close X'), or the one
    organisation the clause a time clause hangs on acts on ('led X until the court ordered its liquidation')."""
    if not any(c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in children(noun)):
        return []
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in children(verb)):
        governed = [m for c in children(verb.head) if c.dep_ == "dobj"  # "the movement For Human Rights"
                    for m in ctx.within(c, {"Organization"}) if m.type == "Organization"]
        return governed if len({m.entity for m in governed}) == 1 else []
    if verb.dep_ != "conj":
        return []
    asked = [x for x in children(verb.head) if x.dep_ == "xcomp" and x.i < verb.i and lemma_of(x) in L.RESTRICTION]
    found = list(dict.fromkeys(m.entity for x in asked for m in targets_of(ctx, x, PEOPLE)))
    if len(found) != 1:
        return []
    return [next(m for x in asked for m in targets_of(ctx, x, PEOPLE) if m.entity == found[0])]
