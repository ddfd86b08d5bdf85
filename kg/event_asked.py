"""Requests whose addressee the article leaves to the reader: the one body it has do what was asked.

  event.asked_restrictor.v1  "Roskomnadzor blocked A and B, after the Prosecutor General's Office demanded that they
                             be blocked": the office asked the one body the article has block (ban, designate)
  event.asked_for_action.v1  "The Supreme Court banned the Witnesses. The Justice Ministry had asked for the ban":
                             the ministry asked the one body or court the article has ban (liquidate, arrest ...)
                             X, if the noun names whom, X among those it acted on

Only asserted requests, and only when exactly one actor did such things in the article.
"""

from __future__ import annotations

from kg.arguments import Context, asserted, span_of
from kg.doc_tables import ancestors, char_span, children
from kg.event_fill import SHARED_KINDS, ev, nearest, passive_trigger
from kg.event_nominal import NOUNS, acted_on
from kg.model import Event, Relation

ASKING = {"ask", "demand", "request", "urge", "petition"}


def asked_relations(ctx: Context, events: dict[str, Event]) -> list[Relation]:
    """Petitions (added to `events`) and their relations for both shapes."""
    return asked_restrictor(ctx, events) + asked_for_action(ctx, events)


def asked_restrictor(ctx: Context, events: dict[str, Event]) -> list[Relation]:
    """'after the Prosecutor General's Office demanded that they be blocked': who is asked to block, ban or
    designate without being named is the one body the article has do such things (as event.shared_actor)."""
    found = []
    for event in [e for e in events.values() if e.status == "Requested" and e.kind in SHARED_KINDS]:
        span = char_span(ctx.doc, *event.trigger)
        if span is None or event.role("agent") or not passive_trigger(ctx, event):
            continue
        asking = next((a for a in ancestors(span.root) if a.lemma_.lower() in ASKING and a.pos_ == "VERB"), None)
        actors = {a for e in events.values() if e.kind == event.kind and e.status == "Asserted"
                  for a in e.role("agent")}
        if asking is None or len(actors) != 1 or not asserted(asking):
            continue
        askers = [m for c in children(asking) if c.dep_ == "nsubj" for m in ctx.head_mentions(c)]
        body = next(iter(actors))
        askers = [m for m in askers if m.entity != body]
        if not askers:
            continue
        addressee = nearest(ctx, body, asking.idx)
        found += petition(ctx, events, askers, body, asking, span_of(addressee), "asked_restrictor")
    return found


def asked_for_action(ctx: Context, events: dict[str, Event]) -> list[Relation]:
    """'The Justice Ministry had asked for the ban': who is asked for a ban, a liquidation or an arrest is the one
    body or court the article has do that (the only actor of the asserted actions of that kind)."""
    found = []
    for noun in ctx.words.with_lemma(NOUNS):
        asking = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
        if asking is None or asking.lemma_.lower() not in ASKING | {"call"} or noun.lemma_.lower() not in NOUNS:
            continue
        kind = NOUNS[noun.lemma_.lower()][0]
        done = [e for e in events.values() if e.status == "Asserted" and (e.kind == kind or kind == "Designation"
                and e.kind.endswith("Designation"))]
        named = {m.entity for m in acted_on(ctx, noun)}  # "asked for the ban of X": an action on X, if there was one
        done = [e for e in done if not named or named & set(e.role("target"))]
        actors = {a for e in done for a in e.role("agent")}
        askers = [m for c in children(asking) if c.dep_ == "nsubj" for m in ctx.head_mentions(c)]
        askers = [m for m in askers if m.entity not in actors]
        if len(actors) != 1 or not askers or not asserted(asking):
            continue
        body = next(iter(actors))
        found += petition(ctx, events, askers, body, asking, span_of(noun), "asked_for_action")
    return found


def petition(ctx: Context, events: dict[str, Event], askers, body: str, asking, addressee_span, name: str
             ) -> list[Relation]:
    """The Petition event of `askers` to `body` (added to `events` unless already there) and its facts."""
    roles = tuple([("agent", m.entity) for m in askers] + [("addressee", body)])
    event = Event("Petition", roles, span_of(asking), ev(ctx, f"event.{name}.v1", [span_of(asking)],
                                                         *(m.entity for m in askers)))
    if event.id in events:
        return []
    events[event.id] = event
    return [Relation(m.entity, "petitioned", body, ev(ctx, f"relation.{name}.v1", [span_of(asking), addressee_span],
                                                      m.entity), event=event.id) for m in askers]
