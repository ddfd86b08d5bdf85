"""Definite descriptions that stand for an entity named in another sentence (kg.coref, kg.coref_people).

Each rule resolves a description only when one antecedent clearly fits; the near-miss rows put two
candidates in reach (or none that fits), and then no fact may be made through the description.
"""

from __future__ import annotations

import pytest

from kg.vocab import base_of
from sentences import facts as fine_facts
from sentences import has


def facts(nlp, lexicon, text: str) -> set[tuple[str, str, str]]:
    """Each fact under its fine property and its base one ('convictedUnder' and 'chargedUnder')."""
    found = fine_facts(nlp, lexicon, text)
    return found | {(s, base_of(p), o) for s, p, o in found}

# --- people: "the journalist", "the former deputy", "the 33-year-old" ------------------------------------------

PEOPLE = [
    ("Maria Ponomarenko worked for the news site RusNews. The journalist was convicted under Article 207.3 of "
     "the Criminal Code in February 2023.", ("Ponomarenko", "chargedUnder", "Article 207.3")),
    ("Ilya Yashin was detained in June 2022. The opposition politician was charged under Article 207.3 of the "
     "Criminal Code.", ("Yashin", "chargedUnder", "Article 207.3")),
    ("Alexei Gorinov was a municipal deputy in Moscow. The Meshchansky District Court sentenced the former deputy "
     "to seven years.", ("Meshchansky", "sanctioned", "Gorinov")),
    ("Ksenia Karelina was arrested in Yekaterinburg in January. The Sverdlovsk Regional Court sentenced the "
     "33-year-old to twelve years.", ("Sverdlovsk", "sanctioned", "Karelina")),
    ("Yevgeny Roizman was detained in August 2022. The former mayor of Yekaterinburg was charged under Article "
     "280.3 of the Criminal Code.", ("Roizman", "chargedUnder", "Article 280.3")),
    ("Navalny's lawyer Vadim Kobzev was detained in October 2023. The lawyer was charged under Article 282.2 of "
     "the Criminal Code.", ("Kobzev", "chargedUnder", "Article 282.2")),
    ("Dmitry Muratov is the editor-in-chief of Novaya Gazeta. The Justice Ministry designated the journalist a "
     "foreign agent in 2023.", ("Justice", "sanctioned", "Muratov")),
    ("Ivan Safronov, a former journalist, was detained in July. Later the reporter was charged under Article 275 "
     "of the Criminal Code.", ("Safronov", "chargedUnder", "Article 275")),
]


@pytest.mark.parametrize("text, fact", PEOPLE, ids=["journalist", "politician", "former-deputy", "aged",
                                                    "mayor-of-place", "introduced-lawyer", "copula-intro",
                                                    "reporter-for-journalist"])
def test_a_person_description_means_the_one_person_it_fits(nlp, lexicon, text, fact):
    assert has(facts(nlp, lexicon, text), *fact)


PEOPLE_NEAR_MISSES = [
    # two people in reach: either could be "the politician"
    ("The court questioned Alexei Navalny and Ilya Yashin. The politician was charged under Article 207.3 of the "
     "Criminal Code.", "chargedUnder", "Article 207.3"),
    # the description was someone else already in the sentence before
    ("Ilya Yashin called the journalist a liar. The journalist was charged under Article 207.3 of the Criminal "
     "Code.", "chargedUnder", "Article 207.3"),
    # ... or brought in without a name
    ("Ilya Yashin said a journalist had been detained in Moscow. The journalist was charged under Article 207.3 of "
     "the Criminal Code.", "chargedUnder", "Article 207.3"),
    # "the lawyer" only for a person introduced as a lawyer, never the client
    ("Alexei Navalny was detained in January. The lawyer was charged under Article 282.2 of the Criminal Code.",
     "chargedUnder", "Article 282.2"),
    # someone's lawyer is not that someone
    ("Alexei Navalny was jailed in 2021. Navalny's lawyer was later charged under Article 282.2 of the Criminal "
     "Code.", "chargedUnder", "Article 282.2"),
    ("Yevgenia Berkovich and Svetlana Petriychuk were detained in May 2023. The playwright was charged under "
     "Article 205.2 of the Criminal Code.", "chargedUnder", "Article 205.2"),
    ("Lev Ponomarev and Oleg Orlov spoke at the hearing. The Justice Ministry later designated the activist a "
     "foreign agent.", "sanctioned", "Justice"),
]


@pytest.mark.parametrize("text, prop, other", PEOPLE_NEAR_MISSES,
                         ids=["two-people", "unnamed-before", "indefinite-before", "lawyer-not-client",
                              "owned-description",
                              "two-women", "two-activists"])
