"""The cheap tests rules make before their costly ones must never turn away what the costly test finds:
kg.role_surface's test of a title's ending before its pattern, kg.concerns_more's lemmas of its verb rules, and
kg.issued_shapes' 'through' before reading a verb."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kg import concerns_laws, concerns_more
from kg.arguments import Context
from kg.event_actors import lemma_of
from kg.extract import extract
from kg.issued_shapes import READING_LEMMAS, through_body
from kg.model import Article
from kg.relation_lexicon import AMEND_VERBS
from kg.role_surface import present_titles

WINDOWS = [
    "said Prosecutor General ", "the prosecutor general", "ex-Prosecutor General\n", "the Prosecutor Generals",
    "Russian President  ", "said Russia's president", "Russia’s president", "by the Kremlin spokesman,",
    "KREMLIN SPOKESMAN", "Kremlin ſpokesman", "Kremlin spokesman\u00a0", "the head of Roskomnadzor ",
    "", " ", "President", "Vice-President",
]


@pytest.mark.parametrize("window", WINDOWS)
def test_title_ending_keeps_every_match(lexicon, window):
    """Where a title's pattern finds it before a name, role_from_lexicon_title's test of the ending passes too."""
    ctx = SimpleNamespace(lexicon=lexicon, memo={}, entities=dict.fromkeys(lexicon.title_suffix_by_body))
    tail = window.rstrip().lower() if window.isascii() else None
    for pattern, _, name, ending in present_titles(ctx):
        if pattern.search(window):
            assert tail is None or ending is None or tail.endswith(ending), (window, name)


def test_present_titles_keep_the_lexicon_order(lexicon):
    """The titles of the bodies an article names, in the order of Lexicon.title_suffix (the first that fits wins)."""
    bodies = sorted(lexicon.title_suffix_by_body)[::3]
    ctx = SimpleNamespace(lexicon=lexicon, memo={}, entities=dict.fromkeys(bodies))
    expected = [(p, t, n) for p, t, n in lexicon.title_suffix if f"lex:{t.body}" in bodies]
    assert [entry[:3] for entry in present_titles(ctx)] == expected


def test_verb_rule_lemmas_hold_every_rule_lemma():
    """more_concerns asks only verbs with these lemmas for the rules that read a verb's lemma first."""
    for lemmas in (concerns_more.SANCTION_VERBS, concerns_more.RULING_VERBS, concerns_more.ABOUT_VERBS, AMEND_VERBS,
                   concerns_laws.CARRYING_VERBS, concerns_laws.PENALTY_VERBS, concerns_laws.RESHAPE_VERBS):
        assert set(lemmas) <= concerns_more.VERB_RULE_LEMMAS


@pytest.mark.parametrize("text", [
    "The law sailed through the State Duma in June and was signed by Putin.",
    "The bill, which went through the Duma in three readings, bans VPNs.",
    "The court fined Meduza through its ruling of 3 March; Roskomnadzor blocked the site.",
    "Through the Federation Council, the amendments passed quickly.",
], ids=["sailed", "went", "through-noun", "fronted"])
def test_issuing_events_skip_only_verbs_without_through(nlp, lexicon, text):
    """issuing_events reads a verb without a reading lemma only when a 'through' hangs on it: through_body, the one
    shape such a verb can take, finds nothing on the others."""
    article = Article(id="a1", text=text, published="2024-05-20")
    doc = nlp(text)
    ex = extract(doc, article, lexicon)
    ctx = Context(doc, article, ex.mentions, ex.entities, ex.sentences, lexicon)
    through = {t.head.i for t in ctx.words.with_lower(("through",)) if t.dep_ == "prep" and t.head.i != t.i}
    for verb in ctx.words.with_pos("VERB", "AUX"):
        if lemma_of(verb) not in READING_LEMMAS and verb.i not in through:
            assert through_body(ctx, verb) == [], verb.text
