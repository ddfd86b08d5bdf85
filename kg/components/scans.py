"""Regex scans that try a pattern only where one of its matches can start.

Python's regex engine tries a pattern at every character of the text unless the pattern starts
with a literal or a set of characters. Many of kg's patterns start with a word boundary and a
list of words ("\\b(?:newspaper|weekly|...)"), so every character is tried. `matches` finds the
same matches by trying the pattern only where a `hint` (the list of words alone, which the
engine skips to fast) matches. `lower_indexes` does the same for token walks: the tokens with
given lower-case forms, found in the Doc's table of forms.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from kg.doc_tables import words as word_table


def matches(pattern: re.Pattern, hint: re.Pattern, text: str, hinted: str | None = None) -> Iterator[re.Match]:
    """`pattern.finditer(text)` for a pattern that cannot match an empty string, given a `hint` that
    matches wherever `pattern` does (and may match elsewhere too): the next match starts at the first
    place after the last one where the hint matches and the pattern does too. The hint is looked for
    in `hinted` when given: a text as long as `text` (its lower case) where it matches at every place
    where `pattern` matches in `text`."""
    pos = 0
    hinted = text if hinted is None else hinted
    while h := hint.search(hinted, pos):
        if m := pattern.match(text, h.start()):
            yield m
            pos = m.end()
        else:
            pos = h.start() + 1


def lower_indexes(doc: Doc, words: frozenset[str]) -> list[int]:
    """The indexes of the tokens of `doc` whose lower-case form is one of `words`, in order: looked up in the
    Doc's shared table of forms (kg.doc_tables), so that no Token object is made for the other words (a walk
    over the Doc makes one for each) and the Doc is read once, not once per word list."""
    index = word_table(doc).index("lower") if len(doc) else {}
    return sorted(i for word in index.keys() & words for i in index[word])
