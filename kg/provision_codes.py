"""Code names in text: which code or convention a name stands for ("Russia's Criminal Code",
"KoAP", "the European Convention on Human Rights", "the Code").

`CODE_NAMES` is the table of names with their keys ("ru-cc", "ru-coao", "echr", ...; None for a
name we recognise but do not key); `CODE` is the pattern of any name with its Russian
qualifiers, which kg.provisions embeds in its reference patterns. `code_ref` keys one name,
`code_names` scans a text for names (skipping ahead to the words every name holds) and
`mentions` lists a text's names with their keys, a generic "the Code" / "the Convention" keyed
by the named code of its kind (see `key_generics`). kg.provision_resolve uses these to attach
codes to provisions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Mapping


@dataclass(frozen=True, slots=True)
class CodeRef:
    start: int
    end: int
    text: str            # surface form without a leading "the": "Russian Criminal Code"
    key: str | None      # "ru-cc", "ru-coao", "echr", ...; None when unknown or generic


# (key, pattern) rows; first full match wins, so specific names precede generic ones.
CODE_NAMES: list[tuple[str | None, str]] = [
    # Criminal Procedure Code, in both word orders
    ("ru-cpc", r"criminal[\s-]+procedur(?:e|al)\s+code|code\s+of\s+criminal\s+procedure"),
    # Criminal Code (also the transliterated abbreviation "UK RF")
    ("ru-cc", r"criminal\s+code|(?-i:UK\s+RF)"),
    # Code of Administrative Offenses/Offences/Violations, "Administrative Code", KoAP, CoAO
    ("ru-coao", r"code\s+(?:of|on)\s+administrative\s+(?:offen[cs]es|violations)"
                r"|administrative\s+(?:offen[cs]es\s+|violations\s+)?code|(?-i:KoAP|CoAO|CAO)"),
    ("ru-civil", r"civil\s+code"),
    # another country's constitution ("Ukrainian Constitution", "Constitution of Ukraine")
    (None, r"(?!russian\b)(?-i:U\.?S\.?|[A-Z][a-z]+(?:an|ese|ish|ic|ch))\s+constitution"
           r"|constitution\s+of\s+(?!(?:the\s+)?russia)(?:the\s+)?[a-z]+"),
    ("ru-constitution", r"constitution"),
    # a protocol to the Convention ("Protocol No. 1 to the European Convention on Human Rights"): its
    # articles are the Convention's, numbered "P1-1" as the Strasbourg court does (kg.provisions)
    ("echr", r"protocol\s+no\.?\s*\d+\s+to\s+(?:the\s+)?(?:european\s+)?convention(?:\s+(?:on|for\s+the"
             r"\s+protection\s+of)\s+human\s+rights(?:\s+and\s+fundamental\s+freedoms)?)?"),
    # the European Convention on Human Rights under its usual names
    ("echr", r"european\s+convention(?:\s+(?:on|for\s+the\s+protection\s+of)\s+human\s+rights"
             r"(?:\s+and\s+fundamental\s+freedoms)?)?"
             r"|convention\s+for\s+the\s+protection\s+of\s+human\s+rights(?:\s+and\s+fundamental"
             r"\s+freedoms)?|(?-i:ECHR)"),
    ("iccpr", r"international\s+covenant\s+on\s+civil\s+and\s+political\s+rights|(?-i:ICCPR)"),
    ("udhr", r"universal\s+declaration\s+of\s+human\s+rights|(?-i:UDHR)"),
    # other codes and laws we recognise as names but do not key (a lexicon may key them)
    (None, r"(?:tax|labou?r|family|housing|land|budget|arbitration\s+procedure|civil\s+procedure)"
           r"\s+code|code\s+of\s+(?:civil|arbitration)\s+procedure"
           r"|(?:federal\s+)?law\s+no\.?\s*\d+-fz|protocol\s+no\.?\s*\d+"),
    # generic back-references ("the Code", "the Convention"); key_generics keys them
    (None, r"code|convention|covenant"),
]
# Russian qualifiers: "Russia's", "Russian", "RF" before; "of the Russian Federation" after
_QUAL_BEFORE = (r"(?:(?:Russian\s+Federation|Russia|RF)['’]s\s+"
                r"|(?:Russian\s+Federation|Russian|RF)\s+)?")
_QUAL_AFTER = r"(?:\s+of\s+(?:the\s+)?(?:Russian\s+Federation|Russia|RF)\b)?"
CODE = rf"{_QUAL_BEFORE}(?:{'|'.join(p for _, p in CODE_NAMES)})\b{_QUAL_AFTER}"
_CODE_TABLE = [(key, re.compile(rf"{_QUAL_BEFORE}(?:{p}){_QUAL_AFTER}", re.I))
               for key, p in CODE_NAMES]
GENERIC_RE = re.compile(r"(?:code|convention|covenant)", re.I)  # fullmatch: a back-reference
CODE_RE = re.compile(rf"\b{CODE}", re.I)  # any code name, for the scan of `code_names`
# Every code name holds one of these words, and no more than six words come before it ("Russian
# Federation's Federal Law No. 5-FZ"): a scan for code names starts a few words before the next such word.
# (Looked for in the lowercased text, which has the offsets of the text and folds case as re.I does
# unless the text holds a letter that re.I alone folds onto an ASCII one: such a text is scanned whole.)
CODE_WORD_RE = re.compile(r"code|constitution|convention|covenant|declaration|koap|coao|cao|echr|iccpr|udhr|fz|"
                          r"protocol|uk\s+rf")
_ODD_FOLDS = "\u0130\u0131\u017f\u212a"  # İ ı ſ K: re.I reads them as i, i, s, k
# The kind of each keyed code, for keying a generic "the Code" / "the Convention" / "the Covenant".
_FAMILY = {"ru-cc": "code", "ru-coao": "code", "ru-cpc": "code", "ru-civil": "code",
           "echr": "convention", "iccpr": "covenant"}


def lowered(text: str) -> str | None:
    """The text in lowercase with its offsets, when that folds case as re.I does; else None."""
    return None if any(c in text for c in _ODD_FOLDS) else text.lower()


def norm(name: str) -> str:
    """A code name as lexicons key it: lowercase, single spaces, no leading "the"."""
    return re.sub(r"^the\s+", "", " ".join(name.lower().split()))


def code_ref(text: str, start: int, end: int) -> CodeRef:
    """A CodeRef for text[start:end], with the key of the first code-name row that fits."""
    surface = text[start:end]
    key = next((k for k, rx in _CODE_TABLE if rx.fullmatch(surface)), None)
    return CodeRef(start, end, surface, key)


def is_lowercase_generic(name: str) -> bool:
    """"source code", "a convention": too common to stand for a code outside a reference."""
    return bool(GENERIC_RE.fullmatch(name)) and name[0].islower()


def code_names(text: str):
    """`CODE_RE.finditer(text)`, scanned from a few words before each word that code names hold."""
    low, pos = lowered(text), 0
    if low is None:
        yield from CODE_RE.finditer(text)
        return
    while hint := CODE_WORD_RE.search(low, pos):
        m = CODE_RE.search(text, max(pos, _words_back(text, hint.start(), 8)))
        if m is None:
            return
        yield m
        pos = m.end()


def _words_back(text: str, i: int, n: int) -> int:
    """Start of the n-th word before the one at `i` (words split at spaces and hyphens)."""
    for _ in range(n + 1):
        while i > 0 and not (text[i - 1].isspace() or text[i - 1] == "-"):
            i -= 1
        if _ == n:
            break
        while i > 0 and (text[i - 1].isspace() or text[i - 1] == "-"):
            i -= 1
    return i


def mentions(text: str, lexicon: Mapping[str, str]) -> list[CodeRef]:
    """Code names in `text`, lexicon names (normalised by `norm`) included, in order, without overlaps."""
    found = [code_ref(text, m.start(), m.end()) for m in code_names(text)]
    for name, key in lexicon.items():
        pattern = r"\b" + r"\s+".join(map(re.escape, name.split())) + r"\b"
        found += [CodeRef(m.start(), m.end(), m.group(), key)
                  for m in re.finditer(pattern, text, re.I)]
    found.sort(key=lambda c: (c.start, -c.end))
    out: list[CodeRef] = []
    for c in found:
        if not out or c.start >= out[-1].end:  # else it overlaps a longer or earlier name
            out.append(replace(c, key=lexicon.get(norm(c.text), c.key)))
    return key_generics(out)


def key_generics(refs: list[CodeRef]) -> list[CodeRef]:
    """Key each "Code"/"Convention"/"Covenant" by the latest earlier named code of that kind,
    else by the first later one: a text naming the ECHR anywhere means it by "the Convention"."""
    kinds = [_kind(c) for c in refs]
    keyed = list(refs)
    for i, c in enumerate(refs):
        generic = GENERIC_RE.fullmatch(c.text)
        if c.key is None and generic:
            word = generic.group().lower()
            named = [j for j, kind in enumerate(kinds) if kind == word]
            pick = max((j for j in named if j < i), default=None)
            pick = pick if pick is not None else min((j for j in named if j > i), default=None)
            keyed[i] = replace(c, key=refs[pick].key) if pick is not None else c
    return keyed


def _kind(c: CodeRef) -> str | None:
    """"code", "convention" or "covenant" for a named, keyed code; None otherwise."""
    if not c.key or GENERIC_RE.fullmatch(c.text):
        return None
    return _FAMILY.get(c.key) or next(iter(GENERIC_RE.findall(c.text.lower())), None)
