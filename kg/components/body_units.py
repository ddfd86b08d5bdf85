"""Units and regional branches of known state bodies and courts, named around the body's own name.

News copy names a body's sub-body by the known body's name plus a unit noun and what the unit
serves or does. Each shape below needs a known (lexicon) state body or court, which stays a
mention of its own inside the longer name; the unit is a body of the same type (a court's
presidium or collegium is a Court, a ministry's directorate a GovernmentBody), and
kg.ownership makes it partOf the known body:

* "<Body>'s (regional|main ...) department/directorate/branch/office for|in <Place>": "the
  Investigative Committee's department for the Vologda region", "the FSB directorate for Crimea",
  "the Roskomnadzor branch in Yekaterinburg", "the Supreme Court's Judicial Collegium for Criminal
  Cases" (the possessive may be missing; what follows "for/in" is capitalized);
* "<Body>'s <up to three words> <unit noun>": "the Investigative Committee's Tatarstan department",
  "the Kremlin's domestic policy directorate", "the FSB's Moscow directorate" (not a press service or
  a press office, which speak for the body rather than being a unit of it in these reports);
* "<Place> (region|regional) <Body> <unit noun>": "the Kursk region FSB directorate";
* "<Region>'s <Body>", "<Region adjective> <Body>": "Tatarstan's Interior Ministry", "the Bashkir Investigative
  Committee" -- a federal body's branch in a Russian region the lexicon knows (with its adjective);
* "(the) (<modifier>) presidium/collegium/chamber/panel/board (for <Cases>) of (the) <Body>": "the presidium of
  the Moscow City Court", "the Military Collegium of the Supreme Court", "the Judicial Collegium for
  Administrative Cases of the Supreme Court", "the appeals chamber of the Second Western District Military
  Court" (never a plenum, whose acts the reports give to the court, nor "a panel of ...", some panel of it).

A building is no body: "at the FSB office in Arkhangelsk" (after at, outside, near ...) is left alone.

A shape is dropped where another known name lies inside it besides the body ("the Interior
Ministry's Centre for Combating Extremism" is a known centre of its own).
"""

from __future__ import annotations

import re

from kg.components.candidates import Candidate
from kg.lexicon import fold

RULE = "entity.body_unit.v1"
# a group's local organisation is a legal person of its own, not a unit of the group (no partOf)
LOCAL_RULE = "entity.local_organisation.v1"
LOCAL_BODY = re.compile(r"\b(?:[Oo]rgani[sz]ation|[Cc]ommunity|[Cc]ongregation)\b")
UNIT = (r"(?i:department|directorate|branch|office|division|unit|administration|bureau|collegium|chamber|board|"
        r"panel|presidium|section|service|centre|center|inspectorate)")
LEVEL = r"(?:(?:regional|main|local|city|district|territorial|republican|interregional|investigative|" \
        r"[A-Z][a-z]+)\s+)"
CAP = r"(?!(?:The|A|An|In|On|At|By|And|Its|Their|This|That|January|February|March|April|May|June|July|August|" \
      r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w\-]+"
PLACE = rf"(?:the\s+)?(?:Republic\s+of\s+)?{CAP}(?:[\s\-]{CAP}){{0,2}}(?:\s+(?:region|oblast|krai|republic|" \
        rf"district|territory|Region|Oblast|Krai|Republic|District|Territory))?(?!['’]s\b)"
POSS = r"(?:['’]s?)"
# after the body: "'s department for the Vologda region", " directorate for Crimea", "'s branch in Bashkortostan"
FOR_PLACE = re.compile(rf"{POSS}?\s+(?:the\s+)?{LEVEL}{{0,2}}{UNIT}\s+(?:for|in)\s+{PLACE}\b")
# after the body: "'s Tatarstan department", "'s domestic policy directorate"
STOP = (r"(?:the|a|an|of|on|to|for|in|at|by|with|and|or|that|which|who|whose|was|were|is|are|be|been|has|have|had|"
        r"not|no|new|own|said|says|its|their|his|her|from|into|over|about|after|before|as|than|this|these|those)")
NAMED_UNIT = re.compile(rf"{POSS}\s+(?:(?!{STOP}\b)[\w\-]+\s+){{1,3}}?{UNIT}\b(?![\w\-])")
PRESS = re.compile(r"\b(?:press|media|public|communications|information|legal|own|website|official|reception)\b",
                   re.I)
# before the body: "Kursk region ", "the Moscow "; after it: " directorate"
PLACE_BEFORE = re.compile(rf"(?:^|(?<=\s)){CAP}(?:\s+{CAP})?\s+(?:(?:region|regional|city|republican)\s+)?$")
UNIT_AFTER = re.compile(rf"\s+(?:regional\s+)?{UNIT}\b(?![\w\-])")
# "the presidium of the Moscow City Court", "the Military Collegium of the Supreme Court"
UNIT_OF = re.compile(r"(?:\b(?:[A-Z][a-z]+|[a-z]+)\s+)?\b(?:presidium|Presidium|[Cc]ollegium|[Cc]hamber|[Pp]anel|"
                     r"[Bb]oard)(?:\s+for\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})?\s+of\s+(?:the\s+)?$")
