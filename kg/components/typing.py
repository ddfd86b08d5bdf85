"""Type correction from context: titles, appositions, given names and surnames make persons.

The statistical NER often types a bare surname as an organization ("Kurennoi
said ...") or misses that a name after a job title is a person. These rules
only touch candidates that did not come from the lexicon or the provision
parser:

* a bare surname of a person named in full in the article is that person,
  whether or not the NER proposed it ("Igor Semyonov ... the flat of Semyonov");
* a two-word name starting with a known given name is a person ("Lyudmila Bokova");
* a name after a job title or before an apposition ("X, the head of Y") is a person;
* a known given name the NER took alone is cut short: the capitalized word right after it is the
  surname ("Judge Olga Dudkina" read as "Olga");
* a known given name right before a name the article uses as a person's surname makes the full
  name, when no source proposed it ("fined Artyom Lebedev, the administrator ..." ... "Lebedev said");
* a name after "the town/city/village of" or an upper-case dateline ("YEFREMOV, Tula region —") is a
  place, not an entity;
* an upper-case word the NER took as a name that only qualifies a noun like "activist",
  "community" or "propaganda" is a description, not an entity ("an LGBT activist");
* a "person" whose name holds an organization word ("Novaya Rasskaz-Gazeta",
  "Pravda Group"), or follows a noun saying what kind of outlet or body it is ("the online magazine
  Novy Fokus", "the news site Pskovskaya Lenta"), is an organization;
* a known given name before a capitalized word that the article also uses alone, no source having
  proposed the pair, is a person ("Yulia Tsvetkova ... Tsvetkova was charged");
* names read from their shape (name_shapes.py) and one-word places where a place stands (name_places.py);
  a people's name before a noun describes ("a Tatar activist").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from numpy import flatnonzero, ndarray, searchsorted, zeros
from spacy.attrs import DEP, IDX, IS_TITLE, LOWER, ORTH, POS
from spacy.strings import get_string_id
from spacy.symbols import PROPN
from spacy.tokens import Doc

from kg.components.candidates import Candidate, text_of
from kg.components.name_places import place_by_position
from kg.components.name_shapes import consistent_types, organizations_by_shape, people_by_shape

# job titles and honorifics that, right before a name, make it a person's name
TITLE_WORDS = {
    "spokesman", "spokeswoman", "spokesperson", "judge", "justice", "lawyer", "attorney", "advocate", "prosecutor",
    "investigator", "head", "chairman", "chairwoman", "chair", "director", "minister", "deputy", "activist",
    "journalist", "blogger", "editor", "editor-in-chief", "founder", "ombudsman", "ombudswoman", "mayor",
    "governor", "senator", "lawmaker", "mp", "president", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
    "general", "secretary", "chief", "commissioner", "officer", "colonel", "leader", "opposition", "politician",
    "poet", "artist", "priest", "pastor", "teacher", "student", "pensioner", "resident", "defendant", "plaintiff",
    "applicant", "reporter", "correspondent", "researcher", "analyst", "expert", "member", "councillor", "mother",
    "father", "wife", "husband", "son", "daughter", "brother", "sister", "businessman", "entrepreneur", "critic",
    "tycoon", "billionaire", "millionaire", "oligarch", "magnate", "banker", "financier", "investor", "presenter",
    "writer", "novelist", "historian", "lecturer", "professor", "scientist", "physicist", "doctor", "nurse",
}
NSUBJ, NSUBJPASS = get_string_id("nsubj"), get_string_id("nsubjpass")  # the dependency labels' ids
# ", the head of", ", a lawyer for", ", spokesman for" after a name
APPOSITION = re.compile(
    r"^\s*,\s+(?:the|a|an|its|their)?\s*(?:[a-z\-]+\s+){0,3}"
    r"(?:head|spokes(?:man|woman|person)|lawyer|attorney|founder|director|chairman|chairwoman|chair|member|"
    r"judge|prosecutor|editor|leader|coordinator|employee|deputy|minister|secretary|analyst|expert|activist|"
    r"journalist|correspondent|reporter|blogger|writer|poet|artist|musician|teacher|priest|pastor|student|"
    r"pensioner|professor|historian|scientist|researcher|politician|lawmaker|officer|investigator|"
    r"mother|father|son|daughter|wife|husband|resident|native)"
    r"\b")


# words that make a name an organization's, not a person's
ORGANIZATION_WORDS = {
    "gazeta", "pravda", "izvestia", "izvestiya", "novosti", "news", "times", "post", "media", "group", "foundation",
    "fund", "center", "centre", "project", "radio", "tv", "agency", "journal", "magazine", "channel", "society",
    "committee", "party", "movement", "union", "association", "institute", "bank", "inc", "ltd", "llc", "corp",
    "corporation", "company", "network", "council", "club", "church", "service", "ministry", "court", "office",
    "bureau", "university", "academy", "forum", "league", "alliance", "coalition", "front", "oblast", "krai",
    "llp", "plc", "gmbh", "jsc", "pjsc", "ooo", "oao", "zao",  # legal forms: "Telegram Messenger LLP"
    "region", "republic", "district", "city", "street", "square", "prospect", "island",
}


def correct_types(doc: Doc, candidates: list[Candidate], given_names: set[str] = frozenset(),
                  places=frozenset()) -> list[Candidate]:
    """`places`: the lexicon's folded place names (kg.lexicon.Lexicon.place_names)."""
    complete_given_names(doc, candidates, given_names)
    candidates = [c for c in candidates if not (c.source == "ner" and (place_named(doc, c) or descriptor(doc, c)
                                                                       or place_by_position(doc, c)))]
    cols = columns(doc) if len(doc) else None
    candidates = candidates + full_names(doc, candidates, given_names, cols)
    text = text_of(doc)
    candidates += people_by_shape(text, candidates, given_names, places, ORGANIZATION_WORDS)
    candidates += organizations_by_shape(text, candidates, places, given_names)
    for cand in candidates:  # "the Central District Court of Komsomolsk-on-Amur": the town's full name
        river = cand.type in ("Court", "GovernmentBody") and cand.source != "ner" and \
            RIVER_TOWN_TAIL.match(text[cand.end:cand.end + 40])
        if river:
            cand.end += river.end()
    for cand in candidates:
        words = text[cand.start:cand.end].split()
        if cand.source == "ner" and cand.type == "Person" and organization_name(words, given_names):
            retype(cand, "Organization", "entity.type_from_organization_word.v1")
        elif cand.source == "ner" and cand.type == "Person" and (
                kind_noun_before(doc, cand, given_names) or outlet_noun_after(text, cand, candidates, given_names)):
            retype(cand, "Organization", "entity.type_from_kind_noun.v1")
        elif cand.source == "ner" and cand.type != "Person" and len(words) == 2 and words[0] in given_names \
                and words[1][:1].isupper() and not organization_name(words[1:], set()):
            retype(cand, "Person", "entity.type_from_given_name.v1")
        elif cand.source == "ner" and cand.type != "Person" and len(words) <= 4 and all(w[:1].isupper() for w in words):
            if title_before(doc, cand) or APPOSITION.match(text[cand.end:cand.end + 60]):
                retype(cand, "Person", "entity.type_from_title.v1")
    owned_units(text, candidates)
    consistent_types(text, candidates)
    surnames = {words[-1].lower(): c for c in candidates
                if c.type == "Person" and len(words := text[c.start:c.end].split()) >= 2}
    for cand in candidates:
        words = text[cand.start:cand.end].split()
        if cand.source in ("ner", "pattern") and cand.type != "Person" and len(words) == 1 \
                and words[0].lower() in surnames:
            retype(cand, "Person", "entity.type_from_surname.v1")
    link_surnames(doc, candidates, surnames)
    return candidates + find_surnames(doc, candidates, surnames, cols)


