"""A platform's short name that stands for the company behind it ("VK bought Dzen" is VK Company, "posted on
VK" is the VKontakte network).

The lexicon keys a short name to the platform ("VK" -> vkontakte) and lists the company that owns it
(vk-company, label "VK Company"). When the owner's label starts with the short name, the name is ambiguous,
and the words around each mention decide:

* the company: the subject or agent of a business verb ("VK bought ...", "VK had owned", "acquired by VK", "VK,
  which took over ..."), set off by a noun for a
  business ("VK, the internet group that ..."), the possessor or modifier of a business noun ("VK's stake",
  "VK chief executive X", "VK shareholders"), what something belongs to / is sold to ("belong to VK"), or what something is part of ("part of VK");
* the platform: a place to post ("on VK", "via VK") or the modifier of a thing users have ("VK page",
  "VK users").

Mentions with neither follow the others of the article: all to the company when only company readings
occur, else they stay with the platform. Owned names that differ from the company's (YouTube, Instagram)
are never touched.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.components.candidates import Candidate, text_of
from kg.lexicon import Lexicon

BUSINESS_VERBS = {"buy", "acquire", "sell", "purchase", "own", "invest", "merge", "control", "complete", "pay",
                  "earn", "hold", "agree", "announce", "report", "spin", "divest", "take", "sign", "list"}
BUSINESS_NOUNS = {"group", "company", "holding", "firm", "conglomerate", "giant", "corporation", "owner",
                  "parent", "operator", "business"}
BUSINESS_OF = {"stake", "share", "shareholder", "board", "revenue", "profit", "chief", "ceo", "executive",
               "director", "chairman", "owner", "subsidiary", "acquisition", "purchase", "deal", "investor",
               "management", "founder", "president", "head"}
USER_THINGS = {"page", "group", "account", "user", "post", "community", "profile", "blog", "channel", "wall",
               "feed", "message", "repost", "photo", "video"}
PLACE_PREPS = {"on", "via", "through", "onto"}
PART_NOUNS = {"part", "unit", "subsidiary", "division", "arm", "member", "branch"}  # "part of VK"


def company_readings(doc: Doc, chosen: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """Re-key short platform names that stand for their owning company (see the module docstring)."""
    ambiguous = []
    for c in chosen:
        owner = company_of(c, lexicon, text_of(doc)[c.start:c.end]) if c.source == "lexicon" and c.key else None
        if owner is not None:
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            ambiguous.append((c, owner, reading(span.root) if span is not None else None))
    if not ambiguous:
        return chosen
    readings = {r for _, _, r in ambiguous if r is not None}
    all_company = readings == {"company"}
    for c, owner, r in ambiguous:
        if r == "company" or (r is None and all_company):
            c.key = owner
    return chosen


def company_of(c: Candidate, lexicon: Lexicon, surface: str) -> str | None:
    entry = lexicon.entries.get(c.key)
    if entry is None or entry.kind != "platform" or not entry.owner:
        return None
    owner = lexicon.entries.get(entry.owner)
    return owner.id if owner is not None and owner.label.startswith(surface + " ") else None


def reading(token: Token) -> str | None:
    """'company', 'platform' or None, from the words around the name's head token."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in PLACE_PREPS:
        return "platform"
    if token.dep_ in ("compound", "amod", "nmod") and head.lemma_.lower() in USER_THINGS:
        return "platform"
    if token.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in BUSINESS_VERBS:
        return "company"
    if any(c.dep_ == "appos" and c.lemma_.lower() in BUSINESS_NOUNS for c in token.children):
        return "company"
    if token.dep_ in ("poss", "compound", "nmod") and (head.lemma_.lower() in BUSINESS_OF or any(
            t.lemma_.lower() in BUSINESS_OF for t in head.subtree if t.dep_ == "compound")):
        return "company"
    if token.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in ("belong", "sell", "transfer"):
        return "company"
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PART_NOUNS:
        return "company"  # "VKontakte is part of VK"
    if token.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in BUSINESS_VERBS:
        return "company"  # "Dzen, acquired by VK"
    if any(c.dep_ == "relcl" and c.lemma_.lower() in BUSINESS_VERBS and any(
            s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("which", "that") for s in c.children)
            for c in token.children):
        return "company"  # "VK, which took over Dzen", "VK, which is controlled by Gazprom"
    return None
