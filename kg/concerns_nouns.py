"""Shapes of kg:concerns read off the noun of a ruling: the defendant named in front of it or as its possessor, a
penalty 'for' someone, a clause saying what it decided, and whoever contests it.

Rules (ids travel into provenance):
  relation.concerns_compound.v1  "the Navalny verdict", "the Memorial ruling", "the Kablis judgment": a person or
                                 organisation named in front of a court's ruling is whom it is about (a person in
                                 front of a decree or order issued it: "the Putin decree" yields nothing)
  relation.concerns_for.v1       "a fine for Google", "a 25-year sentence for <Person>", "a warning for <Org>": a
                                 penalty 'for' a named person or organisation targets them; so does any ruling 'in
                                 favour of' one
  relation.concerns_content.v1   "the court's decision that FBK was an extremist organisation": a clause opened by
                                 'that' on a ruling's noun says what it decided, so it concerns whom that clause names
  relation.concerns_appealed.v1  "Meta appealed the ruling", "<Person> said he would challenge the designation", "the
                                 company's challenge to the FSB order": whoever contests a ruling is whom it hits (not a
                                 state body appealing for others, nor someone's lawyer); a plan to appeal counts, a
                                 negated verb ("did not appeal") yields nothing
kg.concerns_more calls these for every ruling mention (and every word of appealing that is not negated).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.arguments import Context, anchored, evidence, span_of, subjects, verbal
from kg.doc_tables import ancestors, char_span, children
from kg.model import Mention, Relation
from kg.relation_lexicon import LAWYER_WORDS

LEGAL = {"Law", "LegalProvision"}
TARGETS = {"Organization", "Person"}
# court rulings a name in front of them is the defendant of ("the Navalny verdict"); a decree or order is issued
# by the person named in front of it ("the Putin decree")
DEFENDANT_KINDS = {"verdict", "sentence", "judgment", "ruling", "decision", "acquittal", "conviction", "ban",
                   "designation", "liquidation", "blocking", "fine", "warning"}
# court rulings a possessor is the defendant of unless the text calls them a judge: "Yashin's verdict"
TRIED_BY_JUDGE = {"verdict", "judgment", "judgement"}
PERSON_KINDS = {"verdict", "sentence", "judgment", "acquittal", "conviction", "ruling"}
# nouns of a penalty given 'for' someone ("a fine for Google"); not 'for' an offence, which names no one
PENALTY_NOUNS = {"fine", "sentence", "term", "penalty", "punishment", "warning", "verdict"}
# verbs and nouns by which whom a ruling hits contests it: "Meta appealed the ruling", "the company's challenge to the
# FSB order", "Muratov said he would challenge the designation"
APPEAL_WORDS = {"appeal", "challenge", "contest", "dispute"}


def relation(ctx: Context, act: Mention, prop: str, m: Mention, rule: str, conf: float, anchor) -> Relation:
    return Relation(act.entity, prop, m.entity, evidence(ctx, rule, conf, *anchored(ctx, anchor, span_of(act),
                                                                                    span_of(m))))


# --- whom a ruling hits contesting it ------------------------------------------------------------

def appealed(ctx: Context, word: Token) -> list[Relation]:
    """'<Org> appealed (against) the ruling', '<Person>'s challenge to the designation': the party contesting a ruling
    is whom it hits (not a state body, which appeals against rulings for others, nor a lawyer)."""
    if verbal(word):
        parties = [m for m in subjects(ctx, word, TARGETS) if not lawyer(ctx, m)]
        held = [c for c in children(word) if c.dep_ == "dobj"] + [o for p in children(word) if p.dep_ == "prep" and
                                                                  p.lower_ in ("against",) for o in children(p)]
    elif word.pos_ == "NOUN":
        parties = [m for c in children(word) if c.dep_ == "poss" for m in [ctx.head_mention(c, TARGETS)]
                   if m and not lawyer(ctx, m)]
        held = [o for p in children(word) if p.dep_ == "prep" and p.lower_ in ("against", "to", "of", "over")
                for o in children(p) if o.dep_ == "pobj"]
    else:
        return []
    rulings = [m for t in held for m in [ctx.head_mention(t, {"Ruling"})] if m]
    return [relation(ctx, r, "targets", m, "relation.concerns_appealed.v1", 0.55, span_of(word))
            for r in rulings for m in parties if m.entity != r.entity]


def lawyer(ctx: Context, m: Mention) -> bool:
    """'Lawyer Vadim Prokhorov', 'His lawyer, Vadim Prokhorov': a person named as someone's lawyer."""
    span = char_span(ctx.doc, m.start, m.end)
    if span is None:
        return False
    near = [*children(span.root), span.root.head, *ctx.doc[max(span.start - 3, 0):span.start]]
    return any(t.lemma_.lower() in LAWYER_WORDS for t in near)


