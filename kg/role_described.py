"""A role told by a description of the person who spoke just before: relation.role_described.v1.

    "Dmitry Peskov declined to comment on the sentence. The Kremlin spokesman said it was a matter for the courts."
    "Maria Zakharova commented on the ban. The Foreign Ministry spokeswoman said Meta had been warned."

A definite job title with a body of its own ("the Kremlin spokesman", "the head of Roskomnadzor", "the ministry's
spokeswoman") and no name of its own, the subject of a speech verb, stands for the one person the sentence before
names as the subject of a speech verb (said, commented, declined to comment ...), when that sentence names no other
person and the title's own sentence names none before it. Anyone else is left open: "Putin signed the law. The
Kremlin spokesman said ..." is someone else speaking about Putin's act, and so is one the article gave another
title ("President Vladimir Putin said ... The Kremlin spokesman added").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import Context, evidence, span_of
from kg.coref_people import introduced_as
from kg.doc_tables import ancestors, children
from kg.model import Mention, Relation
from kg.role_titles import owner_of_title, title_of

SPEAKING = {"say", "comment", "tell", "speak", "add", "note", "explain", "write", "confirm", "deny", "insist", "argue",
            "claim", "warn", "answer", "respond", "reply", "announce", "call", "stress", "state", "describe", "accuse",
            "criticise", "criticize", "dismiss", "suggest", "remark"}
DECLINING = {"decline", "refuse"}  # "declined to comment": speaking too
RULE = "relation.role_described.v1"


def described_roles(ctx: Context, titles: dict[str, str]) -> list[Relation]:
    found = []
    for t in ctx.words.with_pos("NOUN"):
        if t.dep_ not in ("nsubj", "nsubjpass") or not speaking(t.head) or ctx.at(t) is not None:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in (t, *t.lefts) for c in children(c)) \
                and not any(c.dep_ == "det" and c.lower_ == "the" for c in children(t)):
            continue
        if any(c.dep_ in ("appos", "compound", "nmod") and c.pos_ == "PROPN" and (m := ctx.at(c)) is not None
               and m.type == "Person" for c in children(t)):
            continue  # "The Kremlin spokesman Dmitry Peskov": named, the title rules' own
        prop = title_of(titles, t)
        if prop is None or (body := owner_of_title(ctx, t)) is None:
            continue
        person = speaker_before(ctx, t)
        if person is not None and not titled_otherwise(ctx, titles, person, t):
            found.append(Relation(person.entity, prop, body.entity,
                                  evidence(ctx, RULE, 0.6, span_of(t), span_of(body))))
    return found


def speaking(verb: Token) -> bool:
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    return lemma in SPEAKING or lemma in DECLINING and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in SPEAKING for c in children(verb))


def speaker_before(ctx: Context, title: Token) -> Mention | None:
    """The one person the previous sentence names, as the subject of a speech verb; None when the title's own
    sentence names a person before it, or the previous sentence names anyone else."""
    sent = title.sent
    if any(m.type == "Person" and sent.start_char <= m.start < title.idx for m in ctx.mentions) or sent.start == 0:
        return None
    prev = ctx.doc[sent.start - 1].sent
    people = [m for m in ctx.mentions if m.type == "Person" and prev.start_char <= m.start < prev.end_char]
    if len({m.entity for m in people}) != 1:
        return None
    root = ctx.antecedents.roots.get(people[0])
    if root is None or root.dep_ != "nsubj" or not (speaking(root.head) or any(
            speaking(a) for a in ancestors(root.head) if a.i >= prev.start)):
        return None
    return people[0]


def titled_otherwise(ctx: Context, titles: dict[str, str], person: Mention, title: Token) -> bool:
    """'President Vladimir Putin said ... The Kremlin spokesman added': someone the article gave another title."""
    intro = {n for m in ctx.mentions if m.entity == person.entity for n in introduced_as(ctx.antecedents.roots.get(m))}
    return bool({n for n in intro if n in titles} - {title.lemma_.lower()})
