"""Statistics: quantities the article reports about cases, people and platforms.

    "According to SOVA, 571 of 762 criminal cases were opened in the first half of this year
     on charges of extremism on the Internet"
        -> 571 of 762 "case", counts "criminal cases opened on charges of extremism on the
           internet", period 2018-H1, source SOVA                           (statistic.ratio.v1)
    "75% of criminal cases opened in 2017"       -> 75 "percent", period 2017 (statistic.percent.v1)
    "prosecutions for memes ... more than tripled between 2012 and 2017"
        -> 3 "times", trend "increase", period 2012/2017                    (statistic.multiplier.v1)
    "the number of people convicted under Article 282 fell by 60 percent"
        -> 60 "percent", trend "decrease", about the provision              (statistic.change.v1)
    "OVD-Info counted more than 15,000 detentions at anti-war protests"
        -> 15000 "detention", source OVD-Info                                (statistic.count.v1)

Decisions:
* A multiplying verb ("doubled", "more than tripled", "rose fivefold", "grew 2.5 times") gives
  the factor as the value, unit "times"; "halved" is 0.5 "times", trend "decrease". When the
  verb also gives the new level ("doubled to 500") the level is the value. Qualifiers ("more
  than", "about", "up to") are not kept.
* A change ("rose by 30%", "fell to 400") keeps the number after "by"/"to" and the trend.
* A plain count is a statistic only when something marks it as one: a period longer than a
  day, a source, a trend, or a word of counting or approximation ("a total of", "more than",
  "at least", "only", "counted", "recorded"); below 3 it needs two such signs. "Five price
  tags", "three counts" or "a dozen other laws" are not statistics.
* The unit is "percent", "times", a currency ("RUB", "USD", "EUR"), "case" for case-like
  nouns, "person" for people-like nouns, else the lemma of the counted noun ("detention").
* Never counted: durations and ages (years, days, "the age of ..."), penalties and other sums of
  money except totals outside a fining clause, numbers inside entity names (articles, laws),
  dates and years (what kg.timex reads), numbers with slashes or dashes (case and phone
  numbers), vague words ("dozens", "thousands"), "one of the ...".
* Negated figures are skipped.

What is counted, the period, the source and the status of a figure: kg.statistic_record.
The word lists: kg.statistic_words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.doc_tables import ancestors, char_span, children, words
from kg.model import Article, Statistic
from kg.statistic_record import SentenceReader, number_tokens
from kg.statistic_words import (CASE_NOUNS, CHANGE_VERBS, CUES, CURRENCIES, DECREASE, FOLDS, INCREASE, MULTIPLIERS,
                                NOT_COUNTED, NUMBER_WORDS, PENALTY_WORDS, PERCENT, PERSON_NOUNS, SCALES, TOTAL_WORDS,
                                VAGUE)
from kg.timex import to_date


def find_statistics(doc: Doc, article: Article, mentions, sentences) -> list[Statistic]:
    """Every statistic of the article, sentence by sentence (see the module docstring)."""
    anchor = to_date(article.published)
    found: list[Statistic] = []
    table = words(doc)
    for start, end in sentences:
        span = char_span(doc, start, end)
        if span is None or not any(table.lower[i] in FOLDS or table.lemma[i] in MULTIPLIERS or table.tokens[i].like_num
                                   for i in range(span.start, span.end)):
            continue
        # the rules look at mentions that share a character with the sentence only
        inside = [m for m in mentions if m.start < span.end_char and span.start_char < m.end]
        found += _Sentence(article, span, (start, end), inside, anchor).statistics()
    return found


class _Sentence(SentenceReader):
    """One sentence being read by the rules that find its figures."""

    def __init__(self, *args):
        super().__init__(*args)
        self.used: set[int] = set()  # tokens already read as part of a figure

    def statistics(self) -> list[Statistic]:
        table = words(self.doc)  # the Doc's tokens, made once (not once per pass over the sentence)
        tokens = table.tokens[self.span.start:self.span.end]
        # the numbers of changes are not counts too (changes() reads verbs only)
        found = [s for token in tokens if table.pos[token.i] == "VERB" for s in self.changes(token) if s is not None]
        numbers = [t for t in tokens if t.like_num]
        self.used |= {t.i for t in (_total_before(n) for n in numbers) if t is not None}
        for token in numbers:
            if token.i not in self.used and self.countable(token):
                found += [s for s in [self.quantity(token)] if s is not None]
        return found

    # --- the rules ----------------------------------------------------------------------------

    def changes(self, verb: Token) -> list[Statistic | None]:
        if verb.pos_ != "VERB":
            return []
        lemma = verb.lemma_.lower()
        counted = self.subject_noun(verb) if lemma in CHANGE_VERBS else None
        if counted is None or _negated(verb) or counted.lemma_.lower() in NOT_COUNTED:
            return []
        trend = _trend_of(lemma) or "stable"
        times = next((c for c in children(verb) if c.lower_ == "times"), None)
        factor = MULTIPLIERS.get(lemma) or next((FOLDS[c.lower_] for c in children(verb) if c.lower_ in FOLDS), None)
        factor = factor or (_number_value(times) if times is not None else None)
        preps = [c for c in children(verb) if c.dep_ == "prep" and c.lower_ in ("by", "to", "from")]
        preps += [g for c in preps for g in (*c.conjuncts, *children(c)) if g.dep_ in ("prep", "conj")]
        levels = [o for p in preps if p.lower_ in ("by", "to") for o in children(p) if o.dep_ == "pobj"]
        levels = [o for o in levels if self.amount(o)[0] is not None]
        if factor is not None and not any(o.head.lower_ == "to" for o in levels):
            self.used |= {t.i for t in times.subtree} if times is not None else set()
            return [self.record(factor, None, "times", counted, verb, "statistic.multiplier.v1", 0.75, trend)]
        found = []
        for level in levels:
            value, unit = self.amount(level)
            self.used |= {t.i for t in level.subtree}
            found.append(self.record(value, None, unit or _unit(counted), counted, level, "statistic.change.v1", 0.7,
                                     trend))
        return found

    def quantity(self, number: Token) -> Statistic | None:
        """A number counting something: "571 of 762 cases", "75% of cases", "15,000 detentions"."""
        head = number.head
        if head.lower_ in PERCENT:
            counted = self.of_noun(head) or self.of_noun(number) or self.subject_noun(head.head)
            if counted is None:
                return None
            self.used |= {t.i for t in head.subtree if t.like_num}
            return self.record(_number_value(number), None, "percent", counted, number,
                               "statistic.percent.v1", 0.75, _trend(head))
        total = _total_after(number) or _total_before(number)  # "312 of 540 cases", "out of 100 defendants, 98"
        counted = total.head if total is not None and total.dep_ == "nummod" else self.of_noun(number)
        if counted is not None and (number.dep_ != "nummod" or total is not None):  # "six of its journalists"
            total = total or next((c for c in children(counted) if c.dep_ == "nummod" and c.like_num), None)
            if total is None and (number.lower_ in ("one", "1") or not self.signs(number, counted)):
                return None  # "one of the last independent newspapers"
            self.used |= {number.i} | ({total.i} if total is not None else set())
            return self.record(_number_value(number), _number_value(total), _unit(counted), counted,
                               number, "statistic.ratio.v1", 0.8, _trend(counted))
        if number.dep_ in ("compound", "nummod", "quantmod") and head.lower_ in SCALES:
            head = head.head
        if number.dep_ in ("nummod", "compound", "quantmod") and head.pos_ in ("NOUN", "PROPN"):
            return self.count(number, head)
        return None

    def count(self, number: Token, noun: Token) -> Statistic | None:
        if noun.lemma_.lower() in NOT_COUNTED or number.lower_ in VAGUE or _negated(noun) or _negated(noun.head):
            return None
        value, unit = self.amount(noun)
        signs = self.signs(number, noun)
        if value is None or not signs or (value < 3 and unit is None and signs < 2):
            return None  # "two poisonings, in 2015 and 2017" is a story; "only two acquittals since 2015" counts
        if unit in CURRENCIES.values() and not self.total_money():
            return None
        self.used |= {t.i for t in noun.subtree if t.like_num}
        return self.record(value, None, unit or _unit(noun), noun, number, "statistic.count.v1",
                           0.6 + 0.05 * min(signs, 3), _trend(noun))

    # --- reading the sentence -------------------------------------------------------------------

    def amount(self, noun: Token) -> tuple[float | None, str | None]:
        """The number counting `noun` and the unit it implies ("percent", a currency)."""
        numbers = [c for c in children(noun) if c.like_num and c.dep_ in ("nummod", "quantmod", "compound")]
        numbers = numbers or ([noun] if noun.like_num else [])
        if not numbers or not all(self.countable(n) for n in numbers):
            return None, None
        words = number_tokens(numbers[0]) + ([noun] if noun.lower_ in SCALES else [])
        around = [t.lower_ for t in (*children(noun), noun, *children(numbers[0]))]
        unit = "percent" if noun.lower_ in PERCENT else next(
            (CURRENCIES[w.rstrip("s")] for w in around if w.rstrip("s") in CURRENCIES), None)
        return _value(words), unit

    def subject_noun(self, verb: Token) -> Token | None:
        subject = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            return None
        if subject.lemma_.lower() in ("number", "share", "proportion", "count", "total", "amount"):
            return self.of_noun(subject)  # "the number of X" counts X
        return subject

    def of_noun(self, token: Token) -> Token | None:
        prep = next((c for c in children(token) if c.dep_ == "prep" and c.lower_ in ("of", "out")), None)
        if prep is not None and prep.lower_ == "out":
            prep = next((c for c in children(prep) if c.lower_ == "of"), None)
        noun = next((c for c in children(prep) if c.dep_ == "pobj"), None) if prep is not None else None
        return noun if noun is not None and noun.pos_ in ("NOUN", "PROPN") else None

    def signs(self, number: Token, noun: Token) -> int:
        """How many signs say a count is a statistic (see the module docstring)."""
        words = {t.lower_ for t in number.subtree} | {t.lower_ for t in noun.lefts}
        words |= {t.lemma_.lower() for t in ancestors(noun) if t.pos_ == "VERB"}
        when = self.period([noun, number])
        return sum([bool(words & CUES), when is not None and when.granularity not in ("day", "week"),
                    self.source(noun) is not None, _trend(noun) is not None])

    def total_money(self) -> bool:
        lemmas = {t.lemma_.lower() for t in self.span}
        return bool(lemmas & TOTAL_WORDS) and not lemmas & PENALTY_WORDS


def _total_after(number: Token) -> Token | None:
    """The N of "<number> of N" / "<number> out of N"."""
    doc, i = number.doc, number.i + 1
    i += i < len(doc) and doc[i].lower_ == "out"
    if i + 1 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].like_num:
        return doc[i + 1]
    return None


def _total_before(number: Token) -> Token | None:
    """The N of "Out of N <things>, <number> were ..."."""
    if number.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for prep in (c for c in children(number.head) if c.dep_ == "prep" and c.i < number.i and c.lower_ in ("out", "of")):
        for noun in (t for t in prep.subtree if t.dep_ == "pobj"):
            total = next((c for c in children(noun) if c.dep_ == "nummod" and c.like_num), None)
            if total is not None:
                return total
    return None


def _unit(noun: Token) -> str:
    lemma = noun.lemma_.lower()
    return "case" if lemma in CASE_NOUNS else "person" if lemma in PERSON_NOUNS else lemma


def _trend(token: Token) -> str | None:
    verb = next((t for t in (token, *ancestors(token)) if t.pos_ == "VERB"), None)
    return _trend_of(verb.lemma_.lower() if verb is not None else "")


def _trend_of(lemma: str) -> str | None:
    """"increase" or "decrease" for a verb of change of that trend, else None."""
    return "increase" if lemma in INCREASE else "decrease" if lemma in DECREASE else None


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("no", "none") for c in children(token))


def _number_value(token: Token | None) -> float | None:
    """The value of the number `token` heads ("three million"); None for no token or no number."""
    return _value(number_tokens(token))


def _value(tokens: list[Token]) -> float | None:
    value = None
    for t in tokens:
        word = t.lower_.replace(",", "")
        if word in SCALES:
            value = (value or 1) * SCALES[word]
        elif word in NUMBER_WORDS:
            value = (value or 0) + NUMBER_WORDS[word]
        else:
            try:
                value = float(word)
            except ValueError:
                continue
    return value
