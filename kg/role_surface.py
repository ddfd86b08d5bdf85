"""Roles read from the surface words right before and after a name (regular expressions over the text).

Rules (ids travel into provenance):
  relation.role_title.v1          "Spokesman for <Org> <Person>", "<Org> spokesman <Person>", "Agora lawyers A and B"
  relation.role_lexicon_title.v1  "Prosecutor General <Person>": a title of the lexicon naming one body
  relation.role_apposition.v1     "<Person>, associate director at <Org>", "<Person>, a deputy speaker of <Body>"
Near miss: "Russia's representative to the Council of Europe, <Person>" (an envoy's 'to'/'at' body is not theirs).
"""

from __future__ import annotations

import re

from kg.arguments import Context, evidence
from kg.model import Mention, Relation
from kg.relation_lexicon import ROLE_OF_TITLE
from kg.role_names import coordinated_after, role
from kg.role_titles import BODIES, ENVOYS, EXTRA_TITLES, ROLE_NAME, is_platform, plurals

SURFACE_TITLES = EXTRA_TITLES | ROLE_OF_TITLE  # "<Org> secretary-general <Person>" as well as "<Org> spokesman <Person>"
PLURAL_TITLES = plurals(SURFACE_TITLES)  # "State Duma deputies A and B", "Kremlin spokesmen"
TITLE_RE = "|".join(sorted(map(re.escape, SURFACE_TITLES.keys() | PLURAL_TITLES.keys()), key=len, reverse=True))
TITLE_FOR = re.compile(rf"(?:^|\W)({TITLE_RE})(s?)\s+(?:for|of|at|to)\s+(?:the\s+)?$", re.I)
TITLE_ONLY = re.compile(rf"^\s*({TITLE_RE})(s?)\s*,?\s*$", re.I)
# "<Person>, associate Europe and Central Asia director at <Org>": up to two modifiers, then a region's name
# ("until then first vice-president of the state-controlled telecoms operator Rostelecom": a time before the title, a
# lower-case description of the body between 'of the' and its name)
APPOS = re.compile(rf"^\s*,\s+(?:(?:until|by|at)\s+(?:then|the\s+time)\s+)?(?:(?:the|a|an|its)\s+)?"
                   rf"(?:[\w-]+\s+){{0,2}}?(?-i:(?:(?:[A-Z][\w-]*|and)\s+){{0,5}}?)"
                   rf"({TITLE_RE})\s+(?:of|for|at|with|to|from)\s+(?:the\s+(?-i:(?:[a-z][\w-]*\s+){{0,3}}))?$", re.I)
HOSTED_AFTER = re.compile(r"\s+(?:channel|group|page|account|blog|chat|community|feed)\s*,?\s*")
HOSTED_WORD = re.compile(r"\s(?:channel|group|page|account|blog|chat|community|feed)$", re.I)


def role_before(ctx: Context, person: Mention, before: list[Mention]) -> list[Relation]:
    text = ctx.text
    if before and before[-1].type in BODIES and not text[before[-1].end:person.start].strip(" ,"):
        org = before[-1]  # "... for <Org> <Person>"
        match = TITLE_FOR.search(text[max(person.sentence[0], org.start - 60):org.start])
        if match and not sent_to(match):  # "The lawyers of <Org>, A and B"
            return [role(ctx, p, org, title_of(match), "relation.role_title.v1", 0.85)
                    for p in [person, *coordinated_after(ctx, person, plural(match))]]
    if before and before[-1].type in BODIES:
        org = before[-1]  # "<Org> spokesman <Person>"
        match = TITLE_ONLY.match(text[org.end:person.start].replace("’s", "").replace("'s", ""))
        if match:  # "Agora lawyers A and B": a plural title goes to every name coordinated after it
            return [role(ctx, p, org, title_of(match), "relation.role_title.v1", 0.85)
                    for p in [person, *coordinated_after(ctx, person, plural(match))]]
    return role_from_lexicon_title(ctx, person)


def role_from_lexicon_title(ctx: Context, person: Mention) -> list[Relation]:
    """'Prosecutor General Yuri Chaika': a title naming one body, when that body is in the article."""
    if ctx.lexicon is None:
        return []
    window = ctx.text[max(person.sentence[0], person.start - 60):person.start]
    tail = window.rstrip().lower() if window.isascii() else None
    for pattern, title, name, ending in present_titles(ctx):
        if (tail is None or ending is None or tail.endswith(ending)) and pattern.search(window):
            org = next(m for m in ctx.mentions if m.entity == f"lex:{title.body}")
            prop = ROLE_NAME.get(title.role, "roleIn")
            return [Relation(person.entity, prop, org.entity,
                             evidence(ctx, "relation.role_lexicon_title.v1", 0.85,
                                      (person.start - len(name) - 1, person.end)))]
    return []


def present_titles(ctx: Context) -> list:
    """The lexicon's titles (see Lexicon.title_suffix) naming a body the article mentions, made once per article, each
    with the lower-case name an ASCII text must end with (but for spaces) where the title's pattern finds it: re.I
    matches an ASCII name in an ASCII text as their lower cases compare (None for a name that is not ASCII or ends in
    a space). The cheap test of the ending spares the search of almost every pattern."""
    if "present titles" not in ctx.memo:
        titles, by_body = ctx.lexicon.title_suffix, ctx.lexicon.title_suffix_by_body
        # in the lexicon's order
        present = sorted(i for key in by_body.keys() & ctx.entities.keys() for i in by_body[key])
        ctx.memo["present titles"] = [(pattern, title, name, name.lower() if name.isascii() and name == name.rstrip()
                                       else None) for pattern, title, name in map(titles.__getitem__, present)]
    return ctx.memo["present titles"]


def role_after(ctx: Context, person: Mention, after: list[Mention]) -> list[Relation]:
    if not after or after[0].type not in BODIES:
        return []
    org = after[0]
    hosted = HOSTED_AFTER.match(ctx.text, org.end) or (
        HOSTED_WORD.search(org.text) and re.compile(r"\s*,?\s*").match(ctx.text, org.end))
    if is_platform(ctx, org) and hosted:
        # "the owner of the Telegram channel Baza": the channel named after its platform, not the platform
        org = next((m for m in after[1:] if m.start == hosted.end() and m.type in BODIES), None)
        if org is None:
            return []
    match = APPOS.match(ctx.text[person.end:org.start])
    if match and not sent_to(match):
        prop = title_of(match)
        if prop == "headOf" and re.search(r"\b(?:deputy|vice)[\s-]+$", match.string[:match.start(1)], re.I):
            prop = "deputyHeadOf"  # "a deputy speaker of <Body>", "the vice chairman of <Org>"
        return [role(ctx, person, org, prop, "relation.role_apposition.v1", 0.85)]
    return []


def title_of(match: re.Match) -> str:
    """The property of the title a match's first group holds, singular or plural."""
    title = match.group(1).lower()
    return SURFACE_TITLES[PLURAL_TITLES.get(title, title)]


def plural(match: re.Match) -> str:
    """'s' when the matched title is plural ('lawyers', 'deputies'), else ''."""
    return "s" if match.group(2) or match.group(1).lower() in PLURAL_TITLES else ""


def sent_to(match: re.Match) -> bool:
    """'Russia's representative to the Council of Europe': an envoy's 'to'/'at' body is where they are sent."""
    return match.group(1).lower().split()[-1] in ENVOYS and re.search(r"\b(?:to|at)\s+(?:the\s+)?$", match.group(0),
                                                                      re.I) is not None
