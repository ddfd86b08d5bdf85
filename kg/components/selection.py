"""Choosing among overlapping candidate mentions (used by entities.py).

`absorb` lets a pattern span that contains lexicon names decide what they are; `select` keeps
the strongest of overlapping candidates (by source, then length), and nested ones besides.
"""

from __future__ import annotations

from bisect import bisect_left

from kg.components.candidates import Candidate

UNIT_RULES = {"gov.investigative_department.v1"}  # patterns naming a unit of the body inside them
UNIT_TYPES = ("GovernmentBody", "Court", "Organization")


def absorb(candidates: list[Candidate]) -> list[Candidate]:
    """A pattern span that strictly contains lexicon names decides what they are.

    Same type: the pattern span is that lexicon entity with its descriptor ("the Agora
    international human rights group"), unless the pattern names a part of the body inside
    it ("the State Duma's Committee on Transport"), or is another thing named after it ("the First Optional Protocol
    to the Covenant": the Covenant stays a mention of its own). Other type: the context wins ("Yarovaya
    law" is a Law even though "Yarovaya" alone is a person).
    """
    inner_ids: set[int] = set()
    for outer in (c for c in candidates if c.source == "pattern"):
        inner = [c for c in candidates if c.source == "lexicon" and outer.start <= c.start and c.end <= outer.end
                 and (c.end - c.start) < (outer.end - outer.start)]
        if not inner:
            continue
        same = [c for c in inner if c.type == outer.type]
        if outer.info.get("inner_parent"):
            same = [c for c in same if c.end == outer.end]  # "State Duma's <known committee>" is that committee
            if not same:  # the body it belongs to stays a mention of its own
                outer.source = "lexicon"
                for c in inner:
                    c.info["nested"] = True
                continue
        if outer.info.get("inner_other"):  # "the First Optional Protocol to the <Covenant>": a law of its own
            outer.source = "lexicon"
            for c in inner:
                c.info["nested"] = True
            continue
        whole = [c for c in inner if c.end == outer.end and c.type in UNIT_TYPES]
        if whole and outer.rule in UNIT_RULES:  # "the Primorye branch of the Investigative Committee": a unit of it
            outer.source, outer.type = "lexicon", whole[0].type  # "the Perm branch of Memorial" is an organisation's
            for c in whole:
                c.info["nested"] = True
            continue
        if same:
            outer.key, outer.source, outer.rule = same[0].key, "lexicon", "entity.lexicon_with_descriptor.v1"
            outer.info["alias"] = (same[0].start, same[0].end)
        else:
            outer.source = "lexicon"  # outrank the contained names
        inner_ids.update(id(c) for c in inner)
    return [c for c in candidates if id(c) not in inner_ids]


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the strongest non-overlapping candidates; nested code mentions always stay."""
    if any(c.end <= c.start for c in candidates):
        return select_among_empty(candidates)
    chosen: list[Candidate] = []
    spans: set[tuple[int, int]] = set()  # of the chosen
    starts: list[int] = []  # of the chosen that are not nested, which never overlap: sorted by start, they are
    ends: list[int] = []  # sorted by end too, and the last one starting before a span's end is the only one
    for cand in sorted(candidates, key=lambda c: c.rank, reverse=True):  # that may reach into it
        start, end, nested = cand.start, cand.end, cand.info.get("nested")
        if (start, end) in spans:
            continue
        i = bisect_left(starts, end)
        if nested or not (i and ends[i - 1] > start):
            chosen.append(cand)
            spans.add((start, end))
            if not nested:
                starts.insert(i, start)
                ends.insert(i, end)
    return chosen


def select_among_empty(candidates: list[Candidate]) -> list[Candidate]:
    """select, comparing every pair: empty spans overlap what strictly surrounds them."""
    chosen: list[Candidate] = []
    spans: set[tuple[int, int]] = set()  # of the chosen
    blocking: list[tuple[int, int]] = []  # spans of the chosen that are not nested
    for cand in sorted(candidates, key=lambda c: c.rank, reverse=True):
        start, end, nested = cand.start, cand.end, cand.info.get("nested")
        if (nested or not any(start < e and s < end for s, e in blocking)) and (start, end) not in spans:
            chosen.append(cand)
            spans.add((start, end))
            if not nested:
                blocking.append((start, end))
    return chosen
