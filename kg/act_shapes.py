"""Issuing and asking in shapes the event tables miss, read once the article's events are known.

kg.petition_shapes reads requests (suits, a request coordinated into a reported clause, counsel without a named
client, applicants); kg.issued_shapes reads acts of issuing (a law through a legislature, a vote to pass it, a
signature put to it) and who issued a decision told only by its noun (who may issue or be asked at all is the verb
readers' own question: kg.act_sides). Each module lists its rule ids. Every actor
of a coordinated subject ("Memorial and Agora jointly petitioned", "The Duma and the Federation Council approved")
is an agent through kg.arguments.subjects, as for every event.
"""

from __future__ import annotations

from dataclasses import replace

from kg.arguments import Context
from kg.doc_tables import char_span
from kg import event_lexicon as L
from kg.event_context import place_of, source_of, when_of
from kg.issued_shapes import decided_rulings, issuing_events
from kg.model import Event, Relation
from kg.petition_shapes import more_petitions


def more_acts(ctx: Context, events: list[Event], derived: list[Relation], known: list[Relation] = (), timexes=()
              ) -> tuple[list[Event], list[Relation]]:
    """The article's events and derived relations, with the requests and issuers these shapes add; the events
    they add get their time, place and source as kg.events gives its own (`timexes`: the article's)."""
    told = {e.id for e in events}
    events, asked = more_petitions(ctx, events)
    events, issuing = issuing_events(ctx, events)
    found = asked + issuing
    found += decided_rulings(ctx, events, [*known, *derived, *found])
    derived = [*derived, *found]
    return [e if e.id in told else situated(ctx, e, timexes) for e in events], derived


def situated(ctx: Context, event: Event, timexes) -> Event:
    """The event with the time, place and source of its trigger's clause (its status is the shape's own)."""
    span = char_span(ctx.doc, *event.trigger)
    if span is None:
        return event
    verb = span.root
    source = None if event.kind in L.SPEECH.values() else source_of(ctx, verb)
    return replace(event, when=event.when or when_of(verb, timexes), place=event.place or place_of(verb),
                   source=event.source or source)
