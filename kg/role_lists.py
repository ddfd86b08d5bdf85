"""Persons listed in apposition right after a plural title and its body (kg:roleIn and its finer properties).

Rule (id travels into provenance):
  relation.role_title_list.v1  "Three members of the punk band Pussy Riot, A, B and C, were convicted", "two lawyers
                               for Memorial, A and B, said": a plural title whose 'of'/'for'/'at'/'with'/'from' phrase
                               names a body, then a comma and the names (the parser hangs them on the body's name);
                               read from the words
                               "<Person> and three other Pussy Riot members", "he and two other Memorial activists"
Near misses that yield nothing: a single name after the comma without a count before the title ("the police detained
members of Memorial, Ivan Petrov said"), a title whose phrase names a person ("lawyers for Navalny, A and B").
"""

from __future__ import annotations

import re

from kg.arguments import Context
from kg.doc_tables import char_span
from kg.model import Mention, Relation
from kg.role_names import role
from kg.role_titles import BODIES, title_prop

# a plural title, up to four words of the body's kind, the body ("members of the punk band ")
TITLE_GAP = re.compile(r"\b([a-z-]+(?:\s+[a-z-]+)?)\s+(?:of|for|at|with|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?$")
COUNT = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|both)\s+(?:[a-z-]+\s+)?$", re.I)
HONORIFIC = r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"  # "lawyers of <Org>, Mr A and Ms B" (ECHR judgments)
NAME_GAP = re.compile(rf"^\s*,\s*{HONORIFIC}$")
LIST_GAP = re.compile(rf"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+){HONORIFIC}$")


def title_lists(ctx: Context, titles: dict[str, str]) -> list[Relation]:
    found = []
    people = sorted((m for m in ctx.mentions if m.type == "Person"), key=lambda m: m.start)
    for body in (m for m in ctx.mentions if m.type in BODIES):
        first = next((p for p in people if p.start >= body.end and p.sentence == body.sentence), None)
        if first is None or not NAME_GAP.match(ctx.text[body.end:first.start]):
            continue
        before = ctx.text[max(body.sentence[0], body.start - 60):body.start]
        match = TITLE_GAP.search(before)
        words = match.group(1).split() if match else []
        if not words or not words[-1].endswith("s"):
            continue
        prop = title_prop(titles, " ".join(words)) or title_prop(titles, words[-1])
        listed = listed_after(ctx, first, people)
        counted = COUNT.search(before[:match.start(1)]) is not None
        if prop is None or len(listed) < 2 and not counted:
            continue
        start = body.start - len(before) + match.start(1)
        found += [role(ctx, p, body, prop, "relation.role_title_list.v1", 0.7, (start, body.end)) for p in listed]
    return found


# "<Person> and three other <Org> members", "he and two other Memorial activists": the person is one of them
OTHERS_BEFORE = re.compile(r"\band\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+)?other\s+$",
                           re.I)
PLURAL_TITLE_AFTER = re.compile(r"^\s+([a-z-]+s)\b")


def other_members(ctx: Context, titles: dict[str, str]) -> list[Relation]:
    """'Verzilov and three other Pussy Riot members ran onto the pitch': a person coordinated with other holders of a
    plural title of a body holds the title there too (a name, or a pronoun the coreference resolves)."""
    found = []
    for body in (m for m in ctx.mentions if m.type in BODIES):
        before = ctx.text[max(body.sentence[0], body.start - 40):body.start]
        match = OTHERS_BEFORE.search(before)
        title = PLURAL_TITLE_AFTER.match(ctx.text[body.end:body.end + 30])
        if match is None or title is None or (prop := title_prop(titles, title.group(1))) is None:
            continue
        end = len(ctx.text[:body.start - len(before) + match.start()].rstrip())  # the person ends before "and"
        span = char_span(ctx.doc, end - 1, end)
        last = span[-1] if span is not None and len(span) else None
        if last is None or last.idx + len(last) != end:
            continue
        person = ctx.at(last) or (ctx.head_mention(last, {"Person"}) if last.pos_ == "PRON" else None)
        if person is not None and person.type == "Person":
            found.append(role(ctx, person, body, prop, "relation.role_title_list.v1", 0.65,
                              (body.start - len(before) + match.start(), body.end + title.end())))
    return found


def listed_after(ctx: Context, first: Mention, people: list[Mention]) -> list[Mention]:
    """A name and the names listed after it in its sentence: 'A, B and C', 'Mr A and Ms B'."""
    found = [first]
    for m in (p for p in people if p.start >= first.end and p.sentence == first.sentence):
        if not LIST_GAP.match(ctx.text[found[-1].end:m.start]):
            break
        found.append(m)
    return found
