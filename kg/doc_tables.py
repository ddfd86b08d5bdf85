"""Lookups over one Doc that every rule shares, made once per Doc instead of once per rule.

Most rules start by walking every token of the article for a few words ("for verb in ctx.doc: if
verb.lemma_.lower() in WORDS ..."); each walk makes a Token object per word and reads its lemma
from the string store again. `words(doc)` keeps the tokens with their lower-cased lemma, lower
form and coarse tag, indexed by lemma and by form, so that a rule visits only the tokens it can
use, in text order. `memo(doc, name)` is a table for per-token results of functions that read
only the parse (`kg.arguments.asserted`, `kg.event_context.status_of`), which many rules ask of
the same verbs. `sentence_of(token)` is `token.sent` (`sentence_at(doc, i)` is `doc[i].sent`,
`sentences(doc)` is `doc.sents`), looked up instead of walked again. `children(token)` and
`ancestors(token)` are `token.children` and `token.ancestors` as tuples of the table's own Token
objects, read from the Doc's head array: spaCy's walks make a new Token per token they yield, the
largest single cost of extraction. `char_span(doc, start, end)` is an expanded `doc.char_span`, made
once per range (rules ask it of the same mentions again and again); `span_text(doc, start, end)` is
`doc[start:end].text` cut from the text. `heads_with(doc, dep, lemmas)` names the tokens that have
such a child, so that a rule can skip the others without walking their children.

The tables belong to the Doc in hand: one Doc per thread, replaced when another Doc is asked
about, so nothing outlives its article and no thread sees another's. (A Doc must not be
re-parsed between two calls about it: no kg rule changes the Doc it reads.)
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterable

from spacy.attrs import HEAD, IDX, LEMMA, LOWER, POS
from spacy.tokens import Doc, Span, Token

from kg.components.candidates import text_of

_slot = threading.local()


class Words:
    """The tokens of a Doc with their lower-cased lemma, lower form and coarse part of speech."""

    def __init__(self, doc: Doc):
        self.tokens: tuple[Token, ...] = tuple(doc)
        lemma, lower, pos = doc.to_array([LEMMA, LOWER, POS]).T.tolist() if self.tokens else ([], [], [])
        self.lemma = named(doc, lemma, LOWERED)  # t.lemma_.lower()
        self.lower = named(doc, lower, NAMES)  # t.lower_
        self.pos = named(doc, pos, NAMES)  # t.pos_
        self.indexes: dict[str, dict[str, list[int]]] = {}
        self.memo: dict[str, dict] = {}
        self.doc = doc
        self.kids: list[tuple[Token, ...]] | None = None  # token index -> its children (made when first asked)
        self.heads: list[int] | None = None  # token index -> its head's index (made when first asked)
        self.sents: dict[int, Span] = {}  # start -> sentence
        self.sentence_starts: list[int] | None = None  # token index -> start of its sentence (made when asked)

    def sentence(self, i: int) -> int:
        """The index of the first token of token i's sentence (what `doc[i].sent.start` is, without its walk)."""
        if self.sentence_starts is None:
            self.read_sentences()
        return self.sentence_starts[i]

    def read_sentences(self) -> None:
        starts = self.sentence_starts = [0] * len(self.tokens)
        for sent in self.doc.sents:
            starts[sent.start:sent.end] = [sent.start] * (sent.end - sent.start)
            self.sents[sent.start] = sent

    def head_indexes(self) -> list[int]:
        """Each token's head index (`doc[i].head.i`), read from the Doc's array of head offsets."""
        if self.heads is None:
            offsets = self.doc.to_array(HEAD).astype("int64").tolist() if self.tokens else []
            self.heads = [i + offset for i, offset in enumerate(offsets)]
        return self.heads

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


# a string's hash (or a symbol's id) -> the string, and -> the string in lowercase: a hash names one string in every
# vocabulary, so the tables serve every Doc (cleared when they grow past MOST_NAMES)
NAMES: dict[int, str] = {}
LOWERED: dict[int, str] = {}
MOST_NAMES = 200_000


