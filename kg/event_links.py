"""The ruling behind an event, and the court behind a judge.

News reports tell a court's action with a verb ("the court fined Google", "she was sentenced to
seven years") and name the act that records it with a noun, often in another sentence ("the
verdict", "the ruling also covers ..."). When an asserted court or state action has an actor and
the article names a ruling of a kind that records such an action, not issued by someone else, the
ruling becomes the event's kg:ruling, and three facts follow: the actor issued the ruling, the
ruling targets the event's defendants and targets, and it applies the event's legal basis.

A ruling is chosen only when the choice is clear: one named in the event's sentence or the two
sentences after it, else the article's only candidate if it is named within four sentences, unless
it is named near events under other provisions only (then it records those), or is named only before the
event by a definite noun that refers back ("condemned the verdict" before "was sentenced"); such a noun
records instead the latest court or state action of its kind told before it, if that has no ruling yet. A
ruling whose name holds another actor ("the FSB order") is not a candidate for this actor, nor is one the text
gives to a court when the actor is not one ("pending the court's decision", "the decision was read out",
kg.issued_readings), nor "his designation" for a ban or liquidation; an act told in passing ("a blogger fined by
<court> in 2016") records only a ruling named inside its own clause. Who read out a ruling, and the subject of the
verb that told a ruling ("<court> ordered ... the order"), are its issuers before any event is linked.

A verdict, judgment or ruling left without an issuer is the ruling of the article's one court
(relation.sole_court.v1). A ruling with a known issuer but no event records that issuer's one action of its
kind that has no ruling yet.
"<court> upheld/struck down <law>" makes the one ruling of that court named
in that sentence or the two after about the law (relation.reviewed_act.v1). Both, and the checks on which ruling
can record which act, live in kg.record_checks.

Convictions told right after a linked verdict without a court of their own are its companions (kg.ruling_companions).
A ruling told only after the event and aimed in its own words at others records none of it (kg.ruling_aims).

Rule ids: relation.ruling_of_event.v1 (the three derived facts); issued facts whose issuer is a
judge of a known court are given to the court (relation.judge_court.v1), as the guideline asks.
"""

from __future__ import annotations

from dataclasses import replace

from kg.arguments import sentence_index
from kg.components.rulings import ISSUE_VERBS
from kg.doc_tables import char_span, children
from kg.event_days import day_issuer, same_day
from kg.event_orphans import on_appeal, told_rulings
from kg.issued_readings import (instrument_issuers, others_ruling, presidential_issuers, reading_issuers,
                                 taken_issuers)
from kg.model import Event, Relation
from kg.record_checks import (CONTESTING, NEAR, absent, earlier_clause, named_within, names_other_actor, reviewed,
                              reviewed_acts, sole_court, under_review)
from kg.ruling_aims import DEFENDANT_WORDS, aimed_elsewhere, aimed_later, own_targets
from kg.ruling_companions import companion_rulings
from kg.ruling_identity import ACTED_ON
from kg.ruling_unnamed import lone_ruling, unnamed_court_rulings
from kg.vocab import base_of

