"""Where in a Doc a rule of kg.components.fast_matcher can match: the windows the matcher need look at.

Every token of a match satisfies one of its rule's token specs, so a match lies inside a run of tokens
each of which satisfies one of them (the rule's "run"), and holds a token for each obligatory spec (no
OP, or "+"). The windows of a Doc are the runs of its rules that hold such tokens, joined where they
touch; they are a few per cent of an article's tokens. Each spec is tested here on the Doc's columns
(numpy, one `to_array` per Doc) by the conditions it states on ORTH, LOWER, POS, TAG, ENT_TYPE, IS_TITLE,
IS_UPPER, IS_ALPHA and IS_PUNCT; any other condition (LENGTH, LEMMA, REGEX, extensions, ...) is taken to hold, so a test
holds wherever the Matcher's does (and maybe elsewhere), and the windows hold every match.

spaCy's Matcher runs each token through the rules' states independently of the others: matched over a
window and the token after it (which no rule's run holds, so every state that reached it ends there, as in
the whole Doc), it gives the window's matches in the order the whole Doc gives them. With "LONGEST"
filtering the matches of one rule in two windows never overlap, so each window is filtered alone;
`in_spacy_order` then lists them as the Matcher does: rule by rule in the order of each rule's first match,
longest first.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import ENT_TYPE, IS_ALPHA, IS_PUNCT, IS_TITLE, IS_UPPER, LOWER, ORTH, POS, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc

VALUES = {"ORTH": ORTH, "LOWER": LOWER, "POS": POS, "TAG": TAG, "ENT_TYPE": ENT_TYPE}  # string-valued
FLAGS = {"IS_TITLE": IS_TITLE, "IS_UPPER": IS_UPPER, "IS_ALPHA": IS_ALPHA, "IS_PUNCT": IS_PUNCT}
WORDS = (ORTH, LOWER)  # word attributes: their lists are tested at once (`Words`)
OBLIGATORY = (None, "+")

# A condition: (attribute id, values, wanted): the token's attribute is one of `values` (wanted) or none.
Condition = tuple[int, frozenset[int], bool]


def conditions(spec: dict) -> tuple[Condition, ...]:
    """The conditions of a token spec that this module tests."""
    found = []
    for name, value in spec.items():
        if name in FLAGS and isinstance(value, bool):
            found.append((FLAGS[name], frozenset({int(value)}), True))
        elif name in VALUES and isinstance(value, str):
            found.append((VALUES[name], frozenset({get_string_id(value)}), True))
        elif name in VALUES and isinstance(value, dict):
            for op, words in value.items():
                if op in ("IN", "NOT_IN") and isinstance(words, list) and all(isinstance(w, str) for w in words):
                    found.append((VALUES[name], frozenset(map(get_string_id, words)), op == "IN"))
    return tuple(sorted(found, key=repr))


class Rule:
    """A rule's specs as conditions: all of them (its run) and the obligatory ones (what its run must hold)."""

    def __init__(self, pattern: list[dict]):
        self.specs = tuple(dict.fromkeys(conditions(spec) for spec in pattern))
        self.obligatory = tuple(dict.fromkeys(conditions(spec) for spec in pattern if spec.get("OP") in OBLIGATORY))


class Words:
    """The word lists of a set of rules' conditions, each a bit: one sorted lookup per Doc tells, for every
    token, which lists hold its ORTH and which its LOWER (up to 64 lists per attribute; others use np.isin)."""

    def __init__(self, rules: list[Rule]):
        lists = {attr: list(dict.fromkeys(values for rule in rules for spec in rule.specs
                                          for a, values, _ in spec if a == attr))[:64] for attr in WORDS}
        self.bit = {(attr, values): np.uint64(1 << k) for attr in WORDS for k, values in enumerate(lists[attr])}
        self.sorted, self.bits = {}, {}
        for attr in WORDS:
            held: dict[int, int] = {}
            for k, values in enumerate(lists[attr]):
                for word in values:
                    held[word] = held.get(word, 0) | 1 << k
            self.sorted[attr] = np.array(sorted(held), dtype=np.uint64)
            self.bits[attr] = np.array([held[w] for w in sorted(held)], dtype=np.uint64)

    def of(self, attr: int, column: np.ndarray) -> np.ndarray:
        """Each token's bits: the lists that hold its value of `attr` (ORTH or LOWER)."""
        words = self.sorted[attr]
        if not len(words):
            return np.zeros(len(column), dtype=np.uint64)
        at = np.minimum(np.searchsorted(words, column), len(words) - 1)
        return np.where(words[at] == column, self.bits[attr][at], np.uint64(0))


