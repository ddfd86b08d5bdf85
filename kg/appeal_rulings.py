"""Whom an appeal court's ruling is about: "<court> rejected the appeal against the acquittal of <Person> ...
Tuesday's decision, which is final, ...".

Rule (its id travels into provenance):
  relation.concerns_appeal.v1  a court as the subject of an asserted deciding verb ("rejected", "dismissed",
                               "upheld", "granted") whose object is an appeal or complaint 'against' something: the
                               persons and organisations named there ("against the acquittal of <Person>", "against
                               his sentence" for the person 'his' stands for) are whom the court's one ruling
                               named in that sentence or the two after it (or, by the decision's day, "Tuesday's
                               decision", in the five after it) is about
No ruling is chosen when two could be the court's (one named for another issuer is not), nor for a planned or
negated decision ("will consider the appeal", "did not reject").
"""

from __future__ import annotations

import re

from kg.arguments import Context, asserted, evidence, span_of, subjects, verbal
from kg.concerns import mentions_in
from kg.doc_tables import children
from kg.event_days import days_of
from kg.model import Mention, Relation

DECIDING = {"reject", "dismiss", "uphold", "grant", "satisfy", "deny", "refuse"}
APPEAL_NOUNS = {"appeal", "complaint", "challenge", "cassation", "objection"}
TARGETS = {"Organization", "Person"}
AFTER = 2  # sentences after the decision in which its ruling may be named
FAR = 5  # ... or, named by the decision's day ("on Tuesday rejected ... Tuesday's decision"), this many
RULE = "relation.concerns_appeal.v1"


def appeal_relations(ctx: Context) -> list[Relation]:
    found = []
    for verb in ctx.words.with_lemma(DECIDING):
        if verb.lemma_.lower() not in DECIDING or not verbal(verb) or not asserted(verb):
            continue
        courts = subjects(ctx, verb, {"Court"})
        against = [p for a in children(verb) if a.dep_ == "dobj" and a.lemma_.lower() in APPEAL_NOUNS
                   for p in children(a) if p.dep_ == "prep" and p.lower_ == "against"]
        if not courts or not against:
            continue
        tokens = [t for p in against for t in p.subtree]
        appealed = {m.entity for t in tokens if (m := ctx.at(t)) is not None and m.type == "Ruling"}
        ruling = court_ruling(ctx, verb, courts[0], appealed)
        if ruling is None:
            continue
        found += [Relation(ruling.entity, "targets", m.entity, evidence(ctx, RULE, 0.55, span_of(verb), span_of(m)))
                  for m in mentions_in(ctx, tokens, TARGETS)]
    return found


def court_ruling(ctx: Context, verb, court: Mention, appealed: set[str]) -> Mention | None:
    """The one ruling named from the decision's sentence to two after it that may be the court's own."""
    here = next((i for i, (a, b) in enumerate(ctx.sentences) if a <= verb.idx < b), None)
    if here is None:
        return None
    start, end = ctx.sentences[here][0], ctx.sentences[min(here + AFTER, len(ctx.sentences) - 1)][1]
    far = ctx.sentences[min(here + FAR, len(ctx.sentences) - 1)][1]
    said = ctx.text[slice(*ctx.sentences[here])].lower()
    own = ctx.entities[court.entity].label.lower()
    near = {m.entity: m for m in ctx.mentions if m.type == "Ruling" and m.entity not in appealed
            and issuer_fits(ctx.entities[m.entity].label.lower(), own) and (start <= m.start < end or (
                start <= m.start < far and any(re.search(rf"\b{day}\b", said) for day in days_of(ctx, m.entity))))}
    return next(iter(near.values())) if len(near) == 1 else None


def issuer_fits(label: str, court: str) -> bool:
    """A ruling labelled after its issuer is the court's only when that issuer is the court."""
    return label.startswith(court) or not any(w in label for w in ("court", "ministry", "office", "service"))
