"""Sentence boundaries: kg_sentences' presets (tokenizer only, no model) and the sentences the
full pipeline makes of passages written for these tests, per shape, with the near-misses where
a real sentence end must still split.

What is safe: no sentence starts after an abbreviation that never ends one when the next word
fits it ("No." + number, "Mr." + name, an initial + a name that is no common sentence opener),
nor at a glued token or a lowercase word after a sentence end; one starts after a blank line.
What is left to the parser: abbreviations that often end a sentence ("Inc.", "N.V.", "U.S.",
"a.m."), so "He works for Yandex N.V. The company said ..." still splits, and a single line
break inside a paragraph (hard-wrapped text).
"""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.components.sentences import SentenceHints
from tests.sentences import facts, has


@pytest.fixture(scope="module")
def blank():
    """A tokenizer-only pipeline with the hints and a name with a period inside."""
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_sentences").keep_names(["Novaya Gazeta. Europe"])
    return nlp


def preset(nlp, text: str, word: str, nth: int = 0):
    """The preset `is_sent_start` of the nth token whose text is `word`."""
    return [t for t in nlp(text) if t.text == word][nth].is_sent_start


@pytest.mark.parametrize("text, word, expected", [
    ("He was charged under Art. 280.3 of the Criminal Code.", "280.3", False),
    ("Federal Law No. 90-FZ entered into force.", "90", False),
    ("It is set out in Pt. 2 of the article.", "2", False),
    ("Pres. Putin signed it.", "Putin", False),
    ("Gov. Ivanov and Sen. Klishas backed the bill.", "Klishas", False),
    ("Judge A. Ivanov read the verdict.", "Ivanov", False),
    ("The case went to judge A. V. Ivanova.", "V.", False),
    ("Lawyer A.V. Sokolov appealed.", "Sokolov", False),
    ("He works for Yandex N. V. Volozh founded it.", "V.", False),
    ("The rally was held in St. Petersburg.", "Petersburg", False),
    ("ST. PETERSBURG, Jan. 5 (AP) — A court fined him.", "A", False),
    ("The crowd shouted \"Shame!\" when the verdict was read.", "when", False),
    ("It was first reported by Meduza. the outlet said so.", "the", False),
    ("Shares of Mail.Ru fell.", "Ru", False),
    ("The site of Novaya Gazeta. Europe was blocked.", "Europe", False),
    ("It has approx. 200 members.", "200", False),
], ids=["art", "no", "pt", "pres", "sen", "initial", "two-initials", "joined-initials", "spaced-company",
        "st", "dateline", "quote-lowercase", "outlet-lowercase", "glued", "name-with-period", "approx"])
def test_no_sentence_starts_inside(blank, text, word, expected):
    assert preset(blank, text, word) is expected


@pytest.mark.parametrize("text, word", [
    ("He works for Yandex N.V. The company said it would appeal.", "The"),
    ("The law was signed in the U.S. The Kremlin condemned it.", "The"),
    ("The court fined Apple Inc. Roskomnadzor welcomed the ruling.", "Roskomnadzor"),
    ("The hearing began at 10 a.m. Prosecutors asked for six years.", "Prosecutors"),
    ("The verdict was read by judge A. Ivanov. The defence will appeal.", "The"),
    ("He lives on Tverskaya St. The police came at night.", "The"),
    ("The answer was No. Nobody asked again.", "Nobody"),
    ("Its president is Sen. Klishas. He left in May.", "He"),
], ids=["company-suffix", "country", "inc", "time", "initial-then-end", "street", "no-without-number",
        "after-name"])
def test_real_ends_after_abbreviations_are_left_to_the_parser(blank, text, word):
    assert preset(blank, text, word, -1) is None


@pytest.mark.parametrize("text, word, expected", [
    ("Moscow court fines Google\n\nA Moscow court fined Google.", "A", True),
    ("Who decided?\n\nRoskomnadzor went to court.", "Roskomnadzor", True),
    ("The law was adopted.\n- 4 March. Putin signed it.", "-", True),
    ("**What is it?** Federal Law No. 236-FZ requires it.", "Federal", True),
    ("It was sentenced by the court\nin Moscow on Monday.", "in", None),  # hard-wrapped: the parser's call
    ("Moscow court fines Google\n\nA Moscow court fined Google.", "Google", False),  # a heading is whole
    ("**Conclusion.** Violation of Article 9.", "*", False),
], ids=["heading", "question", "list-item", "bold-label", "wrapped-line", "heading-whole", "bold-closer"])
def test_paragraphs_and_markup(blank, text, word, expected):
    nth = 2 if word == "*" else 0  # the first "*" of the closing "**"
    assert preset(blank, text, word, nth) is expected


