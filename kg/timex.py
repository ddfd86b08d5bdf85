"""Temporal expressions in English news text, normalized TIMEX3-style.

``find(text, anchor)`` returns every expression left to right (non-overlapping,
the longest match wins); ``normalize(expr, anchor, tense)`` reads one.  The
anchor is the article's publication date.  Rules for the underspecified cases:

* A year is never invented: without an anchor, relative and year-less
  expressions keep their span and granularity but get ``value=None``.
* Year-less dates ("on 21 February", "in March", "the second quarter", "in
  the spring") take the anchor's year; when that would put the start more than
  ``GRACE`` (7 days) after the anchor, the previous year is used (news mostly
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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Callable

from kg import timex_data as D

GRACE = timedelta(days=7)


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
class _Period:
    value: str | None
    begin: str | None
    last: str | None
    granularity: str
    anchored: bool
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class _Shift:  # "three days later": resolved against the previous expression
    count: int | None
    unit: str
    sign: int


@dataclass(frozen=True, slots=True)
class _Ctx:
    anchor: date | None
    tense: str | None
    year: int | None = None  # a year given by the other end of an interval


@dataclass(frozen=True, slots=True)
class _Cand:
    start: int
    end: int
    period: _Period | _Shift
    redo: Callable[[_Ctx], _Period | None] | None = None


# --- periods -------------------------------------------------------------------

def _unknown(granularity: str, anchored: bool = True) -> _Period:
    return _Period(None, None, None, granularity, anchored)


def _day(d: date, anchored: bool) -> _Period:
    return _Period(d.isoformat(), d.isoformat(), d.isoformat(), "day", anchored)


def _month(y: int, m: int, anchored: bool) -> _Period:
    s = f"{y:04d}-{m:02d}"
    return _Period(s, s, s, "month", anchored)


def _year(y: int, anchored: bool) -> _Period:
    return _Period(f"{y:04d}", f"{y:04d}", f"{y:04d}", "year", anchored)


def _week(d: date, anchored: bool) -> _Period:
    iso_year, iso_week, _ = d.isocalendar()
    monday = d - timedelta(days=d.weekday())
    sunday = monday + timedelta(days=6)
    return _Period(f"{iso_year}-W{iso_week:02d}", monday.isoformat(), sunday.isoformat(), "week", anchored)


def _months(value: str, y: int, m: int, count: int, granularity: str, anchored: bool) -> _Period:
    y2, m2 = _add_months(y, m, count - 1)
    return _Period(value, f"{y:04d}-{m:02d}", f"{y2:04d}-{m2:02d}", granularity, anchored)


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _step(shape: str | None, k: int) -> str | None:
    """The neighbouring year, month or day of a bound, keeping its shape."""
    if shape is None:
        return None
    if len(shape) == 4:
        return f"{int(shape) + k:04d}"
    if len(shape) == 7:
        y, m = _add_months(int(shape[:4]), int(shape[5:]), k)
        return f"{y:04d}-{m:02d}"
    return (date.fromisoformat(shape) + timedelta(days=k)).isoformat()


# --- choosing a year -------------------------------------------------------------

def _safe_date(y: int, m: int, d: int) -> date:
    try:
        return date(y, m, d)
    except ValueError:  # 29 February or 31 April: compare with the month's end
        return date(y, m, 28)


def _pick_year(ctx: _Ctx, month: int, day: int | None = None, span: int = 1) -> int | None:
    """The year of a year-less date or period that starts in `month` (rules in the module doc)."""
    if ctx.year is not None:
        return ctx.year
    a = ctx.anchor
    if a is None:
        return None
    start = _safe_date(a.year, month, day or 1)
    if ctx.tense == "future":
        end = start if day else date(*_add_months(a.year, month, span), 1) - timedelta(days=1)
        return a.year + 1 if end < a - GRACE else a.year
    return a.year - 1 if start > a + GRACE else a.year


def _near_year(ctx: _Ctx, month: int, span: int, rel: str) -> int | None:
    """The year of "last/this/next <month or season>", for a period of `span` months."""
    a = ctx.anchor
    if a is None:
        return None
    if rel == "this":
        return a.year - (1 if a.month <= month + span - 13 else 0)
    start = lambda y: date(y, month, 1)  # noqa: E731
    end = lambda y: date(*_add_months(y, month, span), 1) - timedelta(days=1)  # noqa: E731
    if rel == "last":
        return max(y for y in range(a.year - 2, a.year + 1) if end(y) < a)
    return min(y for y in range(a.year - 1, a.year + 2) if start(y) > a)


def _year_ref(m: re.Match, ctx: _Ctx, month: int, span: int) -> tuple[int | None, bool]:
    """The year of a quarter or half: explicit, "this/last/next year", or picked."""
    g = m.groupdict()
    if g.get("y"):
        return int(g["y"]), False
    rel = (g.get("yrel") or "").lower()
    if rel and ctx.anchor:
        return ctx.anchor.year + {"this": 0, "the": 0, "last": -1, "next": 1}[rel], True
    return (None if rel else _pick_year(ctx, month, span=span)), True


def _first_day(shape: str) -> str:
    return shape if len(shape) == 10 else shape + ("-01" if len(shape) == 7 else "-01-01")


def _last_day(shape: str) -> str:
    if len(shape) == 10:
        return shape
    if len(shape) == 4:
        return shape + "-12-31"
    y, m = _add_months(int(shape[:4]), int(shape[5:]), 1)
    return (date(y, m, 1) - timedelta(days=1)).isoformat()


def _shifted(ref: _Period, k: int, unit: str) -> _Period | None:
    """`ref` moved by `k` units; None when `ref` is coarser than the unit."""
    shape = ref.begin or ""
    if unit in ("day", "week"):
        if ref.granularity != "day":
            return None
        d = date.fromisoformat(shape) + timedelta(days=k * (7 if unit == "week" else 1))
        return _day(d, True) if unit == "day" else _week(d, True)
    if unit == "month":
        return _month(*_add_months(int(shape[:4]), int(shape[5:7]), k), True) if len(shape) >= 7 else None
    if unit == "decade":
        return replace(_year(int(shape[:4]) + 10 * k, True), mod="APPROX") if shape else None
    return _year(int(shape[:4]) + k, True) if shape else None


def _count(word: str) -> int | None:
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else D.NUMBERS[word]


# --- handlers: (match, ctx) -> _Period | _Shift | None (None: not a date after all) --

def _on_date(m: re.Match, ctx: _Ctx) -> _Period | None:
    """ISO, dotted and written-out dates, with or without year or day."""
    g = m.groupdict()
    month = int(g["m"]) if g.get("m") else D.MONTHS[g["mon"].rstrip(".").lower()]
    day = int(re.match(r"\d+", g["d"]).group()) if g.get("d") else None
    explicit = bool(g.get("y"))
    if not 1 <= month <= 12:
        return None
    y = int(g["y"]) if explicit else _pick_year(ctx, month, day)
    if y is None:
        return _unknown("day" if day else "month")
    try:
        return _day(date(y, month, day), not explicit) if day else _month(y, month, not explicit)
    except ValueError:
        return None


def _on_year(m: re.Match, ctx: _Ctx) -> _Period:
    return _year(int(m.group("y")), False)


def _on_year_range(m: re.Match, ctx: _Ctx) -> _Period | None:
    a, b = m.group("a"), m.group("b")
    return _Period(f"{a}/{b}", a, b, "interval", False) if a < b else None


def _on_decade(m: re.Match, ctx: _Ctx) -> _Period:
    dd = m.group("dd")
    digits = m.group("dec") or (("19" if dd >= "2" else "20") + dd)
    mod = D.PART_MODS.get((m.group("mod") or "").lower().rstrip("- "))
    return _Period(digits, digits + "0", digits + "9", "decade", False, mod)


def _on_season(m: re.Match, ctx: _Ctx) -> _Period | None:
    name, rel, y = m.group("s").lower(), (m.group("rel") or "").lower(), m.group("y")
    code, month = D.SEASONS[name]
    if y:
        return _months(f"{y}-{code}", int(y), month, 3, "season", False)
    if not rel and (name == "fall" or not _SEASON_CONTEXT.search(m.string[max(0, m.start() - 20):m.start()])):
        return None
    y = _near_year(ctx, month, 3, rel) if rel else _pick_year(ctx, month, span=3)
    return _unknown("season") if y is None else _months(f"{y}-{code}", y, month, 3, "season", True)


def _on_part(m: re.Match, ctx: _Ctx) -> _Period | None:
    """Quarters and halves: "the second quarter (of 2018)", "the first half of this year", "Q3 2018"."""
    g = m.groupdict()
    size, code, gran = (6, "H", "half") if g["kind"].lower() in ("half", "h") else (3, "Q", "quarter")
    word = (g.get("o") or "").lower()
    n = int(g["n"]) if g.get("n") else (12 // size if word in ("last", "final") else D.ORDINALS[word])
    if n > 12 // size or (size == 6 and not (g.get("y") or g.get("yrel"))):
        return None
    month = (n - 1) * size + 1
    y, anchored = _year_ref(m, ctx, month, size)
    return _unknown(gran) if y is None else _months(f"{y}-{code}{n}", y, month, size, gran, anchored)


def _on_weekday(m: re.Match, ctx: _Ctx) -> _Period:
    a = ctx.anchor
    if a is None:
        return _unknown("day")
    k, rel = D.WEEKDAYS[m.group("wd").lower()], (m.group("rel") or "").lower()
    back, ahead = (a.weekday() - k) % 7, (k - a.weekday()) % 7
    if rel == "this":
        delta = k - a.weekday()
    elif rel in ("next", "coming"):
        delta = ahead or 7
    elif rel == "last":
        delta = -(back or 7)
    else:
        delta = ahead if ctx.tense == "future" else -back
    return _day(a + timedelta(days=delta), True)


def _on_deictic(m: re.Match, ctx: _Ctx) -> _Period:
    offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[m.group("w").lower()]
    return _unknown("day") if ctx.anchor is None else _day(ctx.anchor + timedelta(days=offset), True)


def _on_rel_unit(m: re.Match, ctx: _Ctx) -> _Period:
    """last/this/next/earlier this/later this + week/month/year."""
    unit, rel, a = m.group("u").lower(), " ".join(m.group("rel").lower().split()), ctx.anchor
    if a is None:
        return _unknown(unit)
    k = {"last": -1, "next": 1}.get(rel, 0)
    if unit == "week":
        p = _week(a + timedelta(weeks=k), True)
    else:
        p = _month(*_add_months(a.year, a.month, k), True) if unit == "month" else _year(a.year + k, True)
    if rel.startswith("earlier"):
        return replace(p, begin=_first_day(p.begin), last=a.isoformat())
    if rel.startswith("later"):
        return replace(p, begin=a.isoformat(), last=_last_day(p.last))
    return p


def _on_rel_month(m: re.Match, ctx: _Ctx) -> _Period:
    month = D.MONTHS[m.group("mon").lower()]
    y = _near_year(ctx, month, 1, m.group("rel").lower())
    return _unknown("month") if y is None else _month(y, month, True)


def _on_count(m: re.Match, ctx: _Ctx) -> _Period | _Shift:
    """"two years ago" (from the anchor); "three days later/earlier" (from the previous expression)."""
    count, unit, direction = _count(m.group("n")), m.group("u").lower().rstrip("s"), m.group("dir").lower()
    if direction != "ago":
        return _Shift(count, unit, 1 if direction == "later" else -1)
    gran = "year" if unit == "decade" else unit
    if count is None or ctx.anchor is None:
        return _unknown(gran)
    return _shifted(_day(ctx.anchor, True), -count, unit) or _unknown(gran)


def _on_next_unit(m: re.Match, ctx: _Ctx) -> _Shift:
    sign = 1 if m.group("dir").lower() in ("next", "following") else -1
    return _Shift(1, m.group("u").lower(), sign)


def _on_vague(m: re.Match, ctx: _Ctx) -> _Period:
    gran, value = D.VAGUE[" ".join(m.group("w").lower().split())]
    bound = ctx.anchor.isoformat() if value and ctx.anchor else None
    return _Period(value, bound, bound, gran, value is None)


# --- rules: the patterns of kg.timex_data.RULES, each with its handler ---------------

def _c(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


_HANDLERS = {
    "timex.iso_date.v1": _on_date, "timex.dotted_date.v1": _on_date, "timex.day_month.v1": _on_date,
    "timex.month_day.v1": _on_date, "timex.month_year.v1": _on_date, "timex.bare_month.v1": _on_date,
    "timex.year.v1": _on_year, "timex.year_range.v1": _on_year_range, "timex.decade.v1": _on_decade,
    "timex.season.v1": _on_season, "timex.part_of_year.v1": _on_part, "timex.part_code.v1": _on_part,
    "timex.weekday.v1": _on_weekday, "timex.deictic.v1": _on_deictic, "timex.relative_unit.v1": _on_rel_unit,
    "timex.relative_month.v1": _on_rel_month, "timex.count.v1": _on_count, "timex.next_unit.v1": _on_next_unit,
    "timex.vague.v1": _on_vague,
}


def _needs(rule: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of kg.timex_data.NEEDS for `rule`: (looked for in lowercase, looked for as written)."""
    words = D.NEEDS.get(rule, ())
    return tuple(w for w in words if w.islower()), tuple(w for w in words if not w.islower())