OWNER_BEFORE = re.compile(r"['’]s?\s+$")  # "RFE/RL's ", "the Memorial's "


def owned_units(text: str, candidates: list[Candidate]) -> None:
    """'RFE/RL's Tatar-Bashkir Service', 'Memorial's Moscow Office': a name the model read as an organisation and
    that a state body's word ('Service', 'Office', 'Bureau') made a state body is an organisation's own unit when an
    organisation owns it; a state's ('Russia's Federal Penitentiary Service') or a body's stays a state body."""
    ends = {c.end: c for c in candidates if c.type == "Organization"}
    for cand in candidates:
        if cand.source != "ner" or cand.type != "GovernmentBody" or cand.rule != "entity.ner_org.v1":
            continue
        before = OWNER_BEFORE.search(text, max(0, cand.start - 4), cand.start)
        if before is not None and before.end() == cand.start and before.start() in ends:
            retype(cand, "Organization", "entity.type_from_owner.v1")


RIVER_TOWN_TAIL = re.compile(r"-(?:on|na|upon)-[A-Z][a-z]+")
# "the town of Yefremov", "the village of Kamenka": what follows is a place, not an organization or person
PLACE_NOUN_BEFORE = re.compile(r"\b(?:town|city|village|settlement|region|district|republic)\s+of\s+$", re.I)
# "YEFREMOV, Tula region —", "KRASNODAR —": an upper-case dateline at the start of a line
DATELINE_AFTER = re.compile(r"^\s*(?:,|—|–|-{1,2}\s)")