VERDICTS = {"verdict", "sentence", "judgment", "ruling", "decision"}
ORDERS = {"ruling", "decision", "judgment", "order", "resolution", "designation", "injunction"}
RULING_KINDS = {
    **dict.fromkeys(["Conviction", "Sentence", "Acquittal"], VERDICTS),
    "Fine": ORDERS | {"verdict"},
    **dict.fromkeys(["Blocking", "Liquidation"], ORDERS - {"designation"}),  # "his designation": not a ban
    "Ban": ORDERS - {"designation"} | {"ban"},  # "banned Telegram ... the ban was lifted"
    **dict.fromkeys(["Designation", "ExtremistDesignation", "TerroristDesignation", "ForeignAgentDesignation",
                     "UndesirableDesignation"], ORDERS | {"ban"}),  # "banned Meta as extremist ... the ban"
    "Warning": {"warning"},
    "Detention": {"decision", "ruling", "order"},  # a court's arrest order; police detentions have no ruling
    "CaseClosure": {"decision", "ruling", "order", "resolution", "judgment"},  # "the decision to close the case"
}
# a higher court upholding someone's sentence (kg.event_upheld): its own act is a ruling or decision, never the
# verdict or sentence it upholds ("upheld the sentence of X ... The appeal ruling means it has entered into force")
UPHELD = "event.upheld_sentence.v1"
UPHOLDING_NOUNS = {"ruling", "decision", "judgment"}
OWN_NOUN = {"Acquittal": ("acquittal",)}  # ruling nouns that name one kind of act only: chosen wherever named
COURT_ONLY = {"Detention"}  # kinds whose ruling only a court issues
TOLD_BY_VERB = "entity.ruling_told_by_verb.v1"  # "<court> ordered ... the order" (kg.components.ruling_measures)
SERVED = "entity.ruling_served.v1"  # "serving a sentence for fakes" (kg.components.rulings)
# "the verdict" (kg.components.rulings); "the sentence" after a sentencing ("she did not recognise the sentence")
BACK_REFERENCES = {"entity.ruling_in_context.v1", "entity.ruling_anaphor.v1", "entity.ruling_after_sentencing.v1"}
BACK = 8  # sentences before a back-referring ruling noun in which the court action it records is looked for
# the kinds of event whose legal bases a verdict of this kind, told without its own, applies
CHARGE_KINDS = dict.fromkeys(["Conviction", "Sentence"], {"Conviction", "Sentence", "Charge", "CriminalCaseOpening"})
# events whose own ruling the article rarely names near them: an appeals court's new penalty ("replaced the fine
# with five years") sits beside the verdict it changes, which is not its ruling
UNLINKED = {"event.penalty_changed.v1"}
TRIAL_NOUNS = {"verdict", "sentence"}  # a trial's own record (not "the decision on his detention")
CARRIED = "event.previous_court.v1"  # kg.events: a passive court action given the court of the action before
FAR = 4  # sentences either side within which the article's only candidate still counts


def link_rulings(ctx, events: list[Event], relations: list[Relation],
                 known: list[Relation] = ()) -> tuple[list[Event], list[Relation]]:
    """Events with their rulings; `relations` (the events' own) plus the facts the links add.
    `known` are the article's other relations, which tell who issued a ruling already."""
    judges = ctx.judges
    relations = [court_for_judge(r, judges) for r in relations]
    issuer = {r.object: r.subject for r in [*known, *relations] if base_of(r.predicate) == "issued"}
    issuer = {k: judges.get(v, v) for k, v in issuer.items()}
    read = reading_issuers(ctx, judges, set(issuer))  # "Judge A of <court>, reading out the verdict, ..."
    read += instrument_issuers(ctx, judges, set(issuer) | {r.object for r in read})  # "<court> in a ruling upheld"
    read += taken_issuers(ctx, judges, set(issuer) | {r.object for r in read})  # "<body> took the decision"
    read += presidential_issuers(ctx, set(issuer) | {r.object for r in read})  # "a presidential decree"
    issuer.update({r.object: r.subject for r in read})
    told = [m for m in ctx.mentions if m.rule == TOLD_BY_VERB and m.entity not in issuer]
    issuer.update({r.object: r.subject for r in told_rulings(ctx, told)})  # "<court> ordered ... the order"
    rulings = [e for e in ctx.entities.values() if e.type == "Ruling"]
    fitting = {event.id: fits(ctx, event, rulings, issuer) if event.evidence.rule not in UNLINKED | {CARRIED} else []
               for event in events}  # (a court carried from the action before: its record is that one's)
    # "A court fined X. A week later, <court> issued a ruling against <Org>": not X's record (kg.ruling_aims)
    ctx.memo["ruling_targets"] = own_targets(known)
    ctx.memo["ruling_defendants"] = own_targets(known, DEFENDANT_WORDS)  # "Her sentence": not another's
    fitting = {e.id: [r for r in fitting[e.id] if not aimed_later(ctx, r.key, e) and not aimed_elsewhere(ctx, r.key, e)]
               for e in events}
    fitting = nearest_events(ctx, events, fitting)  # "<A> fined X.\n<B> fined Y. The ruling ...": B's
    claimed: dict[str, set[str]] = {}  # ruling named near an event -> the legal bases of those events
    for event in events:
        if (near := choose(ctx, event, fitting[event.id], near_only=True)) is not None:
            claimed.setdefault(near.key, set()).update(event.role("legalBasis"))
    linked, extra = [], []
    reviewers = {a for e in events if e.evidence.rule == UPHELD for a in e.role("court") + e.role("agent")}
    for event in events:
        actor = next(iter(event.role("court") + event.role("agent")), None)
        if not fitting[event.id]:
            linked.append(event)
            continue
        ruling = choose(ctx, event, [r for r in fitting[event.id] if issuer.get(r.key, actor) == actor], claimed,
                        sole_review=len(reviewers) == 1)
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
        bases = event.role("legalBasis") or charges_of(events, event)
        extra += [Relation(ruling.key, "applies", b, evidence, event=event.id) for b in dict.fromkeys(bases)]
        if event.evidence.rule == UPHELD:  # the appeal ruling is about the verdict it upholds
            extra += [Relation(ruling.key, "concerns", act, evidence, event=event.id)
                      for act in upheld_acts(ctx, event) if act != ruling.key]
    linked, extra = back_references(ctx, linked, rulings, issuer, extra)
    linked, extra = shared_records(linked, extra)
    linked, companions = companion_rulings(ctx, linked)  # "A and B, who were convicted under ..., received ..."
    extra += companions
    linked, unnamed = unnamed_court_rulings(ctx, linked, rulings, issuer, RULING_KINDS, fits)
    extra += unnamed  # "A court in Barnaul sentenced X ... The verdict": kg.ruling_unnamed
    sole = sole_court(ctx, rulings, issuer)
    issuer.update({r.object: r.subject for r in sole})
    taken = {k for e in linked for k in e.role("ruling")}
    sole += [f for r in rulings if r.key in issuer and r.key not in taken
             for f in only_action(ctx, linked, issuer[r.key], r)]
    sole += day_issuer(ctx, rulings, issuer)  # who issued it only: what it records stays open
    recorded = taken | {f.subject for f in sole if f.predicate in ("targets", "applies")}
    linked, lone = lone_ruling(ctx, linked, [r for r in rulings if r.key not in recorded], issuer, RULING_KINDS, fits)
    sole += lone  # the article's one free ruling and its one unnamed court's action (kg.ruling_unnamed)
    return linked, relations + read + extra + sole + reviewed_acts(ctx, rulings, issuer)


