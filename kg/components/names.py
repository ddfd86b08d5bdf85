"""Boundaries and plausibility of the statistical NER's names.

The small English model cuts names of this field at characters it does not
expect and proposes ordinary words as names. These rules only look at the
tokens around an NER span:

* a span is extended to the left over a known given name ("Alexei" before
  "Zhafyarov"), over a capitalized part joined by a hyphen ("Non-" before
  "Commercial Organisations Act") and over a capitalized plural possessive
  ("Citizens'" before "Rights Protection Foundation");
* a capitalized name introduced by an apposition is a person, whatever the NER calls it, and
  is found when the NER misses it: "A lawyer for the group, Timofei Zhelnin, said",
  "a Pskov journalist, Svetlana Prokopyeva,", "Arkady Velichko, a 26-year-old activist who ...",
  "Oleg Burlakov, 54, ..." (a known given name first with a person noun or an age beside it, or any
  two or three capitalized words followed by an age);
* two words that start with a Russian adjective and are not a given name and a surname are an
  organization's name ("Chelyabinsky Obzor", "Gorizontalnaya Rossiya"), whatever the NER calls them;
* a name followed by a lowercase place noun is a place ("the Volga region", "the Kuban river"), and one
  between a possessive and a unit noun is a unit of the owner ("RFE/RL's Tatar-Bashkir service");
* a first name with a nickname in brackets is one name with the surname after
  it ("Alexandra (Sasha) Skochilenko");
* a single word is not a name when the tagger reads it as an ordinary noun or
  adjective ("Media contact"), when it is an adjective capitalized only because
  it starts the sentence ("Digital rights activists"), when it labels a heading
  ("Explainer: why ..."), or when it names an attitude ("Russophobia", "extremism");
* a leading article or title and a trailing possessive are trimmed off, URLs, numbers and
  lowercase are no names, and the words of a name can retype it ("... Court", "Ministry ...").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from kg.components.candidates import Candidate
from kg.components.typing import ORGANIZATION_WORDS, TITLE_WORDS

HYPHENS = {"-", "‐", "–"}
APOSTROPHES = {"'", "’"}
ATTITUDE = re.compile(r"(?:phobia|philia|ism|isms)$", re.I)
ADJECTIVE = re.compile(r"\w{3,}(?:al|ic|ive|ous|ful|able|ible|ary|ory|less)$")


def extend_left(doc: Doc, start: int, end: int, label: str, given_names: set[str]) -> int:
    """The token where the name really starts (see the module docstring)."""
    while start > 0:
        prev = doc[start - 1]
        if label in ("PERSON", "ORG") and end - start == 1 and prev.text in given_names and prev.is_title \
                and prev.whitespace_ == " ":
            start -= 1
        elif start > 1 and prev.text in HYPHENS and not prev.whitespace_ and not doc[start - 2].whitespace_ \
                and doc[start - 2].is_title:
            start -= 2
        elif label == "ORG" and start > 1 and prev.text in APOSTROPHES and doc[start - 2].is_title \
                and doc[start - 2].text.endswith("s") and not doc[start - 2].whitespace_:
            start -= 2
        else:
            break
    return start


FAITHS = {"islam", "christianity", "orthodoxy", "judaism", "buddhism", "catholicism", "protestantism", "hinduism",
          "sufism", "salafism", "wahhabism", "shamanism", "paganism", "atheism",
          # and their scriptures ("the Bible, Quran, Tanakh and Kangyur"): books, neither people nor organisations
          "bible", "quran", "koran", "qur'an", "torah", "tanakh", "talmud", "kangyur", "tanjur", "gita", "vedas"}


def implausible_word(doc: Doc, start: int, end: int) -> bool:
    """A one-word NER span that is an ordinary word, a heading label or an attitude."""
    if end - start != 1:
        return False
    token = doc[start]
    if token.pos_ in ("NOUN", "ADJ", "VERB", "ADV") and not token.text.isupper():
        return True
    if token.lower_ in FAITHS:  # "journalists who write about Islam": a faith, not an organisation; "the Tanakh"
        return True
    if ATTITUDE.search(token.text):
        return True
    if at_line_start(doc, start) and ADJECTIVE.search(token.text) and token.dep_ in ("amod", "compound") \
            and token.head.pos_ == "NOUN" and token.head.is_lower:
        return True  # "Digital rights activists": an adjective capitalized by its place
    following = doc[start + 1] if start + 1 < len(doc) else None
    return at_line_start(doc, start) and following is not None and following.text == ":"


PLACE_NOUNS = {"region", "regions", "oblast", "krai", "river", "province", "peninsula", "valley", "basin", "lake",
               "mountains", "steppe"}


UNIT_NOUNS = {"service", "desk", "edition", "office", "branch", "bureau", "department", "section", "team", "unit"}


def place_noun_after(doc: Doc, start: int, end: int) -> bool:
    """The NER span doc[start:end] names a place ("the Volga region"), or a unit of an owner named before
    it ("RFE/RL's Tatar-Bashkir service"): a lowercase place or unit noun follows."""
    if end >= len(doc) or not doc[end].is_lower:
        return False
    owned = start > 0 and doc[start - 1].lower_ in ("'s", "’s") or start > 1 and doc[start - 1].text in ("'", "’")
    return doc[end].lower_ in PLACE_NOUNS or (doc[end].lower_ in UNIT_NOUNS and owned)


def at_line_start(doc: Doc, i: int) -> bool:
    return i == 0 or doc[i - 1].is_space or "\n" in doc[i - 1].whitespace_ or bool(doc[i].is_sent_start)


# (patterns that start with the capital itself, the word boundary before it checked right after it,
# which lets the regex engine skip to the next capital fast)
NICKNAMED = re.compile(r"([A-Z](?<!\w.)[a-z]+)\s+\(([A-Z][a-z]+)\)\s+([A-Z][\w'’\-]*[a-z])\b")


def nicknamed_names(text: str, given_names: set[str], found: list[Candidate]) -> list[Candidate]:
    """'Alexandra (Sasha) Skochilenko' as one person; the lexicon's person when it knows the surname."""
    names = []
    for m in NICKNAMED.finditer(text):
        if m.group(1) not in given_names or m.group(2) not in given_names:
            continue
        known = next((c for c in found if c.source == "lexicon" and c.type == "Person" and c.start == m.start(3)
                      and c.end == m.end(3)), None)
        names.append(Candidate(m.start(), m.end(), "Person", "lexicon" if known else "ner",
                               "entity.name_with_nickname.v1", 0.85, known.key if known else None))
    return names


