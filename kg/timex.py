"""Temporal expressions in English news text, normalized TIMEX3-style.

``find(text, anchor)`` returns every expression left to right (non-overlapping,
the longest match wins); ``normalize(expr, anchor, tense)`` reads one.  The
anchor is the article's publication date.  Rules for the underspecified cases:

* A year is never invented: without an anchor, relative and year-less
  expressions keep their span and granularity but get ``value=None``.
* Year-less dates ("on 21 February", "in March", "the second quarter", "in
  the spring") take the anchor's year; when that would put the start more than
  ``GRACE`` (7 days, kg.timex_periods) after the anchor, the previous year is used (news mostly
  reports the past).  With ``tense="future"`` the next year is used when the
  period ended more than ``GRACE`` before the anchor.
* Weekdays: "on Friday" is the latest such day on or before the anchor (in
  the future tense: the first on or after it); "next Friday" the first one
  after it; "last Friday" the latest one strictly before; "this Friday" the
  one in the anchor's ISO week.
* "last/this/next week|month|year" are the anchor's period or its
  neighbour; "earlier this X" keeps X's value but ends at the anchor, and
  "later this X" starts at it (bounds become dates).
* "N units ago" counts back from the anchor; "N units later/earlier" and "the
  next/following/previous day" count from the previous expression in the same
  text (they refer to the narrative, not to the publication date) and stay
  unresolved when there is none.
* ``find`` guesses the tense from the words close to an expression in its
  sentence ("will", "is due to", "takes effect"; 50 characters before, 25
  after); otherwise the past rules apply.
* Vague words ("recently", "soon") are returned with ``value=None`` and
  granularity "unknown" so that callers can see them; "currently" is
  ``PRESENT_REF``.
* "early/mid/late X" and "the beginning/middle/end of X" keep X's bounds and
  set ``mod``; "since/until/before/after X" set ``mod`` and open or move the
  bounds (since: up to the anchor).  Only one mod is kept: the relation wins.

Layout: kg.timex_data holds the word tables and patterns, kg.timex_rules reads one match
into a period, kg.timex_periods does the calendar arithmetic; this module finds the spans
(the longest match wins), counts "three days later" from the expression before it, adds the
prefixes ("early", "since", "between ... and") and returns `Timex` records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Callable

from kg import timex_data as D
from kg import timex_rules
from kg.components.scans import matches
from kg.timex_periods import Context, Period, Shift, counted_from, step
from kg.timex_rules import compile_rule as _c


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression; `begin`/`last` are typed bounds (xsd type by shape, see `to_xsd`)."""

    start: int  # offsets of the expression in the given text (Python str indices)
    end: int
    text: str  # == text[start:end]
    value: str | None  # TIMEX3-style: "2018-09-20", "2018-W39", "2018-H1", "201", "2012/2017"...
    begin: str | None  # lower bound: "YYYY-MM-DD" | "YYYY-MM" | "YYYY" (see to_xsd)
    last: str | None  # upper bound, same shapes (the brief's `end_`, also available as a property)
    granularity: str  # day|week|month|quarter|half|season|year|decade|interval|unknown
    mod: str | None  # TIMEX3 mod: START, MID, END, BEFORE, AFTER, ON_OR_AFTER, ON_OR_BEFORE, APPROX
    anchored: bool  # True when the value needed the anchor (or a previous expression)

    @property
    def end_(self) -> str | None:
        return self.last


@dataclass(frozen=True, slots=True)
class _Cand:
    start: int
    end: int
    period: Period | Shift
    redo: Callable[[Context], Period | None] | None = None


