"""Shapes from this round's work, each with the near misses that must stay silent: "declared it undesirable" (the
pronoun of a clause without a verb is the verb's object); "sentenced A to 20 years in a colony and B to ten";
"convicted under the same two articles"; "the FSB picked up <X>"; "Her sentence came on the same day as <court>
sentenced <Y>"; "In today's Chamber judgment ..., the European Court of Human Rights held"; "RFE/RL's
Tatar-Bashkir Service"; "In a ruling of March 1996, prompted by ..., the Constitutional Court found"."""

from __future__ import annotations

from tests.sentences import entities, event_roles, facts, holds, kinds

# ---- "<body> declared it undesirable": 'it' is the verb's object, never its subject -----------------------------


def test_it_in_a_clause_without_a_verb_is_not_the_subject_that_declares(nlp, lexicon):
    text = ("The Justice Ministry listed Radio Free Europe/Radio Liberty as a foreign agent in 2017, and in February "
            "2024 the Prosecutor General's Office declared it an \"undesirable\" organisation.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Prosecutor General", "sanctioned", "Radio Free Europe")
    designations = event_roles(nlp, lexicon, text, "UndesirableDesignation")
    assert designations and all("Prosecutor General's Office of Russia" not in e.get("target", set())
                                for e in designations)


def test_it_with_an_adjective_alone_is_the_object_too(nlp, lexicon):
    text = "Meduza was founded in Riga in 2014. In 2023 the Prosecutor General's Office declared it undesirable."
    assert holds(kinds(nlp, lexicon, text), "Prosecutor General", "sanctioned", "Meduza")


def test_it_as_the_subject_of_its_own_verb_is_still_the_subject(nlp, lexicon):
    # 'it' is the subject of "said" here: the office itself, and it designates nobody
    text = "The Prosecutor General's Office said it was undesirable to comment."
    assert not any(k == "sanctioned" for _, k, _ in kinds(nlp, lexicon, text))


# ---- "sentenced A to 20 years in a colony and B to ten" -----------------------------------------------------------


def test_a_gapped_party_after_a_place_of_serving_is_sentenced_too(nlp, lexicon):
    text = ("Oleg Sentsov and Alexander Kolchenko were tried together in Rostov-on-Don. On 25 August 2015 the North "
            "Caucasus District Military Court sentenced Sentsov to 20 years in a maximum-security colony and "
            "Kolchenko to ten.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Military Court", "sanctioned", "Oleg Sentsov")
    assert holds(found, "Military Court", "sanctioned", "Alexander Kolchenko")


def test_a_name_joined_to_the_place_without_a_phrase_of_its_own_is_no_party(nlp, lexicon):
    # no second "to" phrase: Kolchenko is not in a gapped clause of the sentencing
    text = ("Oleg Sentsov and Alexander Kolchenko were tried together. The North Caucasus District Military Court "
            "sentenced Sentsov to 20 years in a colony near Alexander Kolchenko's home town.")
    assert not holds(kinds(nlp, lexicon, text), "Military Court", "sanctioned", "Kolchenko")


# ---- "convicted under the same two articles" ---------------------------------------------------------------------


def test_the_same_two_articles_are_the_two_named_before(nlp, lexicon):
    text = ("The court found Oleg Sentsov guilty under Article 205 of the Criminal Code and Article 205.4. "
            "Alexander Kolchenko was convicted under the same two articles.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Alexander Kolchenko", "chargedUnder", "Article 205 of")
    assert holds(found, "Alexander Kolchenko", "chargedUnder", "Article 205.4")


def test_news_articles_are_no_provisions(nlp, lexicon):
    text = ("The court found Oleg Sentsov guilty under Article 205 of the Criminal Code and Article 205.4. "
            "Alexander Kolchenko wrote two articles about the trial.")
    assert not any(s == "Alexander Kolchenko" for s, _, _ in kinds(nlp, lexicon, text))


def test_the_same_articles_need_as_many_named_before(nlp, lexicon):
    # three provisions were named: "the same two" is not clear, and nothing is guessed
    text = ("Ivan Petrov was charged under Article 280, Article 282 and Article 205.2 of the Criminal Code. "
            "Pavel Sidorov was convicted under the same two articles.")
    assert not any(s == "Pavel Sidorov" and k == "chargedUnder" for s, k, _ in kinds(nlp, lexicon, text))


# ---- "the FSB picked up <X>" --------------------------------------------------------------------------------------


def test_a_body_picking_up_people_detains_them(nlp, lexicon):
    text = ("Officers detained Oleg Sentsov in Simferopol in May 2014; within days the FSB had also picked up "
            "Alexander Kolchenko and Gennady Afanasyev.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Federal Security Service", "sanctioned", "Alexander Kolchenko")
    assert holds(found, "Federal Security Service", "sanctioned", "Gennady Afanasyev")


