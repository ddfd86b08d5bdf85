"""Local councils, bar associations and commissions named by a common noun and what qualifies it.

Called from institutions.local_bodies; each shape reads the text alone:

* a local council: "the municipal council of Moscow's Krasnoselsky district", "the Krasnoselsky
  municipal council", "the Leninsky district council of Ufa", "the Tverskoy District Assembly" (a
  capitalized name with a level word before the council noun, or the council noun with a level
  word and "of <place>'s <name> district") -- a state body;
* a bar association: "the Perm regional bar association", "the Moscow City Bar Association", "the
  republic's bar association", "the Chamber of Lawyers of Udmurtia" -- an organization (the bar is
  self-governing, not a state body);
* a commission or committee named by its subject and owned by a person or body: "Piskarev's
  commission on foreign interference", "the State Duma commission on investigating foreign
  interference", "a parliamentary committee on security" -- a state body. The span starts at the
  noun: the owner stays a mention of its own. The subject must end where a verb or punctuation
  follows, so a clause is never taken into the name.

Three more shapes hold a known body's or group's name (institutions.institution_names calls
`units_of_known_bodies` with the candidates found so far; the inner name stays a mention of its own):

* a regional unit of a known state body: "the Penza regional directorate of the FSB", "the Tatarstan
  branch of the Investigative Committee" -- a state body;
* a local religious organisation of a known group: "the local religious organisation of Jehovah's
  Witnesses in Taganrog" -- an organization;
* a country's embassy or consulate in a place: "the Russian embassy in Paris", "the Embassy of Russia
  in France", "the German consulate in Kaliningrad" -- a state body.
"""

from __future__ import annotations

import re

from kg.components.candidates import Candidate

CAP = r"(?!(?:The|A|An|In|At|On|By|For|From|With|And|But|Its|Their|His|Her|Our|When|After|Before|While|As|If|" \
      r"This|That|Under|Both|Then|Since|Russian|Russia|Federal|State|Security|Presidential|Public|European)\b)" \
      r"[A-Z][\w\-]+"
LEVEL = r"(?:[Dd]istrict|[Mm]unicipal|[Cc]ity|[Tt]own|[Vv]illage|[Rr]ural|[Ss]ettlement|[Rr]egional|[Ll]ocal)"
COUNCIL = r"(?:[Cc]ouncil|[Aa]ssembly|[Dd]uma|[Ss]oviet)"
UNIT = r"(?:district|municipal\s+district|municipality|village|settlement|town)"
COUNCIL_OF = re.compile(rf"\b{LEVEL}\s+(?:{LEVEL}\s+)?{COUNCIL}\s+of\s+(?:(?:the\s+)?{CAP}(?:\s+{CAP})?['’]s?\s+)?"
                        rf"(?:the\s+)?{CAP}(?:[\s\-]{CAP})?\s+{UNIT}\b")
NAMED_COUNCIL = re.compile(rf"\b{CAP}(?:[\s\-]{CAP})?\s+(?:{LEVEL}\s+){{1,2}}{COUNCIL}\b"
                           rf"(?:\s+of\s+(?!the\b){CAP}(?![\w\-]|['’]s))?")
BAR = r"(?:[Bb]ar\s+[Aa]ssociation|[Cc]hamber\s+of\s+(?:[Ll]awyers|[Aa]dvocates)|[Bb]ar\s+[Cc]hamber)"
NAMED_BAR = re.compile(rf"\b{CAP}(?:\s+{CAP}){{0,2}}\s+(?:(?:[Rr]egional|[Cc]ity|[Rr]epublican|[Ii]nterregional|"
                       rf"[Dd]istrict)\s+)?{BAR}\b")
BAR_OF = re.compile(rf"\b{BAR}\s+of\s+(?:the\s+)?{CAP}(?:\s+{CAP}){{0,2}}")
OWNED_BAR = re.compile(rf"\bthe\s+(?:republic|region|city|oblast|krai|country|{CAP})['’]s?\s+({BAR})\b")
STOP = (r"said|says|say|has|have|had|was|were|is|are|will|would|could|can|may|which|that|who|proposed|published|"
        r"found|recommended|called|concluded|wants|wanted|asked|also|plans|planned|began|met|added|named|listed|"
        r"demanded|accused|reported|claimed|voted|sent|and|in|at|on|to|of|for|with|by|from|after|before|since|"
        r"last|this|earlier|later|when|as")
SUBJECT = rf"(?:on|for)\s+(?:the\s+)?(?:(?!(?:{STOP})\b)[a-z][a-z\-]+\s+){{0,4}}?(?!(?:{STOP})\b)[a-z][a-z\-]+" \
          rf"(?=\s*[,.;:)]|\s+(?:{STOP})\b)"
