"""Word tables and regex pieces for `kg.timex` (data, no logic; read by kg.timex_rules and kg.timex).

Month and weekday names are matched case-sensitively (``(?-i:...)``) inside
patterns that are otherwise case-insensitive, so that "may be blocked" and "a
protest march" are not dates while "in May" and "March 2022" are.
"""

from __future__ import annotations

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}
# Season code (TIMEX3-style) and its first month; each season lasts three
# months (meteorological, northern hemisphere), so winter runs Dec..Feb.
SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "autumn": ("FA", 9), "fall": ("FA", 9), "winter": ("WI", 12)}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4,
            "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# Counts in "two years ago"; None means a vague count ("several days ago").
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a few": None, "few": None, "several": None, "a couple of": None, "some": None,
}
# Prefix words that turn a found expression into a bound: (mod, which side the anchor fills).
RELATIONS = {"since": "ON_OR_AFTER", "until": "ON_OR_BEFORE", "till": "ON_OR_BEFORE",
             "before": "BEFORE", "after": "AFTER"}
# Prefix words that narrow a period without changing its bounds.
PART_MODS = {"early": "START", "beginning": "START", "start": "START", "mid": "MID",
             "middle": "MID", "late": "END", "end": "END"}
# Vague references: returned with value None (or PRESENT_REF) so callers still see them.
VAGUE = {"recently": ("unknown", None), "lately": ("unknown", None), "soon": ("unknown", None),
         "currently": ("unknown", "PRESENT_REF"), "at present": ("unknown", "PRESENT_REF"),
         "in recent years": ("year", None), "in the near future": ("unknown", None)}

# --- regex pieces (strings, compiled in kg.timex_rules and kg.timex) ----------
MONTH_FULL = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH_ABBR = r"(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR})(?![\w])"
WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
NUMBER = r"(?:a\s+couple\s+of|a\s+few|few|several|some|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})"
UNIT = r"(?:day|week|month|year|decade)s?"
# Words before a bare month or season that make it a date ("in May", "since June").
DATE_CONTEXT = r"(?:in|on|of|since|until|till|by|during|throughout|from|before|after|between|early|mid-?|late|last|next|this)"
# Words just before a number that make it a provision or a count, never a year.
NOT_YEAR_BEFORE = r"(?:article|art\.|articles|part|parts|no\.|nos\.|number|§|clause|paragraph|item|case|decree|resolution|order|\+)\s*$"
# Words just after a number that make it an amount, never a year.
NOT_YEAR_AFTER = (r"^\s*(?:%|per\s*cent|percent|rubles|roubles|euros?|dollars|people|persons|users|"
                  r"members|signatures|votes|websites|sites|km|kilometres|pages|-FZ)")
_YEAR_REF = rf"(?:\s+of\s+(?:(?P<y>{YEAR})|(?P<yrel>this|last|next|the)\s+year))?"

