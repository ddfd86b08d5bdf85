"""Find references to legal provisions in English text and parse them into structure.

Pure Python and regex based, so it runs without spaCy and can be table-tested directly.
Two stages, in the spirit of eyecite's find -> resolve:

* `find(text)` returns one `Provision` per article mentioned ("Articles 280 and 282 of the
  Criminal Code" gives two), with the code named inside the reference, if any.
* `resolve_codes(provisions, text)` attaches a code to the provisions that name none, by the
  nearest-code rule documented on that function; `default_code(article)` is the caller's
  last-resort guess from the article number alone.

`iri_path` and `label` turn a parsed provision into the canonical IRI path and label.
This module parses references; code names are read in kg.provision_codes, codes attached in
kg.provision_resolve and names made in kg.provision_labels, all importable from here.
Offsets are Python str indices into the original text: `text[p.start:p.end] == p.text`.

Conventions: the items of a list share its code, and each has its own stretch as span, as
the devset gold does: "Articles 205.2", "280", "282.1 of the Criminal Code" (prefix on the
first, trailing part/code on the last); `anchor` is the "Article N" core, or the bare number
for later items. "Parts 1 and 2 of Article 280" gives two provisions with the same span.
"(1)" and "§ 1" after a number give the part, "(a)" the paragraph; a trailing ", Part 1"
after a list applies to its last item only, unless an article follows it ("Article 275, Part 2 of
Article 207.3" is two references); "the first part of Article 282" is its Part 1.
"Part 2 of the same article" (or "the second part of the same article") takes the article and code of the
provision just before it. So does a bare "Part 2" ("Parts 2 and 3") in the paragraph of a reference that
names a part ("Under Part 1 of Article 354.1 it is a crime to ... Part 2 raises the maximum to five
years"): the text is going through that article's parts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg import provision_codes as codes
from kg.provision_codes import CODE, CODE_WORD_RE, CodeRef, code_ref
from kg.provision_labels import CODE_LABELS, iri_path, label
from kg.provision_resolve import default_code, resolve_codes

__all__ = ["CODE_LABELS", "CodeRef", "Provision", "default_code", "find", "iri_path", "label", "resolve_codes"]


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
_PARA_OF = rf"(?:{_PARA_KW}\s*(?P<para>{_PARA})(?:\s*,)?\s+(?:of\s+)?(?:the\s+)?)?"  # "paragraph 'a' of (the)"

# One article, or a list after the plural keyword, then an optional trailing part/paragraph
# ("Article 282.2, Part 1") and code ("of the Criminal Code", or a bare "KoAP"/"ECHR").
_CORE_RE = re.compile(rf"""
    (?: (?P<kw_many>\barticles|(?-i:\bArts\.))\s*(?P<many>{_ITEM}(?:{_SEP}{_ITEM})*)
      | (?P<kw_one>\barticle|(?-i:\bArt\.))\s*(?:no\.\s*)?(?P<one>{_ITEM}) )
    (?:(?:\s*,)?\s+part\s+(?P<tpart>{_PARTNUM})(?!\s*,?\s+of\s+(?:the\s+)?(?:articles?\b|art\.)))?
    (?:(?:\s*,)?\s+{_PARA_KW}\s*(?P<tpara>{_PARA}))?
    (?:(?:\s*,)?\s+(?:of\s+(?:the\s+)?(?P<code>{CODE})
                    |(?P<abbr>(?-i:KoAP|CoAO|ECHR|ICCPR|UK\s+RF)\b)))?
