"""Statistics (kg.statistics) from sentences of our own, through the real model and extract stage.

Each row is a sentence written for this test (invented figures, real kinds of sources); the
expectations name only what the sentence states. Negative rows are numbers that are not
statistics: penalties, ages, dates, article and law numbers, phone and case numbers.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract import extract
from kg.ingest import make_article
from kg.model import Statistic
from kg.statistics import find_statistics


@pytest.fixture(scope="module")
def stats(nlp, lexicon):
    """A function: (text, published) -> (statistics, extraction)."""

    def run(text: str, published: str | None = "2021-09-15"):
        meta = {"id": "t-stat"} | ({"published": published} if published else {})
        article = make_article(text, meta, "<test>")
        doc = nlp(article.text)
        ex = extract(doc, article, lexicon)
        return find_statistics(doc, article, ex.mentions, ex.sentences), ex

    return run


def only(found: list[Statistic]) -> Statistic:
    assert len(found) == 1, found
    return found[0]


def key_of(ex, surface: str) -> str:
    [key] = {m.entity for m in ex.mentions if m.text == surface}
    return key


def test_part_of_a_total_with_source_and_period(stats):
    found, ex = stats("According to the Sova Center, 312 of 540 criminal cases were opened in 2019 "
                      "on charges of online extremism.")
    s = only(found)
    assert (s.value, s.total, s.unit) == (312, 540, "case")
    assert s.counts == "criminal cases opened on charges of online extremism"
    assert (s.when.value, s.when.granularity) == ("2019", "year")
    assert s.source == key_of(ex, "Sova Center")
    assert s.evidence.rule == "statistic.ratio.v1" and s.status == "Asserted"


def test_share_in_percent_keeps_its_own_year(stats):
    found, _ = stats("Prosecutors said 64% of the criminal cases opened in 2018 concerned reposts, "
                     "and the share kept growing in the first half of this year.")
    s = only(found)
    assert (s.value, s.unit) == (64, "percent")
    assert s.counts.startswith("criminal cases opened")
    assert s.when.value == "2018"


def test_multiplier_is_a_factor_with_a_trend(stats):
    found, ex = stats("The number of blocked websites more than doubled between 2015 and 2020, "
                      "Roskomsvoboda reported.")
    s = only(found)
    assert (s.value, s.unit, s.trend) == (2, "times", "increase")
    assert s.counts == "blocked websites"
    assert (s.when.begin, s.when.end) == ("2015", "2020")
    assert s.source == key_of(ex, "Roskomsvoboda")
    assert s.evidence.rule == "statistic.multiplier.v1"


def test_fall_by_percent_last_year_is_anchored_on_publication(stats):
    found, ex = stats("The number of people convicted under Article 280 of the Criminal Code fell by 45 percent "
                      "last year.", published="2021-03-01")
    s = only(found)
    assert (s.value, s.unit, s.trend) == (45, "percent", "decrease")
    assert s.when.value == "2020"
    assert key_of(ex, "Article 280 of the Criminal Code") in s.about
    assert "people convicted under article 280" in s.counts


def test_counted_with_source_and_half_year(stats):
    found, ex = stats("In the first half of the year, police detained 450 people over anti-war posts, "
                      "OVD-Info said.", published="2022-08-01")
    s = only(found)
    assert (s.value, s.unit) == (450, "person")
    assert s.when.value == "2022-H1"
    assert s.source == key_of(ex, "OVD-Info")


def test_counting_verb_names_the_source(stats):
    found, ex = stats("Net Freedoms recorded more than 1,200 cases of internet censorship in 2022.")
    s = only(found)
    assert (s.value, s.unit) == (1200, "case")
    assert s.counts.startswith("cases of internet censorship")
    assert s.source == key_of(ex, "Net Freedoms")


def test_small_count_needs_two_signs(stats):
    s = only(stats("Only two defendants have been acquitted since 2016.")[0])
    assert (s.value, s.unit) == (2, "person")
    assert s.when.begin == "2016"


def test_prediction_is_not_asserted(stats):
    s = only(stats("An official said the fines could rise by 30 percent next year.")[0])
    assert (s.value, s.unit, s.trend, s.status) == (30, "percent", "increase", "Predicted")


def test_millions(stats):
    s = only(stats("The messenger now has about 40 million users in Russia, the company estimates.")[0])
    assert (s.value, s.unit) == (40_000_000, "person")


def test_parallel_figures_are_two_statistics(stats):
    found, ex = stats("In 2020 courts convicted 190 people under Article 280 and 35 people under Article 282, "
                      "according to the Judicial Department of the Supreme Court.")
    assert sorted(s.value for s in found) == [35, 190]
    for s in found:
        assert len(s.about) == 1 and s.when.value == "2020"
        assert s.source == key_of(ex, "Judicial Department of the Supreme Court")


@pytest.mark.parametrize("text, value, total, unit, trend", [
    ("The number of foreign agents rose from 120 to 480 between 2020 and 2023.", 480, None, "agent", "increase"),
    ("Prosecutions for online posts grew fivefold in 2023, Mediazona calculated.", 5, None, "times", "increase"),
    ("Convictions for online posts halved in 2022, the Sova Center said.", 0.5, None, "times", "decrease"),
    ("Out of 100 defendants, 98 were convicted in 2021, according to court figures.", 98, 100, "person", None),
], ids=["from-to", "fivefold", "halved", "out-of"])
def test_changes_and_shares(stats, text, value, total, unit, trend):
    s = only(stats(text)[0])
    assert (s.value, s.total, s.unit, s.trend) == (value, total, unit, trend)


def test_no_publication_date_never_invents_a_year(stats):
    s = only(stats("In the first half of this year 300 criminal cases were opened, the Sova Center said.",
                   published=None)[0])
    assert s.value == 300 and s.when is None


@pytest.mark.parametrize("text", [
    "He was sentenced to two years in prison and fined 300,000 rubles.",
    "The blogger was fined a total of 45,000 rubles by the court.",
    "Ivan Petrov, 45, a teacher from Tver, was detained on Monday.",
    "The court heard the case under Article 282 of the Criminal Code on 12 March 2019.",
    "Federal Law No. 149-FZ was adopted on 27 July 2006.",
    "For details call +7 495 123-45-67 or write to the press office.",
    "Novaya Gazeta is one of the last independent newspapers in Russia.",
    "She replaced five price tags in a supermarket.",
    "Application no. 9988/13 was lodged with the court.",
    "The bill amends the Criminal Code and more than a dozen other laws.",
    "Thousands of people rallied in Moscow against the bill.",
    "The age of criminal responsibility for these offences falls to 14.",
    "No criminal cases have been opened so far.",
    "The group's annual index ranked Russia 137th out of 180 countries.",
    "The country came 151st of 180 in the press freedom ranking.",
], ids=["prison-and-fine", "total-fine", "age", "article-and-date", "law-number", "phone", "one-of",
        "story-count", "case-number", "dozen-laws", "vague", "age-change", "negated",
        "rank-out-of", "rank-of"])
def test_numbers_that_are_not_statistics(stats, text):
    assert stats(text)[0] == []


def test_records_are_well_formed(stats):
    text = ("According to the Sova Center, 312 of 540 criminal cases were opened in 2019. Convictions fell by "
            "12% last year, and Net Freedoms counted 2,100 blocked pages in 2020.")
    found, ex = stats(text)
    keys = {e.key for e in ex.entities}
    assert len(found) == 3
    for s in found:
        start, end = s.evidence.sentence
        assert start <= s.evidence.start < s.evidence.end <= end
        assert s.evidence.sentence in ex.sentences
        assert 0 < s.evidence.confidence <= 1 and s.evidence.rule.startswith("statistic.")
        assert set(s.about) <= keys and (s.source is None or s.source in keys)
        assert s.counts and s.counts == s.counts.lower()


WORDS = ["571", "of", "762", "cases", "were", "opened", "in", "2019", "%", "percent", "rose", "by", "fell", "to",
         "tripled", "more", "than", "3,000", "people", "fined", "rubles", "according", "Sova", "Center", "said",
         "Article", "282", "the", "first", "half", "of", "this", "year", "million", "out", "(", ")", ",", ".", "\n"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(" ".join).filter(str.strip))
def test_any_text_gives_well_formed_statistics(stats, text):
    found, ex = stats(text)
    for s in found:
        start, end = s.evidence.sentence
        assert start <= s.evidence.start < s.evidence.end <= end <= len(ex.article.text)
        assert isinstance(s.value, float) and s.counts
