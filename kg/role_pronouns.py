"""Roles given by a possessive pronoun read from the words, and the guards every role rule shares.

Rules (ids travel into provenance):
  relation.role_pronoun_title.v1  "Its co-chair, <Person>", "their editor-in-chief <Person>", "<Person>, the
                                  group's co-chairman": a title owned by 'its', 'their' or a described body right
                                  before or after a name, read from the words (the parser breaks hyphenated titles
                                  apart and loses the apposition); the owner is the body coreference gives ('its',
                                  'the group' -> the organisation talked about), a newsroom title only an
                                  organisation's
Guards (kg.roles drops what they catch):
  denied         "<Person> denied that he was a member of <Org>", "<Org> denied that it owns <Org>": a relation whose
                 body is named inside the clause a verb of denial governs is not asserted (kg.ownership uses it too)
  kin_of_title   "The wife of Memorial's chairman, <Person>", "the mother of the journalist, <Person>": the name is
                 the relative's, not the title holder's
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.arguments import Context
from kg.doc_tables import ancestors, char_span
from kg.model import Mention, Relation
from kg.relation_lexicon import ORGANIZATION_TITLES
from kg.role_names import coordinated_after, role
from kg.role_titles import BODIES, longest_title

OWNER = r"(?:([Ii]ts|[Tt]heir)|[Tt]he\s+([a-z]+)['’]s)"  # 'its', 'their', "the group's"
TITLE_WORDS = r"((?:former\s+|then\s+|new\s+|acting\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)"
COPULA = r"(?:is|was|has\s+been|had\s+been|would\s+be|became|remains|remained)"
TITLE_BEFORE = re.compile(rf"\b{OWNER}\s+{TITLE_WORDS}(?:\s*,?|\s+{COPULA})\s*$")  # "Its co-chair, <Person>", "Its
# chairman was <Person>"
TITLE_AFTER = re.compile(rf"^\s*,\s+{OWNER}\s+{TITLE_WORDS}\s*(?:,|$|\s+(?:and|who|said|says|told)\b)")  # ", its head,"
DENIAL_VERBS = {"deny", "refute", "dispute", "reject"}
KIN_NOUNS = {"wife", "husband", "mother", "father", "son", "daughter", "brother", "sister", "widow", "widower",
             "relative", "parent", "child", "grandson", "granddaughter", "nephew", "niece", "partner", "spouse",
             "fiancée", "fiancee", "girlfriend", "boyfriend", "friend", "neighbour", "neighbor", "cousin", "uncle",
             "aunt"}


def pronoun_titles(ctx: Context, titles: dict[str, str]) -> list[Relation]:
    """'Its co-chair, <Person>', '<Person>, the group's co-chairman,': the owner word's body, when the words between
    it and the name are a title."""
    found = []
    for person in (m for m in ctx.mentions if m.type == "Person"):
        window = ctx.text[max(person.sentence[0], person.start - 50):person.start]
        before = TITLE_BEFORE.search(window)
        after = None if before else TITLE_AFTER.match(ctx.text[person.end:person.sentence[1]])
        match, base = (before, person.start - len(window)) if before else (after, person.end)
        prop = match and longest_title(titles, match.group(3))
        owner = match and next(i for i in (1, 2) if match.group(i))
        if not prop:
            continue
        offset = base + match.start(owner)
        word = next(iter(ctx.doc.char_span(offset, base + match.end(owner), alignment_mode="expand") or ()), None)
        organisations = any(match.group(3).lower().endswith(w) for w in ORGANIZATION_TITLES)
        body = ctx.head_mention(word, {"Organization"} if organisations else BODIES) if word is not None else None
        if body is None or body.end > offset:
            continue
        last = match.group(3).split()[-1].lower()  # "Its co-chairs, A and B": each of them
        plural = "s" if before and last.endswith("s") and last not in titles else ""
        span = (offset, person.start) if before else (person.end, base + match.end(3))
        for p in (person, *coordinated_after(ctx, person, plural)):
            found.append(role(ctx, p, body, prop, "relation.role_pronoun_title.v1", 0.7, span))
    return found


def unasserted(ctx: Context, relations: list[Relation]) -> list[Relation]:
    """The relations without those a guard catches, judged on the mentions in the evidence's sentence."""
    return [r for r in relations if not caught(ctx, r)]


def caught(ctx: Context, r: Relation) -> bool:
    """Every mention of the body in the evidence's sentence is denied, or every mention of the person there is
    a relative's name."""
    start, end = r.evidence.sentence
    inside = [m for m in ctx.mentions if start <= m.start and m.end <= end]
    bodies = [t for m in inside if m.entity == r.object and (t := token_at(ctx, m)) is not None]
    people = [t for m in inside if m.entity == r.subject and m.type == "Person" and (t := token_at(ctx, m)) is not None]
    return bool(bodies) and all(denied(t) for t in bodies) or bool(people) and all(kin_of_title(t) for t in people)


def token_at(ctx: Context, m: Mention) -> Token | None:
    span = char_span(ctx.doc, m.start, m.end)
    return span.root if span is not None else None


def denied(token: Token) -> bool:
    """'<Person> denied that he was a member of <Org>': the body is named inside the clause a denial governs."""
    for t in ancestors(token):
        if t.dep_ in ("ccomp", "xcomp") and t.head.lemma_.lower() in DENIAL_VERBS:
            return True
    return False


def kin_of_title(token: Token) -> bool:
    """'The wife of Memorial's chairman, <Person>': the name in apposition to a title that is a relative's 'of'."""
    if token.dep_ != "appos":
        return False
    title = token.head
    return title.dep_ == "pobj" and title.head.lower_ == "of" and title.head.head.lemma_.lower() in KIN_NOUNS
