"""Issuing and asking in shapes the event tables miss, read once the article's events are known.

kg.petition_shapes reads requests (suits, a request coordinated into a reported clause, counsel without a named
client, applicants); kg.issued_shapes reads acts of issuing (a law through a legislature, a vote to pass it, a
signature put to it) and who issued a decision told only by its noun; an organisation that publishes a ruling or a
law does not issue it (`reporters_unissued`); a bill brought into a chamber asks it nothing, nor is the one an
asked-for act is about asked (`not_asked`). Each module lists its rule ids. Every actor
of a coordinated subject ("Memorial and Agora jointly petitioned", "The Duma and the Federation Council approved")
is an agent through kg.arguments.subjects, as for every event.
"""

from __future__ import annotations

from dataclasses import replace

from kg.arguments import Context
from kg import event_lexicon as L
from kg.event_context import place_of, source_of, when_of
from kg.issued_shapes import decided_rulings, issuing_events
from kg.model import Event, Relation
from kg.petition_shapes import more_petitions
from kg.vocab import base_of


BRINGING_IN = {"submit", "introduce", "table", "send"}  # a bill brought into a chamber
ABOUT = ("of", "on", "against", "for")  # "the arrest of <X>", "a ban on <X>": what is asked for, not whom


def more_acts(ctx: Context, events: list[Event], derived: list[Relation], known: list[Relation] = (), timexes=()
              ) -> tuple[list[Event], list[Relation]]:
    """The article's events and derived relations, with the requests and issuers these shapes add; the events
    they add get their time, place and source as kg.events gives its own (`timexes`: the article's)."""
    told = {e.id for e in events}
    events, asked = more_petitions(ctx, events)
    events, issuing = issuing_events(ctx, events)
    found = asked + issuing
    found += decided_rulings(ctx, events, [*known, *derived, *found])
    events, derived = reporters_unissued(ctx, events, [*derived, *found])
    events, derived = not_asked(ctx, events, derived)
    return [e if e.id in told else situated(ctx, e, timexes) for e in events], derived


def reporters_unissued(ctx: Context, events: list[Event], derived: list[Relation]):
    """'Meduza published the ruling on its website', 'Novaya Gazeta published the text of the law': an organisation
    (a newspaper, a rights group) that publishes a ruling or a law reports it; and no organisation hands down a
    ruling (courts, state bodies and officials do). Such issued facts, and the agent of their act, are dropped
    (an organisation may still pass a law: 'the United Russia majority passed it')."""
    by_id = {e.id: e for e in events}
    wrong = {(r.subject, r.event) for r in derived if base_of(r.predicate) == "issued" and reporter(ctx, r, by_id)}
    if not wrong:
        return events, derived
    events = [replace(e, roles=tuple(x for x in e.roles if not (x[0] == "agent" and (x[1], e.id) in wrong)))
              for e in events]
    return events, [r for r in derived if not (base_of(r.predicate) == "issued" and (r.subject, r.event) in wrong)]


def not_asked(ctx: Context, events: list[Event], derived: list[Relation]):
    """'A bill submitted to the State Duma by <X>': bringing in a bill is not asking the chamber anything; 'requested
    the arrest of <X>', 'demanded a ban on <X>': the one the asked-for act is about is not asked. Such petitioned
    facts, and the addressee of their act, are dropped."""
    by_id = {e.id: e for e in events}
    wrong = {(r.object, r.event) for r in derived if base_of(r.predicate) == "petitioned" and r.event in by_id
             and unasked(ctx, by_id[r.event], r.object)}
    if not wrong:
        return events, derived
    events = [replace(e, roles=tuple(x for x in e.roles if not (x[0] == "addressee" and (x[1], e.id) in wrong)))
              for e in events]
    return events, [r for r in derived if not (base_of(r.predicate) == "petitioned" and (r.object, r.event) in wrong)]


def unasked(ctx: Context, event: Event, addressee: str) -> bool:
    span = ctx.doc.char_span(*event.trigger, alignment_mode="expand")
    verb = span.root if span is not None else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + ([verb.head] if verb.dep_ == "acl" else [])
    if verb.lemma_.lower() in BRINGING_IN and any((m := ctx.at(t)) is not None and m.type == "Law" for t in things):
        return True  # "submitted the bill", "a bill submitted to <chamber>"
    inner = [(c, t) for c in things if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep" and p.lower_ in ABOUT
             for o in p.children if o.dep_ == "pobj" for t in (o, *o.conjuncts)]  # not in the object's own name
    return any((m := ctx.at(t)) is not None and m.entity == addressee and m is not ctx.at(c) for c, t in inner)


def reporter(ctx: Context, relation: Relation, events: dict) -> bool:
    if getattr(ctx.entities.get(relation.subject), "type", "") != "Organization":
        return False
    if getattr(ctx.entities.get(relation.object), "type", "") == "Ruling":
        return True
    event = events.get(relation.event)
    span = ctx.doc.char_span(*event.trigger, alignment_mode="expand") if event is not None else None
    return span is not None and span.root.lemma_.lower() == "publish"


def situated(ctx: Context, event: Event, timexes) -> Event:
    """The event with the time, place and source of its trigger's clause (its status is the shape's own)."""
    span = ctx.doc.char_span(*event.trigger, alignment_mode="expand")
    if span is None:
        return event
    verb = span.root
    source = None if event.kind in L.SPEECH.values() else source_of(ctx, verb)
    return replace(event, when=event.when or when_of(verb, timexes), place=event.place or place_of(verb),
                   source=event.source or source)
