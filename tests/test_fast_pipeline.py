"""kg's faster NLP gives the annotations and mentions of the straightforward code (entities up to near-ties).

The compiled attribute ruler, the memoised lemmatizer and the models' matrix products in numpy
(on one BLAS thread, as kg runs them) against the stock components and blis, two ways:
the real model with and without the swap, token by token, on the seeds, the dev articles,
generated benchmark articles and a text full of the rare forms the model's ruler has rules
for; and hand-made rules (no model) run through spaCy's own AttributeRuler and through the
compiled one, in table tests and in random ones (hypothesis). Then kg_entities' shortcuts
(case folding, candidate selection) against their definitions, on random input.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from thinc.api import Model, NumpyOps
from threadpoolctl import threadpool_info
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

import kg.nlp
from kg import ingest
from kg.components.attribute_rules import CompiledAttributeRuler, Unsupported, compile_rules
from kg.components.candidates import PRIORITY, Candidate
from kg.components.entities import select
from kg.components.lexmatch import fold_chars
from kg.lexicon import QUOTES

REPO = Path(__file__).resolve().parent.parent
# forms the English model's ruler has special rules for: contractions, "gonna", "y'all", "ai n't",
# existential "there", pronouns, "that" as a relative, spaces; and a name that must stay a noun
RARE_FORMS = ("I'd say we're gonna win, y'all. Let's go! There's nothing he ain't tried, and "
              "they've got ta see it.  The court, which said that it would, has been sitting;\n\n"
              "she'll do what her lawyer does. Somebody had to. Nobody can't. Who's 'em? "
              "Once the ban   was lifted, Memorial's lawyers, whose appeal failed, said: 'Doin' fine.'")


def texts() -> list[str]:
    found = [a.text for a in ingest.read_inputs([REPO / "seeds", REPO / "tests" / "devset" / "dev"])
             if not isinstance(a, ingest.Skipped)]
    spec = importlib.util.spec_from_file_location("bench_corpus", REPO / "benchmarks" / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    return found + [r["text"] for r in corpus.generate(24, seed=11)] + [RARE_FORMS]


def annotations(doc: Doc):
    return ([(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.is_sent_start) for t in doc],
            [(e.start, e.end, e.label_) for e in doc.ents])


@pytest.fixture(scope="module")
def stock(lexicon):
    """The model exactly as spaCy loads it, plus kg_sentences, which changes the parse on purpose
    (its presets are tested in test_sentence_bounds.py): all the rest must be the same."""
    return kg.nlp.add_sentence_hints(kg.nlp.load_model(), lexicon)


def test_kg_pipeline_uses_the_compiled_components(nlp):
    factories = {name: nlp.get_pipe_meta(name).factory for name in nlp.pipe_names}
    assert factories["attribute_ruler"] == "kg_attribute_ruler"
    assert factories["lemmatizer"] == "kg_lemmatizer"
    assert nlp.pipe_names[:7] == ["tok2vec", "tagger", "kg_sentences", "parser", "attribute_ruler", "lemmatizer",
                                  "ner"]


def test_kg_pipeline_multiplies_in_numpy(nlp, stock):
    """Every layer of kg's models multiplies in numpy; the stock model's in blis (else the test below compares
    nothing)."""
    def ops_of(pipeline):
        return [layer.ops for _, c in pipeline.pipeline if isinstance(getattr(c, "model", None), Model)
                for layer in c.model.walk()]

    assert ops_of(nlp) and all(type(ops) is NumpyOps and not ops.use_blis for ops in ops_of(nlp))
    assert all(ops.use_blis for ops in ops_of(stock))


def test_one_blas_thread_is_a_scoped_limit():
    def threads():
        return {lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"}

    before = threads()
    with kg.nlp.one_blas_thread():
        assert threads() == {1}
    assert threads() == before


def test_same_annotations_as_the_stock_model(nlp, stock):
    """Every token's tag, morphology, lemma and parse is the same. Entities may differ where the named-entity
    model's scores are a near-tie, which other rounding can tip (numpy's BLAS and blis add in other orders): of the
    about 10,600 entities of this sample one label differs ('Alexei Navalny' PERSON in numpy, ORG in blis, in d210;
    the same one alone over all 343 development, held-out and seed articles). Allowed: one differing entity per
    2,000 (a changed label counts twice), never a token annotation."""
    sample = texts()
    assert len(sample) > 40
    with nlp.select_pipes(disable=["kg_entities"]), kg.nlp.one_blas_thread():
        fast = list(nlp.pipe(sample, batch_size=8))
    entities = differing = 0
    for text, mine, theirs in zip(sample, fast, stock.pipe(sample, batch_size=8)):
        (tokens, ents), (their_tokens, their_ents) = annotations(mine), annotations(theirs)
        assert tokens == their_tokens, text[:80]
        entities += len(their_ents)
        differing += len(set(ents) ^ set(their_ents))
    assert entities > 8_000
    assert differing <= entities / 2_000, (differing, entities)


def test_rare_forms_are_covered(nlp):
    """The rare-forms text does reach the model's word-specific and multi-token rules."""
    doc = nlp(RARE_FORMS)
    lemmas = {(t.text, t.lemma_) for t in doc}
    assert {("'d", "would"), ("gon", "go"), ("na", "to"), ("y'", "you"), ("ai", "be"), ("ta", "to"),
            ("'em", "them"), ("Doin'", "do")} <= lemmas
    assert {"VERB", "AUX", "PART"} <= {t.pos_ for t in doc if t.text == "'s"}  # "There's" has a rule
    assert any(t.pos_ == "SPACE" for t in doc)