# after the body, no unit noun: " for the Republic of Karelia", " for the Chelyabinsk region" (a level word needed)
FOR_REGION = re.compile(rf"\s+for\s+(?:the\s+)?(?:Republic\s+of\s+{CAP}(?:[\s\-]{CAP})?|{CAP}(?:[\s\-]{CAP})?\s+"
                        rf"(?:region|oblast|krai|Region|Oblast|Krai|Republic|Territory))\b(?!['’]s\b)")
# before the body: "the regional office of " (then " in|for <Place>" after it)
LEVEL_UNIT_OF = re.compile(r"\b(?:regional|local|territorial|city|district)\s+(?:office|department|directorate|"
                           r"branch|division)\s+of\s+(?:the\s+)?$")
IN_PLACE = re.compile(rf"\s+(?:in|for)\s+{PLACE}\b")
# an organisation's branch: "Memorial's St Petersburg branch", "the Perm branch of Memorial"
ORG_NAMED_UNIT = re.compile(rf"{POSS}\s+{CAP}(?:\s+{CAP})?\s+(?:regional\s+)?(?:branch|chapter)\b(?![\w\-])")
# "the Taganrog local religious organisation of Jehovah's Witnesses", "the Moscow community of <Org>": a group's
# local organisation, named by its place
FAITH_WORDS = r"(?:Christian|Orthodox|Muslim|Catholic|Protestant|Evangelical|Baptist|Jewish|Islamic|Religious|Russian|" \
              r"Local|Global|International|Worldwide|Entire|Whole)\b"  # what a community is, not where
ORG_UNIT_OF = re.compile(rf"(?:^|(?<=\s)){CAP}(?:\s+{CAP})?\s+(?:(?:regional|local)\s+)?(?:branch|chapter)\s+of\s+"
                         rf"(?:the\s+)?$|(?:^|(?<=\s))(?!{FAITH_WORDS}){CAP}(?:\s+(?!{FAITH_WORDS}){CAP})?\s+"
                         rf"(?:(?:regional|local)\s+)?(?:religious\s+)?(?:organi[sz]ation|community|congregation)\s+of\s+"
                         rf"(?:the\s+)?$")
# "the Religious Community of Jehovah's Witnesses of Moscow", "the Local Religious Organization of Jehovah's Witnesses
# in Taganrog": the group's local organisation, named by its place after the group
COMMUNITY_OF = re.compile(r"(?:^|(?<=\s))(?:(?:Local\s+)?Religious\s+(?:Community|Organi[sz]ation)|Community|"
                          r"Congregation)\s+of\s+(?:the\s+)?$")
PLACE_AFTER = re.compile(rf"\s+(?:of|in)\s+(?:the\s+(?:city\s+of\s+)?)?{CAP}(?:[\s\-]{CAP})?\b(?!['’])")
INDEFINITE = re.compile(r"\b(?:a|an|another|one)\s+$", re.I)  # "a panel of the Supreme Court": some panel of it
# "blew himself up at the FSB office in Arkhangelsk": a building where something happened, not the body
LOCATIVE = re.compile(r"\b(?:at|outside|near|inside|into|opposite|behind|beside)\s+(?:the\s+)?$", re.I)
NOT_MODIFIER = {"the", "a", "an", "of", "and", "or", "in", "at", "by", "to", "for", "from", "with", "that", "this",
                "its", "their", "his", "her", "was", "were", "is", "are", "said", "The"}
TYPES = ("GovernmentBody", "Court")
ORG_TYPES = ("GovernmentBody", "Court", "Organization")


def body_units(text: str, found: list[Candidate], lexicon=None) -> list[Candidate]:
    """Candidates for the shapes of the module docstring; the known body inside is made nested."""
    bodies = [c for c in found if not c.info.get("nested") and (c.source == "lexicon" and c.key and c.type in ORG_TYPES
                                                               or c.source == "pattern" and c.type == "Court")]
    units = []
    for body in bodies:
        for start, end in (spans_around(text, body) if body.type in TYPES else branches_around(text, body)):
            if described(text, start, found) or LOCATIVE.search(text, max(0, start - 12), start):
                break
            inside = [c for c in found if c is not body and start <= c.start and c.end <= end and c.source == "lexicon"
                      and c.type in ("GovernmentBody", "Court", "Organization") and (c.start, c.end) != (start, end)]
            if inside or any(c.start < start < c.end or c.start < end < c.end for c in found if c.source == "lexicon"):
                continue  # another known name inside, or one the span would cut into
            body.info["nested"] = True
            rule = LOCAL_RULE if body.type == "Organization" and LOCAL_BODY.search(text, start, end) else RULE
            units.append(Candidate(start, end, body.type, "lexicon", rule, 0.75))
            break
    return units + (regional_bodies(text, found, lexicon) if lexicon is not None else [])