# nouns for people that introduce a name in apposition ("a lawyer for the group, <Name>,")
PERSON_NOUNS = ("lawyer|attorney|journalist|activist|editor|defendant|student|blogger|reporter|correspondent|"
                "photographer|artist|poet|teacher|priest|pastor|doctor|politician|deputy|spokes(?:man|woman|person)|"
                "director|founder|coordinator|chairman|chairwoman|researcher|historian|scientist|volunteer|"
                "pensioner|resident|mother|father|son|daughter|wife|husband|widow|brother|sister|colleague|"
                "defender|prisoner|detainee|suspect|applicant|plaintiff|investigator|officer|official|analyst|"
                "musician|rapper|singer|actor|actress|writer|author|leader|organi[sz]er|administrator|moderator|"
                "programmer|engineer|entrepreneur|businessman|businesswoman|nun|monk|believer|witness|member|"
                "head|manager|producer|publisher|critic|dissident|opposition\\s+figure|human\\s+rights\\s+defender")
_NAME = r"[A-Z][a-z]+(?:[-‐][A-Z][a-z]+)?"
# "<person noun> (for/of/at the X), <Given> <Surname>," -- the noun no more than six words back
NOUN_BEFORE = re.compile(rf"\b(?:{PERSON_NOUNS})s?\b(?:\s+[\w'’\-]+){{0,5}}?,\s+$")
# "<Name>, a 26-year-old activist", "<Name>, 54,", "<Name>, the group's lawyer"
NOUN_AFTER = re.compile(rf"^,\s+(?:\d{{1,3}},|(?:a|an|the|his|her|their|its|[A-Z]\w+['’]s)\s+(?:[\w\-]+\s+){{0,3}}?"
                        rf"(?:{PERSON_NOUNS})\b)")
FUNCTION_WORDS = {"The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "And", "But", "Its", "This", "That",
                  "When", "After", "Before", "While", "As", "If", "Then", "Since", "Of", "To"}
AGE_AFTER = re.compile(r",\s+(?:\d{1,3},|(?:a|an)\s+\d{1,3}-year-old\b)")
APPOSED_NAME = re.compile(rf"([A-Z](?<![\w\-].)[a-z]+(?:[-‐][A-Z][a-z]+)?)\s+((?:{_NAME}\s+)?{_NAME})(?=,)")


def appositive_person(text: str, start: int, end: int) -> bool:
    """The name text[start:end] stands in apposition to a person noun or an age (see the module docstring)."""
    before = text[max(0, start - 80):start]  # NOUN_BEFORE ends in a comma and spaces
    return bool(before[-1:].isspace() and before.rstrip().endswith(",") and NOUN_BEFORE.search(before)
                or NOUN_AFTER.match(text[end:end + 80]))


