"""Rulings named by their day: "Tuesday's decision", "Friday's ruling".

A ruling noun whose possessor is a weekday names the act the report tells with "on <that day>": it
records an event only when the event's sentence names the same day or no time at all (never an act of
another date: "in 2022", "in March"), and when no other rule gave it an issuer, the court or state body that is the
subject of the first sentence saying "on <that day>" issued it (relation.ruling_of_day.v1):
"The regional court on Tuesday rejected the appeal ... Tuesday's decision is final."
A ruling named with a year ("a 2013 ban") records no event whose sentence names other years only.
"""

from __future__ import annotations

import re

from kg.arguments import sentence_index
from kg.doc_tables import children
from kg.model import Evidence, Relation

DAY_OWNER = re.compile(r"^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)[’']s\b", re.I)
ISSUERS = {"Court", "GovernmentBody"}
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def days_of(ctx, ruling: str) -> set[str]:
    return {m.group(1).lower() for r in ctx.mentions if r.entity == ruling and (m := DAY_OWNER.match(r.text))}


OTHER_TIME = re.compile(r"\b(?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|"
                        r"november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
                        r"last (?:week|month|year))\b")


def same_day(ctx, event, ruling: str) -> bool:
    """The event may be the one a day-named ruling records: the ruling names no day, or the event's sentence
    names the same day or no time at all ("Monday's verdict ... found him guilty"), not another one. A ruling
    named with a year ("a 2013 ban") records no event whose sentence names other years only."""
    named = {m.group() for r in ctx.mentions if r.entity == ruling  # "a 2013 ban": the year may stand before it
             for m in YEAR.finditer(ctx.text[max(0, r.start - 5):r.end])}
    days = days_of(ctx, ruling)
    if not named and not days:
        return True
    here = sentence_index(ctx, event.trigger[0])
    sentence = ctx.text[slice(*ctx.sentences[here])].lower() if here is not None else ""
    told = set(YEAR.findall(sentence))
    if named and told and not named & told:
        return False  # "a 2013 ban" is not the ruling of what "On 30 November 2023 the Supreme Court" did
    if not days:
        return True
    return any(re.search(rf"\b{day}\b", sentence) for day in days) or not OTHER_TIME.search(sentence)


def day_issuer(ctx, rulings: list, issuer: dict) -> list[Relation]:
    found = []
    for ruling in rulings:
        days = days_of(ctx, ruling.key)
        first = min((m.start for m in ctx.mentions if m.entity == ruling.key), default=None)
        if ruling.key in issuer or not days or first is None:
            continue
        actor = next((a for day in days for a in day_actors(ctx, day, first)), None)
        if actor is not None:
            mention = next(m for m in ctx.mentions if m.entity == ruling.key)
            ev = Evidence(ctx.article.id, min(actor.start, mention.start), max(actor.end, mention.end),
                          mention.sentence, "relation.ruling_of_day.v1", 0.6)
            found.append(Relation(actor.entity, "issued", ruling.key, ev))
    return found


def day_actors(ctx, day: str, before: int):
    """Subjects (courts, bodies) of verbs that have 'on <day>' in their clause, in sentences before `before`."""
    for token in ctx.words.with_lower(day):  # the tokens `day`, in text order
        if token.idx >= before:
            return
        if token.dep_ == "pobj" and token.head.lower_ == "on":
            verb = token.head.head
            for subject in (c for c in children(verb) if c.dep_ == "nsubj"):
                m = ctx.head_mention(subject, ISSUERS)
                if m is not None:
                    yield m