def test_a_person_description_with_no_single_fit_stays_open(nlp, lexicon, text, prop, other):
    found = facts(nlp, lexicon, text)
    people = {"Navalny", "Yashin", "Berkovich", "Petriychuk", "Ponomarev", "Orlov"}
    if prop == "sanctioned":
        assert not any(has(found, other, prop, p) for p in people)
    else:
        assert not any(has(found, p, prop, other) for p in people)


# --- "the measure": the one law named just before, when the text is about it --------------------------------------

def test_the_measure_is_the_law_just_adopted(nlp, lexicon):
    found = facts(nlp, lexicon, "The Duma adopted the law on undesirable organizations in May 2015. Putin signed "
                                "the measure a week later.")
    assert has(found, "Putin", "signed", "undesirable")


def test_the_measure_after_a_bill_amends_what_it_names(nlp, lexicon):
    found = facts(nlp, lexicon, "The State Duma passed the bill in July 2022. The measure amends the Law on Mass "
                                "Media.")
    assert any(p == "amends" and "Mass Media" in o for _, p, o in found)


@pytest.mark.parametrize("text, actor", [
    ("Putin signed Federal Law No. 272-FZ and Federal Law No. 273-FZ. The Federation Council had approved the "
     "measure.", "Federation Council"),
    ("The Tagansky District Court ordered the blocking under Federal Law No. 149-FZ on Monday. Roskomnadzor said "
     "it had approved the measure.", "Roskomnadzor"),
], ids=["two-laws", "law-only-cited"])
def test_the_measure_with_no_single_salient_law_stays_open(nlp, lexicon, text, actor):
    found = facts(nlp, lexicon, text)
    assert not any(s == actor or actor in s for s, p, o in found if p in ("adopted", "signed", "issued"))


# --- bodies by their kind: "the university", "the same magistrate", "the panel" ---------------------------------

BODIES = [
    ("Yegor Zhukov studied at the Higher School of Economics. The university's rector, Yaroslav Kuzminov, "
     "defended him.", ("Kuzminov", "headOf", "Higher School")),
    ("A magistrate in Moscow's Tagansky district fined Google 5 million rubles on Monday. The same magistrate "
     "fined Twitch 2 million rubles.", ("magistrate", "fined", "Twitch")),
    ("The Military Court of Appeal heard the case in February. The panel overturned the fine and sentenced Boris "
     "Kagarlitsky to five years.", ("Military Court", "convicted", "Kagarlitsky")),
]


@pytest.mark.parametrize("text, fact", BODIES, ids=["university", "magistrate", "panel"])
def test_a_body_description_means_the_body_of_that_kind(nlp, lexicon, text, fact):
    assert has(facts(nlp, lexicon, text), *fact)


def test_two_bodies_named_alike_in_reach_leave_the_description_open(nlp, lexicon):
    found = facts(nlp, lexicon, "Yegor Zhukov lectured at Moscow State University and at the European "
                                "University. The university's rector, Yaroslav Kuzminov, defended him.")
    assert not any("Kuzminov" in s and "University" in o for s, _, o in found)


# --- "its" after a subject that is a body's staff: "Lawyers at Roskomsvoboda said ... Its head, X" ----------------

@pytest.mark.parametrize("text, person, body", [
    ("Lawyers at Agora said on Monday that they would appeal. Its head, Pavel Chikov, called the verdict unlawful.",
     "Chikov", "Agora"),
    ("Staff at OVD-Info said the police had detained 200 people. Its co-founder, Grigory Okhotin, said the figure "
     "would rise.", "Okhotin", "OVD-Info"),
    ("A spokesman for Meduza said the outlet would appeal. Its editor-in-chief, Ivan Kolpakov, called the decision "
     "absurd.", "Kolpakov", "Meduza"),
], ids=["lawyers-at", "staff-at", "spokesman-for"])
def test_its_is_the_body_whose_staff_spoke(nlp, lexicon, text, person, body):
    found = facts(nlp, lexicon, text)
    assert has(found, person, "roleIn", body)


def test_its_after_a_pair_of_bodies_stays_open(nlp, lexicon):
    found = facts(nlp, lexicon, "Lawyers at Agora and Memorial said on Monday that they would appeal. Its head, "
                                "Pavel Chikov, called the verdict unlawful.")
    assert not any("Chikov" in s and p == "roleIn" for s, p, _ in found)


def test_its_prefers_the_body_that_spoke_over_one_it_acted_for(nlp, lexicon):
    found = facts(nlp, lexicon, "Lawyers at Roskomsvoboda said they had appealed on the Tor Project's behalf. Its "
                                "head, Artem Kozlyuk, said the regulator was wrong.")
    assert has(found, "Kozlyuk", "roleIn", "Roskomsvoboda")
    assert not has(found, "Kozlyuk", "roleIn", "Tor")