def nearest_events(ctx, events: list[Event], fitting: dict[str, list]) -> dict[str, list]:
    """A ruling named in the sentence of an action it fits is that action's record (or of the actions of that
    sentence), never of an action told in an earlier sentence: "<court> fined X. A magistrate in Omsk fined Y. The
    ruling will be appealed" (the ruling noun's sentence, or the one before it, tells the magistrate's fine). The same
    court's earlier acts (one trial told over several sentences) keep it too."""
    sentence = {e.id: sentence_index(ctx, e.trigger[0]) for e in events}
    mentioned: dict[str, set[int]] = {}
    for m in ctx.mentions:
        if m.type == "Ruling":
            mentioned.setdefault(m.entity, set()).add(sentence_index(ctx, m.start))
    owners: dict[str, set[str]] = {}
    for e in events:
        for r in fitting[e.id]:
            here = sentence[e.id]
            if here is not None and (here in mentioned.get(r.key, ()) or here + 1 in mentioned.get(r.key, ())) \
                    and e.status == "Asserted" and e.role("court") + e.role("agent"):
                owners.setdefault(r.key, set()).add(e.id)
    for r, ids in owners.items():  # only the latest sentence's actions keep it
        latest = max(sentence[i] for i in ids)
        owners[r] = {i for i in ids if sentence[i] == latest}
    by_id = {e.id: e for e in events}
    actors = {e.id: set(e.role("court") + e.role("agent")) for e in events}
    return {e.id: [r for r in fitting[e.id] if r.key not in owners or e.id in owners[r.key]
                   or not other_actors_later(e, [by_id[i] for i in owners[r.key]], sentence, actors)]
            for e in events}


def other_actors_later(event: Event, owners: list[Event], sentence: dict, actors: dict) -> bool:
    """The owners are told after the event and by other actors (not the same court's later acts in one trial)."""
    here = sentence[event.id]
    return here is not None and all(sentence[o.id] is not None and here < sentence[o.id] and
                                    not actors[o.id] & actors[event.id] for o in owners)


def charges_of(events: list[Event], event: Event) -> list[str]:
    """'The court sentenced X ... He was charged under Article 280.3': a verdict told without its legal basis applies
    the provisions its defendant was convicted under elsewhere in the article, else those charged under (never a
    fine's: a court's fine and an earlier administrative one are often under different codes)."""
    kinds = CHARGE_KINDS.get(event.kind)
    defendants = set(event.role("defendant"))
    if not kinds or not defendants:
        return []
    found = [(e.kind, b) for e in events if e.id != event.id and e.status == "Asserted" and e.kind in kinds
             and defendants & set(e.role("defendant")) for b in e.role("legalBasis")]
    convicted = [b for kind, b in found if kind in ("Conviction", "Sentence")]  # what the court found, not the charge
    return convicted or [b for _, b in found]