def appositive_people(text: str, given_names: set[str], found: list[Candidate]) -> list[Candidate]:
    """Names in apposition that start with a known given name and that no source found."""
    names = []
    for m in APPOSED_NAME.finditer(text):
        aged = AGE_AFTER.match(text, m.end())  # "Rustam Ziyatdinov, 26," needs no known first name
        if aged and (m.group(1) in FUNCTION_WORDS or {w.lower() for w in m.group().split()} & ORGANIZATION_WORDS):
            aged = None
        if not (aged or m.group(1) in given_names and appositive_person(text, m.start(), m.end())):
            continue
        if any(c.start < m.end() and m.start() < c.end and c.source != "ner" for c in found):
            continue
        names.append(Candidate(m.start(), m.end(), "Person", "ner", "entity.appositive_person.v1", 0.75))
    return names


# Russian adjectival endings, transliterated: Chelyabinsky, Pskovskaya, Gorizontalnaya, Vecherny, Novoye
RUSSIAN_ADJECTIVE = re.compile(r"[a-z](?:sky|skiy|skii|skaya|skoye|skoe|skiye|naya|noye|noe|nyi|niy|nye|ny|aya|oye|"
                               r"iye|yy)$")
SURNAME_END = re.compile(r"(?:ov|ova|ev|eva|yov|yova|in|ina|yn|yna|sky|skaya|skiy|ko|uk|yuk|ich|vich|ovna|evna|"
                         r"ikh|ykh|ny|naya)$")


def adjective_name(words: list[str], given_names: set[str]) -> bool:
    """'Chelyabinsky Obzor', 'Gorizontalnaya Rossiya': a Russian adjective and a noun, not a first name and a surname."""
    return len(words) == 2 and words[0] not in given_names and bool(RUSSIAN_ADJECTIVE.search(words[0])) and \
        not SURNAME_END.search(words[1])


HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr."}


def trim_tokens(doc: Doc, span) -> tuple[int, int]:
    """The NER span without a leading 'the' or title and a trailing possessive, in tokens; (0, 0) when nothing
    is left."""
    start, end = span.start, span.end
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or
                           (span.label_ == "PERSON" and end - start > 2 and doc[start].lower_ in TITLE_WORDS) or
                           end - start > 1 and doc[start].lower_ in HONORIFICS):  # "Ms Kudeshkina": the surname
        start += 1
    while end > start and doc[end - 1].lower_ in {"'s", "’s", "'", "’", "-", "–"}:
        end -= 1
    return (start, end) if start < end else (0, 0)


def char_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character offsets of doc[start:end]; (0, 0) for an empty span."""
    return (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)) if start < end else (0, 0)


COURT_WORDS = {"court", "tribunal"}
GOV_WORDS = {"ministry", "duma", "council", "committee", "service", "agency", "prosecutor", "prosecutors", "police",
             "government", "parliament", "commission", "office", "department", "kremlin", "directorate",
             "administration", "inspectorate", "guard", "senate", "assembly", "fsb", "mvd", "legislature",
             "representatives", "congress", "commons", "bundestag", "knesset", "sejm", "rada", "cabinet"}
LAW_WORDS = {"code", "law", "act", "constitution", "convention", "covenant", "treaty", "decree"}


def plausible_name(text: str) -> bool:
    """Reject what the statistical NER gets wrong on news pages: URLs, lines, numbers, lowercase."""
    if "\n" in text or "http" in text or "www." in text or "/" in text or len(text) > 80 or len(text) < 2:
        return False
    return text[0].isupper() and not text[0].isdigit()


# one-word company names the NER takes for people: Gazprombank, Rostelecom, Transneft, Rosneft
COMPANY_WORD = re.compile(r"^[A-Z][a-z]+(?:-?[Bb]ank|telecom|neft|gaz|prom|media|soft|tech)$")


@lru_cache(maxsize=8192)
def retype_by_head(text: str, kind: str) -> str | None:
    """The type the name's words give it: a company word, a court, a state body; a 'law' must name one."""
    if kind == "Person" and COMPANY_WORD.match(text):
        return "Organization"
    words = set(re.findall(r"[a-z]+", text.lower()))
    if kind == "Law":
        return "Law" if words & LAW_WORDS and not re.search(r"\barticle\b", text, re.I) else None
    if kind == "Organization" and words & COURT_WORDS:
        return "Court"
    if kind == "Organization" and words & GOV_WORDS:
        return "GovernmentBody"
    return kind
