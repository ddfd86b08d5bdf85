"""The record of one figure: what it counts, its period, source, topics, status and evidence.

kg.statistics finds a figure (a number, the noun it counts, the token it hangs on) and asks
`SentenceReader.record` to describe it as a `Statistic`:
* What is counted is the noun with its modifiers and clause ("criminal cases opened on charges
  of extremism"), without times, sources, examples, the figure itself and a parallel figure.
* The period is a time expression (kg.timex, anchored on the publication date) that belongs to
  the figure's own clause ("in 2017" in "75% of cases opened in 2017", not "this year" of the
  next clause), else the nearest one; periods beat days, and a day on the reporting verb ("said
  on Friday") is the date of the report. A year is never invented: an expression kg.timex
  cannot resolve (no publication date) is dropped.
* The source is the actor named in "according to X", as the subject of a reporting verb ("X
  said", "X counted") or as the owner of the data ("X's figures", "data from X").
* The topics (`about`) are the entities named inside what is counted, the source excepted.
* The status is "Predicted" under a modal or future ("could fall by 40 percent").
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from kg import timex
from kg.components.candidates import text_of
from kg.doc_tables import ancestors, children, words
from kg.model import Article, Evidence, Mention, Statistic, When
from kg.statistic_words import CHANGE_VERBS, MODALS, PERCENT, REPORTING, SCALES, SOURCE_NOUNS

CODE_LIKE = re.compile(r"\d[/\-]\d|^\+|\d-[A-Za-zА-Яа-я]")  # case, phone and law numbers: "2-123/2018", "149-FZ"
# how well a period of each granularity fits a figure attached to it: intervals first, days last
RANK = {"interval": 0, "half": 1, "quarter": 1, "year": 2, "month": 2, "season": 2, "decade": 3, "week": 4, "day": 5}
ACTORS = ("Person", "Organization", "GovernmentBody", "Court")  # mention types that can be a source


class SentenceReader:
    """One sentence being read: its time expressions and mentions, and how to describe a figure in it."""

    def __init__(self, article: Article, span: Span, bounds, mentions: list[Mention], anchor: dt.date | None):
        self.article, self.span, self.doc, self.bounds = article, span, span.doc, bounds
        self.mentions, self.anchor, self._times = mentions, anchor, None

    @property
    def times(self) -> list[tuple[int, int, timex.Timex]]:
        """The sentence's time expressions (start, end, Timex), read when first needed: most
        sentences with a number never need them."""
        if self._times is None:
            start, end = self.bounds
            self._times = [(start + t.start, start + t.end, t) for t in timex.find(text_of(self.doc)[start:end],
                                                                                    self.anchor)]
        return self._times

    def countable(self, token: Token) -> bool:
        """Not a date, a year, a number of a name, a case or phone number, an ordinal."""
        if token.ent_type_ in ("DATE", "TIME", "ORDINAL") or CODE_LIKE.search(token.text):
            return False
        idx = token.idx
        if any(m.start <= idx < m.end for m in self.mentions) or any(s <= idx < e for s, e, _ in self.times):
            return False
        previous = token.doc[token.i - 1].lower_ if token.i > 0 else ""
        return previous not in ("no", "no.", "number", "#", "article", "part", "paragraph")

    def period(self, own: list[Token]) -> When | None:
        """The period the figure covers (see the module docstring)."""
        targets = {t.i for t in own}
        lo, hi = _bounds(own)
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
        table, indexes = words(self.doc), range(self.span.start, self.span.end)  # the sentence's words, read once
        places = [o for i in indexes if table.lower[i] == "according" for p in children(table.tokens[i])
                  if p.lower_ == "to" for o in children(p) if o.dep_ == "pobj"]
        places += [c for t in (anchor, *ancestors(anchor)) if t.pos_ == "VERB" and t.lemma_.lower() in REPORTING
                   for c in children(t) if c.dep_ in ("nsubj", "agent")]
        nouns = [table.tokens[i] for i in indexes if table.lemma[i] in SOURCE_NOUNS]
        places += [c for t in nouns for c in children(t) if c.dep_ == "poss"]
        places += [o for t in nouns for p in children(t) if p.lower_ in ("from", "by") for o in children(p)
                   if o.dep_ == "pobj"]
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
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children(after)):
            right |= self.clause(after)  # "cases opened in 2017 under ...", parsed as a clause of the main verb
        verb = _clause_verb(noun, anchor)
        tail = {i for c in children(verb) if c.dep_ in ("prep", "dobj", "agent") and c.i > max(verb.i, noun.i)
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
                stack.extend(children(t))
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

    def record(self, value, total, unit, noun: Token, anchor: Token, rule: str, conf: float, trend) -> Statistic | None:
        """The statistic, or None when its number cannot be read as a value ("137th out of 180")."""
        if value is None:
            return None
        numbers = {t.i for t in (*number_tokens(anchor), *(c for c in children(noun) if c.dep_ == "nummod"))
                   if t.like_num or t.lower_ in SCALES}
        tokens = self.counts(noun, anchor, numbers)
        spans = [(t.idx, t.idx + len(t)) for t in tokens]
        about = [m.entity for m in self.mentions if any(s <= m.start < e for s, e in spans)
                 and any(s < m.end <= e for s, e in spans)]
        source, when = self.source(anchor), self.period([*tokens, anchor])
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
        verb = next((a for a in ancestors(noun) if a.pos_ == "VERB"), None)
        verb = verb if verb is not None and verb.tag_ in ("VBN", "VBD") else None  # not "to take down"
    else:
        return None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() in CHANGE_VERBS | {"be", "have"}:
        return None
    return verb


def _attached(token: Token, targets: set[int]) -> bool:
    """`token` hangs on one of `targets` without crossing another clause."""
    for t in (token, *ancestors(token)):
        if t.i in targets:
            return True
        if t is not token and t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in children(t)):
            return False
    return False


def _join(tokens: list[Token]) -> str:
    """The tokens as text: their own spacing where they are adjacent, one space elsewhere; lowercased."""
    out = ""
    for a, b in zip(tokens, [*tokens[1:], None]):
        out += a.text + (a.whitespace_ if b is not None and b.i == a.i + 1 else " ")
    out = " ".join(out.split()).strip(" ,;:-")
    return re.sub(r"\s+(?:and|or)$", "", out).lower()


def _bounds(tokens: list[Token]) -> tuple[int, int]:
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def _modal(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in MODALS for t in (token, *ancestors(token)) if t.pos_ in ("VERB", "AUX")
               for c in children(t))


def number_tokens(token: Token | None) -> list[Token]:
    """The words of one number: "three million", "7.2 billion", "15,000"."""
    if token is None:
        return []
    parts = [c for c in children(token) if (c.like_num or c.lower_ in SCALES) and c.dep_ in ("compound", "quantmod",
                                                                                              "nummod")]
    return sorted([*parts, token], key=lambda t: t.i)
