"""Issuing and asking in shapes the event tables miss, read once the article's events are known.

kg.petition_shapes reads requests (suits, a request coordinated into a reported clause, counsel without a named
client, applicants, a request with a tense of its own after a modal one); kg.issued_shapes reads acts of issuing
(a law through a legislature, a vote to pass it, a signature put to it) and who issued a decision told only by its
noun. Each module lists its rule ids. Here:

  relation.coordinated_agent.v1  "Memorial and Agora jointly petitioned <court>", "The Duma and the Federation
                             Council approved <law>": every actor of a coordinated subject of an asserted request or act
                             of issuing does what the first one does (the event gains them as agents)
"""

from __future__ import annotations

from dataclasses import replace

from kg.arguments import Context, evidence, span_of
from kg import event_lexicon as L
from kg.event_context import place_of, source_of, when_of
from kg.issued_shapes import decided_rulings, issuing_events
from kg.model import Event, Relation
from kg.petition_shapes import more_petitions
from kg.vocab import base_of

COORDINATED = {"Petition": "petitioned", "Appeal": "petitioned", "Adoption": "issued", "Signing": "issued",
               "Decision": "issued"}


def more_acts(ctx: Context, events: list[Event], derived: list[Relation], known: list[Relation] = (), timexes=()
              ) -> tuple[list[Event], list[Relation]]:
    """The article's events and derived relations, with the requests and issuers these shapes add; the events
    they add get their time, place and source as kg.events gives its own (`timexes`: the article's)."""
    told = {e.id for e in events}
    events, asked = more_petitions(ctx, events)
    events, issuing = issuing_events(ctx, events)
    found = asked + issuing
    events, joined = coordinated_agents(ctx, events, [*derived, *found])
    found += joined
    found += decided_rulings(ctx, events, [*known, *derived, *found])
    return [e if e.id in told else situated(ctx, e, timexes) for e in events], [*derived, *found]


def situated(ctx: Context, event: Event, timexes) -> Event:
    """The event with the time, place and source of its trigger's clause (its status is the shape's own)."""
    span = ctx.doc.char_span(*event.trigger, alignment_mode="expand")
    if span is None:
        return event
    verb = span.root
    source = None if event.kind in L.SPEECH.values() else source_of(ctx, verb)
    return replace(event, when=event.when or when_of(verb, timexes), place=event.place or place_of(verb),
                   source=event.source or source)


def coordinated_agents(ctx: Context, events: list[Event], relations: list[Relation]
                       ) -> tuple[list[Event], list[Relation]]:
    by_event: dict[str, list[Relation]] = {}
    for r in relations:
        if r.event is not None:
            by_event.setdefault(r.event, []).append(r)
    out, found = [], []
    for event in events:
        told = [r for r in by_event.get(event.id, ()) if base_of(r.predicate) == COORDINATED.get(event.kind)]
        extra = co_subjects(ctx, event) if told and event.status == "Asserted" else []
        extra = [m for m in extra if m.entity not in event.role("agent")]
        if not extra:
            out.append(event)
            continue
        for m in extra:
            found += [Relation(m.entity, r.predicate, r.object, evidence(
                ctx, "relation.coordinated_agent.v1", 0.65, span_of(m), (r.evidence.start, r.evidence.end)),
                event=event.id) for r in {(r.predicate, r.object): r for r in told}.values() if r.object != m.entity]
        out.append(replace(event, roles=tuple(dict.fromkeys([*event.roles, *(("agent", m.entity) for m in extra)]))))
    return out, found


def co_subjects(ctx: Context, event: Event) -> list:
    """The actors coordinated with the subject of the event's verb ('Memorial and Agora petitioned')."""
    span = ctx.doc.char_span(*event.trigger, alignment_mode="expand")
    if span is None:
        return []
    verb = span.root
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.dep_ == "nsubjpass":
        return []
    return [m for t in subject.conjuncts if (m := ctx.head_mention(t))]
