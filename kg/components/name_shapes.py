"""Names of people and organisations that the statistical NER misses or mistypes, read from their shape.

Called from typing.correct_types on the chosen candidates; every rule here only adds a name where no
source proposed one, or retypes a statistical (NER) guess:

* a known given name and a capitalized word shaped like a surname is a person, wherever it stands
  ("Konstantin Bazhenov, Alexei Budenchuk and Felix Makhammadiev", "Natalia Zviagina, who ran ..."),
  unless a capital follows ("Alexander Nevsky Cathedral") or precedes it ("St Vladimir"), or the
  second word names a place or a body ("Vladimir Region");
* two or three capitalized words, letters outside ASCII allowed, set off by commas after a capitalized
  title ("The Council of Europe's Secretary General, Thorbjørn Jagland, said") are a person;
* a name set off by commas next to a noun for a non-state body is an organization: "Razom, a New
  York-based charity", "a new charity, Evolution, to keep", "Woollintertrade, a little-known company";
* a name right after such a noun is one too when it is an acronym or an NER guess: "the delivery
  company UPS", "the charity Razom";
* one surface typed both ways in an article keeps the organization reading when a rule (not the
  NER) gave it: "the online magazine Novy Fokus ... Novy Fokus, founded by Afanasyev".

case_applicants (called from kg.components.entities) adds the applicant of a case named after one person with
their given name ("Irina Fedotova v. Russian Federation") as a person kept inside the case's name, as the respondent
state is kept.
"""

from __future__ import annotations

import re

from kg.components.candidates import Candidate
from kg.lexicon import fold

LOWER = "a-zß-öø-ÿāăąćčďđēėęěğīįıķľłńňōőœŕřśşšťūůűųźżž"
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĽŁŃŇŌŐŒŔŘŚŞŠŤŪŮŰŲŹŻŽ"
WORD = rf"[{UPPER}][{LOWER}]+(?:[-‐][{UPPER}][{LOWER}]+)?"  # "Thorbjørn", "Kara-Murza", "Bélot"
# Slavic, Baltic, Caucasian and Turkic surname endings, transliterated
SURNAME = re.compile(r"(?:ov|ova|ev|eva|yov|yova|in|ina|yn|yna|sky|skaya|skiy|ski|skyi|ko|uk|yuk|chuk|ak|ik|yk|ets|"
                     r"ich|vich|ovich|evich|ikh|ykh|ny|naya|nyi|yan|ian|dze|shvili|ava|ia|iev|ieva|oy|ay|ei|iy|ii|"
                     r"ova|enko|ovs|vs|is|as|us|ulin|ullin|ullina|shin|kin|kina|lin|lina|ski|nko)$")
NOT_NAME = {"The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "And", "But", "Its", "This", "That",
            "When", "After", "Before", "While", "As", "If", "Then", "Since", "Of", "To", "Under", "Both", "Their",
            "His", "Her", "Our", "Russian", "Ukrainian", "Soviet", "Federal", "State", "Supreme", "Constitutional"}

# nouns for non-state bodies; "a New York-based charity", "the delivery company", "a little-known company"
ORG_NOUNS = ("company|firm|charity|foundation|fund|group|organi[sz]ation|ngo|movement|association|network|outlet|"
             "publisher|newspaper|magazine|website|site|channel|station|broadcaster|startup|start-up|carrier|"
             "retailer|developer|manufacturer|operator|provider|bank|insurer|think\\s+tank|party|band|collective|"
             "initiative|project|community|church|sect|trust|cooperative|corporation|conglomerate|holding|agency")
NAME = rf"(?:[{UPPER}0-9][\w&.\-]*[\w&](?:\s+[{UPPER}][\w\-]*\w){{0,3}}|[{UPPER}]{{2,6}})"
# "<Name>, a/an/the <up to 4 words> <org noun>"
# "a company spokesman", "the group's lawyer": a person of the body, not the body; nor "the publisher who founded"
NOT_ITS_PERSON = r"(?!['’]|\s+who\b|\s+(?:spokes\w+|officials?|employees?|lawyers?|representatives?|head|director|founder|" \
                 r"members?|workers?|staff|executives?|managers?|chief|owner))"
