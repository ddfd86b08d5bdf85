"""Shapes from the round's blind articles, read through the real model, each with the near misses that must stay
silent: a designation told again by a passive ruling noun, an upheld verdict of an unnamed first court, "the appeal
court" that heard the appeal, "the endowment" for the one group named so, honorifics, legal-form suffixes, "found X,
the company ..., guilty", laws signed "as" their name, pronouns for bills that are never codes, and more."""

from __future__ import annotations

import pytest

from tests.sentences import concerns, entities, event_roles, extraction, holds, kinds


# ---- a ruling noun that tells an act already told ------------------------------------------------------------------

DESIGNATED = ("MOSCOW, March 6 - Russia's Prosecutor General's Office has declared Transparency International an "
              "\"undesirable organisation\". Prosecutors said its work threatened the constitutional order. The "
              "statement gave no examples. The group's index ranked Russia 137th. Its Russian chapter has published "
              "reports for two decades. Its reports were widely cited. ")


def test_the_designation_was_made_under_a_law_records_the_designation_told_before(nlp, lexicon):
    found = kinds(nlp, lexicon, DESIGNATED + "The designation was made under the 2015 law on undesirable organisations.")
    assert concerns(found, "designation", "Transparency International")


def test_a_designation_with_its_own_issuer_is_not_taken_for_the_one_before(nlp, lexicon):
    # with an agent the noun names who issued it; it is not told again by this sentence's shape
    found = kinds(nlp, lexicon, DESIGNATED + "The designation was made by the Justice Ministry in 2015.")
    assert not concerns(found, "designation", "Transparency International")


# ---- the verdict an appeal court upheld --------------------------------------------------------------------------

APPEAL = ("Sergei Mikhailov, the founder of Listok, was charged under Part 2 of Article 207.3. In June 2023 a court in "
          "the republic sentenced him to eight years in a penal colony. ")


def test_the_appeal_court_that_heard_the_appeal_upheld_the_unnamed_courts_verdict(nlp, lexicon):
    text = APPEAL + "The Supreme Court of the Altai Republic later heard his appeal; the appeal court upheld the verdict."
    assert holds(kinds(nlp, lexicon, text), "Altai Republic", "sanctioned", "Sergei Mikhailov")


def test_an_appeal_court_no_court_is_said_to_hear_stays_unresolved(nlp, lexicon):
    text = ("Sergei Mikhailov was charged under Part 2 of Article 207.3. In June 2023 the Gorno-Altaisk City Court "
            "sentenced him to eight years. The Supreme Court of the Altai Republic met on Monday; the appeal court "
            "upheld the verdict.")
    assert not holds(kinds(nlp, lexicon, text), "Altai Republic", "sanctioned", "Mikhailov")


def test_an_indefinite_verdict_upheld_is_not_the_one_told_before(nlp, lexicon):
    text = APPEAL + "The Supreme Court of the Altai Republic heard his appeal; it upheld a verdict in another case."
    assert not holds(kinds(nlp, lexicon, text), "Altai Republic", "sanctioned", "Mikhailov")


@pytest.mark.parametrize("text", [
    "The Military Court of Appeal has rejected the appeal of Azat Miftakhov and left in force his four-year sentence.",
    "The Military Court of Appeal has left in force the four-year sentence of Azat Miftakhov.",
])
def test_a_sentence_left_in_force_is_upheld(nlp, lexicon, text):
    assert holds(kinds(nlp, lexicon, text), "Military Court", "sanctioned", "Azat Miftakhov")


def test_a_force_that_is_not_in_force_confirms_nothing(nlp, lexicon):
    text = "The Military Court of Appeal has left Azat Miftakhov's lawyers no choice but to use force of argument."
    assert not holds(kinds(nlp, lexicon, text), "Military Court", "sanctioned", "Azat Miftakhov")


def test_a_hyphenated_term_is_the_whole_name_of_the_sentence(nlp, lexicon):
    text = ("Azat Miftakhov should have walked free this month after serving the six-year sentence that the "
            "Golovinsky District Court of Moscow gave him in 2021 for hooliganism.")
    labels = {label for label, kind in entities(nlp, lexicon, text) if kind == "Ruling"}
    assert "year sentence" not in labels


# ---- descriptions, honorifics, legal forms --------------------------------------------------------------------

def test_the_endowment_is_the_one_group_named_with_that_word(nlp, lexicon):
    text = ("Russia declared the National Endowment for Democracy undesirable in July 2015. Open Russia was added "
            "later. The endowment, which has been led by its president, Carl Gershman, said it would go on working.")
    assert holds(kinds(nlp, lexicon, text), "Carl Gershman", "roleIn", "National Endowment for Democracy")


def test_the_endowment_is_not_a_group_named_otherwise(nlp, lexicon):
    text = ("Russia declared Open Russia undesirable in 2017. The endowment, which has been led by its president, "
            "Carl Gershman, said it would go on working.")
    assert not holds(kinds(nlp, lexicon, text), "Carl Gershman", "roleIn", "Open Russia")