OWNED_COMMISSION = re.compile(rf"\b[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?['’]s?\s+((?:commission|committee)\s+{SUBJECT})")
BODY_COMMISSION = re.compile(rf"\b(?:State\s+Duma|Duma|Federation\s+Council|Senate|[Pp]arliamentary|[Pp]arliament|"
                             rf"[Gg]overnment|Kremlin|[Pp]residential)\s+((?:commission|committee)\s+{SUBJECT})")
HINTS = ("ouncil", "ssembly", "uma", "oviet", "ar ", "hamber", "ommission", "ommittee", "mbass", "onsulate")


def named_bodies(text: str) -> list[Candidate]:
    """Candidates for the shapes of the module docstring."""
    if not any(h in text for h in HINTS):
        return []
    found = [Candidate(m.start(), m.end(), "GovernmentBody", "pattern", "entity.local_council.v1", 0.75)
             for rx in (COUNCIL_OF, NAMED_COUNCIL) if holds(text, COUNCIL_WORDS) for m in rx.finditer(text)]
    found += [Candidate(m.start(), m.end(), "Organization", "pattern", "entity.bar_association.v1", 0.75)
              for rx in (NAMED_BAR, BAR_OF) if holds(text, BAR_WORDS) for m in rx.finditer(text)]
    found += [Candidate(m.start(1), m.end(1), "Organization", "pattern", "entity.bar_association.v1", 0.7)
              for m in (OWNED_BAR.finditer(text) if holds(text, BAR_WORDS) else ())]
    found += [Candidate(m.start(1), m.end(1), "GovernmentBody", "pattern", "entity.commission_on_subject.v1", 0.7)
              for rx in (OWNED_COMMISSION, BODY_COMMISSION) if "commi" in text for m in rx.finditer(text)]
    return found + embassies(text)


# Words one of which every match of a group of patterns holds: a text with none is not scanned for them
# (HINTS above is the union, looser: "uma" is in "human").
COUNCIL_WORDS = ("Council", "council", "Assembly", "assembly", "Duma", "duma", "Soviet", "soviet")
BAR_WORDS = ("ssociation", "hamber")
UNIT_WORDS = ("directorate", "department", "branch", "division", "office", "administration")


def holds(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text for w in words)


UNIT_OF = re.compile(rf"\b{CAP}(?:[\s\-]{CAP})?\s+(?:(?:regional|city|district|republican|local)\s+)?"
                     r"(?:directorate|department|branch|division|office|administration)\s+of\s+(?:the\s+)?")
LRO_OF = re.compile(r"\b[Ll]ocal\s+[Rr]eligious\s+[Oo]rgani[sz]ation\s+of\s+(?:the\s+)?")
IN_PLACE = re.compile(rf"\s+in\s+{CAP}(?:[\s\-]{CAP})?(?![\w\-]|['’])")
COUNTRY = r"(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
NATIONALITY = r"(?:[A-Z][a-z]+(?:ian|ish|ese|ean|an|ic|i|ch))"
EMBASSY = re.compile(rf"\b(?:{NATIONALITY}\s+(?:[Ee]mbassy|[Cc]onsulate(?:\s+[Gg]eneral)?)|(?:[Ee]mbassy|[Cc]onsulate"
                     rf"(?:\s+[Gg]eneral)?)\s+of\s+(?:the\s+)?{COUNTRY})(?:\s+in\s+{CAP}(?:[\s\-]{CAP})?)?"
                     r"(?![\w\-])")


def units_of_known_bodies(text: str, found: list[Candidate]) -> list[Candidate]:
    """Candidates for the shapes that hold a known name (see the module docstring); the known name is nested."""
    names = []
    known = {c.start: c for c in found if c.source == "lexicon" and c.type in ("GovernmentBody", "Organization")}
    if not known:
        return names
    for rx, kind, rule, words in ((UNIT_OF, "GovernmentBody", "entity.unit_of_known_body.v1", UNIT_WORDS),
                                  (LRO_OF, "Organization", "entity.local_religious_organisation.v1", ("eligious",))):
        for m in rx.finditer(text) if holds(text, words) else ():
            inner = known.get(m.end())
            if inner is None or inner.type != kind:
                continue
            end = inner.end
            if kind == "Organization":  # "... of Jehovah's Witnesses in Taganrog": the place completes the name
                place = IN_PLACE.match(text, end)
                if place is None:
                    continue
                end = place.end()
            inner.info["nested"] = True
            names.append(Candidate(m.start(), end, kind, "lexicon", rule, 0.75))
    return names


def embassies(text: str) -> list[Candidate]:
    """'the Russian embassy in Paris', 'the Embassy of Russia in France': a state body abroad."""
    if "mbass" not in text and "onsulate" not in text:
        return []
    return [Candidate(m.start(), m.end(), "GovernmentBody", "pattern", "entity.embassy.v1", 0.75)
            for m in EMBASSY.finditer(text) if m.group().split()[0] not in ("The", "An", "A", "In", "On", "At")]
