"""General entity patterns (ontology/patterns/entities.jsonl) run with spaCy's Matcher
(through kg.components.fast_matcher, which finds the same matches for less CPU)."""

from __future__ import annotations

import json
from pathlib import Path

from spacy.tokens import Doc

from kg.components.candidates import Candidate
from kg.components.fast_matcher import FastMatcher
from kg.components.names import COURT_WORDS, GOV_WORDS, extend_left
from kg.errors import KGError
from kg.paths import ontology_dir

LEADING = {"the", "a", "an", "this", "that", "its", "their", "his", "her", "on", "in", "at", "by"}
TRAILING = {"'s", "’s", "'", "’", ",", ".", ";", ":", "of"}


def load_patterns(path: Path | None = None) -> list[dict]:
    path = path or ontology_dir() / "patterns" / "entities.jsonl"
    try:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, json.JSONDecodeError) as err:
        raise KGError(f"{path}: cannot read entity patterns ({err})") from None


class PatternFinder:
    """Runs every pattern; returns trimmed candidates."""

    def __init__(self, vocab, rows: list[dict]):
        self.matcher = FastMatcher(vocab, [(row["id"], row["pattern"]) for row in rows])
        self.rows = {row["id"]: row for row in rows}

    def __call__(self, doc: Doc) -> list[Candidate]:
        found = []
        for match_id, start, end in self.matcher(doc):
            row = self.rows[doc.vocab.strings[match_id]]
            start += row.get("trim_start", 0)
            end -= row.get("trim_end", 0)  # a closing quote the pattern needs but the name leaves out
            while start < end and (doc[start].lower_ in LEADING or doc[start].ent_type_ == "DATE"):
                start += 1
            while end > start and doc[end - 1].lower_ in TRAILING and not closing_quote(doc, start, end):
                end -= 1
            if row.get("title_ends"):
                end = title_end(doc, start, end)
            kind = row["type"]
            if row.get("body_tail") and not state_body_after_of(doc[start:end]):
                kind = "Organization"  # "the Moscow branch of the Salvation Army": a branch of no state body
            if row["type"] == "Court" and start > 0 and doc[start - 1].lower_ in ("a", "an") and \
                    all(t.is_lower for t in doc[start + 1:end]):
                continue  # "a Moscow district court": a description of some court, not its name
            if end > start:  # "Non-" before "Commercial Organisations Act", "Citizens'" before "Rights ..."
                start = extend_left(doc, start, end, "ORG" if row["type"] == "Organization" else "", set())
            if row.get("applicant_person") and not named_person(doc, doc[start]):
                continue
            if end - start >= 1 and (row.get("lowercase_ok") or any(t.is_alpha and t.is_title for t in doc[start:end])):
                span = doc[start:end]
                info = {}
                if row.get("name_part") == "leading_propn":  # "Tjournal news website" is also "Tjournal"
                    stop = next((t.i for t in span if not (t.pos_ == "PROPN" and t.is_title)), end)
                    if start < stop < end:
                        info["alias"] = (span.start_char, doc[stop - 1].idx + len(doc[stop - 1].text))
                if row.get("inner") == "parent" and (poss := next((t.i for t in span if t.text in ("'s", "’s")),
                                                                  None)) is not None and poss + 1 < end:
                    info["alias"] = (doc[poss + 1].idx, span.end_char)  # "the Duma's Committee on X": "Committee on X"
                if row.get("nested"):  # kept inside a longer name ("Russia" in "Ecodefence v. Russia")
                    info["nested"] = True
                if row.get("inner") == "parent":  # names inside are the body this one belongs to
                    info["inner_parent"] = True
                elif row.get("inner") == "other":  # names inside are other entities, which this one is named after
                    info["inner_other"] = True
                found.append(Candidate(span.start_char, span.end_char, kind, "pattern", row["id"], 0.75,
                                       info=info))
        return found


# Words of a state body's name (kg.components.names' own, and a few more): a unit of a body named without one is an
# organisation's, unless the body is a known state body (kg.components.selection.absorb then gives it the body's type).
STATE_WORDS = GOV_WORDS | COURT_WORDS | {"prosecutor's", "procuracy", "bureau", "authority", "militia", "troops", "kgb"}
JOINING = {"of", "and", "the", "for", "from", "in", "on", "to", "&"}  # small words inside a title-case name


def named_person(doc: Doc, word) -> bool:
    """The word is part of a person's name elsewhere in the Doc ('Glukhin' of 'Nikolay Glukhin')."""
    return any(t.ent_type_ == "PERSON" and t.text == word.text for t in doc if t.i != word.i)


def state_body_after_of(span) -> bool:
    """The name after 'of' in '<unit> of <body>' has a word of a state body's name."""
    of = next((t.i for t in span if t.lower_ == "of"), span.end)
    return any(t.lower_ in STATE_WORDS for t in span.doc[of + 1:span.end])


def title_end(doc: Doc, start: int, end: int) -> int:
    """'the Law on State Secrets forbids classifying ...': a subject that starts in title case ends with its last
    title-case word (small joining words inside it, as in "Law on Freedom of Conscience and Religious Associations",
    stay); a lower-case subject ("the law on foreign agents") is left as matched."""
    first = next((t.i + 1 for t in doc[start:end] if t.lower_ in ("on", "about")), None)
    if first is not None and first < end and doc[first].lower_ == "the":
        first += 1
    if first is None or first >= end or not doc[first].is_title:
        return end
    last = first
    for t in doc[first + 1:end]:
        if t.is_title or t.is_digit:
            last = t.i
        elif t.lower_ not in JOINING:
            break
    return last + 1


OPENING_QUOTES = {"'": "'", "‘": "’"}


def closing_quote(doc: Doc, start: int, end: int) -> bool:
    """The span's last token closes a quote opened inside it ("the law on 'gay propaganda'"), unlike the
    possessive of "Witnesses'"."""
    last = doc[end - 1].text
    return any(OPENING_QUOTES.get(t.text) == last or t.text == "‘" and last == "'" for t in doc[start:end - 1])
