"""Direct relations between the entities of one article (filled in by the facts work)."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.model import Article, LocalEntity, Mention, Relation


def extract_relations(doc: Doc, article: Article, mentions, entities, sentences) -> list[Relation]:
    return []
