"""kg_entities' cheaper type correction, alias search and folding give what the plain code gave.

Each shortcut runs against the straightforward code it replaced, kept here as its definition:
the surname rules of kg/components/typing.py visited every token (now they pick tokens from the
Doc's arrays), the alias regex tried its trie at every character after a non-word one (now it
searches for that character), `fold` used regular expressions and `str.translate` (now plain
string methods), and the pipeline's Docs rebuilt their text from the tokens (now they keep the
text they were made from). Random Docs are made by hand (no model); real ones by the pipeline.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.symbols import PROPN
from spacy.tokens import Doc

from kg import ingest
from kg.components import typing
from kg.components.candidates import Candidate, text_of
from kg.components.lexmatch import AliasMatcher, fold_chars, trie_regex
from kg.lexicon import QUOTES, Entry, Lexicon, fold, unify_quotes

REPO = Path(__file__).resolve().parent.parent
GIVEN = {"Olga", "Igor", "Yulia", "Artyom", "Anna"}
VOCAB = spacy.blank("en").vocab  # with the English word shapes (is_title ...)


# ---------------------------------------------------------------- the old definitions

def old_surname_after(doc, end, given_names):
    if text_of(doc)[end:end + 1] != " ":
        return None
    token = next((t for t in doc if t.idx == end + 1), None)
    if token is None or not (token.is_title and token.is_alpha) or token.text in given_names \
            or token.pos_ != "PROPN" or token.lower_ in typing.ORGANIZATION_WORDS or token.is_sent_start:
        return None
    return token


def old_full_names(doc, candidates, given_names):
    surnames = {text_of(doc)[c.start:c.end] for c in candidates if c.type == "Person"
                and len(text_of(doc)[c.start:c.end].split()) == 1 and text_of(doc)[c.start:c.end] not in given_names}
    surnames |= {t.text for t in doc if t.pos == PROPN and t.is_title and t.dep_ in ("nsubj", "nsubjpass")
                 and t.i > 0 and doc[t.i - 1].text not in given_names and not doc[t.i - 1].is_title
                 and t.lower_ not in typing.ORGANIZATION_WORDS and t.ent_type_ not in ("GPE", "LOC", "NORP")}
    found = []
    for token in doc:
        if not token.is_title or token.text not in given_names or token.i + 1 >= len(doc):
            continue
        after = doc[token.i + 1]
        if after.text not in surnames or not token.whitespace_ or \
                any(c.start < after.idx + len(after) and token.idx < c.end for c in candidates):
            continue
        found.append(Candidate(token.idx, after.idx + len(after), "Person", "ner", "entity.full_name_of_surname.v1",
                               0.7))
    return found


def old_find_surnames(doc, candidates, surnames):
    found = []
    for token in doc:
        full = surnames.get(token.lower_) if token.is_title else None
        if full is None or typing.name_as_modifier(token) or any(c.start < token.idx + len(token) and token.idx < c.end
                                                                for c in candidates):
            continue
        source = "lexicon" if full.source == "lexicon" else "ner"
        found.append(Candidate(token.idx, token.idx + len(token), "Person", source, "entity.known_surname.v1", 0.7,
                               full.key if source == "lexicon" else None))
    return found


def old_fold(text: str) -> str:
    text = " ".join(text.translate(QUOTES).split()).lower()
    text = re.sub(r"^the ", "", text)
    return re.sub(r"'s$", "", text)


def old_find(matcher: AliasMatcher, text: str):
    """AliasMatcher.find with the regex that tried the trie after a lookbehind at every character."""
    regex = re.compile(rf"(?<!\w)(?:{trie_regex(sorted(matcher.by_alias, key=len, reverse=True))})(?!\w)")
    folded, pos = fold_chars(text), 0
    while match := regex.search(folded, pos):
        hit = matcher.longest_valid(text, folded, match.start(), match.end())
        if hit:
            yield hit
            pos = hit[1]
        else:
            pos = match.start() + 1


# ---------------------------------------------------------------- random hand-made Docs

WORDS = ["Olga", "Igor", "Yulia", "Anna", "Tsvetkova", "Lebedev", "Dudkina", "Moscow", "Group", "Pravda", "court",
         "said", "the", "was", "charged", ",", ".", "OLGA", "olga", "Lebedev's", "list", "Magnitsky", "A", " ", "\n"]
token_rows = st.lists(st.tuples(st.sampled_from(WORDS), st.booleans(),
                                st.sampled_from(["PROPN", "NOUN", "VERB", "PUNCT"]),
                                st.sampled_from(["nsubj", "nsubjpass", "compound", "dobj", "ROOT"]),
                                st.sampled_from(["O", "GPE", "PERSON", "NORP"])), max_size=14)


def hand_doc(rows) -> Doc:
    words = [w for w, *_ in rows]
    heads = [min(i + 1, len(rows) - 1) for i in range(len(rows))]  # each word hangs on the next
    return Doc(VOCAB, words=words, spaces=[s for _, s, *_ in rows], pos=[p for *_, p, _, _ in rows],
               deps=[d for *_, d, _ in rows], heads=heads,
               ents=[e if e == "O" else f"B-{e}" for *_, e in rows] if rows else None)


def candidates_on(doc: Doc, picks) -> list[Candidate]:
    """Candidates over runs of the Doc's tokens."""
    found = []
    for first, size, kind, source in picks:
        if len(doc) and first < len(doc):
            span = doc[first:min(first + size, len(doc))]
            found.append(Candidate(span.start_char, span.end_char, kind, source, "test.v1", 0.5, source + kind))
    return found


