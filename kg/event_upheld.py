"""A higher court's decision on someone's sentence: it confirms (or changes) the punishment, so the court too
sanctions the one who bears it.

  event.upheld_sentence.v1  "<court> upheld the seven-year sentence of <X>", "<court> reduced <X>'s prison term",
                            "<court> rejected an appeal by <X> against his sentence" (an appeal against a punishment,
                            rejected or dismissed, leaves the punishment as it was),
                            "<X>'s conviction was confirmed by <court>", "<court> upheld the fine imposed on <X>"
                            (the sentence handed to <X>),
                            "<court> ordered <X> liquidated. <higher court> upheld the decision" (the decision of
                            another court told in this sentence or the two before), "<court> upheld the decision to
                            dissolve <X>"

Overturning, quashing or cancelling a sentence is no sanction and is not read here; negated, requested or
future decisions ("refused to uphold", "asked the court to reduce") keep their status and give no relation.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import LEGAL, Context, evidence, patients, prep_objects, span_of
from kg.components.bills import is_definite
from kg.coref_words import PRONOUN_GENDER, gender_of
from kg.doc_tables import children
from kg.event_build import CHARGE_OF
from kg.event_actors import agents_of
from kg.event_companions import PEOPLE
from kg.model import Event, Relation

CONFIRMING = {"uphold", "confirm", "reduce", "increase", "shorten", "commute", "lengthen", "toughen", "endorse",
              "cut", "change", "soften", "mitigate", "leave"}
# "leave" confirms only with one of these after its object: "left the sentence unchanged / in force / intact"
LEFT_AS_IS = {"unchanged", "intact", "unaltered", "force", "place", "effect"}
# the punishment noun -> the fine property the court's act gets
PUNISHMENTS = {"sentence": "convicted", "verdict": "convicted", "conviction": "convicted", "term": "convicted",
               "punishment": "convicted", "fine": "fined"}
RULE = "event.upheld_sentence.v1"


def upheld_sentences(ctx: Context, earlier=()):
    """(event, derived relations, trigger verb) for each court decision on a named person's punishment, or on a
    court's decision told just before ('<court> ordered X liquidated. <higher court> upheld the decision')."""
    for verb in ctx.words.with_lemma(CONFIRMING):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in CONFIRMING or not left_as_is(verb):
            continue
        for noun in patients(verb) or in_force_objects(verb):
            prop = PUNISHMENTS.get(noun.lemma_.lower())
            courts = [a for a in agents_of(ctx, verb, {"Court"}) if a.type == "Court"]
            if prop is None and noun.lemma_.lower() in DECISIONS and courts:
                prop, bearers = decided_before(ctx, verb, earlier, {c.entity for c in courts})
                if not bearers and (bearers := bearers_of(ctx, noun)):  # "upheld the ruling against <X>"
                    prop = "sanctioned"
                if bearers:
                    yield (*decision(ctx, verb, noun, courts, bearers, prop), verb)
                continue
            if prop is None:
                continue
            bearers = bearers_of(ctx, noun) or in_case_of(ctx, verb)
            if not bearers and courts and is_definite(noun):  # "a court sentenced him ... the appeal court upheld the verdict"
                bearers = decided_before(ctx, verb, earlier, {c.entity for c in courts}, PUNISHED.get(prop, ()))[1]
            if bearers and courts:
                yield (*decision(ctx, verb, noun, courts, bearers, prop), verb)


# "rejected/dismissed an appeal by <X> against his sentence", "turned down X's appeal", "threw out the complaint"
REJECTING = {"reject", "dismiss", "deny", "refuse", "throw", "turn"}
APPEAL_NOUNS = {"appeal", "complaint", "cassation"}


