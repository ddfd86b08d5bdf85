"""Long institution names and outlets' regional editions.

The statistical NER cuts long names at their lowercase joints, and the lexicon knows the
parent outlet but not its local edition. Two rules read the text around them:

* an institution named by its kind and its purpose: "<Kind> for|of|on|to|against (the) <Name>"
  with capitalized words joined by of/for/and/the ("Centre for Monitoring and Management of
  the Public Communications Network", "Foundation for the Defence of Glasnost", "Committee
  for the Protection of Journalists' Rights", "Presidential Council for the Development of
  Civil Society and Human Rights"), capitalized words right before the kind included, and so
  is an "under the President/Governor of X" after it (a state body). A
  body of the state when the name says so (state words: "Presidential", "Federal", "Main",
  "Management"...), or when its kind is a state kind (committee, commission, agency ...) and
  no rights words say otherwise ("Committee for the Protection of ..." is an NGO); else an
  organization. The name stops before "in <Place>" ("... Media Freedom in Pskov"). Bodies
  and organizations named inside it stay mentions of their own ("... of the Council of Europe").
* a state body named by the known place it serves: "the Pskov regional prosecutor's office",
  "the Sverdlovsk region police", "the prosecutor's office of the Kirov region", "the legislature of the Novosibirsk
  region"; a region's own law is named by its place too: "the Ryazan Region Law on Administrative Offences", "the
  Kostroma regional law on administrative offences" (regional_laws); a known body's
  regional directorate is a body of its own ("the Main Directorate of the Justice Ministry for Moscow");
* an outlet named after the noun for its kind in capitals, digits or as a domain ("the Tomsk channel
  TV-2", "the news site Ura.ru"); a known place with a kind noun ("the Yakutsk newspaper") only
  describes one;
* a media outlet followed by a transliterated Russian place ("Ekho Moskvy v Pskove", "Radio
  Svoboda v Krymu") is that outlet's local edition: an organization of its own, not the
  parent outlet; so is one followed by "in <known place>" in a sentence that speaks of
  stations, editions, branches or affiliates ("the local station Ekho Moskvy in Chelyabinsk");
  elsewhere "in <place>" says where something happened ("Meduza in Riga reported").
"""

from __future__ import annotations

import re

from kg.components.body_units import body_units
from kg.components.candidates import Candidate
from kg.components.name_bodies import named_bodies, units_of_known_bodies
from kg.components.scans import matches
from kg.lexicon import Lexicon, fold

KINDS = ("Centre|Center|Committee|Foundation|Fund|Institute|Union|Association|Society|Council|Commission|League|"
         "Alliance|Coalition|Federation|Movement|Academy|Chamber|Bureau|Agency|Service|Directorate|Inspectorate|"
         "Board|Network|Trust|Initiative")
WORD = r"[A-Z](?:[\w\-]|\.(?=\w))*(?:['’]s?)?"  # a capitalized word, with a possessive ("Journalists'")
NOT_MODIFIER = {"The", "A", "An", "This", "That", "In", "On", "At", "By", "For", "From", "With", "And", "But", "Its",
                "Their", "His", "Her", "Our", "When", "After", "Before", "While", "As", "If", "Both", "Then"}
# the kind and its preposition are looked for first; the capitalized words around them are then read
KIND_AT = re.compile(rf"\b(?P<kind>{KINDS})\s+(?:for|of|on|to|against)\s+(?:the\s+)?")
KIND_HINT = re.compile(KINDS)  # where KIND_AT can match (kg/components/scans.py)
MODIFIERS = re.compile(rf"(?:{WORD}\s+){{1,4}}$")
NAME_AT = re.compile(rf"""
    (?P<name>{WORD}(?:\s+(?:(?:of|for|and|on|to|the)\s+){{0,2}}{WORD})*)
    (?P<under>\s+under\s+the\s+(?:President|Governor|Government|Mayor|Head|Cabinet)\b
              (?:\s+of\s+(?:the\s+)?{WORD}(?:\s+{WORD}){{0,2}})?)?""", re.X)
