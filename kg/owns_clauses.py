"""Ownership told in a relative clause the parser often misreads, read from the words (kg:owns).

Rules (ids travel into provenance):
  relation.owns_clause.v1  "<B>, which is majority owned by <A>", "<B>, which was bought by <A> in 2008",
                           "<B>, which <A> controls", "<B>, which <A> bought in 2013": the organisation before the
                           clause is owned by the one inside it; "<A>, <B>'s holding company": A owns B
Near misses that yield nothing: "<B>, which <A> may buy", "<B>, which is not owned by <A>", "<B>, which <A> blocked"
(not a verb of owning), "<B>, which <A> denied owning".
"""

from __future__ import annotations

import re

from kg.arguments import Context, anchored, evidence
from kg.model import Mention, Relation
from kg.owns_shapes import neighbours

ORGS = {"Organization"}
OWNING = r"(?:owned|controlled|bought|acquired|purchased)"
DEGREE = r"(?:(?:majority|wholly|partly|partially|jointly|fully|largely|ultimately|indirectly|now|also)[\s-]+)?"
PASSIVE_GAP = re.compile(rf"^\s*,\s+(?:which|that)\s+(?:is|was|has\s+been|had\s+been)\s+{DEGREE}{OWNING}\s+by\s+$")
ACTIVE_HEAD = re.compile(r"^\s*,\s+(?:which|that)\s+$")
HOLDING_AFTER = re.compile(r"^\s*,\s+(?:the\s+)?$")  # "<A>, <B>'s holding company"
HOLDING = re.compile(r"^['’]s?\s+(?:(?:new|former|main|ultimate)\s+)?holding\s+company\b")
ACTIVE_VERB = re.compile(r"^\s+(?:(?:also|now|still|later|eventually)\s+)?(owns|controls|bought|acquired|purchased)\b")


def clause_ownership(ctx: Context) -> list[Relation]:
    found = []
    orgs = sorted((m for m in ctx.mentions if m.type in ORGS), key=lambda m: m.start)
    for owned, other in neighbours(orgs):
        gap = ctx.text[owned.end:other.start]
        if PASSIVE_GAP.match(gap):
            found.append(link(ctx, other, owned, (owned.end, other.start)))
        elif ACTIVE_HEAD.match(gap) and (verb := ACTIVE_VERB.match(ctx.text[other.end:other.sentence[1]])):
            found.append(link(ctx, other, owned, (owned.end, other.end + verb.end())))
        elif HOLDING_AFTER.match(gap) and (holding := HOLDING.match(ctx.text[other.end:other.sentence[1]])):
            found.append(link(ctx, owned, other, (owned.start, other.end + holding.end())))  # here 'owned' owns
    return found


def link(ctx: Context, owner: Mention, owned: Mention, span: tuple[int, int]) -> Relation:
    spans = anchored(ctx, span, (owner.start, owner.end), (owned.start, owned.end))
    return Relation(owner.entity, "owns", owned.entity, evidence(ctx, "relation.owns_clause.v1", 0.75, *spans))
