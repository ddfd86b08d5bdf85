"""Find references to legal provisions in English text and parse them into structure.

Pure Python and regex based, so it runs without spaCy and can be table-tested directly.
Two stages, in the spirit of eyecite's find -> resolve:

* `find(text)` returns one `Provision` per article mentioned ("Articles 280 and 282 of the
  Criminal Code" gives two), with the code named inside the reference, if any.
* `resolve_codes(provisions, text)` attaches a code to the provisions that name none, by the
  nearest-code rule documented on that function; `default_code(article)` is the caller's
  last-resort guess from the article number alone.

`iri_path` and `label` turn a parsed provision into the canonical IRI path and label.
Offsets are Python str indices into the original text: `text[p.start:p.end] == p.text`.

Conventions: the items of a list share its code, and each has its own stretch as span, as
the devset gold does: "Articles 205.2", "280", "282.1 of the Criminal Code" (prefix on the
first, trailing part/code on the last); `anchor` is the "Article N" core, or the bare number
for later items. "Parts 1 and 2 of Article 280" gives two provisions with the same span.
"(1)" and "§ 1" after a number give the part, "(a)" the paragraph; a trailing ", Part 1"
after a list applies to its last item only; "the first part of Article 282" is its Part 1.
"Part 2 of the same article" takes the article and code of the provision just before it.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import Mapping


@dataclass(frozen=True, slots=True)
class CodeRef:
    start: int
    end: int
    text: str            # surface form without a leading "the": "Russian Criminal Code"
    key: str | None      # "ru-cc", "ru-coao", "echr", ...; None when unknown or generic


@dataclass(frozen=True, slots=True)
class Provision:
    start: int
    end: int
    text: str                   # the whole reference (one item's stretch of a list)
    article: str                # "282", "20.3.1"
    part: str | None            # "1", "1.1"
    paragraph: str | None       # "a", "3"
    code: CodeRef | None
    anchor: tuple[int, int]     # the "Article N" core ("N" alone for later items of a list)
    rule: str                   # e.g. "provision.part_of_article_of_code.v1"
    code_rule: str | None = None  # set by resolve_codes when it attached or keyed `code`


# --- Code names ---------------------------------------------------------------------------
# (key, pattern) rows; first full match wins, so specific names precede generic ones.
_CODE_NAMES: list[tuple[str | None, str]] = [
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
    # articles are the Convention's, numbered "P1-1" as the Strasbourg court does (see _protocol_article)
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
    # generic back-references ("the Code", "the Convention"); resolve_codes keys them
    (None, r"code|convention|covenant"),
]
# Russian qualifiers: "Russia's", "Russian", "RF" before; "of the Russian Federation" after
_QUAL_BEFORE = (r"(?:(?:Russian\s+Federation|Russia|RF)['’]s\s+"
                r"|(?:Russian\s+Federation|Russian|RF)\s+)?")
_QUAL_AFTER = r"(?:\s+of\s+(?:the\s+)?(?:Russian\s+Federation|Russia|RF)\b)?"
_CODE = rf"{_QUAL_BEFORE}(?:{'|'.join(p for _, p in _CODE_NAMES)})\b{_QUAL_AFTER}"
_CODE_TABLE = [(key, re.compile(rf"{_QUAL_BEFORE}(?:{p}){_QUAL_AFTER}", re.I))
               for key, p in _CODE_NAMES]
_GENERIC_RE = re.compile(r"(?:code|convention|covenant)", re.I)  # fullmatch: a back-reference
_CODE_RE = re.compile(rf"\b{_CODE}", re.I)  # any code name, for resolve_codes' scan

# --- Pieces of a reference ----------------------------------------------------------------
_NUM = r"\d{1,4}(?!\d)(?:\.\d{1,3}(?!\d)){0,2}"                        # 282, 282.2, 20.3.1
_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
          "seven": "7", "eight": "8", "nine": "9", "ten": "10"}
_ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6"}  # "first part of"
_PARTNUM = rf"(?:\d{{1,2}}(?:\.\d)?(?![\d.]\d)|(?:{'|'.join(_WORDS)})\b)"   # 1, 1.1, One
_Q = r"['‘’\"“”«»]"                                                     # any quote mark
_PARA = rf"(?:{_Q}\s?)?(?:[a-zа-я]|\d{{1,2}})(?:\s?{_Q})?(?!\w)"        # 'a', “b”, 3
_PARA_KW = r"\b(?:sub-?paragraph|paragraph|para\.|clause|item|point)"
_SEP = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"                 # list separators
_SUB = r"(?:\s?\((?:\d{1,2}(?:\.\d)?|[a-z])\)|\s?§\s?\d{1,2})"           # (1), (a), § 1
_ITEM = rf"{_NUM}{_SUB}{{0,2}}"

# One article, or a list after the plural keyword, then an optional trailing part/paragraph
# ("Article 282.2, Part 1") and code ("of the Criminal Code", or a bare "KoAP"/"ECHR").
_CORE_RE = re.compile(rf"""
    (?: (?P<kw_many>\barticles|(?-i:\bArts\.))\s*(?P<many>{_ITEM}(?:{_SEP}{_ITEM})*)
      | (?P<kw_one>\barticle|(?-i:\bArt\.))\s*(?:no\.\s*)?(?P<one>{_ITEM}) )
    (?:(?:\s*,)?\s+part\s+(?P<tpart>{_PARTNUM}))?
    (?:(?:\s*,)?\s+{_PARA_KW}\s*(?P<tpara>{_PARA}))?
    (?:(?:\s*,)?\s+(?:of\s+(?:the\s+)?(?P<code>{_CODE})
                    |(?P<abbr>(?-i:KoAP|CoAO|ECHR|ICCPR|UK\s+RF)\b)))?
