"""Shared fixtures: the spaCy pipeline and the seed build, each made once per test session.

Paths come from this file's location, never from the working directory. A build run by a
test goes through the real `kg.pipeline.build`, with `load_pipeline` patched to hand back
the session's pipeline, so the model is loaded once however many builds the tests make.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import pytest

import kg.nlp
import kg.pipeline

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
SEEDS = REPO / "seeds"


@pytest.fixture(scope="session")
def nlp():
    """The full kg pipeline (statistical model + kg_entities), loaded once."""
    return kg.nlp.load_pipeline()


@pytest.fixture(scope="session")
def lexicon(nlp):
    """The lexicon the session pipeline was built with (the built-in one)."""
    return kg.nlp.lexicon_of(nlp)


@contextmanager
def session_pipeline(nlp):
    """Within the block, `kg.pipeline.build` uses `nlp` when asked for the default pipeline.

    A named model or extra lexicon files still go to the real loader, so error paths stay real.
    """
    real = kg.pipeline.load_pipeline

    def load(model=None, lexicon_files=()):
        return nlp if model is None and not lexicon_files else real(model, lexicon_files)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(kg.pipeline, "load_pipeline", load)
        yield


@pytest.fixture(scope="session")
def shared_pipeline(nlp):
    """A context manager factory: `with shared_pipeline(): ...` builds with the session pipeline."""
    return lambda: session_pipeline(nlp)


@pytest.fixture(scope="session")
def build_with(nlp):
    """A function: build(inputs, out) -> Summary, running the real build with the session pipeline."""

    def build(inputs, out: Path, **options):
        with session_pipeline(nlp):
            return kg.pipeline.build([Path(p) if p != "-" else p for p in inputs], Path(out), **options)

    return build


@pytest.fixture(scope="session")
def seed_dataset(nlp):
    """The in-memory RDF dataset of the seeds, made by the pipeline's stages (not read from a file)."""
    articles = kg.pipeline.read_articles([SEEDS], kg.pipeline.Summary())
    return kg.pipeline.build_graph(kg.pipeline.extract_all(nlp, articles), nlp)


@pytest.fixture(scope="session")
def seed_build(build_with, tmp_path_factory):
    """The build of both seed articles: (out dir, Summary)."""
    out = tmp_path_factory.mktemp("seed-build")
    summary = build_with([SEEDS], out)
    return out, summary
