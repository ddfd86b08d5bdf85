"""Rule tests read short texts of our own through the real model: these give what kg extracts from them."""

from __future__ import annotations

import kg.extract
from kg.model import Article, ArticleExtraction


def extraction(nlp, lexicon, text: str, published: str = "2024-05-20") -> ArticleExtraction:
    return kg.extract.extract(nlp(text), Article(id="sentences", text=text, published=published), lexicon)


def facts(nlp, lexicon, text: str, published: str = "2024-05-20") -> set[tuple[str, str, str]]:
    """(subject label, property, object label) of every relation extracted from the text."""
    ex = extraction(nlp, lexicon, text, published)
    label = {e.key: e.label for e in ex.entities}
    return {(label[r.subject], r.predicate, label[r.object]) for r in ex.relations}


def entities(nlp, lexicon, text: str) -> set[tuple[str, str]]:
    """(label, type) of every entity extracted from the text."""
    return {(e.label, e.type) for e in extraction(nlp, lexicon, text).entities}


def has(found: set, subject: str, prop: str, obj: str) -> bool:
    """Whether a fact links labels containing `subject` and `obj` by `prop`."""
    return any(subject in s and p == prop and obj in o for s, p, o in found)
