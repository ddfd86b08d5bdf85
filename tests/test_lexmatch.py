"""Lexicon alias matching on characters (kg.components.lexmatch) with a tiny hand-made lexicon."""

from __future__ import annotations

import re

import pytest

from kg.components.lexmatch import AliasMatcher, trie_regex
from kg.lexicon import QUOTES, Entry, Lexicon

ENTRIES = [
    Entry("supreme", "Court", "Supreme Court of Freedonia",
          ("Supreme Court", "Freedonia's Supreme Court", "Freedonian Supreme Court")),
    Entry("court-x", "Court", "Court", ()),  # a one-word capitalized name: never matches "court"
    Entry("vk", "Organization", "VK", ("VK Group",)),
    Entry("mailru", "Organization", "Mail.ru Group", ("Mail.ru",)),
    Entry("penal", "Law", "Penal Code of Freedonia", ("penal code",)),
    Entry("hope", "Organization", "Hope", ("Hope Society",), case_sensitive=True),
    Entry("agora", "Organization", "Agora", ()),
    Entry("agora-watch", "Organization", "Agora Watch", (), case_sensitive=True),
    Entry("media-law", "Law", "Law on Mass Media of Freedonia", ("Law on Mass Media",)),
    Entry("committee", "GovernmentBody", "Freedonia Assembly Committee on Fisheries", ("Assembly fisheries committee",)),
]


@pytest.fixture(scope="module")
def matcher() -> AliasMatcher:
    return AliasMatcher(Lexicon({e.id: e for e in ENTRIES}))


def found(matcher: AliasMatcher, text: str) -> list[tuple[str, str]]:
    """(surface, entry id) of every match; each surface is sliced from the text by the offsets."""
    return [(text[start:end], entry.id) for start, end, entry in matcher.find(text)]


# --- The trie regex alone ------------------------------------------------------------------


@pytest.mark.parametrize("words, text, expected", [
    (["court", "supreme court", "supreme court of russia"], "the supreme court of russia ruled",
     ["supreme court of russia"]),
    (["ab", "abc", "b"], "abc b ab", ["abc", "b", "ab"]),
    (["a.b", "a+b"], "a+b axb a.b", ["a+b", "a.b"]),
    (["x"], "y", []),
], ids=["longest", "prefixes", "metacharacters-escaped", "none"])
def test_trie_regex_matches_longest(words, text, expected):
    assert [m.group() for m in re.finditer(trie_regex(words), text)] == expected


def test_trie_regex_matches_exactly_its_words():
    words = ["duma", "state duma", "state", "st"]
    pattern = re.compile(trie_regex(words))
    for word in words:
        assert pattern.fullmatch(word)
    for other in ["sta", "state dum", "dumas", ""]:
        assert not pattern.fullmatch(other)


# --- Matching text -------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Freedonia's Supreme Court ruled.", [("Freedonia's Supreme Court", "supreme")]),
    ("The Freedonian Supreme Court ruled.", [("Freedonian Supreme Court", "supreme")]),
    ("The Supreme Court of Freedonia ruled.", [("Supreme Court of Freedonia", "supreme")]),
    ("The Supreme Court ruled.", [("Supreme Court", "supreme")]),
    ("VK Group owns it.", [("VK Group", "vk")]),
], ids=["possessive", "adjective", "label", "short-alias", "caps-prefix"])
def test_longest_alias_wins(matcher, text, expected):
    assert found(matcher, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The VKontakte network.", []),
    ("Courtney said.", []),
    ("The Supreme Courts ruled.", []),
    ("(Supreme Court)", [("Supreme Court", "supreme")]),
    ("Mail.ru's shares fell; Mail.ru.", [("Mail.ru", "mailru"), ("Mail.ru", "mailru")]),
    ("Hopeful Society members.", []),
], ids=["inside-word", "prefix-of-word", "plural", "brackets", "dots-and-possessive", "word-start"])
def test_word_boundaries(matcher, text, expected):
    assert found(matcher, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("the supreme court of freedonia said", []),
    ("a court said", []),
    ("THE SUPREME COURT ruled", [("SUPREME COURT", "supreme")]),
    ("the penal code says", [("penal code", "penal")]),
    ("the Penal Code says", [("Penal Code", "penal")]),
    ("VK said", [("VK", "vk")]),
    ("vk said", []),
    ("Vk said", []),
    ("Hope said", [("Hope", "hope")]),
    ("there is hope", []),
    ("HOPE SOCIETY said", []),
    ("Hope Society said", [("Hope Society", "hope")]),
], ids=["lowercase-text", "lowercase-court", "all-caps-text", "lowercase-alias", "capitalized-lowercase-alias",
        "short-caps", "short-caps-lower", "short-caps-title", "case-sensitive", "case-sensitive-lower",
        "case-sensitive-upper", "case-sensitive-alias"])
