"""A court decision the report tells by its verb first and names with a noun only later.

"The Tagansky District Court found that the company had broken the law ... the ruling was upheld";
"The district court on Friday ordered the site blocked ... the owners called the decision absurd": when no other
rule tells who issued a court-decision noun ("the ruling", "the decision", "the verdict"; "the judgment" is
mostly the ECHR's), and the article before it has exactly one court that decides something as a clause's subject
(orders, finds, bans, rules, sentences ..., not negated, not only asked to or going to; upholding or overturning
a verdict or decision reviews another court's), that court issued it (relation.ruling_of_deciding_court.v1). Two
deciding courts before the noun (a trial court and an appeal court) leave it alone: which one's decision it is the
text does not say here.
A ruling named after the verb that told it ("<court> banned <X> ... not affected by the ban",
kg.components.ruling_measures) was issued by that verb's subject (relation.ruling_told_by_verb.v1).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.act_sides import may_sanction
from kg.appeal_rulings import APPEAL_NOUNS  # "rejected the appeal": a review of the decision appealed
from kg.doc_tables import char_span, children
from kg.event_lexicon import VERDICT_KINDS
from kg.components.ruling_measures import TOLD_BY, subject_of
from kg.components.ruling_measures import real as done
from kg.event_actors import lemma_of, with_trigger
from kg.event_carry import carried_court, own_court
from kg.model import Evidence, Relation
from kg.vocab import base_of

RULE = "relation.ruling_of_deciding_court.v1"
DECIDING = {"order", "find", "ban", "rule", "sentence", "uphold", "overturn", "quash", "grant", "convict", "block",
            "declare", "reject", "liquidate", "designate", "recognize", "recognise", "acquit", "dismiss", "annul",
            "cancel", "fine", "outlaw", "satisfy"}
SANCTIONING = {"sentence", "convict", "fine", "block", "ban", "liquidate", "designate", "acquit", "outlaw"}
DECISION_WORDS = {"ruling", "decision", "verdict"}  # not "judgment": reports keep it for the ECHR's, told apart
APPEAL_WORDS = {"appeal", "appeals", "appellate", "cassation"}  # "the appeal ruling": told by the review, not the trial
UNREAL = {"will", "would", "could", "may", "might", "should", "must", "ca", "can", "not", "n't", "never", "to"}


def deciding_court_rulings(ctx, relations: list[Relation], known=(), events=()) -> list[Relation]:
    """Issued relations for court-decision nouns without an issuer, from the one court that decided before them;
    not for a ruling already linked to an action whose court goes unnamed ('A court in Abakan sentenced X ... The
    verdict'): that action's court issued it, not the one named before."""
    issued = {r.object for r in [*known, *relations] if base_of(r.predicate) == "issued"}
    issued |= courtless_rulings(ctx, events)
    unissued = [m for m in sorted(ctx.mentions, key=lambda m: m.start) if m.type == "Ruling" and m.entity not in issued]
    found = told_rulings(ctx, [m for m in unissued if m.rule == "entity.ruling_told_by_verb.v1"])
    issued |= {r.object for r in found}
    orphans = [m for m in unissued if m.entity not in issued and m.text.lower().split()[-1] in DECISION_WORDS]
    if not orphans:
        return found
    deciding, reviewing = deciding_courts(ctx)
    seen = set()
    for ruling in orphans:
        if ruling.entity in seen:
            continue
        seen.add(ruling.entity)
        before = {}
        for court, verb in reviewing if on_appeal(ruling) else deciding:
            if verb.idx < ruling.start:
                before.setdefault(court.entity, (court, verb))
        if len(before) != 1:
            continue
        court, verb = next(iter(before.values()))
        ev = Evidence(ctx.article.id, court.start, max(court.end, verb.idx + len(verb.text)), court.sentence,
                      RULE, 0.55)
        found.append(Relation(court.entity, "issued", ruling.entity, ev))
    return found


def courtless_rulings(ctx, events) -> set[str]:
    """Rulings recorded by an action with no court among its actors."""
    return {k for e in events for k in e.role("ruling")
            if not any(ctx.type_of(a) == "Court" for r in ("agent", "court") for a in e.role(r))}


def on_appeal(ruling) -> bool:
    """'the appeal decision', 'the appellate ruling', 'the cassation ruling': a higher court's, on a review."""
    return any(w in APPEAL_WORDS for w in ruling.text.lower().split()[:-1])


def deciding_courts(ctx) -> tuple[list[tuple], list[tuple]]:
    """(court mention, verb) for each asserted deciding verb whose subject is a court, in text order, in two lists:
    those deciding for themselves, and those reviewing another decision or an appeal ('upheld the sentence',
    'rejected the appeal'). 'Rejected the appeal' is in both: "... The decision" and "... the appeal ruling" are
    that court's either way."""
    deciding, reviewing = [], []
    for verb in with_trigger(ctx, DECIDING):
        if verb.pos_ != "VERB" or lemma_of(verb) not in DECIDING or not real(verb):
            continue
        courts = [court for subject in children(verb) if subject.dep_ == "nsubj"
                  for court in [ctx.head_mention(subject, {"Court"})]
                  if court is not None and (may_sanction(court) or lemma_of(verb) not in SANCTIONING)]  # not the ECHR
        review = reviews(ctx, verb)
        if not review:
            deciding += [(court, verb) for court in courts]
        if review or lemma_of(verb) in REVIEWS and any(c.dep_ == "dobj" and c.lemma_.lower() in APPEAL_NOUNS
                                                       for c in children(verb)):
            reviewing += [(court, verb) for court in courts]
    return deciding, reviewing


REVIEWS = {"uphold", "overturn", "quash", "annul", "cancel", "confirm", "review", "reject", "dismiss"}
DECISIONS = {"verdict", "ruling", "decision", "sentence", "judgment", "conviction", "order", "acquittal"}


def reviews(ctx, verb: Token) -> bool:
    """'The Supreme Court of Karelia upheld the verdict', 'overturned the decision of the district court': a court
    whose act is taken on a decision reviews someone else's, which 'the verdict' after it then is ('rejected the
    appeal ... The decision means ...', 'overturned the fine ... the ruling': its own)."""
    return lemma_of(verb) in REVIEWS and any(
        c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in DECISIONS or (
            (m := ctx.at(c)) is not None and m.type == "Ruling")) for c in children(verb))


