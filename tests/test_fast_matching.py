"""kg's cheaper rule matching finds exactly what the straightforward matching finds.

Two shortcuts: the entity patterns run through kg.components.fast_matcher (word lists as
lexeme flags, plain set tests, only the rules a Doc's words allow, only over the windows where they
can match), checked against spaCy's own Matcher on the seeds, the dev articles, generated articles
and made Docs of the patterns' words; and kg.timex skips the scan of a
rule when the text holds none of the words every match of the rule contains (kg.timex_data.NEEDS)
or no match of its cue (kg.timex_data.CUES), and tries a rule only where its start hint matches
(kg.timex_data.STARTS; LOWER_STARTS, in the lower-cased text), checked against the full scan on table
texts, the articles, and random ones made of those words, odd-case letters (dotless i, long s, Kelvin
sign) included.
"""

from __future__ import annotations

import datetime as dt
import json
import importlib.util
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.matcher import Matcher

from kg import ingest, timex, timex_rules
from kg.components.fast_matcher import FastMatcher, TokenSetTest
from kg.components.patterns import PatternFinder, load_patterns

REPO = Path(__file__).resolve().parent.parent


def article_texts() -> list[str]:
    found = [a.text for a in ingest.read_inputs([REPO / "seeds", REPO / "tests" / "devset" / "dev"])
             if not isinstance(a, ingest.Skipped)]
    spec = importlib.util.spec_from_file_location("bench_corpus", REPO / "benchmarks" / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    return found + [r["text"] for r in corpus.generate(12, seed=5)]


@pytest.fixture(scope="module")
def docs(nlp):
    with nlp.select_pipes(disable=["kg_entities"]):
        return list(nlp.pipe(article_texts()))


def test_patterns_match_as_spacy_matcher(nlp, docs):
    rows = load_patterns()
    plain = Matcher(nlp.vocab)
    for row in rows:
        plain.add(row["id"], [row["pattern"]], greedy="LONGEST")
    fast = FastMatcher(nlp.vocab, [(row["id"], row["pattern"]) for row in rows])
    assert any(isinstance(p, TokenSetTest) for p in fast.matcher(fast.everything)._extra_predicates)
    total = skipped = 0
    for doc in docs:
        expected = plain(doc)
        assert fast(doc) == expected
        total, skipped = total + len(expected), skipped + len(rows) - len(fast.possible(doc))
    assert total > 100 and skipped > 0  # the texts exercise the patterns and the shortcut


def test_flags_are_shared_by_pattern_finders(nlp):
    PatternFinder(nlp.vocab, load_patterns())
    flags = set(nlp.vocab.lex_attr_getters)
    PatternFinder(nlp.vocab, load_patterns())  # a second recognizer on the same vocab adds no flag
    assert set(nlp.vocab.lex_attr_getters) == flags


def test_bad_pattern_still_rejected(nlp):
    from spacy.errors import MatchPatternError

    with pytest.raises(MatchPatternError):
        PatternFinder(nlp.vocab, [{"id": "bad", "type": "Law", "pattern": [{"LOWER": {"IN": "law"}, "OP": "!!"}]}])


def outcome(text: str, anchor):
    """What kg.timex.find gives: its expressions, or the kind of error it raises."""
    try:
        return timex.find(text, anchor)
    except Exception as err:  # "ſoon" is read as a vague word that VAGUE does not list
        return type(err).__name__


def full_scan(text: str, anchor):
    """outcome() without the NEEDS and CUES shortcuts."""
    saved = timex_rules.RULES
    timex_rules.RULES = [(pattern, handler, ((), ()), None, None) for pattern, handler, *_ in saved]
    try:
        return outcome(text, anchor)
    finally:
        timex_rules.RULES = saved


ANCHOR = dt.date(2019, 8, 21)


@pytest.mark.parametrize("text", [
    "The court ruled on 21 February 2018, two years ago, and again in May.",
    "Q3 2018 and H1 2019 figures; the first half of this year; the 1990s.",
    "Recently, soon, at present; the next day; last Friday; earlier this month; in the spring.",
    "He said it SOON, on MONDAY (not a date: upper case), Sept. 20 and 2012-2017.",
    "ſoon, \u212alater, earlıer: letters that IGNORECASE folds unlike str.lower.",
    "Article 2017 and 2017 rubles are not years; 2018-09-20 and 20.09.2018 are dates.",
], ids=["dates", "parts", "relative", "case", "odd-case", "blocked"])
def test_timex_shortcut_table(text):
    assert outcome(text, ANCHOR) == full_scan(text, ANCHOR)


def test_timex_shortcut_articles():
    texts = article_texts()
    assert all(outcome(text, ANCHOR) == full_scan(text, ANCHOR) for text in texts)
    assert sum(len(outcome(text, ANCHOR)) for text in texts) > 500  # the articles exercise the rules


WORDS = ["on", "in", "the", "since", "last", "next", "this", "two", "days", "years", "ago", "later", "earlier",
         "May", "may", "March", "Sept.", "21", "2018", "1990s", "’90s", "Q3", "H1", "first", "half", "quarter",
         "of", "year", "week", "Friday", "FRIDAY", "today", "spring", "fall", "recently", "soon", "currently",
         "at", "present", "near", "future", "following", "previous", "-", ",", ".", "ſoon", "\u212a", "ı",
         "earlıer", "İn", "2012-2017", "2012 – 2017", "20.09.2018", "2018-09-20", "1.1.2019", "7-7", "19",
         # one example of each rule, so that a wrong NEEDS entry shows
         "two days ago", "three weeks later", "a year earlier", "the next day", "in May", "21 February",
         "Sept. 20, 2018", "March of 2022", "the 1990s", "the spring of 2022", "the second quarter of 2018",
         "last Friday", "earlier this year", "at present", "in the near future", "in recent years", "last May",
         "Q3 2018", "yesterday", "tonight", "lately",
         # near the start hints: ordinals, "of", "mid-", upper and mixed case, numbers that are no days
         "21st", "3RD", "of", "OF", "mid-March", "mid", "Mid", "coming", "Coming", "LAST", "This", "the", "The",
         "winter", "Winter", "a couple of", "a few", "several", "12", "123", "1234", "2019", "1899", "Q5", "H2",
         "2018-9-20", "1.12.2019", "In", "At", "PRESENT", "Recent", "years", "Following", "Preceding", "Sunday"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=10), st.sampled_from([" ", "  ", "\n", "-"]))