def rejected_appeals(ctx: Context):
    """(event, derived relations, trigger verb) for each appeal against a punishment that a court rejected."""
    for verb in ctx.words.with_lemma(REJECTING):
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in REJECTING or lemma in ("throw", "turn") and not any(
                c.dep_ == "prt" and c.lower_ in ("out", "down") for c in children(verb)):
            continue
        for appeal in (c for c in children(verb) if c.dep_ in ("dobj", "nsubjpass")
                       and c.lemma_.lower() in APPEAL_NOUNS):
            punished = [o for p in children(appeal) if p.dep_ == "prep" and p.lower_ in ("against", "over")
                        for o in children(p) if o.dep_ == "pobj" and o.lemma_.lower() in PUNISHMENTS]
            if not punished:
                continue
            courts = [a for a in agents_of(ctx, verb, {"Court"}) if a.type == "Court"]
            if not courts:
                continue
            appellants = [m for p in children(appeal) if p.dep_ == "poss" for m in ctx.head_mentions(p, PEOPLE)]
            appellants += prep_objects(ctx, appeal, ("by", "from", "of"), PEOPLE)
            bearers = list(dict.fromkeys(m for m in appellants + bearers_of(ctx, punished[0]) if m.type in PEOPLE))
            if bearers:
                yield (*decision(ctx, verb, punished[0], courts, bearers, PUNISHMENTS[punished[0].lemma_.lower()]),
                       verb)


DECISIONS = {"decision", "ruling", "judgment", "judgement", "order", "ban", "liquidation", "designation"}
# what a first-instance court does that a higher court's upholding confirms
COURT_SANCTIONS = {"Conviction": "convicted", "Sentence": "convicted", "Fine": "fined", "Liquidation": "liquidated",
                   "Ban": "banned", "Blocking": "blocked", "ExtremistDesignation": "designated",
                   "UndesirableDesignation": "designated", "TerroristDesignation": "designated"}


# a punishment noun upheld -> the first-instance acts it can be the record of, also when their court is unnamed
PUNISHED = {"convicted": ("Conviction", "Sentence"), "fined": ("Fine",)}


def decided_before(ctx: Context, verb: Token, earlier, upholding: set, unnamed=()) -> tuple[str | None, list]:
    """'The Moscow City Court ordered the centre liquidated. The Supreme Court upheld the decision': the latest
    asserted sanction by another court in this sentence or the two before, in the same paragraph. For the kinds
    in `unnamed` the first court may go unnamed ('a court in the republic sentenced him ... the appeal court
    upheld the verdict')."""
    sentences = [s for s in ctx.sentences if s[0] <= verb.idx][-3:]
    if not sentences:
        return None, []
    start = sentences[0][0]
    if "\n\n" in ctx.text[start:verb.idx]:
        start = ctx.text.rindex("\n\n", start, verb.idx)
    before = [e for e in earlier if e.status == "Asserted" and e.kind in COURT_SANCTIONS and start <= e.trigger[0]
              < verb.idx and (any(ctx.entities[c].type == "Court" for c in e.role("agent"))
                              or e.kind in unnamed and not e.role("agent"))
              and not set(e.role("agent")) & upholding]
    if not before:
        return None, []
    latest = max(before, key=lambda e: e.trigger[0])
    keys = dict.fromkeys(k for k in latest.role("defendant") + latest.role("target") if ctx.entities[k].type in PEOPLE)
    mentions = [min((m for m in ctx.mentions if m.entity == k), key=lambda m: abs(m.start - verb.idx)) for k in keys]
    return COURT_SANCTIONS[latest.kind], mentions


