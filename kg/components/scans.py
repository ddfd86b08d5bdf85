"""Regex scans that try a pattern only where one of its matches can start.

Python's regex engine tries a pattern at every character of the text unless the pattern starts
with a literal or a set of characters. Many of kg's patterns start with a word boundary and a
list of words ("\\b(?:newspaper|weekly|...)"), so every character is tried. `matches` finds the
same matches by trying the pattern only where a `hint` (the list of words alone, which the
engine skips to fast) matches. `lower_indexes` does the same for token walks: the tokens with
given lower-case forms, found in the Doc's array.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc


def matches(pattern: re.Pattern, hint: re.Pattern, text: str) -> Iterator[re.Match]:
    """`pattern.finditer(text)` for a pattern that cannot match an empty string, given a `hint` that
    matches wherever `pattern` does (and may match elsewhere too): the next match starts at the first
    place after the last one where the hint matches and the pattern does too."""
    pos = 0
    while h := hint.search(text, pos):
        if m := pattern.match(text, h.start()):
            yield m
            pos = m.end()
        else:
            pos = h.start() + 1


def lower_indexes(doc: Doc, words: frozenset[str]) -> list[int]:
    """The indexes of the tokens of `doc` whose lower-case form is one of `words`, in order: read from the
    Doc's array, so that no Token object is made for the other words (a walk over the Doc makes one for each)."""
    ids = _IDS.get(words)
    if ids is None:
        ids = _IDS[words] = frozenset(get_string_id(w) for w in words)
    return [i for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower in ids] if len(doc) else []


_IDS: dict[frozenset[str], frozenset[int]] = {}