""", re.I | re.X)
# One item of the list, split into number and parenthesised/§ subdivisions.
_ITEM_RE = re.compile(rf"(?P<num>{_NUM})(?P<sub>{_SUB}{{0,2}})", re.I)
_SUB_RE = re.compile(r"\((?P<p>\d{1,2}(?:\.\d)?)\)|\((?P<a>[a-z])\)|§\s?(?P<s>\d{1,2})", re.I)
# What may stand right before the keyword: "paragraph 'a' of Part 2 of", "Parts 1 and 2 of".
_PREFIX_RE = re.compile(rf"""
    (?:{_PARA_KW}\s*(?P<para>{_PARA})(?:\s*,)?\s+(?:of\s+)?(?:the\s+)?)?
    (?:\bparts?\s+(?P<parts>{_PARTNUM}(?:{_SEP}{_PARTNUM})*)(?:\s*,)?\s+(?:of\s+)?
       (?:(?:the|that|this)\s+)?
     |\b(?P<ordinal>{'|'.join(_ORDINALS)})\s+part\s+of\s+(?:(?:the|that|this)\s+)?)?
    $""", re.I | re.X)
# An anaphoric reference: "Part 2 of the same article", "paragraph 'b' of that article".
_SAME_RE = re.compile(rf"""
    (?:{_PARA_KW}\s*(?P<para>{_PARA})(?:\s*,)?\s+(?:of\s+)?(?:the\s+)?)?
    (?:\bpart\s+(?P<part>{_PARTNUM})\s+of\s+)?
    (?P<same>\b(?:the\s+same|this|that)\s+article\b)(?!\s*(?:no\.\s*)?\d)""", re.I | re.X)
# A code named before the keyword: "Criminal Code Article 282", "the Criminal Code's Article".
_CODE_FIRST_RE = re.compile(rf"\b(?P<code>{_CODE})(?:['’]s)?\s+$", re.I)
# The NGO "Article 19": written "ARTICLE 19", or followed by ", a ... group/organization/NGO",
# or preceded by "group"; any other "Article 19" is a provision.
_NGO_AFTER_RE = re.compile(r"\s*,\s+an?\s+(?:[\w-]+\s+){0,3}?(?:group|organi[sz]ation|NGO)\b", re.I)
_NGO_BEFORE_RE = re.compile(r"\bgroup\s+$", re.I)
# Sentence ends: . ! ? (plus closing quote) before a capital, or a blank line.
# (Written to start with the mark itself, so that the regex engine skips to the next mark fast; the
# lookbehinds then check the word before it: "(?<!\bArt.)" after the mark is "(?<!\bArt)" before it.)
_SENTENCE_END_RE = re.compile(
    r"[.!?\n](?:(?<=[.!?])(?<!\bArt.)(?<!\bNo.)(?<!\bMr.)(?<!\bMs.)(?<!\bDr.)(?<!\bSt.)(?<!\bMrs.)"
    r"[\"'”’)]*\s+(?=[\"“(]?[A-Z])"
    r"|(?<=\n)\s*\n)")
# Every keyword match starts with "art" and every same-article one holds "... article": cheap scans for
# where to look (re.I, so they fold case exactly as the full patterns do).
_ART_RE = re.compile(r"art", re.I)
_SAME_HINT_RE = re.compile(r"(?:same|this|that)\s+article")  # in lowercased text (see _CODE_WORD_RE)
# Every code name holds one of these words, and no more than six words come before it ("Russian
# Federation's Federal Law No. 5-FZ"): a scan for code names starts a few words before the next such word.
# (Looked for in the lowercased text, which has the offsets of the text and folds case as re.I does
# unless the text holds a letter that re.I alone folds onto an ASCII one: such a text is scanned whole.)
_CODE_WORD_RE = re.compile(r"code|constitution|convention|covenant|declaration|koap|coao|cao|echr|iccpr|udhr|fz|"
                           r"protocol|uk\s+rf")
_PREFIX_WORD_RE = re.compile(r"par|clause|item|point")  # in every non-empty _PREFIX_RE match
_ODD_FOLDS = "\u0130\u0131\u017f\u212a"  # İ ı ſ K: re.I reads them as i, i, s, k
_WINDOW = 120  # characters looked at before a keyword for a prefix or a leading code


def find(text: str) -> list[Provision]:
    """Every provision reference in `text`, in order; a list gives one Provision per item."""
    found: list[Provision] = []
    floor = 0  # a left extension never reaches back into the previous reference
    low = _lowered(text)
    for m in _core_matches(text):
        found.extend(_provisions(text, m, floor, low))
        floor = m.end()
    if found and (low is None or _SAME_HINT_RE.search(low)):  # "the same article" needs one cited before it
        for m in _SAME_RE.finditer(text):
            earlier = [p for p in found if p.end <= m.start() and "same_article" not in p.rule]
            if (m["part"] or m["para"]) and earlier:
                found.append(_same_article(text, m, earlier[-1]))
    return sorted(found, key=lambda p: (p.start, p.anchor))


def _core_matches(text: str):
    """`_CORE_RE.finditer(text)`, tried only where an "art" starts (every match starts with one)."""
    end = 0
    for hint in _ART_RE.finditer(text):
        if hint.start() >= end and (m := _CORE_RE.match(text, hint.start())):
            end = m.end()
            yield m


def _lowered(text: str) -> str | None:
    """The text in lowercase with its offsets, when that folds case as re.I does; else None."""
    return None if any(c in text for c in _ODD_FOLDS) else text.lower()


def _code_names(text: str):
    """`_CODE_RE.finditer(text)`, scanned from a few words before each word that code names hold."""
    low, pos = _lowered(text), 0
    if low is None:
        yield from _CODE_RE.finditer(text)
        return
    while hint := _CODE_WORD_RE.search(low, pos):
        m = _CODE_RE.search(text, max(pos, _words_back(text, hint.start(), 8)))
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


def _same_article(text: str, m: re.Match, before: Provision) -> Provision:
    """"Part 2 of the same article": the article (and code) of the provision just before."""
    rule = "provision." + "_of_".join(
        [n for n, g in (("paragraph", "para"), ("part", "part")) if m[g]] + ["same_article.v1"])
    return Provision(m.start(), m.end(), m.group(), before.article, _number(m["part"]),
                     _para_value(m["para"]), before.code, m.span("same"), rule)


def _provisions(text: str, m: re.Match, floor: int, low: str | None) -> list[Provision]:
    """Build the provisions of one keyword match, extended leftwards by a prefix or a code."""
    start, code, prefix, code_first = _extend_left(text, m, floor, low)
    if m["code"] or m["abbr"]:
        group = "code" if m["code"] else "abbr"
        code = _code_ref(text, m.start(group), m.end(group))
    if _is_ngo(text, m, code, prefix):
        return []
    listed = "many" if m["kw_many"] else "one"
    items = list(_ITEM_RE.finditer(text, m.start(listed), m.end(listed)))
    one_article_parts = prefix and (prefix["parts"] or prefix["ordinal"]) and len(items) == 1
    parts = ([_ORDINALS[prefix["ordinal"].lower()]] if prefix["ordinal"] else _split_list(prefix["parts"])) \
        if one_article_parts else [None]
    rule = _rule(m, prefix, code_first, items)
    out = []
    for i, item in enumerate(items):
        first, last = i == 0, i == len(items) - 1
        part, para = _subdivisions(m, item, prefix, last)
        span = (start if first else item.start(), m.end() if last else item.end())
        anchor = (m.start() if first else item.start(), item.end("num"))
        out += [Provision(*span, text[slice(*span)], _protocol_article(code, item["num"]), prefix_part or part,
                          para, code, anchor, rule) for prefix_part in parts]
    return out


_PROTOCOL_RE = re.compile(r"protocol\s+no\.?\s*(\d+)", re.I)


def _protocol_article(code: CodeRef | None, article: str) -> str:
    """"Article 1 of Protocol No. 1 to the Convention" is the Convention's article "P1-1"."""
    protocol = _PROTOCOL_RE.match(code.text) if code is not None and code.key == "echr" else None
    return f"P{protocol[1]}-{article}" if protocol else article