def place_named(doc: Doc, cand: Candidate) -> bool:
    """An NER name that the text itself marks as a place: after 'the town of', or an upper-case dateline."""
    text = text_of(doc)
    name = text[cand.start:cand.end]
    if PLACE_NOUN_BEFORE.search(text[max(0, cand.start - 30):cand.start]):
        return True
    if re.match(r"-(?:on|na|upon)-[A-Z]", text[cand.end:cand.end + 5]) or re.search(r"[A-Z]\w+-(?:on|na)-$", text[
            max(0, cand.start - 20):cand.start]):
        return True  # "Komsomolsk-on-Amur", "Rostov-on-Don": a town named after its river
    line_start = cand.start == 0 or text[cand.start - 1] == "\n"
    return line_start and name.isupper() and len(name) > 2 and bool(DATELINE_AFTER.match(text[cand.end:cand.end + 4]))


# "an LGBT activist", "LGBT propaganda", "the HIV community": an acronym qualifying these nouns describes, not names
DESCRIBED_NOUNS = {"activist", "activists", "community", "communities", "propaganda", "rights", "people", "persons",
                   "couples", "flag", "flags", "symbols", "symbol", "topics", "content", "issues", "themes"}


# peoples whose names the NER takes for bodies before a noun: "a Tatar activist", "Chechen officials"
ETHNONYMS = {"Tatar", "Bashkir", "Chechen", "Ingush", "Dagestani", "Crimean", "Buryat", "Yakut", "Kazakh", "Uzbek",
             "Tajik", "Kyrgyz", "Circassian", "Ossetian", "Avar", "Chuvash", "Udmurt", "Karelian", "Kalmyk", "Tuvan",
             "Kabardian", "Balkar", "Nogai", "Lezgin", "Komi", "Mari", "Erzya", "Sakha"}


def descriptor(doc: Doc, cand: Candidate) -> bool:
    span = doc.char_span(cand.start, cand.end)
    if span is not None and len(span) == 1 and span[0].text in ETHNONYMS and span.end < len(doc) \
            and doc[span.end].is_lower:
        return True  # "a Tatar activist"
    if span is None or len(span) != 1 or not span[0].is_upper:
        return False
    token = span[0]
    while token.dep_ == "conj" and token.head.i != token.i:  # "an artist and LGBT activist"
        token = token.head
    return token.dep_ in ("compound", "amod", "nmod") and token.head.lower_ in DESCRIBED_NOUNS


def surname_after(doc: Doc, end: int, given_names: set[str], starts=None):
    """The capitalized word right after character `end` that can be a surname, or None.

    `starts` is the tokens' start offsets (doc.to_array(IDX)), when the caller has them."""
    if text_of(doc)[end:end + 1] != " ":
        return None
    starts = doc.to_array(IDX) if starts is None else starts
    i = int(searchsorted(starts, end + 1))  # the first token starting there (offsets never decrease)
    token = doc[i] if i < len(starts) and starts[i] == end + 1 else None
    if token is None or not (token.is_title and token.is_alpha) or token.text in given_names \
            or token.pos_ != "PROPN" or token.lower_ in ORGANIZATION_WORDS or token.is_sent_start:
        return None
    return token


