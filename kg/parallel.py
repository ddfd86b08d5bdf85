"""Extraction in this process, in N worker processes (--jobs N) or on a Dask cluster (--scheduler).

Every engine takes articles and yields ``(article, extraction or error message)``; each worker
loads the spaCy pipeline once and keeps it for every batch it is given. What is extracted does
not depend on the engine, and the build sorts and resolves the results itself, so the output of
``--jobs 4`` or of a cluster is the output of one process.

With a cache (kg.cache.Cache, ``--jobs N``), a worker also puts each extraction in the build's cache
itself and sends back only an `Outline` of it (what resolution and the summary read now), so the
build process neither unpickles every extraction nor pickles it again; the graphs are made later
from the cache anyway.

Dask comes with the ``dask`` extra (``pip install "kg[dask]"``); workers need kg and the model
installed, nothing else: the user's lexicon files travel with the tasks.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import tempfile
import traceback
from collections import deque
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from kg.errors import KGError
from kg.export import YOUNG_OBJECTS
from kg.model import Article, ArticleExtraction, LocalEntity

BATCH_SIZE = 32  # spaCy's batch; also the unit of work sent to a worker
IN_FLIGHT = 4  # batches queued per worker: enough to keep it busy, few enough to keep memory flat



class Mentioned(NamedTuple):
    entity: str  # an article-local entity key


class Stated(NamedTuple):
    predicate: str


@dataclass(frozen=True, slots=True)
class Outline:
    """An extraction a worker put in the cache, as the build needs it at once: what
    kg.resolve.Resolver.add reads (the article, its local entities, the entity of each mention) and
    the predicate of each relation (for the summary). The rest is read back from the cache."""

    article: Article
    entities: tuple[LocalEntity, ...]
    mentions: tuple[Mentioned, ...]
    relations: tuple[Stated, ...]

    @classmethod
    def of(cls, ex: ArticleExtraction) -> Outline:
        counts = Counter(m.entity for m in ex.mentions)  # one Mentioned per mention, shared: pickled once
        shared = {key: Mentioned(key) for key in counts}
        return cls(ex.article, ex.entities, tuple(shared[m.entity] for m in ex.mentions),
                   tuple(Stated(r.predicate) for r in ex.relations))


Result = tuple[Article, ArticleExtraction | Outline | str]


def extract_docs(nlp, articles: Iterable[Article], debug: bool = False) -> Iterator[Result]:
    """Run the pipeline over `articles` (streaming); a failure is returned as a message, not raised."""
    from kg.extract import extract
    from kg.nlp import lexicon_of, one_blas_thread

    lexicon = lexicon_of(nlp)
    with one_blas_thread():
        for doc, article in nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=BATCH_SIZE):
            try:
                yield article, extract(doc, article, lexicon)
            except Exception as err:  # one bad article never loses the run
                if debug:
                    raise
                yield article, f"{type(err).__name__}: {err}"


def batches(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


# --- worker processes on this machine -----------------------------------------------------------

_worker_nlp = None
_worker_error: str | None = None


def _init_worker(model: str | None, lexicon_files: Sequence[str], max_length: int) -> None:
    global _worker_nlp, _worker_error
    from kg.nlp import load_pipeline

    try:
        _worker_nlp = load_pipeline(model, lexicon_files)
        _worker_nlp.max_length = max(_worker_nlp.max_length, max_length)
        gc.freeze()  # the model is never scanned again by the cycle collector (as kg.export.few_collections does)
        gc.set_threshold(YOUNG_OBJECTS, *gc.get_threshold()[1:])
    except Exception as err:  # reported by the first batch: a pool would restart a crashing worker forever
        _worker_error = str(err) if isinstance(err, KGError) else f"{type(err).__name__}: {err}"


def _extract_batch(batch: list[Article], cache=None, keys: Sequence[str] = ()) -> list[Result]:
    """One batch's results; with a cache (kg.cache.Cache) and the articles' keys in it, each extraction
    is put in the cache here and an Outline of it sent back (the extraction itself when it cannot be
    written: the build then puts it, and reports the error)."""
    if _worker_error is not None:
        raise KGError(_worker_error)
    results = list(extract_docs(_worker_nlp, batch))
    if cache is None:
        return results
    kept = []
    for (article, result), key in zip(results, keys):
        if not isinstance(result, str):
            try:
                cache.put(key, result)
                result = Outline.of(result)
            except OSError:
                pass
        kept.append((article, result))
    return kept


def extract_with_processes(articles: Iterable[Article], jobs: int, model: str | None, lexicon_files: Sequence[str],
                           max_length: int, cache=None) -> Iterator[Result]:
    """Extraction in `jobs` worker processes (spawned: each loads the pipeline once). With `cache`
    (kg.cache.Cache), `articles` is {article: key in the cache}, and the workers put the extractions
    there: an extraction comes back as its Outline."""
    context = multiprocessing.get_context("spawn")
    with context.Pool(jobs, initializer=_init_worker, initargs=(model, list(map(str, lexicon_files)), max_length)) as pool:
        for results in bounded_map(pool, batches(articles, BATCH_SIZE), jobs * IN_FLIGHT, cache, articles):
            yield from results


def bounded_map(pool, work: Iterable[list], window: int, cache=None, keys: dict | None = None) -> Iterator[list]:
    """pool.apply_async over `work` with at most `window` tasks pending; results in order. With a
    cache, each batch goes with its articles' keys (`keys[article]`)."""
    pending: deque = deque()
    for batch in work:
        extra = () if cache is None else (cache, [keys[a] for a in batch])
        pending.append(pool.apply_async(_extract_batch, (batch, *extra)))
        if len(pending) >= window:
            yield pending.popleft().get()
    while pending:
        yield pending.popleft().get()