# The rules of kg.timex: (id, what it catches, pattern).  Patterns are compiled
# case-insensitively; the group "t", when present, is the expression's span
# (the words before it are context only).  The id names the handler in kg.timex_rules.
RULES = [
    ("timex.iso_date.v1", "2018-09-20 (ISO calendar date)",
     r"(?<![\w.-])(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?![\w-])"),
    ("timex.dotted_date.v1", "20.09.2018 (Russian order DD.MM.YYYY)",
     r"(?<![\w.])(?P<d>\d\d?)\.(?P<m>\d\d?)\.(?P<y>\d{4})(?!\w|\.\d)"),
    ("timex.day_month.v1", "20 September 2018, 21 February, 20th of Sept.",
     rf"(?<![\w.,])(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?"),
    ("timex.month_day.v1", "September 20, 2018, Sept. 20, Dec 9",
     rf"(?<!\w)(?P<mon>{MONTH})\s+(?P<d>{DAY})(?![.,]\d)(?:,?\s+(?P<y>{YEAR}))?"),
    ("timex.month_year.v1", "March 2022, March of 2022, Sept 2018",
     rf"(?<!\w)(?P<mon>{MONTH})(?:,?\s+|\s+of\s+)(?P<y>{YEAR})"),
    ("timex.bare_month.v1", "a month name after a date word: in May, since June, early March (not: may be, a march)",
     rf"\b{DATE_CONTEXT}[\s-]+(?P<t>(?P<mon>{MONTH_FULL}))(?!\w|['’]s)"),
    ("timex.year.v1", "2017 (not: Article 2017, 2017 rubles, 2,017, No. 2017-FZ)",
     rf"(?<![\w$€£.,/])(?<!\d-)(?<!\d\s)(?P<y>{YEAR})(?![\w%]|[.,]\d|-\d)"),
    ("timex.year_range.v1", "2012-2017, 2012–2017",
     rf"(?<![\w.,/])(?P<a>{YEAR})\s*[-–—]\s*(?P<b>{YEAR})(?![\w%]|[.,]\d)"),
    ("timex.decade.v1", "the 2010s, the late 1990s, the '90s",
     r"(?:\bthe\s+(?:(?P<mod>early|mid|late)[\s-]*)?)?(?:\b(?P<dec>(?:1[89]|20)\d)0s|['’](?P<dd>\d)0s)(?!\w)"),
    ("timex.season.v1", "the spring of 2022, summer 2021, last winter, (in) the autumn",
     rf"(?<!\w)(?:(?P<rel>last|this|next)\s+|the\s+)?(?P<s>spring|summer|autumn|fall|winter)"
     rf"(?:\s+(?:of\s+)?(?P<y>{YEAR}))?(?!\w)"),
    ("timex.part_of_year.v1", "the second quarter (of 2018, of last year), the first half of this year",
     rf"\bthe\s+(?P<o>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+(?P<kind>quarter|half){_YEAR_REF}\b"),
    ("timex.part_code.v1", "Q3 2018, Q2, H1 2018",
     rf"\b(?-i:(?P<kind>[QH]))(?P<n>[1-4])(?:\s+(?P<y>{YEAR}))?\b"),
    ("timex.weekday.v1", "Monday, on Friday, last Tuesday, next Monday",
     rf"(?<!\w)(?:(?P<rel>last|next|this|coming)\s+)?(?P<wd>{WEEKDAY})(?!\w)"),
    ("timex.deictic.v1", "yesterday, today, tomorrow",
     r"\b(?P<w>yesterday|today|tonight|tomorrow)\b"),
    ("timex.relative_unit.v1", "last week, this month, earlier this year, earlier in the week (not: over the last year)",
     r"(?<!\bthe\s)\b(?P<rel>last|this|next|earlier\s+this|later\s+this|earlier\s+in\s+the|later\s+in\s+the)"
     r"\s+(?P<u>week|month|year)\b"),
    ("timex.relative_month.v1", "last May, next March",
     rf"\b(?P<rel>last|this|next)\s+(?P<mon>{MONTH_FULL})(?!\w)"),
    ("timex.count.v1", "two years ago, three days later, a week earlier",
     rf"\b(?P<n>{NUMBER})\s+(?P<u>{UNIT})\s+(?P<dir>ago|later|earlier)\b"),
    ("timex.next_unit.v1", "the next day, the following week, the previous year",
     r"\bthe\s+(?P<dir>next|following|previous|preceding)\s+(?P<u>day|week|month|year)\b"),
    ("timex.vague.v1", "recently, soon, currently (not: as soon as)",
     r"(?<!\bas\s)\b(?P<w>recently|lately|soon|currently|at\s+present|in\s+recent\s+years|in\s+the\s+near\s+future)\b"),
]