LEVEL = r"(?:regional|region|city|district|oblast|krai|republic|republican|municipal|transport|military)"
BODY = (r"(?:[Pp]rosecutor['’]?s['’]?\s+[Oo]ffice|prosecutors['’]\s+office|police(?:\s+department)?|"
        r"interior\s+ministry|"
        r"investigative\s+(?:committee|department|directorate)|administration|government|election\s+commission|"
        r"legislative\s+assembly|legislature|duma|mayor['’]s\s+office|governor['’]s\s+office|city\s+hall)")
PLACE = r"(?!(?:The|A|An|In|At|On|By|For|From|With|And|But|Its|Their|His|Her|Our|When|After|Before|While|As|If)\b)" \
        r"(?:[A-Z][\w\-]+\s+){0,2}?[A-Z][\w\-]+"
BODY_AT = re.compile(rf"\b{BODY}\b(?![\w\-])")
BODY_HINT = re.compile(BODY)  # where BODY_AT can match (kg/components/scans.py)
PLACE_BEFORE = re.compile(rf"(?P<place>{PLACE})\s+(?:(?P<level>{LEVEL})\s+)?$")
PLACE_AFTER = re.compile(rf"\s+of\s+the\s+(?P<place>{PLACE})\s+(?P<level>{LEVEL})\b")
# "the Prosecutor's Office of the Republic of Crimea", "the prosecutor's office of Bashkortostan" (a known region)
REPUBLIC_AFTER = re.compile(rf"\s+of\s+(?:the\s+(?P<level>Republic)\s+of\s+|the\s+)?(?P<place>{PLACE})"
                            r"(?![\w\-]|\s+[A-Z]|['’])")
BODY_OF_PLACE = re.compile(r"prosecutor['’]?s['’]?\s+office|administration|police|legislature", re.I)
BODY_AS_MODIFIER = re.compile(r"\s+(?:building|buildings|headquarters|premises|website|offices|office|compound|"
                              r"residence|entrance|car|cars|van|station|press)\b")
STATE_WORDS = {"states", "presidential", "federal", "state", "main", "government", "governmental", "management", "supervision",
               "control", "ministry", "interior", "investigative", "security", "military", "duma", "prosecutor",
               "prosecutor's", "municipal"}
RIGHTS_WORDS = {"protection", "defence", "defense", "rights", "freedom", "freedoms", "support", "assistance",
                "glasnost", "journalists", "journalists'", "victims", "torture", "independent", "democracy",
                "prisoners", "mothers", "soldiers'", "studies", "research", "analysis", "liberty", "civic"}
BAR_WORDS = {"lawyers", "advocates", "bar", "notaries"}
STATE_KINDS = {"committee", "commission", "agency", "service", "directorate", "inspectorate", "board", "chamber"}
ENTITY_TYPES = ("Organization", "GovernmentBody", "Court")


def institution_names(text: str, found: list[Candidate], lexicon: Lexicon | None = None) -> list[Candidate]:
    """Candidates for long institution names (see the module docstring); inner names become nested."""
    names = []
    for k in matches(KIND_AT, KIND_HINT, text):
        m = NAME_AT.match(text, k.end())
        if m is None:
            continue
        start = modifiers_start(text, k.start())
        end = m.end("under") if m.group("under") else m.end("name")
        if not m.group("under") and k.group("kind") in ("Committee", "Commission") and \
                (tail := SUBJECT_LIST.match(text, end)) and not any(end < c.start < tail.end() for c in found):
            end = tail.end()  # "the Committee on Family, Women and Children's Affairs": subjects listed
        words = re.findall(r"[\w'’]+", text[start:end].lower())
        if len(words) < 3:
            continue
        # "... under the President/Governor of X": a body attached to the head of the state or a region
        kind = "GovernmentBody" if m.group("under") else institution_type(words, k.group("kind").lower())
        inner = [c for c in found if start <= c.start and c.end <= end and (c.start, c.end) != (start, end)]
        if any(c.source == "lexicon" and (c.type == "Person" or c.start == start and not
                                          BRANCH_FOR.fullmatch(text, c.end, end)) for c in inner):
            continue  # a person's name is not cut into; a known name is lengthened only by "for <region>"
        for c in inner:  # named inside the name proper; what it is "under" is not a mention of its own
            if c.type in ENTITY_TYPES and c.source == "lexicon" and c.end <= m.end("name"):
                c.info["nested"] = True
        names.append(Candidate(start, end, kind, "lexicon", "entity.institution_name.v1", 0.75))
    # "the Penza regional directorate of the FSB"; "the FSB directorate for Crimea" (body_units.py)
    return names + units_of_known_bodies(text, found) + body_units(text, found, lexicon)