def real(verb: Token) -> bool:
    """Told as done: not negated, not under a modal or 'to' ('asked the court to ban', 'will rule')."""
    return not any(c.dep_ in ("aux", "neg") and c.lower_ in UNREAL for c in children(verb)) and \
        verb.dep_ not in ("xcomp", "relcl", "acl", "advcl", "ccomp")


def told_rulings(ctx, rulings: list) -> list[Relation]:
    """'<court> banned <X> ... the ban': the subject of the latest such verb before the noun (this or the sentence
    before) issued it."""
    found = []
    for ruling in rulings:
        span = char_span(ctx.doc, ruling.start, ruling.end)
        noun = span.root if span is not None else None
        if noun is None or noun.lower_ not in TOLD_BY:
            continue
        first = ctx.doc[noun.sent.start - 1].sent.start if noun.sent.start > 0 else noun.sent.start
        for verb in reversed(ctx.doc[first:noun.i]):
            subject = subject_of(verb) if verb.lemma_.lower() == TOLD_BY[noun.lower_] and done(verb) else None
            actor = ctx.head_mention(subject, {"Court", "GovernmentBody"}) if subject is not None else None
            if actor is not None:
                ev = Evidence(ctx.article.id, min(actor.start, ruling.start), max(actor.end, ruling.end),
                              ruling.sentence, "relation.ruling_told_by_verb.v1", 0.6)
                found.append(Relation(actor.entity, "issued", ruling.entity, ev))
                break
    return found


# rules that give an action the court of another one or the article's trial court (kg.event_fill, kg.events)
FILLED_COURT = {"event.trial_court.v1", "event.adjacent_court.v1", "event.previous_court.v1", "event.shared_actor.v1",
                "event.previous_actor.v1"}
BODY_RULINGS = {"designation", "warning"}  # kinds of ruling a state body issues, not a court in a trial
INFERRED = {RULE, "relation.ruling_of_event.v1", "relation.sole_court.v1"}  # issuers read from elsewhere in the text


def unnamed_court_verdicts(ctx, events, relations: list[Relation]) -> list[Relation]:
    """'<court> sentenced A ... A court in Abakan sentenced B. The verdict ...': a ruling whose latest court action
    before it was taken by a court the clause only describes has no known issuer; an issuer some rule read from
    another action or the article's one court is dropped (one named in the ruling's own phrase stays), and so is
    a defendant of another action it was linked to."""
    acts = sorted((e for e in events if e.kind in VERDICT_KINDS and e.status == "Asserted"), key=lambda e: e.trigger)
    if not acts:
        return relations
    dropped = set()
    for r in relations:
        base = base_of(r.predicate)
        if base not in ("issued", "concerns") or r.evidence.rule not in INFERRED:
            continue
        ruling = r.object if base == "issued" else r.subject
        if (entity := ctx.entities.get(ruling)) is not None and entity.attr("rulingKind") in BODY_RULINGS:
            continue  # "the designations" records a body's act, never a court's verdict
        first = min((m.start for m in ctx.mentions if m.entity == ruling), default=None)
        latest = [e for e in acts if first is not None and e.trigger[0] < first]
        if not latest or not described_only(ctx, latest[-1]):
            continue
        if base == "issued" or r.object not in latest[-1].role("defendant") + latest[-1].role("target"):
            dropped.add(id(r))  # (and not about the defendant of another court's action it was linked to)
    return [r for r in relations if id(r) not in dropped]


def described_only(ctx, event) -> bool:
    """The action's clause describes a court of its own ('a court in Abakan') and names none of its court actors
    (one some rule carried over from an earlier action or took as the article's one court is a guess)."""
    span = char_span(ctx.doc, event.trigger[0], event.trigger[1])
    if span is None or not own_court(ctx, span.root):
        return False
    courts = [a for role in ("agent", "court") for a in event.role(role) if a in ctx.entities]
    return all(carried_court(ctx, span.root, a) for a in courts)


def described_court_acts(ctx, events, relations: list[Relation]):
    """'<court> jailed A ... B was convicted by a court in Perm': the court a rule gave the second action (the one
    before, the article's trial court) is dropped from it, and so are its facts on that action's defendants."""
    wrong, kept = set(), []
    for e in events:
        if e.kind in VERDICT_KINDS and described_only(ctx, e):
            courts = {a for role in ("agent", "court") for a in e.role(role)}
            wrong |= {(c, t, e.evidence.sentence) for c in courts for t in e.role("defendant") + e.role("target")}
            e = replace(e, roles=tuple((r, k) for r, k in e.roles if not (r in ("agent", "court") and k in courts)))
        kept.append(e)
    relations = [r for r in relations if not (base_of(r.predicate) == "sanctioned" and (
        (r.subject, r.object, r.evidence.sentence) in wrong or r.evidence.rule in FILLED_COURT
        and any(w[:2] == (r.subject, r.object) for w in wrong)))]
    return kept, unnamed_court_verdicts(ctx, kept, relations)
