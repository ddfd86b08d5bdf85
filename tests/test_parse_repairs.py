"""kg.components.parse_repairs: an object coordinated after an apposition, which the small model hangs on the verb
as a second verb, goes back to the object, and the verb's own phrases back to the verb. Sentences of our own read
through the real model, with near misses where the tree must stay as the parser made it."""

from __future__ import annotations

from tests.sentences import holds, kinds

SENTENCED = ("The Kirov Regional Court sentenced Sergei Udaltsov, a local activist, and his friend Pavel Orlov to three "
             "years each for organising mass riots under Part 1 of Article 212 of the Criminal Code.")


def test_the_second_defendant_after_an_apposition_is_convicted_too(nlp, lexicon):
    found = kinds(nlp, lexicon, SENTENCED)
    for person in ("Sergei Udaltsov", "Pavel Orlov"):
        assert holds(found, "Kirov Regional Court", "sanctioned", person)
        assert holds(found, person, "chargedUnder", "Part 1 of Article 212")


def test_the_noun_becomes_a_conjunct_of_the_object_and_the_phrases_go_back_to_the_verb(nlp, lexicon):
    doc = nlp(SENTENCED)
    verb = next(t for t in doc if t.lower_ == "sentenced")
    friend = next(t for t in doc if t.lower_ == "friend")
    assert friend.dep_ == "conj" and friend.head.text == "Udaltsov"
    assert {c.lower_ for c in verb.children if c.dep_ == "prep"} >= {"to", "for"}


def test_a_noun_after_the_verb_s_own_phrases_stays_with_them(nlp, lexicon):
    doc = nlp("Investigators opened a case against him under Part 1 of Article 282 of the Criminal Code, for inciting "
              "hatred, and Part 1 of Article 148, which punishes insulting believers.")
    part = [t for t in doc if t.text == "Part"][-1]
    case = next(t for t in doc if t.lower_ == "case")
    assert part.head.i != case.i


def test_a_real_second_clause_is_left_alone(nlp, lexicon):
    doc = nlp("The court sentenced Petrov to three years, and prosecutors appealed the verdict.")
    appealed = next(t for t in doc if t.lower_ == "appealed")
    assert appealed.head.lower_ == "sentenced" and appealed.dep_ == "conj"