picks = st.lists(st.tuples(st.integers(0, 13), st.integers(1, 3), st.sampled_from(["Person", "Organization"]),
                           st.sampled_from(["ner", "lexicon", "pattern"])), max_size=5)


def rows_of(cands):
    return [(c.start, c.end, c.type, c.source, c.rule, c.confidence, c.key) for c in cands]


@settings(max_examples=300, deadline=None)
@given(token_rows, picks)
def test_full_names_and_surnames_as_defined(rows, chosen):
    doc = hand_doc(rows)
    cands = candidates_on(doc, chosen)
    assert rows_of(typing.full_names(doc, cands, GIVEN)) == rows_of(old_full_names(doc, cands, GIVEN))
    surnames = {text_of(doc)[c.start:c.end].split()[-1].lower(): c for c in cands
                if c.type == "Person" and text_of(doc)[c.start:c.end].split()}
    assert rows_of(typing.find_surnames(doc, cands, surnames)) == rows_of(old_find_surnames(doc, cands, surnames))
    for end in range(len(text_of(doc)) + 1):
        new, old = typing.surname_after(doc, end, GIVEN), old_surname_after(doc, end, GIVEN)
        assert (new.i if new is not None else None) == (old.i if old is not None else None)


def test_given_names_changed_between_calls_are_seen():
    doc = hand_doc([("Marta", True, "PROPN", "compound", "O"), ("Lebedeva", False, "PROPN", "dobj", "O"),
                    (";", True, "PUNCT", "ROOT", "O"), ("Lebedeva", True, "PROPN", "nsubj", "O"),
                    ("said", False, "VERB", "ROOT", "O")])
    names = {"Olga"}
    assert typing.full_names(doc, [], names) == []
    names.add("Marta")  # the same set, changed: the remembered hashes must not hide the new name
    assert rows_of(typing.full_names(doc, [], names)) == rows_of(old_full_names(doc, [], names))
    assert len(typing.full_names(doc, [], names)) == 1


# ---------------------------------------------------------------- real Docs

@pytest.fixture(scope="module")
def real_docs(nlp):
    texts = [a.text for a in ingest.read_inputs([REPO / "tests" / "devset" / "dev"])
             if not isinstance(a, ingest.Skipped)][:12]
    return list(nlp.pipe(texts))


def test_surname_rules_as_defined_on_articles(real_docs, lexicon):
    for doc in real_docs:
        names = lexicon.given_names
        cands = [Candidate(e.start_char, e.end_char, "Person" if e.label_ == "PERSON" else "Organization", "ner",
                           "test.v1", 0.5) for e in doc.ents]
        assert rows_of(typing.full_names(doc, cands, names)) == rows_of(old_full_names(doc, cands, names))
        surnames = {text_of(doc)[c.start:c.end].split()[-1].lower(): c for c in cands if c.type == "Person"}
        assert rows_of(typing.find_surnames(doc, cands, surnames)) == rows_of(old_find_surnames(doc, cands, surnames))
        for c in cands:
            new, old = typing.surname_after(doc, c.end, names), old_surname_after(doc, c.end, names)
            assert (new.i if new is not None else None) == (old.i if old is not None else None)


def test_pipeline_docs_keep_their_text(real_docs, nlp):
    for doc in real_docs:
        assert doc.user_data["kg_text"] == doc.text
    assert nlp.make_doc("Olga  Dudkina\n said.").user_data["kg_text"] == "Olga  Dudkina\n said."


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from(" \n\t\u00a0\u2009aZ.,-'’\"()İΣ😀\u0301")
               | st.characters(exclude_categories=("Cs",)), max_size=40))  # spaCy takes no lone surrogate
def test_kept_text_is_the_docs_text(nlp, text):
    doc = nlp.make_doc(text)
    assert doc.user_data["kg_text"] == doc.text == text


# ---------------------------------------------------------------- folding and alias search

@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["the ", "The ", "THE", "'s", "’s", "s", " ", "\n", "\u2028", "\x1c", "«", "»", "`",
                                 "ʼ", "a", "İ", "Σ", "x'S", "\u00a0"]) | st.text(max_size=8),
                max_size=10).map("".join))
def test_fold_as_defined(text):
    assert fold(text) == old_fold(text)
    assert unify_quotes(text) == text.translate(QUOTES)


ENTRIES = [
    Entry("supreme", "Court", "Supreme Court of Freedonia", ("Supreme Court", "Freedonia's Supreme Court")),
    Entry("vk", "Organization", "VK", ("VK Group",)),
    Entry("mailru", "Organization", "Mail.ru Group", ("Mail.ru",)),
    Entry("hope", "Organization", "Hope", ("Hope Society",), case_sensitive=True),
    Entry("dots", "Organization", ".dot", ("(Paren) Org", "'Quoted' Name")),
    Entry("media-law", "Law", "Law on Mass Media", ()),
    Entry("quoted", "Organization", "quoted", ()),  # found one character on when "'Quoted' Name" fails its case
]
PIECES = ["Supreme", "Court", "court", "of", "Freedonia", "Freedonia's", "VK", "vk", "Group", "Mail.ru", "Hope",
          "hope", "Society", ".dot", "(Paren)", "Org", "'Quoted'", "Name", "Law on Mass Media", "law on mass media",
          "x", "_", "9", "İ", "’s", "'quoted' name", "'quoted'"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from([" ", "", "\n", "  ", ",", "-", "_", "."])),
                max_size=12).map(lambda pairs: "".join(w + s for w, s in pairs)))
def test_alias_search_as_defined(text):
    matcher = AliasMatcher(Lexicon({e.id: e for e in ENTRIES}))
    assert list(matcher.find(text)) == list(old_find(matcher, text))
