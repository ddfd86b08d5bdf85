"""Lookups over one Doc that every rule shares, made once per Doc instead of once per rule.

Most rules start by walking every token of the article for a few words ("for verb in ctx.doc: if
verb.lemma_.lower() in WORDS ..."); each walk makes a Token object per word and reads its lemma
from the string store again. `words(doc)` keeps the tokens with their lower-cased lemma, lower
form and coarse tag, indexed by lemma and by form, so that a rule visits only the tokens it can
use, in text order. `memo(doc, name)` is a table for per-token results of functions that read
only the parse (`kg.arguments.asserted`, `kg.event_context.status_of`), which many rules ask of
the same verbs. `sentence_of(token)` is `token.sent` and `children(token)` is `token.children`,
both looked up instead of walked again; `heads_with(doc, dep, lemmas)` names the tokens that have
such a child, so that a rule can skip the others without walking their children.

The tables belong to the Doc in hand: one Doc per thread, replaced when another Doc is asked
about, so nothing outlives its article and no thread sees another's. (A Doc must not be
re-parsed between two calls about it: no kg rule changes the Doc it reads.)
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterable

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from kg.components.candidates import text_of

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
        self.doc = doc
        self.kids: dict[int, tuple[Token, ...]] = {}
        self.sents: dict[int, Span] = {}  # start -> sentence
        self.sentence_starts: list[int] | None = None  # token index -> start of its sentence (made when asked)

    def sentence(self, i: int) -> int:
        """The index of the first token of token i's sentence (what `doc[i].sent.start` is, without its walk)."""
        if self.sentence_starts is None:
            starts = self.sentence_starts = [0] * len(self.tokens)
            for sent in self.doc.sents:
                starts[sent.start:sent.end] = [sent.start] * (sent.end - sent.start)
                self.sents[sent.start] = sent
        return self.sentence_starts[i]

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
    held = getattr(_slot, "held", None)  # (Doc, its table): one read of the thread's slot per call
    if held is not None and held[0] is doc:
        return held[1]
    table = Words(doc)
    _slot.held = (doc, table)
    return table


def sentence_of(token: Token) -> Span:
    """`token.sent` (the same span), found in a table made once per Doc rather than by walking the Doc."""
    return sentence_at(token.doc, token.i)


def sentence_at(doc: Doc, i: int) -> Span:
    """`doc[i].sent` (the same span), without making the token or walking the Doc (`token.sent` walks the
    sentence each time: several microseconds, asked ~20k times per 300 articles by coreference alone)."""
    table = words(doc)
    return table.sents[table.sentence(i)]


def children(token: Token) -> tuple[Token, ...]:
    """`token.children` as a tuple, made once per token of the Doc in hand (rules that test a verb's
    children for several things walk the tree once)."""
    kids = words(token.doc).kids
    found = kids.get(token.i)
    if found is None:
        found = kids[token.i] = tuple(token.children)
    return found


def heads_with(doc: Doc, dep: str, lemmas: frozenset[str]) -> set[int]:
    """The indexes of the tokens that have a child with the dependency `dep` whose lower-cased lemma is one of
    `lemmas` (made once per Doc and question: a rule can skip the other tokens without walking their children)."""
    table = words(doc)
    key = ("heads_with", dep, lemmas if isinstance(lemmas, frozenset) else frozenset(lemmas))
    found = table.memo.get(key)
    if found is None:
        index = table.index("lemma")
        found = table.memo[key] = {table.tokens[i].head.i for lemma in index.keys() & key[2] for i in index[lemma]
                                   if table.tokens[i].dep_ == dep and table.tokens[i].head.i != i}
    return found


def offsets(doc: Doc) -> list[int]:
    """Each token's character offset (`token.idx`), in order, read once per Doc from its array."""
    table = words(doc)
    found = table.memo.get("offsets")
    if found is None:
        found = table.memo["offsets"] = doc.to_array(IDX).tolist() if len(doc) else []
    return found


def char_span(doc: Doc, start: int, end: int) -> Span | None:
    """`doc.char_span(start, end, alignment_mode="expand")` (the same span), made once per Doc and range: the argument
    tables, coreference and the role rules each ask it of every mention of the article."""
    spans = memo(doc, "char spans")
    key = (start, end)
    if key not in spans:
        spans[key] = doc.char_span(start, end, alignment_mode="expand")
    return spans[key]


def span_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text` for 0 <= start <= end <= len(doc), cut from the Doc's text at its tokens' offsets
    (a Doc slice makes a Span through a Python-level index check: ~1.5 us, and rules ask for many)."""
    if start >= end:
        return ""
    last = words(doc).tokens[end - 1]
    return text_of(doc)[offsets(doc)[start]:last.idx + len(last)]


def memo(doc: Doc, name: str) -> dict:
    """A table (e.g. token index -> value) named `name`, kept with `doc`'s token table."""
    tables = words(doc).memo
    found = tables.get(name)
    if found is None:
        found = tables[name] = {}
    return found
