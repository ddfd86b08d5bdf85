"""kg.verdict_closure: a verdict that applies a provision of a Russian code and targets a party convicted that party
under it. Sentences of our own read through the real model, with near misses (a judgment of the European Court, a
ban, a party already charged under that article)."""

from __future__ import annotations

from tests.sentences import holds, kinds

VERDICT = ("The Zavolzhsky District Court found Ivan Petrov guilty of inciting hatred. The verdict was delivered under "
           "Part 1 of Article 282 of the Criminal Code. His lawyer called it unjust.")


def test_the_party_of_a_verdict_under_a_provision_was_convicted_under_it(nlp, lexicon):
    assert holds(kinds(nlp, lexicon, VERDICT), "Ivan Petrov", "chargedUnder", "Part 1 of Article 282")


def test_the_closure_is_told_as_its_own_rule_with_the_provision_s_span(nlp, lexicon):
    from tests.sentences import extraction

    ex = extraction(nlp, lexicon, VERDICT)
    closed = [r for r in ex.relations if r.evidence.rule == "relation.verdict_closure.v1"]
    assert closed and all("Part 1 of Article 282" in VERDICT[r.evidence.start:r.evidence.end] for r in closed)


def test_a_judgment_of_the_european_court_convicts_no_one(nlp, lexicon):
    text = ("In its judgment the European Court of Human Rights found that Russia had violated Article 10 of the "
            "Convention in the case of Ivan Petrov.")
    assert not holds(kinds(nlp, lexicon, text), "Ivan Petrov", "chargedUnder", "Article 10")


def test_a_ban_under_a_provision_convicts_no_one(nlp, lexicon):
    text = ("The Supreme Court banned the Northern Group as extremist. The ban was imposed under Article 9 of the Law "
            "on Countering Extremist Activity.")
    assert not holds(kinds(nlp, lexicon, text), "Northern Group", "chargedUnder", "Article 9")


def test_a_party_charged_under_the_article_keeps_its_own_charge(nlp, lexicon):
    text = ("Ivan Petrov was charged under Article 282 of the Criminal Code. The Zavolzhsky District Court found him "
            "guilty. The verdict was delivered under Part 1 of Article 282 of the Criminal Code.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Ivan Petrov", "chargedUnder", "Article 282")
    assert not holds(found, "Ivan Petrov", "chargedUnder", "Part 1 of Article 282")


def test_a_verdict_on_several_told_apart_gives_the_others_no_provision(nlp, lexicon):
    text = ("The verdict was handed down by Judge Alexander Maslov of the Lyublinsky District Court. Ruslan Kostylenkov "
            "was sentenced to seven years in a penal colony. Pyotr Karamzin was given six and a half years.\n\n"
            "Kostylenkov was found guilty of creating an extremist community under Part 1 of Article 282.1 of the "
            "Criminal Code. The others were convicted under the second part of the same article.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Kostylenkov", "chargedUnder", "Part 1 of Article 282.1")
    assert not holds(found, "Karamzin", "chargedUnder", "Part 1 of Article 282.1")