def spans_around(text: str, body: Candidate) -> list[tuple[int, int]]:
    """(start, end) of each shape the known body stands in, longest reading first."""
    spans = []
    start = body.start
    if (m := FOR_PLACE.match(text, body.end)) is not None:
        spans.append((start, m.end()))
    if (m := NAMED_UNIT.match(text, body.end)) is not None and not PRESS.search(m.group()):
        spans.append((start, m.end()))
    before = PLACE_BEFORE.search(text, max(0, body.start - 40), body.start)
    if before is not None and (m := UNIT_AFTER.match(text, body.end)) is not None:
        spans.append((before.start(), m.end()))
    if (m := FOR_REGION.match(text, body.end)) is not None:
        spans.append((start, m.end()))
    unit_of = LEVEL_UNIT_OF.search(text, max(0, body.start - 40), body.start)
    if unit_of is not None and (m := IN_PLACE.match(text, body.end)) is not None:
        spans.append((unit_of.start(), m.end()))
    of = UNIT_OF.search(text, max(0, body.start - 70), body.start)
    if of is not None and not INDEFINITE.search(text, max(0, of.start() - 10), of.start()) and \
            of.group().split()[0].lower() not in ("a", "an", "another", "one"):  # "a panel of the Supreme Court"
        first = of.group().split()[0]
        spans.append((of.start() + (len(first) + 1 if first.lower() in NOT_MODIFIER else 0), body.end))
    return sorted(spans, key=lambda s: s[0] - s[1])


# federal bodies that have regional branches named by the region: "Tatarstan's Interior Ministry"
FEDERAL_KINDS = {"ministry", "agency", "security_service", "regulator", "police", "prosecution", "investigative_agency"}
REGION_BEFORE = re.compile(r"(?:^|(?<=\s))((?:[A-Z][\w\-]+\s+){0,2}[A-Z][\w\-]+)(?:(['’]s)|\s+(?:region|regional|"
                           r"republican))?\s+$")


def regional_bodies(text: str, found: list[Candidate], lexicon) -> list[Candidate]:
    """"Tatarstan's Interior Ministry", "the Bashkir Investigative Committee": a federal body's branch in a Russian
    region named by the region (its name, possessive or adjective) right before the body's name."""
    units = []
    for body in found:
        entry = lexicon.entries.get(body.key) if body.source == "lexicon" and body.key else None
        if entry is None or entry.type != "GovernmentBody" or entry.country != "RU" or entry.city or \
                entry.kind not in FEDERAL_KINDS or body.info.get("nested"):
            continue
        m = REGION_BEFORE.search(text, max(0, body.start - 40), body.start)
        if m is None or fold(m.group(1)) not in lexicon.russian_regions or LOCATIVE.search(
                text, max(0, m.start() - 12), m.start()) or any(c.start < body.start and m.start() < c.end
                                                                 for c in found if c.source in ("lexicon", "pattern")):
            continue  # "In Tatarstan, the Interior Ministry": not a name; a name some rule read there stays
        body.info["nested"] = True
        units.append(Candidate(m.start(), body.end, "GovernmentBody", "lexicon", RULE, 0.75))
    return units


def branches_around(text: str, org: Candidate) -> list[tuple[int, int]]:
    """An organisation's branch named by its place: "Memorial's Perm branch", "the Perm branch of Memorial", "the
    Taganrog local religious organisation of Jehovah's Witnesses", "the Religious Community of Jehovah's Witnesses of
    Moscow"."""
    spans = []
    if (m := ORG_NAMED_UNIT.match(text, org.end)) is not None:
        spans.append((org.start, m.end()))
    if (m := ORG_UNIT_OF.search(text, max(0, org.start - 60), org.start)) is not None:
        spans.append((m.start(), org.end))
    if (m := COMMUNITY_OF.search(text, max(0, org.start - 50), org.start)) is not None and \
            (place := PLACE_AFTER.match(text, org.end)) is not None:
        spans.append((m.start(), place.end()))
    return spans


APPOSED = re.compile(r"\s*,\s+(?:the|its|an?)\s+$")


def described(text: str, start: int, found: list[Candidate]) -> bool:
    """'Centre E, the Interior Ministry's anti-extremism unit': a description of the name before it, not a name."""
    gap = APPOSED.search(text, max(0, start - 12), start)
    return gap is not None and any(c.end == gap.start() and c.type in ("GovernmentBody", "Court", "Organization")
                                   for c in found)
