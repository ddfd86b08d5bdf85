"""The RDF-free half of `kg evaluate`: counts, averages, table and JSON out (gold files: kg.gold).

`kg.evaluate` reads the graph and fills the score dataclasses below; import from there.

Conventions (see also the `kg.evaluate` docstring):
- every score is computed from four counts (`Counts`): precision = correct / predicted,
  recall = found / gold. A ratio 0/0 is undefined and reported as None ("–" in the table).
- F1 is the harmonic mean of P and R; it is None when both sides are empty, and 0.0 when exactly
  one side is empty (gold items but no predictions, or predictions but no gold items).
- micro = scores of the counts summed over articles; macro = mean of the per-article scores,
  skipping articles where the score is None (None when no article defines it).
- per entity type and per relation kind only micro scores are reported.
- gold names and graph labels are compared after `normalize` (README: case, quotes, "the", 's).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from statistics import mean

METRICS = ("entities", "entities_typed", "relations_strict", "relations_linked")


# Scores


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True)
class Scores:
    precision: float | None
    recall: float | None
    f1: float | None


@dataclass(frozen=True)
class Counts:
    """gold items, gold items found, graph items predicted, graph items judged correct."""

    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    @property
    def scores(self) -> Scores:
        precision = _ratio(self.correct, self.predicted)
        recall = _ratio(self.found, self.gold)
        if precision is None and recall is None:
            return Scores(None, None, None)
        if precision is None or recall is None or precision + recall == 0:
            return Scores(precision, recall, 0.0)
        return Scores(precision, recall, 2 * precision * recall / (precision + recall))


# Issues listed per article (all frozen, all JSON-ready through dataclasses.asdict).


@dataclass(frozen=True)
class EntityIssue:
    """A gold entity that was missed, mistyped or split over several graph nodes."""

    id: str
    name: str
    type: str
    graph_types: tuple[str, ...] = ()   # types of the matching nodes (mistyped)
    nodes: tuple[str, ...] = ()         # IRIs of the matching nodes (split)


@dataclass(frozen=True)
class NodeIssue:
    """A graph entity node that matches no gold entity, or the aliases of several (merged)."""

    node: str
    label: str
    types: tuple[str, ...]
    gold: tuple[str, ...] = ()          # "e1 Name" of every gold entity it carries (merged)


@dataclass(frozen=True)
class RelationIssue:
    """A gold relation with no strict triple (`linked` tells whether it is at least linked)."""

    s: str
    rel: str
    o: str
    evidence: str
    linked: bool


@dataclass(frozen=True)
class TripleIssue:
    """A direct triple of one of the eight kinds that no gold relation supports."""

    s: str
    kind: str
    o: str
    s_label: str
    o_label: str


@dataclass(frozen=True)
class ArticleIssues:
    missed_entities: tuple[EntityIssue, ...] = ()
    mistyped_entities: tuple[EntityIssue, ...] = ()
    split_entities: tuple[EntityIssue, ...] = ()
    merged_nodes: tuple[NodeIssue, ...] = ()
    false_positive_nodes: tuple[NodeIssue, ...] = ()
    missed_relations: tuple[RelationIssue, ...] = ()
    false_positive_triples: tuple[TripleIssue, ...] = ()


@dataclass(frozen=True)
class ArticleScore:
    doc: str
    totals: dict[str, Counts]                    # keyed by METRICS
    by_type: dict[str, Counts]                   # typed entity counts per gold type
    by_kind_strict: dict[str, Counts]            # per relation kind (gold names: role_in, ...)
    by_kind_linked: dict[str, Counts]
    issues: ArticleIssues = field(default_factory=ArticleIssues)


@dataclass(frozen=True)
class Report:
    articles: tuple[ArticleScore, ...]
    micro: dict[str, Counts]
    macro: dict[str, Scores]
    by_type: dict[str, Counts]
    by_kind_strict: dict[str, Counts]
    by_kind_linked: dict[str, Counts]


def _sum(tables: list[dict[str, Counts]]) -> dict[str, Counts]:
    total: dict[str, Counts] = {}
    for table in tables:
        for key, counts in table.items():
            total[key] = total.get(key, Counts()) + counts
    return total


def _macro(scores: list[ArticleScore], metric: str) -> Scores:
    per_article = [article.totals[metric].scores for article in scores]

    def average(name: str) -> float | None:
        values = [getattr(s, name) for s in per_article if getattr(s, name) is not None]
        return mean(values) if values else None

    return Scores(average("precision"), average("recall"), average("f1"))


def aggregate(scores: list[ArticleScore]) -> Report:
    """Micro and macro averages over articles; micro scores per entity type and relation kind."""
    return Report(
        articles=tuple(scores),
        micro={m: _sum([s.totals for s in scores]).get(m, Counts()) for m in METRICS},
        macro={m: _macro(scores, m) for m in METRICS},
        by_type=_sum([s.by_type for s in scores]),
        by_kind_strict=_sum([s.by_kind_strict for s in scores]),
        by_kind_linked=_sum([s.by_kind_linked for s in scores]),
    )


# Views


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _row(name: str, scores: Scores, counts: Counts | None = None, width: int = 18) -> str:
    cells = [f"{_fmt(v):>6}" for v in (scores.precision, scores.recall, scores.f1)]
    line = f"{name:<{width}} " + " ".join(cells)
    if counts is not None:
        line += "".join(f"{getattr(counts, f.name):>10}" for f in fields(counts))
    return line


def _block(title: str, table: dict[str, Counts]) -> list[str]:
    header = f"{title:<18} {'P':>6} {'R':>6} {'F1':>6}" + "".join(
        f"{f.name:>10}" for f in fields(Counts))
    return [header, *(_row(key, counts.scores, counts) for key, counts in table.items())]


def render_table(report: Report) -> str:
    """A fixed-width text table: overall micro/macro, per type, per kind and per article F1."""
    lines = [f"articles: {len(report.articles)}", ""]
    lines += _block("micro", report.micro)
    lines += ["", f"{'macro':<18} {'P':>6} {'R':>6} {'F1':>6}"]
    lines += [_row(m, report.macro[m]) for m in METRICS]
    lines += ["", *_block("type (typed)", dict(sorted(report.by_type.items())))]
    lines += ["", *_block("kind (strict)", dict(sorted(report.by_kind_strict.items())))]
    lines += ["", *_block("kind (linked)", dict(sorted(report.by_kind_linked.items())))]
    lines += ["", f"{'article F1':<24}" + "".join(f"{m:>18}" for m in METRICS)]
    for article in report.articles:
        cells = "".join(f"{_fmt(article.totals[m].scores.f1):>18}" for m in METRICS)
        lines.append(f"{article.doc:<24}{cells}")
    return "\n".join(lines)


def _plain(value):
    """asdict() output with tuples turned into lists, so the result equals its JSON round trip."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


def _counts_json(counts: Counts) -> dict:
    return {**asdict(counts.scores), **asdict(counts)}


def _table_json(table: dict[str, Counts]) -> dict:
    return {key: _counts_json(counts) for key, counts in sorted(table.items())}


def _article_json(article: ArticleScore) -> dict:
    return {
        "doc": article.doc,
        **{m: _counts_json(article.totals[m]) for m in METRICS},
        "by_type": _table_json(article.by_type),
        "by_kind": {"strict": _table_json(article.by_kind_strict),
                    "linked": _table_json(article.by_kind_linked)},
        **_plain(asdict(article.issues)),
    }


def to_json(report: Report) -> dict:
    """The report as plain dicts, lists and numbers (None: undefined), with per-article issues."""
    return {
        "articles": len(report.articles),
        "micro": _table_json(report.micro),
        "macro": {m: asdict(report.macro[m]) for m in METRICS},
        "by_type": _table_json(report.by_type),
        "by_kind": {"strict": _table_json(report.by_kind_strict),
                    "linked": _table_json(report.by_kind_linked)},
        "per_article": [_article_json(article) for article in report.articles],
    }
