"""`kg_lemmatizer`: spaCy's rule (or lookup) lemmatizer, memoised per word form, with the same lemmas.

spaCy's Lemmatizer computes a lemma from the token's text, POS and morphology and the
model's fixed lookup tables, and memoises only the forms that reach its suffix rules:
most tokens (singular nouns, base verbs, positive adjectives, ...) go through its checks
again at every occurrence, a Python method call and a morphology dict per token. This
wrapper keeps the stock component for the computation and memoises its answer per
(ORTH, POS, MORPH) — the whole of its input — so each form is lemmatized once; lemmas are
read and written as arrays. Tokens that already have a lemma (from the attribute ruler)
are left alone unless the stock component overwrites. Tokens without a POS go to the stock
component each time (it warns about them). The stock rule lemmatizer looks forms up in its
"lemma_index" lists (a scan of up to 57,000 nouns per new form); they are turned into sets
once, which changes no answer.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

# stock classes whose lemma is a function of (ORTH, POS, MORPH) and the lookup tables alone
KNOWN = (Lemmatizer, EnglishLemmatizer)
MODES = ("rule", "lookup")
MEMO_LIMIT = 100_000  # memoised forms (about 20 MB); the memo starts afresh past it


def supports(component) -> bool:
    """Whether `component` is a stock lemmatizer this wrapper reproduces."""
    return type(component) in KNOWN and component.mode in MODES


class CachedLemmatizer:
    """The stock lemmatizer behind a memo; see the module docstring."""

    def __init__(self, vocab: Vocab, name: str = "lemmatizer"):
        self.vocab, self.name = vocab, name
        self.stock = None
        self.memo: dict[tuple[int, int, int], int] = {}

    def wrap(self, stock) -> CachedLemmatizer:
        if not supports(stock):
            raise ValueError(f"not a stock rule or lookup lemmatizer: {type(stock).__name__}")
        if not stock._validated:
            stock._validate_tables()
        index = stock.lookups.get_table("lemma_index", None) if stock.mode == "rule" else None
        for pos, forms in list((index or {}).items()):
            if isinstance(forms, list):  # rule_lemmatize only asks `form in index`: a set answers that alike
                index[pos] = frozenset(forms)
        self.stock, self.memo = stock, {}
        return self

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or self.stock is None:
            return doc
        values = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = values[:, 3].copy()
        todo = range(len(doc)) if self.stock.overwrite else np.flatnonzero(lemmas == 0).tolist()
        if not len(todo):
            return doc
        orths, poses, morphs = (values[:, j].tolist() for j in range(3))
        memo = self.memo
        for i in todo:
            key = (orths[i], poses[i], morphs[i])
            lemma = memo.get(key)
            if lemma is None:
                lemma = self.vocab.strings.add(self.stock.lemmatize(doc[i])[0])
                self.stock.cache.pop(key, None)  # the same key: the memo keeps it, more compactly
                if poses[i]:
                    if len(memo) >= MEMO_LIMIT:
                        memo.clear()
                    memo[key] = lemma
            lemmas[i] = lemma
        doc.from_array([LEMMA], lemmas)
        return doc


@Language.factory("kg_lemmatizer")
def make_cached_lemmatizer(nlp: Language, name: str):
    """An empty wrapper; kg.nlp hands it the model's own lemmatizer."""
    return CachedLemmatizer(nlp.vocab, name)
