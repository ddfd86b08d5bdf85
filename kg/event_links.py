"""The ruling behind an event, and the court behind a judge.

News reports tell a court's action with a verb ("the court fined Google", "she was sentenced to
seven years") and name the act that records it with a noun, often in another sentence ("the
verdict", "the ruling also covers ..."). When an asserted court or state action has an actor and
the article names a ruling of a kind that records such an action, not issued by someone else, the
ruling becomes the event's kg:ruling, and three facts follow: the actor issued the ruling, the
ruling targets the event's defendants and targets, and it applies the event's legal basis.

A ruling is chosen only when the choice is clear: one named in the event's sentence or the two
sentences after it, else the article's only candidate if it is named within four sentences, unless
it is named near events under other provisions only (then it records those). A
ruling whose name holds another actor ("the FSB order") is not a candidate for this actor.

Rule ids: relation.ruling_of_event.v1 (the three derived facts); issued facts whose issuer is a
judge of a known court are given to the court (relation.judge_court.v1), as the guideline asks.
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import Event, Relation
from kg.vocab import base_of

VERDICTS = {"verdict", "sentence", "judgment", "ruling", "decision"}
ORDERS = {"ruling", "decision", "judgment", "order", "resolution", "designation", "injunction"}
RULING_KINDS = {
    **dict.fromkeys(["Conviction", "Sentence", "Acquittal"], VERDICTS),
    "Fine": ORDERS | {"verdict"},
    **dict.fromkeys(["Ban", "Blocking", "Liquidation", "Designation", "ExtremistDesignation",
                     "TerroristDesignation", "ForeignAgentDesignation", "UndesirableDesignation"], ORDERS),
    "Warning": {"warning"},
}
NEAR = 2  # sentences after the event's own in which a ruling counts as near
FAR = 4  # sentences either side within which the article's only candidate still counts


def link_rulings(ctx, events: list[Event], relations: list[Relation],
                 known: list[Relation] = ()) -> tuple[list[Event], list[Relation]]:
    """Events with their rulings; `relations` (the events' own) plus the facts the links add.
    `known` are the article's other relations, which tell who issued a ruling already."""
    judges = ctx.judges
    relations = [court_for_judge(r, judges) for r in relations]
    issuer = {r.object: r.subject for r in [*known, *relations] if base_of(r.predicate) == "issued"}
    issuer = {k: judges.get(v, v) for k, v in issuer.items()}
    rulings = [e for e in ctx.entities.values() if e.type == "Ruling"]
    fitting = {event.id: fits(ctx, event, rulings, issuer) for event in events}
    claimed: dict[str, set[str]] = {}  # ruling named near an event -> the legal bases of those events
    for event in events:
        if (near := choose(ctx, event, fitting[event.id], near_only=True)) is not None:
            claimed.setdefault(near.key, set()).update(event.role("legalBasis"))
    linked, extra = [], []
    for event in events:
        actor = next(iter(event.role("court") + event.role("agent")), None)
        if not fitting[event.id]:
            linked.append(event)
            continue
        ruling = choose(ctx, event, [r for r in fitting[event.id] if issuer.get(r.key, actor) == actor], claimed)
        if ruling is None:
            linked.append(event)
            continue
        linked.append(replace(event, roles=(*event.roles, ("ruling", ruling.key))))
        evidence = replace(event.evidence, rule="relation.ruling_of_event.v1", confidence=0.6)
        if ruling.key not in issuer:
            issuer[ruling.key] = actor
            extra.append(Relation(actor, "issued", ruling.key, evidence, event=event.id))
        targets = dict.fromkeys(event.role("defendant") + event.role("target"))
        extra += [Relation(ruling.key, "targets", t, evidence, event=event.id) for t in targets]
        extra += [Relation(ruling.key, "applies", b, evidence, event=event.id) for b in event.role("legalBasis")]
    return linked, relations + extra


def court_for_judge(relation: Relation, judges: dict[str, str]) -> Relation:
    if base_of(relation.predicate) == "issued" and relation.subject in judges:
        evidence = replace(relation.evidence, rule="relation.judge_court.v1")
        return replace(relation, subject=judges[relation.subject], evidence=evidence)
    return relation


def names_other_actor(ctx, ruling: str, actor: str) -> bool:
    spans = [(m.start, m.end) for m in ctx.mentions if m.entity == ruling]
    return any(m.entity not in (ruling, actor) and m.type not in ("Ruling", "Law", "LegalProvision")
               and any(s <= m.start and m.end <= e for s, e in spans) for m in ctx.mentions)


def named_within(ctx, ruling: str, window: list[tuple[int, int]]) -> list[int]:
    return [m.start for m in ctx.mentions if m.entity == ruling and any(s <= m.start < e for s, e in window)]


def fits(ctx, event: Event, rulings: list, issuer: dict) -> list:
    """The rulings that could record this event: of a fitting kind, not issued by or named for another actor."""
    kinds = RULING_KINDS.get(event.kind)
    actor = next(iter(event.role("court") + event.role("agent")), None)
    if not kinds or event.status != "Asserted" or event.role("ruling") or actor is None:
        return []
    return [r for r in rulings if (r.attr("rulingKind") or "ruling") in kinds
            and issuer.get(r.key, actor) == actor and not names_other_actor(ctx, r.key, actor)]


def choose(ctx, event: Event, rulings: list, claimed=None, near_only: bool = False):
    """The ruling named near the event; else the article's only candidate named within FAR sentences, unless
    it is named near events under other provisions only (the verdict of today's conviction under one article is
    not the record of an earlier fine under another)."""
    sentences = list(ctx.sentences)
    here = next((i for i, s in enumerate(sentences) if s[0] <= event.trigger[0] < s[1]), None)
    if not rulings or here is None:
        return None
    window = sentences[here:here + NEAR + 1]
    near = {r.key: (found, r) for r in rulings if (found := named_within(ctx, r.key, window))}
    if near:
        return min(near.values(), key=lambda pair: min(pair[0]))[1]
    bases = claimed.get(rulings[0].key, set()) if claimed else set()
    if near_only or (bases and event.role("legalBasis") and not bases & set(event.role("legalBasis"))):
        return None
    far = sentences[max(here - FAR, 0):here + FAR + 1]
    return rulings[0] if len(rulings) == 1 and named_within(ctx, rulings[0].key, far) else None