# --- a Dask cluster ------------------------------------------------------------------------------

_cluster_pipelines: dict = {}


def cluster_pipeline(model: str | None, lexicons: tuple[tuple[str, bytes], ...], max_length: int):
    """The pipeline of this Dask worker for this setup, loaded on first use and kept."""
    key = (model, tuple(hashlib.sha256(data).hexdigest() for _, data in lexicons), max_length)
    if key not in _cluster_pipelines:
        from kg.nlp import load_pipeline

        # The lexicons are read whole when the pipeline loads, so their copies need not outlive it.
        with tempfile.TemporaryDirectory(prefix="kg-lexicons-") as folder:
            files = []
            for i, (name, data) in enumerate(lexicons):
                path = Path(folder) / f"{i:02d}-{Path(name).name}"
                path.write_bytes(data)
                files.append(str(path))
            nlp = load_pipeline(model, files)
        nlp.max_length = max(nlp.max_length, max_length)
        _cluster_pipelines[key] = nlp
    return _cluster_pipelines[key]


def extract_on_cluster_batch(batch: list[Article], model: str | None, lexicons: tuple, max_length: int) -> list[Result]:
    try:
        return list(extract_docs(cluster_pipeline(model, lexicons, max_length), batch))
    except KGError as err:  # e.g. the model is not installed on this worker
        return [(a, f"{type(err).__name__} on worker {os.getpid()}: {err}") for a in batch]
    except Exception:
        return [(a, "worker error: " + traceback.format_exc(limit=3)) for a in batch]


def connect(scheduler: str):
    try:
        from distributed import Client
    except ImportError:
        raise KGError('--scheduler needs Dask: pip install "kg[dask]"') from None
    try:
        return Client(scheduler, timeout="20s")
    except (OSError, TimeoutError) as err:
        raise KGError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from None


def extract_on_cluster(articles: Iterable[Article], scheduler: str, model: str | None, lexicon_files: Sequence[str],
                       max_length: int) -> Iterator[Result]:
    """Extraction on a Dask cluster: batches go to the workers as they free up; results come back unordered."""
    from distributed import as_completed

    lexicons = tuple((str(p), Path(p).read_bytes()) for p in lexicon_files)
    client = connect(scheduler)
    try:
        workers = max(1, sum(client.nthreads().values()))
        work = batches(articles, BATCH_SIZE)
        running = as_completed()
        for batch in take(work, workers * IN_FLIGHT):
            running.add(client.submit(extract_on_cluster_batch, batch, model, lexicons, max_length, pure=False))
        for future in running:
            results = future.result()
            future.release()
            for batch in take(work, 1):
                running.add(client.submit(extract_on_cluster_batch, batch, model, lexicons, max_length, pure=False))
            yield from results
    finally:
        client.close()


def take(iterator: Iterator, n: int) -> list:
    found = []
    for item in iterator:
        found.append(item)
        if len(found) == n:
            break
    return found


def engine(jobs: int, scheduler: str | None, model: str | None, lexicon_files: Sequence[str], max_length: int,
           local: Callable[[Iterable[Article]], Iterator[Result]], cache=None) -> Callable[[Iterable[Article]], Iterator[Result]]:
    """The extraction function for these options: `local` (this process), worker processes or a cluster.
    With `cache`, worker processes put the extractions in it and send Outlines (see
    extract_with_processes); a cluster's workers may not see the cache's folder, so they do not."""
    if scheduler:
        return lambda articles: extract_on_cluster(articles, scheduler, model, lexicon_files, max_length)
    if jobs > 1:
        return lambda articles: extract_with_processes(articles, jobs, model, lexicon_files, max_length, cache)
    return local