_RULES = [(_c(pattern), _HANDLERS[rule], _needs(rule)) for rule, _doc, pattern in D.RULES]  # KeyError: no handler
# letters that IGNORECASE matches to an ASCII letter other than by str.lower() (dotless i, long s,
# capital I with dot, Kelvin sign): in a text with one, every rule is scanned
_ODD_CASE = "\u0131\u017f\u0130\u212a"
# a word before a bare season that makes it a date: "in the spring", "during winter"
_SEASON_CONTEXT = _c(r"\b(?:in|during|by|since|until|over|throughout|early|late|mid-?)\s+$")
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
    for pattern, handler, (words, cased) in _RULES:
        if lower is not None and (words or cased) and not (any(w in lower for w in words) or
                                                           any(w in text for w in cased)):
            continue
        for m in pattern.finditer(text):
            start, end = m.span("t") if "t" in pattern.groupindex else m.span()
            if start == end or _blocked(text, start, end):
                continue
            period = handler(m, _Ctx(anchor, tense or _guess_tense(text, start, end)))
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
        if isinstance(c.period, _Shift):
            s = c.period
            gran = "year" if s.unit == "decade" else s.unit
            p = _shifted(ref, s.sign * s.count, s.unit) if ref and s.count else None
            c = replace(c, period=p or _unknown(gran))
        if c.period.begin:
            ref = c.period
        out.append(c)
    return out


