"""Shapes from the round's blind articles, read through the real model, each with the near misses that must stay
silent: an appeal court's own ruling named after its upholding verb, a law described by a participle the parser hung
on the signing verb, a title-case law name followed by its verb, founders who "started" an organisation, contributors
to an outlet, and a search of an organisation's headquarters."""

from __future__ import annotations

import pytest

from tests.sentences import concerns, entities, holds, kinds

# ---- an appeal court's ruling, named after it upheld a sentence --------------------------------------------------

UPHELD = ("The Military Court of Appeal has upheld the prison sentence of Nikita Tushkanov, a teacher from Komi. "
          "The decision means the sentence has now entered into force, his lawyer said.")


def test_the_ruling_named_after_an_upholding_is_the_appeal_courts_and_about_the_defendant(nlp, lexicon):
    found = kinds(nlp, lexicon, UPHELD)
    assert holds(found, "Military Court", "issued", "decision")
    assert concerns(found, "decision", "Nikita Tushkanov")


def test_the_appeal_ruling_is_about_the_sentence_it_upheld(nlp, lexicon):
    assert concerns(kinds(nlp, lexicon, UPHELD), "decision", "prison sentence")


def test_the_judgment_the_defence_asked_to_quash_is_not_the_appeal_courts(nlp, lexicon):
    text = ("The Supreme Court of the Republic of Crimea has upheld the conviction of Nikolai Semena. "
            "His defence had asked the appeals court to quash the judgment. The appeal ruling means that the "
            "sentence has now entered into force.")
    found = kinds(nlp, lexicon, text)
    assert concerns(found, "Supreme Court of Crimea ruling", "Nikolai Semena")
    assert not holds(found, "Supreme Court of Crimea", "issued", "judgment")


def test_an_upholding_that_is_only_asked_for_links_no_ruling(nlp, lexicon):
    text = ("The defence asked the Military Court of Appeal to uphold the acquittal of Nikita Tushkanov. "
            "The decision is expected next week.")
    assert not holds(kinds(nlp, lexicon, text), "Military Court", "issued", "decision")


# ---- a law described by a participle hung on the signing verb --------------------------------------------------------

@pytest.mark.parametrize("verb", ["adding Article 212.1 to", "introducing Article 212.1 into"])
def test_a_law_adding_an_article_to_a_code_is_one_law_that_amends_both(nlp, lexicon, verb):
    found = kinds(nlp, lexicon, f"On 21 July President Vladimir Putin signed a law {verb} the Criminal Code.")
    assert holds(found, "Vladimir Putin", "issued", "law")
    assert concerns(found, "law", "Article 212.1")
    assert concerns(found, "law", "Criminal Code")


def test_a_signed_law_with_no_participle_after_it_describes_nothing(nlp, lexicon):
    found = kinds(nlp, lexicon, "On 21 July President Vladimir Putin signed a law, adding that Article 212.1 "
                                "of the Criminal Code would follow.")
    assert not concerns(found, "law", "Article 212.1")


# ---- a title-case law name ends with its last title-case word --------------------------------------------------------

def test_a_title_case_law_name_stops_before_the_verb_after_it(nlp, lexicon):
    # (a law the lexicon does not know, so that the name is the pattern's: the Law on State Secrets is now an entry)
    text = "He noted that Article 7 of the Law on Archival Affairs forbids classifying information about violations."
    laws = {label for label, kind in entities(nlp, lexicon, text) if kind == "Law"}
    assert laws == {"Law on Archival Affairs"}


def test_a_title_case_law_name_keeps_its_joining_words(nlp, lexicon):
    text = "He cited Article 5 of the Law on Freedom of Conscience and Religious Associations in court."
    laws = {label for label, kind in entities(nlp, lexicon, text) if kind == "Law"}
    assert any(label.endswith("Freedom of Conscience and Religious Associations") for label in laws)


def test_a_lower_case_law_subject_is_left_as_matched(nlp, lexicon):
    laws = {label for label, kind in entities(nlp, lexicon, "Putin signed the law on foreign agents in July.")
            if kind == "Law"}
    assert any("foreign agents" in label for label in laws)


# ---- founders who "started" an organisation; contributors to an outlet -----------------------------------------------

def test_a_person_who_started_an_organisation_founded_it(nlp, lexicon):
    found = kinds(nlp, lexicon, "Pavel Durov started VKontakte in St Petersburg in 2006.")
    assert holds(found, "Pavel Durov", "roleIn", "VKontakte")