ORG_AFTER = re.compile(rf"^,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){{0,4}}?(?:{ORG_NOUNS})\b{NOT_ITS_PERSON}", re.I)
# "a new charity, <Name>," / "the company, <Name>."
ORG_BEFORE = re.compile(rf"(?<!\bfor )(?<!\bof )(?<!\bat )(?<!\bwith )(?<!\bfrom )(?<!\bby )(?<!\bto )(?<!\bin )"
                        rf"\b(?:a|an|the|new|its|their)\s+(?:[a-z\-]+\s+){{0,2}}(?:{ORG_NOUNS}),\s+$")
# "the delivery company UPS", "the charity Razom": the name straight after the noun
ORG_NOUN_NAME = re.compile(rf"\b(?:the|a|an)\s+(?:[\w\-]+\s+){{0,2}}(?:{ORG_NOUNS})\s+({NAME})(?=[\s,.;:)]|$)"
                           rf"|\b(?:the|a|an)\s+(?:[\w\-]+\s+){{0,2}}(?:{ORG_NOUNS})\s+[\"“«]({NAME})[\"”»]"
                           rf"|\b(?:members?|leaders?|founders?|activists?)\s+of\s+[\"“«]({NAME})[\"”»]")
# (the name may be quoted: 'the group "Vesna"'; a quoted name of which someone is a member is a body: 'the members
# of "New Greatness"')
# a name after a lowercase word (never the first of a sentence), set off by an org noun
APPOSED_ORG = re.compile(rf"(?<![\w\-])[a-z]+\s[\"“«]?((?:[{UPPER}][\w&.\-]*[\w&])(?:\s+[{UPPER}][\w\-]*\w){{0,2}})[\"”»]?,\s+"
                         rf"(?:a|an)\s+"
                         rf"(?:[\w\-]+\s+){{0,4}}?(?:{ORG_NOUNS})\b{NOT_ITS_PERSON}")
CALENDAR = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
            "April", "May", "June", "July", "August", "September", "October", "November", "December"}
ACRONYM = re.compile(rf"[{UPPER}]{{2,6}}")
TITLE_APPOSED = re.compile(rf"\b(?:Secretary(?:\s+General)?|General|President|Chairman|Chairwoman|Director|"
                           rf"Commissioner|Minister|Ambassador|Rapporteur|Ombudsman|Prosecutor|Judge|Spokes(?:man|"
                           rf"woman|person)|Head|Chief|Editor|Founder|Mayor|Governor),\s+({WORD}(?:\s+{WORD}){{1,2}})"
                           rf"(?=,|\s+(?:said|says|told|added|wrote|noted|stated)\b)")
SURNAME_AFTER = re.compile(rf"(?<![\w\-])(?=({WORD})\s({WORD})\b)")  # overlapping: "Moscow Alexei Budenchuk"


def overlaps(start: int, end: int, candidates: list[Candidate]) -> bool:
    return any(c.start < end and start < c.end for c in candidates)


def people_by_shape(text: str, candidates: list[Candidate], given_names: set[str], places: set[str],
                    org_words: set[str]) -> list[Candidate]:
    """Persons named by a known given name and a surname, or after a capitalized title (see the docstring)."""
    found: list[Candidate] = []
    for m in SURNAME_AFTER.finditer(text):
        given, surname = m.group(1), m.group(2)
        start, end = m.start(1), m.end(2)
        if given not in given_names or surname in given_names or not SURNAME.search(surname.lower()):
            continue
        before, after = text[max(0, start - 30):start], text[end:end + 2]
        if re.search(rf"[{UPPER}][\w.]*\s$", before) or re.match(rf"\s[{UPPER}]", after) or after[:1] in "-‐":
            continue  # "St Vladimir", "Alexander Nevsky Cathedral", "Ivan Kupala-..."
        if fold(surname) in places or surname.lower() in org_words or overlaps(start, end, candidates + found):
            continue
        found.append(Candidate(start, end, "Person", "ner", "entity.given_name_and_surname.v1", 0.7))
    for m in TITLE_APPOSED.finditer(text):
        words = m.group(1).split()
        if words[0] in NOT_NAME or any(w.lower() in org_words or fold(w) in places for w in words):
            continue
        if not overlaps(m.start(1), m.end(1), candidates + found):
            found.append(Candidate(m.start(1), m.end(1), "Person", "ner", "entity.person_after_title.v1", 0.7))
    return found