def test_an_honorific_is_not_part_of_the_name(nlp, lexicon):
    text = ("Olga Kudeshkina, a judge of the Moscow City Court, lost her post in 2004. Ms Kudeshkina then applied to "
            "the Strasbourg court.")
    people = {label for label, kind in entities(nlp, lexicon, text) if kind == "Person"}
    assert people == {"Olga Kudeshkina"}


def test_a_legal_form_makes_a_company_and_found_guilty_reaches_past_its_apposition(nlp, lexicon):
    text = ("Telegram was fined on Monday. A justice of the peace in Moscow's Meshchansky district found Telegram "
            "Messenger LLP, the company named in the case, guilty under Part 2.1 of Article 13.31 of the Code of "
            "Administrative Offenses.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Telegram", "chargedUnder", "Part 2.1 of Article 13.31")
    assert ("Telegram Messenger LLP", "Person") not in entities(nlp, lexicon, text)


def test_found_guilty_needs_guilty(nlp, lexicon):
    text = ("A justice of the peace in Moscow's Meshchansky district found Telegram Messenger LLP, the company named "
            "in the case, responsible for the delay under Part 2.1 of Article 13.31 of the Code of Administrative "
            "Offenses.")
    assert not event_roles(nlp, lexicon, text, "Conviction")


def test_the_countrys_regulator_is_roskomnadzor(nlp, lexicon):
    text = ("MOSCOW - Instagram became unavailable in Russia on Monday, after the country's communications regulator "
            "restricted access to the network.")
    assert holds(kinds(nlp, lexicon, text), "Roskomnadzor", "sanctioned", "Instagram")


def test_a_product_named_after_the_name_in_apposition_is_its_owners(nlp, lexicon):
    text = "Meta confirmed the report. Facebook, Meta's largest network, was blocked by Roskomnadzor on March 4."
    assert holds(kinds(nlp, lexicon, text), "Meta", "owns", "Facebook")


def test_a_possessive_in_apposition_that_is_no_product_owns_nothing(nlp, lexicon):
    text = "Meta confirmed the report. Nick Clegg, Meta's president of global affairs, spoke on March 4."
    assert not any(k == "owns" for _, k, _ in kinds(nlp, lexicon, text))


# ---- roles listed after the title's verb ----------------------------------------------------------------------

def test_titles_that_resigned_among_them_names(nlp, lexicon):
    text = ("Vedomosti was sold in 2020. The paper's five deputy editors resigned, among them Alexander Gubsky and "
            "Kirill Kharatyan.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Alexander Gubsky", "roleIn", "Vedomosti") and holds(found, "Kirill Kharatyan", "roleIn",
                                                                               "Vedomosti")


def test_titles_whose_verb_has_an_object_list_its_examples_not_themselves(nlp, lexicon):
    text = ("Memorial was closed in 2021. Its board members praised many people, including Oleg Orlov and "
            "Jan Rachinsky.")
    assert not holds(kinds(nlp, lexicon, text), "Oleg Orlov", "roleIn", "Memorial")


# ---- laws through the legislature -----------------------------------------------------------------------------

BILL = ("The bill was submitted to the State Duma in March 2012. Deputies backed the bill in January. Before the final "
        "votes the committee rewrote the text. The word \"homosexuality\" was dropped, and the penalties were placed "
        "in the Code of Administrative Offenses. ")


def test_a_bill_passed_is_never_the_code_named_just_before(nlp, lexicon):
    found = kinds(nlp, lexicon, BILL + "The Duma then passed it in both readings.")
    assert not holds(found, "State Duma", "issued", "Code of Administrative Offenses")


def test_signed_it_as_a_named_law_signs_that_law(nlp, lexicon):
    text = (BILL + "The same sitting approved a separate law making insults to believers a crime. President Vladimir "
            "Putin signed it as Federal Law No. 135-FZ of 29 June 2013.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Vladimir Putin", "issued", "135-FZ")
    assert not holds(found, "Vladimir Putin", "issued", "insults")


def test_the_st_petersburg_law_keeps_its_city(nlp, lexicon):
    text = ("Several regions had adopted such bans; the St Petersburg law, signed by Governor Georgy Poltavchenko that "
            "same month, drew attention.")
    labels = {label for label, kind in entities(nlp, lexicon, text) if kind == "Law"}
    assert any(label.startswith("St Petersburg law") for label in labels)


def test_a_law_named_inside_a_provision_is_not_the_law_before(nlp, lexicon):
    text = ("The Duma approved the law on Tuesday. Article 14 of the law on basic guarantees of the rights of the child "
            "is amended in the same spirit.")
    for roles in event_roles(nlp, lexicon, text, "Amendment"):
        assert roles.get("target") != {"law"}


def test_the_child_protection_law_is_named_in_full(nlp, lexicon):
    text = ("Article 5 of the federal law on the protection of children from information harmful to their health and "
            "development now lists such information.")
    ex = extraction(nlp, lexicon, text)
    anchors = {m.text.lower() for m in ex.mentions}
    assert "federal law on the protection of children from information harmful to their health and development" \
        in anchors
