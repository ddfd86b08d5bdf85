"""Penalties named in a sentencing or fining clause: kind, amount and unit.

    "to two and a half years in a penal colony"      -> imprisonment, 2.5 year
    "a suspended sentence of one year"               -> suspended sentence, 1 year
    "fined 30,000 rubles", "a fine of 1.5 million roubles" -> fine, 30000 / 1500000 RUB
    "200 hours of compulsory labour"                 -> compulsory labour, 200 hour
"""

from __future__ import annotations

import re

from kg.model import Penalty

WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "eighteen": 18, "twenty": 20, "twenty-five": 25, "thirty": 30}
NUMBER = r"\d+(?:[.,]\d+)?|" + "|".join(sorted(WORDS, key=len, reverse=True))
TERM = re.compile(rf"\b(?P<n>{NUMBER})(?P<half>\s+and\s+a\s+half)?[\s-]+(?P<unit>year|month|day|hour)s?\b", re.I)
MONEY = re.compile(r"(?P<n>\d{1,3}(?:[, ]\d{3})+|\d+(?:\.\d+)?)\s*(?P<mult>thousand|million|billion|mln|bn|k)?\s*"
                   r"(?P<cur>rubles?|roubles?|rub\b|₽|dollars?|usd\b|euros?|eur\b)", re.I)
MULT = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9}
CURRENCY = {"rub": "RUB", "₽": "RUB", "rou": "RUB", "dol": "USD", "usd": "USD", "eur": "EUR"}
KINDS = (  # the first pattern found in the clause names the kind of a term
    (r"suspended|probation|conditional", "suspended sentence"),
    (r"compulsory\s+(?:labou?r|work)|community\s+service|mandatory\s+work", "compulsory labour"),
    (r"correctional\s+(?:labou?r|work)", "correctional labour"),
    (r"restriction\s+of\s+(?:freedom|liberty)|restricted\s+freedom", "restriction of freedom"),
    (r"house\s+arrest", "house arrest"),
    (r"prison|jail|colony|imprison|behind\s+bars|custody|incarcerat", "imprisonment"),
)


def number(text: str) -> float | None:
    text = text.lower()
    if text in WORDS:
        return float(WORDS[text])
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def penalty_in(clause: str, event_kind: str) -> Penalty | None:
    """The penalty a Sentence or Fine clause names, or None."""
    money = MONEY.search(clause)
    term = TERM.search(clause)
    if money and (event_kind == "Fine" or not term or money.start() < term.start()):
        digits = re.sub(r"[, ]", "", money["n"])
        amount = float(digits) * MULT.get((money["mult"] or "").lower(), 1)
        unit = CURRENCY.get(money["cur"].lower()[:3], "RUB")
        return Penalty("fine", amount, unit)
    if term and event_kind == "Sentence":
        amount = number(term["n"])
        if amount is None:
            return None
        amount += 0.5 if term["half"] else 0
        kind = next((k for p, k in KINDS if re.search(p, clause, re.I)), "imprisonment")
        return Penalty(kind, amount, term["unit"].lower())
    return None
