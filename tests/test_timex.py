"""Tests for kg.timex: tables of (expression, anchor, tense) -> normalized Timex."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.timex import find, normalize, to_xsd

A = date(2018, 8, 15)  # a Wednesday in ISO week 2018-W33
# Each row: id, expression, anchor, tense, expected (text, value, begin, last, granularity, mod, anchored).
ROWS = [
    # explicit dates
    ("dmy", "20 September 2018", A, None, ("20 September 2018", "2018-09-20", "2018-09-20", "2018-09-20", "day", None, False)),
    ("mdy", "September 20, 2018", A, None, ("September 20, 2018", "2018-09-20", "2018-09-20", "2018-09-20", "day", None, False)),
    ("dmy-ordinal-of", "on the 20th of September 2018", A, None, ("20th of September 2018", "2018-09-20", "2018-09-20", "2018-09-20", "day", None, False)),
    ("dotted-ru", "20.09.2018", A, None, ("20.09.2018", "2018-09-20", "2018-09-20", "2018-09-20", "day", None, False)),
    ("iso", "2018-09-20", A, None, ("2018-09-20", "2018-09-20", "2018-09-20", "2018-09-20", "day", None, False)),
    ("explicit-no-anchor", "20 September 2018", None, None, ("20 September 2018", "2018-09-20", "2018-09-20", "2018-09-20", "day", None, False)),
    # month-day without a year
    ("abbr-dot-past", "Sept. 20", A, None, ("Sept. 20", "2017-09-20", "2017-09-20", "2017-09-20", "day", None, True)),
    ("abbr-future", "Sep 20", A, "future", ("Sep 20", "2018-09-20", "2018-09-20", "2018-09-20", "day", None, True)),
    ("abbr-before-anchor", "Aug. 10", A, None, ("Aug. 10", "2018-08-10", "2018-08-10", "2018-08-10", "day", None, True)),
    ("within-grace", "Aug 20", A, "past", ("Aug 20", "2018-08-20", "2018-08-20", "2018-08-20", "day", None, True)),
    ("on-month-day", "On September 20", date(2018, 9, 25), "past", ("September 20", "2018-09-20", "2018-09-20", "2018-09-20", "day", None, True)),
    ("day-month", "on 21 February", A, None, ("21 February", "2018-02-21", "2018-02-21", "2018-02-21", "day", None, True)),
    ("past-prev-year", "December 3", A, "past", ("December 3", "2017-12-03", "2017-12-03", "2017-12-03", "day", None, True)),
    ("future-next-year", "January 10", date(2018, 12, 20), "future", ("January 10", "2019-01-10", "2019-01-10", "2019-01-10", "day", None, True)),
    ("month-day-no-anchor", "September 20", None, None, ("September 20", None, None, None, "day", None, True)),
    # month and year
    ("month-year", "in March 2022", A, None, ("March 2022", "2022-03", "2022-03", "2022-03", "month", None, False)),
    ("abbr-month-year", "Sept 2018", A, None, ("Sept 2018", "2018-09", "2018-09", "2018-09", "month", None, False)),
    ("month-of-year", "March of 2022", A, None, ("March of 2022", "2022-03", "2022-03", "2022-03", "month", None, False)),
    ("in-may", "in May", A, None, ("May", "2018-05", "2018-05", "2018-05", "month", None, True)),
    ("in-month-past", "in November", A, None, ("November", "2017-11", "2017-11", "2017-11", "month", None, True)),
    ("in-month-future", "in November", A, "future", ("November", "2018-11", "2018-11", "2018-11", "month", None, True)),
    ("current-month-future", "in December", date(2022, 12, 9), "future", ("December", "2022-12", "2022-12", "2022-12", "month", None, True)),
    ("month-no-anchor", "in May", None, None, ("May", None, None, None, "month", None, True)),
    ("last-month-name", "last May", A, None, ("last May", "2018-05", "2018-05", "2018-05", "month", None, True)),
    # years and decades
    ("year", "in 2017", A, None, ("2017", "2017", "2017", "2017", "year", None, False)),
    ("law-of-year", "Federal Law of 2019", A, None, ("2019", "2019", "2019", "2019", "year", None, False)),
    ("decade", "in the 2010s", A, None, ("the 2010s", "201", "2010", "2019", "decade", None, False)),
    ("decade-apostrophe", "the '90s", A, None, ("the '90s", "199", "1990", "1999", "decade", None, False)),
    ("decade-late", "in the late 1990s", A, None, ("the late 1990s", "199", "1990", "1999", "decade", "END", False)),
    # weekdays
    ("weekday-past", "on Monday", A, None, ("Monday", "2018-08-13", "2018-08-13", "2018-08-13", "day", None, True)),
    ("weekday-same-day", "on Wednesday", A, None, ("Wednesday", "2018-08-15", "2018-08-15", "2018-08-15", "day", None, True)),
    ("weekday-next", "next Monday", A, None, ("next Monday", "2018-08-20", "2018-08-20", "2018-08-20", "day", None, True)),
    ("weekday-future", "on Monday", A, "future", ("Monday", "2018-08-20", "2018-08-20", "2018-08-20", "day", None, True)),
    ("weekday-last", "last Wednesday", A, None, ("last Wednesday", "2018-08-08", "2018-08-08", "2018-08-08", "day", None, True)),
    ("weekday-this", "this Friday", A, None, ("this Friday", "2018-08-17", "2018-08-17", "2018-08-17", "day", None, True)),
    ("weekday-no-anchor", "on Monday", None, None, ("Monday", None, None, None, "day", None, True)),
    # deictic days
    ("yesterday", "yesterday", A, None, ("yesterday", "2018-08-14", "2018-08-14", "2018-08-14", "day", None, True)),
    ("today", "Today", A, None, ("Today", "2018-08-15", "2018-08-15", "2018-08-15", "day", None, True)),
    ("tomorrow", "tomorrow", A, None, ("tomorrow", "2018-08-16", "2018-08-16", "2018-08-16", "day", None, True)),
    ("yesterday-no-anchor", "yesterday", None, None, ("yesterday", None, None, None, "day", None, True)),
    # weeks, months, years relative to the anchor
    ("last-week", "last week", A, None, ("last week", "2018-W32", "2018-08-06", "2018-08-12", "week", None, True)),
    ("last-week-new-year", "last week", date(2018, 1, 3), None, ("last week", "2017-W52", "2017-12-25", "2017-12-31", "week", None, True)),
    ("this-week", "this week", A, None, ("this week", "2018-W33", "2018-08-13", "2018-08-19", "week", None, True)),
    ("earlier-this-week", "earlier this week", A, None, ("earlier this week", "2018-W33", "2018-08-13", "2018-08-15", "week", None, True)),
    ("earlier-in-the-week", "earlier in the week", A, None, ("earlier in the week", "2018-W33", "2018-08-13", "2018-08-15", "week", None, True)),
    ("next-week", "next week", A, None, ("next week", "2018-W34", "2018-08-20", "2018-08-26", "week", None, True)),
    ("last-month", "last month", A, None, ("last month", "2018-07", "2018-07", "2018-07", "month", None, True)),
    ("last-month-january", "last month", date(2018, 1, 10), None, ("last month", "2017-12", "2017-12", "2017-12", "month", None, True)),
    ("this-month", "this month", A, None, ("this month", "2018-08", "2018-08", "2018-08", "month", None, True)),
    ("earlier-this-month", "earlier this month", A, None, ("earlier this month", "2018-08", "2018-08-01", "2018-08-15", "month", None, True)),
    ("last-year", "last year", A, None, ("last year", "2017", "2017", "2017", "year", None, True)),
    ("this-year", "this year", A, None, ("this year", "2018", "2018", "2018", "year", None, True)),
    ("earlier-this-year", "earlier this year", A, None, ("earlier this year", "2018", "2018-01-01", "2018-08-15", "year", None, True)),
    ("later-this-year", "later this year", A, None, ("later this year", "2018", "2018-08-15", "2018-12-31", "year", None, True)),
    ("last-year-no-anchor", "last year", None, None, ("last year", None, None, None, "year", None, True)),
    # halves, quarters, seasons
    ("half-this-year", "the first half of this year", A, None, ("the first half of this year", "2018-H1", "2018-01", "2018-06", "half", None, True)),
    ("half-explicit", "the first half of 2018", A, None, ("the first half of 2018", "2018-H1", "2018-01", "2018-06", "half", None, False)),
    ("half-last-year", "the second half of last year", A, None, ("the second half of last year", "2017-H2", "2017-07", "2017-12", "half", None, True)),
    ("quarter-bare", "the second quarter", A, None, ("the second quarter", "2018-Q2", "2018-04", "2018-06", "quarter", None, True)),
    ("quarter-bare-past", "the fourth quarter", A, None, ("the fourth quarter", "2017-Q4", "2017-10", "2017-12", "quarter", None, True)),
    ("quarter-explicit", "the third quarter of 2017", A, None, ("the third quarter of 2017", "2017-Q3", "2017-07", "2017-09", "quarter", None, False)),
    ("quarter-code", "Q3 2018", A, None, ("Q3 2018", "2018-Q3", "2018-07", "2018-09", "quarter", None, False)),
    ("season-explicit", "in the spring of 2022", A, None, ("the spring of 2022", "2022-SP", "2022-03", "2022-05", "season", None, False)),
    ("season-last", "last summer", A, None, ("last summer", "2017-SU", "2017-06", "2017-08", "season", None, True)),
    ("season-winter", "in the winter", date(2019, 1, 20), None, ("the winter", "2018-WI", "2018-12", "2019-02", "season", None, True)),
    ("season-fall-year", "fall 2016", A, None, ("fall 2016", "2016-FA", "2016-09", "2016-11", "season", None, False)),
    # intervals
    ("between-years", "between 2012 and 2017", A, None, ("between 2012 and 2017", "2012/2017", "2012", "2017", "interval", None, False)),
    ("from-to-years", "from 2012 to 2017", A, None, ("from 2012 to 2017", "2012/2017", "2012", "2017", "interval", None, False)),
    ("year-hyphen", "2012-2017", A, None, ("2012-2017", "2012/2017", "2012", "2017", "interval", None, False)),
    ("year-en-dash", "2012–2017", A, None, ("2012–2017", "2012/2017", "2012", "2017", "interval", None, False)),
    ("between-months", "between March 2012 and February 2014", A, None, ("between March 2012 and February 2014", "2012-03/2014-02", "2012-03", "2014-02", "interval", None, False)),
    ("between-year-hint", "between March and May 2018", A, None, ("between March and May 2018", "2018-03/2018-05", "2018-03", "2018-05", "interval", None, True)),
    ("from-year-hint-wrap", "from December to March 2019", A, None, ("from December to March 2019", "2018-12/2019-03", "2018-12", "2019-03", "interval", None, True)),
    # relations
    ("since-year", "since 2012", A, None, ("since 2012", "2012", "2012", "2018-08-15", "year", "ON_OR_AFTER", False)),
    ("since-no-anchor", "since 2012", None, None, ("since 2012", "2012", "2012", None, "year", "ON_OR_AFTER", False)),
    ("since-late-month", "since late June", date(2022, 12, 9), None, ("since late June", "2022-06", "2022-06", "2022-12-09", "month", "ON_OR_AFTER", True)),
    ("before-year", "before 2014", A, None, ("before 2014", "2014", None, "2013", "year", "BEFORE", False)),
    ("after-month", "after March 2014", A, None, ("after March 2014", "2014-03", "2014-04", None, "month", "AFTER", False)),
    ("until-day", "until 20 September 2018", A, None, ("until 20 September 2018", "2018-09-20", None, "2018-09-20", "day", "ON_OR_BEFORE", False)),
    # parts of periods
    ("early-year", "early 2018", A, None, ("early 2018", "2018", "2018", "2018", "year", "START", False)),
    ("mid-year", "mid-2018", A, None, ("mid-2018", "2018", "2018", "2018", "year", "MID", False)),
    ("late-month", "in late June", A, None, ("late June", "2018-06", "2018-06", "2018-06", "month", "END", True)),
    ("end-of-last-year", "at the end of last year", A, None, ("the end of last year", "2017", "2017", "2017", "year", "END", True)),
    ("beginning-of", "the beginning of March 2022", A, None, ("the beginning of March 2022", "2022-03", "2022-03", "2022-03", "month", "START", False)),
    # counts from the anchor
    ("years-ago", "two years ago", A, None, ("two years ago", "2016", "2016", "2016", "year", None, True)),
    ("days-ago", "three days ago", A, None, ("three days ago", "2018-08-12", "2018-08-12", "2018-08-12", "day", None, True)),
    ("week-ago", "a week ago", A, None, ("a week ago", "2018-W32", "2018-08-06", "2018-08-12", "week", None, True)),
    ("months-ago", "six months ago", A, None, ("six months ago", "2018-02", "2018-02", "2018-02", "month", None, True)),
    ("vague-count-ago", "several years ago", A, None, ("several years ago", None, None, None, "year", None, True)),
    ("ago-no-anchor", "two years ago", None, None, ("two years ago", None, None, None, "year", None, True)),
    ("later-alone", "three days later", A, None, ("three days later", None, None, None, "day", None, True)),
    # vague references
    ("recently", "recently", A, None, ("recently", None, None, None, "unknown", None, True)),
    ("soon", "soon", A, None, ("soon", None, None, None, "unknown", None, True)),
    ("currently", "currently", A, None, ("currently", "PRESENT_REF", "2018-08-15", "2018-08-15", "unknown", None, False)),
]


@pytest.mark.parametrize("expr, anchor, tense, expected", [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_normalize(expr, anchor, tense, expected):
    t = normalize(expr, anchor, tense)
    assert t is not None
    assert (t.text, t.value, t.begin, t.last, t.granularity, t.mod, t.anchored) == expected
    assert expr[t.start:t.end] == t.text
    assert t.end_ == t.last
    for bound in (t.begin, t.last):
        assert bound is None or to_xsd(bound) in ("date", "gYearMonth", "gYear")


# Each row: id, text, anchor, expected [(span text, value)] from find().
FIND_ROWS = [
    ("later-from-previous", "They were detained on 21 February. Three days later, police searched the flat.", A,
     [("21 February", "2018-02-21"), ("Three days later", "2018-02-24")]),
    ("next-day", "The hearing opened on 20 September 2018 and the verdict came the next day.", A,
     [("20 September 2018", "2018-09-20"), ("the next day", "2018-09-21")]),
    ("year-later", "He was fined in 2015. A year later he was jailed.", A, [("2015", "2015"), ("A year later", "2016")]),
    ("later-too-coarse", "He was fined in 2015. Two days later he left.", A, [("2015", "2015"), ("Two days later", None)]),
    ("future-guess", "The court will hear the appeal on Monday.", A, [("Monday", "2018-08-20")]),
    ("future-takes-effect", "The fine for Google takes effect on January 1.", date(2021, 12, 24), [("January 1", "2022-01-01")]),
    ("future-cue-too-far", "They said they will not implement rulings of the Strasbourg court issued after March 15.",
     date(2022, 6, 14), [("after March 15", "2022-03-15")]),
    ("past-default", "The court heard the appeal on Monday.", A, [("Monday", "2018-08-13")]),
    ("dateline", "MOSCOW, Dec 9 — A Moscow court on Friday sentenced him.", date(2022, 12, 9),
     [("Dec 9", "2022-12-09"), ("Friday", "2022-12-09")]),
    ("two-dates", "Arrested in May 2017, he was convicted on 6 February 2019.", A,
     [("May 2017", "2017-05"), ("6 February 2019", "2019-02-06")]),
    ("may-date", "On May 9 the parade was held.", A, [("May 9", "2018-05-09")]),
    ("in-may-vs-modal", "The site may be blocked in May.", A, [("May", "2018-05")]),
    ("theresa-may", "Theresa May said the court may rule in March.", A, [("March", "2018-03")]),
    ("law-and-date", "Federal Law No. 149-FZ of 27 July 2006 on information", A, [("27 July 2006", "2006-07-27")]),
]


@pytest.mark.parametrize("text, anchor, expected", [r[1:] for r in FIND_ROWS], ids=[r[0] for r in FIND_ROWS])
def test_find(text, anchor, expected):
    found = find(text, anchor)
    assert [(t.text, t.value) for t in found] == expected
    assert all(text[t.start:t.end] == t.text for t in found)


NOT_DATES = [
    ("article", "under Article 282 of the Criminal Code"),
    ("part", "Part 1 of Article 20.3.1 of the Code of Administrative Offences"),
    ("federal-law-number", "Federal Law No. 90-FZ"),
    ("law-number-year-like", "Federal Law No. 2017-FZ"),
    ("article-year-like", "Article 2017 of the code"),
    ("votes", "571 of 762 deputies voted for it"),
    ("percent", "turnout was 75%"),
    ("amount", "he was fined 2000 rubles"),
    ("thousands", "2,017 people signed"),
    ("phone", "call +7 495 2012 3344"),
    ("modal-may", "the site may be blocked"),
    ("protest-march", "a protest march through Moscow"),
    ("march-start", "March on Moscow"),
    ("arab-spring", "during the Arab Spring"),
    ("fall-verb", "prices fall in the fall of demand"),
    ("as-soon-as", "as soon as possible"),
    ("duration", "sentenced to two years in a penal colony"),
    ("the-last-year", "over the last year"),
    ("bad-dotted", "20.13.2018"),
    ("name-jan", "Jan Novak spoke"),
]


@pytest.mark.parametrize("text", [r[1] for r in NOT_DATES], ids=[r[0] for r in NOT_DATES])
def test_not_dates(text):
    assert find(text, A) == []


@pytest.mark.parametrize("shape, xsd", [("2018-09-20", "date"), ("2018-09", "gYearMonth"), ("2018", "gYear")],
                         ids=["date", "year-month", "year"])
def test_to_xsd(shape, xsd):
    assert to_xsd(shape) == xsd


def test_to_xsd_rejects_other_shapes():
    with pytest.raises(ValueError):
        to_xsd("2018-W32")


def test_normalize_nothing():
    assert normalize("the court", A) is None


FRAGMENTS = ["on", "in", "since", "between", "and", "from", "to", "early", "the", "end", "of", "last", "next",
             "2012", "2017", "May", "may", "March", "20", "September", "Sept.", "Monday", "week", "year", "days",
             "three", "later", "ago", "Article", "282", "spring", "2018-09-20", "20.09.2018", "-", ",", ".", "mid-"]


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=25).map(" ".join),
       st.sampled_from([None, A, date(2020, 2, 29), date(2019, 1, 1)]))
def test_find_invariants(text, anchor):
    found = find(text, anchor)
    assert all(text[t.start:t.end] == t.text for t in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    for t in found:
        assert all(b is None or to_xsd(b) for b in (t.begin, t.last))
    if anchor is None and not any(c.isdigit() for c in text):  # no anchor, no year: nothing to resolve against
        assert all(t.value in (None, "PRESENT_REF") for t in found)


@given(st.text(max_size=80))
def test_find_any_text(text):
    assert all(text[t.start:t.end] == t.text for t in find(text, A))