def test_lemmatizer_memo_keeps_each_form_apart(nlp, stock):
    """The same word with another POS or morphology gets its own lemma, as from the stock lemmatizer."""
    words = ["saw", "saw", "leaves", "leaves", "better", "better"]
    pos = ["VERB", "NOUN", "VERB", "NOUN", "ADJ", "ADV"]
    morphs = ["Tense=Past|VerbForm=Fin", "Number=Sing", "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
              "Number=Plur", "Degree=Cmp", "Degree=Cmp"]
    lemmas = []
    for pipeline in (nlp, stock, nlp):  # the memo answers the second time round
        doc = Doc(pipeline.vocab, words=words, pos=pos, morphs=morphs)
        lemmas.append([t.lemma_ for t in pipeline.get_pipe("lemmatizer")(doc)])
    assert lemmas[0] == lemmas[1] == lemmas[2]
    assert lemmas[0][:4] == ["see", "saw", "leave", "leaf"]


# ---------------------------------------------------------------- hand-made rules, no model

WORDS = ["the", "court", "fined", "him", "that", "gon", "na", "go", " ", "Court"]
TAGS = ["DT", "NN", "VBD", "PRP", "WDT", "VBG", "TO", "VB", "_SP", "NNP"]
DEPS = ["det", "nsubj", "ROOT", "dobj", "nsubj", "aux", "aux", "xcomp", "dep", "npadvmod"]


def hand_doc(vocab, words=WORDS, tags=TAGS, deps=DEPS):
    return Doc(vocab, words=words, tags=tags, deps=deps, heads=[0] * len(words))


def both(patterns, doc_of):
    """The same rules through spaCy's AttributeRuler and the compiled one: the two Docs' annotations."""
    vocab = spacy.blank("en").vocab
    ruler = AttributeRuler(vocab)
    ruler.add_patterns(patterns)
    compiled = CompiledAttributeRuler(vocab).load(compile_rules(ruler))
    theirs, mine = ruler(doc_of(vocab)), compiled(doc_of(vocab))
    row = lambda t: (t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_)  # noqa: E731
    assert [row(t) for t in mine] == [row(t) for t in theirs]
    return mine


def test_later_rule_wins_and_earlier_attributes_stay():
    doc = both([{"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
                {"patterns": [[{"LOWER": "court", "TAG": "NN"}]], "attrs": {"POS": "PROPN"}}], hand_doc)
    assert (doc[1].pos_, str(doc[1].morph)) == ("PROPN", "Number=Sing")


def test_earlier_rule_loses():
    doc = both([{"patterns": [[{"LOWER": "court", "TAG": "NN"}]], "attrs": {"POS": "PROPN"}},
                {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}}], hand_doc)
    assert doc[1].pos_ == "NOUN"


