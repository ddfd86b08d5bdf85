"""A custody measure prolonged: 'The Lefortovsky District Court extended Gershkovich's detention until August 30'.

  event.custody_extended.v1  "<court> extended/prolonged <X>'s detention / the arrest of <X> / X's house arrest":
                             the court keeps X in custody, so it detained X (a Detention of X by the court)

A request to extend ("prosecutors asked the court to extend his arrest") keeps its status and makes no fact; so
does a refusal ("refused to extend").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import Context, evidence, patients, prep_objects, span_of
from kg.doc_tables import children
from kg.event_actors import PEOPLE, agents_of, courts_of
from kg.event_build import make
from kg.model import Relation

EXTENDING = {"extend", "prolong", "lengthen"}
CUSTODY = {"detention", "arrest", "custody"}


def extended_custody(ctx: Context, verb: Token):
    """(event, derived) for a custody measure on a named person that the verb's actor prolongs."""
    if verb.lemma_.lower() not in EXTENDING:
        return
    nouns = [c for c in patients(verb) if c.lemma_.lower() in CUSTODY]
    for noun in nouns:
        targets = [m for p in children(noun) if p.dep_ == "poss" for m in ctx.head_mentions(p, PEOPLE)]
        targets += [m for m in prep_objects(ctx, noun, ("of",), PEOPLE) if m not in targets]
        agents = [a for a in agents_of(ctx, verb) if a.entity not in {t.entity for t in targets}]
        if not (targets and agents):
            continue
        roles = [("agent", a) for a in agents] + [("court", c) for c in courts_of(ctx, verb, agents)]
        roles += [(r, t) for t in targets for r in ("defendant", "target")]
        derived = [Relation(a.entity, "detained", t.entity, evidence(ctx, "relation.custody_extended.v1", 0.75,
                                                                      span_of(a), span_of(verb), span_of(t)))
                   for a in agents for t in targets]
        yield make(ctx, "Detention", verb, roles, "event.custody_extended.v1", 0.75), derived
