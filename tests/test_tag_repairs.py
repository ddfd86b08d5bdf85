"""kg.components.tag_repairs: a participle the parser hangs on a noun ('acl') but the tagger reads as a finite past
verb is read as the participle it is. Sentences of our own read through the real model."""

from __future__ import annotations

from tests.sentences import holds, kinds

HANDED = "The Supreme Court upheld the sentence handed down to Ivan Petrov by the Kirov Regional Court."


def test_a_participle_on_a_noun_is_tagged_a_participle(nlp):
    handed = next(t for t in nlp(HANDED) if t.lower_ == "handed")
    assert handed.dep_ == "acl" and handed.tag_ == "VBN" and "Part" in handed.morph.get("VerbForm")


def test_the_court_that_handed_down_the_sentence_issued_it_and_convicted_the_one_it_fell_on(nlp, lexicon):
    found = kinds(nlp, lexicon, HANDED)
    assert holds(found, "Kirov Regional Court", "issued", "sentence")
    assert holds(found, "Kirov Regional Court", "sanctioned", "Ivan Petrov")


def test_a_finite_verb_keeps_its_tag(nlp):
    handed = next(t for t in nlp("The Kirov Regional Court handed down the sentence in May.") if t.lower_ == "handed")
    assert handed.tag_ == "VBD"
