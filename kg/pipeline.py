"""The build: inputs -> articles -> Docs -> extractions -> resolution -> RDF -> exports and store.

Each stage is a plain function over plain data; this module only wires them together and keeps
the run's summary. A build streams: each article is extracted (or read back from DIR/cache/ when
it was extracted before with the same setup), added to the resolution and dropped; then the
graphs are written one at a time (the entities graph, then each article's graph, sorted) to the
RDF files and the store. A build into a folder that holds a build adds to it (see kg.cache).
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from kg import ingest, parallel
from kg.cache import Cache, Manifest, cache_dir, fingerprint
from kg.errors import KGError
from kg.export import few_collections, network, rdf
from kg.export.fullview_process import ViewProcess
from kg.graph import build_dataset, filter_confidence
from kg.ingest import Skipped
from kg.model import Article, ArticleExtraction
from kg.resolve import Resolver, resolve
from kg.store import StoreWriter
from kg.stream import BuildGraphs, DatasetGraphs, TrigGraphs
from kg.vocab import base_of

# the RDF files every build writes (kg.export.rdf writes them in one pass); the network views follow
OUTPUTS = {"graph.ttl": "ttl", "graph.trig": "trig", "graph.jsonld": "jsonld"}
BATCH_SIZE = parallel.BATCH_SIZE


@dataclass
class Summary:
    articles: int = 0
    entities: Counter = field(default_factory=Counter)
    facts: Counter = field(default_factory=Counter)
    outputs: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0
    cached: int = 0  # articles whose extraction came from the cache
    removed: list[str] = field(default_factory=list)  # article ids taken out (kg remove)

    def render(self) -> str:
        lines = [f"articles: {self.articles}" + (f" ({len(self.skipped)} skipped)" if self.skipped else "")]
        if self.cached:
            lines.append(f"cached:   {self.cached} article{'s' * (self.cached != 1)} extracted by an earlier build "
                         "(no NLP)")
        if self.removed:
            lines.append("removed:  " + ", ".join(self.removed))
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
    results = []
    for article, result in parallel.extract_docs(nlp, articles, debug=debug or summary is None):
        if isinstance(result, str):
            summary.skipped.append(extraction_failed(article, result))
        else:
            results.append(result)
        if progress:
            progress(1)
    return results


def extraction_failed(article: Article, message: str) -> Skipped:
    return Skipped(article.origin, f"{article.origin}: extraction failed ({message}); article skipped")


def load_pipeline(model: str | None = None, lexicon_files: Sequence[str] = ()):
    """kg.nlp.load_pipeline, imported when first needed: a build with --jobs never loads spaCy here."""
    from kg.nlp import load_pipeline as load

    return load(model, lexicon_files)


def lexicon_of(nlp):
    from kg.nlp import lexicon_of as of

    return of(nlp)


def build_graph(extractions: list[ArticleExtraction], nlp) -> Dataset:
    return build_dataset(extractions, resolve(extractions, lexicon_of(nlp)))


def write_outputs(source, out: Path, min_confidence: float = 0.0, jobs: int = 1) -> list[Path]:
    """Every export of a build into OUT, and its store (OUT/store/), without the facts below
    `min_confidence` (kg.graph.filter_confidence).

    `source` is an rdflib Dataset or a kg.stream source (the graphs of a build, one at a time).
    The RDF files are written to temporary files and renamed into place at the end; the store
    changes one graph per transaction (kg.store); the `full` network view is gathered from the
    same graphs as they go by (kg.export.fullview) and written last (its files are made while the
    store loads the last graphs, and renamed into place once the store is done). With `jobs` > 1, a
    build's graphs (kg.stream.BuildGraphs) and a third core (`spare_core`), the view is gathered in a
    process of its own (kg.export.fullview_process), beside this one.
    """
    with few_collections():  # the collector would scan the heap again and again, to free next to nothing
        return write_all(source, out, min_confidence, jobs)


def write_all(source, out: Path, min_confidence: float, jobs: int) -> list[Path]:
    if isinstance(source, Dataset):
        source = DatasetGraphs(source, min_confidence)
    out.mkdir(parents=True, exist_ok=True)
    store = StoreWriter(out, cache_dir(out))  # holds the store's lock: no other build writes into OUT now
    for stale in [*out.glob(".*.tmp"), *cache_dir(out).glob(".*.tmp")]:  # left by a build that was killed
        stale.unlink(missing_ok=True)
    apart = jobs > 1 and isinstance(source, BuildGraphs) and spare_core()
    from kg.export.fullview import FullView  # here: unused with a view process of its own
    try:
        with (ViewProcess(source.portable(), cache_dir(out), out) if apart else FullView(cache_dir(out)) as view,
              rdf.RdfWriter({kind: out / name for name, kind in OUTPUTS.items()}, source.shared) as writer):
            for name, triples in source.graphs():
                text = writer.graph_text(name, triples)
                store.put(name, triples, rdf.digest(text), text)
                if not apart:
                    view.add(name, triples)
            writer.finish()
            store.load_pending(block=False)  # the last new graphs load in the store's thread while the view is made
            view.stage(out)  # graph.graphml, graph.gexf, nodes.csv, edges.csv, under temporary names
            store.finish()
            views = view.place()
    finally:
        store.close()
    return [*(out / name for name in OUTPUTS), *views]


def spare_core() -> bool:
    """Whether this process may run on more than two cores. Writing keeps two busy already (this
    process makes the graphs and files, the store's thread loads them), so a process of its own for
    the view, which must make every graph again, only pays with a third: on two cores it made the
    writing of 2,000 articles some 2 s slower (medians of six runs, 22.2 s against 19.9 s)."""
    try:
        return len(os.sched_getaffinity(0)) > 2
    except AttributeError:  # no affinity on this platform
        return (os.cpu_count() or 1) > 2


def build(inputs: Sequence[str | Path], out: Path, model: str | None = None, lexicon_files: Sequence[str] = (),
          progress: Callable | None = None, on_skip: Callable | None = None, *, max_bytes: int = ingest.MAX_BYTES,
          on_warning: Callable | None = None, debug: bool = False, min_confidence: float = 0.0, jobs: int = 1,
          scheduler: str | None = None) -> Summary:
    """Build the graph of INPUTS into OUT, adding to the build already there.

    `progress(total)` returns a function called with each step done. `jobs` > 1 extracts in that
    many worker processes, `scheduler` ("tcp://host:port") on a Dask cluster (kg.parallel).
    """
    started = time.perf_counter()
    summary, out = Summary(), Path(out)
    folder = cache_dir(out)
    cache = Cache(folder, fingerprint(model, lexicon_files))
    if jobs > 1 or scheduler:
        from kg import lexicon as lexicons

        lexicon = lexicons.load(lexicon_files)
        run = parallel.engine(jobs, scheduler, model, lexicon_files, max_bytes, local=None, cache=cache)
    else:
        nlp = load_pipeline(model, lexicon_files)
        nlp.max_length = max(nlp.max_length, max_bytes)  # an article within the limit is never refused by spaCy
        lexicon = lexicon_of(nlp)
        run = lambda articles: parallel.extract_docs(nlp, articles, debug=debug)  # noqa: E731
    with few_collections():  # the model, loaded: never scanned by the collector again (kg.export)
        articles = read_articles(inputs, summary, on_skip, max_bytes=max_bytes, on_warning=on_warning)
        if not articles:
            raise KGError("no article could be read; previous outputs left as they were")
        resolver, keys = Resolver(lexicon), {}

        def accept(key: str, ex: ArticleExtraction | parallel.Outline) -> None:
            resolver.add(ex)
            keys[ex.article.id] = key
            summary.facts.update(base_of(r.predicate) for r in ex.relations)

        pending = [*new_articles(articles, cache, accept, summary), *earlier_articles(folder, articles, cache, accept,
                                                                                      summary, on_warning)]
        advance = progress(len(pending)) if progress and pending else None
        wanted = dict(pending)
        for article, result in run(wanted) if wanted else ():  # no worker is started for nothing
            if isinstance(result, str):
                summary.skipped.append(extraction_failed(article, result))
                if on_skip:
                    on_skip(summary.skipped[-1])
            else:
                if not isinstance(result, parallel.Outline):  # an Outline's extraction is in the cache already
                    cache.put(wanted[article], result)
                accept(wanted[article], result)
            if advance:
                advance(1)
        if not keys:
            raise KGError("no article could be extracted; previous outputs left as they were")
        resolution = resolver.finish()
        source = BuildGraphs(keys, cache.load, resolver, resolution, min_confidence)
        summary.outputs = write_outputs(source, out, min_confidence, jobs)
        Manifest(keys, model, [str(Path(p).resolve()) for p in lexicon_files], min_confidence).save(folder)
        summary.articles = len(keys)
        summary.entities.update(e.type for e in resolution.entities.values())
        summary.seconds = time.perf_counter() - started
        return summary


def new_articles(articles: list[Article], cache: Cache, accept: Callable, summary: Summary):
    """Accept the given articles found in the cache; yield (article, key) for the others, to extract."""
    for article in articles:
        key, ex = cache.get(article)
        if ex is None:
            yield article, key
        else:
            accept(key, ex)
            summary.cached += 1


def earlier_articles(folder: Path, given: list[Article], cache: Cache, accept: Callable, summary: Summary,
                     on_warning: Callable | None):
    """The articles of the build already in OUT that were not given again: accepted from the cache, or
    yielded as (article, key) to extract again when the setup (code, model, lexicon) changed."""
    manifest = Manifest.load(folder)
    ids = {a.id for a in given}
    for article_id, old_key in sorted((manifest.articles if manifest else {}).items()):
        if article_id in ids:
            continue
        ex = cache.load(old_key)
        if ex is None:
            if on_warning:
                on_warning(f"{folder}: the extraction of article {article_id!r} (from an earlier build) is gone "
                           "from the cache; the article is dropped (build it again from its file to keep it)")
            continue
        key, found = cache.get(ex.article)
        if found is None:
            yield ex.article, key
        else:
            accept(key, found)
            summary.cached += 1


def remove(out: Path, article_ids: Iterable[str]) -> Summary:
    """Take articles out of the build in OUT, with everything only they support, and re-export it.

    Entities that other articles mention stay (their labels and forms are merged again without the
    removed articles); entities only the removed articles mention go.
    """
    from kg import lexicon as lexicons

    started, summary, out = time.perf_counter(), Summary(), Path(out)
    folder = cache_dir(out)
    manifest = Manifest.load(folder)
    if manifest is None:
        raise KGError(f"{folder / 'build.json'}: no build found to remove from (run `kg build INPUT... --out {out}`)")
    ids = list(dict.fromkeys(article_ids))
    unknown = [i for i in ids if i not in manifest.articles]
    if unknown:
        raise KGError(f"{out}: no article {', '.join(map(repr, unknown))} in this build")
    missing = [f for f in manifest.lexicons if not Path(f).is_file()]
    if missing:
        raise KGError(f"{missing[0]}: the lexicon this build was made with is gone")
    keys = {i: k for i, k in manifest.articles.items() if i not in ids}
    cache = Cache(folder, "")
    resolver = Resolver(lexicons.load(manifest.lexicons))
    for article_id, key in sorted(keys.items()):
        ex = cache.load(key)
        if ex is None:
            raise KGError(f"{folder}: the cached extraction of article {article_id!r} is gone; build again from the inputs")
        resolver.add(ex)
        summary.facts.update(base_of(r.predicate) for r in ex.relations)
    resolution = resolver.finish()
    source = BuildGraphs(keys, cache.load, resolver, resolution, manifest.min_confidence)
    summary.outputs = write_outputs(source, out, manifest.min_confidence)
    Manifest(keys, manifest.model, manifest.lexicons, manifest.min_confidence).save(folder)
    summary.articles, summary.removed = len(keys), ids
    summary.entities.update(e.type for e in resolution.entities.values())
    summary.seconds = time.perf_counter() - started
    return summary


def export(out: Path, view: str | None = None, min_confidence: float = 0.0) -> list[Path]:
    """Re-write every export of a build (and its store) from its graph.trig; with `view`, only that
    network view's files."""
    source = out / "graph.trig"
    if not source.is_file():
        raise KGError(f"{source}: no build found (run `kg build INPUT... --out {out}` first)")
    if view == "full":  # the same collector as a build's, so the files are the build's bytes
        from kg.export.fullview import FullView

        folder = cache_dir(out)
        with FullView(folder if folder.is_dir() else None) as gathered:  # its event spool: beside the build's
            for name, triples in TrigGraphs(source, min_confidence).graphs():
                gathered.add(name, triples)
            return gathered.write(network.view_dir(out, view))
    if view is not None:
        return network.write_view(filter_confidence(rdf.read_trig(source), min_confidence), out, view)
    return write_outputs(TrigGraphs(source, min_confidence), out, min_confidence)


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
