"""Sanctions and charges in wordings of wire copy that the verb's plain subject and object miss: a dateline lead of any
form ('MOSCOW, March 3 - ', 'ST PETERSBURG, Nov 16 —'), a penalty handed as a second object ('handed X a seven-year
sentence'), 'a judge at <court>', a penalty told by its participle ('the fine imposed on X by <court>'), 'stands
accused / remains charged under', 'went / is / was put on trial under', and a passive actor without a name ('fined by
the police') that is not the article's one court. Each shape is read from several sentences of our own through the
real model, with near misses that must make no fact."""

from __future__ import annotations

import pytest

from tests.sentences import holds, kinds


# --- a dateline lead: the parser reads the place as the subject and hangs the real one on it or on the date ---------

@pytest.mark.parametrize("text, subject, kind, obj", [
    ("MOSCOW, March 3 - The Basmanny District Court on Tuesday ordered the arrest of journalist Evan Gershkovich.",
     "Basmanny", "sanctioned", "Gershkovich"),
    ("ST PETERSBURG, Nov 16 - The Vasileostrovsky District Court sentenced Alexandra Skochilenko to seven years.",
     "Vasileostrovsky", "sanctioned", "Skochilenko"),
    ("ROSTOV-ON-DON, May 2 - The Southern District Military Court sentenced Ivan Petrov to six years.",
     "Military Court", "sanctioned", "Petrov"),
    ("KALININGRAD, Feb 2 — Mikhail Baryshnikov was sentenced to seven and a half years under Article 207.3 of the "
     "Criminal Code.", "Baryshnikov", "chargedUnder", "Article 207.3"),
    ("NIZHNY NOVGOROD, Nov 16 — Ivan Petrov was convicted under Article 207.3 of the Criminal Code.",
     "Petrov", "chargedUnder", "Article 207.3"),
], ids=["hyphen-date-court", "two-word-place", "hyphenated-place", "passive-sentenced-under", "two-word-passive"])
def test_a_dateline_lead_does_not_hide_the_actor_or_the_defendant(nlp, lexicon, text, subject, kind, obj):
    assert holds(kinds(nlp, lexicon, text), subject, kind, obj)


@pytest.mark.parametrize("text, subject, obj", [
    ("MOSCOW, March 3 - The Basmanny District Court refused to arrest Evan Gershkovich.", "Basmanny", "Gershkovich"),
    ("KALININGRAD, Feb 2 - Mikhail Baryshnikov said he would appeal to the Kaliningrad Regional Court.",
     "Kaliningrad Regional Court", "Baryshnikov"),
], ids=["refused", "appeal-to"])
def test_a_dateline_lead_makes_no_sanction_of_its_own(nlp, lexicon, text, subject, obj):
    assert not holds(kinds(nlp, lexicon, text), subject, "sanctioned", obj)


# --- a penalty handed as a second object, or handed down 'to' someone ------------------------------------------------

@pytest.mark.parametrize("text, court, person", [
    ("The Khamovnichesky District Court handed Alexandra Skochilenko a seven-year sentence.", "Khamovnichesky",
     "Skochilenko"),
    ("The Kirov Regional Court handed the blogger Mikhail Shirokov a three-year prison sentence on Monday.",
     "Kirov Regional Court", "Shirokov"),
    ("The Khamovnichesky District Court handed the artist Alexandra Skochilenko a seven-year sentence.",
     "Khamovnichesky", "Skochilenko"),
    ("The Meshchansky District Court handed down an eight-year sentence to Ilya Yashin.", "Meshchansky", "Yashin"),
], ids=["two-objects", "described-person", "sentence-as-adverb", "handed-down-to"])
def test_a_court_that_hands_someone_a_sentence_sanctions_them(nlp, lexicon, text, court, person):
    assert holds(kinds(nlp, lexicon, text), court, "sanctioned", person)