def test_rules_match_the_doc_as_it_was():
    """A rule that changes a tag does not change which later rules match."""
    doc = both([{"patterns": [[{"TAG": "NN"}]], "attrs": {"TAG": "NNP"}},
                {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
                {"patterns": [[{"TAG": "NNP"}]], "attrs": {"POS": "PROPN"}}], hand_doc)
    assert (doc[1].tag_, doc[1].pos_) == ("NNP", "NOUN")
    assert doc[9].pos_ == "PROPN"


@pytest.mark.parametrize("index, target", [(0, 5), (1, 6), (-1, 6), (-2, 5)])
def test_multi_token_patterns_set_the_indexed_token(index, target):
    doc = both([{"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "x"}, "index": index}],
               hand_doc)
    assert [t.i for t in doc if t.lemma_ == "x"] == [target]


def test_multi_token_rule_overrides_an_earlier_one_token_rule_only():
    doc = both([{"patterns": [[{"TAG": "TO"}]], "attrs": {"POS": "PART", "LEMMA": "to"}},
                {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "na!"}, "index": 1},
                {"patterns": [[{"DEP": "aux"}]], "attrs": {"POS": "AUX"}}], hand_doc)
    assert (doc[6].pos_, doc[6].lemma_) == ("AUX", "na!")


@pytest.mark.parametrize("spec, matched", [
    ({"LOWER": {"IN": ["court", "him"]}}, [1, 3, 9]),
    ({"TAG": {"NOT_IN": ["NN", "NNP", "_SP", "DT"]}, "DEP": {"IN": ["ROOT", "dobj", "aux"]}}, [2, 3, 5, 6]),
    ({"LOWER": {"REGEX": "^g.n?$|^co"}}, [1, 5, 7, 9]),
    ({"IS_SPACE": True}, [8]),
    ({"TEXT": "Court"}, [9]),
    ({"lower": "the", "IS_SPACE": False}, [0]),
    ({}, list(range(10))),
    ({"DEP": {"NOT_IN": ["det", ""]}, "TAG": {"IN": ["DT", "WDT"]}}, [4]),
], ids=["in", "not-in-and-in", "regex", "flag", "text", "lowercase-key", "any-token", "empty-string"])
def test_predicates(spec, matched):
    doc = both([{"patterns": [[spec]], "attrs": {"LEMMA": "hit"}}], hand_doc)
    assert [t.i for t in doc if t.lemma_ == "hit"] == matched


def test_missing_tags_and_deps_match_the_empty_string():
    no_parse = lambda vocab: Doc(vocab, words=WORDS)  # noqa: E731
    doc = both([{"patterns": [[{"TAG": ""}]], "attrs": {"POS": "X"}},
                {"patterns": [[{"DEP": {"IN": [""]}, "LOWER": "the"}]], "attrs": {"POS": "DET"}}], no_parse)
    assert [t.pos_ for t in doc][:2] == ["DET", "X"]


@pytest.mark.parametrize("patterns, attrs, index", [
    ([[{"LOWER": "the", "OP": "?"}]], {"POS": "DET"}, 0),
    ([[{"_": {"flag": True}}]], {"POS": "DET"}, 0),
    ([[{"LOWER": {"FUZZY": "court"}}]], {"POS": "NOUN"}, 0),
    ([[{"MORPH": {"IS_SUBSET": ["Number=Sing"]}}]], {"POS": "NOUN"}, 0),
    ([[{"IS_SENT_START": True}]], {"POS": "NOUN"}, 0),
    ([[{"LOWER": "the"}]], {"NORM": "da"}, 0),
    ([[{"LOWER": "the"}]], {"POS": "DET"}, 1),
], ids=["operator", "extension", "fuzzy", "morph-subset", "sent-start", "lexeme-attr", "index-out"])
def test_rules_out_of_reach_are_refused(patterns, attrs, index):
    vocab = spacy.blank("en").vocab
    ruler = AttributeRuler(vocab)
    ruler.add(patterns, attrs, index=index)  # an index outside the pattern fails at spaCy's first match
    with pytest.raises(Unsupported):
        compile_rules(ruler)


def test_a_model_with_such_rules_keeps_its_own_ruler():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "the", "OP": "+"}]], {"POS": "DET"})
    assert kg.nlp.use_compiled_components(nlp) == []
    assert type(nlp.get_pipe("attribute_ruler")) is AttributeRuler


# random rules on random docs: spaCy's ruler and the compiled one agree everywhere
VALUES = {"LOWER": ["the", "court", "gon", "na", " ", "x"], "TAG": ["DT", "NN", "VBD", "TO", "_SP", ""],
          "DEP": ["det", "nsubj", "aux", "ROOT", ""]}


