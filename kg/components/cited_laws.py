"""Provisions of laws that are not codes: the law named after the provision belongs to it.

The provision parser (kg/provisions.py) knows the codes by name; a provision of any other
law is cut short at "Article 44" and its code guessed from the number. Once the laws of the
text are found, these rules complete such provisions:

* "Article 44 of the law on public associations", "Part 1 of Article 15.3 of the Law on
  Information", "Clause 2 of Article 6 of Federal Law No. 121-FZ": a provision followed by
  "of (the) <law mention>" runs to the end of that law and is a provision of it; the items
  before it in a list ("Articles 6 and 8 of ...") are provisions of the same law;
* "Article 10.1 of the same law", "Article 5 of that law", "Article 13 of the law": a provision of the law (not a
  code) named last;
* "added Article 15.8 to the Law on Information", "inserted a new Article 10.6 into the law on ...", "<law>, whose
  Article 10.1 ...", "It amended the Dima Yakovlev law, adding Article 3.1", "The law adds two new articles to <law>.
  Article 10.2 sets out ..." (within two sentences, no law named between): the provision is that law's (the
  mention stays the provision alone);
* a later reference to an article cited before with its law, whose code would only be guessed from its number
  ("Article 10.1 of the Law on Information ... under Part 4.1 of Article 10.1"), is to that law's article;
* "Section 15.1 of the Information Act", "section 4 of the 2012 law on foreign agents":
  a numbered section of a named law is a provision of that law (the number is its article).
  A "section" without a law after it ("a section of the website", "Section 3 of the report")
  is not a provision.

The law mention stays, nested in the provision. A lexicon law whose provisions are cited has a
`provision_prefix` that keys them (the provision is then partOf that law); another law keys
its provisions by its own words ("law-on-public-associations/44").
"""

from __future__ import annotations

import re

from kg import provisions as provision_parser
from kg.components.candidates import Candidate
from kg.components.scans import matches
from kg.lexicon import Lexicon

# what may stand between a provision and the law it belongs to
OF_LAW = re.compile(r"\s*,?\s+of\s+(?:the\s+)?")
QUALIFIER = re.compile(r"(?:[Rr]ussian|Russia['’]s|[Ff]ederal)\s+")
LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")
ADDING = re.compile(r"\b(?:add(?:s|ed|ing)?|insert(?:s|ed|ing)?)\s+(?:(?:a|an|the)\s+)?(?:new\s+)?\Z", re.I)
WHOSE = re.compile(r"\s*,?\s+whose\s+(?:new\s+)?")
AMENDED = re.compile(r"\bamend(?:s|ed|ing)?\s+(?:the\s+|its\s+)?(?:so-called\s+)?\Z")
ADDING_AFTER = re.compile(r"[^.;]*?,?\s+(?:by\s+)?add(?:s|ed|ing)\s+(?:a\s+|an\s+|the\s+)?(?:new\s+)?")
NEW_ARTICLES = re.compile(r"\badd(?:s|ed|ing)?\s+(?:\w+\s+)?(?:new\s+)?(?:articles|provisions|sections)\s+(?:in)?to\s+"
                          r"(?:the\s+)?")
ADDED_TO = re.compile(r"\s+(?:in)?to\s+(?:the\s+)?")
# "Article 10.1 of the same law", "Under Article 13 of the law, ..." (not "of the law on ...", which names a law)
SAME_LAW = re.compile(r"\s+of\s+(?:the\s+same|that|this|the)\s+(?:law|act)\b(?!\s+(?:on|about|of|for|in)\b|[-‑])")
CODE = re.compile(r"\b(?:Code|Constitution)\b")
SECTION = re.compile(r"\b[Ss]ection\s+(\d{1,3}(?:\.\d{1,2}){0,2})(?:\s?\((\d{1,2})\))?")
SECTION_HINT = re.compile("Section|section")  # where SECTION can match (kg/components/scans.py)


