"""Which code a provision belongs to, when its reference names none or only "the Code".

`resolve_codes(provisions, text)` attaches to each provision without a code the code the
numbered rules on that function pick from the code names of the text (kg.provision_codes),
and keys a generic or lexicon-named code; `default_code(article)` is the caller's last-resort
guess from the article number alone. The numbering of each keyed code (`_RANGES`) decides
which codes can hold an article.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING, Mapping

from kg import provision_codes as codes
from kg.provision_codes import CodeRef, norm

if TYPE_CHECKING:
    from kg.provisions import Provision

# Numbering of each keyed code: (lowest article, highest article, min dots, max dots).
_RANGES = {"ru-cc": (1, 361, 0, 1), "ru-coao": (1, 32, 1, 2), "ru-cpc": (1, 474, 0, 1),
           "ru-civil": (1, 1551, 0, 1), "ru-constitution": (1, 137, 0, 0),
           "echr": (1, 59, 0, 0), "iccpr": (1, 53, 0, 0), "udhr": (1, 30, 0, 0)}
# Sentence ends: . ! ? (plus closing quote) before a capital, or a blank line.
# (Written to start with the mark itself, so that the regex engine skips to the next mark fast; the
# lookbehinds then check the word before it: "(?<!\bArt.)" after the mark is "(?<!\bArt)" before it.)
SENTENCE_END_RE = re.compile(
    r"[.!?\n](?:(?<=[.!?])(?<!\bArt.)(?<!\bNo.)(?<!\bMr.)(?<!\bMs.)(?<!\bDr.)(?<!\bSt.)(?<!\bMrs.)"
    r"[\"'”’)]*\s+(?=[\"“(]?[A-Z])"
    r"|(?<=\n)\s*\n)")


# a second clause between a provision and a code named after it in its sentence: the code is that clause's
# ("toughens Article 236, ..., and makes matching changes to the Criminal Procedure Code")
CLAUSE_JOIN = re.compile(r",\s+(?:and|but|while|whereas)\s+(?!(?:of\s+)?(?:Article|Part|Paragraph|Section)s?\b)|;")


def resolve_codes(provisions: list[Provision], text: str,
                  code_keys: Mapping[str, str] | None = None) -> list[Provision]:
    """Attach a code to provisions that name none, and key generic or lexicon-named codes.

    For a provision without a code, candidates are code names in `text` that have a key and
    whose numbering can hold the article (see `_fits`); the first rule that yields one wins:
    (1) the nearest code named after the provision in the same sentence, with no second clause between them
    (", and makes changes to <code>"); (2) the code named
    most recently before it; (3) the nearest code named after it within the next two
    sentences; (4) none: the caller may fall back on `default_code`. Between (1) and (2): the code an
    earlier reference to the same article named ("Article 10.1 of the Law on Information ... under Part 4.1
    of Article 10.1"), keyed or not, else the code these rules gave the article's first reference. A generic "the Code" /
    "the Convention" takes the key of the latest earlier named code of its kind, else of the
    first later one. `code_keys` maps extra surface names (case-insensitive, leading "the"
    ignored) to keys, and wins over the built-in keys.
    """
    lexicon = {norm(name): key for name, key in (code_keys or {}).items() if name.strip()}
    scans = _Scans(text, lexicon)  # the code names and sentences of the text, read when first needed
    cited: dict[str, CodeRef] = {}  # article -> the code an earlier reference to it named
    resolved = list(provisions)
    for i in sorted(range(len(provisions)), key=lambda i: provisions[i].start):
        resolved[i] = _resolve_one(provisions[i], scans, cited.get(provisions[i].article))
        if resolved[i].code is not None and (provisions[i].code is not None or provisions[i].article not in cited):
            cited[provisions[i].article] = resolved[i].code  # named, else the code first picked for the article
    return resolved


class _Scans:
    """The code names and sentence starts of a text, each scanned on first use: a text whose
    provisions all name a keyed code needs neither."""

    def __init__(self, text: str, lexicon: Mapping[str, str]):
        self.text, self.lexicon, self._mentions, self._starts = text, lexicon, None, None

    @property
    def mentions(self) -> list[CodeRef]:
        if self._mentions is None:
            self._mentions = codes.mentions(self.text, self.lexicon)
        return self._mentions

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [0] + [m.end() for m in SENTENCE_END_RE.finditer(self.text)]
        return self._starts


def _resolve_one(p: Provision, scans: _Scans, cited: CodeRef | None = None) -> Provision:
    """Key the provision's own code, or attach the code the numbered rules pick; `cited` is the code an earlier
    reference to the same article named."""
    if p.code is not None:
        return _key_own_code(p, scans)
    mentions, starts = scans.mentions, scans.starts
    fitting = [c for c in mentions
               if c.key and _fits(c.key, p.article) and not codes.is_lowercase_generic(c.text)]
    sentence = _bisect(starts, p.start)
    after_same = [c for c in fitting if c.start >= p.end and _bisect(starts, c.start) == sentence
                  and not CLAUSE_JOIN.search(scans.text, p.end, c.start)]
    before = [c for c in fitting if c.end <= p.start]
    after_near = [c for c in fitting
                  if c.start >= p.end and _bisect(starts, c.start) <= sentence + 2]
    for rule, found in (("code.same_sentence_after.v1", after_same[:1]),
                        ("code.same_article_cited_before.v1", [cited] if cited is not None else []),
                        ("code.most_recent_before.v1", before[-1:]),
                        ("code.next_sentences.v1", after_near[:1])):
        if found:
            return replace(p, code=found[0], code_rule=rule)
    return p


def _key_own_code(p: Provision, scans: _Scans) -> Provision:
    """A lexicon key for the code the reference names, or the key its generic name refers to."""
    name = norm(p.code.text)
    keyed = scans.lexicon.get(name)
    if keyed is None and p.code.key is None:
        keyed = next((c.key for c in scans.mentions if c.start == p.code.start), None)
    rule = "code.lexicon.v1" if name in scans.lexicon else "code.generic_reference.v1"
    return replace(p, code=replace(p.code, key=keyed), code_rule=rule) if keyed else p


def _fits(key: str, article: str) -> bool:
    """Whether `key`'s numbering can hold `article` (unknown codes hold anything)."""
    if key not in _RANGES:
        return True
    low, high, min_dots, max_dots = _RANGES[key]
    head, dots = _numbering(article)
    return low <= head <= high and min_dots <= dots <= max_dots


def default_code(article: str) -> str | None:
    """The code an article number implies when the text names none.

    Criminal Code: 105-361, optionally with one dotted level (205.2, 207.3, 282.2, 284.1);
    its general part (1-104) is left out because "Article 5" or "Article 29" is more often the
    Convention or the Constitution. Code of Administrative Offenses: chapters 1-32 with two or
    three levels (13.15, 20.2, 20.3.1). Anything else (Constitution, Convention): None.
    """
    head, dots = _numbering(article)
    if 105 <= head <= 361 and dots <= 1:
        return "ru-cc"
    if 1 <= head <= 32 and 1 <= dots <= 2:
        return "ru-coao"
    return None


def _numbering(article: str) -> tuple[int, int]:
    """The article's leading number and how many dotted levels follow it: "20.3.1" -> (20, 2)."""
    return int(article.split(".")[0]), article.count(".")


def _bisect(starts: list[int], offset: int) -> int:
    """Index of the sentence (by start offsets) that holds `offset`."""
    return bisect_right(starts, offset) - 1