def complete_given_names(doc: Doc, candidates: list[Candidate], given_names: set[str]) -> None:
    """'Olga' proposed alone before a capitalized surname: the name goes on to the surname."""
    taken = [(c.start, c.end) for c in candidates]
    starts = None
    for cand in candidates:
        if cand.source != "ner" or cand.type != "Person" or c_text(doc, cand) not in given_names:
            continue
        starts = doc.to_array(IDX) if starts is None else starts
        token = surname_after(doc, cand.end, given_names, starts)
        if token is not None and not any(s < token.idx + len(token) and token.idx < e for s, e in taken):
            cand.end = token.idx + len(token)
            cand.rule = "entity.given_name_with_surname.v1"


def full_names(doc: Doc, candidates: list[Candidate], given_names: set[str], cols=None) -> list[Candidate]:
    """'<Given name> <Surname>' left out by every source, where the article uses the surname alone for a person
    (or alone at all: as the subject of a verb, 'Tsvetkova was charged')."""
    surnames = {c_text(doc, c) for c in candidates if c.type == "Person" and len(c_text(doc, c).split()) == 1
                and c_text(doc, c) not in given_names}
    if not len(doc):
        return []
    cols = columns(doc) if cols is None else cols
    subjects = (cols.pos == PROPN) & cols.title & ((cols.dep == NSUBJ) | (cols.dep == NSUBJPASS))
    surnames |= {t.text for t in map(doc.__getitem__, flatnonzero(subjects).tolist())  # the rest checked here
                 if t.i > 0 and doc[t.i - 1].text not in given_names and not doc[t.i - 1].is_title
                 and t.lower_ not in ORGANIZATION_WORDS and t.ent_type_ not in ("GPE", "LOC", "NORP")}
    found = []
    for token in map(doc.__getitem__, titled_as(doc, cols.orth, cols.title, given_names)):
        if token.i + 1 >= len(doc):
            continue
        after = doc[token.i + 1]
        if after.text not in surnames or not token.whitespace_ or \
                any(c.start < after.idx + len(after) and token.idx < c.end for c in candidates):
            continue
        found.append(Candidate(token.idx, after.idx + len(after), "Person", "ner", "entity.full_name_of_surname.v1",
                               0.7))
    return found


# "the online magazine Novy Fokus": a noun saying what kind of body the name right after it is
KIND_NOUNS = {"magazine", "newspaper", "weekly", "daily", "outlet", "website", "site", "portal", "channel",
              "station", "broadcaster", "publication", "publisher", "company", "firm", "group", "movement",
              "organization", "organisation", "party", "ngo", "charity", "network", "platform", "app", "service",
              "messenger", "band", "publishing", "studio", "agency", "association", "community"}


# "the aluminium producer Rusal", "the state lender Sberbank": what a business is, but also a person's trade ("the
# film producer Alexander Rodnyansky"), so only before a name that does not open on a given name
BUSINESS_KINDS = {"producer", "maker", "manufacturer", "retailer", "carrier", "miner", "exporter", "supplier",
                  "lender", "bank", "insurer", "holding", "conglomerate", "provider", "giant", "aggregator",
                  "marketplace", "operator", "developer"}


# "the Listok newspaper": an outlet's kind after its name (not "the Navalny team": people lend names to many things,
# but a newspaper or a website named after a person is rare, and the name of a person named in full never counts)
OUTLET_AFTER = re.compile(r"\s+(?:newspaper|magazine|weekly|daily|website|news\s+site|portal|outlet|broadcaster|"
                          r"publication|news\s+agency)\b")


def outlet_noun_after(text: str, cand: Candidate, candidates: list[Candidate], given_names: set[str]) -> bool:
    words = text[cand.start:cand.end].split()
    if not words or words[0] in given_names or not OUTLET_AFTER.match(text, cand.end):
        return False
    if not text[max(0, cand.start - 4):cand.start].lower().endswith("the "):
        return False
    surnames = {text[c.start:c.end].split()[-1] for c in candidates if c.type == "Person" and c is not cand
                and len(text[c.start:c.end].split()) >= 2}
    return words[-1] not in surnames


def kind_noun_before(doc: Doc, cand: Candidate, given_names: set[str] = frozenset()) -> bool:
    before = text_of(doc)[max(0, cand.start - 25):cand.start]
    words = before.split()
    if not (before.endswith(" ") and words and words[-1].islower()):
        return False
    if words[-1] in KIND_NOUNS:
        return True
    name = text_of(doc)[cand.start:cand.end].split()
    return words[-1] in BUSINESS_KINDS and bool(name) and name[0] not in given_names