PIECES = st.sampled_from([*'aZ .,!?"*-—\n', "No.", " A.", "Inc.", " 5", "St.", "\n\n", " the", " Ivanov"])
ANY_TEXT = st.lists(PIECES, max_size=30).map("".join)


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT)
def test_any_text_gets_consistent_presets(text):
    nlp = spacy.blank("en")
    doc = SentenceHints(nlp.vocab)(nlp(text))
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.is_space and before.text.count("\n") >= 2 and not token.is_space:
            assert token.is_sent_start
        elif not before.is_space and not before.whitespace_:
            assert token.is_sent_start is False  # glued to the token before it


# ---------------------------------------------------------------- the full pipeline

def sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


@pytest.mark.parametrize("text, expected", [
    ("He was charged under Art. 280.3 of the Criminal Code. He denies it.",
     ["He was charged under Art. 280.3 of the Criminal Code.", "He denies it."]),
    ("Pres. Putin signed the law. It entered into force in May.",
     ["Pres. Putin signed the law.", "It entered into force in May."]),
    ('Relatives shouted "Shame!" as the men were led out. The court adjourned.',
     ['Relatives shouted "Shame!" as the men were led out.', "The court adjourned."]),
    ("Moscow court fines Google\n\nA Moscow court on Thursday fined Google 3 million rubles.",
     ["Moscow court fines Google", "A Moscow court on Thursday fined Google 3 million rubles."]),
    ("**What is it?** Federal Law No. 236-FZ obliges foreign companies to open offices.",
     ["**What is it?**", "Federal Law No. 236-FZ obliges foreign companies to open offices."]),
    ("MOSCOW, March 3 (Reuters) - A Moscow court on Thursday fined Google.",
     ["MOSCOW, March 3 (Reuters) - A Moscow court on Thursday fined Google."]),
    ("ST. PETERSBURG, Russia, Jan. 5 (AP) — A court fined the activist 30,000 rubles.",
     ["ST. PETERSBURG, Russia, Jan. 5 (AP) — A court fined the activist 30,000 rubles."]),
    ('"This is censorship," she wrote. "We will appeal."\n\nThe court did not comment.',
     ['"This is censorship," she wrote.', '"We will appeal."', "The court did not comment."]),
], ids=["art", "pres", "quote-lowercase", "heading", "bold-question", "dateline", "dateline-abbreviations",
        "quote-before-paragraph"])
def test_pipeline_sentences(nlp, text, expected):
    assert sentences(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("He works for Yandex N.V. The company said it would appeal.",
     ["He works for Yandex N.V.", "The company said it would appeal."]),
    ("The ban applies to Meta Platforms Inc. The messenger WhatsApp is not affected.",
     ["The ban applies to Meta Platforms Inc.", "The messenger WhatsApp is not affected."]),
    ("The hearing began at 10 a.m. The judge read the verdict an hour later.",
     ["The hearing began at 10 a.m.", "The judge read the verdict an hour later."]),
], ids=["company-suffix", "inc", "time"])
def test_real_sentence_ends_still_split(nlp, text, expected):
    assert sentences(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "The shares of Yandex N.V. fell after the announcement.",
    "Judge A. V. Ivanova of the Tverskoy District Court fined him.",
    "Apple Inc. removed the app at the request of Roskomnadzor.",
    "The U.S. State Department condemned the verdict on Tuesday.",
    "Case No. 1-234/2021 was heard by Judge A.V. Ivanova.",
    "The site of Novaya Gazeta. Europe was blocked by Roskomnadzor.",
], ids=["company", "initials", "inc", "country", "case-number", "name-with-period"])
def test_one_sentence(nlp, text):
    assert sentences(nlp, text) == [text]


@pytest.mark.parametrize("text", [
    "Pres. Vladimir Putin signed Federal Law No. 90-FZ on May 1, 2019.",
    "Federal Law No. 90-FZ was signed by Pres. Vladimir Putin on May 1, 2019.",
], ids=["subject", "agent"])
def test_a_title_split_from_its_period_keeps_the_parse(nlp, lexicon, text):
    """"Pres." is one token, so the sentence holds together and parses with one subject."""
    assert "Pres." in [t.text for t in nlp(text)]
    assert has(facts(nlp, lexicon, text), "Putin", "signed", "90-FZ")


def test_kg_sentences_runs_right_before_the_parser(nlp):
    names = nlp.pipe_names
    assert names.index("kg_sentences") + 1 == names.index("parser")
