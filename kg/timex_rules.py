"""The rules of `kg.timex`: each pattern of kg.timex_data.RULES with the handler that reads it.

`RULES` lists (compiled pattern, handler, needed words, cue, start hint) in the order of kg.timex_data.RULES; a start
hint is (pattern, looked for in the lower-cased text) or None.
A handler takes one match and a `Context` (anchor, tense, a year lent by the other end of an
interval) and returns the `Period` the expression means, a `Shift` ("three days later", counted
by kg.timex from the previous expression), or None when the match is not a date after all.
The calendar arithmetic is in kg.timex_periods; finding and combining spans is kg.timex's job.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from kg import timex_data as D
from kg import timex_periods as P
from kg.timex_periods import Context, Period, Shift


def compile_rule(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


# a word before a bare season that makes it a date: "in the spring", "during winter"
_SEASON_CONTEXT = compile_rule(r"\b(?:in|during|by|since|until|over|throughout|early|late|mid-?)\s+$")


def _count(word: str) -> int | None:
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else D.NUMBERS[word]


def _year_ref(m: re.Match, ctx: Context, month: int, span: int) -> tuple[int | None, bool]:
    """The year of a quarter or half: explicit, "this/last/next year", or picked."""
    g = m.groupdict()
    if g.get("y"):
        return int(g["y"]), False
    rel = (g.get("yrel") or "").lower()
    if rel and ctx.anchor:
        return ctx.anchor.year + {"this": 0, "the": 0, "last": -1, "next": 1}[rel], True
    return (None if rel else P.pick_year(ctx, month, span=span)), True


# --- handlers: (match, ctx) -> Period | Shift | None (None: not a date after all) --

def _on_date(m: re.Match, ctx: Context) -> Period | None:
    """ISO, dotted and written-out dates, with or without year or day."""
    g = m.groupdict()
    month = int(g["m"]) if g.get("m") else D.MONTHS[g["mon"].rstrip(".").lower()]
    day = int(re.match(r"\d+", g["d"]).group()) if g.get("d") else None
    explicit = bool(g.get("y"))
    if not 1 <= month <= 12:
        return None
    y = int(g["y"]) if explicit else P.pick_year(ctx, month, day)
    if y is None:
        return P.unknown("day" if day else "month")
    try:
        return P.day(date(y, month, day), not explicit) if day else P.month(y, month, not explicit)
    except ValueError:
        return None


def _on_year(m: re.Match, ctx: Context) -> Period:
    return P.year(int(m.group("y")), False)


def _on_year_range(m: re.Match, ctx: Context) -> Period | None:
    a, b = m.group("a"), m.group("b")
    return Period(f"{a}/{b}", a, b, "interval", False) if a < b else None


def _on_decade(m: re.Match, ctx: Context) -> Period:
    dd = m.group("dd")
    digits = m.group("dec") or (("19" if dd >= "2" else "20") + dd)
    mod = D.PART_MODS.get((m.group("mod") or "").lower().rstrip("- "))
    return Period(digits, digits + "0", digits + "9", "decade", False, mod)


def _on_season(m: re.Match, ctx: Context) -> Period | None:
    name, rel, y = m.group("s").lower(), (m.group("rel") or "").lower(), m.group("y")
    code, month = D.SEASONS[name]
    if y:
        return P.months(f"{y}-{code}", int(y), month, 3, "season", False)
    if not rel and (name == "fall" or not _SEASON_CONTEXT.search(m.string[max(0, m.start() - 20):m.start()])):
        return None
    y = P.near_year(ctx, month, 3, rel) if rel else P.pick_year(ctx, month, span=3)
    return P.unknown("season") if y is None else P.months(f"{y}-{code}", y, month, 3, "season", True)


def _on_part(m: re.Match, ctx: Context) -> Period | None:
    """Quarters and halves: "the second quarter (of 2018)", "the first half of this year", "Q3 2018"."""
    g = m.groupdict()
    size, code, gran = (6, "H", "half") if g["kind"].lower() in ("half", "h") else (3, "Q", "quarter")
    word = (g.get("o") or "").lower()
    n = int(g["n"]) if g.get("n") else (12 // size if word in ("last", "final") else D.ORDINALS[word])
    if n > 12 // size or (size == 6 and not (g.get("y") or g.get("yrel"))):
        return None
    month = (n - 1) * size + 1
    y, anchored = _year_ref(m, ctx, month, size)
    return P.unknown(gran) if y is None else P.months(f"{y}-{code}{n}", y, month, size, gran, anchored)


def _on_weekday(m: re.Match, ctx: Context) -> Period:
    a = ctx.anchor
    if a is None:
        return P.unknown("day")
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
    return P.day(a + timedelta(days=delta), True)


def _on_deictic(m: re.Match, ctx: Context) -> Period:
    offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[m.group("w").lower()]
    return P.unknown("day") if ctx.anchor is None else P.day(ctx.anchor + timedelta(days=offset), True)


def _on_rel_unit(m: re.Match, ctx: Context) -> Period:
    """last/this/next/earlier this/later this + week/month/year."""
    unit, rel, a = m.group("u").lower(), " ".join(m.group("rel").lower().split()), ctx.anchor
    if a is None:
        return P.unknown(unit)
    k = {"last": -1, "next": 1}.get(rel, 0)
    if unit == "week":
        p = P.week(a + timedelta(weeks=k), True)
    else:
        p = P.month(*P.add_months(a.year, a.month, k), True) if unit == "month" else P.year(a.year + k, True)
    if rel.startswith("earlier"):
        return replace(p, begin=P.first_day(p.begin), last=a.isoformat())
    if rel.startswith("later"):
        return replace(p, begin=a.isoformat(), last=P.last_day(p.last))
    return p


def _on_rel_month(m: re.Match, ctx: Context) -> Period:
    month = D.MONTHS[m.group("mon").lower()]
    y = P.near_year(ctx, month, 1, m.group("rel").lower())
    return P.unknown("month") if y is None else P.month(y, month, True)


def _on_count(m: re.Match, ctx: Context) -> Period | Shift:
    """"two years ago" (from the anchor); "three days later/earlier" (from the previous expression)."""
    count, unit, direction = _count(m.group("n")), m.group("u").lower().rstrip("s"), m.group("dir").lower()
    if direction != "ago":
        return Shift(count, unit, 1 if direction == "later" else -1)
    today = P.day(ctx.anchor, True) if ctx.anchor is not None else None
    return P.counted_from(today, -count if count is not None else None, unit)


def _on_next_unit(m: re.Match, ctx: Context) -> Shift:
    sign = 1 if m.group("dir").lower() in ("next", "following") else -1
    return Shift(1, m.group("u").lower(), sign)


def _on_vague(m: re.Match, ctx: Context) -> Period:
    gran, value = D.VAGUE[" ".join(m.group("w").lower().split())]
    bound = ctx.anchor.isoformat() if value and ctx.anchor else None
    return Period(value, bound, bound, gran, value is None)


# --- the rules: the patterns of kg.timex_data.RULES, each with its handler ---------------

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
    needs = tuple(w for w in words if w.islower()), tuple(w for w in words if not w.islower())
    return _SHARED.setdefault(needs, needs)  # one object per word list: kg.timex looks each list up once per text


_SHARED: dict = {}


def _starts(rule: str) -> tuple[re.Pattern, bool] | None:
    """The rule's start hint and whether it is looked for in the lower-cased text (kg.timex_data.STARTS, LOWER_STARTS)."""
    if rule in D.STARTS:
        return re.compile(D.STARTS[rule]), False
    return (re.compile(D.LOWER_STARTS[rule]), True) if rule in D.LOWER_STARTS else None


# (pattern, handler, needed words, cue or None, start hint or None) per rule; a rule without a handler fails here,
# at import (KeyError)
RULES = [(compile_rule(pattern), _HANDLERS[rule], _needs(rule), re.compile(D.CUES[rule]) if rule in D.CUES else None,
          _starts(rule)) for rule, _doc, pattern in D.RULES]