def _extend_left(text: str, m: re.Match, floor: int, low: str | None):
    """(start, code, prefix match, code came first) from what stands just before the keyword;
    `low` is `_lowered(text)`, to skip the searches where their words are missing."""
    window = (max(floor, m.start() - _WINDOW), m.start())  # searched with "$" at its end
    lead = _CODE_FIRST_RE.search(text, *window) if low is None or _CODE_WORD_RE.search(low, *window) else None
    if lead and not (_GENERIC_RE.fullmatch(lead["code"]) and lead["code"][0].islower()):
        code = _code_ref(text, *lead.span("code"))  # but not "the dress code Article 5"
        before = (window[0], code.start)  # "Part 3 of Criminal Code Article 212"
        prefix = _PREFIX_RE.search(text, *before) if low is None or _PREFIX_WORD_RE.search(low, *before) else None
        if prefix is not None and prefix.group(0):
            return prefix.start(), code, prefix, True
        return code.start, code, None, True
    if low is None or _PREFIX_WORD_RE.search(low, *window):
        prefix = _PREFIX_RE.search(text, *window)
        if prefix.group(0):
            return prefix.start(), None, prefix, False
    return m.start(), None, None, False


def _subdivisions(m: re.Match, item: re.Match, prefix, last: bool) -> tuple[str | None, str | None]:
    """Part and paragraph of one item, from "(1)(a)"/"§ 1", a trailing "Part 1", or a prefix."""
    part = para = None
    for sub in _SUB_RE.finditer(item["sub"]):
        part = part or sub["p"] or sub["s"]
        para = para or (sub["a"] and sub["a"].lower())
    if last:
        part = part or _number(m["tpart"])
        para = para or _para_value(m["tpara"])
    if prefix:
        para = para or _para_value(prefix["para"])
    return part, para


