"""kg.doc_tables: the shared token table picks the same tokens a walk over the Doc would, in text order,
and per-Doc memo tables never carry over to another Doc."""

import spacy
from spacy.tokens import Doc

from kg.arguments import asserted
from kg.doc_tables import memo, words

VOCAB = spacy.blank("en").vocab


def parsed(words_, lemmas, pos, heads, deps):
    return Doc(VOCAB, words=words_, lemmas=lemmas, pos=pos, heads=heads, deps=deps)


def court_doc():
    # "The court did not ban Meduza and fined Agora"
    return parsed(["The", "court", "did", "not", "ban", "Meduza", "and", "fined", "Agora"],
                  ["the", "court", "do", "not", "ban", "Meduza", "and", "fine", "Agora"],
                  ["DET", "NOUN", "AUX", "PART", "VERB", "PROPN", "CCONJ", "VERB", "PROPN"],
                  [1, 4, 4, 4, 4, 4, 4, 4, 7], ["det", "nsubj", "aux", "neg", "ROOT", "dobj", "cc", "conj", "dobj"])


def test_pick_is_a_filtered_walk_in_text_order():
    doc = court_doc()
    table = words(doc)
    lemmas, forms, tags = {"fine", "ban", "absent"}, {"meduza"}, ("AUX",)
    walk = [t.i for t in doc if t.lemma_.lower() in lemmas or t.lower_ in forms or t.pos_ in tags]
    assert [t.i for t in table.pick(lemmas=lemmas, forms=forms, pos=tags)] == walk == [2, 4, 5, 7]
    assert [t.i for t in table.with_lemma("court")] == [1]
    assert [t.i for t in table.with_pos("VERB", "AUX")] == [2, 4, 7]
    assert table.with_lower(()) == [] and table.with_lemma({"absent"}) == []


def test_tables_belong_to_their_doc():
    first, second = court_doc(), court_doc()
    assert words(first) is words(first)
    memo(first, "x")[0] = "first"
    assert memo(second, "x") == {}  # another Doc starts empty
    assert words(first).memo.get("x") in (None, {})  # and asking about it again does not bring back the old one


def test_asserted_is_remembered_per_doc():
    doc = court_doc()
    assert (asserted(doc[4]), asserted(doc[7])) == (False, False)  # "did not ban ... and fined": under the negation
    other = parsed(["The", "court", "fined", "Agora"], ["the", "court", "fine", "Agora"],
                   ["DET", "NOUN", "VERB", "PROPN"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "dobj"])
    assert asserted(other[2]) is True  # index 2 of another Doc: not the first Doc's answer for its token 2