def only_action(ctx, events: list[Event], actor: str, ruling) -> list[Relation]:
    """A ruling whose issuer is known but that records no event yet records the issuer's one action of its kind
    that has no ruling (or its conviction and sentence of the same defendants, told apart): it targets that action's
    defendants and targets and applies its legal basis."""
    acts = [e for e in events if actor in e.role("court") + e.role("agent") and e.evidence.rule not in UNLINKED
            and fits(ctx, e, [ruling], {})]
    if len(acts) != 1 and not (ruling.attr("rulingKind") in TRIAL_NOUNS and one_trial(acts)):
        return []
    found = []
    for event in acts:  # "<court> sentenced X ... Judge A of <court> found X guilty under ...": one verdict
        evidence = replace(event.evidence, rule="relation.ruling_of_event.v1", confidence=0.5)
        found += [Relation(ruling.key, "targets", t, evidence, event=event.id)
                  for t in dict.fromkeys(event.role("defendant") + event.role("target"))]
        found += [Relation(ruling.key, "applies", b, evidence, event=event.id) for b in event.role("legalBasis")]
    return found


def one_trial(acts: list[Event]) -> bool:
    """A court's conviction and sentence of the same defendants, told apart: one trial, one verdict."""
    return len(acts) > 1 and all(e.kind in ("Conviction", "Sentence") for e in acts) and len(
        {frozenset(e.role("defendant")) for e in acts}) == 1 and bool(acts[0].role("defendant"))


def back_references(ctx, events: list[Event], rulings: list, issuer: dict, extra: list[Relation]):
    """'Amnesty condemned the verdict' with no event of its own in reach: a definite noun that only refers back
    records the latest asserted court or state action of its kind told before it (within BACK sentences), when
    that action has no ruling yet; the latest on the one who contests it, if any ('she would challenge the
    designation')."""
    taken = {k for e in events for k in e.role("ruling")}
    for ruling in rulings:
        named = [m for m in ctx.mentions if m.entity == ruling.key]
        if ruling.key in taken or ruling.key in issuer or not named or \
                not all(back_reference(ctx, m) for m in named):
            continue
        first = min(m.start for m in named)
        start = sentence_start(ctx, first, BACK)
        before = [(i, e) for i, e in enumerate(events) if start <= e.trigger[0] < first
                  and e.evidence.rule not in UNLINKED and fits(ctx, e, [ruling], {}) and not recorded_before(events, i)]
        before = before or whole_trial(ctx, events, ruling, first) or reviewed_trial(ctx, events, ruling, named)
        parties = contesting_parties(ctx, named)  # "she would challenge the designation": the one on her
        own = [(i, e) for i, e in before if parties & set(e.role("defendant") + e.role("target"))]
        if not (own or before):
            continue
        chain = carried_chain(own or before)
        actor = next(iter(chain[0][1].role("court") + chain[0][1].role("agent")))
        issuer[ruling.key] = actor
        for i, event in chain:
            events[i] = replace(event, roles=(*event.roles, ("ruling", ruling.key)))
            evidence = replace(event.evidence, rule="relation.ruling_of_event.v1", confidence=0.55)
            extra = extra + [Relation(actor, "issued", ruling.key, evidence, event=event.id)]
            extra += [Relation(ruling.key, "targets", t, evidence, event=event.id)
                      for t in dict.fromkeys(event.role("defendant") + event.role("target"))]
            extra += [Relation(ruling.key, "applies", b, evidence, event=event.id) for b in event.role("legalBasis")]
    return events, extra


def reviewed_trial(ctx, events: list[Event], ruling, named) -> list[tuple[int, Event]]:
    """'A court upheld the conviction of X ... left the guilty verdict in force ... X was convicted in November by
    <court>': a verdict an appeal acts on ('upheld', 'left in force', 'quash') before the trial is told is the verdict
    of the article's one trial, told after it (whole_trial's conditions, over the whole article)."""
    if not any(ACTED_ON.search(ctx.text[max(0, m.start - 40):m.start]) for m in named):
        return []
    return whole_trial(ctx, events, ruling, len(ctx.text) + 1)


