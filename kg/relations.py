"""Direct relations between the entities of one article, from the dependency parse.

Rules (each id travels into the provenance of the facts it makes):
  relation.role_title.v1       "Spokesman for <Org> <Person>", "<Org> spokesman <Person>", "Prosecutor General <Person>"
  relation.role_apposition.v1  "<Person>, the head of <Org>", "<Person>, <Org>'s lawyer"
  relation.owns_verb.v1        "<Org>, which owns <Org> and <Org>", "<Org> is owned by <Org>"
  relation.issued_of.v1        "the ruling of <court>", "<court>'s decision"
  relation.concerns_prep.v1    "<ruling> on/under/interpreting <provision>"
  relation.concerns_topic.v1   "<ruling> explaining ... extremist ..." + a provision named for the same offence
Issuing, charges, sanctions and petitions are events: kg.events reads them and derives their
direct relations. Only asserted statements count here: a negated verb, a modal or future
auxiliary, or a verb governed by a verb of wanting, planning or asking yields nothing.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.arguments import (ACTORS, STATE, Context, asserted, clause_tokens, conjuncts, evidence,  # noqa: F401
                          legal_bases, objects, prep_objects, span_of, subjects, unique)
from kg.model import Mention, Relation
from kg.ownership import ownership_relations
from kg.relation_lexicon import TOPICS
from kg.roles import role_relations


def extract_relations(ctx: Context) -> list[Relation]:
    """Relations that are not events: roles, ownership, a ruling's issuer and subject."""
    return [*role_relations(ctx), *ownership_relations(ctx), *ruling_relations(ctx)]


# --- rulings -----------------------------------------------------------------------------

def ruling_relations(ctx: Context) -> list[Relation]:
    rels = []
    for m in ctx.mentions:
        if m.type != "Ruling":
            continue
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        rels += ruling_issuer(ctx, m, head) + ruling_concerns(ctx, m, head)
    return rels


def ruling_issuer(ctx: Context, ruling: Mention, head: Token) -> list[Relation]:
    for child in head.children:
        if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in ("of", "by")):
            target = child if child.dep_ == "poss" else next((c for c in child.children if c.dep_ == "pobj"), None)
            issuer = ctx.head_mention(target, STATE | {"Person"}) if target is not None else None
            if issuer:
                ev = evidence(ctx, "relation.issued_of.v1", 0.75, span_of(ruling), span_of(issuer))
                return [Relation(issuer.entity, "issued", ruling.entity, ev)]
    return []


def ruling_concerns(ctx: Context, ruling: Mention, head: Token) -> list[Relation]:
    legal = {"LegalProvision", "Law"}
    found = []
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "under", "about", "regarding", "concerning", "of"):
            found += [(m, "relation.concerns_prep.v1") for m in ctx.within(child, legal)]
        if child.dep_ in ("acl", "relcl"):
            inside = ctx.within(child, legal)
            found += [(m, "relation.concerns_prep.v1") for m in inside]
            if not inside and ctx.entities[ruling.entity].attr("rulingKind") in INTERPRETIVE:
                rest = ctx.doc.text[ruling.end:ruling.sentence[1]]
                found += [(m, "relation.concerns_topic.v1") for m in topical(ctx, rest)]
    return [Relation(ruling.entity, "interprets" if "topic" not in rule else "concerns", m.entity,
                     evidence(ctx, rule, 0.75 if "prep" in rule else 0.55, span_of(ruling),
                              (ruling.start, ruling.sentence[1] if "topic" in rule else list(head.subtree)[-1].idx + len(list(head.subtree)[-1].text))))
            for m, rule in found]


INTERPRETIVE = {"resolution", "ruling", "judgment", "decision", "verdict"}


def topical(ctx: Context, clause: str) -> list[Mention]:
    """Provisions named in the article for the same offence the clause describing a ruling talks about."""
    words = clause.lower()
    topics = {topic for topic, stem in TOPICS.items() if re.search(stem, words)}
    found = []
    for m in ctx.mentions:
        if m.type == "LegalProvision":
            sentence = ctx.doc.text[m.sentence[0]:m.sentence[1]].lower()
            if any(re.search(TOPICS[t], sentence) for t in topics) and m.entity not in [f.entity for f in found]:
                found.append(m)
    return found
