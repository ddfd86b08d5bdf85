"""Calibrate confidence per rule on an annotated development set.

Every record kg writes carries the id of the rule that made it. `calibrate` builds each article
of a development set alone, scores it against its gold file (kg.evaluate), and counts, per rule,
how many of its records were right:

  * a direct fact (kg:Statement) is right when its triple is strict-correct by the shared
    scoring rules;
  * an event is right when the facts derived from it are (events that derive none keep their
    rule's prior);
  * a mention is right when the entity node it names matches a gold entity.

The calibrated confidence is the rule's precision shrunk toward its prior (the confidence the rule
states in code) with the weight of PRIOR_WEIGHT records, so rare rules stay near their prior:
(correct + w * prior) / (seen + w). The table goes to ontology/confidence.yaml, which
kg.confidence reads at build time.

    kg calibrate tests/devset/gold tests/devset/dev
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import yaml
from rdflib import RDF, Graph

from kg.vocab import ITSRDF, KG, base_of

PRIOR_WEIGHT = 4.0
KIND_OF_BASE = {"roleIn": "role_in", "owns": "owns", "partOf": "part_of", "issued": "issued", "concerns": "concerns",
                "chargedUnder": "charged_under", "sanctioned": "sanctioned", "petitioned": "petitioned"}


class Tally:
    def __init__(self):
        self.seen: dict[str, int] = defaultdict(int)
        self.right: dict[str, int] = defaultdict(int)
        self.prior: dict[str, list[float]] = defaultdict(list)

    def add(self, rule: str, right: bool, prior: float) -> None:
        self.seen[rule] += 1
        self.right[rule] += int(right)
        self.prior[rule].append(prior)

    def table(self) -> dict[str, dict]:
        rows = {}
        for rule in sorted(self.seen):
            prior = sum(self.prior[rule]) / len(self.prior[rule])
            value = (self.right[rule] + PRIOR_WEIGHT * prior) / (self.seen[rule] + PRIOR_WEIGHT)
            rows[rule] = {"confidence": round(value, 3), "correct": self.right[rule], "seen": self.seen[rule],
                          "prior": round(prior, 3)}
        return rows


def tally_article(graph: Graph, score, tally: Tally) -> None:
    """Add one scored article's records to the tally."""
    wrong = {(t.s, t.kind, t.o) for t in score.issues.false_positive_triples}
    bad_nodes = {n.node for n in score.issues.false_positive_nodes}
    event_results: dict = defaultdict(list)
    for st in graph.subjects(RDF.type, KG.Statement):
        prop = str(graph.value(st, RDF.predicate)).rsplit("#", 1)[-1]
        kind = KIND_OF_BASE.get(base_of(prop))
        if kind is None:
            continue
        right = (str(graph.value(st, RDF.subject)), kind, str(graph.value(st, RDF.object))) not in wrong
        tally.add(str(graph.value(st, KG.rule)), right, float(graph.value(st, KG.confidence)))
        for event in graph.objects(st, KG.fromEvent):
            event_results[event].append(right)
    for event, results in event_results.items():
        tally.add(str(graph.value(event, KG.rule)), all(results), float(graph.value(event, KG.confidence)))
    for mention in graph.subjects(RDF.type, KG.Mention):
        node = graph.value(mention, ITSRDF.taIdentRef)
        tally.add(str(graph.value(mention, KG.rule)), str(node) not in bad_nodes,
                  float(graph.value(mention, KG.confidence)))


def calibrate(gold_dir: Path, inputs, model: str | None = None, lexicon_files=()) -> dict[str, dict]:
    """Per-rule calibrated confidence over the articles of INPUTS that have gold in GOLD_DIR."""
    from kg import evaluate as scoring
    from kg import pipeline
    from kg.export import rdf
    from kg.nlp import load_pipeline
    from kg.paths import ontology_dir

    golds = scoring.load_gold_dir(gold_dir)
    ontology = Graph().parse(ontology_dir() / "kg.ttl")
    nlp = load_pipeline(model, lexicon_files)
    articles = [a for a in pipeline.read_articles(inputs, pipeline.Summary()) if a.id in golds]
    tally = Tally()
    with _without_calibration():
        for extraction in pipeline.extract_all(nlp, articles):
            graph = rdf.union(pipeline.build_graph([extraction], nlp))
            tally_article(graph, scoring.score_article(graph, golds[extraction.article.id], ontology), tally)
    return tally.table()


class _without_calibration:
    """Within the block, records carry their rules' priors (the table being made is not applied)."""

    def __enter__(self):
        from kg import confidence

        self.saved = confidence.TABLE
        confidence.TABLE = {}

    def __exit__(self, *exc):
        from kg import confidence

        confidence.TABLE = self.saved
        return False


def write_table(table: dict[str, dict], path: Path, source: str) -> None:
    from kg.export import atomic_path

    header = (f"# Confidence per extraction rule, calibrated by `kg calibrate` on {source}.\n"
              "# confidence = (correct + 4 * prior) / (seen + 4); regenerate after changing rules.\n")
    with atomic_path(path) as tmp:
        Path(tmp).write_text(header + yaml.safe_dump(table, sort_keys=True), encoding="utf-8")