def whole_trial(ctx, events: list[Event], ruling, first: int) -> list[tuple[int, Event]]:
    """'A court sentenced X ... (many sentences later) she did not recognise the sentence': a verdict noun further
    back than BACK sentences still records the article's one trial told before it, when every action before it that
    such a ruling can record is one court's conviction or sentence of the same defendants (one_trial), or there is
    just one such action; nothing when the article tells of two trials, two courts or other acts of its kind."""
    if ruling.attr("rulingKind") not in TRIAL_NOUNS:
        return []
    acts = [(i, e) for i, e in enumerate(events) if e.trigger[0] < first and e.status == "Asserted"
            and e.evidence.rule not in UNLINKED and fits(ctx, e, [ruling], {}) and not recorded_before(events, i)]
    actors = {tuple(e.role("court") + e.role("agent"))[:1] for _, e in acts}
    if len(actors) != 1 or not next(iter(actors)):
        return []
    return acts if len(acts) == 1 or one_trial([e for _, e in acts]) else []


def shared_records(events: list[Event], extra: list[Relation]) -> tuple[list[Event], list[Relation]]:
    """A court action carried from the one before shares that one's record: the ruling targets its defendants and
    applies its legal basis too."""
    events = list(events)
    for i, event in enumerate(events):
        actor = event.role("agent")[:1]
        if event.evidence.rule != CARRIED or event.role("ruling") or not actor:
            continue
        before = [e for e in events[:i] if e.role("agent")[:1] == actor]
        rulings = before[-1].role("ruling") if before else []
        if not rulings:
            continue
        events[i] = replace(event, roles=(*event.roles, ("ruling", rulings[0])))
        evidence = replace(event.evidence, rule="relation.ruling_of_event.v1", confidence=0.5)
        extra = extra + [Relation(rulings[0], "targets", t, evidence, event=event.id)
                         for t in dict.fromkeys(event.role("defendant") + event.role("target"))]
        extra += [Relation(rulings[0], "applies", b, evidence, event=event.id) for b in event.role("legalBasis")]
    return events, extra


def recorded_before(events: list[Event], i: int) -> bool:
    """A court action carried from one before it that already has its record: it shares that one."""
    if events[i].evidence.rule != CARRIED:
        return False
    actor = events[i].role("agent")[:1]
    before = [e for e in events[:i] if e.role("agent")[:1] == actor and e.kind in CHARGE_KINDS.get(e.kind, {e.kind})]
    return bool(before) and bool(before[-1].role("ruling"))


def carried_chain(candidates: list[tuple[int, Event]]) -> list[tuple[int, Event]]:
    """The latest candidate, and when its court was carried from the action before ('<court> found A guilty ... B was
    convicted'), that action too (and so on back): one verdict records them all."""
    chain = [candidates[-1]]
    while chain[-1][1].evidence.rule == CARRIED:
        actor = chain[-1][1].role("agent")
        before = [(i, e) for i, e in candidates if i < chain[-1][0] and e.role("agent")[:1] == actor[:1]]
        if not before:
            break
        chain.append(before[-1])
    return chain


def sentence_start(ctx, offset: int, back: int) -> int:
    index = sentence_index(ctx, offset, 0)
    return ctx.sentences[max(index - back, 0)][0] if ctx.sentences else 0


def court_for_judge(relation: Relation, judges: dict[str, str]) -> Relation:
    if base_of(relation.predicate) == "issued" and relation.subject in judges:
        evidence = replace(relation.evidence, rule="relation.judge_court.v1")
        return replace(relation, subject=judges[relation.subject], evidence=evidence)
    return relation


def fits(ctx, event: Event, rulings: list, issuer: dict) -> list:
    """The rulings that could record this event: of a fitting kind, not issued by or named for another actor."""
    upheld = event.evidence.rule == UPHELD
    kinds = UPHOLDING_NOUNS if upheld else RULING_KINDS.get(event.kind)
    actor = next(iter(event.role("court") + event.role("agent")), None)
    if not kinds or event.status != "Asserted" or event.role("ruling") or actor is None:
        return []
    if event.kind in COURT_ONLY and not event.role("court"):
        return []
    if upheld:  # the ruling under review ("asked the court to quash the judgment") is not the higher court's own
        rulings = [r for r in rulings if not under_review(ctx, r.key)]
    return [r for r in rulings if (r.attr("rulingKind") or "ruling") in kinds
            and issuer.get(r.key, actor) == actor and not names_other_actor(ctx, r.key, actor)
            and not earlier_clause(ctx, event, r.key) and same_day(ctx, event, r.key) and not absent(ctx, r.key)
            and not others_ruling(ctx, r.key, actor) and not served_only(ctx, r.key)]