def organization_name(words: list[str], given_names: set[str]) -> bool:
    parts = {p.lower() for w in words for p in re.split(r"[-‐–]", w)}
    return bool(parts & ORGANIZATION_WORDS) and not (words and words[0] in given_names)


def link_surnames(doc: Doc, candidates: list[Candidate], surnames: dict[str, Candidate]) -> None:
    """A bare surname of a lexicon person named in full is that lexicon person."""
    for cand in candidates:
        full = surnames.get(c_text(doc, cand).lower())
        if cand.source == "ner" and cand.type == "Person" and full is not None and full.source == "lexicon":
            cand.key, cand.source, cand.rule = full.key, "lexicon", "entity.surname_of_known_person.v1"


def find_surnames(doc: Doc, candidates: list[Candidate], surnames: dict[str, Candidate],
                  cols=None) -> list[Candidate]:
    """Bare surnames of persons named in full that no other source proposed."""
    found = []
    if not surnames or not len(doc):
        return found
    cols = columns(doc) if cols is None else cols
    for token in map(doc.__getitem__, flatnonzero(cols.title & any_of(cols.lower, map(get_string_id, surnames)))):
        full = surnames.get(token.lower_)  # the same word (the hashes only narrowed the search)
        if full is None or name_as_modifier(token) or any(c.start < token.idx + len(token) and token.idx < c.end
                                                     for c in candidates):
            continue
        source = "lexicon" if full.source == "lexicon" else "ner"
        found.append(Candidate(token.idx, token.idx + len(token), "Person", source, "entity.known_surname.v1", 0.7,
                               full.key if source == "lexicon" else None))
    return found


class Columns(NamedTuple):
    """A Doc's token attributes as arrays, read once: the rules pick the few tokens they look at
    from these instead of visiting every token."""
    orth: ndarray
    lower: ndarray
    pos: ndarray
    dep: ndarray
    title: ndarray  # booleans: the word is title-case


def columns(doc: Doc) -> Columns:
    orth, lower, pos, dep, title = doc.to_array([ORTH, LOWER, POS, DEP, IS_TITLE]).T
    return Columns(orth, lower, pos, dep, title == 1)


def any_of(values: ndarray, wanted: Iterable[int]) -> ndarray:
    """values == w for any w in `wanted` (a few: cheaper than numpy's isin, which sorts)."""
    found = zeros(len(values), dtype=bool)
    for w in wanted:
        found |= values == w
    return found


def titled_as(doc: Doc, orth: ndarray, title: ndarray, words: set[str]) -> list[int]:
    """The indices of the title-case tokens written as one of `words`, in order."""
    strings = doc.vocab.strings
    wanted = [o for o in set(orth[title].tolist()) & hashes_of(words) if strings[o] in words]
    return flatnonzero(title & any_of(orth, wanted)).tolist() if wanted else []


_hashes: dict[int, tuple[set[str], frozenset[str], set[int]]] = {}  # id of a set -> it, a copy, its hashes


def hashes_of(words: set[str]) -> set[int]:
    """The string-store ids of `words`, remembered while the set stays the same (the lexicon's
    given names: hashing them for every Doc cost more than the search it narrows)."""
    known = _hashes.get(id(words))
    if known is None or known[0] is not words or known[1] != words:
        if len(_hashes) > 32:
            _hashes.clear()
        known = _hashes[id(words)] = (words, frozenset(words), {get_string_id(w) for w in words})
    return known[2]


def retype(cand: Candidate, kind: str, rule: str) -> None:
    cand.type, cand.rule, cand.confidence = kind, rule, 0.75


def title_before(doc: Doc, cand: Candidate) -> bool:
    before = text_of(doc)[max(0, cand.start - 40):cand.start].split()
    return bool(before) and before[-1].lower().strip(",") in TITLE_WORDS


def name_as_modifier(token) -> bool:
    """'the Magnitsky list', 'the Yarovaya law': a surname naming a thing after the person."""
    return token.dep_ in ("compound", "amod") and token.head.pos_ == "NOUN" and token.head.is_lower


def c_text(doc: Doc, cand: Candidate) -> str:
    return text_of(doc)[cand.start:cand.end]
