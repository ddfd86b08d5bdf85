"""The ruling of a court action whose court goes unnamed.

"A court in Barnaul sentenced X to two years ... The verdict was appealed", "X was fined 30,000 roubles. The
ruling can be appealed": the action has no named court or body (kg.event_links links rulings only to actions with
one), yet the verdict the text names right after it records it, so the verdict targets the action's defendants and
targets and applies its legal basis. Nobody is said to have issued it.

Only when the choice is clear: the action is asserted and has no ruling yet; the ruling is of a kind that records
it, is named in the action's sentence or the one before or after it and not earlier, names no actor in its
own words ("the FSB order"), is issued by nobody or by a court, records no other action and could record none with
a named court or body, is not named only as absent or as one being served, and no action of its kind on other people
claims it in reach (two sentencings, one verdict: either's), and it is not told after the action aimed at others in
its own words (kg.ruling_aims).

The article's one free ruling and its one such action are linked however far apart (`lone_ruling`), when no action
with a named court or body could be the ruling's record.

Rule id: relation.ruling_of_unnamed_court.v1.
"""

from __future__ import annotations

from dataclasses import replace

from kg.event_days import same_day
from kg.model import Event, Relation
from kg.record_checks import absent, earlier_clause, named_within, names_other_actor
from kg.ruling_aims import aimed_later

RULE = "relation.ruling_of_unnamed_court.v1"
SERVED = "entity.ruling_served.v1"  # "already serving a sentence for fakes": handed down before
NEAR = 1  # sentences after the action's own in which its ruling is named


def unnamed_court_rulings(ctx, events: list[Event], rulings: list, issuer: dict, kinds: dict,
                          fits) -> tuple[list[Event], list[Relation]]:
    """Events with the rulings of their unnamed courts, and the facts those links add (see the module docstring).
    `kinds`: event kind -> the ruling nouns that record it; `fits(ctx, event, rulings, issuer)`: those of the rulings
    that could record an action with an actor (kg.event_links.fits)."""
    free = free_rulings(ctx, events, rulings, issuer, fits)
    claims: dict[str, list[int]] = {}
    for i, event in enumerate(events):
        if not actorless(event, kinds):
            continue
        near = [r for r in free if records(ctx, r, event, kinds) and not aimed_later(ctx, r.key, event)
                and named_within(ctx, r.key, window(ctx, event)) and not earlier_clause(ctx, event, r.key)]
        if near:
            first = min(near, key=lambda r: min(named_within(ctx, r.key, window(ctx, event))))
            claims.setdefault(first.key, []).append(i)
    events, extra = list(events), []
    for key, claimed in claims.items():
        people = {frozenset(events[i].role("defendant") + events[i].role("target")) for i in claimed}
        if len(people) != 1:  # two actions on different people in reach of one verdict: either's
            continue
        for i in claimed:
            events[i], facts = record(events[i], key, 0.5)
            extra += facts
    return events, extra


def lone_ruling(ctx, events: list[Event], rulings: list, issuer: dict, kinds: dict,
                fits) -> tuple[list[Event], list[Relation]]:
    """'A court in St Petersburg has fined Telegram ... Telegram did not comment on the ruling': the article's one
    free ruling, named after its one action without a named court or body, records it however far apart, when no
    action with a named actor could be its record and the ruling is of a kind that records the action."""
    free = free_rulings(ctx, events, rulings, issuer, fits)
    acts = [i for i, e in enumerate(events) if actorless(e, kinds)]
    if len(free) != 1 or len(acts) != 1 or not records(ctx, free[0], events[acts[0]], kinds) or \
            aimed_later(ctx, free[0].key, events[acts[0]]):
        return events, []
    events = list(events)
    events[acts[0]], facts = record(events[acts[0]], free[0].key, 0.45)
    return events, facts


def free_rulings(ctx, events: list[Event], rulings: list, issuer: dict, fits) -> list:
    """The rulings no action records yet, issued by nobody or a court, naming no other actor, not only absent or
    served, and that no action with a named court or body could record ("<court> found Yashin guilty ... Gorinov
    received seven years ... He called the verdict ...": Yashin's)."""
    taken = {k for e in events for k in e.role("ruling")}
    free = [r for r in rulings if r.key not in taken and court_or_none(ctx, issuer.get(r.key))
            and not names_other_actor(ctx, r.key, None) and not absent(ctx, r.key)
            and not all(m.rule == SERVED for m in ctx.mentions if m.entity == r.key)]
    return [r for r in free if not any(fits(ctx, e, [r], issuer) for e in events)]


def records(ctx, ruling, event: Event, kinds: dict) -> bool:
    """The ruling is of a kind that records the action, of its day, and not named before the action's sentence."""
    return (ruling.attr("rulingKind") or "ruling") in kinds[event.kind] and same_day(ctx, event, ruling.key) \
        and not named_before(ctx, ruling.key, event)


def record(event: Event, key: str, confidence: float) -> tuple[Event, list[Relation]]:
    """The event with its ruling, and the ruling's facts: it targets the defendants and targets, applies the basis."""
    evidence = replace(event.evidence, rule=RULE, confidence=confidence)
    facts = [Relation(key, "targets", t, evidence, event=event.id)
             for t in dict.fromkeys(event.role("defendant") + event.role("target"))]
    facts += [Relation(key, "applies", b, evidence, event=event.id) for b in dict.fromkeys(event.role("legalBasis"))]
    return replace(event, roles=(*event.roles, ("ruling", key))), facts


def actorless(event: Event, kinds: dict) -> bool:
    return (event.kind in kinds and event.status == "Asserted" and not event.role("ruling")
            and not event.role("court") and not event.role("agent")
            and bool(event.role("defendant") + event.role("target")))


def court_or_none(ctx, key: str | None) -> bool:
    """No issuer yet, or a court ("X received seven years. The verdict was handed down by <court>")."""
    return key is None or getattr(ctx.entities.get(key), "type", None) == "Court"


def named_before(ctx, ruling: str, event: Event) -> bool:
    """'The verdict against A ... B received seven years': a ruling named before the sentence before the action's is
    another's ("Friday's verdict was the harshest yet. A court in Vladivostok sentenced X": the lead's is this one)."""
    sentences = list(ctx.sentences)
    here = next((i for i, s in enumerate(sentences) if s[0] <= event.trigger[0] < s[1]), 0)
    start = sentences[max(here - 1, 0)][0] if sentences else event.trigger[0]
    return any(m.entity == ruling and m.start < start for m in ctx.mentions)


def window(ctx, event: Event) -> list[tuple[int, int]]:
    sentences = list(ctx.sentences)
    here = next((i for i, s in enumerate(sentences) if s[0] <= event.trigger[0] < s[1]), None)
    return [] if here is None else sentences[max(here - 1, 0):here + NEAR + 1]  # its own, the one before or after
