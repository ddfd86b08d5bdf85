"""Shapes from this round's development misses, read through the real model, each with the near misses that must
stay silent: a provision created by a law in the passive, and an appeal court's ruling named only at the end of a
report that opens with the court upholding a sentence."""

from __future__ import annotations

from tests.sentences import concerns, holds, kinds

# ---- "<provision> was created by <law>" -------------------------------------------------------------------------


def test_a_provision_created_by_a_law_is_amended_by_it(nlp, lexicon):
    text = ("Article 207.3 of the Criminal Code was created by a law that Vladimir Putin signed on 4 March 2022. "
            "Prosecutors have used it against hundreds of people since then.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "law", "concerns", "Article 207.3")


def test_a_provision_established_by_a_law_is_amended_by_it(nlp, lexicon):
    text = "Article 6.21 of the Code of Administrative Offenses was established by a law signed in June 2013."
    assert holds(kinds(nlp, lexicon, text), "law", "concerns", "Article 6.21")


def test_a_provision_created_by_a_body_is_no_concern_of_the_body(nlp, lexicon):
    text = "Article 207.3 of the Criminal Code was created by the State Duma in March 2022."
    found = kinds(nlp, lexicon, text)
    assert not any(kind == "concerns" and "Article 207.3" in obj for _, kind, obj in found)


# ---- "<court> upheld the sentence of X ... the appeal ruling means ..." -----------------------------------------

UPHELD = (
    "The Moscow City Court has upheld the prison sentence of Ivan Petrov, a blogger from Tver who was convicted of "
    "spreading false information about the army. "
    "The appeals court heard the case for less than an hour. "
    "{second}"
    "The verdict had been handed down in March by the Basmanny District Court, which found Petrov guilty under "
    "Article 207.3 of the Criminal Code. "
    "The charges were brought over two posts on VKontakte. "
    "Petrov wrote them in the spring of 2022. "
    "He has been held in a pre-trial detention centre since his arrest. "
    "His mother attended the hearing. "
    "Petrov can still file a cassation complaint, but the appeal ruling means that the sentence has entered into "
    "force."
)


def test_the_appeal_ruling_is_the_upholding_courts_and_about_the_defendant(nlp, lexicon):
    found = kinds(nlp, lexicon, UPHELD.format(second=""))
    assert holds(found, "Moscow City Court", "issued", "Moscow City Court ruling")
    assert not holds(found, "Basmanny District Court", "issued", "Basmanny District Court ruling")
    assert concerns(found, "Moscow City Court ruling", "Ivan Petrov")


def test_the_appeal_ruling_after_two_upholding_courts_is_neither_ones_guess(nlp, lexicon):
    second = "A week earlier the Tver Regional Court had upheld Petrov's earlier sentence for an unpaid fine. "
    found = kinds(nlp, lexicon, UPHELD.format(second=second))
    assert not any(kind == "issued" and "ruling" in obj for _, kind, obj in found)


# ---- "the upper house" is the Federation Council, never the State Duma named nearer ---------------------------------


def test_the_upper_house_is_the_council_not_the_duma_named_last(nlp, lexicon):
    text = ("The Federation Council must still approve the bill, which the State Duma passed on 11 June. "
            "On 26 June the upper house, chaired by Valentina Matviyenko, approved the law.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Valentina Matviyenko", "roleIn", "Federation Council")
    assert not holds(found, "Valentina Matviyenko", "roleIn", "State Duma")


def test_the_lower_house_is_the_duma(nlp, lexicon):
    text = ("The Federation Council approved the bill after the State Duma had passed it. The lower house, led by "
            "Vyacheslav Volodin, adopted it in three readings.")
    found = kinds(nlp, lexicon, text)
    assert not holds(found, "Vyacheslav Volodin", "roleIn", "Federation Council")


# ---- "found the 43-year-old guilty": an age standing for the defendant ------------------------------------------


def test_an_age_found_guilty_is_the_person_named_before(nlp, lexicon):
    text = ("Marina Ovsyannikova, a former editor at Channel One, recorded a video address. The Ostankinsky District "
            "Court found the 43-year-old guilty under Article 20.2 of the Code of Administrative Offenses.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Ostankinsky District Court", "sanctioned", "Marina Ovsyannikova")
    assert holds(found, "Marina Ovsyannikova", "chargedUnder", "Article 20.2")


def test_an_age_far_from_any_name_is_the_person_the_report_is_about(nlp, lexicon):
    text = ("Nikolai Semena, a journalist, wrote a column for Krym.Realii in 2015. Semena was charged a year later. "
            "His lawyers called the case absurd. The prosecution asked for a prison term. The hearing lasted a week. "
            "The Zheleznodorozhny District Court found the 67-year-old guilty under Part 2 of Article 280.1 of the "
            "Criminal Code.")
    assert holds(kinds(nlp, lexicon, text), "Nikolai Semena", "chargedUnder", "Article 280.1")


def test_an_age_far_from_two_people_named_as_often_is_nobody(nlp, lexicon):
    text = ("Nikolai Semena wrote a column in 2015. Ivan Petrov wrote another. Semena and Petrov were charged a year "
            "later. Their lawyers called the case absurd. The prosecution asked for prison terms. The hearing lasted "
            "a week. The court found the 67-year-old guilty under Part 2 of Article 280.1 of the Criminal Code.")
    found = kinds(nlp, lexicon, text)
    assert not any(kind == "chargedUnder" for _, kind, _ in found)


# ---- "fined each of them": the group named before ---------------------------------------------------------------


def test_each_of_them_is_the_group_named_before(nlp, lexicon):
    text = ("Facebook and Twitter ignored the demands. In April the Tagansky District Court fined each of them 3,000 "
            "rubles under Article 19.7 of the Code of Administrative Offenses.")
    found = kinds(nlp, lexicon, text)
    for company in ("Facebook", "Twitter"):
        assert holds(found, "Tagansky District Court", "sanctioned", company)
        assert holds(found, company, "chargedUnder", "Article 19.7")


def test_none_of_them_is_nobody(nlp, lexicon):
    text = ("Facebook and Twitter ignored the demands. In April the Tagansky District Court fined none of them under "
            "Article 19.7 of the Code of Administrative Offenses.")
    assert not any(kind == "sanctioned" for _, kind, _ in kinds(nlp, lexicon, text))


# ---- "In April Roskomnadzor blocked X": the parser makes the subject the object of "In" --------------------------


def test_the_subject_after_a_month_acts(nlp, lexicon):
    found = kinds(nlp, lexicon, "In April Roskomnadzor blocked Telegram.")
    assert holds(found, "Roskomnadzor", "sanctioned", "Telegram")


def test_the_passive_subject_after_a_month_is_acted_on(nlp, lexicon):
    found = kinds(nlp, lexicon, "In April Meduza was declared a foreign agent by the Justice Ministry.")
    assert holds(found, "Ministry of Justice", "sanctioned", "Meduza")


def test_a_name_after_a_month_in_a_clause_with_a_subject_stays_put(nlp, lexicon):
    found = kinds(nlp, lexicon, "The regulator said that in April Telegram would be unblocked.")
    assert not any(kind == "sanctioned" for _, kind, _ in found)


# ---- "the aerodynamics specialist": more nouns of people's work stand for the person named before ------------------


def test_a_specialist_sentenced_is_the_person_named_before(nlp, lexicon):
    text = ("Anatoly Maslov headed a laboratory in Novosibirsk. In May the aerodynamics specialist was sentenced by "
            "the St Petersburg City Court to 14 years.")
    assert holds(kinds(nlp, lexicon, text), "St Petersburg City Court", "sanctioned", "Anatoly Maslov")


def test_a_specialist_after_two_people_is_neither(nlp, lexicon):
    text = ("Anatoly Maslov and Alexander Shiplyuk headed laboratories in Novosibirsk. In May the aerodynamics "
            "specialist was sentenced by the St Petersburg City Court to 14 years.")
    assert not any(kind == "sanctioned" for _, kind, _ in kinds(nlp, lexicon, text))


# ---- "<Person>, a physicist from <Org>": a scholar's or specialist's work place ----------------------------------


def test_a_physicist_from_an_institute_works_there(nlp, lexicon):
    found = kinds(nlp, lexicon, "Sergei Petrov, a professor at the Higher School of Economics, signed the letter.")
    assert holds(found, "Sergei Petrov", "roleIn", "Higher School of Economics")


def test_a_historian_from_a_city_has_no_role(nlp, lexicon):
    found = kinds(nlp, lexicon, "Anna Ivanova, a historian from Perm, was fined by the Leninsky District Court.")
    assert not any(kind == "roleIn" for _, kind, _ in found)