# letters that IGNORECASE matches to an ASCII letter other than by str.lower() (dotless i, long s,
# capital I with dot, Kelvin sign): in a text with one, every rule is scanned
_ODD_CASE = "\u0131\u017f\u0130\u212a"
# a word before a number that makes it a provision or an id, and a word after it that makes it an amount
_NOT_DATE_BEFORE, _NOT_DATE_AFTER = _c(D.NOT_YEAR_BEFORE), _c(D.NOT_YEAR_AFTER)
# "early 2018", "mid-March", "the end of last year": a part of a period
_PART_PREFIX = _c(r"(?:\b(?P<a>early|late)\s+|\b(?P<b>mid)(?:-|\s+)|\bthe\s+(?P<c>beginning|start|middle|end)\s+of\s+)$")
# "since 2012", "until March", "before 2014": a relation that bounds the period on one side
_RELATION_PREFIX = _c(r"\b(?P<w>since|until|till|before|after)\s+$")
# "between 2012 and 2017", "from March 2012 to February 2014": the two ends of an interval
_INTERVAL_OPEN, _INTERVAL_GAP = _c(r"\b(?:between|from)\s+$"), _c(r"\s+(?:and|to|until|till|through)\s+")
# words that put the clause in the future ("will be heard on Monday")
_FUTURE = _c(r"\b(?:will|shall|is\s+due|are\s+due|scheduled|is\s+set\s+to|are\s+set\s+to|plans?\s+to|intends?\s+to|"
             r"takes?\s+effect|comes?\s+into\s+force|enters?\s+into\s+force|ceases?)\b")
_CLAUSE_END = re.compile(r"[.!?;]\s")
_PARTABLE = {"month", "quarter", "half", "season", "year", "decade"}


# --- scanning ----------------------------------------------------------------------

def _before(pattern: re.Pattern, text: str, pos: int) -> re.Match | None:
    """A match of `pattern` (which ends in $) in the 40 characters before `pos`."""
    return pattern.search(text[max(0, pos - 40):pos])


def _guess_tense(text: str, start: int, end: int) -> str | None:
    """Return "future" when a future cue ("will", "takes effect") is close by in the same sentence."""
    before = _CLAUSE_END.split(text[max(0, start - 50):start])[-1]
    after = _CLAUSE_END.split(text[end:end + 25])[0]
    return "future" if _FUTURE.search(before + " " + after) else None


def _blocked(text: str, start: int, end: int) -> bool:
    """Numbers that are provisions, ids or amounts ("Article 2017", "2017 rubles")."""
    if not text[start].isdigit():
        return False
    return bool(_before(_NOT_DATE_BEFORE, text, start) or _NOT_DATE_AFTER.search(text[end:end + 20]))


def _candidates(text: str, anchor: date | None, tense: str | None) -> list[_Cand]:
    found = []
    lower = None if any(c in text for c in _ODD_CASE) else text.lower()  # None: the words cannot say
    present: dict[int, bool] = {}  # id of a rule's needed words -> one is in the text (rules share word lists)
    for pattern, handler, needs, cue, starts in timex_rules.RULES:
        words, cased = needs
        if lower is not None and (words or cased):
            known = present.get(id(needs))
            if known is None:
                known = present[id(needs)] = any(w in lower for w in words) or any(w in text for w in cased)
            if not known:
                continue
        if cue is not None and not cue.search(text):
            continue
        if starts is None or (starts[1] and lower is None):
            found_here = pattern.finditer(text)
        else:  # tried only where the start hint matches (kg.timex_data.STARTS and LOWER_STARTS)
            found_here = matches(pattern, starts[0], text, lower if starts[1] else text)
        for m in found_here:
            start, end = m.span("t") if "t" in pattern.groupindex else m.span()
            if start == end or _blocked(text, start, end):
                continue
            period = handler(m, Context(anchor, tense or _guess_tense(text, start, end)))
            if period is not None:
                found.append(_Cand(start, end, period, lambda ctx, m=m, h=handler: h(m, ctx)))
    return found


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping candidates, the longest first, then left to right."""
    chosen: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.start)):
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _resolve_shifts(cands: list[_Cand]) -> list[_Cand]:
    """Count "three days later" from the previous expression that has a value."""
    out, ref = [], None
    for c in cands:
        if isinstance(c.period, Shift):
            s = c.period
            c = replace(c, period=counted_from(ref, s.sign * s.count if s.count else None, s.unit))
        if c.period.begin:
            ref = c.period
        out.append(c)
    return out


def _widened(c: _Cand, prefix: re.Match, period: Period) -> _Cand:
    """`c` with its span opened to the `prefix` just before it ("early", "since") and a new period."""
    return replace(c, start=c.start - len(prefix.group(0)), period=period)


def _apply_parts(text: str, cands: list[_Cand]) -> list[_Cand]:
    out = []
    for c in cands:
        m = _before(_PART_PREFIX, text, c.start)
        if m and c.period.granularity in _PARTABLE and not c.period.mod:
            word = (m.group("a") or m.group("b") or m.group("c")).lower()
            c = _widened(c, m, replace(c.period, mod=D.PART_MODS[word]))
        out.append(c)
    return out


def _join(text: str, a: _Cand, b: _Cand, ctx: Context) -> _Cand:
    """One interval from its two ends; a year-less first end takes the second end's year."""
    pa, pb = a.period, b.period
    if pa.anchored and not pb.anchored and pb.begin and a.redo:
        year = int(pb.begin[:4])
        pa = a.redo(replace(ctx, year=year)) or pa
        if pa.begin and pa.begin > pb.begin:
            pa = a.redo(replace(ctx, year=year - 1)) or pa
    value = f"{pa.value}/{pb.value}" if pa.value and pb.value else None
    start = a.start - len(_before(_INTERVAL_OPEN, text, a.start).group(0))
    return _Cand(start, b.end, Period(value, pa.begin, pb.last, "interval", pa.anchored or pb.anchored))