# the rest of a list of subjects in a committee's name: ", Women and Children's Affairs" (nobody's name inside)
SUBJECT_LIST = re.compile(rf"(?:,\s+{WORD}(?:\s+{WORD})?)+,?\s+and\s+{WORD}(?:\s+{WORD})?")
BRANCH_FOR = re.compile(rf"\s+for\s+(?:the\s+)?{WORD}(?:\s+{WORD}){{0,2}}")


def local_bodies(text: str, lexicon: Lexicon) -> list[Candidate]:
    """'the Pskov regional prosecutor's office', 'the prosecutor's office of the Kirov region': a state body
    named by the place it serves (a place the lexicon knows)."""
    found, places = [], lexicon.place_names()
    for b in matches(BODY_AT, BODY_HINT, text):
        before = PLACE_BEFORE.search(text, max(0, b.start() - 60), b.start())
        after = (PLACE_AFTER.match(text, b.end()) or REPUBLIC_AFTER.match(text, b.end())) \
            if BODY_OF_PLACE.fullmatch(b.group()) else None
        for m, start, end in ((before, before and before.start(), b.end()), (after, b.start(), after and after.end())):
            if m is None or re.search(r"\b(?:in|at|from|near|outside)\s+$", text[max(0, start - 8):start], re.I) \
                    or BODY_AS_MODIFIER.match(text, end):
                continue  # "In Pskov, police detained him": the place of the act; "the Tatarstan government building"
            level = m.group("level")
            if fold(m.group("place")) in places or level and fold(f"{m.group('place')} {level}") in places \
                    or fold(m.group("place")) in lexicon.russian_regions:  # "the Dagestani police"
                found.append(Candidate(start, end, "GovernmentBody", "pattern", "entity.local_state_body.v1", 0.75))
                break
    return found + named_bodies(text)  # councils, bar associations, commissions (name_bodies.py)


# "the Ryazan Region Law on Administrative Offences", "the St Petersburg law on administrative offences": a region's
# or city's own law, named by its place and its subject (title case, or a region's administrative offences)
REGIONAL_LAW = re.compile(rf"(?P<place>{PLACE})\s+(?:(?P<level>{LEVEL}|Region|Oblast|Krai|Republic|City)\s+)?"
                          r"(?:[Ll]aw|[Cc]ode)\s+(?:on|of)\s+(?:[Aa]dministrative\s+(?:[Oo]ffen[cs]es|[Vv]iolations)\b"
                          r"|(?:the\s+)?[A-Z][\w\-]+(?:\s+(?:(?:of|and|on|the|for)\s+){0,2}[A-Z][\w\-]+)*)")
REGIONAL_LAW_HINT = re.compile(r"[Ll]aw|Code|code")  # where REGIONAL_LAW can match (kg/components/scans.py)


def regional_laws(text: str, lexicon: Lexicon) -> list[Candidate]:
    """A law of a Russian region or city the lexicon knows, named with its place (see the module docstring)."""
    found = []
    for m in REGIONAL_LAW.finditer(text) if REGIONAL_LAW_HINT.search(text) else ():
        place, level = fold(m.group("place")), (m.group("level") or "").lower()
        if not (place in lexicon.russian_regions or f"{place} {level}" in lexicon.russian_regions):  # (no country)
            continue
        found.append(Candidate(m.start(), m.end(), "Law", "pattern", "entity.regional_law.v1", 0.8))
    return found


def modifiers_start(text: str, kind_start: int) -> int:
    """Start of the name: the capitalized words before the kind, without a leading article or conjunction."""
    mods = MODIFIERS.search(text, max(0, kind_start - 80), kind_start)
    start = kind_start
    if mods is not None:
        for word in reversed(list(re.finditer(WORD, mods.group()))):
            if word.group() in NOT_MODIFIER:
                break
            start = mods.start() + word.start()
    return start


