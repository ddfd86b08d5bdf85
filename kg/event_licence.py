"""A licence lost: the bearer's side of a revocation, with the court told beside it.

  event.lost_licence.v1  "<outlet> lost its media licence on Monday when <court> granted a lawsuit by <body>",
                         "<outlet> lost its licence. The claim had been filed by <body>, and <court> granted it":
                         the court that decides in the same sentence, else the one that grants or revokes in the
                         next, banned the outlet (only when exactly one court is there)

Not read for "could lose its licence", "did not lose", "risks losing" (the clause must be asserted).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import Context, evidence, span_of, subjects
from kg.doc_tables import children
from kg.event_context import status_of
from kg.model import Event, Relation

LOSING = {"lose", "forfeit"}
LICENCES = {"licence", "license", "registration", "accreditation", "certificate"}
DECIDING = {"grant", "satisfy", "side", "revoke", "strip", "cancel", "annul", "rule", "order", "approve"}
BEARERS = {"Organization", "Person"}
RULE = "event.lost_licence.v1"


def lost_licences(ctx: Context):
    """(event, derived relations, the verb) for each licence an article says someone lost, with its court."""
    for verb in ctx.words.with_lemma(LOSING):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in LOSING or status_of(verb) != "Asserted":
            continue
        noun = next((c for c in children(verb) if c.dep_ == "dobj" and c.lemma_.lower() in LICENCES), None)
        bearers = bearers_of(ctx, verb) if noun is not None else []
        courts = deciding_courts(ctx, verb.sent) or deciding_courts(ctx, next_sentence(verb))
        if not (bearers and len({c.entity for c in courts}) == 1):
            continue
        court = courts[0]
        roles = (("agent", court.entity), ("court", court.entity), *(("target", b.entity) for b in bearers))
        spans = [span_of(verb), span_of(noun)]
        event = Event("Ban", roles, span_of(verb), evidence(ctx, RULE, 0.6, *spans, *(span_of(b) for b in bearers)))
        derived = [Relation(court.entity, "banned", b.entity, evidence(ctx, "relation.lost_licence.v1", 0.6,
                                                                      span_of(b), *spans))
                   for b in bearers if b.entity != court.entity]
        yield event, derived, verb


def bearers_of(ctx: Context, verb: Token) -> list:
    """The subject; every subject when the parser split one ('The magazine The New Times lost ...')."""
    found = [m for m in subjects(ctx, verb, BEARERS) if m.type in BEARERS]
    return found or [m for c in children(verb) if c.dep_ == "nsubj" for m in ctx.head_mentions(c, BEARERS)
                     if m.type in BEARERS]


def next_sentence(verb: Token):
    end = verb.sent.end
    return verb.doc[end].sent if end < len(verb.doc) else None


def deciding_courts(ctx: Context, sent) -> list:
    """Courts that are the subject of a deciding verb of the sentence ('when <court> granted a lawsuit')."""
    if sent is None:
        return []
    return [m for v in sent if v.pos_ == "VERB" and v.lemma_.lower() in DECIDING and status_of(v) == "Asserted"
            for c in children(v) if c.dep_ == "nsubj"
            if (m := ctx.head_mention(c, {"Court"})) is not None and m.type == "Court"]
