"""Type correction from context: titles, appositions, given names and surnames make persons.

The statistical NER often types a bare surname as an organization ("Kurennoi
said ...") or misses that a name after a job title is a person. These rules
only touch candidates that did not come from the lexicon or the provision
parser:

* a bare surname of a person named in full in the article is that person,
  whether or not the NER proposed it ("Igor Semyonov ... the flat of Semyonov");
* a two-word name starting with a known given name is a person ("Lyudmila Bokova");
* a name after a job title or before an apposition ("X, the head of Y") is a person;
* a "person" whose name holds an organization word ("Novaya Rasskaz-Gazeta",
  "Pravda Group") is an organization.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.components.candidates import Candidate, text_of

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
}
# ", the head of", ", a lawyer for", ", spokesman for" after a name
APPOSITION = re.compile(
    r"^\s*,\s+(?:the|a|an|its|their)?\s*(?:[a-z\-]+\s+){0,3}"
    r"(?:head|spokes(?:man|woman|person)|lawyer|attorney|founder|director|chairman|chairwoman|chair|member|"
    r"judge|prosecutor|editor|leader|coordinator|employee|deputy|minister|secretary|analyst|expert|activist)"
    r"\b")


# words that make a name an organization's, not a person's
ORGANIZATION_WORDS = {
    "gazeta", "pravda", "izvestia", "izvestiya", "novosti", "news", "times", "post", "media", "group", "foundation",
    "fund", "center", "centre", "project", "radio", "tv", "agency", "journal", "magazine", "channel", "society",
    "committee", "party", "movement", "union", "association", "institute", "bank", "inc", "ltd", "llc", "corp",
    "corporation", "company", "network", "council", "club", "church", "service", "ministry", "court", "office",
    "bureau", "university", "academy", "forum", "league", "alliance", "coalition", "front", "oblast", "krai",
    "region", "republic", "district", "city", "street", "square", "prospect", "island",
}


def correct_types(doc: Doc, candidates: list[Candidate], given_names: set[str] = frozenset()) -> list[Candidate]:
    for cand in candidates:
        words = c_text(doc, cand).split()
        if cand.source == "ner" and cand.type == "Person" and organization_name(words, given_names):
            retype(cand, "Organization", "entity.type_from_organization_word.v1")
        elif cand.source == "ner" and cand.type != "Person" and len(words) == 2 and words[0] in given_names \
                and words[1][:1].isupper() and not organization_name(words[1:], set()):
            retype(cand, "Person", "entity.type_from_given_name.v1")
        elif cand.source == "ner" and cand.type != "Person" and len(words) <= 4 and all(w[:1].isupper() for w in words):
            if title_before(doc, cand) or APPOSITION.match(text_of(doc)[cand.end:cand.end + 60]):
                retype(cand, "Person", "entity.type_from_title.v1")
    surnames = {c_text(doc, c).split()[-1].lower(): c for c in candidates
                if c.type == "Person" and len(c_text(doc, c).split()) >= 2}
    for cand in candidates:
        words = c_text(doc, cand).split()
        if cand.source in ("ner", "pattern") and cand.type != "Person" and len(words) == 1 \
                and words[0].lower() in surnames:
            retype(cand, "Person", "entity.type_from_surname.v1")
    link_surnames(doc, candidates, surnames)
    return candidates + find_surnames(doc, candidates, surnames)


def organization_name(words: list[str], given_names: set[str]) -> bool:
    parts = {p.lower() for w in words for p in re.split(r"[-‐–]", w)}
    return bool(parts & ORGANIZATION_WORDS) and not (words and words[0] in given_names)


def link_surnames(doc: Doc, candidates: list[Candidate], surnames: dict[str, Candidate]) -> None:
    """A bare surname of a lexicon person named in full is that lexicon person."""
    for cand in candidates:
        full = surnames.get(c_text(doc, cand).lower())
        if cand.source == "ner" and cand.type == "Person" and full is not None and full.source == "lexicon":
            cand.key, cand.source, cand.rule = full.key, "lexicon", "entity.surname_of_known_person.v1"


def find_surnames(doc: Doc, candidates: list[Candidate], surnames: dict[str, Candidate]) -> list[Candidate]:
    """Bare surnames of persons named in full that no other source proposed."""
    found = []
    for token in doc:
        full = surnames.get(token.lower_)
        if full is None or not token.is_title or name_as_modifier(token) or any(c.start < token.idx + len(token) and token.idx < c.end
                                                     for c in candidates):
            continue
        source = "lexicon" if full.source == "lexicon" else "ner"
        found.append(Candidate(token.idx, token.idx + len(token), "Person", source, "entity.known_surname.v1", 0.7,
                               full.key if source == "lexicon" else None))
    return found


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
