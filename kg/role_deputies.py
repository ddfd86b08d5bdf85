"""Roles held through another person: "<Person>, the chairman of <Org>, and his deputy <Person>".

Rule (its id travels into provenance):
  relation.role_deputy.v1   "his deputy <Person>", "<Person>'s deputy, <Person>", "her first deputy <Person>": the
                            deputy of a person who heads a body is that body's deputy head (kg.roles passes the roles
                            it found, and keeps one property per person and body)
"""

from __future__ import annotations

import re

from kg.arguments import Context, evidence, span_of
from kg.doc_tables import char_span, children
from kg.model import Mention, Relation

DEPUTY = re.compile(r"\b(?:first\s+)?deput(?:y|ies)\s*,?\s*$", re.I)
HEADS = {"headOf"}


def deputy_roles(ctx: Context, roles: list[Relation]) -> list[Relation]:
    heads: dict[str, list[str]] = {}
    for r in roles:
        if r.predicate in HEADS:
            heads.setdefault(r.subject, []).append(r.object)
    found = []
    for person in (m for m in ctx.mentions if m.type == "Person"):
        chief = chief_of(ctx, person)
        for body in heads.get(chief.entity, []) if chief is not None else ():
            found.append(Relation(person.entity, "deputyHeadOf", body, evidence(
                ctx, "relation.role_deputy.v1", 0.65, span_of(chief), span_of(person))))
    return found


def chief_of(ctx: Context, person: Mention) -> Mention | None:
    """The person whose deputy this one is: the possessor of 'deputy' right before the name."""
    before = ctx.text[max(person.sentence[0], person.start - 30):person.start]
    if not DEPUTY.search(before):
        return None
    span = char_span(ctx.doc, person.start, person.end)
    if span is None:
        return None
    candidates = [t for t in ctx.doc[max(span.start - 4, 0):span.start] if t.lower_ in ("deputy", "deputies")]
    for t in (*candidates, span.root):
        for c in children(t):
            if c.dep_ == "poss" and (chief := ctx.head_mention(c, {"Person"})) and chief.entity != person.entity:
                return chief
    return None
