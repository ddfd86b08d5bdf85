"""Roles told by joining or leaving a body (kg:roleIn and its finer properties).

Rules (ids travel into provenance):
  relation.role_elected.v1  "<Person> was elected to the State Duma", "Putin appointed <Person> to the Constitutional
                            Court", "<Person> was named to the board of <Org>", "<Person>, who is on the board of
                            <Org>": the person sits in the body; "appointed <Person> to head <Body>", "chose
                            <Person> to run <Org>": the person heads it
  relation.role_left.v1     "<Person> left Memorial in 2010", "<Person> quit his job at Meduza", "lost her post at
                            <Org>", "Yabloko expelled <Person> from the party": a former role is a role; 'left' only
                            with an organisation (leaving a court or a ministry is mostly leaving a building)
Only asserted verbs count: "<Person> hopes to be elected to the Duma", "may leave <Org>" yield nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import Context, asserted, objects, span_of, subjects, verbal
from kg.doc_tables import children
from kg.model import Mention, Relation
from kg.role_names import role
from kg.role_titles import BODIES, is_platform

PERSON = {"Person"}
ELECTING = {"elect": "memberOf", "appoint": "roleIn", "name": "roleIn", "reelect": "memberOf",
            "re-elect": "memberOf", "admit": "memberOf"}
JOBS = {"job", "post", "position", "seat", "role", "place"}  # "quit his job at <Org>"
BOARDS = {"board", "staff", "council", "committee", "presidium", "panel", "team", "commission"}
LEAVING = {"leave", "quit", "lose", "expel", "fire", "dismiss", "sack", "oust"}
# what a court dismisses that is no person's job: "dismissed the appeal of <Person>"
CLAIMS = {"appeal", "complaint", "claim", "lawsuit", "suit", "case", "charge", "request", "petition", "motion",
          "application", "challenge", "objection", "action"}


# "appointed <Person> to head <Body>", "chose <Person> to run the new agency <Org>": the person heads it
CHOOSING = {"choose", "pick", "select", "nominate", "tap", "hire", "install"}
HEADING = {"head", "lead", "run", "chair", "direct", "manage"}


def joined_roles(ctx: Context) -> list[Relation]:
    found = []
    for verb in ctx.words.with_lemma(set(ELECTING) | LEAVING | CHOOSING | {"be"}):
        lemma = verb.lemma_.lower()
        if lemma == "be":  # (the cheap test first: 'be' is the commonest verb)
            if any(c.dep_ == "prep" and c.lower_ == "on" for c in children(verb)) and asserted(verb):
                found += on_board(ctx, verb)
            continue
        if not verbal(verb) or not asserted(verb):
            continue
        if lemma in ELECTING:
            found += elected(ctx, verb, ELECTING[lemma])
        if lemma in ELECTING or lemma in CHOOSING:
            found += chosen_head(ctx, verb)
        if lemma in LEAVING:
            found += left(ctx, verb, lemma)
    return found


def on_board(ctx: Context, verb: Token) -> list[Relation]:
    """'<Person>, who is on the board of <Org>', '<Person> was on the staff of <Org>' (not 'on the side of')."""
    people = subjects(ctx, verb, PERSON)
    bodies = [m for c in children(verb) if c.dep_ == "prep" and c.lower_ == "on" for o in children(c)
              if o.dep_ == "pobj" and o.lemma_.lower() in BOARDS for m in [ctx.head_mention(o, BODIES)] if m]
    return [role(ctx, p, b, "memberOf", "relation.role_elected.v1", 0.7, span_of(verb)) for p in people
            for b in bodies[:1]]


def elected(ctx: Context, verb: Token, prop: str) -> list[Relation]:
    """'<Person> was elected to <Body>', 'appointed <Person> to <Body>'."""
    people = objects(ctx, verb, ("nsubjpass",), PERSON) or objects(ctx, verb, ("dobj",), PERSON)
    bodies = to_bodies(ctx, verb)
    return [role(ctx, p, b, prop, "relation.role_elected.v1", 0.7, span_of(verb)) for p in people for b in bodies[:1]]


def chosen_head(ctx: Context, verb: Token) -> list[Relation]:
    """'Putin appointed <Person> to head <Body>', '<Person> was named to lead <Org>', 'To run the new agency <Org>,
    Putin chose <Person>': the person chosen heads the body the infinitive names."""
    people = objects(ctx, verb, ("nsubjpass",), PERSON) or objects(ctx, verb, ("dobj",), PERSON)
    heading = [c for c in children(verb) if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in HEADING
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))]
    bodies = [m for h in heading for m in objects(ctx, h, ("dobj",), BODIES)]
    return [role(ctx, p, b, "headOf", "relation.role_elected.v1", 0.7, span_of(verb)) for p in people
            for b in bodies[:1]]


def to_bodies(ctx: Context, verb: Token) -> list[Mention]:
    """The body after 'to': 'to the State Duma', 'to the board of <Org>' (through 'of')."""
    return [m for c in children(verb) if c.dep_ == "prep" and c.lower_ == "to" for o in children(c) if o.dep_ == "pobj"
            for m in [ctx.head_mention(o, BODIES)] if m]


def left(ctx: Context, verb: Token, lemma: str) -> list[Relation]:
    """'<Person> left <Org>', 'quit his job at <Org>', '<Org> expelled <Person> from the party'."""
    people = subjects(ctx, verb, PERSON)
    if lemma in ("expel", "fire", "dismiss", "sack", "oust"):
        if people:
            return []  # "<Person> fired <Person>": kg.role_bodies reads the passive ones
        if any(c.dep_ == "dobj" and c.lemma_.lower() in CLAIMS for c in children(verb)):
            return []  # "The court dismissed the appeal of <Person>": a claim dismissed, not a person
        people = objects(ctx, verb, ("dobj",), PERSON)
        bodies = [m for c in children(verb) if c.dep_ == "prep" and c.lower_ == "from" for o in children(c)
                  if o.dep_ == "pobj" for m in [ctx.head_mention(o, BODIES)] if m] or subjects(ctx, verb, BODIES)
        prop = "memberOf" if lemma == "expel" else "roleIn"
        return [role(ctx, p, b, prop, "relation.role_left.v1", 0.6, span_of(verb)) for p in people for b in bodies[:1]]
    jobs = [o for o in children(verb) if o.dep_ == "dobj" and o.lemma_.lower() in JOBS]
    bodies = [m for p in (c for t in jobs[:1] for c in (*children(t), *children(verb)))
              if p.dep_ == "prep" and p.lower_ in ("at", "with", "in") for w in children(p) if w.dep_ == "pobj"
              for m in [ctx.head_mention(w, BODIES)] if m]  # "quit his job at <Org>" ('at' on either word)
    if lemma == "leave" and not bodies:
        bodies = [m for o in children(verb) if o.dep_ == "dobj" and (m := ctx.at(o)) is not None and left_body(ctx, m)]
    return [role(ctx, p, b, "roleIn", "relation.role_left.v1", 0.6, span_of(verb)) for p in people for b in bodies[:1]]


def left_body(ctx: Context, m: Mention) -> bool:
    """A body one leaves as a job: an organisation (not a platform one stops using) or a state body that is not a
    building ('left the Kremlin')."""
    if m.type == "Organization":
        return not is_platform(ctx, m)
    return m.type == "GovernmentBody" and not any(w in m.text.lower() for w in ("kremlin", "white house"))
