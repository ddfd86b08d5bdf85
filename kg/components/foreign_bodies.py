"""A Russian body's generic name after another country's name: that country's body, not Russia's.

The lexicon knows Russian state bodies by their generic names too ("Foreign Ministry", "Defence Ministry",
"Interior Ministry"), because Russian reports leave the country out. After a foreign country's possessive or
adjective ("Ukraine's Foreign Ministry", "the Ukrainian Defence Ministry", "Latvia's Interior Ministry") the name
is that country's body: the lexicon's Russian entry is dropped and the whole phrase is a GovernmentBody mention of
its own (entity.foreign_body.v1), labelled as written. Russia's own possessive or adjective keeps the entry.
"""

from __future__ import annotations

import re

from kg.components.candidates import Candidate
from kg.lexicon import Lexicon

RULE = "entity.foreign_body.v1"


def foreign_names(lexicon: Lexicon) -> re.Pattern | None:
    """A foreign country's name with a possessive, or its adjective, right before where a body's name starts."""
    names = [n for p in lexicon.places.values() if p.kind == "country" and p.country != "RU"
             for n in (p.label, *p.aliases)]
    adjectives = [p.adjective for p in lexicon.places.values() if p.kind == "country" and p.country != "RU"
                  and p.adjective]
    if not names:
        return None
    name = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    adjective = "|".join(sorted(map(re.escape, adjectives), key=len, reverse=True)) or r"(?!x)x"
    return re.compile(rf"(?<![\w-])(?:(?:{name})['’]s?|(?:{adjective}))\s+$")


def foreign_bodies(text: str, found: list[Candidate], lexicon: Lexicon, pattern: re.Pattern | None) -> list[Candidate]:
    """`found` with each Russian body's lexicon mention that follows a foreign country's name made that country's."""
    if pattern is None:
        return found
    out = []
    for c in found:
        entry = lexicon.entries.get(c.key) if c.source == "lexicon" and c.type == "GovernmentBody" else None
        before = pattern.search(text, max(0, c.start - 40), c.start) if entry is not None and \
            entry.country == "RU" else None
        if before is None or re.search(r"\bRussia|\bRussian", text[c.start:c.end]):
            out.append(c)
            continue
        out.append(Candidate(before.start(), c.end, "GovernmentBody", "pattern", RULE, 0.8))
    return out
