"""The trial court of an article: who convicted or sentenced a defendant told only in the passive.

Reports of a trial name the court once, often with its verdict ("The sentence was handed down on August 4 by Judge
A of the Moscow City Court", "the Petushinsky District Court found A guilty"), and then tell more of the same trial
in the passive without an actor ("B was tried in the same proceedings. He was found guilty ... and sentenced to
eight years"). The court that passed a verdict is the one that convicts in that trial:

  event.trial_court.v1  a passive conviction or sentence with no actor is by the article's one trial court: the
                        only court that is the actor of an asserted conviction or sentence, or the issuer (itself or
                        through its judge) of a verdict or sentence, when no court of appeal or cassation is it

Nothing when the article has two such courts (a trial and a retrial, two defendants' courts), nor for a conviction
told in a relative clause ("X, who was convicted in 2014, ...": a background case), nor before the court is named,
nor in an item of a review or digest (a paragraph opening with a bold heading or a bullet) that does not name the
court itself: each item is another case.
"""

from __future__ import annotations

import re

from kg.arguments import Context, nameless_agent
from kg.doc_tables import char_span, children
from kg.event_parses import BACKGROUND
from kg.model import Event

TRIED = {"Conviction", "Sentence"}
VERDICT_KINDS = {"verdict", "sentence", "judgment", "judgement", "conviction"}
APPELLATE = re.compile(r"\b(?:appeal|appeals|appellate|cassation|supreme)\b", re.I)


def trial_court(ctx: Context, event: Event, events):
    """('agent', [the court's mention], rule) for a passive conviction or sentence with no actor, or None."""
    if event.kind not in TRIED or event.role("agent"):
        return None
    span = char_span(ctx.doc, *event.trigger)
    verb = span.root if span is not None else None
    if verb is None or verb.dep_ == "relcl" or not any(c.dep_ in ("auxpass", "nsubjpass") for c in children(verb)) \
            or any(c.dep_ == "advmod" and c.lower_ in BACKGROUND for c in children(verb)) or nameless_agent(ctx, verb):
        return None  # ("X, who was convicted in 2014", "she had already been convicted twice": earlier cases)
    courts = trial_courts(ctx, events)
    if len(courts) != 1:
        return None
    court = next(iter(courts))
    named = [m for m in ctx.mentions if m.entity == court and m.start < event.trigger[0]]
    if not named or court in event.role("target"):
        return None
    if other_item(ctx, event.trigger[0], court):
        return None  # a review's item about another case ("**St Petersburg:** <X> remains in custody after being
        # sentenced ..."): not the court of the item before
    return "agent", named[-1:], "event.trial_court.v1"


def other_item(ctx: Context, offset: int, court: str) -> bool:
    """The offset is in an item of a review or digest that does not name the court: another case than the court's."""
    item = review_item(ctx.text, offset)
    return item is not None and not any(item[0] <= m.start < item[1] for m in ctx.mentions if m.entity == court)


ITEM_START = re.compile(r"(?:\*\*|[-*•]\s)")


def review_item(text: str, offset: int) -> tuple[int, int] | None:
    """The (start, end) of the paragraph around `offset` when it is an item of a review or digest (it opens with a
    bold heading or a bullet); None for running text."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    return (start, end) if ITEM_START.match(text, start) else None


def trial_courts(ctx: Context, events) -> set[str]:
    """The courts the article shows passing a verdict: actors of asserted convictions and sentences, issuers of
    verdicts and sentences (a judge's ruling is their court's); courts of appeal are left out."""
    found = {a for e in events if e.kind in TRIED and e.status == "Asserted" for a in e.role("agent")}
    for ruling, issuer in getattr(ctx, "issuers", {}).items():
        entity = ctx.entities.get(ruling)
        if entity is None or entity.type != "Ruling" or entity.attr("rulingKind") not in VERDICT_KINDS:
            continue
        found.add(ctx.judges.get(issuer, issuer))
    return {k for k in found if k in ctx.entities and ctx.entities[k].type == "Court"
            and not APPELLATE.search(ctx.entities[k].label)}
