"""The whole written name of a known law: "the federal law on information".

The lexicon knows a law by its descriptive title ("law on information", "Law on Mass Media"); the
press often puts "federal" before it, and the name then runs from that word ("the federal law on
rallies", "Federal Law on the Police"). A lexicon Law mention whose words start with "law" takes
in a "federal" written right before it (with "Russian" or "Russia's" before that the qualifier stays
outside: "Russia's federal law on ..." is still named "federal law on ...").
"""

from __future__ import annotations

import re

from kg.components.candidates import Candidate

FEDERAL_BEFORE = re.compile(r"(?<![\w\-])[Ff]ederal\s+$")


def federal_titles(text: str, chosen: list[Candidate]) -> None:
    """Start lexicon Law mentions named "law ..." at a "federal" right before them (in place)."""
    if "ederal" not in text:
        return
    for c in chosen:
        if c.type == "Law" and c.source == "lexicon" and text[c.start:c.start + 4].lower() == "law " and \
                (m := FEDERAL_BEFORE.search(text, max(0, c.start - 12), c.start)) is not None:
            c.start = m.start()