def institution_type(words: list[str], kind: str) -> str:
    if set(words) & BAR_WORDS:  # "Federal Chamber of Lawyers": the bar governs itself
        return "Organization"
    if set(words) & STATE_WORDS:
        return "GovernmentBody"
    if set(words) & RIGHTS_WORDS:
        return "Organization"
    return "GovernmentBody" if kind in STATE_KINDS else "Organization"


OUTLET_KINDS = {"media", "broadcaster", "tv", "radio", "news_agency", "media_group"}
# "v Pskove", "vo Vladimire", "na Urale": a Russian preposition and a place in the locative
LOCAL_EDITION = re.compile(r"\s+(?:v|vo|na)\s+[A-Z][a-z]+[eiu]\b")


# "Ekho Moskvy in St Petersburg": an English "in <Place>" names an edition only where the sentence speaks of them
IN_PLACE = re.compile(r"\s+in\s+((?:[A-Z][\w\-]+\s+){0,2}[A-Z][\w\-]+)")
EDITION_CUES = re.compile(r"\b(?:station|stations|edition|editions|branch|branches|affiliate|affiliates|regional|local|"
                          r"franchise|network)\b", re.I)


def local_in_place(text: str, end: int, lexicon: Lexicon) -> re.Match | None:
    m = IN_PLACE.match(text, end)
    if m is None or fold(m.group(1)) not in lexicon.place_names():
        return None
    start = max(text.rfind(". ", 0, end), text.rfind("\n", 0, end), 0)
    stop = min(i for i in (text.find(". ", m.end()), text.find("\n", m.end()), len(text)) if i >= 0)
    return m if EDITION_CUES.search(text, start, stop) else None


def local_editions(text: str, chosen: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """Outlets followed by a transliterated place ("Ekho Moskvy v Pskove") extended into their own organization;
    what the statistical NER proposed inside the place is dropped."""
    dropped = set()
    for c in chosen:
        entry = lexicon.entries.get(c.key) if c.key and c.source == "lexicon" else None
        if entry is None or entry.kind not in OUTLET_KINDS:
            continue
        m = LOCAL_EDITION.match(text, c.end) or local_in_place(text, c.end, lexicon)
        inside = [o for o in chosen if o is not c and o.start < m.end() and c.end < o.end] if m else []
        if m and all(o.source == "ner" and o.end <= m.end() for o in inside):
            c.end, c.key, c.rule, c.confidence = m.end(), None, "entity.local_edition.v1", 0.8
            c.info.pop("alias", None)
            c.info["edition_of"] = entry.id  # the parent outlet, for a relation rule to link the two
            dropped.update(id(o) for o in inside)
    return [c for c in chosen if id(c) not in dropped]


# "the Tomsk channel TV-2", "the news site Ura.ru": an outlet's name after the noun for its kind, written in
# capitals, digits or with a domain, which the NER and the title-case patterns miss
OUTLET_NOUNS = "newspaper|weekly|daily|magazine|channel|broadcaster|website|site|portal|outlet|publication"
OUTLET_AFTER_KIND = re.compile(rf"\b(?:{OUTLET_NOUNS})\s+"
                               r"([A-Z0-9](?:[\w\-]|\.(?=\w))*\w(?:\s+[A-Z][\w\-]*\w){0,3})")
OUTLET_HINT = re.compile(OUTLET_NOUNS)
ODD_NAME = re.compile(r"[A-Z]{2}|\d|\.\w")  # capitals, a digit or a domain: "TV-2", "7x7", "Ura.ru"


def outlets_after_kind(text: str) -> list[Candidate]:
    return [Candidate(m.start(1), m.end(1), "Organization", "pattern", "entity.outlet_after_kind.v1", 0.7)
            for m in matches(OUTLET_AFTER_KIND, OUTLET_HINT, text)
            if ODD_NAME.search(m.group(1).split()[0]) and re.search(r"[A-Za-z]", m.group(1).split()[0])]


def described_by_place(text: str, found: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """Drop "the Yakutsk newspaper", "the Tomsk channel": a known place and a kind noun describe an outlet, the
    name (if any) comes after them."""
    places = lexicon.place_names()
    return [c for c in found if not (c.rule == "org.name_with_descriptor.v1" and
                                     fold(" ".join(text[c.start:c.end].split()[:-1])) in places)]