@pytest.mark.parametrize("text, court, person", [
    ("Prosecutors asked the Meshchansky District Court to hand Ilya Yashin a nine-year sentence.", "Meshchansky",
     "Yashin"),
    ("The Meshchansky District Court handed the case of Ilya Yashin to another judge.", "Meshchansky", "Yashin"),
    ("The Tverskoy District Court handed Alexei Gorinov's lawyers the case files.", "Tverskoy", "Gorinov"),
], ids=["asked-for", "handed-a-case", "handed-files"])
def test_handing_no_penalty_or_only_asking_for_one_is_no_sanction(nlp, lexicon, text, court, person):
    assert not holds(kinds(nlp, lexicon, text), court, "sanctioned", person)


# --- 'a judge at <court>' acts for that court ----------------------------------------------------------------------

@pytest.mark.parametrize("text, court, person", [
    ("A judge at the Savelovsky District Court sentenced Boris Kagarlitsky to five years.", "Sav", "Kagarlitsky"),
    ("A judge from the Dzerzhinsky District Court fined Denis Kozlov 30,000 rubles.", "Dzerzhinsky", "Kozlov"),
    ("A judge of the Savelovsky District Court sentenced Boris Kagarlitsky to five years.", "Sav", "Kagarlitsky"),
], ids=["at", "from", "of"])
def test_a_judge_at_a_court_acts_for_it(nlp, lexicon, text, court, person):
    assert holds(kinds(nlp, lexicon, text), court, "sanctioned", person)


def test_a_judge_at_a_court_who_refuses_sanctions_nobody(nlp, lexicon):
    text = "A judge at the Savelovsky District Court refused to release Boris Kagarlitsky."
    assert not holds(kinds(nlp, lexicon, text), "Sav", "sanctioned", "Kagarlitsky")


# --- a penalty told by its participle: 'the fine imposed on X by <court>' ------------------------------------------

@pytest.mark.parametrize("text, court, party", [
    ("The fine imposed on Google by the Tagansky District Court reached 21 billion rubles.", "Tagansky", "Google"),
    ("The fine handed to Memorial by the Tverskoy District Court was paid by its supporters.", "Tverskoy", "Memorial"),
    ("The Supreme Court overturned the fine imposed on Anna Popova by the Leninsky District Court.", "Leninsky",
     "Popova"),
], ids=["imposed-on", "handed-to", "inside-an-object"])
def test_a_penalty_participle_names_who_imposed_it_on_whom(nlp, lexicon, text, court, party):
    assert holds(kinds(nlp, lexicon, text), court, "sanctioned", party)


@pytest.mark.parametrize("text, actor, party", [
    ("The Supreme Court overturned the fine imposed on Anna Popova by the Leninsky District Court.", "Supreme",
     "Popova"),
    ("The fine imposed on Google could reach 10 percent of its revenue, the Tagansky District Court said.",
     "Tagansky", "Google"),
    ("The penalty proposed for Google by the Federal Antimonopoly Service was 5 million rubles.", "Antimonopoly",
     "Google"),
], ids=["overturning-court", "no-by-phrase", "proposed"])
def test_a_penalty_participle_without_its_imposer_gives_nobody(nlp, lexicon, text, actor, party):
    assert not holds(kinds(nlp, lexicon, text), actor, "sanctioned", party)


# --- 'stands accused / remains charged under' -----------------------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("Grigory Melkonyants stands accused under Article 284.1 of the Criminal Code.", "Melkonyants"),
    ("Oleg Orlov remains charged under Article 280.3 of the Criminal Code.", "Orlov"),
    ("Vladimir Osechkin stands accused under Article 207.3 of the Criminal Code, which covers 'fakes' about the "
     "army.", "Osechkin"),
], ids=["stands-accused", "remains-charged", "with-relative-clause"])
def test_a_person_who_stands_accused_under_a_provision_is_charged_under_it(nlp, lexicon, text, person):
    assert holds(kinds(nlp, lexicon, text), person, "chargedUnder", "Article")


@pytest.mark.parametrize("text", [
    "Oleg Orlov remains convinced that Article 280.3 of the Criminal Code is unconstitutional.",
    "The Justice Ministry stands accused of ignoring Article 29 of the Constitution.",
], ids=["remains-convinced", "accused-of-ignoring"])
def test_a_linking_verb_with_another_participle_charges_nobody(nlp, lexicon, text):
    assert not any(k == "chargedUnder" for _, k, _ in kinds(nlp, lexicon, text))


