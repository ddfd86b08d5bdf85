"""Rule tests read short texts of our own through the real model: these give what kg extracts from them."""

from __future__ import annotations

import kg.extract
from kg.vocab import base_of
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


def kinds(nlp, lexicon, text: str) -> set[tuple[str, str, str]]:
    """(subject label, base property, object label) of every relation extracted from the text."""
    return {(s, base_of(p), o) for s, p, o in facts(nlp, lexicon, text)}


def holds(found: set, subject: str, kind: str, obj: str) -> bool:
    """Whether a fact of base kind `kind` (from kinds()) links labels containing `subject` and `obj`."""
    return any(subject in s and k == kind and obj in o for s, k, o in found)


def rulings(nlp, lexicon, text: str) -> set[str]:
    """The labels of the Ruling entities extracted from the text."""
    return {label for label, kind in entities(nlp, lexicon, text) if kind == "Ruling"}


# the finer properties of kg:concerns the rule tests look for
CONCERNS = ("concerns", "targets", "applies", "amends", "interprets")


def concerns(found: set, subject: str, obj: str) -> bool:
    """A concerns fact (any of its finer properties) from a label containing `subject` to one containing `obj`."""
    return any(has(found, subject, p, obj) for p in CONCERNS)


def event_roles(nlp, lexicon, text: str, kind: str) -> list[dict[str, set[str]]]:
    """For each event of `kind` extracted from the text: its roles, as role -> the labels of the entities filling it."""
    ex = extraction(nlp, lexicon, text)
    label = {e.key: e.label for e in ex.entities}
    found = []
    for event in (e for e in ex.events if e.kind == kind):
        roles: dict[str, set[str]] = {}
        for role, key in event.roles:
            roles.setdefault(role, set()).add(label[key])
        found.append(roles)
    return found
