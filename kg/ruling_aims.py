"""A ruling whose own words say whom it is aimed at records no earlier action on someone else.

"A court in Kazan fined the blogger X. A week later, the Supreme Court of Tatarstan issued a ruling against <Org>",
"Roskomnadzor blocked Viber. A week later it issued an order blocking LinkedIn": the ruling is told after the
action, in later sentences only, and its own words (a clause or an 'against' phrase on the noun: kg.concerns,
kg.ruling_facts) aim it at people or organisations none of whom the action is on. It is
another act, so kg.event_links and kg.ruling_unnamed do not make it that action's record.

A ruling named in the action's own sentence or before it, or aimed at one of the action's defendants or targets, or
whose own words name nobody, is read as before, except a ruling named by the person or organisation it is passed on
("Her sentence came on the same day as <court> sentenced <Y>", "the acquittal of <X>"): that one records no action
on others only, wherever it is told.
"""

from __future__ import annotations

from kg.model import Event, Relation

# rules that read whom a ruling targets from its own words ("a ruling against <Org>", "an order blocking <Org>"); not
# what it does as a subject, which may add to its target ("The decision covers <the group's foundation>")
OWN_WORDS = {"relation.concerns_acl.v1", "relation.concerns_prep.v1"}
DEFENDANT_WORDS = {"relation.ruling_of_defendant.v1"}  # "Yashin's sentence", "the acquittal of <X>" (kg.concerns)


def own_targets(known: list[Relation], rules: set[str] = OWN_WORDS) -> dict[str, set[str]]:
    """Ruling key -> the people and organisations its own words (read by `rules`) say it targets."""
    found: dict[str, set[str]] = {}
    for r in known:
        if r.predicate == "targets" and r.evidence.rule in rules:
            found.setdefault(r.subject, set()).add(r.object)
    return found


def aimed_later(ctx, ruling: str, event: Event) -> bool:
    """The ruling is told only after the event's sentence and aimed, in its own words, at others only (see the
    module docstring); ctx.memo["ruling_targets"] holds own_targets of the article (kg.event_links sets it)."""
    targets = ctx.memo.get("ruling_targets", {}).get(ruling)
    others = set(event.role("defendant") + event.role("target"))
    if not targets or not others or targets & others:
        return False
    sentence = next((s for s in ctx.sentences if s[0] <= event.trigger[0] < s[1]), None)
    return sentence is not None and all(m.start >= sentence[1] for m in ctx.mentions if m.entity == ruling)


def aimed_elsewhere(ctx, ruling: str, event: Event) -> bool:
    """The ruling is named by whom it is passed on, and none of them is the event's defendant or target;
    ctx.memo["ruling_defendants"] holds own_targets(known, DEFENDANT_WORDS) (kg.event_links sets it)."""
    named = ctx.memo.get("ruling_defendants", {}).get(ruling)
    others = set(event.role("defendant") + event.role("target"))
    return bool(named and others and not named & others)
