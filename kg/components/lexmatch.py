"""Find lexicon aliases in text with one trie-shaped regular expression.

Matching is on characters, not tokens, so tokenization quirks ("Mail.Ru’s")
do not hide a name. A possessive inside a name is optional on both sides:
"the State Duma's security committee" is the alias "State Duma security
committee", and the alias "Russia's Supreme Court" also matches "Russia
Supreme Court". Case rules keep ordinary words from matching names:
an alias written with capitals does not match all-lowercase text (except a
law's descriptive title: "Law on Mass Media" matches "the law on mass media"), short
all-caps aliases ("VK", "FSB") match only in capitals, and entries marked
``case_sensitive`` match only as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.lexicon import Entry, Lexicon, unify_quotes

WORD = re.compile(r"\w")
INNER_POSSESSIVE = re.compile(r"'s(?=\s)")
LAW_TITLE = re.compile(r"(?:Federal )?Law on ")  # a title saying what a law is about reads the same in lowercase


def alias_key(text: str) -> str:
    """The lookup form of folded text: one space between words, no possessive before a space."""
    return INNER_POSSESSIVE.sub("", " ".join(text.split()))


def fold_chars(text: str) -> str:
    """Lowercase and unify quotes without changing the length (offsets stay valid).

    Each character is lowered on its own, or kept when its lowercase is longer ("İ"). When the
    whole string lowers to as many characters, every character lowered to one, which is what
    lowering them one by one gives, but for a capital sigma (str.lower() looks at its neighbours).
    """
    text = unify_quotes(text)
    low = text.lower()
    if len(low) == len(text) and "\u03a3" not in text:
        return low
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


def trie_regex(words: list[str]) -> str:
    """A regex that matches any of `words`, longest first, built from their trie."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True
    return _pattern(trie)


def _pattern(node: dict) -> str:
    ends = "" in node
    # a space is any run of spaces or a line break, after an optional possessive
    branches = [(r"(?:'s)?\s+" if ch == " " else re.escape(ch)) + _pattern(child)
                for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


class AliasMatcher:
    """Matches every alias of every lexicon entry; resolves a match to entries."""

    def __init__(self, lexicon: Lexicon):
        self.by_alias: dict[str, list[tuple[str, Entry]]] = {}
        for entry in lexicon.entries.values():
            for alias in {entry.label, *entry.aliases}:
                folded = alias_key(fold_chars(alias))
                self.by_alias.setdefault(folded, []).append((unify_quotes(alias), entry))
        words = sorted(self.by_alias, key=len, reverse=True)
        body = trie_regex(words) if words else r"(?!x)x"
        # an alias starts after a non-word character: searched for as that character, the engine
        # skips every word character in C instead of trying the alias trie at each of them
        self.regex = re.compile(rf"\W(?:{body})(?!\w)")

    def find(self, text: str) -> Iterator[tuple[int, int, Entry]]:
        folded = fold_chars(text)
        padded = " " + folded  # the non-word character before the first; padded[i] is folded[i - 1]
        pos = 0
        while match := self.regex.search(padded, pos):  # an alias at folded[i:j] matches padded[i:j + 1]
            start, end = match.start(), match.end() - 1
            hit = self.longest_valid(text, folded, start, end)
            if hit:
                yield hit
                pos = hit[1]
            else:
                pos = start + 1

    def longest_valid(self, text: str, folded: str, start: int, end: int) -> tuple[int, int, Entry] | None:
        """The longest alias at `start` that also passes the case rules (a shorter one when the longest fails)."""
        for stop in range(end, start, -1):
            if stop < len(folded) and (folded[stop].isalnum() or folded[stop] == "_"):
                continue
            surface = " ".join(unify_quotes(text[start:stop]).split())
            for alias, entry in self.by_alias.get(alias_key(folded[start:stop]), ()):
                if case_ok(alias, surface, entry):
                    return start, stop, entry
        return None


def case_ok(alias: str, surface: str, entry: Entry) -> bool:
    alias, surface = INNER_POSSESSIVE.sub("", alias), INNER_POSSESSIVE.sub("", surface)
    if entry.case_sensitive or (alias.isupper() and len(alias) <= 5):
        return surface == alias
    if surface.islower() and not alias.islower():
        return entry.type == "Law" and LAW_TITLE.match(alias) is not None  # "the law on countering terrorism"
    return True
