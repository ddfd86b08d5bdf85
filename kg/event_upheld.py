"""A higher court's decision on someone's sentence: it confirms (or changes) the punishment, so the court too
sanctions the one who bears it.

  event.upheld_sentence.v1  "<court> upheld the seven-year sentence of <X>", "<court> reduced <X>'s prison term",
                            "<X>'s conviction was confirmed by <court>", "<court> upheld the fine imposed on <X>"

Overturning, quashing or cancelling a sentence is no sanction and is not read here; negated, requested or
future decisions ("refused to uphold", "asked the court to reduce") keep their status and give no relation.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import Context, evidence, prep_objects, span_of
from kg.event_actors import agents_of
from kg.event_companions import PEOPLE
from kg.model import Event, Relation

CONFIRMING = {"uphold", "confirm", "reduce", "increase", "shorten", "commute", "lengthen", "toughen", "endorse"}
# the punishment noun -> the fine property the court's act gets
PUNISHMENTS = {"sentence": "convicted", "verdict": "convicted", "conviction": "convicted", "term": "convicted",
               "punishment": "convicted", "fine": "fined"}
RULE = "event.upheld_sentence.v1"


def upheld_sentences(ctx: Context):
    """(event, derived relations, trigger verb) for each court decision on a named person's punishment."""
    for verb in ctx.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in CONFIRMING:
            continue
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        for noun in (c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")):
            prop = PUNISHMENTS.get(noun.lemma_.lower())
            if prop is None:
                continue
            bearers = bearers_of(ctx, noun)
            courts = [a for a in agents_of(ctx, verb, {"Court"}) if a.type == "Court"]
            if bearers and courts:
                yield (*decision(ctx, verb, noun, courts, bearers, prop), verb)


def bearers_of(ctx: Context, noun: Token) -> list:
    """'the sentence of X', 'X's sentence', 'the verdict against X', 'the fine imposed on X'."""
    found = [m for p in noun.children if p.dep_ == "poss" for m in ctx.head_mentions(p, PEOPLE)]
    found += prep_objects(ctx, noun, ("of", "against", "on"), PEOPLE)
    for participle in (c for c in noun.children if c.dep_ == "acl"):  # "the fine imposed on X"
        found += prep_objects(ctx, participle, ("on", "against"), PEOPLE)
    return list(dict.fromkeys(m for m in found if m.type in PEOPLE))


def decision(ctx: Context, verb: Token, noun: Token, courts: list, bearers: list, prop: str):
    roles = [("agent", c.entity) for c in courts] + [("court", c.entity) for c in courts]
    roles += [(r, b.entity) for b in bearers for r in ("defendant", "target")]
    spans = [span_of(verb), span_of(noun)]
    event = Event("Decision", tuple(dict.fromkeys(roles)), span_of(verb),
                  evidence(ctx, RULE, 0.7, *spans, *(span_of(m) for m in courts + bearers)))
    derived = [Relation(c.entity, prop, b.entity, evidence(ctx, "relation.upheld_sentence.v1", 0.7, span_of(c),
                                                           *spans, span_of(b)))
               for c in courts for b in bearers if c.entity != b.entity]
    return event, derived
