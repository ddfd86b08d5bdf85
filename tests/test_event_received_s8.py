"""kg.event_received: penalties told from the side of those who bear them, with plural penalty nouns ("A and B received
suspended sentences") and the elliptic "as did <X>". Sentences of our own through the real model, with near misses."""

from __future__ import annotations

import pytest

from tests.sentences import holds, kinds


@pytest.mark.parametrize("text, people", [
    ("Anna Pavlikova and Maria Dubovik received suspended sentences from the Lyublinsky District Court.",
     ["Anna Pavlikova", "Maria Dubovik"]),
    ("Anna Pavlikova received a suspended sentence from the Lyublinsky District Court, as did Maxim Roshchin.",
     ["Anna Pavlikova", "Maxim Roshchin"]),
], ids=["plural-sentences", "as-did"])
def test_everyone_who_received_a_penalty_from_the_court_was_sanctioned(nlp, lexicon, text, people):
    found = kinds(nlp, lexicon, text)
    assert all(holds(found, "Lyublinsky District Court", "sanctioned", p) for p in people)


def test_letters_are_no_penalty(nlp, lexicon):
    found = kinds(nlp, lexicon, "Anna Pavlikova received letters from the Lyublinsky District Court.")
    assert not holds(found, "Lyublinsky District Court", "sanctioned", "Anna Pavlikova")