""", re.I | re.X)
# One item of the list, split into number and parenthesised/§ subdivisions.
_ITEM_RE = re.compile(rf"(?P<num>{_NUM})(?P<sub>{_SUB}{{0,2}})", re.I)
_SUB_RE = re.compile(r"\((?P<p>\d{1,2}(?:\.\d)?)\)|\((?P<a>[a-z])\)|§\s?(?P<s>\d{1,2})", re.I)
# What may stand right before the keyword: "paragraph 'a' of Part 2 of", "Parts 1 and 2 of".
_PREFIX_RE = re.compile(rf"""
    {_PARA_OF}
    (?:\bparts?\s+(?P<parts>{_PARTNUM}(?:{_SEP}{_PARTNUM})*)(?:\s*,)?\s+(?:of\s+)?
       (?:(?:the|that|this)\s+)?
     |\b(?P<ordinal>{'|'.join(_ORDINALS)})\s+part\s+of\s+(?:(?:the|that|this)\s+)?)?
    $""", re.I | re.X)
# An anaphoric reference: "Part 2 of the same article", "paragraph 'b' of that article".
_SAME_RE = re.compile(rf"""
    {_PARA_OF}
    (?:\bpart\s+(?P<part>{_PARTNUM})\s+of\s+|\b(?P<ordinal>{'|'.join(_ORDINALS)})\s+part\s+of\s+)?
    (?P<same>\b(?:the\s+same|this|that)\s+article\b)(?!\s*(?:no\.\s*)?\d)""", re.I | re.X)
# A code named before the keyword: "Criminal Code Article 282", "the Criminal Code's Article".
_CODE_FIRST_RE = re.compile(rf"\b(?P<code>{CODE})(?:['’]s)?\s+$", re.I)
# The NGO "Article 19": written "ARTICLE 19", or followed by ", a ... group/organization/NGO",
# or preceded by "group"; any other "Article 19" is a provision.
_NGO_AFTER_RE = re.compile(r"\s*,\s+an?\s+(?:[\w-]+\s+){0,3}?(?:group|organi[sz]ation|NGO)\b", re.I)
_NGO_BEFORE_RE = re.compile(r"\bgroup\s+$", re.I)
# Every keyword match starts with "art" and every same-article one holds "... article": cheap scans for
# where to look (re.I, so they fold case exactly as the full patterns do).
_ART_RE = re.compile(r"art", re.I)
# A bare part: "Part 2 raises the maximum", "Parts 2 and 3 add prison terms" (capitalised, not "Part 2 of ...").
_BARE_PART_RE = re.compile(rf"""(?-i:\bParts?)\s+(?P<parts>{_PARTNUM}(?:{_SEP}{_PARTNUM})*)\b
    (?!\s*(?:,\s*)?(?:of|to|in)\b|\s*\(|[.,]?\d|-)""", re.I | re.X)
_SAME_HINT_RE = re.compile(r"(?:same|this|that)\s+article")  # in the lowercased text of codes.lowered
_PREFIX_WORD_RE = re.compile(r"par|clause|item|point")  # in every non-empty _PREFIX_RE match
_WINDOW = 120  # characters looked at before a keyword for a prefix or a leading code


def find(text: str) -> list[Provision]:
    """Every provision reference in `text`, in order; a list gives one Provision per item."""
    found: list[Provision] = []
    floor = 0  # a left extension never reaches back into the previous reference
    low = codes.lowered(text)
    for m in _core_matches(text):
        found.extend(_provisions(text, m, floor, low))
        floor = m.end()
    if found and (low is None or _SAME_HINT_RE.search(low)):  # "the same article" needs one cited before it
        for m in _SAME_RE.finditer(text):
            earlier = [p for p in found if p.end <= m.start() and "same_article" not in p.rule]
            if (m["part"] or m["ordinal"] or m["para"]) and earlier:
                found.append(_same_article(text, m, earlier[-1]))
    if any(p.part for p in found):
        found.extend(_bare_parts(text, found))
    return sorted(found, key=lambda p: (p.start, p.anchor))


def _bare_parts(text: str, found: list[Provision]) -> list[Provision]:
    """Bare "Part 2" after a reference naming a part of an article, in the same paragraph, with no
    other reference between them: that article's Part 2. A bare part may follow another one."""
    out: list[Provision] = []
    for m in _BARE_PART_RE.finditer(text):
        if any(p.start <= m.start() < p.end for p in found):
            continue  # inside a reference already read ("Part 1 of Article 280")
        earlier = [p for p in [*found, *out] if p.end <= m.start()]
        before = max(earlier, key=lambda p: p.end, default=None)
        if before is None or before.part is None or "\n\n" in text[before.end:m.start()]:
            continue
        for number in re.split(_SEP, m["parts"]):
            out.append(Provision(m.start(), m.end(), m.group(), before.article, _number(number), None, before.code,
                                 m.span(), "provision.bare_part.v1"))
    return out


def _core_matches(text: str):
    """`_CORE_RE.finditer(text)`, tried only where an "art" starts (every match starts with one)."""
    end = 0
    for hint in _ART_RE.finditer(text):
        if hint.start() >= end and (m := _CORE_RE.match(text, hint.start())):
            end = m.end()
            yield m


def _same_article(text: str, m: re.Match, before: Provision) -> Provision:
    """"Part 2 of the same article": the article (and code) of the provision just before."""
    rule = "provision." + "_of_".join(
        [n for n, present in (("paragraph", m["para"]), ("part", m["part"] or m["ordinal"])) if present]
        + ["same_article.v1"])
    part = _ORDINALS[m["ordinal"].lower()] if m["ordinal"] else _number(m["part"])
    return Provision(m.start(), m.end(), m.group(), before.article, part,
                     _para_value(m["para"]), before.code, m.span("same"), rule)


def _provisions(text: str, m: re.Match, floor: int, low: str | None) -> list[Provision]:
    """Build the provisions of one keyword match, extended leftwards by a prefix or a code."""
    start, code, prefix, code_first = _extend_left(text, m, floor, low)
    if m["code"] or m["abbr"]:
        group = "code" if m["code"] else "abbr"
        code = code_ref(text, m.start(group), m.end(group))
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
    `low` is `codes.lowered(text)`, to skip the searches where their words are missing."""
    window = (max(floor, m.start() - _WINDOW), m.start())  # searched with "$" at its end
    lead = _CODE_FIRST_RE.search(text, *window) if low is None or CODE_WORD_RE.search(low, *window) else None
    if lead and not codes.is_lowercase_generic(lead["code"]):
        code = code_ref(text, *lead.span("code"))  # but not "the dress code Article 5"
        prefix = _prefix_before(text, low, (window[0], code.start))  # "Part 3 of Criminal Code Article 212"
        return (prefix.start() if prefix else code.start), code, prefix, True
    prefix = _prefix_before(text, low, window)
    return (prefix.start() if prefix else m.start()), None, prefix, False


def _prefix_before(text: str, low: str | None, window: tuple[int, int]) -> re.Match | None:
    """A non-empty `_PREFIX_RE` match ending at the window's end, looked for where its words are."""
    if low is not None and not _PREFIX_WORD_RE.search(low, *window):
        return None
    prefix = _PREFIX_RE.search(text, *window)
    return prefix if prefix is not None and prefix.group(0) else None


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


def _split_list(listed: str) -> list[str]:
    return [_number(x) for x in re.split(_SEP, listed.strip(), flags=re.I) if x]


def _number(value: str | None) -> str | None:
    return None if value is None else _WORDS.get(value.lower(), value)


def _para_value(value: str | None) -> str | None:
    return None if value is None else value.strip("'‘’\"“”«» ").lower()


