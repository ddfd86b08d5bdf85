"""Boundaries and plausibility of the statistical NER's names.

The small English model cuts names of this field at characters it does not
expect and proposes ordinary words as names. These rules only look at the
tokens around an NER span:

* a span is extended to the left over a known given name ("Alexei" before
  "Zhafyarov"), over a capitalized part joined by a hyphen ("Non-" before
  "Commercial Organisations Act") and over a capitalized plural possessive
  ("Citizens'" before "Rights Protection Foundation");
* a first name with a nickname in brackets is one name with the surname after
  it ("Alexandra (Sasha) Skochilenko");
* a single word is not a name when the tagger reads it as an ordinary noun or
  adjective ("Media contact"), when it is an adjective capitalized only because
  it starts the sentence ("Digital rights activists"), when it labels a heading
  ("Explainer: why ..."), or when it names an attitude ("Russophobia", "extremism").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.components.candidates import Candidate

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


def implausible_word(doc: Doc, start: int, end: int) -> bool:
    """A one-word NER span that is an ordinary word, a heading label or an attitude."""
    if end - start != 1:
        return False
    token = doc[start]
    if token.pos_ in ("NOUN", "ADJ", "VERB", "ADV") and not token.text.isupper():
        return True
    if ATTITUDE.search(token.text):
        return True
    if at_line_start(doc, start) and ADJECTIVE.search(token.text) and token.dep_ in ("amod", "compound") \
            and token.head.pos_ == "NOUN" and token.head.is_lower:
        return True  # "Digital rights activists": an adjective capitalized by its place
    following = doc[start + 1] if start + 1 < len(doc) else None
    return at_line_start(doc, start) and following is not None and following.text == ":"


def at_line_start(doc: Doc, i: int) -> bool:
    return i == 0 or doc[i - 1].is_space or "\n" in doc[i - 1].whitespace_ or bool(doc[i].is_sent_start)


NICKNAMED = re.compile(r"\b([A-Z][a-z]+)\s+\(([A-Z][a-z]+)\)\s+([A-Z][\w'’\-]*[a-z])\b")


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
