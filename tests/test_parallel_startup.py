"""A --jobs build's own process: it does not import spaCy (only its workers need it), and its workers
put their extractions in the cache themselves, sending back outlines that resolve like the extractions."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import kg.cache
import kg.nlp
from kg import parallel, pipeline
from kg.cache import Cache
from kg.resolve import Resolver

DEV = Path(__file__).parent / "devset" / "dev"
ARTICLES = ["d01_telegram_block.md", "d43_moscow_helsinki_group_liquidation.md", "d39_undesirable_amendments.md"]


def test_the_cache_names_the_default_models_of_kg_nlp():
    assert kg.cache.DEFAULT_MODELS == kg.nlp.DEFAULT_MODELS


def test_a_parallel_build_process_computes_its_fingerprint_without_spacy():
    code = ("import sys, kg.pipeline, kg.cache; kg.cache.fingerprint(None); "
            "print(sorted(m for m in sys.modules if m == 'spacy' or m.startswith('spacy.')))")
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "[]"


def test_the_model_id_is_the_one_spacy_would_name():
    import spacy.util

    for name in (*kg.nlp.DEFAULT_MODELS, "no_such_model_xyz"):
        assert kg.cache.is_package(name) == spacy.util.is_package(name)


@pytest.fixture
def articles():
    paths = [DEV / name for name in ARTICLES if (DEV / name).is_file()]
    assert len(paths) >= 2
    return pipeline.read_articles(paths, pipeline.Summary())


def test_a_worker_puts_extractions_in_the_cache_and_sends_outlines(nlp, lexicon, articles, tmp_path, monkeypatch):
    monkeypatch.setattr(parallel, "_worker_nlp", nlp)
    cache = Cache(tmp_path, "setup")
    keys = [cache.key(a) for a in articles]
    sent = parallel._extract_batch(articles, cache, keys)
    direct = dict(parallel.extract_docs(nlp, articles))
    assert [a for a, _ in sent] == articles
    whole, outlined = Resolver(lexicon), Resolver(lexicon)
    for (article, outline), key in zip(sent, keys):
        assert isinstance(outline, parallel.Outline)
        ex = cache.load(key)
        assert ex == direct[article]  # the worker's extraction, whole, in the cache
        assert [m.entity for m in outline.mentions] == [m.entity for m in ex.mentions]
        assert [r.predicate for r in outline.relations] == [r.predicate for r in ex.relations]
        whole.add(ex)
        outlined.add(outline)
    assert outlined.finish() == whole.finish()
    assert outlined.iris == whole.iris


def test_a_worker_that_cannot_write_the_cache_sends_the_extraction(nlp, articles, tmp_path, monkeypatch):
    monkeypatch.setattr(parallel, "_worker_nlp", nlp)
    (tmp_path / "extractions").write_text("a file where the cache's folder should be")
    cache = Cache(tmp_path, "setup")
    sent = parallel._extract_batch(articles[:1], cache, [cache.key(articles[0])])
    assert sent == list(parallel.extract_docs(nlp, articles[:1]))
