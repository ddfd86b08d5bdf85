"""An action told by its verb, and who did it told in the next sentence by the action's noun.

  event.carried_out_by.v1  "Durov was detained at Le Bourget airport. The arrest was made by officers of OFMIN",
                           "Her flat was searched on Monday. The search was carried out by FSB officers": an asserted
                           detention or search with no actor is by the body that the same or the next sentence, in
                           the same paragraph, says made or carried out 'the arrest' / 'the search'

Nothing when that noun names someone else ('The arrest of his lawyer was made by ...'), when the carrying out is
negated or only planned, or when the body is not a state body.

  event.previous_actor.v1  "The FSB detained A in July. His colleague B was detained the following week": a passive
                           detention or search with no actor, right after (this or the two sentences before, same
                           paragraph) an asserted one by a state body, is that body's when the article gives every
                           such action of it an actor only that body
  event.reporting_body.v1  "Access to Viber has been blocked, Roskomnadzor said", "<X> was detained, the Interior
                           Ministry said": a passive blocking, ban, detention or search with no actor, reported by a
                           state body that acts (not the Kremlin, a parliament or a foreign ministry), is that body's
                           (not when a ruling in the verb's phrases says whose act it was: "outlawed since a
                           Supreme Court ruling")
"""

from __future__ import annotations

import re

from kg.arguments import Context, asserted
from kg.doc_tables import char_span, children
from kg.event_actors import agents_of
from kg.model import Event

CARRYING = {"make", "carry", "conduct", "perform", "execute"}
# the noun of the action -> the event classes it names
NOUN_KINDS = {"arrest": {"Detention"}, "detention": {"Detention"}, "search": {"Search"}, "raid": {"Search"},
              "searches": {"Search"}, "raids": {"Search"}}


def carried_out_by(ctx: Context, event: Event, events, sentence_index, sentence_tokens):
    """('agent', [the body's mentions], rule) for a detention or search with no actor, or None."""
    if event.role("agent") or not event.role("target") or event.kind not in {"Detention", "Search"}:
        return None
    here = sentence_index(ctx, event.trigger[0])
    for index in (here, here + 1):
        span = sentence_tokens(ctx, index)
        if span is None or "\n" in ctx.text[min(span.start_char, event.trigger[0]):max(span.start_char,
                                                                                        event.trigger[0])]:
            continue
        for noun in span:
            if event.kind not in NOUN_KINDS.get(noun.lemma_.lower(), ()) or noun.dep_ != "nsubjpass":
                continue
            verb = noun.head
            if verb.lemma_.lower() not in CARRYING or not asserted(verb) or not definite(noun):
                continue
            if any(p.dep_ == "prep" and p.lower_ == "of" for p in children(noun)):  # "the arrest of his lawyer"
                continue
            agents = [a for a in agents_of(ctx, verb) if a.entity not in event.role("target")]
            if agents:
                return "agent", agents, "event.carried_out_by.v1"
    return None


def definite(noun) -> bool:
    """'The arrest', 'the search', 'his arrest' (not 'an arrest': maybe another one)."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "his", "her", "their") for c in children(noun))


REPORTED_KINDS = {"Blocking", "Ban", "Detention", "Search"}
# bodies that speak about actions but do not block, ban, detain or search
SPEAKING_ONLY = re.compile(r"kremlin|president|duma|council|parliament|foreign|embassy|spokes|government of", re.I)


def reporting_body(ctx: Context, event: Event, events, passive_trigger):
    """('agent', [the body's mention], rule) for a passive action with no actor that a state body reports, or None."""
    if event.kind not in REPORTED_KINDS or event.role("agent") or not event.role("target") or event.source is None:
        return None
    body = ctx.entities.get(event.source)
    if body is None or body.type != "GovernmentBody" or SPEAKING_ONLY.search(body.label) \
            or event.source in event.role("target") or not passive_trigger(ctx, event) or by_ruling(ctx, event):
        return None
    named = min((m for m in ctx.mentions if m.entity == event.source), key=lambda m: abs(m.start - event.trigger[0]))
    return "agent", [named], "event.reporting_body.v1"


POLICE_KINDS = {"Detention", "Search"}


def previous_actor(ctx: Context, event: Event, events, passive_trigger, sentence_index):
    """('agent', [the body's mention], rule) for a passive detention or search with no actor, or None."""
    if event.kind not in POLICE_KINDS or event.role("agent") or not event.role("target") \
            or not passive_trigger(ctx, event):
        return None
    actors = {a for e in events if e.kind == event.kind and e.status == "Asserted" for a in e.role("agent")
              if ctx.entities[a].type == "GovernmentBody"}
    if len(actors) != 1 or any(e.kind == event.kind and e.role("agent") and set(e.role("agent")) - actors
                               for e in events):
        return None
    here = sentence_index(ctx, event.trigger[0])
    start = ctx.sentences[max(here - 2, 0)][0]
    before = sorted((e for e in events if e.kind == event.kind and e.status == "Asserted" and e.id != event.id
                     and start <= e.trigger[0] < event.trigger[0]
                     and "\n" not in ctx.text[e.trigger[0]:event.trigger[0]]), key=lambda e: e.trigger[0])
    actor = next(iter(actors))
    if not before or actor not in before[-1].role("agent") or actor in event.role("target"):
        return None  # (the latest such action must be that body's: "Police detained B" names no body)
    named = [m for m in ctx.mentions if m.entity == actor and m.start < event.trigger[0]]
    return "agent", named[-1:], "event.previous_actor.v1"


def by_ruling(ctx: Context, event: Event) -> bool:
    """'Islamic State, which has been outlawed since a Supreme Court ruling of 2014': a ruling in the verb's own
    phrases says whose act it was, not the body that reports it."""
    verb = char_span(ctx.doc, *event.trigger)
    if verb is None:
        return False
    return any(p.dep_ in ("prep", "agent") and any(o.dep_ == "pobj" and ctx.head_mention(o, {"Ruling"}) is not None
                                                   for o in children(p)) for p in children(verb.root))
