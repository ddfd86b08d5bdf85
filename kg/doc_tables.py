"""Lookups over one Doc that every rule shares, made once per Doc instead of once per rule.

Most rules start by walking every token of the article for a few words ("for verb in ctx.doc: if
verb.lemma_.lower() in WORDS ..."); each walk makes a Token object per word and reads its lemma
from the string store again. `words(doc)` keeps the tokens with their lower-cased lemma, lower
form and coarse tag, indexed by lemma and by form, so that a rule visits only the tokens it can
use, in text order. `memo(doc, name)` is a table for per-token results of functions that read
only the parse (`kg.arguments.asserted`, `kg.event_context.status_of`), which many rules ask of
the same verbs.

The tables belong to the Doc in hand: one Doc per thread, replaced when another Doc is asked
about, so nothing outlives its article and no thread sees another's. (A Doc must not be
re-parsed between two calls about it: no kg rule changes the Doc it reads.)
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterable

from spacy.tokens import Doc, Token

_slot = threading.local()


class Words:
    """The tokens of a Doc with their lower-cased lemma, lower form and coarse part of speech."""

    def __init__(self, doc: Doc):
        self.tokens: tuple[Token, ...] = tuple(doc)
        self.lemma = [t.lemma_.lower() for t in self.tokens]
        self.lower = [t.lower_ for t in self.tokens]
        self.pos = [t.pos_ for t in self.tokens]
        self.indexes: dict[str, dict[str, list[int]]] = {}
        self.memo: dict[str, dict] = {}

    def pick(self, lemmas: Iterable[str] = (), forms: Iterable[str] = (), pos: Iterable[str] = ()) -> list[Token]:
        """The tokens whose lower-cased lemma is one of `lemmas`, or lower-cased form one of `forms`, or
        coarse part of speech one of `pos`, in text order."""
        found: set[int] = set()
        for name, keys in (("lemma", lemmas), ("lower", forms), ("pos", pos)):
            if keys:
                index = self.index(name)
                for key in index.keys() & ((keys,) if isinstance(keys, str) else keys):
                    found.update(index[key])
        return [self.tokens[i] for i in sorted(found)]

    def index(self, name: str) -> dict[str, list[int]]:
        """Value of the attribute `name` ("lemma", "lower", "pos") -> the indexes of its tokens."""
        if name not in self.indexes:
            index = self.indexes[name] = defaultdict(list)
            for i, value in enumerate(getattr(self, name)):
                index[value].append(i)
        return self.indexes[name]

    def with_lemma(self, lemmas: Iterable[str]) -> list[Token]:
        return self.pick(lemmas=lemmas)

    def with_lower(self, forms: Iterable[str]) -> list[Token]:
        return self.pick(forms=forms)

    def with_pos(self, *tags: str) -> list[Token]:
        return self.pick(pos=tags)


def words(doc: Doc) -> Words:
    """The shared token table of `doc` (made on the first call for this Doc)."""
    table = getattr(_slot, "table", None)
    if table is None or _slot.doc is not doc:
        table = Words(doc)
        _slot.doc, _slot.table = doc, table
    return table


def memo(doc: Doc, name: str) -> dict:
    """A table (e.g. token index -> value) named `name`, kept with `doc`'s token table."""
    return words(doc).memo.setdefault(name, {})
