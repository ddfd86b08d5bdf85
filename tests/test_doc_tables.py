"""kg.doc_tables: the shared token table picks the same tokens a walk over the Doc would, in text order,
its sentence, children and head lookups give what spaCy's own walks give, and per-Doc memo tables never
carry over to another Doc; kg.components.scans.lower_indexes finds the tokens a walk over the Doc finds."""

import spacy
from spacy.tokens import Doc

from kg.arguments import asserted
from kg.components.scans import lower_indexes
from kg.doc_tables import (ancestors, char_span, children, heads_with, memo, offsets, sentence_at, sentence_of,
                           sentences, span_text, words)

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


def two_sentences():
    # "The court fined Agora. The Moscow city court, a district court, did not ban the parliament group."
    doc = parsed(["The", "court", "fined", "Agora", ".", "The", "Moscow", "city", "court", ",", "a", "district",
                  "court", ",", "did", "not", "ban", "the", "parliament", "group", "."],
                 ["the", "court", "fine", "Agora", ".", "the", "Moscow", "city", "court", ",", "a", "district",
                  "court", ",", "do", "not", "ban", "the", "parliament", "group", "."],
                 ["DET", "NOUN", "VERB", "PROPN", "PUNCT", "DET", "PROPN", "NOUN", "NOUN", "PUNCT", "DET", "NOUN",
                  "NOUN", "PUNCT", "AUX", "PART", "VERB", "DET", "NOUN", "NOUN", "PUNCT"],
                 [1, 2, 2, 2, 2, 8, 8, 8, 16, 8, 12, 12, 8, 8, 16, 16, 16, 19, 19, 16, 16],
                 ["det", "nsubj", "ROOT", "dobj", "punct", "det", "compound", "compound", "nsubj", "punct", "det",
                  "compound", "appos", "punct", "aux", "neg", "ROOT", "det", "compound", "dobj", "punct"])
    return doc


def test_sentences_and_children_are_spacys():
    doc = two_sentences()
    for token in doc:
        assert sentence_of(token) == token.sent
        assert (sentence_of(token).start, sentence_of(token).end) == (token.sent.start, token.sent.end)
        assert children(token) == tuple(token.children)
        assert ancestors(token) == tuple(token.ancestors)
    assert [sentence_of(doc[i]).start for i in (0, 4, 5, 20)] == [0, 0, 5, 5]
    assert all(sentence_at(doc, t.i) == t.sent for t in doc)
    assert sentence_at(doc, -1) == doc[-1].sent  # an index from the end, as doc[-1]
    assert sentences(doc) == list(doc.sents) and [s.start for s in sentences(doc)] == [0, 5]


def test_heads_with_is_a_walk_over_children():
    doc = two_sentences()
    for lemmas in ({"city"}, {"city", "district", "parliament"}, {"court"}, set()):
        walk = {t.i for t in doc if any(c.dep_ == "compound" and c.lemma_.lower() in lemmas for c in t.children)}
        assert heads_with(doc, "compound", frozenset(lemmas)) == walk
    assert heads_with(doc, "compound", frozenset({"city", "district"})) == {8, 12}


def test_lower_indexes_is_a_walk_over_the_doc():
    doc = two_sentences()
    for forms in ({"the"}, {"court", "parliament", "absent"}, {"agora"}, set()):
        assert lower_indexes(doc, frozenset(forms)) == [t.i for t in doc if t.lower_ in forms]
    assert lower_indexes(doc, frozenset({"the"})) == [0, 5, 17]
    assert lower_indexes(Doc(VOCAB, words=[]), frozenset({"the"})) == []


def test_offsets_are_the_tokens_offsets():
    doc = two_sentences()
    assert offsets(doc) == [t.idx for t in doc]
    assert offsets(doc) is offsets(doc)  # read once per Doc
    assert offsets(Doc(VOCAB, words=[])) == []


def test_span_text_is_the_slices_text():
    doc = Doc(VOCAB, words=["The", "court", "fined", "Agora", "editor", "-", "in", "-", "chief", "."],
              spaces=[True, True, True, True, False, False, False, False, False, False])
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            assert span_text(doc, start, end) == doc[start:end].text
    assert span_text(doc, 4, 9) == "editor-in-chief" and span_text(doc, 3, 3) == ""


def test_char_span_is_spacys_expanded_span():
    doc = two_sentences()
    text = doc.text
    for start, end in ((0, 3), (1, 3), (4, 14), (0, len(text)), (5, 5), (len(text) - 1, len(text))):
        expected = doc.char_span(start, end, alignment_mode="expand")
        found = char_span(doc, start, end)
        assert (found.start, found.end) == (expected.start, expected.end) if expected is not None else found is None
    assert char_span(doc, 4, 14) is char_span(doc, 4, 14)  # made once per Doc and range


def test_children_and_ancestors_are_the_tables_tokens():
    doc = two_sentences()
    table = words(doc)
    assert all(c is table.tokens[c.i] for t in doc for c in (*children(t), *ancestors(t)))  # no Token made anew
    assert [c.i for c in children(doc[16])] == [8, 14, 15, 19, 20]  # left children, then right ones
    assert [a.i for a in ancestors(doc[11])] == [12, 8, 16] and ancestors(doc[16]) == ()
    unparsed = Doc(VOCAB, words=["no", "parse"])
    assert children(unparsed[0]) == () and ancestors(unparsed[1]) == ()


def test_the_table_s_words_are_the_tokens_attributes(monkeypatch):
    import kg.doc_tables as tables

    doc = parsed(["The", "COURT", "Fined", "Agora", "İstanbul", "ΣΟΦΙΑ", "?"],
                 ["the", "Court", "fine", "Agora", "İstanbul", "ΣΟΦΙΑ", "?"],
                 ["DET", "NOUN", "VERB", "PROPN", "PROPN", "PROPN", "X"], [1, 2, 2, 2, 2, 2, 2],
                 ["det", "nsubj", "ROOT", "dobj", "dobj", "dobj", "dep"])
    doc[6].pos = 0  # no part of speech at all
    expected = ([t.lemma_.lower() for t in doc], [t.lower_ for t in doc], [t.pos_ for t in doc])
    table = tables.Words(doc)
    assert (table.lemma, table.lower, table.pos) == expected
    assert (tables.Words(doc).lemma, tables.Words(doc).pos) == expected[::2]  # from the kept names
    monkeypatch.setattr(tables, "MOST_NAMES", 0)  # the kept names cleared as they grow: the same words
    assert (tables.Words(doc).lemma, tables.Words(doc).lower, tables.Words(doc).pos) == expected
    empty = tables.Words(Doc(VOCAB, words=[]))
    assert (empty.tokens, empty.lemma, empty.lower, empty.pos) == ((), [], [], [])
