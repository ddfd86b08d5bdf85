"""Cached extractions: written with kg.cache.ExtractionPickler (kg.model's dataclasses by their fields)
they read back equal, and extractions cached by the default pickler still read back."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from kg import pipeline
from kg.cache import FIELDS, Cache
from kg.model import ArticleExtraction, Event, Resolution, Statistic

TESTS = Path(__file__).resolve().parent
SEEDS = TESTS.parent / "seeds"
DEV = TESTS / "devset" / "dev"


@pytest.fixture(scope="module")
def extractions(nlp):
    articles = pipeline.read_articles([SEEDS, DEV / "d06_gorinov_sentence.md"], pipeline.Summary())
    return pipeline.extract_all(nlp, articles)


def test_every_dataclass_of_an_extraction_is_pickled_by_its_fields():
    assert {ArticleExtraction, Event, Statistic, Resolution} <= set(FIELDS)


def test_a_cached_extraction_reads_back_equal(extractions, tmp_path):
    cache = Cache(tmp_path, "setup")
    assert any(ex.events for ex in extractions) and any(ex.relations for ex in extractions)
    for i, ex in enumerate(extractions):
        cache.put(f"{i:064x}", ex)
        assert cache.load(f"{i:064x}") == ex
        assert Cache(tmp_path, "setup").path(f"{i:064x}").read_bytes() != pickle.dumps(ex, pickle.HIGHEST_PROTOCOL)


def test_an_extraction_cached_the_old_way_still_reads_back(extractions, tmp_path):
    cache = Cache(tmp_path, "setup")
    key = "ab" * 32
    cache.path(key).parent.mkdir(parents=True)
    cache.path(key).write_bytes(pickle.dumps(extractions[0], pickle.HIGHEST_PROTOCOL))
    assert cache.load(key) == extractions[0]