def negated(word: Token) -> bool:
    return any(c.dep_ == "neg" for t in (word, *ancestors(word)) for c in children(t))


# --- the defendant named in front of the ruling ------------------------------------------------

def defendant_in_front(ctx: Context, ruling: Mention) -> list[Relation]:
    """'the Navalny verdict': a person or organisation mention inside the ruling's name, in front of its noun."""
    span = char_span(ctx.doc, ruling.start, ruling.end)
    if span is None:
        return []
    noun = span.root
    kind = ctx.entities[ruling.entity].attr("rulingKind") or noun.lemma_.lower()
    inside = [m for m in ctx.mentions if m.type in TARGETS and m.start < noun.idx and m.end <= noun.idx
              and m.end >= ruling.start and m.entity != ruling.entity]  # "the Kara-Murza verdict" may start before
    found = []
    for m in inside:
        if m.type == "Person" and kind not in PERSON_KINDS or m.type == "Organization" and kind not in DEFENDANT_KINDS:
            continue
        head = char_span(ctx.doc, m.start, m.end)
        if head is None or head.root.dep_ not in ("compound", "amod", "nmod") or head.root.head.i != noun.i:
            continue
        found.append(relation(ctx, ruling, "targets", m, "relation.concerns_compound.v1", 0.6, span_of(ruling)))
    return found


def judged(ctx: Context, head: Token) -> bool:
    """'Goryunova's verdict' after 'Judge Oksana Goryunova': a possessor the text calls a judge hands the verdict
    down; anyone else's verdict ('Yashin's verdict') is the one given to them."""
    owner = next((c for c in children(head) if c.dep_ == "poss"), None)
    m = ctx.head_mention(owner, {"Person"}) if owner is not None else None
    if m is None:
        return True  # no person: the court's or body's own ruling
    return any(re.search(r"\b(?:judge|justice|magistrate)\s+$", ctx.text[max(o.start - 12, 0):o.start], re.I)
               for o in ctx.mentions if o.entity == m.entity)


def penalty_for(ctx: Context, ruling: Mention) -> list[Relation]:
    """'a fine for Google', 'a 25-year sentence for <Person>', 'a ruling in favour of <Org>'."""
    span = char_span(ctx.doc, ruling.start, ruling.end)
    if span is None:
        return []
    noun = span.root
    found = []
    holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]  # "issued a ruling in favour of Google"
    objs = [p for h in holders for c in children(h) if c.dep_ == "prep" and c.lower_ == "in" for f in children(c)
            if f.dep_ == "pobj" and f.lower_ in ("favour", "favor") for p in children(f) if p.dep_ == "prep"
            and p.lower_ == "of"]
    if noun.lemma_.lower() in PENALTY_NOUNS:
        objs += [c for c in children(noun) if c.dep_ == "prep" and c.lower_ == "for"]
    for p in objs:
        for o in (c for c in children(p) if c.dep_ == "pobj"):
            for t in (o, *(c for c in children(o) if c.dep_ == "conj")):
                m = ctx.head_mention(t, TARGETS)
                if m is not None and m.entity != ruling.entity:
                    found.append(relation(ctx, ruling, "targets", m, "relation.concerns_for.v1", 0.6, span_of(p)))
    return found


def content_clause(ctx: Context, ruling: Mention) -> list[Relation]:
    """'the court's decision that FBK was an extremist organisation': a clause saying what the ruling decided (opened
    by the conjunction 'that', not the relative pronoun) concerns the persons, organisations and provisions it names."""
    span = char_span(ctx.doc, ruling.start, ruling.end)
    if span is None:
        return []
    found = []
    for clause in (c for c in children(span.root) if c.dep_ in ("acl", "relcl", "ccomp") and any(
            m.dep_ in ("mark", "advmod") and m.lower_ == "that" for m in children(c))):  # not 'that' as an argument
        named = [m for t in clause.subtree if (m := ctx.at(t)) and m.type in TARGETS | LEGAL]
        found += [relation(ctx, ruling, "targets" if m.type in TARGETS else "applies", m,
                           "relation.concerns_content.v1", 0.6, span_of(clause))
                  for m in dict.fromkeys(named) if m.entity != ruling.entity]
    return found
