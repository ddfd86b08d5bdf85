"""Type correction from context: titles, appositions and surnames make persons.

The statistical NER often types a bare surname as an organization ("Kurennoi
said ...") or misses that a name after a job title is a person. These rules
only touch candidates that did not come from the lexicon or the provision
parser.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.components.candidates import Candidate

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


def correct_types(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    surnames = {c_text(doc, c).split()[-1].lower() for c in candidates
                if c.type == "Person" and len(c_text(doc, c).split()) >= 2}
    for cand in candidates:
        if cand.source not in ("ner", "pattern") or cand.type == "Person":
            continue
        words = c_text(doc, cand).split()
        if len(words) == 1 and words[0].lower() in surnames:
            retype(cand, "Person", "entity.type_from_surname.v1")
        elif cand.source == "ner" and len(words) <= 4 and all(w[:1].isupper() for w in words):
            if title_before(doc, cand) or APPOSITION.match(doc.text[cand.end:cand.end + 60]):
                retype(cand, "Person", "entity.type_from_title.v1")
    return candidates


def retype(cand: Candidate, kind: str, rule: str) -> None:
    cand.type, cand.rule, cand.confidence = kind, rule, 0.75


def title_before(doc: Doc, cand: Candidate) -> bool:
    before = doc.text[max(0, cand.start - 40):cand.start].split()
    return bool(before) and before[-1].lower().strip(",") in TITLE_WORDS


def c_text(doc: Doc, cand: Candidate) -> str:
    return doc.text[cand.start:cand.end]