@st.composite
def token_specs(draw):
    spec = {}
    for attr in draw(st.lists(st.sampled_from(sorted(VALUES) + ["IS_SPACE"]), max_size=2, unique=True)):
        if attr == "IS_SPACE":
            spec[attr] = draw(st.booleans())
            continue
        kind = draw(st.sampled_from(["eq", "IN", "NOT_IN", "REGEX"]))
        pool = VALUES[attr]
        if kind == "eq":
            spec[attr] = draw(st.sampled_from(pool))
        elif kind == "REGEX":
            spec[attr] = {"REGEX": draw(st.sampled_from(["^n", "o", "^.$", "T", "^$"]))}
        else:
            spec[attr] = {kind: draw(st.lists(st.sampled_from(pool), min_size=1, max_size=3))}
    return spec


@st.composite
def rules(draw):
    length = draw(st.integers(1, 3))
    patterns = draw(st.lists(st.lists(token_specs(), min_size=length, max_size=length), min_size=1, max_size=2))
    attrs = draw(st.fixed_dictionaries({}, optional={
        "POS": st.sampled_from(["NOUN", "VERB", "DET", "SPACE"]), "TAG": st.sampled_from(["NN", "XX"]),
        "MORPH": st.sampled_from(["Number=Sing", "Number=Plur|Person=3", "_"]),
        "LEMMA": st.sampled_from(["a", "b"]), "DEP": st.sampled_from(["dep", "nsubj"])}))
    return {"patterns": patterns, "attrs": attrs or {"POS": "X"}, "index": draw(st.integers(-length, length - 1))}


@st.composite
def docs(draw):
    n = draw(st.integers(1, 12))
    words = draw(st.lists(st.sampled_from(["the", "Court", "gon", "na", " ", "x", "no"]), min_size=n, max_size=n))
    tags = draw(st.lists(st.sampled_from(VALUES["TAG"][:-1]), min_size=n, max_size=n))
    deps = draw(st.lists(st.sampled_from(VALUES["DEP"][:-1]), min_size=n, max_size=n))
    return words, tags, deps


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(rules(), min_size=1, max_size=6), docs())
def test_random_rules_agree_with_spacy(patterns, doc):
    words, tags, deps = doc
    both(patterns, lambda vocab: hand_doc(vocab, words, tags, deps))


# ---------------------------------------------------------------- kg_entities: same output, less work

def folded_one_by_one(text: str) -> str:
    """fold_chars by its definition: each character lowered alone, kept if that makes it longer."""
    return "".join(c if len(low := c.lower()) != 1 else low for c in text.translate(QUOTES))


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("aZ Σσς İIi’«»“ÅΩẞß.-'\n") | st.characters(), max_size=30))
def test_fold_chars_lowers_each_character_alone(text):
    assert fold_chars(text) == folded_one_by_one(text)
    assert len(fold_chars(text)) == len(text)


@pytest.mark.parametrize("text", ["ΟΔΟΣ Moscow", "İstanbul Court", "the “Memorial” ’s"],
                         ids=["sigma", "dotted-i", "quotes"])
def test_fold_chars_on_letters_whose_lowercase_is_special(text):
    assert fold_chars(text) == folded_one_by_one(text)


def selected_by_definition(candidates):
    """select by its definition: strongest first, each kept unless it overlaps a kept non-nested one
    (nested ones are exempt) or repeats a kept span."""
    chosen = []
    for cand in sorted(candidates, key=lambda c: c.rank, reverse=True):
        clash = any(cand.overlaps(c) for c in chosen if not c.info.get("nested"))
        if (cand.info.get("nested") or not clash) and all((c.start, c.end) != (cand.start, cand.end) for c in chosen):
            chosen.append(cand)
    return chosen


@st.composite
def candidate_lists(draw):
    found = []
    for _ in range(draw(st.integers(0, 12))):
        start = draw(st.integers(0, 20))
        found.append(Candidate(start, start + draw(st.integers(0, 6)), "Law",
                               draw(st.sampled_from(sorted(PRIORITY))), "r", 0.5,
                               info={"nested": True} if draw(st.booleans()) and draw(st.booleans()) else {}))
    return found


@settings(max_examples=300, deadline=None)
@given(candidate_lists())
def test_select_keeps_the_strongest_non_overlapping(candidates):
    assert [id(c) for c in select(candidates)] == [id(c) for c in selected_by_definition(candidates)]