# Words one of which every match of a rule contains: a text without any is not scanned for the
# rule (the scan is most of kg.timex's time). A word with a capital letter (month and weekday
# names and Q/H codes, matched case-sensitively) is looked for as it is, others in the
# lower-cased text. A rule not listed is always scanned.
MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
NEEDS = {
    "timex.iso_date.v1": ("-",),
    "timex.day_month.v1": MONTH_STEMS,
    "timex.month_day.v1": MONTH_STEMS,
    "timex.month_year.v1": MONTH_STEMS,
    "timex.bare_month.v1": MONTH_STEMS,
    "timex.year.v1": ("18", "19", "20"),
    "timex.year_range.v1": ("18", "19", "20"),
    "timex.decade.v1": ("0s",),
    "timex.season.v1": ("spring", "summer", "autumn", "fall", "winter"),
    "timex.part_of_year.v1": ("quarter", "half"),
    "timex.part_code.v1": ("Q1", "Q2", "Q3", "Q4", "H1", "H2", "H3", "H4"),
    "timex.weekday.v1": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "timex.deictic.v1": ("yesterday", "today", "tonight", "tomorrow"),
    "timex.relative_unit.v1": ("week", "month", "year"),
    "timex.relative_month.v1": MONTH_STEMS,
    "timex.count.v1": ("ago", "later", "earlier"),
    "timex.next_unit.v1": ("next", "following", "previous", "preceding"),
    "timex.vague.v1": ("recently", "lately", "soon", "currently", "present", "recent", "near"),
}

# A cheap pattern (compiled case-sensitively) one of whose matches every match of a rule contains: a text
# without one is not scanned for the rule. For rules whose needed words above are (nearly) always present.
CUES = {
    "timex.iso_date.v1": r"\d-\d",
    "timex.dotted_date.v1": r"\d\.\d",
    "timex.year_range.v1": r"\d\s*[-–—]\s*[12]",
}
# A pattern that matches where every match of a rule starts (a month name, matched case-sensitively; digits): the
# rule is tried only there (kg.components.scans.matches), not at every character of the text. Each starts with a
# literal or a set of characters, which the regex engine skips to fast (the rules' own patterns open with \b or a
# look-behind, so the engine tries them at every character).
_YEAR_START = r"1[89]\d\d|20\d\d"
STARTS = {
    "timex.month_day.v1": "|".join(MONTH_STEMS),
    "timex.month_year.v1": "|".join(MONTH_STEMS),
    "timex.year.v1": _YEAR_START,
    "timex.year_range.v1": _YEAR_START,
    "timex.iso_date.v1": r"\d{4}-\d\d-\d\d",
    "timex.dotted_date.v1": r"\d\d?\.\d\d?\.\d{4}",
    "timex.day_month.v1": rf"\d\d?(?i:st|nd|rd|th)?\s+(?i:of\s+)?(?:{'|'.join(MONTH_STEMS)})",
    "timex.part_code.v1": r"[QH][1-4]",
}
# The same for case-insensitive rules, looked for in the lower-cased text (lower-case words, matched as written):
# used when the text has none of the letters IGNORECASE folds unlike str.lower (kg.timex), where a word of the
# rule starts at a place exactly when its lower-case form starts there in the lower-cased text.
_MONTHS_LOWER = "january|february|march|april|may|june|july|august|september|october|november|december"
_CONTEXT_LOWER = "in|on|of|since|until|till|by|during|throughout|from|before|after|between|early|mid|late|last|next|this"
LOWER_STARTS = {
    "timex.bare_month.v1": rf"(?:{_CONTEXT_LOWER})[\s-]+(?:{_MONTHS_LOWER})",  # DATE_CONTEXT, a month
    "timex.season.v1": r"(?:last|this|next|the)\s+(?:spring|summer|autumn|fall|winter)|spring|summer|autumn|fall|winter",
    "timex.weekday.v1": "last|next|this|coming|" + "|".join(WEEKDAYS),
    "timex.relative_unit.v1": "last|this|next|earlier|later",
    "timex.relative_month.v1": "last|this|next",
    "timex.count.v1": rf"{NUMBER}\s+{UNIT}\s+(?:ago|later|earlier)",
    "timex.next_unit.v1": r"the\s+(?:next|following|previous|preceding)",
    "timex.vague.v1": r"recently|lately|soon|currently|at\s+present|in\s+recent|in\s+the\s+near",
}