def _rule(m: re.Match, prefix, code_first: bool, items: list[re.Match]) -> str:
    """Versioned rule id naming the shape that matched, e.g. part_of_article_of_code."""
    pieces = [name for name, present in (("paragraph", prefix and prefix["para"]),
                                         ("part", prefix and (prefix["parts"] or prefix["ordinal"])))
              if present]
    name = "_of_".join(pieces + ["article_list" if len(items) > 1 else "article"])
    if code_first:
        name = "code_" + name
    if m["tpart"] or m["tpara"] or any(item["sub"] for item in items):
        name += "_subdivision"
    if m["code"] or m["abbr"]:
        name += "_of_code"
    return f"provision.{name}.v1"


def _is_ngo(text: str, m: re.Match, code: CodeRef | None, prefix) -> bool:
    """True for the rights group ARTICLE 19 rather than an Article 19 (rule at _NGO_AFTER_RE)."""
    if m["kw_many"] or code or prefix or m["tpart"] or m["tpara"]:
        return False
    if m["one"] != "19":
        return False
    if m["kw_one"] == "ARTICLE":
        return True  # the group styles its name in capitals
    return bool(_NGO_AFTER_RE.match(text, m.end())
                or _NGO_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()))


def _code_ref(text: str, start: int, end: int) -> CodeRef:
    """A CodeRef for text[start:end], with the key of the first code-name row that fits."""
    surface = text[start:end]
    key = next((k for k, rx in _CODE_TABLE if rx.fullmatch(surface)), None)
    return CodeRef(start, end, surface, key)


def _split_list(listed: str) -> list[str]:
    return [_number(x) for x in re.split(_SEP, listed.strip(), flags=re.I) if x]


def _number(value: str | None) -> str | None:
    return None if value is None else _WORDS.get(value.lower(), value)


def _para_value(value: str | None) -> str | None:
    return None if value is None else value.strip("'‘’\"“”«» ").lower()


