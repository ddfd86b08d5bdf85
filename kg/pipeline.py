"""The build: inputs -> articles -> Docs -> extractions -> resolution -> RDF -> exports.

Each stage is a plain function over plain data; this module only wires them
together and keeps the run's summary.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, Dataset

from kg import ingest
from kg.errors import KGError
from kg.export import network, rdf
from kg.extract import extract
from kg.graph import ENTITIES_GRAPH, build_dataset, filter_confidence
from kg.ingest import Skipped
from kg.iri import ONTOLOGY
from kg.model import Article, ArticleExtraction
from kg.nlp import lexicon_of, load_pipeline
from kg.resolve import resolve
from kg.vocab import base_of

OUTPUTS = {"graph.ttl": rdf.write_turtle, "graph.trig": rdf.write_trig, "graph.jsonld": rdf.write_jsonld}
BATCH_SIZE = 32


@dataclass
class Summary:
    articles: int = 0
    entities: Counter = field(default_factory=Counter)
    facts: Counter = field(default_factory=Counter)
    outputs: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0

    def render(self) -> str:
        lines = [f"articles: {self.articles}" + (f" ({len(self.skipped)} skipped)" if self.skipped else "")]
        lines.append("entities: " + (", ".join(f"{k} {v}" for k, v in sorted(self.entities.items())) or "none"))
        lines.append("facts:    " + (", ".join(f"{k} {v}" for k, v in sorted(self.facts.items())) or "none"))
        lines += [f"skipped:  {s.reason}" for s in self.skipped]
        lines.append("outputs:  " + ", ".join(str(p) for p in self.outputs))
        lines.append(f"time:     {self.seconds:.1f} s")
        return "\n".join(lines)


def read_articles(inputs: Iterable[str | Path], summary: Summary, on_skip: Callable | None = None, *,
                  max_bytes: int = ingest.MAX_BYTES, on_warning: Callable | None = None) -> list[Article]:
    """All readable articles; bad inputs and repeated ids go to summary.skipped (see kg.ingest for limits)."""
    articles, seen = [], set()
    for item in ingest.read_inputs(inputs, max_bytes=max_bytes, on_warning=on_warning):
        if isinstance(item, Skipped):
            summary.skipped.append(item)
        elif item.id in seen:
            summary.skipped.append(Skipped(item.origin, f"{item.origin}: article id {item.id!r} already read; skipped"))
        else:
            seen.add(item.id)
            articles.append(item)
        if on_skip and isinstance(item, Skipped):
            on_skip(item)
    return articles


def extract_all(nlp, articles: Sequence[Article], progress: Callable | None = None,
                summary: Summary | None = None, debug: bool = False) -> list[ArticleExtraction]:
    """Extract every article; an article that fails is reported in summary.skipped, the rest go on."""
    lexicon = lexicon_of(nlp)
    results = []
    docs = nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=BATCH_SIZE)
    for doc, article in docs:
        try:
            results.append(extract(doc, article, lexicon))
        except Exception as err:  # one bad article never loses the run
            if debug or summary is None:
                raise
            summary.skipped.append(Skipped(article.origin, f"{article.origin}: extraction failed "
                                           f"({type(err).__name__}: {err}); article skipped"))
        if progress:
            progress(1)
    return results


def build_graph(extractions: list[ArticleExtraction], nlp) -> Dataset:
    return build_dataset(extractions, resolve(extractions, lexicon_of(nlp)))


def write_outputs(ds: Dataset, out: Path, min_confidence: float = 0.0) -> list[Path]:
    """Every export of `ds` into OUT, without the facts below `min_confidence` (kg.graph.filter_confidence)."""
    ds = filter_confidence(ds, min_confidence)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, writer in OUTPUTS.items():
        writer(ds, out / name)
        written.append(out / name)
    return [*written, *network.write_view(ds, out, "full")]  # graph.graphml, graph.gexf, nodes.csv, edges.csv


def build(inputs: Sequence[str | Path], out: Path, model: str | None = None, lexicon_files: Sequence[str] = (),
          progress: Callable | None = None, on_skip: Callable | None = None, *, max_bytes: int = ingest.MAX_BYTES,
          on_warning: Callable | None = None, debug: bool = False, min_confidence: float = 0.0) -> Summary:
    """Build the graph of INPUTS into OUT. `progress(total)` returns a function called with each step done."""
    started = time.perf_counter()
    summary = Summary()
    nlp = load_pipeline(model, lexicon_files)
    nlp.max_length = max(nlp.max_length, max_bytes)  # an article within the limit is never refused by spaCy
    articles = read_articles(inputs, summary, on_skip, max_bytes=max_bytes, on_warning=on_warning)
    if not articles:
        raise KGError("no article could be read; previous outputs left as they were")
    advance = progress(len(articles)) if progress else None
    read_skips = len(summary.skipped)
    extractions = extract_all(nlp, articles, advance, summary, debug)
    for skipped in summary.skipped[read_skips:] if on_skip else ():
        on_skip(skipped)
    if not extractions:
        raise KGError("no article could be extracted; previous outputs left as they were")
    ds = build_graph(extractions, nlp)
    summary.outputs = write_outputs(ds, out, min_confidence)
    tally(summary, extractions, ds)
    summary.seconds = time.perf_counter() - started
    return summary


def tally(summary: Summary, extractions: list[ArticleExtraction], ds: Dataset) -> None:
    summary.articles = len(extractions)
    for _, kind in ds.graph(ENTITIES_GRAPH).subject_objects(RDF.type):
        summary.entities[str(kind).removeprefix(ONTOLOGY)] += 1
    for ex in extractions:
        for r in ex.relations:
            summary.facts[base_of(r.predicate)] += 1


def export(out: Path, view: str | None = None, min_confidence: float = 0.0) -> list[Path]:
    """Re-write every export of a build from its graph.trig; with `view`, only that network view's files."""
    source = out / "graph.trig"
    if not source.is_file():
        raise KGError(f"{source}: no build found (run `kg build INPUT... --out {out}` first)")
    if view is not None:
        return network.write_view(filter_confidence(rdf.read_trig(source), min_confidence), out, view)
    return write_outputs(rdf.read_trig(source), out, min_confidence)


def evaluate(gold_dir: Path, inputs: Sequence[str | Path], model: str | None = None,
             lexicon_files: Sequence[str] = ()):
    """Build each article alone and score it against GOLD_DIR/<article id>.json (see kg.evaluate)."""
    from rdflib import Graph

    from kg import evaluate as scoring
    from kg.paths import ontology_dir

    golds = scoring.load_gold_dir(gold_dir)
    ontology = Graph()
    if (ontology_dir() / "kg.ttl").is_file():
        ontology.parse(ontology_dir() / "kg.ttl")
    nlp = load_pipeline(model, lexicon_files)
    summary = Summary()
    articles = [a for a in read_articles(inputs, summary) if a.id in golds]
    scores = []
    for extraction in extract_all(nlp, articles, summary=summary):
        graph = rdf.union(build_graph([extraction], nlp))
        scores.append(scoring.score_article(graph, golds[extraction.article.id], ontology))
    return scoring.aggregate(scores), summary