def named(doc: Doc, ids: list[int], names: dict[int, str]) -> list[str]:
    """The strings of `ids` (hashes from the Doc's arrays), from `names` (NAMES, or LOWERED for lowercase): looking a
    few hundred distinct words up in a dict costs less than reading each token's attribute from the string store."""
    if len(names) > MOST_NAMES:
        names.clear()
    strings = doc.vocab.strings
    for key in set(ids).difference(names):
        names[key] = strings[key].lower() if names is LOWERED else strings[key]
    return [names[key] for key in ids]


def words(doc: Doc) -> Words:
    """The shared token table of `doc` (made on the first call for this Doc)."""
    held = getattr(_slot, "held", None)  # (Doc, its table): one read of the thread's slot per call
    if held is not None and held[0] is doc:
        return held[1]
    table = Words(doc)
    _slot.held = (doc, table)
    return table


def sentences(doc: Doc) -> list[Span]:
    """`doc.sents` as a list (the same spans), read once per Doc for kg.extract's sentences and `sentence_of`."""
    table = words(doc)
    if table.sentence_starts is None:
        table.read_sentences()
    return list(table.sents.values())


def sentence_of(token: Token) -> Span:
    """`token.sent` (the same span), found in a table made once per Doc rather than by walking the Doc."""
    return sentence_at(token.doc, token.i)


def sentence_at(doc: Doc, i: int) -> Span:
    """`doc[i].sent` (the same span), without making the token or walking the Doc (`token.sent` walks the
    sentence each time: several microseconds, asked ~20k times per 300 articles by coreference alone)."""
    table = words(doc)
    return table.sents[table.sentence(i)]


def children(token: Token) -> tuple[Token, ...]:
    """`token.children` as a tuple of the table's own Token objects: every walk of `token.children` makes a new
    Token per child (~0.5 us each; rules walk children millions of times per 1,000 articles)."""
    held, doc = getattr(_slot, "held", None), token.doc  # (words(doc), inlined: rules ask ~2k times per article)
    table = held[1] if held is not None and held[0] is doc else words(doc)
    if table.kids is None:
        table.kids = children_table(table)
    return table.kids[token.i]


def children_table(table: Words) -> list[tuple[Token, ...]]:
    """Each token's children in text order (what `token.children` yields: its left children, then its right
    ones), read from the Doc's array of heads."""
    found: list[list[Token]] = [[] for _ in table.tokens]
    for i, head in enumerate(table.head_indexes()):
        if head != i:
            found[head].append(table.tokens[i])
    return [tuple(kids) for kids in found]


def ancestors(token: Token) -> tuple[Token, ...]:
    """`token.ancestors` as a tuple of the table's own Token objects: its head, its head's head, ... up to the root
    (as spaCy's walk, never more of them than the Doc has tokens)."""
    table = words(token.doc)
    heads, found, i = table.head_indexes(), [], token.i
    while heads[i] != i and len(found) < len(heads):
        i = heads[i]
        found.append(table.tokens[i])
    return tuple(found)


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
    held = getattr(_slot, "held", None)  # (words(doc), inlined: rules ask ~700 times per article)
    tables = (held[1] if held is not None and held[0] is doc else words(doc)).memo
    found = tables.get(name)
    if found is None:
        found = tables[name] = {}
    return found


def dateline(token: Token) -> bool:
    """An upper-case place word opening the text or a line ('MOSCOW', 'ABAKAN'), also after upper-case words of
    the same name ('ST PETERSBURG', 'NIZHNY NOVGOROD')."""
    if not (token.is_upper and len(token) > 2):
        return False
    start = token.i
    while start > 0 and token.doc[start - 1].is_upper and "\n" not in token.doc[start - 1].text_with_ws:
        start -= 1
    return start == 0 or "\n" in token.doc[start - 1].text_with_ws