# --- Resolving codes ----------------------------------------------------------------------
# Numbering of each keyed code: (lowest article, highest article, min dots, max dots).
_RANGES = {"ru-cc": (1, 361, 0, 1), "ru-coao": (1, 32, 1, 2), "ru-cpc": (1, 474, 0, 1),
           "ru-civil": (1, 1551, 0, 1), "ru-constitution": (1, 137, 0, 0),
           "echr": (1, 59, 0, 0), "iccpr": (1, 53, 0, 0), "udhr": (1, 30, 0, 0)}
_FAMILY = {"ru-cc": "code", "ru-coao": "code", "ru-cpc": "code", "ru-civil": "code",
           "echr": "convention", "iccpr": "covenant"}
# Canonical labels for the keyed codes, for `label`.
CODE_LABELS = {"ru-cc": "Criminal Code of Russia",
               "ru-coao": "Code of Administrative Offenses of Russia",
               "ru-cpc": "Criminal Procedure Code of Russia",
               "ru-civil": "Civil Code of Russia",
               "ru-constitution": "Constitution of Russia",
               "echr": "European Convention on Human Rights",
               "iccpr": "International Covenant on Civil and Political Rights",
               "udhr": "Universal Declaration of Human Rights"}


def resolve_codes(provisions: list[Provision], text: str,
                  code_keys: Mapping[str, str] | None = None) -> list[Provision]:
    """Attach a code to provisions that name none, and key generic or lexicon-named codes.

    For a provision without a code, candidates are code names in `text` that have a key and
    whose numbering can hold the article (see `_fits`); the first rule that yields one wins:
    (1) the nearest code named after the provision in the same sentence; (2) the code named
    most recently before it; (3) the nearest code named after it within the next two
    sentences; (4) none: the caller may fall back on `default_code`. A generic "the Code" /
    "the Convention" takes the key of the latest earlier named code of its kind, else of the
    first later one. `code_keys` maps extra surface names (case-insensitive, leading "the"
    ignored) to keys, and wins over the built-in keys.
    """
    lexicon = {_norm(name): key for name, key in (code_keys or {}).items() if name.strip()}
    scans = _Scans(text, lexicon)  # the code names and sentences of the text, read when first needed
    return [_resolve_one(p, scans, lexicon) for p in provisions]


class _Scans:
    """The code names and sentence starts of a text, each scanned on first use: a text whose
    provisions all name a keyed code needs neither."""

    def __init__(self, text: str, lexicon: Mapping[str, str]):
        self.text, self.lexicon, self._mentions, self._starts = text, lexicon, None, None

    @property
    def mentions(self) -> list[CodeRef]:
        if self._mentions is None:
            self._mentions = _mentions(self.text, self.lexicon)
        return self._mentions

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [0] + [m.end() for m in _SENTENCE_END_RE.finditer(self.text)]
        return self._starts


def _resolve_one(p: Provision, scans: _Scans, lexicon: Mapping[str, str]) -> Provision:
    """Key the provision's own code, or attach the code the numbered rules pick."""
    if p.code is not None:
        return _key_own_code(p, scans, lexicon)
    mentions, starts = scans.mentions, scans.starts
    fitting = [c for c in mentions
               if c.key and _fits(c.key, p.article) and not _lowercase_generic(c)]
    sentence = _bisect(starts, p.start)
    after_same = [c for c in fitting if c.start >= p.end and _bisect(starts, c.start) == sentence]
    before = [c for c in fitting if c.end <= p.start]
    after_near = [c for c in fitting
                  if c.start >= p.end and _bisect(starts, c.start) <= sentence + 2]
    for rule, found in (("code.same_sentence_after.v1", after_same[:1]),
                        ("code.most_recent_before.v1", before[-1:]),
                        ("code.next_sentences.v1", after_near[:1])):
        if found:
            return replace(p, code=found[0], code_rule=rule)
    return p


def _key_own_code(p: Provision, scans: _Scans, lexicon: Mapping[str, str]) -> Provision:
    """A lexicon key for the code the reference names, or the key its generic name refers to."""
    keyed = lexicon.get(_norm(p.code.text))
    if keyed is None and p.code.key is None:
        keyed = next((c.key for c in scans.mentions if c.start == p.code.start), None)
    rule = "code.lexicon.v1" if _norm(p.code.text) in lexicon else "code.generic_reference.v1"
    return replace(p, code=replace(p.code, key=keyed), code_rule=rule) if keyed else p


