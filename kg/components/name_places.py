"""One-word places where the statistical NER sees a person or an organization.

The NER reads a lone capitalized word as a name by its shape; where it stands says it is a place:

* after a noun for what sits or happens somewhere and "in/near/outside": "a court in Lyon", "a
  rally in Nantes", "detained in Perm" (never before a possessive: "the judge in Ivanov's case");
* right before a noun for a local body or a place: "the Lyon court", "the Nantes prosecutors".

Typing (typing.correct_types) drops such statistical candidates.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.components.candidates import Candidate, text_of

# "a court in Lyon", "the Lyon court": a one-word NER name where a place stands
PLACE_PREPOSITION = re.compile(r"\b(?:court|courts|prison|colony|office|offices|embassy|consulate|rally|protest|"
                               r"conference|hearing|trial|court\s+hearing|based|born|lives|lived|living|"
                               r"detained|arrested)\s+(?:in|near|outside)\s+$")
PLACED_NOUNS = {"court", "courts", "prosecutor", "prosecutors", "police", "authorities", "airport", "prison", "mayor",
                "city", "region", "embassy", "consulate"}


def place_by_position(doc: Doc, cand: Candidate) -> bool:
    """A one-word NER person or organization standing where a place stands (see PLACE_PREPOSITION)."""
    text = text_of(doc)
    name = text[cand.start:cand.end]
    if cand.type not in ("Person", "Organization") or " " in name or not name.istitle():
        return False
    if PLACE_PREPOSITION.search(text[max(0, cand.start - 40):cand.start]) and text[cand.end:cand.end + 2] not in (
            "'s", "’s"):
        return True
    span = doc.char_span(cand.start, cand.end)
    return span is not None and len(span) == 1 and span[0].dep_ in ("compound", "nmod") and \
        span[0].head.lower_ in PLACED_NOUNS and span[0].head.i == span[0].i + 1
