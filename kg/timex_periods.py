"""Calendar arithmetic for `kg.timex`: periods, and the year of a year-less date.

A `Period` is what one expression means: a TIMEX3-style value ("2018-09-20", "2018-W39",
"2018-H1") with its first and last bound, each written "YYYY-MM-DD", "YYYY-MM" or "YYYY".
This module builds periods (`day`, `week`, `month`, `months`, `year`), moves them by a number
of units (`shifted`, `step`) and picks the year of "on 21 February" or "in the spring" from
the anchor and the tense (`pick_year`, `near_year`; the rules are in kg.timex's docstring).
No regexes and no text: `kg.timex_rules` turns matches into periods with these functions.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

GRACE = timedelta(days=7)  # how far after the anchor a year-less date may start and stay in its year


@dataclass(frozen=True, slots=True)
class Period:
    value: str | None
    begin: str | None
    last: str | None
    granularity: str
    anchored: bool
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class Shift:  # "three days later": resolved against the previous expression
    count: int | None
    unit: str
    sign: int


@dataclass(frozen=True, slots=True)
class Context:
    anchor: date | None
    tense: str | None
    year: int | None = None  # a year given by the other end of an interval


# --- building periods --------------------------------------------------------------

def unknown(granularity: str, anchored: bool = True) -> Period:
    return Period(None, None, None, granularity, anchored)


def day(d: date, anchored: bool) -> Period:
    return Period(d.isoformat(), d.isoformat(), d.isoformat(), "day", anchored)


def month(y: int, m: int, anchored: bool) -> Period:
    s = f"{y:04d}-{m:02d}"
    return Period(s, s, s, "month", anchored)


def year(y: int, anchored: bool) -> Period:
    return Period(f"{y:04d}", f"{y:04d}", f"{y:04d}", "year", anchored)


def week(d: date, anchored: bool) -> Period:
    iso_year, iso_week, _ = d.isocalendar()
    monday = d - timedelta(days=d.weekday())
    sunday = monday + timedelta(days=6)
    return Period(f"{iso_year}-W{iso_week:02d}", monday.isoformat(), sunday.isoformat(), "week", anchored)


def months(value: str, y: int, m: int, count: int, granularity: str, anchored: bool) -> Period:
    """`count` months from month `m` of year `y` (a quarter, a half, a season) under `value`."""
    y2, m2 = add_months(y, m, count - 1)
    return Period(value, f"{y:04d}-{m:02d}", f"{y2:04d}-{m2:02d}", granularity, anchored)


# --- moving periods and bounds -------------------------------------------------------

def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def step(shape: str | None, k: int) -> str | None:
    """The neighbouring year, month or day of a bound, keeping its shape."""
    if shape is None:
        return None
    if len(shape) == 4:
        return f"{int(shape) + k:04d}"
    if len(shape) == 7:
        y, m = add_months(int(shape[:4]), int(shape[5:]), k)
        return f"{y:04d}-{m:02d}"
    return (date.fromisoformat(shape) + timedelta(days=k)).isoformat()


def first_day(shape: str) -> str:
    return shape if len(shape) == 10 else shape + ("-01" if len(shape) == 7 else "-01-01")


def last_day(shape: str) -> str:
    if len(shape) == 10:
        return shape
    if len(shape) == 4:
        return shape + "-12-31"
    y, m = add_months(int(shape[:4]), int(shape[5:]), 1)
    return (date(y, m, 1) - timedelta(days=1)).isoformat()


def shifted(ref: Period, k: int, unit: str) -> Period | None:
    """`ref` moved by `k` units; None when `ref` is coarser than the unit."""
    shape = ref.begin or ""
    if unit in ("day", "week"):
        if ref.granularity != "day":
            return None
        d = date.fromisoformat(shape) + timedelta(days=k * (7 if unit == "week" else 1))
        return day(d, True) if unit == "day" else week(d, True)
    if unit == "month":
        return month(*add_months(int(shape[:4]), int(shape[5:7]), k), True) if len(shape) >= 7 else None
    if unit == "decade":
        return replace(year(int(shape[:4]) + 10 * k, True), mod="APPROX") if shape else None
    return year(int(shape[:4]) + k, True) if shape else None


def counted_from(ref: Period | None, k: int | None, unit: str) -> Period:
    """`ref` moved by `k` units ("two years ago", "three days later"), or an unknown period of
    the unit's granularity when there is no reference, no count or no such move."""
    moved = shifted(ref, k, unit) if ref is not None and k is not None else None
    return moved or unknown("year" if unit == "decade" else unit)


# --- choosing a year -------------------------------------------------------------

def _safe_date(y: int, m: int, d: int) -> date:
    try:
        return date(y, m, d)
    except ValueError:  # 29 February or 31 April: compare with the month's end
        return date(y, m, 28)


def pick_year(ctx: Context, month: int, day: int | None = None, span: int = 1) -> int | None:
    """The year of a year-less date or period that starts in `month` (rules in kg.timex's doc)."""
    if ctx.year is not None:
        return ctx.year
    a = ctx.anchor
    if a is None:
        return None
    start = _safe_date(a.year, month, day or 1)
    if ctx.tense == "future":
        end = start if day else date(*add_months(a.year, month, span), 1) - timedelta(days=1)
        return a.year + 1 if end < a - GRACE else a.year
    return a.year - 1 if start > a + GRACE else a.year


def near_year(ctx: Context, month: int, span: int, rel: str) -> int | None:
    """The year of "last/this/next <month or season>", for a period of `span` months."""
    a = ctx.anchor
    if a is None:
        return None
    if rel == "this":
        return a.year - (1 if a.month <= month + span - 13 else 0)
    start = lambda y: date(y, month, 1)  # noqa: E731
    end = lambda y: date(*add_months(y, month, span), 1) - timedelta(days=1)  # noqa: E731
    if rel == "last":
        return max(y for y in range(a.year - 2, a.year + 1) if end(y) < a)
    return min(y for y in range(a.year - 1, a.year + 2) if start(y) > a)
