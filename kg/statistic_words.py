"""Word lists the statistics rules read (data, no logic): numbers, trends, units, sources.

kg.statistics finds figures with them and kg.statistic_record describes each figure; lemmas
are lowercase, and a word list says in its comment what a match of one of its words means.
"""

from __future__ import annotations

# number words and scales: "fifteen", "three million", "7.2 bn"
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
                "fifty": 50, "hundred": 100}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mln": 1e6, "bn": 1e9}
# vague amounts, never a statistic: "dozens of cases", "thousands of people"
VAGUE = {"dozen", "dozens", "hundreds", "thousands", "millions", "billions", "scores"}
# verbs and adverbs that give a factor: "doubled", "rose fivefold"
MULTIPLIERS = {"double": 2, "triple": 3, "treble": 3, "quadruple": 4, "quintuple": 5, "halve": 0.5}
FOLDS = {"twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "tenfold": 10}
# verbs of change, by trend
INCREASE = {"rise", "increase", "grow", "jump", "climb", "soar", "surge", "rocket", "multiply", *MULTIPLIERS} - {"halve"}
DECREASE = {"fall", "drop", "decline", "decrease", "shrink", "plunge", "plummet", "halve", "slump", "dip", "sink"}
STABLE = {"stabilize", "stabilise", "plateau"}
CHANGE_VERBS = INCREASE | DECREASE | STABLE
# verbs whose subject is the source of a figure ("SOVA counted"), and nouns whose owner is ("SOVA's data")
REPORTING = {"say", "report", "state", "count", "record", "estimate", "note", "tell", "write", "publish", "announce",
             "register", "calculate", "tally", "claim", "show", "reveal", "document", "cite"}
SOURCE_NOUNS = {"data", "figure", "statistic", "statistics", "report", "study", "estimate", "count", "tally",
                "survey", "calculation", "record", "research"}
# words of counting or approximation that mark a count as a statistic: "a total of", "more than", "only"
CUES = {"total", "totalling", "totaling", "altogether", "record", "least", "more", "nearly", "almost", "about",
        "around", "approximately", "some", "over", "roughly", "estimated", "count", "register", "tally",
        "number", "than", "overall", "only", "just", "estimate"}
# counted nouns that give the unit "case" or "person"
CASE_NOUNS = {"case", "prosecution", "proceeding", "conviction", "charge", "investigation", "lawsuit", "trial",
              "sentence", "verdict", "acquittal", "complaint", "application", "appeal"}
PERSON_NOUNS = {"people", "person", "individual", "user", "journalist", "activist", "defendant", "prisoner",
                "detainee", "citizen", "protester", "protestor", "believer", "member", "resident", "blogger",
                "lawyer", "student", "teacher", "employee", "official", "suspect", "convict", "victim", "man",
                "woman", "child", "minor", "subscriber", "reader", "viewer", "contributor"}
# nouns that are never counted: durations, ages, "three times"
NOT_COUNTED = {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "night", "age",
               "time", "percent", "%", "law"}
CURRENCIES = {"ruble": "RUB", "rouble": "RUB", "rub": "RUB", "₽": "RUB", "dollar": "USD", "$": "USD",
              "usd": "USD", "euro": "EUR", "€": "EUR", "eur": "EUR"}
# a sum of money in a sentence with one of these is a penalty, not a total
PENALTY_WORDS = {"fine", "penalty", "penalize", "penalise", "sentence", "bail", "compensation", "damages", "pay"}
# and one of these makes it a total: "fines totalling ...", "altogether"
TOTAL_WORDS = {"total", "totalling", "totaling", "altogether", "combined"}
PERCENT = {"%", "percent", "pct", "percentage"}
# auxiliaries that make a figure a prediction: "could fall by 40 percent"
MODALS = {"will", "would", "could", "may", "might", "should", "can", "ca", "shall"}
