"""Resolve: article-local entities -> global entities with stable IRIs.

Entities with the same identity key (`LocalEntity.ref`) are one entity.
Keys come from the lexicon id ("lex:ru-supreme-court"), the provision's
canonical path ("prov:ru-cc/282"), a transliteration-folded full name for
persons, or the folded name for other entities. Names that are ambiguous
on their own (a surname alone, a district court with no city, a ruling with
no issuer and date) are scoped to their article and never merged blindly.
Resolution is one pass with a dictionary: linear in the number of mentions.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from kg.iri import entity_iri, slug
from kg.lexicon import Lexicon
from kg.model import ArticleExtraction, Entity, LocalEntity, Resolution


def resolve(extractions: Iterable[ArticleExtraction], lexicon: Lexicon) -> Resolution:
    groups: dict[str, list[tuple[str, LocalEntity]]] = defaultdict(list)
    mention_counts: Counter = Counter()
    for ex in extractions:
        for entity in ex.entities:
            groups[entity.ref].append((ex.article.id, entity))
        for mention in ex.mentions:
            mention_counts[(ex.article.id, mention.entity)] += 1
    resolution = Resolution()
    for ref in sorted(groups):
        members = groups[ref]
        iri = iri_for(ref, members[0][1])
        entity = merge(iri, members, lexicon, mention_counts)
        resolution.entities[iri] = entity
        for article_id, local in members:
            resolution.links.setdefault(article_id, {})[local.key] = iri
    return resolution


def iri_for(ref: str, entity: LocalEntity) -> str:
    """lex:ID -> type/ID; prov:PATH -> provision/PATH; Type@article:name -> type/article/name; Type:name -> type/name."""
    if ref.startswith("lex:"):
        return entity_iri(entity.type, ref[4:])
    if ref.startswith("prov:"):
        return entity_iri("LegalProvision", *ref[5:].split("/"))
    if ref.startswith("law:"):
        return entity_iri("Law", "ru-fz-" + slug(ref[4:]))
    kind, _, name = ref.partition(":")
    if "@" in kind:
        kind, article_id = kind.split("@", 1)
        return entity_iri(kind, slug(article_id), slug(name))
    return entity_iri(kind, slug(name))


def merge(iri: str, members: list[tuple[str, LocalEntity]], lexicon: Lexicon, counts: Counter) -> Entity:
    first = members[0][1]
    lex_id = first.attr("lexiconId")
    if lex_id and lex_id in lexicon.entries:
        label = lexicon.entries[lex_id].label
    else:
        votes = Counter(local.label for _, local in members)
        label = max(votes, key=lambda name: (votes[name], len(name), name))
    forms = sorted({form for _, local in members for form in local.forms} - {label})
    attrs = dict(first.attrs)
    for _, local in members[1:]:
        for key, value in local.attrs:
            attrs.setdefault(key, value)
    articles = tuple(sorted({article_id for article_id, _ in members}))
    mentions = sum(counts[(article_id, local.key)] for article_id, local in members)
    return Entity(iri, first.type, label, tuple(forms), tuple(sorted(attrs.items())), articles, mentions)