def upheld_acts(ctx, event: Event) -> list[str]:
    """The rulings a higher court's upholding verb takes as its object ("upheld the verdict", "left the sentence in
    force")."""
    verb = char_span(ctx.doc, *event.trigger)
    if verb is None:
        return []
    found = []
    for m in ctx.mentions:
        span = char_span(ctx.doc, m.start, m.end) if m.type == "Ruling" else None
        if span is not None and reviewed(ctx, m) and span.root.head.i == verb.root.i:
            found.append(m.entity)
    return list(dict.fromkeys(found))


def served_only(ctx, ruling: str) -> bool:
    """'<Person>, already serving a sentence for fakes, was given three more years': a sentence told only as one being
    served was handed down before; it records none of the article's actions."""
    named = [m for m in ctx.mentions if m.entity == ruling]
    return bool(named) and all(m.rule == SERVED for m in named)


def choose(ctx, event: Event, rulings: list, claimed=None, near_only: bool = False, sole_review: bool = False):
    """The ruling named near the event; else the article's only candidate named within FAR sentences, unless
    it is named near events under other provisions only (the verdict of today's conviction under one article is
    not the record of an earlier fine under another). With `sole_review` (the article's one court upholding a
    sentence), an upholding's ruling may also be the one ruling named as an appeal's anywhere after it ("upheld
    the sentence of X ... the appeal decision means it has entered into force")."""
    sentences = list(ctx.sentences)
    here = sentence_index(ctx, event.trigger[0])
    if not rulings or here is None:
        return None
    own = [r for r in rulings if any(m.entity == r.key and m.text.lower().endswith(tuple(OWN_NOUN.get(event.kind, ())))
                                     for m in ctx.mentions)] if event.kind in OWN_NOUN else []
    if len(own) == 1:  # "the acquittal of X" ... "the court acquitted her": the noun names just this act
        return own[0]
    window = sentences[here:here + NEAR + 1]
    near = {r.key: (found, r) for r in rulings if (found := named_within(ctx, r.key, window))}
    if near:
        return min(near.values(), key=lambda pair: min(pair[0]))[1]
    if sole_review and event.evidence.rule == UPHELD and not near_only:
        later = [r for r in rulings if any(m.entity == r.key and m.start > event.trigger[1] and on_appeal(m)
                                           for m in ctx.mentions)]
        if len(later) == 1:
            return later[0]
    bases = claimed.get(rulings[0].key, set()) if claimed else set()
    if near_only or (bases and event.role("legalBasis") and not bases & set(event.role("legalBasis"))):
        return None
    far = sentences[max(here - FAR, 0):here + FAR + 1]
    if len(rulings) != 1 or not named_within(ctx, rulings[0].key, far) or refers_back(ctx, rulings[0].key, far, here):
        return None
    return rulings[0]


def refers_back(ctx, ruling: str, window: list[tuple[int, int]], here: int) -> bool:
    """'Amnesty condemned the verdict' before the event: a definite noun that only refers back to a ruling
    already told of, not to one the article reports later."""
    start = ctx.sentences[here][0]
    named = [m for m in ctx.mentions if m.entity == ruling and any(s <= m.start < e for s, e in window)]
    return all(m.start < start and back_reference(ctx, m) for m in named)


def contesting_parties(ctx, named) -> set[str]:
    """The entities that contest a ruling ('she would challenge the designation'): the subjects of the verbs."""
    found = set()
    for m in named:
        span = char_span(ctx.doc, m.start, m.end)
        verb = span.root.head if span is not None else None
        if verb is not None and verb.lemma_.lower() in CONTESTING:
            found |= {s.entity for c in children(verb) if c.dep_ == "nsubj" for s in ctx.head_mentions(c)}
    return found


def back_reference(ctx, mention) -> bool:
    """A ruling mention that refers back to a ruling already told of: 'the verdict' in context, or what one
    contests ('would challenge the designation', 'appealed the ruling'): a ruling contested was issued before."""
    if mention.rule in BACK_REFERENCES:
        return True
    span = char_span(ctx.doc, mention.start, mention.end)
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in CONTESTING or told_again(root)


def told_again(noun) -> bool:
    """'The designation was made under the 2015 law': a definite ruling noun as the subject of a passive issuing
    verb with no agent tells more of an act already told, not a new one (with an agent, 'the verdict was handed
    down by Judge A', it names who issued it)."""
    verb = noun.head
    return noun.dep_ == "nsubjpass" and verb.lemma_.lower() in ISSUE_VERBS and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in children(noun)) and \
        not any(c.dep_ == "agent" for c in children(verb))