def test_starting_something_that_is_not_an_organisation_gives_no_role(nlp, lexicon):
    found = kinds(nlp, lexicon, "Alexei Navalny started a hunger strike in prison after Memorial spoke out.")
    assert not holds(found, "Alexei Navalny", "roleIn", "Memorial")


def test_a_journalist_who_contributed_to_an_outlet_has_a_role_in_it(nlp, lexicon):
    found = kinds(nlp, lexicon, "Nikolai Semena, a veteran journalist who contributed to Krym.Realii, was convicted.")
    assert holds(found, "Nikolai Semena", "roleIn", "Krym.Realii")


def test_an_outlet_run_by_a_broadcaster_is_owned_by_it(nlp, lexicon):
    found = kinds(nlp, lexicon, "He wrote for Krym.Realii, a news site run by Radio Free Europe/Radio Liberty.")
    assert holds(found, "Radio Free Europe", "owns", "Krym.Realii")


def test_the_mejlis_is_an_organisation(nlp, lexicon):
    found = entities(nlp, lexicon, "Ilmi Umerov, a deputy chairman of the Mejlis, was convicted in Simferopol.")
    assert ("Mejlis of the Crimean Tatar People", "Organization") in found


# ---- a search of an organisation's headquarters ----------------------------------------------------------------------

def test_searching_the_companys_headquarters_acts_on_the_company(nlp, lexicon):
    text = ("VKontakte is the largest social network in Russia. Officers of the Investigative Committee searched the "
            "company's headquarters in April 2013.")
    assert holds(kinds(nlp, lexicon, text), "Investigative Committee", "sanctioned", "VKontakte")


def test_searching_headquarters_of_nobody_named_acts_on_nobody(nlp, lexicon):
    text = ("VKontakte is the largest social network in Russia. Officers of the Investigative Committee searched "
            "some headquarters in April 2013.")
    assert not holds(kinds(nlp, lexicon, text), "Investigative Committee", "sanctioned", "VKontakte")


# ---- a plural title after a list of names --------------------------------------------------------------------------

def test_a_plural_title_after_a_list_is_every_named_persons(nlp, lexicon):
    text = ("Moscow's Dorogomilovsky District Court on Tuesday sentenced Armen Aramyan, Alla Gutnikova, Natalia "
            "Tyshkevich and Vladimir Metyolkin, editors of the student magazine DOXA, to two years of correctional "
            "labour.")
    found = kinds(nlp, lexicon, text)
    for name in ("Armen Aramyan", "Alla Gutnikova", "Natalia Tyshkevich", "Vladimir Metyolkin"):
        assert holds(found, name, "roleIn", "DOXA")


def test_a_singular_title_after_a_list_is_not_the_first_persons(nlp, lexicon):
    text = "The court questioned Ivan Petrov, Oleg Sidorov and Anna Petrova, an editor of the magazine DOXA, on Monday."
    assert not holds(kinds(nlp, lexicon, text), "Oleg Sidorov", "roleIn", "DOXA")


# ---- an application told by its participle ---------------------------------------------------------------------------

ECHR = "The European Court of Human Rights ruled on Tuesday. "


def test_an_application_lodged_by_its_possessor_petitions_the_court(nlp, lexicon):
    text = ECHR + "In his application, lodged with the Court in 2012, Sergey Frumkin complained of unfair treatment."
    assert holds(kinds(nlp, lexicon, text), "Sergey Frumkin", "petitioned", "European Court of Human Rights")


def test_an_application_lodged_by_an_agent_petitions_the_court(nlp, lexicon):
    text = ECHR + "The application, lodged by Memorial in 2016, concerned the foreign agent law."
    assert holds(kinds(nlp, lexicon, text), "Memorial", "petitioned", "European Court of Human Rights")


def test_a_document_lodged_is_not_an_application(nlp, lexicon):
    text = ECHR + "In his statement, lodged with the ministry in 2012, Sergey Frumkin complained of unfair treatment."
    assert not holds(kinds(nlp, lexicon, text), "Sergey Frumkin", "petitioned", "European Court of Human Rights")


def test_a_complaint_filed_and_still_pending_was_filed(nlp, lexicon):
    text = ECHR + "A complaint filed by Memorial in 2016 is still pending."
    assert holds(kinds(nlp, lexicon, text), "Memorial", "petitioned", "European Court of Human Rights")


def test_a_lawsuit_to_liquidate_a_group_is_only_asked_for(nlp, lexicon):
    text = "The Justice Ministry filed a lawsuit with the Supreme Court to liquidate Memorial."
    assert not holds(kinds(nlp, lexicon, text), "Ministry of Justice", "sanctioned", "Memorial")
