"""Gapped clauses after a verb of proceeding: "sentenced Ivan Petrov to five years under Article 282, and Oleg Sidorov
to three years under Article 280", "convicted A under Article 205.2 and B under Article 280", "sentenced A to 20 years
in a colony and B to ten", and in the passive "A was given six years and B five years". The second clause
repeats the verb without saying it, so the parser hangs its party on the verb (or on the first clause's provision)
as a conjunct and its phrases on the verb. Read as the parser gives it, A was charged under both provisions and B
under none, and B was not sanctioned at all.

Rule (its id travels into provenance):
  relation.gapped_party.v1  the party of a gapped clause bears what the verb's agent did to the first party
                            (convicted, fined, ...), and is charged under the provisions named after it; the first
                            party keeps only the provisions named before the second
Only a named person or organisation after "and", with no subject, auxiliary or object of its own, and only where
something of the verb's own comes between the two parties (else it is plain coordination, "sentenced A and B to ...",
which the rules read already); the clause must be asserted as the verb's event is.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.arguments import Context, evidence, is_passive, span_of
from kg.doc_tables import children
from kg.event_build import CHARGE_OF
from kg.model import Event, Relation
from kg.vocab import base_of

PARTIES = {"Person", "Organization"}
VERBAL = {"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "csubj", "expl"}
BETWEEN = {"prep", "dative", "npadvmod", "advmod"}  # the verb's own words between the two parties
PATIENT = {False: "dobj", True: "nsubjpass"}  # the first party, by voice


def gapped_parties(ctx: Context, events: list[Event], relations: list[Relation]) -> tuple[list[Event], list[Relation]]:
    """The events and relations with the parties of gapped clauses added and their provisions sorted out."""
    by_trigger = {e.trigger: e for e in events if e.status == "Asserted"}
    added, dropped, changed = [], set(), {}
    for (start, end), event in by_trigger.items():
        span = ctx.doc.char_span(start, end)  # a one-word trigger: the verb
        verb = span[0] if span is not None and len(span) == 1 else None
        first = next((c for c in children(verb) if c.dep_ == PATIENT[is_passive(verb)]), None) \
            if verb is not None else None
        if first is None or (party_a := ctx.head_mention(first, PARTIES)) is None:
            continue
        for second, party_b in gapped(ctx, verb, first):
            own = [r for r in relations if r.event == event.id and r.object == party_a.entity
                   and base_of(r.predicate) == "sanctioned"]
            after = [m for m in ctx.mentions if m.type == "LegalProvision" and m.start > second.idx
                     and m.end <= verb.sent.end_char]
            charges = [r.predicate for r in relations if r.event == event.id and r.subject == party_a.entity
                       and base_of(r.predicate) == "chargedUnder"]  # "convictedUnder" for A: for B too
            prop = charges[0] if charges else CHARGE_OF.get(own[0].predicate, "chargedUnder") if own else "chargedUnder"
            rule = "relation.gapped_party.v1"
            added += [Relation(r.subject, r.predicate, party_b.entity, evidence(ctx, rule, 0.7, span_of(second),
                                                                             span_of(verb)), r.date, event.id)
                      for r in own]
            added += [Relation(party_b.entity, prop, m.entity, evidence(ctx, rule, 0.7, span_of(second),
                                                                       (m.start, m.end)), None, event.id)
                      for m in after]
            later = {m.entity for m in after} - {m.entity for m in ctx.mentions if m.type == "LegalProvision"
                                                   and first.idx < m.start < second.idx}
            dropped |= {(party_a.entity, key) for key in later}
            changed[event.id] = (*event.roles, *((role, party_b.entity) for role, key in event.roles
                                                 if key == party_a.entity))
    if not added:
        return events, relations
    kept = [r for r in relations if not (base_of(r.predicate) == "chargedUnder" and (r.subject, r.object) in dropped)]
    events = [replace(e, roles=tuple(dict.fromkeys(changed[e.id]))) if e.id in changed else e for e in events]
    return events, kept + added


def gapped(ctx: Context, verb: Token, first: Token) -> list[tuple[Token, object]]:
    """(token, mention) of each party of a gapped clause after the verb's object."""
    found = []
    between = BETWEEN | {"dobj"} if first.dep_ == "nsubjpass" else BETWEEN  # "A was given six years and B ..."
    for t in verb.subtree:
        if t.i <= first.i or t.dep_ not in ("conj", "dep") or t.pos_ not in ("PROPN", "NOUN") or \
                any(c.dep_ in VERBAL for c in children(t)) or t.doc[t.left_edge.i - 1].lower_ != "and":
            continue
        on_verb = t.head == verb and any(c.dep_ in between and first.i < c.i < t.i for c in children(verb))
        on_basis = t.head.dep_ == "pobj" and t.head.head.dep_ == "prep" and t.head.head.head == verb and \
            ctx.at(t.head) is not None and ctx.at(t.head).type == "LegalProvision"
        on_phrase = t.head.dep_ == "pobj" and t.head.head.dep_ == "prep" and t.head.head.head == verb and \
            ctx.at(t.head) is None and parallel(verb, first, t)  # "sentenced A to 20 years in a colony and B to ten"
        on_term = first.dep_ == "nsubjpass" and t.head.dep_ in ("dobj", "npadvmod") and t.head.head == verb and \
            ctx.at(t.head) is None  # "A was given six years and B five years": B read as a conjunct of the term
        mention = ctx.head_mention(t, PARTIES)
        if (on_verb or on_basis or on_phrase or on_term) and mention is not None:
            found.append((t, mention))
    return found


def parallel(verb: Token, first: Token, party: Token) -> bool:
    """The verb has the same preposition before the gapped party and after it: "<A> to 20 years ... and <B> to
    ten", the second clause's own phrase."""
    before = {c.lower_ for c in children(verb) if c.dep_ == "prep" and first.i < c.i < party.i}
    return any(c.dep_ == "prep" and c.i > party.i and c.lower_ in before for c in children(verb))