def _merge_intervals(text: str, cands: list[_Cand], ctx: Context) -> list[_Cand]:
    out: list[_Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev and _INTERVAL_GAP.fullmatch(text, prev.end, c.start) and _before(_INTERVAL_OPEN, text, prev.start):
            out[-1] = _join(text, prev, c, ctx)
        else:
            out.append(c)
    return out


def _apply_relations(text: str, cands: list[_Cand], anchor: date | None) -> list[_Cand]:
    out = []
    for c in cands:
        m, p = _before(_RELATION_PREFIX, text, c.start), c.period
        if m and p.granularity != "interval":
            mod = D.RELATIONS[m.group("w").lower()]
            since = anchor.isoformat() if anchor else None
            begin, last = {"ON_OR_AFTER": (p.begin, since), "ON_OR_BEFORE": (None, p.last),
                           "BEFORE": (None, step(p.begin, -1)), "AFTER": (step(p.last, 1), None)}[mod]
            c = _widened(c, m, replace(p, begin=begin, last=last, mod=mod))
        out.append(c)
    return out


def _scan(text: str, anchor: date | None, tense: str | None) -> list[Timex]:
    cands = _resolve_shifts(_select(_candidates(text, anchor, tense)))
    cands = _merge_intervals(text, _apply_parts(text, cands), Context(anchor, tense))
    cands = _apply_relations(text, cands, anchor)
    return [Timex(c.start, c.end, text[c.start:c.end], c.period.value, c.period.begin, c.period.last,
                  c.period.granularity, c.period.mod, c.period.anchored) for c in cands]


# --- API -------------------------------------------------------------------------------

def find(text: str, anchor: date | None = None) -> list[Timex]:
    """All temporal expressions in `text`, left to right, normalized against `anchor`."""
    return _scan(text, anchor, None)


def normalize(expr: str, anchor: date | None = None, tense: str | None = None) -> Timex | None:
    """The longest expression in `expr` (offsets relative to `expr`); tense: "past" | "present" | "future"."""
    found = _scan(expr, anchor, tense)
    return max(found, key=lambda t: t.end - t.start) if found else None


def to_xsd(value_shape: str) -> str:
    """The XSD type of a bound: "date" (YYYY-MM-DD), "gYearMonth" (YYYY-MM) or "gYear" (YYYY)."""
    for pattern, xsd in ((r"\d{4}-\d\d-\d\d", "date"), (r"\d{4}-\d\d", "gYearMonth"), (r"\d{4}", "gYear")):
        if re.fullmatch(pattern, value_shape):
            return xsd
    raise ValueError(f"not a date, year-month or year: {value_shape!r}")


def to_date(value: str | None) -> date | None:
    """An article's publication date as the anchor of its relative dates: only a full ISO day is one."""
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None
