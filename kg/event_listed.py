"""Designations told as a state: being on a body's list.

  event.on_register.v1  "<X> has been on the Justice Ministry's register of foreign agents since 2014", "<X>, which
                        is on the ministry's list of undesirable organisations": being on a list of a designation's
                        kind is that designation of X by the body that keeps the list (its possessor, or the body in
                        a "kept by" phrase; kg.event_reach.list_keeper). A list without a designation's label, or
                        with no keeper named, yields nothing; so does a negated or only expected state ("is not on
                        the list", "could end up on the list").
"""

from __future__ import annotations

from kg import event_lexicon as L
from kg.arguments import STATE, Context, asserted, evidence, span_of, subjects
from kg.event_actors import PEOPLE
from kg.event_build import make
from kg.event_reach import LIST_NOUNS, keepers_of
from kg.model import Relation

BEING = {"be", "remain", "stay"}


def on_registers(ctx: Context):
    """(event, derived relations, verb) for each '<X> is/has been on <body>'s register of <label>'."""
    for noun in ctx.words.with_lemma(LIST_NOUNS):
        if noun.lemma_.lower() not in LIST_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ != "on":
            continue
        verb = noun.head.head
        if verb.lemma_.lower() not in BEING or not asserted(verb):
            continue
        words = " ".join(t.lower_ for t in noun.subtree)
        kind = next((k for pattern, k in L.DESIGNATION_LABELS if pattern.search(words)), None)
        keepers = keepers_of(ctx, noun)[:1]
        targets = [m for m in subjects(ctx, verb, PEOPLE) if m.entity not in {k.entity for k in keepers}]
        if kind is None or not keepers or not targets:
            continue
        roles = [("agent", k) for k in keepers] + [("target", t) for t in targets]
        derived = [Relation(k.entity, "designated", t.entity, evidence(ctx, "relation.on_register.v1", 0.7, span_of(k),
                                                               span_of(noun), span_of(t)))
                   for k in keepers for t in targets]
        yield make(ctx, kind, verb, roles, "event.on_register.v1", 0.7), derived, verb
