"""spaCy's Matcher, the same matches for less CPU (the entity patterns are kg_entities' costliest step).

Four shortcuts, none of which changes what is found or its order:

* a word list on ORTH or LOWER (``{"LOWER": {"IN": [...]}}``) becomes a lexeme flag
  (`WordSet`): the Matcher would call a Python predicate for it on every token, while a flag
  is computed once per word form and checked in compiled code;
* the remaining set tests on POS, TAG and ENT_TYPE get a plain callable (`TokenSetTest`) in
  place of spaCy's general predicate;
* a rule is run only on a Doc that has, for each of its obligatory tokens, a word that token
  asks for (`required_words`): a rule that cannot match adds no match, and the matcher of the
  rules that can (one per set of rules, kept) finds the others' matches in the same order;
* that matcher runs only over the windows of the Doc where a match can be
  (kg.components.match_windows): a few per cent of its tokens.

tests/test_fast_matching.py checks the matches against spaCy's own Matcher.
"""

from __future__ import annotations

from operator import attrgetter

from spacy.attrs import DEP, ENT_TYPE, FLAG19, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import MatchPatternError
from spacy.matcher import Matcher
from spacy.schemas import validate_token_pattern
from spacy.strings import get_string_id
from spacy.tokens import Doc

from kg.components.match_windows import Columns, Rule, Words, attributes, in_spacy_order, windows

MAX_MATCHERS = 256  # matchers kept, one per set of rules that can match a Doc
ANNOTATIONS = (TAG, POS, MORPH, LEMMA, DEP)  # what spaCy's Matcher checks a Doc has before matching


class FastMatcher:
    """Rules (key, token pattern), each filtered greedy="LONGEST"; called on a Doc, the
    (key id, start, end) matches spaCy's Matcher with the same rules gives."""

    def __init__(self, vocab, rules: list[tuple[str, list[dict]]]):
        for key, pattern in rules:
            errors = validate_token_pattern(pattern)  # as written, before the flags
            if errors:
                raise MatchPatternError(key, {0: errors})
        self.vocab = vocab
        self.rules = [(key, [with_flags(vocab, spec) for spec in pattern]) for key, pattern in rules]
        self.required = [required_words(pattern) for _, pattern in rules]
        self.windowed = [Rule(pattern) for _, pattern in rules]
        self.attrs, self.words = attributes(self.windowed), Words(self.windowed)
        self.matchers: dict[tuple[int, ...], Matcher] = {}
        self.everything = tuple(range(len(rules)))
        self.annotations = [a for a in ANNOTATIONS if a in self.matcher(self.everything)._seen_attrs]

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        if not all(doc.has_annotation(a) for a in self.annotations):
            return self.matcher(self.everything)(doc)  # spaCy's error message
        columns = Columns(doc, self.attrs, self.words)
        rules = self.possible(doc, columns)
        if not rules:
            return []
        matcher, found = self.matcher(rules), []
        for start, end in windows(columns, [self.windowed[i] for i in rules]):
            # with the token after the window, where the states of its matches end as in the whole Doc
            found += ((key, start + s, start + e) for key, s, e in
                      matcher(doc[start:min(end + 1, len(doc))], allow_missing=True))
        return in_spacy_order(found)

    def possible(self, doc: Doc, columns: Columns | None = None) -> tuple[int, ...]:
        """The rules whose every obligatory word is in the Doc."""
        columns = columns or Columns(doc, self.attrs, self.words)
        return tuple(i for i, needs in enumerate(self.required) if all(columns.holds(a, ids) for a, ids in needs))

    def matcher(self, rules: tuple[int, ...]) -> Matcher:
        found = self.matchers.get(rules)
        if found is None:
            if len(self.matchers) >= MAX_MATCHERS:
                self.matchers.clear()
            found = self.matchers[rules] = Matcher(self.vocab, validate=False)
            for i in rules:
                found.add(self.rules[i][0], [self.rules[i][1]], greedy="LONGEST")
            fast_set_tests(found)
        return found


def required_words(pattern: list[dict]) -> list[tuple[int, frozenset[int]]]:
    """For each token of `pattern` that must occur (no OP, or "+"), the ORTH or LOWER values
    one of which it must have, as string ids."""
    needs = []
    for spec in pattern:
        if spec.get("OP") not in (None, "+"):
            continue
        for name, attr in (("ORTH", ORTH), ("LOWER", LOWER)):
            value = spec.get(name)
            if isinstance(value, dict) and list(value) == ["IN"] and isinstance(value["IN"], list):
                value = value["IN"]
            if isinstance(value, str):
                value = [value]
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                needs.append((attr, frozenset(map(get_string_id, value))))
    return needs


class WordSet:
    """A lexeme flag: the word form (ORTH) or its lower case (LOWER) is one of `words`."""

    def __init__(self, attr: str, words, lower=None):
        self.key = (attr, frozenset(words))
        self.words, self.lower = self.key[1], lower

    def __call__(self, text: str) -> bool:
        return (self.lower(text) if self.lower else text) in self.words


def with_flags(vocab, spec: dict) -> dict:
    """The token spec with its ORTH/LOWER word lists as lexeme flags (same matches)."""
    out = {}
    for attr, value in spec.items():
        if attr in ("ORTH", "LOWER") and isinstance(value, dict) and list(value) == ["IN"]:
            flag = word_flag(vocab, attr, value["IN"])
            if flag is not None:
                out[flag] = True
                continue
        out[attr] = value
    return out


def word_flag(vocab, attr: str, words) -> int | None:
    """The id of the vocab's flag for this word list (added once per vocab); None when the vocab
    has no free user flag left (the list then stays a predicate)."""
    lower = vocab.lex_attr_getters.get(LOWER) if attr == "LOWER" else None
    if attr == "LOWER" and lower is None:
        return None
    wanted = WordSet(attr, words, lower)
    for flag, getter in vocab.lex_attr_getters.items():
        if isinstance(getter, WordSet) and getter.key == wanted.key and getter.lower is lower:
            return flag
    free = [bit for bit in range(FLAG19, 64) if bit not in vocab.lex_attr_getters]  # spaCy's user flags
    return vocab.add_flag(wanted, free[0]) if free else None


class TokenSetTest:
    """`token.<attr> in values` (or not in): what spaCy's set predicate tests, without its generality."""

    def __init__(self, attr: str, values, negate: bool):
        self.get, self.values, self.negate = attrgetter(attr), frozenset(values), negate

    def __call__(self, token) -> bool:
        return (self.get(token) in self.values) is not self.negate


FAST_ATTRS = {POS: "pos", TAG: "tag", ENT_TYPE: "ent_type"}


def fast_set_tests(matcher: Matcher) -> None:
    """Swap the matcher's IN/NOT_IN predicates on POS, TAG and ENT_TYPE for TokenSetTest; any
    other predicate (or a spaCy whose predicates look different) is left as it is."""
    tests = getattr(matcher, "_extra_predicates", None)
    for i, pred in enumerate(tests or ()):
        attr, op = getattr(pred, "attr", None), getattr(pred, "predicate", None)
        plain = not getattr(pred, "is_extension", True) and not getattr(pred, "regex", True) \
            and getattr(pred, "fuzzy", 0) is None and isinstance(getattr(pred, "value", None), set)
        if plain and attr in FAST_ATTRS and op in ("IN", "NOT_IN"):
            tests[i] = TokenSetTest(FAST_ATTRS[attr], pred.value, op == "NOT_IN")