def _apply_parts(text: str, cands: list[_Cand]) -> list[_Cand]:
    out = []
    for c in cands:
        m = _before(_PART_PREFIX, text, c.start)
        if m and c.period.granularity in _PARTABLE and not c.period.mod:
            word = (m.group("a") or m.group("b") or m.group("c")).lower()
            c = replace(c, start=c.start - len(m.group(0)), period=replace(c.period, mod=D.PART_MODS[word]))
        out.append(c)
    return out


def _join(text: str, a: _Cand, b: _Cand, ctx: _Ctx) -> _Cand:
    """One interval from its two ends; a year-less first end takes the second end's year."""
    pa, pb = a.period, b.period
    if pa.anchored and not pb.anchored and pb.begin and a.redo:
        year = int(pb.begin[:4])
        pa = a.redo(replace(ctx, year=year)) or pa
        if pa.begin and pa.begin > pb.begin:
            pa = a.redo(replace(ctx, year=year - 1)) or pa
    value = f"{pa.value}/{pb.value}" if pa.value and pb.value else None
    start = a.start - len(_before(_INTERVAL_OPEN, text, a.start).group(0))
    return _Cand(start, b.end, _Period(value, pa.begin, pb.last, "interval", pa.anchored or pb.anchored))


def _merge_intervals(text: str, cands: list[_Cand], ctx: _Ctx) -> list[_Cand]:
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
                           "BEFORE": (None, _step(p.begin, -1)), "AFTER": (_step(p.last, 1), None)}[mod]
            c = replace(c, start=c.start - len(m.group(0)), period=replace(p, begin=begin, last=last, mod=mod))
        out.append(c)
    return out


def _scan(text: str, anchor: date | None, tense: str | None) -> list[Timex]:
    cands = _resolve_shifts(_select(_candidates(text, anchor, tense)))
    cands = _merge_intervals(text, _apply_parts(text, cands), _Ctx(anchor, tense))
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
