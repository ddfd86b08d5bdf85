"""Name forms around known names (used by entities.py):

* a known organisation's name joined into a longer name by a hyphen or a dot, with no space ("Yandex.Taxi",
  "Afisha-Rambler-SUP") is that longer name, not the known one ("Sberbank-owned", "Lenta.ru" are not joins);
* "his network of regional offices" after "Navalny" is the lexicon's "Navalny's network of regional offices" (the
  owner named in the same or the sentence before);
* a name the NER took for an organisation next to "Minister" ("Justice Minister <Person>", "the Minister of Digital
  Development") is the ministry the lexicon knows by it.
"""

from __future__ import annotations

import re

from kg.components.candidates import Candidate
from kg.lexicon import Lexicon, fold

# capitalised words joined to a known organisation's name by a hyphen or a dot, with no space: "Yandex.Taxi",
# "Afisha-Rambler-SUP" (not "Sberbank-owned", "Lenta.ru", "Meta-Facebook" is rare enough to ignore)
JOINED_AFTER = re.compile(r"(?:[-.][A-Z][\w&]*)+(?![\w-])")
JOINED_BEFORE = re.compile(r"(?<![\w.-])(?:[A-Z][\w&]*-)+$")


def joined_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the longer name a lexicon name is joined into, or None when it stands alone."""
    after = JOINED_AFTER.match(text, end)
    before = JOINED_BEFORE.search(text[max(0, start - 40):start])
    if after is None and before is None:
        return None
    new_start = start - len(before.group(0)) if before else start
    new_end = after.end() if after else end
    return new_start, new_end


PERSONS_OWN = re.compile(r"([A-Z][a-z]+)['’]s\s+(.+)")
HIS_HER = re.compile(r"\b(?:his|her|His|Her)\s+")
MINISTER_OF = re.compile(r"\b[Mm]inister\s+(?:of|for)\s+(?:the\s+)?$")
MINISTER_IN = re.compile(r"(?:[Tt]he\s+)?[Mm]inister\s+(?:of|for)\s+(?:the\s+)?(?=[A-Z])")
MINISTER_AFTER = re.compile(r"((?:\s+[A-Z][\w-]*){0,3})\s+[Mm]inister\b")


class NameForms:
    """The lexicon's tables for these forms, made once per lexicon."""

    def __init__(self, lexicon: Lexicon):
        # "Navalny's regional offices" -> ("regional offices", "Navalny", entry): "his regional offices" after Navalny
        self.persons_own = [(fold(m.group(2)), m.group(1), e) for e in lexicon.entries.values()
                            if e.type == "Organization" for a in e.aliases
                            if (m := PERSONS_OWN.fullmatch(a)) and len(m.group(2).split()) >= 2]
        self.ministries = {fold(name): e for e in lexicon.entries.values() if e.type == "GovernmentBody"
                           for name in (e.label, *e.aliases) if name.lower().startswith("ministry of ")}

    def pronoun_owned(self, text: str) -> list[Candidate]:
        """'his network of regional offices' after 'Navalny': the lexicon's "Navalny's network of regional offices",
        when the owner is named in the same or the sentence before."""
        found = []
        for m in HIS_HER.finditer(text) if self.persons_own and re.search(r"\b[Hh](?:is|er) ", text) else ():
            rest = fold(text[m.end():m.end() + 80])
            for words, owner, entry in self.persons_own:
                if rest.startswith(words) and not rest[len(words):len(words) + 1].isalnum() and owner in text[
                        max(0, text.rfind(".", 0, max(0, text.rfind(".", 0, m.start())))):m.start()]:
                    found.append(Candidate(m.end(), m.end() + len(words), entry.type, "lexicon",
                                           "entity.pronoun_owned.v1", 0.75, entry.id))
                    break
        return found

    def ministers_of(self, text: str, found: list[Candidate]) -> None:
        """'the Minister of Digital Development', 'Justice Minister <Person>': a name the NER took for an organisation
        next to 'Minister' is the ministry the lexicon knows by it."""
        for c in found:
            if c.source not in ("ner", "pattern") or c.type != "Organization":
                continue
            inside = MINISTER_IN.match(text[c.start:c.end])  # the NER's "Minister of Foreign Affairs"
            start = c.start + inside.end() if inside else c.start
            before = inside or MINISTER_OF.search(text[max(0, start - 30):start])
            after = MINISTER_AFTER.match(text, c.end)  # "Justice Minister <Person>", "Digital Development Minister"
            if before or after:
                end = c.end + len(after.group(1)) if after else c.end
                named = text[start:end]  # "Justice Minister": of Justice; "Interior Minister": of the Interior
                entry = self.ministries.get(fold(f"Ministry of {named}")) or self.ministries.get(
                    fold(f"Ministry of the {named}"))
                if entry is not None:
                    c.start, c.end, c.key, c.type = start, end, entry.id, entry.type
                    c.source, c.rule = "lexicon", "entity.minister_of.v1"
