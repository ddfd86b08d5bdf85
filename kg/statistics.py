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
* The period is a time expression (kg.timex, anchored on the publication date) that belongs to
  the figure's own clause ("in 2017" in "75% of cases opened in 2017", not "this year" of the
  next clause), else the nearest one; periods beat days, and a day on the reporting verb ("said
  on Friday") is the date of the report. A year is never invented: an expression kg.timex
  cannot resolve (no publication date) is dropped.
* The source is the actor named in "according to X", as the subject of a reporting verb ("X
  said", "X counted") or as the owner of the data ("X's figures", "data from X").
* The status is "Predicted" under a modal or future ("could fall by 40 percent"); negated
  figures are skipped.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from kg import timex
from kg.model import Article, Evidence, Mention, Statistic, When
from kg.components.candidates import text_of
from kg.doc_tables import words

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
                "fifty": 50, "hundred": 100}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mln": 1e6, "bn": 1e9}
VAGUE = {"dozen", "dozens", "hundreds", "thousands", "millions", "billions", "scores"}
MULTIPLIERS = {"double": 2, "triple": 3, "treble": 3, "quadruple": 4, "quintuple": 5, "halve": 0.5}
FOLDS = {"twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "tenfold": 10}
INCREASE = {"rise", "increase", "grow", "jump", "climb", "soar", "surge", "rocket", "multiply", *MULTIPLIERS} - {"halve"}
DECREASE = {"fall", "drop", "decline", "decrease", "shrink", "plunge", "plummet", "halve", "slump", "dip", "sink"}
STABLE = {"stabilize", "stabilise", "plateau"}
CHANGE_VERBS = INCREASE | DECREASE | STABLE
REPORTING = {"say", "report", "state", "count", "record", "estimate", "note", "tell", "write", "publish", "announce",
             "register", "calculate", "tally", "claim", "show", "reveal", "document", "cite"}
SOURCE_NOUNS = {"data", "figure", "statistic", "statistics", "report", "study", "estimate", "count", "tally",
                "survey", "calculation", "record", "research"}
CUES = {"total", "totalling", "totaling", "altogether", "record", "least", "more", "nearly", "almost", "about",
        "around", "approximately", "some", "over", "roughly", "estimated", "count", "record", "register", "tally",
        "number", "than", "overall", "only", "just", "estimate"}
CASE_NOUNS = {"case", "prosecution", "proceeding", "conviction", "charge", "investigation", "lawsuit", "trial",
              "sentence", "verdict", "acquittal", "complaint", "application", "appeal"}
PERSON_NOUNS = {"people", "person", "individual", "user", "journalist", "activist", "defendant", "prisoner",
                "detainee", "citizen", "protester", "protestor", "believer", "member", "resident", "blogger",
                "lawyer", "student", "teacher", "employee", "official", "suspect", "convict", "victim", "man",
                "woman", "child", "minor", "subscriber", "reader", "viewer", "contributor"}
NOT_COUNTED = {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "night", "age",
               "time", "percent", "%", "law"}
CURRENCIES = {"ruble": "RUB", "rouble": "RUB", "rub": "RUB", "₽": "RUB", "dollar": "USD", "$": "USD",
              "usd": "USD", "euro": "EUR", "€": "EUR", "eur": "EUR"}
PENALTY_WORDS = {"fine", "penalty", "penalize", "penalise", "sentence", "bail", "compensation", "damages", "pay"}
PERCENT = {"%", "percent", "pct", "percentage"}
MODALS = {"will", "would", "could", "may", "might", "should", "can", "ca", "shall"}
CODE_LIKE = re.compile(r"\d[/\-]\d|^\+|\d-[A-Za-zА-Яа-я]")
RANK = {"interval": 0, "half": 1, "quarter": 1, "year": 2, "month": 2, "season": 2, "decade": 3, "week": 4, "day": 5}
ACTORS = ("Person", "Organization", "GovernmentBody", "Court")


def find_statistics(doc: Doc, article: Article, mentions, sentences) -> list[Statistic]:
    """Every statistic of the article, sentence by sentence (see the module docstring)."""
    anchor = _date(article.published)
    found: list[Statistic] = []
    table = words(doc)
    for start, end in sentences:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not any(table.lower[i] in FOLDS or table.lemma[i] in MULTIPLIERS or table.tokens[i].like_num
                                   for i in range(span.start, span.end)):
            continue
        # the rules look at mentions that share a character with the sentence only
        inside = [m for m in mentions if m.start < span.end_char and span.start_char < m.end]
        found += _Sentence(article, span, (start, end), inside, anchor).statistics()
    return found


def _date(published: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(published) if published and len(published) == 10 else None
    except ValueError:
        return None


class _Sentence:
    """One sentence being read, and what its rules share."""

    def __init__(self, article: Article, span: Span, bounds, mentions: list[Mention], anchor: dt.date | None):
        self.article, self.span, self.doc, self.bounds = article, span, span.doc, bounds
        self.mentions, self.anchor, self._times = mentions, anchor, None
        self.used: set[int] = set()

    @property
    def times(self) -> list[tuple[int, int, timex.Timex]]:
        """The sentence's time expressions (start, end, Timex), read when first needed: most
        sentences with a number never need them."""
        if self._times is None:
            start, end = self.bounds
            self._times = [(start + t.start, start + t.end, t) for t in timex.find(text_of(self.doc)[start:end],
                                                                                    self.anchor)]
        return self._times

    def statistics(self) -> list[Statistic]:
        # the numbers of changes are not counts too
        found = [s for token in self.span for s in self.changes(token) if s is not None]
        self.used |= {t.i for t in (_total_before(n) for n in self.span if n.like_num) if t is not None}
        for token in self.span:
            if token.i not in self.used and token.like_num and self.countable(token):
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
        trend = "increase" if lemma in INCREASE else "decrease" if lemma in DECREASE else "stable"
        times = next((c for c in verb.children if c.lower_ == "times"), None)
        factor = MULTIPLIERS.get(lemma) or next((FOLDS[c.lower_] for c in verb.children if c.lower_ in FOLDS), None)
        factor = factor or (_value(_number_tokens(times)) if times is not None else None)
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("by", "to", "from")]
        preps += [g for c in preps for g in (*c.conjuncts, *c.children) if g.dep_ in ("prep", "conj")]
        levels = [o for p in preps if p.lower_ in ("by", "to") for o in p.children if o.dep_ == "pobj"]
        levels = [o for o in levels if self.amount(o)[0] is not None]
        if factor is not None and not any(o.head.lower_ == "to" for o in levels):
            self.used |= {t.i for t in times.subtree} if times is not None else set()
            return [self.make(factor, None, "times", counted, verb, "statistic.multiplier.v1", 0.75, trend)]
        found = []
        for level in levels:
            value, unit = self.amount(level)
            self.used |= {t.i for t in level.subtree}
            found.append(self.make(value, None, unit or _unit(counted), counted, level, "statistic.change.v1", 0.7,
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
            return self.make(_value(_number_tokens(number)), None, "percent", counted, number,
                             "statistic.percent.v1", 0.75, _trend(head))
        total = _total_after(number) or _total_before(number)  # "312 of 540 cases", "out of 100 defendants, 98"
        counted = total.head if total is not None and total.dep_ == "nummod" else self.of_noun(number)
        if counted is not None and (number.dep_ != "nummod" or total is not None):  # "six of its journalists"
            total = total or next((c for c in counted.children if c.dep_ == "nummod" and c.like_num), None)
            if total is None and (number.lower_ in ("one", "1") or not self.signs(number, counted)):
                return None  # "one of the last independent newspapers"
            self.used |= {number.i} | ({total.i} if total is not None else set())
            return self.make(_value(_number_tokens(number)), _value(_number_tokens(total)), _unit(counted), counted,
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
        return self.make(value, None, unit or _unit(noun), noun, number, "statistic.count.v1",
                         0.6 + 0.05 * min(signs, 3), _trend(noun))

    # --- reading the sentence -------------------------------------------------------------------

    def countable(self, token: Token) -> bool:
        """Not a date, a year, a number of a name, a case or phone number, an ordinal."""
        if token.ent_type_ in ("DATE", "TIME", "ORDINAL") or CODE_LIKE.search(token.text):
            return False
        idx = token.idx
        if any(m.start <= idx < m.end for m in self.mentions) or any(s <= idx < e for s, e, _ in self.times):
            return False
        previous = token.doc[token.i - 1].lower_ if token.i > 0 else ""
        return previous not in ("no", "no.", "number", "#", "article", "part", "paragraph")

    def amount(self, noun: Token) -> tuple[float | None, str | None]:
        """The number counting `noun` and the unit it implies ("percent", a currency)."""
        numbers = [c for c in noun.children if c.like_num and c.dep_ in ("nummod", "quantmod", "compound")]
        numbers = numbers or ([noun] if noun.like_num else [])
        if not numbers or not all(self.countable(n) for n in numbers):
            return None, None
        words = _number_tokens(numbers[0]) + ([noun] if noun.lower_ in SCALES else [])
        around = [t.lower_ for t in (*noun.children, noun, *numbers[0].children)]
        unit = "percent" if noun.lower_ in PERCENT else next(
            (CURRENCIES[w.rstrip("s")] for w in around if w.rstrip("s") in CURRENCIES), None)
        return _value(words), unit

    def subject_noun(self, verb: Token) -> Token | None:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            return None
        if subject.lemma_.lower() in ("number", "share", "proportion", "count", "total", "amount"):
            return self.of_noun(subject)  # "the number of X" counts X
        return subject

    def of_noun(self, token: Token) -> Token | None:
        prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "out")), None)
        if prep is not None and prep.lower_ == "out":
            prep = next((c for c in prep.children if c.lower_ == "of"), None)
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        return noun if noun is not None and noun.pos_ in ("NOUN", "PROPN") else None

    def signs(self, number: Token, noun: Token) -> int:
        """How many signs say a count is a statistic (see the module docstring)."""
        words = {t.lower_ for t in number.subtree} | {t.lower_ for t in noun.lefts}
        words |= {t.lemma_.lower() for t in noun.ancestors if t.pos_ == "VERB"}
        when = self.period(noun, [noun, number])
        return sum([bool(words & CUES), when is not None and when.granularity not in ("day", "week"),
                    self.source(noun) is not None, _trend(noun) is not None])

    def total_money(self) -> bool:
        lemmas = {t.lemma_.lower() for t in self.span}
        return bool(lemmas & {"total", "totalling", "totaling", "altogether", "combined"}) and \
            not lemmas & PENALTY_WORDS

    def period(self, anchor: Token, own: list[Token]) -> When | None:
        """The period the figure covers (see the module docstring)."""
        targets = {t.i for t in own}
        lo, hi = min(t.idx for t in own), max(t.idx + len(t) for t in own)
        ranked = []
        for start, end, t in self.times:
            first = next((tok for tok in self.span if start <= tok.idx < end), None)
            if t.value is None or first is None:
                continue
            if t.granularity in ("day", "week") and first.head.lemma_.lower() in REPORTING:
                continue  # the date of the report
            attached = _attached(first, targets)
            gap = max(lo - end, start - hi, 0)
            ranked.append((not attached, RANK.get(t.granularity, 3) if attached else gap, gap, t))
        if not ranked:
            return None
        t = min(ranked, key=lambda r: r[:3])[3]
        return When(t.value, t.begin, t.last, t.granularity, t.text)

    def source(self, anchor: Token) -> str | None:
        """The actor the figure is attributed to: "according to X", "X said", "X's data", "data from X"."""
        places = [o for t in self.span if t.lower_ == "according" for p in t.children if p.lower_ == "to"
                  for o in p.children if o.dep_ == "pobj"]
        places += [c for t in (anchor, *anchor.ancestors) if t.pos_ == "VERB" and t.lemma_.lower() in REPORTING
                   for c in t.children if c.dep_ in ("nsubj", "agent")]
        places += [c for t in self.span if t.lemma_.lower() in SOURCE_NOUNS for c in t.children if c.dep_ == "poss"]
        places += [o for t in self.span if t.lemma_.lower() in SOURCE_NOUNS for p in t.children
                   if p.lower_ in ("from", "by") for o in p.children if o.dep_ == "pobj"]
        for place in places:
            start, end = _bounds(list(place.subtree))
            inside = [m for m in self.mentions if m.start < end and start < m.end and m.type in ACTORS]
            head = [m for m in inside if m.start <= place.idx < m.end]
            if head or inside:
                return (head or sorted(inside, key=lambda m: m.start - m.end))[0].entity
        return None

    def counts(self, noun: Token, anchor: Token, numbers: set[int]) -> list[Token]:
        """What is counted: the noun with its modifiers and clause ("cases opened on charges of
        extremism", "people convicted under Article 280"), without times, sources, examples,
        the figure itself and a parallel figure further on ("... and 48 people under ...")."""
        left = {t.i for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod", "poss") and c.pos_ != "PRON"
                for t in c.subtree}
        right = {i for c in noun.rights if c.dep_ in ("prep", "acl", "relcl", "cc", "conj") for i in self.clause(c)}
        after = self.doc[noun.i + 1] if noun.i + 1 < self.span.end else None
        if after is not None and after.tag_ == "VBN" and after.head != noun and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in after.children):
            right |= self.clause(after)  # "cases opened in 2017 under ...", parsed as a clause of the main verb
        verb = _clause_verb(noun, anchor)
        tail = {i for c in verb.children if c.dep_ in ("prep", "dobj", "agent") and c.i > max(verb.i, noun.i)
                for i in self.clause(c)} if verb is not None else set()
        stop = next((t.i for t in self.span if t.i > noun.i and t.i not in numbers and t.like_num
                     and t.head.lemma_ == noun.lemma_ and self.countable(t)), self.span.end)
        middle = [verb.i] if verb is not None and verb.lemma_.lower() not in REPORTING else []
        if verb is not None and verb.i < noun.i:  # "detained 1,300 people in 50 cities" -> "people detained in ..."
            joined = {i for c in noun.rights if c.dep_ in ("cc", "conj") for i in self.clause(c)}
            order = [*sorted(left | {noun.i} | joined), *middle, *sorted((right | tail) - joined)]
        else:  # "cases against bloggers were opened on charges ..." -> "cases against bloggers opened on ..."
            order = [*sorted(left | {noun.i}), *sorted(right - tail), *middle, *sorted(tail - right)]
        return [self.doc[i] for i in dict.fromkeys(order) if i not in numbers and i < stop]

    def clause(self, token: Token) -> set[int]:
        """The subtree of `token` without the branches that are times, sources or examples."""
        keep, stack = set(), [token]
        while stack:
            t = stack.pop()
            if self.relevant(t):
                keep.add(t.i)
                stack.extend(t.children)
        return keep

    def relevant(self, token: Token) -> bool:
        """Not a time, a source, an example, a remark in brackets or a coordinated clause."""
        if token.lower_ in ("according", "including", "among", "such") or token.dep_ == "appos":
            return False
        if token.dep_ in ("conj", "cc") and token.head.pos_ in ("VERB", "AUX") or self.bracketed(token):
            return False
        first = token.doc[token.i + 1] if token.dep_ == "prep" and token.i + 1 < len(token.doc) else token
        return not any(s <= first.idx < e for s, e, _ in self.times)

    def bracketed(self, token: Token) -> bool:
        depth = 0
        for t in self.span:
            if t.i >= token.i:
                return depth > 0 or t.text in "()"
            depth += (t.text == "(") - (t.text == ")")
        return False

    def make(self, value, total, unit, noun: Token, anchor: Token, rule: str, conf: float, trend) -> Statistic | None:
        """The statistic, or None when its number cannot be read as a value ("137th out of 180")."""
        if value is None:
            return None
        numbers = {t.i for t in (*_number_tokens(anchor), *(c for c in noun.children if c.dep_ == "nummod"))
                   if t.like_num or t.lower_ in SCALES}
        tokens = self.counts(noun, anchor, numbers)
        spans = [(t.idx, t.idx + len(t)) for t in tokens]
        about = [m.entity for m in self.mentions if any(s <= m.start < e for s, e in spans)
                 and any(s < m.end <= e for s, e in spans)]
        source, when = self.source(anchor), self.period(anchor, [*tokens, anchor])
        start, end = _bounds([*tokens, anchor, *(self.doc[i] for i in numbers)])
        conf = round(min(0.95, conf + 0.05 * (source is not None) + 0.05 * (when is not None)), 2)
        evidence = Evidence(self.article.id, start, end, self.bounds, rule, conf)
        return Statistic(float(value), _join(tokens), evidence, float(total) if total is not None else None, unit,
                         when, trend, tuple(k for k in dict.fromkeys(about) if k != source), source,
                         "Predicted" if _modal(anchor) else "Asserted")


def _clause_verb(noun: Token, anchor: Token) -> Token | None:
    """The verb saying what happened to the counted things ("were opened"), if it reads as a participle."""
    holders = (noun, anchor, anchor.head) if anchor.head.lower_ in PERCENT else (noun, anchor)
    subject = next((t for t in holders if t.dep_ in ("nsubjpass", "nsubj")), None)
    if subject is not None:
        verb = subject.head
    elif noun.dep_ in ("dobj", "conj") or anchor.dep_ == "dobj":
        verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
        verb = verb if verb is not None and verb.tag_ in ("VBN", "VBD") else None  # not "to take down"
    else:
        return None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() in CHANGE_VERBS | {"be", "have"}:
        return None
    return verb


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
    for prep in (c for c in number.head.children if c.dep_ == "prep" and c.i < number.i and c.lower_ in ("out", "of")):
        for noun in (t for t in prep.subtree if t.dep_ == "pobj"):
            total = next((c for c in noun.children if c.dep_ == "nummod" and c.like_num), None)
            if total is not None:
                return total
    return None


def _attached(token: Token, targets: set[int]) -> bool:
    """`token` hangs on one of `targets` without crossing another clause."""
    for t in (token, *token.ancestors):
        if t.i in targets:
            return True
        if t is not token and t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return False
    return False


def _unit(noun: Token) -> str:
    lemma = noun.lemma_.lower()
    return "case" if lemma in CASE_NOUNS else "person" if lemma in PERSON_NOUNS else lemma


def _trend(token: Token) -> str | None:
    verb = next((t for t in (token, *token.ancestors) if t.pos_ == "VERB"), None)
    lemma = verb.lemma_.lower() if verb is not None else ""
    return "increase" if lemma in INCREASE else "decrease" if lemma in DECREASE else None


def _join(tokens: list[Token]) -> str:
    """The tokens as text: their own spacing where they are adjacent, one space elsewhere; lowercased."""
    out = ""
    for a, b in zip(tokens, [*tokens[1:], None]):
        out += a.text + (a.whitespace_ if b is not None and b.i == a.i + 1 else " ")
    out = " ".join(out.split()).strip(" ,;:-")
    return re.sub(r"\s+(?:and|or)$", "", out).lower()


def _bounds(tokens: list[Token]) -> tuple[int, int]:
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("no", "none") for c in token.children)


def _modal(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in MODALS for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")
               for c in t.children)


def _number_tokens(token: Token | None) -> list[Token]:
    """The words of one number: "three million", "7.2 billion", "15,000"."""
    if token is None:
        return []
    parts = [c for c in token.children if (c.like_num or c.lower_ in SCALES) and c.dep_ in ("compound", "quantmod",
                                                                                              "nummod")]
    return sorted([*parts, token], key=lambda t: t.i)


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
