"""kg.event_gapped: the party of a gapped clause after a verb of proceeding ("sentenced A to five years under
Article 282, and B to three years under Article 280") bears what the verb did and the provisions named after it,
and the first party keeps only its own. Sentences of our own read through the real model, with near misses."""

from __future__ import annotations

import pytest

from tests.sentences import holds, kinds


@pytest.mark.parametrize("text, court, first, first_basis, second, second_basis", [
    ("The Kirov Regional Court sentenced Ivan Petrov to five years under Article 282, and Oleg Sidorov to three "
     "years under Article 280.", "Kirov Regional Court", "Ivan Petrov", "Article 282", "Oleg Sidorov", "Article 280"),
    ("The Tverskoy District Court fined Meta under Article 13.41 and Google under Article 13.50 of the Code of "
     "Administrative Offenses.", "Tverskoy District Court", "Meta", "Article 13.41", "Google", "Article 13.50"),
], ids=["clause-after-a-comma", "party-on-the-first-provision"])
def test_each_party_of_a_gapped_clause_bears_its_own_provision(nlp, lexicon, text, court, first, first_basis,
                                                                  second, second_basis):
    found = kinds(nlp, lexicon, text)
    assert holds(found, court, "sanctioned", first) and holds(found, court, "sanctioned", second)
    assert holds(found, first, "chargedUnder", first_basis) and holds(found, second, "chargedUnder", second_basis)
    assert not holds(found, first, "chargedUnder", second_basis)


def test_plain_coordination_shares_the_provision(nlp, lexicon):
    found = kinds(nlp, lexicon, "The Kirov Regional Court sentenced Ivan Petrov and Oleg Sidorov to three years "
                                "under Article 280.")
    assert holds(found, "Ivan Petrov", "chargedUnder", "Article 280")
    assert holds(found, "Oleg Sidorov", "chargedUnder", "Article 280")


def test_a_second_clause_with_its_own_verb_is_no_gap(nlp, lexicon):
    found = kinds(nlp, lexicon, "The Kirov Regional Court sentenced Ivan Petrov to five years under Article 282, and "
                                "Oleg Sidorov said he would appeal.")
    assert not holds(found, "Kirov Regional Court", "sanctioned", "Oleg Sidorov")


def test_the_party_of_a_gapped_passive_clause_is_sentenced_too(nlp, lexicon):
    found = kinds(nlp, lexicon, "The Lyublinsky District Court sentenced Ruslan Kostylenkov to seven years. Pyotr "
                                "Karamzin was given six and a half years and Vyacheslav Kryukov six years.")
    assert holds(found, "Lyublinsky District Court", "sanctioned", "Pyotr Karamzin")
    assert holds(found, "Lyublinsky District Court", "sanctioned", "Vyacheslav Kryukov")


def test_a_second_passive_clause_with_its_own_verb_is_no_gap(nlp, lexicon):
    found = kinds(nlp, lexicon, "The Lyublinsky District Court sentenced Ruslan Kostylenkov to seven years. Pyotr "
                                "Karamzin was given six years and his lawyer Ivan Petrov appealed.")
    assert not holds(found, "Lyublinsky District Court", "sanctioned", "Ivan Petrov")
