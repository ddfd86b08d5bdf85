"""One verdict, several defendants: convictions told without a court right after a court's verdict.

Rule (its id travels into provenance):
  relation.ruling_of_companion.v1  "The court found A and B guilty under Part 1 of Article 282.2 ... C and D, who were
                                   convicted of taking part under Part 2, received two years": an asserted conviction
                                   or sentence with defendants and no court but the verdict's, told in the sentence
                                   of a court's conviction that is linked to a verdict or in the sentence after it, is
                                   recorded by that verdict; the verdict targets its defendants and applies its bases
Nothing is linked when the window holds two linked verdicts (which one is unclear), when the event is not
asserted ("may be convicted"), names another court, or is dated otherwise than the court's conviction.
"""

from __future__ import annotations

from dataclasses import replace

from kg.event_fill import sentence_index
from kg.model import Event, Relation

FAMILY = {"Conviction", "Sentence"}
RULE = "relation.ruling_of_companion.v1"


def companion_rulings(ctx, events: list[Event]) -> tuple[list[Event], list[Relation]]:
    """The events with the verdicts their companions lead to, and the facts those links add."""
    courts = [e for e in events if e.kind in FAMILY and e.role("ruling") and (e.role("court") or e.role("agent"))]
    linked, extra = [], []
    for event in events:
        ruling = companion_of(ctx, event, courts)
        if ruling is None:
            linked.append(event)
            continue
        linked.append(replace(event, roles=(*event.roles, ("ruling", ruling))))
        evidence = replace(event.evidence, rule=RULE, confidence=0.55)
        extra += [Relation(ruling, "targets", d, evidence, event=event.id)
                  for d in dict.fromkeys(event.role("defendant"))]
        extra += [Relation(ruling, "applies", b, evidence, event=event.id)
                  for b in dict.fromkeys(event.role("legalBasis"))]
    return linked, extra


def companion_of(ctx, event: Event, courts: list[Event]) -> str | None:
    """The one verdict of a court's conviction told in the event's sentence or the one before, ahead of it."""
    if event.kind not in FAMILY or event.status != "Asserted" or not event.role("defendant") or event.role("ruling"):
        return None
    here, own = sentence_index(ctx, event.trigger[0]), set(event.role("court") + event.role("agent"))
    before = [e for e in courts if e.trigger[0] < event.trigger[0]
              and sentence_index(ctx, e.trigger[0]) in (here, here - 1)
              and own <= set(e.role("court") + e.role("agent"))]  # its court, if it names one, is the verdict's
    rulings = {r for e in before for r in e.role("ruling")}
    if len(rulings) != 1 or any(e.when and event.when and e.when != event.when for e in before):
        return None
    return rulings.pop()