def bearers_of(ctx: Context, noun: Token) -> list:
    """'the sentence of X', 'X's sentence', 'the verdict against X', 'the fine imposed on X'."""
    found = [m for p in children(noun) if p.dep_ == "poss" for m in ctx.head_mentions(p, PEOPLE)
             if fits(p, ctx.entities[m.entity].label)]  # "her sentence" is no man's
    found += prep_objects(ctx, noun, ("of", "against", "on"), PEOPLE)
    found += in_case_of(ctx, noun)
    for participle in (c for c in children(noun) if c.dep_ == "acl"):  # "the fine imposed on X"
        found += prep_objects(ctx, participle, ("on", "against"), PEOPLE)
        if participle.lemma_.lower() in HANDED:  # "the sentence handed to X" ('to' a preposition or a dative)
            found += [m for p in children(participle) if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                      for o in children(p) if o.dep_ == "pobj" for m in ctx.head_mentions(o, PEOPLE)]
        if participle.tag_ == "VB" and participle.lemma_.lower() in ORDERED:  # "the decision to dissolve X"
            found += [m for o in children(participle) if o.dep_ == "dobj" for m in ctx.head_mentions(o, PEOPLE)]
    return list(dict.fromkeys(m for m in found if m.type in PEOPLE))


# participles by which a punishment is given to someone: "the eight-year sentence handed to <X>"
HANDED = {"hand", "give", "issue", "mete", "deliver", "pass"}
# what a decision orders done to someone: "upheld the decision to dissolve <X>"
ORDERED = {"dissolve", "liquidate", "close", "ban", "block", "outlaw", "designate", "declare", "list", "jail",
           "fine", "shut", "expel", "deport", "restrict"}


def in_case_of(ctx: Context, head: Token) -> list:
    """'(upheld) the verdict in the case of <X>': the persons of the case (the phrase hung on the noun or the verb)."""
    return [m for p in children(head) if p.dep_ == "prep" and p.lower_ == "in" for case in children(p)
            if case.dep_ == "pobj" and case.lemma_.lower() == "case"
            for m in prep_objects(ctx, case, ("of", "against"), PEOPLE)]


def left_as_is(verb: Token) -> bool:
    """'left the sentence unchanged', 'left unchanged the verdict', 'left X's sentence in force': "leave" confirms only
    so (every other confirming verb does by itself)."""
    if verb.lemma_.lower() != "leave":
        return True
    words = [t for t in verb.subtree if t.i > verb.i]
    return any(t.lower_ in LEFT_AS_IS and (t.lower_ not in ("force", "place", "effect") or t.head.lower_ == "in"
                                           or t.i > 0 and t.doc[t.i - 1].lower_ == "in") for t in words)


def in_force_objects(verb: Token) -> list[Token]:
    """'left in force his sentence' parsed with 'force' as a clause of its own whose object is the sentence."""
    return [o for c in children(verb) if c.lower_ in ("force", "place", "effect") and c.i > 0
            and c.doc[c.i - 1].lower_ == "in" for o in children(c) if o.dep_ == "dobj"]


def fits(pronoun: Token, name: str) -> bool:
    """A gendered pronoun never stands for a person whose name has the other gender."""
    gender = PRONOUN_GENDER.get(pronoun.lower_)
    return gender is None or gender_of(name) in (None, gender)


def decision(ctx: Context, verb: Token, noun: Token, courts: list, bearers: list, prop: str):
    bases = [m for p in noun.subtree if p.dep_ == "prep" and p.lower_ == "under" for m in ctx.within(p, LEGAL)]
    roles = [("agent", c.entity) for c in courts] + [("court", c.entity) for c in courts]
    roles += [(r, b.entity) for b in bearers for r in ("defendant", "target")]
    roles += [("legalBasis", m.entity) for m in bases]
    spans = [span_of(verb), span_of(noun)]
    event = Event("Decision", tuple(dict.fromkeys(roles)), span_of(verb),
                  evidence(ctx, RULE, 0.7, *spans, *(span_of(m) for m in courts + bearers)))
    derived = [Relation(c.entity, prop, b.entity, evidence(ctx, "relation.upheld_sentence.v1", 0.7, span_of(c),
                                                           *spans, span_of(b)))
               for c in courts for b in bearers if c.entity != b.entity]
    derived += [Relation(b.entity, CHARGE_OF.get(prop, "chargedUnder"), m.entity, evidence(  # "upheld X's conviction
        ctx, "relation.upheld_sentence.v1", 0.7, span_of(b), *spans, span_of(m))) for b in bearers for m in bases]
    return event, derived
