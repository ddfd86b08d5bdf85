"""A person's name as the role rules (kg.roles and its role_* modules) see it: the name's head token, the
persons coordinated with it, the job title written right before it, and the role relation anchored on it."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.arguments import Context, anchored, evidence, span_of
from kg.doc_tables import char_span
from kg.model import Mention, Relation
from kg.role_titles import title_prop

WORDS_BEFORE = re.compile(r"((?:[\w’'-]+\s+){1,3})$")


def root_of(ctx: Context, m: Mention) -> Token | None:
    """The head token of a mention's span (None when the span does not align with tokens)."""
    span = char_span(ctx.doc, m.start, m.end)
    return span.root if span is not None else None


def role(ctx: Context, person: Mention, org: Mention, prop: str, rule: str, conf: float = 0.8,
         *spans: tuple[int, int]) -> Relation:
    """person -prop-> org, quoting the person's sentence (the body and `spans` only when inside it)."""
    return Relation(person.entity, prop, org.entity,
                    evidence(ctx, rule, conf, *anchored(ctx, span_of(person), span_of(org), *spans)))


def relation(ctx: Context, person: Mention, prop: str, body: Mention, rule: str, conf: float,
             *spans: tuple[int, int]) -> Relation:
    """person -prop-> body, quoting from the first of `spans` (the words that say it), else from the person."""
    anchor = spans[0] if spans else span_of(person)
    return Relation(person.entity, prop, body.entity,
                    evidence(ctx, rule, conf, *anchored(ctx, anchor, span_of(person), span_of(body), *spans)))


def title_before(ctx: Context, titles: dict[str, str], person: Mention) -> tuple[str, str, int] | None:
    """The job title written right before a name ('Judge', 'Senators', 'council member'):
    (property, the words before the title, the title's offset)."""
    window = ctx.text[max(person.sentence[0], person.start - 60):person.start]
    match = WORDS_BEFORE.search(window)
    if not match:
        return None
    words = match.group(1).split()
    for i in range(len(words)):
        prop = title_prop(titles, " ".join(words[i:]))
        if prop:
            offset = person.start - len(window) + match.start(1) + len(" ".join(words[:i])) + (1 if i else 0)
            return prop, " ".join(words[:i]), offset
    return None


def coordinated_after(ctx: Context, person: Mention, plural: str) -> list[Mention]:
    """The persons coordinated with this name after it ('A and B'), when the title they share is plural."""
    root = root_of(ctx, person)
    if not plural or root is None:
        return []
    return [m for c in root.conjuncts if c.i > root.i and (m := ctx.at(c)) and m.type == "Person" and m != person]


def coordinated_before(ctx: Context, root: Token) -> list[Mention]:
    """The persons coordinated before this name ('A, B and C': for C, B and A), while all are persons."""
    found = []
    while root.dep_ == "conj":
        root = root.head
        m = ctx.at(root)
        if m is None or m.type != "Person":
            return []
        found.append(m)
    return found
