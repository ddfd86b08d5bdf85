"""Resolve: article-local entities -> global entities with stable IRIs.

Entities with the same identity key (`LocalEntity.ref`) are one entity.
Keys come from the lexicon id ("lex:ru-supreme-court"), the provision's
canonical path ("prov:ru-cc/282"), a transliteration-folded full name for
persons, or the folded name for other entities. Names that are ambiguous
on their own (a surname alone, a district court with no city, a ruling with
no issuer and date, or dated only to a month its issuer ruled twice in: see
kg/ruling_identity.py) are scoped to their article and never merged blindly.
Two entities of one article with one key are one entity too (a ruling reported
twice in one article).
Resolution is one streaming pass with a dictionary: linear in the number of mentions, and
its memory grows with the number of distinct entities (see Resolver).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.iri import entity_iri, slug
from kg.lexicon import Lexicon
from kg.model import ArticleExtraction, Entity, LocalEntity, Resolution


def resolve(extractions: Iterable[ArticleExtraction], lexicon: Lexicon) -> Resolution:
    resolver = Resolver(lexicon)
    links: dict[str, dict[str, str]] = {}
    kept = []
    for ex in extractions:
        resolver.add(ex)
        kept.append((ex.article.id, [(e.key, e.ref) for e in ex.entities]))
    resolution = resolver.finish()
    for article_id, pairs in kept:
        for key, ref in pairs:
            links.setdefault(article_id, {})[key] = resolver.iris[ref]
    return Resolution(resolution.entities, links)


@dataclass(slots=True)
class Group:
    """What resolution keeps of all the local entities sharing one identity key, merged as they come."""

    rank: tuple[str, int]  # (article id, position) of the first member: members are ordered by it
    first: LocalEntity
    votes: Counter = field(default_factory=Counter)
    forms: set = field(default_factory=set)
    attrs: dict = field(default_factory=dict)  # key -> (rank, value as the first member sees it, as others do)
    articles: set = field(default_factory=set)
    mentions: int = 0


class Resolver:
    """Streaming resolution: `add` each article's extraction (in any order), then `finish`.

    Memory grows with the number of distinct entities, not with the articles: per identity key it
    keeps label votes, surface forms, structure and counts. The result does not depend on the
    order articles are added in: members of a group are ranked by (article id, position).
    """

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.groups: dict[str, Group] = {}
        self.iris: dict[str, str] = {}  # identity key -> IRI, after finish()

    def add(self, ex: ArticleExtraction) -> None:
        article_id = ex.article.id
        counts = Counter(m.entity for m in ex.mentions)
        for position, local in enumerate(ex.entities):
            rank = (article_id, position)
            group = self.groups.get(local.ref)
            if group is None:
                group = self.groups[local.ref] = Group(rank, local)
            elif rank < group.rank:
                group.rank, group.first = rank, local
            group.votes[local.label] += 1
            group.forms.update(local.forms)
            group.articles.add(article_id)
            group.mentions += counts[local.key]
            as_first, as_other = dict(local.attrs), {}
            for key, value in local.attrs:
                as_other.setdefault(key, value)
            for key in as_first:
                seen = group.attrs.get(key)
                if seen is None or rank < seen[0]:
                    group.attrs[key] = (rank, as_first[key], as_other[key])

    def finish(self) -> Resolution:
        """Global entities (IRI -> Entity); `self.iris` maps each identity key to its IRI."""
        resolution = Resolution()
        for ref in sorted(self.groups):
            group = self.groups[ref]
            iri = self.iris[ref] = iri_for(ref, group.first)
            resolution.entities[iri] = self.merge(iri, group)
        return resolution

    def links(self, ex: ArticleExtraction) -> dict[str, str]:
        """One article's local key -> IRI (after finish)."""
        return {local.key: self.iris[local.ref] for local in ex.entities}

    def linker(self) -> Linker:
        """What `links` needs, alone (after finish): small, to send to another process."""
        return Linker(self.iris)

    def merge(self, iri: str, group: Group) -> Entity:
        first = group.first
        lex_id = first.attr("lexiconId")
        if lex_id and lex_id in self.lexicon.entries:
            label = self.lexicon.entries[lex_id].label
        else:
            votes = group.votes
            label = max(votes, key=lambda name: (votes[name], len(name), name))
        forms = sorted(group.forms - {label})
        attrs = {key: (mine if rank == group.rank else theirs) for key, (rank, mine, theirs) in group.attrs.items()}
        return Entity(iri, first.type, label, tuple(forms), tuple(sorted(attrs.items())),
                      tuple(sorted(group.articles)), group.mentions)


@dataclass(frozen=True)
class Linker:
    """Each identity key's IRI after resolution (Resolver.iris): links articles' entities like the Resolver."""

    iris: dict[str, str]

    def links(self, ex: ArticleExtraction) -> dict[str, str]:
        return {local.key: self.iris[local.ref] for local in ex.entities}

    def linker(self) -> Linker:
        return self


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