class Columns:
    """One Doc's attributes as columns, with the token masks of specs (kept per spec: rules share them)."""

    def __init__(self, doc: Doc, attrs: list[int], words: Words):
        self.table = doc.to_array(attrs).reshape(len(doc), len(attrs))
        self.column = {attr: j for j, attr in enumerate(attrs)}
        self.words, self.bits, self.present = words, {}, {}
        self.masks: dict[tuple[Condition, ...], np.ndarray] = {}

    def word_bits(self, attr: int) -> np.ndarray:
        if attr not in self.bits:
            self.bits[attr] = self.words.of(attr, self.table[:, self.column[attr]])
        return self.bits[attr]

    def holds(self, attr: int, values: frozenset[int]) -> bool:
        """Some token's `attr` is one of `values`."""
        bit = self.words.bit.get((attr, values))
        if bit is None:
            return bool(self.test(attr, values).any())
        if attr not in self.present:
            self.present[attr] = np.bitwise_or.reduce(self.word_bits(attr))
        return bool(self.present[attr] & bit)

    def test(self, attr: int, values: frozenset[int]) -> np.ndarray:
        """Whether each token's `attr` is one of `values`."""
        bit = self.words.bit.get((attr, values))
        if bit is not None:
            return (self.word_bits(attr) & bit) != 0
        col, values = self.table[:, self.column[attr]], iter(values)
        found = col == next(values)
        for value in values:  # a few parts of speech or entity types: cheaper than np.isin
            found |= col == value
        return found

    def mask(self, spec: tuple[Condition, ...]) -> np.ndarray:
        found = self.masks.get(spec)
        if found is None:
            found = np.ones(len(self.table), dtype=bool)
            for attr, values, wanted in spec:
                if wanted:
                    found &= self.test(attr, values)
                else:
                    found &= ~self.test(attr, values)
            self.masks[spec] = found
        return found


def attributes(rules: list[Rule]) -> list[int]:
    """The attributes the rules' conditions read, in a fixed order."""
    return sorted({attr for rule in rules for spec in rule.specs for attr, _, _ in spec})


def windows(columns: Columns, rules: list[Rule]) -> list[tuple[int, int]]:
    """The (start, end) token windows that hold every match of `rules` in the Doc, in order, apart."""
    spans = []
    for rule in rules:
        spans += rule_runs(columns, rule)
    joined: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if joined and start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


def rule_runs(columns: Columns, rule: Rule) -> list[tuple[int, int]]:
    """The runs of `rule` that hold a token for each of its obligatory specs."""
    n = len(columns.table)
    if not rule.obligatory:
        return [(0, n)]
    union = np.zeros(n, dtype=bool)
    for spec in rule.specs:
        union |= columns.mask(spec)
    inside = union.tobytes()  # b"\x01" where a token satisfies a spec: runs found with bytes.find
    needed = [columns.mask(spec) for spec in rule.obligatory]
    rarest = min(needed, key=np.count_nonzero)
    others = [m.tobytes() for m in needed if m is not rarest]
    runs, end = [], -1
    for i in np.flatnonzero(rarest).tolist():
        if i < end:
            continue  # in the run found last
        start = inside.rfind(b"\x00", 0, i) + 1
        end = inside.find(b"\x00", i)
        end = n if end < 0 else end
        if all(other.find(b"\x01", start, end) >= 0 for other in others):
            runs.append((start, end))
    return runs


def in_spacy_order(found: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Matches (key, start, end) filtered "LONGEST" window by window, in the order spaCy's Matcher gives
    them for the whole Doc: by key in the order of each key's first match, then longest (then first) first."""
    by_key: dict[int, list[tuple[int, int]]] = {}
    for key, start, end in found:
        by_key.setdefault(key, []).append((start, end))
    return [(key, start, end) for key, pairs in by_key.items()
            for start, end in sorted(pairs, key=lambda p: (p[1] - p[0], -p[0]), reverse=True)]
