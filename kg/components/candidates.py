"""The candidate mention: a character span with a type, proposed by one rule."""

from __future__ import annotations

from dataclasses import dataclass, field

# which source wins when two candidates overlap (higher first)
PRIORITY = {"provision": 50, "lexicon": 40, "pattern": 30, "ruling": 25, "ner": 10}


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    type: str
    source: str  # provision | lexicon | pattern | ruling | ner
    rule: str  # versioned rule id, e.g. "entity.lexicon.v1"
    confidence: float
    key: str | None = None  # identity hint: lexicon id, provision path, ...
    info: dict = field(default_factory=dict)

    @property
    def rank(self) -> tuple[int, int]:
        return PRIORITY[self.source], self.end - self.start

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end


TEXT_KEY = "kg_text"  # where a Doc keeps its text in user_data


def text_of(doc) -> str:
    """The Doc's text, built once: spaCy rebuilds `Doc.text` from every token on each read, which
    made per-mention reads quadratic in the article's length. kg's pipeline stores the text it
    tokenized (kg/nlp.py), so even the first read is free; other Docs build it here."""
    try:
        return doc.user_data[TEXT_KEY]
    except KeyError:  # kg never retokenizes, so the text cannot change once built
        text = doc.user_data[TEXT_KEY] = doc.text
        return text
    except AttributeError:  # not a spaCy Doc (a stand-in in tests)
        return doc.text