# --- 'went / is / was put on trial under <provision>' --------------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("Oleg Orlov went on trial under Article 280.3 of the Criminal Code.", "Orlov"),
    ("Oleg Orlov is on trial under Article 280.3 of the Criminal Code.", "Orlov"),
    ("Oleg Orlov was put on trial under Article 280.3 of the Criminal Code.", "Orlov"),
    ("Prosecutors put the activist Oleg Orlov on trial under Article 280.3 of the Criminal Code in March.", "Orlov"),
    ("Sergei Mikhailov went on trial under Article 207.3 of the Criminal Code in Gorno-Altaisk.", "Mikhailov"),
], ids=["went-on", "is-on", "was-put-on", "active-put", "with-place"])
def test_the_one_on_trial_under_a_provision_is_charged_under_it(nlp, lexicon, text, person):
    assert holds(kinds(nlp, lexicon, text), person, "chargedUnder", "Article")


@pytest.mark.parametrize("text", [
    "Oleg Orlov went on trial in May, and Article 280.3 of the Criminal Code was debated in parliament.",
    "Oleg Orlov may go on trial under Article 280.3 of the Criminal Code next year.",
    "Oleg Orlov will not go on trial under Article 280.3 of the Criminal Code, his lawyer said.",
    "Oleg Orlov watched the trial under Article 280.3 of the Criminal Code of his friend.",
], ids=["no-provision-in-clause", "may", "will-not", "watched"])
def test_a_trial_not_held_or_not_his_charges_nobody(nlp, lexicon, text):
    assert not holds(kinds(nlp, lexicon, text), "Orlov", "chargedUnder", "Article 280.3")


# --- a passive actor without a name is not the article's one court ------------------------------------------------

@pytest.mark.parametrize("text", [
    "A judge at the Leninsky District Court, Olga Fedorova, said Ivan Petrov had been fined by the police.",
    "The Leninsky District Court heard the case. Ivan Petrov was fined by the traffic police in May.",
    "The Leninsky District Court heard the case. Ivan Petrov was detained by unknown men in May.",
], ids=["police-reported", "traffic-police-next-sentence", "unknown-men"])
def test_a_nameless_passive_actor_is_not_the_articles_court(nlp, lexicon, text):
    assert not holds(kinds(nlp, lexicon, text), "Leninsky", "sanctioned", "Petrov")


@pytest.mark.parametrize("text", [
    "The Leninsky District Court heard the case. Ivan Petrov was fined 30,000 rubles by a court.",
    "The Leninsky District Court heard the case. Ivan Petrov was fined 30,000 rubles by the judge.",
    "The Leninsky District Court heard the case. Ivan Petrov was fined 30,000 rubles.",
], ids=["by-a-court", "by-the-judge", "no-actor"])
def test_a_court_word_or_no_actor_still_is_the_articles_court(nlp, lexicon, text):
    assert holds(kinds(nlp, lexicon, text), "Leninsky", "sanctioned", "Petrov")


# --- 'The case against X was opened under <provision>': the defendant inside the passive subject ---------------------

@pytest.mark.parametrize("text, person, provision", [
    ("The case against Mikhail Afanasyev was opened under Article 207.3 of the Criminal Code.", "Afanasyev",
     "Article 207.3"),
    ("A criminal case against the blogger Ruslan Sokolovsky was opened under Article 148 of the Criminal Code in "
     "2016.", "Sokolovsky", "Article 148"),
    ("Criminal proceedings against Oleg Orlov were launched under Article 280.3 of the Criminal Code.", "Orlov",
     "Article 280.3"),
], ids=["the-case", "described-person", "proceedings-launched"])
def test_a_case_against_someone_opened_under_a_provision_charges_them(nlp, lexicon, text, person, provision):
    assert holds(kinds(nlp, lexicon, text), person, "chargedUnder", provision)


def test_a_case_that_may_be_opened_charges_nobody(nlp, lexicon):
    text = "A case against Mikhail Afanasyev may be opened under Article 207.3 of the Criminal Code."
    assert not holds(kinds(nlp, lexicon, text), "Afanasyev", "chargedUnder", "Article 207.3")
