"""Plain data passed between the stages: ingest -> nlp -> extract -> resolve -> graph.

Everything here is a frozen dataclass so that stages cannot mutate each other's
results and so that per-article results can be cached, pickled and sent to
worker processes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ENTITY_TYPES = (
    "Person",
    "Organization",
    "GovernmentBody",
    "Court",
    "Law",
    "LegalProvision",
    "Ruling",
)
ACTOR_TYPES = ("Person", "Organization", "GovernmentBody", "Court")


@dataclass(frozen=True, slots=True)
class Article:
    """One news document and what is known about it."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date, "YYYY-MM" or "YYYY"; None when unknown
    published_from: str | None = None  # "metadata", "dateline" or "url"
    language: str = "en"
    source: str | None = None  # the outlet, e.g. "TASS"
    origin: str = ""  # the file (and line) it was read from
    content_hash: str = ""


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the article text that names an entity."""

    start: int
    end: int
    text: str
    type: str
    entity: str  # article-local entity key
    sentence: tuple[int, int]
    rule: str
    confidence: float


@dataclass(frozen=True, slots=True)
class LocalEntity:
    """All mentions of one real entity inside one article."""

    key: str  # article-local key, e.g. "lex:ru-supreme-court", "person:alexander kurennoi"
    type: str
    label: str  # the best name the article gives
    forms: tuple[str, ...]  # every surface form seen (for skos:altLabel)
    ref: str  # identity key for cross-article resolution (see resolve.py)
    attrs: tuple[tuple[str, str], ...] = ()  # structure: article/part/code, ruling kind/date ...

    def attr(self, name: str) -> str | None:
        return dict(self.attrs).get(name)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact comes from, down to the character."""

    article: str
    start: int
    end: int
    sentence: tuple[int, int]
    rule: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Relation:
    """A direct fact between two article-local entities."""

    subject: str
    predicate: str  # an ontology property local name, e.g. "spokespersonOf" or "partOf"
    object: str
    evidence: Evidence
    date: str | None = None
    event: str | None = None  # the id of the Event it was derived from, if any


@dataclass(frozen=True, slots=True)
class When:
    """A normalized time: TIMEX3-style value, typed bounds ("YYYY-MM-DD" | "YYYY-MM" | "YYYY"), granularity."""

    value: str | None
    begin: str | None = None
    end: str | None = None
    granularity: str = "unknown"
    text: str = ""  # the words of the article it was read from


@dataclass(frozen=True, slots=True)
class Penalty:
    """What a court or body imposed (or was asked to impose): "imprisonment", 2, "year"."""

    kind: str
    amount: float | None = None
    unit: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """An n-ary fact: something that happened (or was asked for, predicted, denied ...).

    `kind` is an Event class of the ontology ("Conviction"); `roles` pairs an event-role property
    ("agent", "defendant", "court", "legalBasis" ...) with an article-local entity key. `status` is
    an ontology Status ("Asserted", "Requested", "Predicted", "Alleged", "Denied", "Negated",
    "Planned"); `source` is the local key of the actor the article attributes it to.
    """

    kind: str
    roles: tuple[tuple[str, str], ...]
    trigger: tuple[int, int]
    evidence: Evidence
    status: str = "Asserted"
    when: When | None = None
    source: str | None = None
    place: str | None = None
    penalty: Penalty | None = None

    @property
    def id(self) -> str:
        """Unique within its article: the class and the trigger's offsets."""
        return f"{self.kind}@{self.trigger[0]}-{self.trigger[1]}"

    def role(self, name: str) -> list[str]:
        return [key for r, key in self.roles if r == name]


@dataclass(frozen=True, slots=True)
class Statistic:
    """A reported quantity about cases: `value` of what `counts` says, maybe out of `total`."""

    value: float
    counts: str
    evidence: Evidence
    total: float | None = None
    unit: str | None = None  # "case", "person", "percent", "RUB" ...
    when: When | None = None
    trend: str | None = None  # "increase" | "decrease" | "stable"
    about: tuple[str, ...] = ()  # article-local entity keys
    source: str | None = None
    status: str = "Asserted"


@dataclass(frozen=True, slots=True)
class ArticleExtraction:
    """Everything extracted from one article: the output of the extract stage."""

    article: Article
    sentences: tuple[tuple[int, int], ...]
    mentions: tuple[Mention, ...]
    entities: tuple[LocalEntity, ...]
    relations: tuple[Relation, ...] = ()
    events: tuple[Event, ...] = ()
    statistics: tuple[Statistic, ...] = ()


@dataclass(frozen=True, slots=True)
class Entity:
    """A resolved entity with its stable IRI, merged over all articles."""

    iri: str
    type: str
    label: str
    alt_labels: tuple[str, ...]
    attrs: tuple[tuple[str, str], ...] = ()
    articles: tuple[str, ...] = ()
    mention_count: int = 0

    def attr(self, name: str) -> str | None:
        return dict(self.attrs).get(name)


@dataclass(frozen=True, slots=True)
class Resolution:
    """The output of the resolve stage: global entities and each article's local->IRI map."""

    entities: dict[str, Entity] = field(default_factory=dict)  # iri -> Entity
    links: dict[str, dict[str, str]] = field(default_factory=dict)  # article id -> local key -> iri
