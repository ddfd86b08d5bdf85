"""`kg_attribute_ruler`: spaCy's AttributeRuler, compiled to lookup tables, with the same results.

The English models' attribute ruler turns the tagger's fine-grained tags into POS and
morphology (a tag map) and fixes a few closed-class words ("that" as a pronoun, "'d" as
"would", ...). The stock component runs all its ~180 patterns through a Matcher at every
token, and about thirty of them call a Python predicate (IN, NOT_IN, REGEX) at every
token: the ruler costs as much CPU as the parser. Here the rules are compiled once:

* each test of one token attribute in any pattern is an *atom*, numbered by a bit;
* a token's value of an attribute maps to the bits of the atoms it satisfies (memoised per
  value, so "the" or "NN" is looked at once per process, not once per token);
* the union of a token's bits maps to a *plan* (memoised per union): the one-token rules
  that fire there, merged into the attribute values they leave, and the multi-token
  patterns that may start there, checked against the following tokens' bits.

The semantics are those of spacy.pipeline.AttributeRuler: all patterns are matched
against the Doc as it was before the component ran; matches are applied in rule order, so
where two rules set one attribute of one token the later rule wins (its other attributes
stay from the earlier one); a rule's attributes go to the token at its `index` in the
matched span. `compile_rules` raises `Unsupported` for any pattern or attribute outside
what is reproduced here (operators, extension attributes, other predicates, attributes
stored on the shared lexeme); kg.nlp then keeps the stock component.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import reduce
from operator import or_

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, IDS, LEMMA, LOWER, MORPH, NORM, ORTH, POS, PREFIX, SHAPE, SUFFIX, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

# attributes a pattern may test: strings (compared by hash) and the lexeme's boolean flags (IS_*, LIKE_*)
STRING_ATTRS = frozenset({ORTH, LOWER, NORM, SHAPE, PREFIX, SUFFIX, LEMMA, POS, TAG, DEP, ENT_TYPE})
FLAG_ATTRS = frozenset(range(1, 64))
# attributes a rule may set: held by the token alone (setting them never touches the shared lexeme)
WRITABLE = frozenset({POS, TAG, MORPH, LEMMA, DEP})
MEMO_LIMIT = 200_000  # memoised values per attribute; the memo starts afresh past it


class Unsupported(ValueError):
    """A rule the compiled ruler would not reproduce exactly."""


@dataclass(frozen=True)
class Rules:
    """An attribute ruler's rules, compiled. Rule ids are the stock ruler's (its order)."""

    atoms: tuple[tuple[int, str, object], ...]  # bit -> (attribute, "eq"/"in"/"not_in"/"regex", operand)
    single: tuple[tuple[int, int], ...]  # one-token patterns: (rule id, mask of the atoms they need)
    multi: tuple[tuple[int, int, tuple[int, ...]], ...]  # longer ones: (rule id, target offset, masks)
    sets: tuple[dict[int, int], ...]  # rule id -> {attribute id: value}, as the stock ruler holds them


def compile_rules(ruler: AttributeRuler) -> Rules:
    """Compile a stock AttributeRuler; `Unsupported` if any of its rules is out of reach."""
    atoms: dict[tuple, int] = {}
    single, multi = [], []
    for rule, (sets, index) in enumerate(zip(ruler.attrs, ruler.indices)):
        if any(attr not in WRITABLE for attr in sets):
            raise Unsupported(f"rule {rule} sets {sorted(map(str, sets))}")
        for pattern in ruler.matcher.get(str(rule))[1]:
            if not pattern or not -len(pattern) <= index < len(pattern):
                raise Unsupported(f"rule {rule}: index {index} outside a pattern of {len(pattern)} tokens")
            masks = tuple(spec_mask(spec, ruler.vocab, atoms) for spec in pattern)
            if len(masks) == 1:
                single.append((rule, masks[0]))
            else:
                multi.append((rule, index % len(masks), masks))
    return Rules(tuple(atoms), tuple(single), tuple(multi), tuple(dict(s) for s in ruler.attrs))


def spec_mask(spec, vocab: Vocab, atoms: dict[tuple, int]) -> int:
    """The bits of the atoms one token spec needs, numbering new atoms as they come."""
    if not isinstance(spec, dict):
        raise Unsupported(f"token spec {spec!r}")
    mask = 0
    for key, value in spec.items():
        for atom in spec_atoms(key, value, vocab):
            mask |= 1 << atoms.setdefault(atom, len(atoms))
    return mask


def spec_atoms(key, value, vocab: Vocab) -> list[tuple[int, str, object]]:
    """The atoms of one `ATTR: value` entry, with values turned into ids as the Matcher does."""
    name = key.upper() if isinstance(key, str) else key
    attr = IDS.get("ORTH" if name == "TEXT" else name) if isinstance(name, str) else name
    if attr not in STRING_ATTRS and attr not in FLAG_ATTRS:
        raise Unsupported(f"pattern attribute {key!r}")
    if isinstance(value, bool):
        return [(attr, "eq", int(value))]
    if isinstance(value, int):
        return [(attr, "eq", value)]
    if isinstance(value, str):
        return [(attr, "eq", vocab.strings.add(value))]
    if not isinstance(value, dict):
        raise Unsupported(f"pattern value {value!r}")
    found = []
    for predicate, operand in value.items():
        predicate = predicate.upper() if isinstance(predicate, str) else predicate
        if predicate in ("IN", "NOT_IN") and isinstance(operand, (list, tuple)) \
                and all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in operand):
            found.append((attr, predicate.lower(), frozenset(get_string_id(v) for v in operand)))
        elif predicate == "REGEX" and isinstance(operand, str) and attr in STRING_ATTRS:
            found.append((attr, "regex", operand))
        else:
            raise Unsupported(f"pattern predicate {predicate}: {operand!r}")
    return found


class ValueBits(dict):
    """value of one attribute -> bits of the atoms on that attribute it satisfies (memoised)."""

    def __init__(self, vocab: Vocab, atoms: list[tuple[int, str, object]]):
        super().__init__()
        self.vocab = vocab
        self.positive: dict[int, int] = {}  # value -> its "eq"/"in" atoms
        self.excluded: dict[int, int] = {}  # value -> the "not_in" atoms it fails
        self.not_in = 0
        self.regexes = []
        for bit, kind, operand in atoms:
            flag = 1 << bit
            if kind == "regex":
                self.regexes.append((flag, re.compile(operand)))
                continue
            if kind == "not_in":
                self.not_in |= flag
            table = self.excluded if kind == "not_in" else self.positive
            for v in (operand,) if kind == "eq" else operand:
                table[v] = table.get(v, 0) | flag

    def __missing__(self, value: int) -> int:
        bits = self.positive.get(value, 0) | (self.not_in & ~self.excluded.get(value, 0))
        if self.regexes:
            text = self.vocab.strings[value]
            bits |= sum(flag for flag, regex in self.regexes if regex.search(text))
        if len(self) >= MEMO_LIMIT:
            self.clear()
        self[value] = bits
        return bits


class CompiledAttributeRuler:
    """Applies compiled attribute-ruler rules to a Doc; see the module docstring."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler"):
        self.vocab, self.name = vocab, name
        self.load(Rules((), (), (), ()))

    def load(self, rules: Rules) -> CompiledAttributeRuler:
        self.rules = rules
        self.reads = sorted({attr for attr, _, _ in rules.atoms})
        self.tables = [ValueBits(self.vocab, [(bit, kind, operand) for bit, (a, kind, operand)
                                              in enumerate(rules.atoms) if a == attr]) for attr in self.reads]
        self.writes = sorted({attr for sets in rules.sets for attr in sets})
        self.plans = Plans(self)  # a token's bits -> outcome row of the one-token rules that fire
        self.starts: dict[int, tuple[int, ...]] = {}  # a token's bits -> multi-token patterns that may start
        # a token can start a multi-token pattern only with some bit of a first spec (unless one is empty)
        firsts = [masks[0] for _, _, masks in rules.multi]
        self.first_bits = reduce(or_, firsts, 0) if all(firsts) else None
        self.outcomes: dict[tuple[int, ...], int] = {}  # rules that fire at a token -> outcome row
        self.outcome_sets: list[np.ndarray] = []  # row -> which of `writes` are set
        self.outcome_values: list[np.ndarray] = []  # row -> their values
        self.tables_stale = True
        return self

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or not self.writes:
            return doc
        bits = self.token_bits(doc)
        plans = self.plans
        rows = [plans[b] for b in bits]
        if self.rules.multi:
            for i, rules in self.multi_matches(bits).items():
                rows[i] = self.outcome(tuple(sorted(set(self.fired(bits[i])) | rules)))
        self.write(doc, rows)
        return doc

    def token_bits(self, doc: Doc) -> list[int]:
        if not self.reads:
            return [0] * len(doc)
        columns = doc.to_array(self.reads).reshape(len(doc), -1).T.tolist()  # 1-D for one attribute
        bits = [self.tables[0][v] for v in columns[0]]
        for table, column in zip(self.tables[1:], columns[1:]):
            bits = [b | table[v] for b, v in zip(bits, column)]
        return bits

    def fired(self, bits: int) -> tuple[int, ...]:
        """The one-token rules that fire at a token with these bits, in rule order."""
        return tuple(sorted({rule for rule, mask in self.rules.single if bits & mask == mask}))

    def plan(self, bits: int) -> int:
        """Plan a token with these bits: the multi-token patterns it may start, and its outcome row."""
        self.starts[bits] = tuple(k for k, (_, _, masks) in enumerate(self.rules.multi)
                                  if bits & masks[0] == masks[0])
        return self.outcome(self.fired(bits))

    def multi_matches(self, bits: list[int]) -> dict[int, set[int]]:
        """token -> the rules of the multi-token patterns that target it."""
        found: dict[int, set[int]] = {}
        first = self.first_bits
        for start, b in enumerate(bits):
            if first is not None and not b & first:
                continue
            for k in self.starts[b]:
                rule, offset, masks = self.rules.multi[k]
                end = start + len(masks)
                if end <= len(bits) and all(t & m == m for t, m in zip(bits[start + 1:end], masks[1:])):
                    found.setdefault(start + offset, set()).add(rule)
        return found

    def outcome(self, rules: tuple[int, ...]) -> int:
        """The row of the attribute values these rules leave, applied in order (later ones win)."""
        row = self.outcomes.get(rules)
        if row is None:
            merged: dict[int, int] = {}
            for rule in rules:
                merged.update(self.rules.sets[rule])
            row = self.outcomes[rules] = len(self.outcome_sets)
            self.outcome_sets.append(np.array([a in merged for a in self.writes], dtype=bool))
            self.outcome_values.append(np.array([merged.get(a, 0) for a in self.writes], dtype=np.uint64))
            self.tables_stale = True
        return row

    def write(self, doc: Doc, rows: list[int]) -> None:
        if self.tables_stale:
            self.set_table, self.value_table = np.stack(self.outcome_sets), np.stack(self.outcome_values)
            self.tables_stale = False
        rows = np.fromiter(rows, dtype=np.intp, count=len(rows))
        chosen = self.set_table[rows]
        if chosen.any():
            values = doc.to_array(self.writes).reshape(len(doc), -1)
            np.copyto(values, self.value_table[rows], where=chosen)
            doc.from_array(self.writes, values)


class Plans(dict):
    """A token's bits -> its outcome row, planned on first sight (`CompiledAttributeRuler.plan`)."""

    def __init__(self, ruler: CompiledAttributeRuler):
        super().__init__()
        self.ruler = ruler

    def __missing__(self, bits: int) -> int:
        row = self[bits] = self.ruler.plan(bits)
        return row


@Language.factory("kg_attribute_ruler")
def make_compiled_attribute_ruler(nlp: Language, name: str):
    """An empty compiled ruler; kg.nlp loads it with the rules of the model's own attribute ruler."""
    return CompiledAttributeRuler(nlp.vocab, name)
