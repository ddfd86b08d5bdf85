"""Shapes from this round's work, read through the real model, each with the near misses that must stay silent: an
offence a charge or verdict names only in words, tied to the provision the article names for it elsewhere."""

from __future__ import annotations

from tests.sentences import holds, kinds

# ---- "charged with treason ... Article 275" ----------------------------------------------------------------------


def charged(found, person, article):
    return any(kind == "chargedUnder" and person in subj and article in obj for subj, kind, obj in found)


def test_an_offence_in_words_takes_the_article_that_defines_it(nlp, lexicon):
    text = ("In March the FSB charged the physicist Ivan Petrov with treason. "
            "Article 275 of the Criminal Code carries a sentence of up to life in prison.")
    assert charged(kinds(nlp, lexicon, text), "Ivan Petrov", "Article 275")


def test_an_offence_in_words_takes_the_provision_named_for_it_in_the_article(nlp, lexicon):
    text = ("A court in Ufa convicted Ivan Petrov of justifying terrorism and sentenced him to five years. "
            "Part 2 of Article 205.2 of the Criminal Code, which punishes justifying terrorism online, is now one of "
            "the charges most often brought against people for their posts.")
    assert charged(kinds(nlp, lexicon, text), "Ivan Petrov", "Part 2 of Article 205.2")


def test_a_fine_for_an_offence_in_words_takes_the_administrative_article(nlp, lexicon):
    text = ("A court in Kostroma fined the priest Ivan Petrov 35,000 rubles for discrediting the army. "
            "Article 20.3.3 of the Code of Administrative Offenses was added in March 2022; repeat offenders can "
            "be tried under Article 280.3 of the Criminal Code.")
    found = kinds(nlp, lexicon, text)
    assert charged(found, "Ivan Petrov", "Article 20.3.3")
    assert not charged(found, "Ivan Petrov", "Article 280.3")


def test_two_articles_for_one_offence_give_none(nlp, lexicon):
    text = ("The FSB charged Ivan Petrov with terrorism offences in May. "
            "Article 205.2 of the Criminal Code punishes justifying terrorism, and Article 205.5 of the Criminal "
            "Code punishes taking part in a terrorist organisation.")
    found = kinds(nlp, lexicon, text)
    assert not any(kind == "chargedUnder" for _, kind, _ in found)


def test_an_offence_named_in_another_clause_is_not_the_charge(nlp, lexicon):
    text = ("Ivan Petrov, who had been fined for discrediting the army a year earlier, was charged with hooliganism "
            "in May. Article 280.3 of the Criminal Code punishes repeated discrediting.")
    assert not charged(kinds(nlp, lexicon, text), "Ivan Petrov", "Article 280.3")


def test_an_offence_without_its_article_in_the_text_gives_no_provision(nlp, lexicon):
    text = ("Ivan Petrov was charged with treason in May. "
            "His lawyer said he would appeal to the Moscow City Court.")
    assert not any(kind == "chargedUnder" for _, kind, _ in kinds(nlp, lexicon, text))


def test_an_asked_for_charge_is_no_charge(nlp, lexicon):
    text = ("The Investigative Committee wants to charge Ivan Petrov with treason. "
            "Article 275 of the Criminal Code carries a sentence of up to life in prison.")
    assert not charged(kinds(nlp, lexicon, text), "Ivan Petrov", "Article 275")
