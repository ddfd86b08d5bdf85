"""Organisations told apart by the noun for their kind next to their name.

The statistical NER takes short or foreign names for people or pulls the kind noun into the name.
Two shapes of news copy settle it (only NER candidates are touched; lexicon names are left alone):

* a name in apposition with an organisation's kind is an organisation: "Max, a messenger developed and
  owned by VK", "Tochka, an online outlet based in Riga", "Sova, the Moscow think tank, said" -- the kind
  noun ends its phrase (punctuation, a participle, a relative or a preposition follows), so that "Anna
  Ivanova, a company lawyer" (a person described by her job) keeps its type; kinds that are also people's
  jobs (publisher, operator) do not count, nor does a given name and a surname;
* a kind noun and a nationality before a capitalized name are not part of it: "the Latvian university
  Stradins University" names "Stradins University", "the Czech foundation People in Need" names "People in
  Need";
* a capitalised kind noun right before "of" and the name is the name's head: "the Forum of Russian-Speaking
  Europeans" (the NER found only "Russian-Speaking Europeans");
* a shorter form of an organisation named before in full is that organisation: "Stockholm Free World Forum" ...
  "the Free World Forum", "the Wilson Center" ... "Wilson" -- the short form (an organisation to the NER, never a
  person: "Sakharov" is not the "Sakharov Center") is a run of the full name's words, of two words or more, or
  one word whose full name only adds kind words ("Center", "Institute"). The short form gets the full name's
  identity through `info["same_as"]` (kg.extract clusters by it); known (lexicon) names have theirs already.
"""

from __future__ import annotations

import re

from kg.components.candidates import Candidate

KINDS = (r"messenger|app|application|platform|service|website|site|portal|outlet|newspaper|magazine|channel|"
         r"broadcaster|company|firm|startup|group|organi[sz]ation|NGO|charity|foundation|fund|movement|network|"
         r"publication|publisher|bank|university|college|think\s+tank|initiative|campaign|collective|"
         r"agency|studio|aggregator|marketplace")
# what may end the kind noun's phrase: punctuation, a participle, a relative pronoun or a preposition
PHRASE_END = (r"(?=\s*[,.;:)]|\s+(?:that|which|whose|developed|owned|run|based|launched|created|founded|set|backed|"
              r"designated|declared|banned|blocked|known|registered|with|in|for|from|by|of|and|on)\b)")
APPOSED_KIND = re.compile(rf"\s*,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){{0,3}}?(?:{KINDS}){PHRASE_END}")
KIND_PREFIX = re.compile(rf"(?:[A-Z][a-z]+\s+)?(?:[a-z\-]+\s+){{0,2}}?(?:{KINDS})\s+(?=[A-Z])")


def organisations_by_kind(text: str, candidates: list[Candidate], given_names: set[str] = frozenset()) -> None:
    """Retype and trim NER candidates by the kind noun next to them (in place; see the module docstring).
    A two-word name that starts with a known given name stays a person's ("Vladimir Kharitonov, the ...")."""
    for c in candidates:
        if c.source == "pattern" and c.type == "Organization":  # (a capitalised run kg's patterns found)
            kind_of_name(text, c)
        if c.source != "ner":
            continue
        words = text[c.start:c.end].split()
        if c.type == "Person" and APPOSED_KIND.match(text, c.end) and (
                len(words) == 1 or len(words) == 2 and words[0] not in given_names):
            c.type, c.rule, c.confidence = "Organization", "entity.type_from_apposed_kind.v1", 0.7
        elif c.type == "Organization" and (m := KIND_PREFIX.match(text, c.start)) is not None and m.end() < c.end:
            c.start, c.rule = m.end(), "entity.kind_before_name.v1"
        elif c.type == "Organization":
            kind_of_name(text, c)


def kind_of_name(text: str, c: Candidate) -> None:
    """'the Forum of <name>': the candidate starts at the kind word (see KIND_OF)."""
    m = KIND_OF.search(text, max(0, c.start - 60), c.start)
    if m is not None and m.group("kind").lower() in KIND_WORDS | OF_KINDS:
        c.start, c.rule = m.start(), "entity.kind_of_name.v1"


# "the Forum of Russian-Speaking Europeans", "the Union of Committees of Soldiers' Mothers": the NER's organisation is
# only what follows "of"; a capitalised kind word (with capitalised words before it) right before is the name's head
KIND_OF = re.compile(r"(?<![\w\-])(?:[A-Z][\w\-]*\s+){0,2}(?P<kind>[A-Z][a-z]+)\s+of\s+(?:the\s+)?\Z")
OF_KINDS = {"league", "federation", "congress", "assembly", "alliance", "coalition", "confederation", "guild",
            "chamber", "club", "order", "brotherhood", "sisterhood", "mothers"}
KIND_WORDS = {"center", "centre", "institute", "foundation", "foundations", "fund", "university", "college", "forum",
              "society", "association", "council", "group", "project", "initiative", "network", "movement", "union",
              "committee", "endowment", "trust", "school", "academy", "company", "corporation", "inc", "llc", "ltd"}
NAME_WORDS = re.compile(r"[\w\-]+")


def organisation_variants(text: str, candidates: list[Candidate]) -> None:
    """Give later short forms of an organisation named in full the full name's identity (see the docstring)."""
    names = {id(c): NAME_WORDS.findall(text[c.start:c.end].lower()) for c in candidates
             if c.type == "Organization" and c.key is None and c.source in ("ner", "pattern")}
    full = sorted((c for c in candidates if len(names.get(id(c), ())) >= 2), key=lambda e: -e.end)
    if not full:
        return
    for c in candidates:
        words = names.get(id(c))
        if not words:
            continue
        for e in (e for e in full if e.end <= c.start):  # the nearest full name first
            longer = names[id(e)]
            at = run_at(longer, words)
            rest = longer[:at] + longer[at + len(words):] if at is not None else []
            if at is not None and (len(words) >= 2 or all(w in KIND_WORDS for w in rest)):
                c.info["same_as"] = e.info.get("same_as") or text[e.start:e.end]
                break


def run_at(words: list[str], part: list[str]) -> int | None:
    """Where `part` runs inside the strictly longer `words`, if it does."""
    n = len(part)
    return next((i for i in range(len(words) - n + 1) if words[i:i + n] == part), None) if 0 < n < len(words) else None