def people_not_bodies(text: str, candidates: list[Candidate], given_names: set[str]) -> list[Candidate]:
    """A body's one-word alias that is the surname of a person the NER names with a known given name is the person's
    name: "Richard Wagner's opera" is no Wagner Group, "Andrei Sakharov" no Sakharov Center."""
    people = [c for c in candidates if c.source == "ner" and c.type == "Person"
              and text[c.start:c.end].split()[0] in given_names]
    if not people:
        return candidates
    return [c for c in candidates if not (c.source == "lexicon" and c.type != "Person" and " " not in text[c.start:c.end]
                                          and any(p.start < c.start and c.end <= p.end for p in people))]


def organizations_by_shape(text: str, candidates: list[Candidate], places: set[str],
                           given_names: set[str] = frozenset()) -> list[Candidate]:
    """Retype NER guesses set off by an org noun, and add the names no source proposed (see the docstring)."""
    found: list[Candidate] = []
    for c in candidates:
        if c.source == "ner" and c.type == "Person" and text[c.start:c.end].split()[0] not in given_names \
                and org_apposed(text, c.start, c.end):
            c.type, c.rule, c.confidence = "Organization", "entity.org_apposition.v1", 0.75
    for m in ORG_NOUN_NAME.finditer(text):
        group = next(i for i in (1, 2, 3) if m.group(i) is not None)
        start, end = m.span(group)
        name = m.group(group)
        if name.split()[0] in NOT_NAME or fold(name) in places or not re.search(r"[^\W\d_]", name.split()[0]):
            continue  # "fines the channel 10,000 euros": a number is no name
        same = [c for c in candidates if c.start == start and c.end == end]
        if same:
            for c in same:
                if c.source == "ner" and c.type != "Organization":
                    c.type, c.rule, c.confidence = "Organization", "entity.org_after_noun.v1", 0.75
        elif (ACRONYM.fullmatch(name) or name not in CALENDAR) and not overlaps(start, end, candidates + found):
            found.append(Candidate(start, end, "Organization", "pattern", "entity.org_after_noun.v1", 0.7))
    for m in APPOSED_ORG.finditer(text):  # "at the request of Woollintertrade, a little-known company"
        start, end = m.span(1)
        if m.group(1).split()[0] not in NOT_NAME | CALENDAR and fold(m.group(1)) not in places and \
                not overlaps(start, end, candidates + found):
            found.append(Candidate(start, end, "Organization", "pattern", "entity.org_apposition.v1", 0.7))
    return found


def org_apposed(text: str, start: int, end: int) -> bool:
    """The name text[start:end] is set off by commas next to a noun for a non-state body."""
    before = text[max(0, start - 60):start]
    return bool(ORG_AFTER.match(text[end:end + 80]) or ORG_BEFORE.search(before) and text[end:end + 1] in ",.")


def consistent_types(text: str, candidates: list[Candidate]) -> None:
    """An NER 'person' whose surface a rule types as an organization elsewhere in the article is that organization."""
    orgs = {text[c.start:c.end] for c in candidates if c.type == "Organization" and c.rule != "entity.ner_org.v1"}
    for c in candidates:
        if c.source == "ner" and c.type == "Person" and c.rule.startswith("entity.ner_") and text[c.start:c.end] in orgs:
            c.type, c.rule, c.confidence = "Organization", "entity.type_of_same_name.v1", 0.7


CASE_RULES = {"ruling.case_name.v1", "ruling.case_name_person.v1"}
APPLICANT = re.compile(rf"^({WORD}(?:\s+{WORD}){{1,2}})\s+v(?:s)?\.?\s")  # "Irina Fedotova v. ", not "A and Others v."


def case_applicants(text: str, candidates: list[Candidate], given_names: set[str]) -> list[Candidate]:
    """The person a case is named after, by a known given name and a surname ("Irina Fedotova v. Russian
    Federation"), as a mention nested in the case's name (the NER's own reading of the name, if it has one)."""
    found = []
    for case in (c for c in candidates if c.rule in CASE_RULES):
        m = APPLICANT.match(text[case.start:case.end])
        if m is None or m.group(1).split()[0] not in given_names:
            continue
        start, end = case.start + m.start(1), case.start + m.end(1)
        same = sorted((c for c in candidates if c.type == "Person" and c.start == start and c.end == end),
                      key=lambda c: c.source != "lexicon")  # the lexicon's reading first, else the NER's
        if same:  # kept inside the case's name (one reading: the others go with the overlap)
            same[0].info = {**same[0].info, "nested": True}
        else:
            found.append(Candidate(start, end, "Person", "pattern", "entity.case_applicant.v1", 0.75,
                                   info={"nested": True}))
    return found