def _mentions(text: str, lexicon: Mapping[str, str]) -> list[CodeRef]:
    """Code names in `text`, lexicon names included, in order, without overlaps."""
    found = [_code_ref(text, m.start(), m.end()) for m in _code_names(text)]
    for name, key in lexicon.items():
        pattern = r"\b" + r"\s+".join(map(re.escape, name.split())) + r"\b"
        found += [CodeRef(m.start(), m.end(), m.group(), key)
                  for m in re.finditer(pattern, text, re.I)]
    found.sort(key=lambda c: (c.start, -c.end))
    out: list[CodeRef] = []
    for c in found:
        if not out or c.start >= out[-1].end:  # else it overlaps a longer or earlier name
            out.append(replace(c, key=lexicon.get(_norm(c.text), c.key)))
    return _key_generics(out)


def _key_generics(mentions: list[CodeRef]) -> list[CodeRef]:
    """Key each "Code"/"Convention"/"Covenant" by the latest earlier named code of that kind,
    else by the first later one: a text naming the ECHR anywhere means it by "the Convention"."""
    kinds = [_kind(c) for c in mentions]
    keyed = list(mentions)
    for i, c in enumerate(mentions):
        generic = _GENERIC_RE.fullmatch(c.text)
        if c.key is None and generic:
            word = generic.group().lower()
            named = [j for j, kind in enumerate(kinds) if kind == word]
            pick = max((j for j in named if j < i), default=None)
            pick = pick if pick is not None else min((j for j in named if j > i), default=None)
            keyed[i] = replace(c, key=mentions[pick].key) if pick is not None else c
    return keyed


def _kind(c: CodeRef) -> str | None:
    """"code", "convention" or "covenant" for a named, keyed code; None otherwise."""
    if not c.key or _GENERIC_RE.fullmatch(c.text):
        return None
    return _FAMILY.get(c.key) or next(iter(_GENERIC_RE.findall(c.text.lower())), None)


def _lowercase_generic(c: CodeRef) -> bool:
    """"source code", "a convention": too common to stand for a code outside a reference."""
    return bool(_GENERIC_RE.fullmatch(c.text)) and c.text[0].islower()


def _fits(key: str, article: str) -> bool:
    """Whether `key`'s numbering can hold `article` (unknown codes hold anything)."""
    if key not in _RANGES:
        return True
    low, high, min_dots, max_dots = _RANGES[key]
    head, dots = int(article.split(".")[0]), article.count(".")
    return low <= head <= high and min_dots <= dots <= max_dots


def default_code(article: str) -> str | None:
    """The code an article number implies when the text names none.

    Criminal Code: 105-361, optionally with one dotted level (205.2, 207.3, 282.2, 284.1);
    its general part (1-104) is left out because "Article 5" or "Article 29" is more often the
    Convention or the Constitution. Code of Administrative Offenses: chapters 1-32 with two or
    three levels (13.15, 20.2, 20.3.1). Anything else (Constitution, Convention): None.
    """
    head, dots = int(article.split(".")[0]), article.count(".")
    if 105 <= head <= 361 and dots <= 1:
        return "ru-cc"
    if 1 <= head <= 32 and 1 <= dots <= 2:
        return "ru-coao"
    return None


def iri_path(code_key: str, article: str, part: str | None = None,
             paragraph: str | None = None) -> str:
    """Canonical IRI path: "ru-cc/282", "ru-cc/105/part-2/para-a", "ru-coao/20.3.1/part-1"."""
    steps = [code_key, article]
    steps += [f"part-{part}"] * bool(part) + [f"para-{paragraph}"] * bool(paragraph)
    return "/".join(re.sub(r"\s+", "", step) for step in steps).lower()


def label(code_label: str | None, article: str, part: str | None = None,
          paragraph: str | None = None) -> str:
    """Canonical label: "Paragraph a of Part 2 of Article 105 of the Criminal Code of Russia"."""
    steps = [f"Paragraph {paragraph}"] * bool(paragraph) + [f"Part {part}"] * bool(part)
    protocol = re.fullmatch(r"P(\d+)-(.+)", article)  # an article of a protocol: "P1-1" (_protocol_article)
    steps.append(f"Article {protocol[2]} of Protocol No. {protocol[1]}" if protocol else f"Article {article}")
    if code_label:
        steps.append(code_label if code_label.lower().startswith("the ") else f"the {code_label}")
    return " of ".join(steps[:-1]) + " to " + steps[-1] if protocol and code_label else " of ".join(steps)


def _norm(name: str) -> str:
    return re.sub(r"^the\s+", "", " ".join(name.lower().split()))


def _bisect(starts: list[int], offset: int) -> int:
    """Index of the sentence (by start offsets) that holds `offset`."""
    return bisect_right(starts, offset) - 1