# --- "the pair", "the couple": the two people named together just before -------------------------------------------

@pytest.mark.parametrize("text", [
    "Konstantin Gabov and Sergei Karelin were arrested in April. The Nagatinsky District Court sentenced the pair "
    "to five and a half years.",
    "Konstantin Gabov and Sergei Karelin were arrested in April. The Nagatinsky District Court sentenced the couple "
    "to five and a half years.",
], ids=["pair", "couple"])
def test_the_pair_is_both_people_named_together(nlp, lexicon, text):
    found = facts(nlp, lexicon, text)
    assert has(found, "Nagatinsky", "sanctioned", "Gabov") and has(found, "Nagatinsky", "sanctioned", "Karelin")


@pytest.mark.parametrize("text", [
    "Yevgenia Berkovich, Svetlana Petriychuk and Nikolai Ivanov were detained in May 2023. The pair were convicted "
    "under Article 205.2 of the Criminal Code.",
    "Ilya Yashin was detained in June. The pair were convicted under Article 205.2 of the Criminal Code.",
], ids=["three-named", "one-named"])
def test_the_pair_needs_exactly_two(nlp, lexicon, text):
    found = facts(nlp, lexicon, text)
    assert not any(p == "chargedUnder" for _, p, _ in found)


# --- "the latter", "the former": one of the pair named together just before ---------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Meduza and TV Rain were labelled foreign agents in 2021. The latter was fined 300,000 rubles by the Tverskoy "
     "District Court in March.", ("Tverskoy", "fined", "TV Rain")),
    ("Memorial and OVD-Info criticised the law. The Justice Ministry added the former to its register in May.",
     ("Justice", "sanctioned", "Memorial")),
], ids=["latter", "former"])
def test_the_latter_or_former_is_one_of_the_pair(nlp, lexicon, text, fact):
    found = facts(nlp, lexicon, text)
    assert has(found, *fact)
    other = {"TV Rain": "Meduza", "Memorial": "OVD-Info"}[fact[2]]
    assert not has(found, fact[0], fact[1], other)


@pytest.mark.parametrize("text", [
    "Meduza, TV Rain and Novaya Gazeta were labelled foreign agents in 2021. The latter was fined 300,000 rubles by "
    "the Tverskoy District Court in March.",
    "The Justice Ministry labelled Meduza a foreign agent in 2021. The latter was fined 300,000 rubles by the "
    "Tverskoy District Court in March.",
], ids=["three", "no-pair"])
def test_the_latter_without_a_pair_stays_open(nlp, lexicon, text):
    found = facts(nlp, lexicon, text)
    assert not any("Tverskoy" in s and p == "fined" for s, p, _ in found)


# --- "she" skips a man whose given name shows it, though his surname does not -------------------------------------

def test_she_skips_a_man_named_by_a_common_given_name(nlp, lexicon):
    found = facts(nlp, lexicon, "Ksenia Karelina was arrested in February. The same judge had sentenced Evan "
                                "Gershkovich in July. In August she was convicted under Article 275 of the Criminal "
                                "Code.")
    assert has(found, "Karelina", "chargedUnder", "Article 275")
    assert not has(found, "Gershkovich", "chargedUnder", "Article 275")


@pytest.mark.parametrize("name, gender", [
    ("Evan Gershkovich", "m"), ("Vladimir Kara-Murza", "m"), ("Olga Petrenko", None), ("Agnès Callamard", None),
], ids=lambda x: str(x))
def test_gender_from_a_common_given_name(name, gender):
    from kg.coref_words import gender_of
    assert gender_of(name) == gender


# --- "the same magistrate": the one named so before, not merely the last court -----------------------------------

def test_the_same_magistrate_is_the_justice_of_the_peace(nlp, lexicon):
    found = facts(nlp, lexicon, "On Monday the Justice of the Peace of Judicial District No. 422 fined Google 21 "
                                "billion rubles. The decision can be appealed to the Tagansky District Court. The "
                                "same magistrate fined Twitch 2 million rubles.")
    assert has(found, "Justice of the Peace", "sanctioned", "Twitch")
    assert not has(found, "Tagansky District Court", "sanctioned", "Twitch")


def test_the_same_magistrate_is_never_a_district_court(nlp, lexicon):
    found = facts(nlp, lexicon, "The Tagansky District Court heard the appeal in March. The same magistrate fined "
                                "Twitch 2 million rubles.")
    assert not any(p == "sanctioned" and "Twitch" in o for _, p, o in found)