def test_timex_shortcut_random(words, sep):
    text = sep.join(words)
    assert outcome(text, ANCHOR) == full_scan(text, ANCHOR)
    assert outcome(text, None) == full_scan(text, None)


def test_spec_tests_hold_wherever_the_matcher_takes_a_token(nlp, docs):
    """kg.components.match_windows tests a spec on every token the Matcher takes for it (and on fewer than
    all: the windows are narrow)."""
    from kg.components.match_windows import Columns, Words, attributes, conditions, Rule

    rules = [Rule(row["pattern"]) for row in load_patterns()]
    specs = {json.dumps({k: v for k, v in spec.items() if k != "OP"}, sort_keys=True)
             for row in load_patterns() for spec in row["pattern"]}
    words, attrs = Words(rules), attributes(rules)
    narrower = 0
    for spec in map(json.loads, specs):
        one = Matcher(nlp.vocab)
        one.add("spec", [[spec]])
        for doc in docs[:40]:
            mask = Columns(doc, attrs, words).mask(conditions(spec))
            assert all(mask[start] for _, start, _ in one(doc)), spec
            narrower += not mask.all()
    assert narrower > len(specs)


TOKENS = [("Tagansky", "PROPN", "NNP", "O"), ("District", "PROPN", "NNP", "O"), ("Court", "PROPN", "NNP", "O"),
          ("court", "NOUN", "NN", "O"), ("of", "ADP", "IN", "O"), ("the", "DET", "DT", "O"),
          ("Moscow", "PROPN", "NNP", "B-GPE"), ("Russia", "PROPN", "NNP", "B-GPE"), ("law", "NOUN", "NN", "O"),
          ("Law", "PROPN", "NNP", "O"), ("on", "ADP", "IN", "O"), ("foreign", "ADJ", "JJ", "O"),
          ("agents", "NOUN", "NNS", "O"), ("passed", "VERB", "VBD", "O"), ("Ministry", "PROPN", "NNP", "O"),
          ("Justice", "PROPN", "NNP", "O"), ("'", "PUNCT", "''", "O"), ('"', "PUNCT", "``", "O"),
          ("v.", "ADP", "IN", "O"), ("and", "CCONJ", "CC", "O"), ("others", "NOUN", "NNS", "O"),
          (",", "PUNCT", ",", "O"), (".", "PUNCT", ".", "O"), ("so", "ADV", "RB", "O"), ("-", "PUNCT", "HYPH", "O"),
          ("called", "VERB", "VBN", "O"), ("Code", "PROPN", "NNP", "O"), ("Criminal", "PROPN", "NNP", "O"),
          ("Act", "PROPN", "NNP", "O"), ("FSB", "PROPN", "NNP", "B-ORG"), ("[", "PUNCT", "-LRB-", "O"),
          ("]", "PUNCT", "-RRB-", "O"), ("Federal", "PROPN", "NNP", "O"), ("Service", "PROPN", "NNP", "O"),
          ("for", "ADP", "IN", "O"), ("Memorial", "PROPN", "NNP", "B-PERSON"), ("group", "NOUN", "NN", "O"),
          ("rights", "NOUN", "NNS", "O"), ("prosecutor", "NOUN", "NN", "O"), ("'s", "PART", "POS", "O"),
          ("office", "NOUN", "NN", "O"), ("Duma", "PROPN", "NNP", "B-ORG"), ("committee", "NOUN", "NN", "O"),
          ("magistrate", "NOUN", "NN", "O"), ("2019", "NUM", "CD", "B-DATE"), ("Appeal", "PROPN", "NNP", "O")]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=40))
def test_windowed_matches_as_spacy_matcher_on_made_docs(nlp, matchers, tokens):
    """Made Docs of the patterns' words, where matches touch each other, the Doc's ends and the windows' ends."""
    from spacy.tokens import Doc

    words, pos, tags, ents = zip(*tokens)
    ents = ["I-" + e[2:] if e != "O" and i and ents[i - 1] == e else e for i, e in enumerate(ents)]
    doc = Doc(nlp.vocab, words=list(words), pos=list(pos), tags=list(tags), ents=ents)
    plain, fast = matchers
    assert fast(doc) == plain(doc)


@pytest.fixture(scope="module")
def matchers(nlp):
    rows = load_patterns()
    plain = Matcher(nlp.vocab)
    for row in rows:
        plain.add(row["id"], [row["pattern"]], greedy="LONGEST")
    return plain, FastMatcher(nlp.vocab, [(row["id"], row["pattern"]) for row in rows])