def test_case_rules(matcher, text, expected):
    assert found(matcher, text) == expected


@pytest.mark.parametrize("text", [
    "Freedonia’s Supreme Court ruled.",
    "Freedonia's Supreme Court ruled.",
    "Freedonia‘s Supreme Court ruled.",
], ids=["curly", "straight", "left-quote"])
def test_apostrophes_are_unified(matcher, text):
    [(surface, entry)] = found(matcher, text)
    assert entry == "supreme"
    assert surface.translate(QUOTES) == "Freedonia's Supreme Court"


def test_curly_alias_matches_straight_text():
    lexicon = Lexicon({"c": Entry("c", "Court", "Court of Ruritania", ("Ruritania’s Court",))})
    text = "Ruritania's Court ruled."
    assert [(text[s:e], x.id) for s, e, x in AliasMatcher(lexicon).find(text)] == [("Ruritania's Court", "c")]


@pytest.mark.parametrize("text", [
    "In İzmir the Supreme Court ruled; VK and the penal code too.",
    "ß and ﬁ first: Freedonia’s Supreme Court, then Mail.ru Group.",
    "Nothing to find here at all.",
    "",
], ids=["dotted-capital-i", "ligatures", "nothing", "empty"])
def test_offsets_slice_the_text_exactly(matcher, text):
    """Characters whose lowercase is longer (İ) must not shift the offsets."""
    for start, end, entry in matcher.find(text):
        folded = text[start:end].translate(QUOTES).lower()
        aliases = {a.translate(QUOTES).lower() for a in (entry.label, *entry.aliases)}
        assert folded in aliases
        assert start == 0 or not text[start - 1].isalnum()
        assert end == len(text) or not text[end].isalnum()


def test_matches_do_not_overlap_and_come_in_order(matcher):
    text = "VK Group, VK, Mail.ru Group and Supreme Court of Freedonia; the Supreme Court."
    spans = [(s, e) for s, e, _ in matcher.find(text)]
    assert spans == sorted(spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:]))
    assert [text[s:e] for s, e in spans] == ["VK Group", "VK", "Mail.ru Group", "Supreme Court of Freedonia",
                                              "Supreme Court"]


def test_empty_lexicon_matches_nothing():
    assert list(AliasMatcher(Lexicon()).find("The Supreme Court ruled.")) == []


@pytest.mark.parametrize("text", ["Freedonia’s\nSupreme Court ruled.", "Freedonia's  Supreme Court ruled."],
                         ids=["newline", "two-spaces"])
def test_alias_across_line_break(matcher, text):
    [(surface, entry)] = found(matcher, text)
    assert entry == "supreme" and surface.startswith("Freedonia")


def test_case_failure_of_longest_alias_falls_back_to_shorter(matcher):
    assert found(matcher, "The Agora watch list grew.") == [("Agora", "agora")]


@pytest.mark.parametrize("text, expected", [
    ("The Assembly's fisheries committee met.", [("Assembly's fisheries committee", "committee")]),
    ("The Assembly’s fisheries committee met.", [("Assembly’s fisheries committee", "committee")]),
    ("Freedonia Supreme Court ruled.", [("Freedonia Supreme Court", "supreme")]),
    ("The Assembly's members met.", []),
], ids=["possessive-in-text", "curly-possessive", "possessive-in-alias-only", "possessive-alone"])
def test_possessive_inside_a_name_is_optional(matcher, text, expected):
    assert found(matcher, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Under the law on mass media, the outlet lost its licence.", [("law on mass media", "media-law")]),
    ("Under the Law on Mass Media, the outlet lost its licence.", [("Law on Mass Media", "media-law")]),
], ids=["lowercase-title", "capitalized-title"])
def test_law_title_matches_in_lowercase(matcher, text, expected):
    assert found(matcher, text) == expected