def complete_provisions(text: str, chosen: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """The chosen candidates with provisions of non-code laws completed (see the module docstring)."""
    laws = {c.start: c for c in chosen if c.type == "Law"}
    provisions = sorted((c for c in chosen if c.type == "LegalProvision" and c.info.get("article")),
                        key=lambda c: c.start)
    for i, c in enumerate(provisions):
        law = law_after(text, c.end, laws)
        if law is None and not c.info.get("own_code") and (same := SAME_LAW.match(text, c.end)):
            told = told_law(text, c.start, laws)  # "Article 10.1 of the same law": the law named last
            if told is not None:
                c.end = same.end()
                rekey(c, law_prefix(text, told, lexicon))
            continue
        if law is None and not c.info.get("own_code") and (target := owning_law(text, c, laws)) is not None:
            rekey(c, law_prefix(text, target, lexicon))  # "added Article 15.8 to the Law on Information": its article
            c.info["law_span"] = (target.start, target.end)
            continue
        if law is None or c.info.get("own_code"):
            continue
        prefix = law_prefix(text, law, lexicon)
        c.end = law.end
        law.info["nested"] = True
        rekey(c, prefix)
        c.info["law_span"] = (law.start, law.end)  # the law mention it is part of (extract may link the two)
        after = c
        for earlier in reversed(provisions[:i]):  # "Articles 6 and 8 of the law": 6 is the law's too
            if not LIST_GAP.fullmatch(text[earlier.end:after.start]) or earlier.info.get("own_code"):
                break
            rekey(earlier, prefix)
            after = earlier
    cited_before(provisions)
    return chosen + sections(text, chosen, laws, lexicon)


def cited_before(provisions: list[Candidate]) -> None:
    """"Article 10.1 of the Law on Information ... under Part 4.1 of Article 10.1": a provision whose code was only
    guessed from its number belongs to the law an earlier reference to the same article named."""
    cited: dict[str, str] = {}
    for c in provisions:
        if c.info.get("own_code") and c.info.get("code"):
            cited.setdefault(c.info["article"], c.info["code"])
        elif c.info.get("code_from") == "default" and c.info["article"] in cited:
            rekey(c, cited[c.info["article"]])


def owning_law(text: str, c: Candidate, laws: dict[int, Candidate]) -> Candidate | None:
    """The law a provision without "of <law>" belongs to, where the words around it say so (see the docstring)."""
    return added_to(text, c, laws) or whose(text, c, laws) or amended_adding(text, c, laws) or \
        new_articles(text, c, laws)


def whose(text: str, c: Candidate, laws: dict[int, Candidate]) -> Candidate | None:
    """"the Law on Information, whose Article 10.1 requires ...": the law the relative pronoun stands for."""
    return next((law for law in laws.values() if WHOSE.fullmatch(text, law.end, c.start)), None)


def amended_adding(text: str, c: Candidate, laws: dict[int, Candidate]) -> Candidate | None:
    """"It amended the Dima Yakovlev law, adding Article 3.1": the law the clause amended, in the same sentence."""
    start = text.rfind(".", 0, c.start) + 1
    amended = [law for law in laws.values() if start <= law.start and law.end <= c.start
               and AMENDED.search(text, start, law.start) and ADDING_AFTER.fullmatch(text, law.end, c.start)]
    return amended[-1] if len(amended) == 1 else None


def new_articles(text: str, c: Candidate, laws: dict[int, Candidate]) -> Candidate | None:
    """"The law adds two new articles to the Law on Information. Article 10.2 sets out ...": the law told just before
    (within two sentences) to receive new articles, with no other law named in between."""
    for told in NEW_ARTICLES.finditer(text, max(0, c.start - 400), c.start):
        law = laws.get(told.end())
        if law is not None and not any(law.end <= other.start < c.start for other in laws.values()) and \
                text.count(".", law.end, c.start) <= 2:
            return law
    return None


def added_to(text: str, c: Candidate, laws: dict[int, Candidate]) -> Candidate | None:
    """The law in "added (a new) Article 15.8 to the Law on Information", which the article is part of from then on."""
    if not ADDING.search(text, max(0, c.start - 40), c.start) or (to := ADDED_TO.match(text, c.end)) is None:
        return None
    return laws.get(to.end())


def told_law(text: str, start: int, laws: dict[int, Candidate]) -> Candidate | None:
    """The law (not a code) named last before `start`."""
    before = [law for law in laws.values() if law.end <= start and not CODE.search(text[law.start:law.end])]
    return max(before, key=lambda law: law.end) if before else None


def law_after(text: str, end: int, laws: dict[int, Candidate]) -> Candidate | None:
    m = OF_LAW.match(text, end)
    if m is None:
        return None
    qualified = QUALIFIER.match(text, m.end())  # "of the Russian Law on Information"
    return laws.get(m.end()) or (laws.get(qualified.end()) if qualified else None)


def sections(text: str, chosen: list[Candidate], laws: dict[int, Candidate], lexicon: Lexicon) -> list[Candidate]:
    found = []
    for m in matches(SECTION, SECTION_HINT, text):
        law = law_after(text, m.end(), laws)
        if law is None or any(c.start < law.start and m.start() < c.end and c is not law and not c.info.get("nested")
                              for c in chosen):
            continue
        law.info["nested"] = True
        info = {"article": m.group(1), "part": m.group(2), "paragraph": None}
        cand = Candidate(m.start(), law.end, "LegalProvision", "provision", "entity.section_of_law.v1", 0.9, None, info)
        rekey(cand, law_prefix(text, law, lexicon))
        cand.info["law_span"] = (law.start, law.end)
        found.append(cand)
    return found


def law_prefix(text: str, law: Candidate, lexicon: Lexicon) -> str:
    """The key of the law's provisions: its lexicon prefix, else its lexicon id, else its own words."""
    entry = lexicon.entries.get(law.key) if law.key else None
    if entry is not None:
        return entry.provision_prefix or entry.id
    words = "-".join(w for w in re.findall(r"[a-z0-9]+", text[law.start:law.end].lower()) if w != "the")
    return (words if "law" in words.split("-") else "law-" + words)[:60]


def rekey(c: Candidate, prefix: str) -> None:
    c.info.update(code=prefix, code_from="text", own_code=True)
    c.key = provision_parser.iri_path(prefix, c.info["article"], c.info.get("part"), c.info.get("paragraph"))