def test_picking_up_a_prize_or_a_relative_is_no_detention(nlp, lexicon):
    text = ("Ivan Petrov picked up his daughter Maria Petrova from school. Memorial picked up the Sakharov Prize. "
            "Roskomnadzor picked up the complaint.")
    assert not event_roles(nlp, lexicon, text, "Detention")


def test_picked_without_up_detains_nobody(nlp, lexicon):
    text = "The FSB picked Alexander Kolchenko as its informant."
    assert not event_roles(nlp, lexicon, text, "Detention")


# ---- "Her sentence came on the same day as <court> sentenced <Y>" ------------------------------------------------


def test_a_sentence_named_by_its_defendant_records_no_sentencing_of_another(nlp, lexicon):
    text = ("The Supreme Court of Tatarstan on Friday sentenced Alsu Kurmasheva to six and a half years. She has "
            "denied wrongdoing. Her sentence came on the same day as the Sverdlovsk Regional Court sentenced Evan "
            "Gershkovich to 16 years.")
    found = facts(nlp, lexicon, text)
    hers = {s for s, p, o in found if p == "targets" and "Kurmasheva" in o}
    assert hers  # "Her sentence" is a ruling passed on her ...
    assert not any(p == "issued" and "Sverdlovsk" in s and o in hers for s, p, o in found)  # ... not by that court
    assert not any(s in hers and "Gershkovich" in o for s, p, o in found)
    assert holds(kinds(nlp, lexicon, text), "Sverdlovsk Regional Court", "sanctioned", "Evan Gershkovich")


def test_a_sentence_named_by_its_defendant_still_records_that_defendants_sentencing(nlp, lexicon):
    text = ("The Sverdlovsk Regional Court sentenced Evan Gershkovich to 16 years on Friday. His sentence was read "
            "out behind closed doors.")
    found = facts(nlp, lexicon, text)
    assert any(p == "issued" and "Sverdlovsk" in s for s, p, o in found)


# ---- "In today's Chamber judgment ..., the European Court of Human Rights held"; not in another court's ruling ---


def test_the_court_holding_in_todays_judgment_issued_it(nlp, lexicon):
    # the press release's own form, with the application number
    text = ("In today's Chamber judgment in the case of Atamanchuk v. Russia (application no. 4493/11) the European "
            "Court of Human Rights held that there had been no violation of Article 10 of the Convention. Earlier, the "
            "Krasnodar Regional Court had upheld the applicant's sentence.")
    found = facts(nlp, lexicon, text)
    assert any(s == "European Court of Human Rights" and p == "issued" and "Krasnodar" not in o
               for s, p, o in found)


def test_a_judgment_owned_by_another_court_is_not_the_holders(nlp, lexicon):
    text = ("In the Krasnodar Regional Court's ruling, the European Court of Human Rights found no reasons at all. "
            "The Moscow City Court upheld a fine.")
    assert not any(s == "European Court of Human Rights" and p == "issued"
                   for s, p, o in facts(nlp, lexicon, text))


# ---- "RFE/RL's Tatar-Bashkir Service": an organisation's unit is no state body ------------------------------------


def test_a_service_an_organisation_owns_is_an_organisation(nlp, lexicon):
    text = "Alsu Kurmasheva is an editor at RFE/RL's Tatar-Bashkir Service."
    assert ("Tatar-Bashkir Service", "Organization") in entities(nlp, lexicon, text)
    assert holds(kinds(nlp, lexicon, text), "Alsu Kurmasheva", "roleIn", "Tatar-Bashkir Service")


def test_a_service_a_state_owns_stays_a_state_body(nlp, lexicon):
    text = "Russia's Federal Bailiff Service said on Monday that it had seized the newspaper's accounts."
    assert not any(t == "Organization" and "Service" in label for label, t in entities(nlp, lexicon, text))


# ---- "In a ruling of March 1996, prompted by his complaint, the Constitutional Court found" -----------------------


def test_a_ruling_before_a_participle_is_the_ruling_of_the_court_that_finds(nlp, lexicon):
    text = ("In a ruling of March 1996, prompted partly by his complaint, the Constitutional Court found that such a "
            "restriction violated the right to a defence. On 30 November 2023 the Supreme Court declared the "
            "international LGBT movement extremist.")
    found = facts(nlp, lexicon, text)
    assert any(s == "Constitutional Court of Russia" and p == "issued" and "1996" in o for s, p, o in found)
    assert not any(s == "Supreme Court of Russia" and p == "issued" and "1996" in o for s, p, o in found)


def test_a_participle_with_a_subject_of_its_own_keeps_its_phrase(nlp, lexicon):
    # the ruling is what the ministry acted in, not what the court said
    text = ("In a ruling of March 1996 the Justice Ministry, prompted by a complaint, refused to register the church, "
            "the Moscow City Court found.")
    assert not any(s == "Moscow City Court" and p == "issued" for s, p, o in facts(nlp, lexicon, text))
