"""Charges and sanctions told in the wordings news reports use beyond '<court> convicted <X> under <provision>':
a penalty given or ordered paid, a small clause of designation, 'the first person to be prosecuted under', a
participle the parser misreads, a conditional conviction, a suit granted. Each shape is read from several
sentences of our own through the real model, with near misses that must make no fact."""

from __future__ import annotations

import pytest

from kg.vocab import base_of
from tests.sentences import facts


def kinds(nlp, lexicon, text: str) -> set[tuple[str, str, str]]:
    """(subject label, base property, object label) of every relation extracted from the text."""
    return {(s, base_of(p), o) for s, p, o in facts(nlp, lexicon, text)}


def holds(found: set, subject: str, kind: str, obj: str) -> bool:
    return any(subject in s and k == kind and obj in o for s, k, o in found)


def sanctions_and_charges(found: set) -> set:
    return {f for f in found if f[1] in ("sanctioned", "chargedUnder")}


# --- a penalty given: "<court> gave/handed <X> a suspended sentence / a fine" (kg.event_received) ---------

@pytest.mark.parametrize("text, court, bearer, basis", [
    ("The Leninsky District Court gave Anna Popova a two-year suspended sentence under Article 280.3 of the "
     "Criminal Code.", "Leninsky", "Popova", "280.3"),
    ("The Vakhitovsky District Court handed Oleg Orlov a fine of 30,000 rubles under Part 1 of Article 20.3.3 of "
     "the Code of Administrative Offenses.", "Vakhitovsky", "Orlov", "20.3.3"),
    ("On Tuesday the Kirovsky District Court handed the blogger Pavel Smirnov six years in a penal colony under "
     "Article 207.3 of the Criminal Code.", "Kirovsky", "Smirnov", "207.3"),
], ids=["gave-suspended", "handed-fine", "handed-years"])
def test_a_court_that_gives_a_penalty_sanctions_who_gets_it(nlp, lexicon, text, court, bearer, basis):
    found = kinds(nlp, lexicon, text)
    assert holds(found, court, "sanctioned", bearer)
    assert holds(found, bearer, "chargedUnder", basis)


@pytest.mark.parametrize("text", [
    "The Leninsky District Court gave Anna Popova two weeks to appeal.",
    "The Leninsky District Court gave Anna Popova a copy of the verdict.",
    "The Leninsky District Court did not give Anna Popova a suspended sentence.",
], ids=["time-to-appeal", "a-copy", "negated"])
def test_giving_what_is_no_penalty_sanctions_nobody(nlp, lexicon, text):
    assert not holds(kinds(nlp, lexicon, text), "Leninsky", "sanctioned", "Popova")


# --- a sum a court orders paid is a fine --------------------------------------------------------------------

@pytest.mark.parametrize("text, court, bearer", [
    ("The Meshchansky District Court ordered Google to pay 4 million rubles.", "Meshchansky", "Google"),
    ("Sergei Karelin was ordered to pay a fine of 50,000 rubles by the Vakhitovsky District Court.", "Vakhitovsky",
     "Karelin"),
    ("The Tverskoy District Court ruled that Meta must pay a fine of 2 billion rubles.", "Tverskoy", "Meta"),
    ("The Tagansky District Court ordered Wikimedia Foundation to pay 2 million rubles for two articles.",
     "Tagansky", "Wikimedia"),
], ids=["ordered-sum", "ordered-passive", "ruled-must-pay", "ordered-sum-for"])
def test_a_court_ordering_a_payment_fines(nlp, lexicon, text, court, bearer):
    assert holds(kinds(nlp, lexicon, text), court, "sanctioned", bearer)


@pytest.mark.parametrize("text, court, payer", [
    ("The European Court of Human Rights ordered Russia to pay Alexei Navalny 20,000 euros in damages.", "European",
     "Russia"),
    ("The Tverskoy District Court ordered Meta to pay legal costs to Ivan Petrov.", "Tverskoy", "Meta"),
    ("The Tverskoy District Court ordered Meta to pay 300,000 rubles in compensation to Ivan Petrov.", "Tverskoy",
     "Meta"),
    ("Prosecutors asked the Tverskoy District Court to order Meta to pay a fine of 2 billion rubles.", "Tverskoy",
     "Meta"),
], ids=["damages", "costs", "compensation", "asked-to-order"])
def test_damages_costs_and_requested_orders_are_no_fine(nlp, lexicon, text, court, payer):
    assert not holds(kinds(nlp, lexicon, text), court, "sanctioned", payer)


def test_a_fine_paid_by_someone_else_falls_on_who_it_was_imposed_on(nlp, lexicon):
    found = kinds(nlp, lexicon, "Ivan Petrov paid the fine imposed on his sister Maria Ivanova by the Tverskoy "
                                "District Court.")
    assert not holds(found, "Tverskoy", "sanctioned", "Petrov")
    assert holds(found, "Tverskoy", "sanctioned", "Ivanova")


def test_paying_someone_else_s_fine_makes_no_sanction(nlp, lexicon):
    found = kinds(nlp, lexicon, "Supporters of Maria Ivanova raised money to pay the fine of Ivan Petrov.")
    assert not holds(found, "Ivanova", "sanctioned", "Petrov")


# --- "declared <X> a foreign agent": the small clause's subject is designated ----------------------------

@pytest.mark.parametrize("text, body, target", [
    ("The Justice Ministry declared Meduza a foreign agent in April.", "Justice", "Meduza"),
    ("The Prosecutor General's Office declared the Sakharov Center an undesirable organisation.", "Prosecutor",
     "Sakharov"),
    ("In 2021 the Justice Ministry declared the journalist Lev Ponomarev a foreign agent.", "Justice", "Ponomarev"),
], ids=["foreign-agent", "undesirable-organisation", "journalist-named"])
def test_a_designation_told_as_a_small_clause(nlp, lexicon, text, body, target):
    assert holds(kinds(nlp, lexicon, text), body, "sanctioned", target)


@pytest.mark.parametrize("text", [
    "The Justice Ministry declared Meduza a threat to national security.",
    "The Justice Ministry may declare Meduza a foreign agent.",
    "Lawmakers asked the Justice Ministry to declare Meduza a foreign agent.",
], ids=["no-label", "may", "asked"])
def test_a_small_clause_without_a_label_or_not_done_designates_nobody(nlp, lexicon, text):
    assert not holds(kinds(nlp, lexicon, text), "Justice", "sanctioned", "Meduza")


# --- "<X> became the first person to be prosecuted under ...", "<X>, the first person jailed under ..." ------

@pytest.mark.parametrize("text, who, basis", [
    ("Anna Popova became the first person to be prosecuted under Article 20.3.3 of the Code of Administrative "
     "Offenses.", "Popova", "20.3.3"),
    ("Ivan Petrov was the first to be fined under Article 20.3.3 of the Code of Administrative Offenses.", "Petrov",
     "20.3.3"),
    ("The court reviewed the case of Ildar Dadin, the first person jailed under Article 212.1 of the Criminal Code.",
     "Dadin", "212.1"),
    ("Maria Ivanova, found guilty of discrediting the army under Article 20.3.3 of the Code of Administrative "
     "Offenses, was fined 50,000 rubles.", "Ivanova", "20.3.3"),
], ids=["became-the-first-person", "was-the-first", "apposed-first-person", "participle-found-guilty"])
def test_the_one_a_participle_describes_is_charged(nlp, lexicon, text, who, basis):
    assert holds(kinds(nlp, lexicon, text), who, "chargedUnder", basis)


def test_a_described_conviction_is_not_the_article_s_one_court(nlp, lexicon):
    text = ("Russia's Constitutional Court has ordered a review of the case of Ildar Dadin, the first person jailed "
            "under Article 212.1 of the Criminal Code.")
    assert not holds(kinds(nlp, lexicon, text), "Constitutional", "sanctioned", "Dadin")


@pytest.mark.parametrize("text", [
    "Ivan Petrov was the first judge to hear a case under Article 20.3.3 of the Code of Administrative Offenses.",
    "Ivan Petrov is a lawyer who defended people prosecuted under Article 207.3 of the Criminal Code.",
    "Ivan Petrov could become the first person to be prosecuted under Article 207.3 of the Criminal Code.",
    "Ivan Petrov said the first person to be prosecuted under Article 207.3 of the Criminal Code was a teacher.",
], ids=["active-hear", "the-people-he-defended", "could-become", "someone-else"])
def test_who_is_not_described_as_prosecuted_is_not_charged(nlp, lexicon, text):
    assert not holds(kinds(nlp, lexicon, text), "Petrov", "chargedUnder", "Article")


def test_a_basis_named_in_a_relative_clause_of_the_basis_is_not_one(nlp, lexicon):
    text = ("Ivan Petrov was charged under Article 207.3 of the Criminal Code, which was added to the Code of "
            "Administrative Offenses in March.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Petrov", "chargedUnder", "207.3")
    assert not holds(found, "Petrov", "chargedUnder", "Code of Administrative Offenses")


# --- "faces up to ten years if convicted of ... under <provision>" -------------------------------------------

@pytest.mark.parametrize("text, who, basis", [
    ("Ilya Yashin faces up to 10 years in prison if convicted of spreading 'fakes' about the army under Article "
     "207.3 of the Criminal Code.", "Yashin", "207.3"),
    ("Maria Ivanova faces up to five years if found guilty under Part 2 of Article 280 of the Criminal Code.",
     "Ivanova", "280"),
], ids=["if-convicted", "if-found-guilty"])
def test_who_faces_a_term_if_convicted_is_tried_under_it(nlp, lexicon, text, who, basis):
    assert holds(kinds(nlp, lexicon, text), who, "chargedUnder", basis)


@pytest.mark.parametrize("text", [
    "Ivan Petrov could face up to 10 years in prison if convicted under Article 207.3 of the Criminal Code.",
    "Under Article 207.3 of the Criminal Code, those found guilty face up to 15 years in prison.",
    "Ivan Petrov faces a fine if the Tverskoy District Court finds him guilty under Article 20.3.3 of the Code of "
    "Administrative Offenses.",
], ids=["could-face", "generic", "faces-a-fine"])
def test_a_possible_or_general_term_charges_nobody(nlp, lexicon, text):
    assert not sanctions_and_charges(kinds(nlp, lexicon, text))


# --- custody, access, suits ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, actor, target", [
    ("The Basmanny District Court sent Evan Gershkovich to pre-trial detention for two months.", "Basmanny",
     "Gershkovich"),
    ("Access to Meduza was restricted by Roskomnadzor in March.", "Roskomnadzor", "Meduza"),
    ("The Supreme Court granted the Justice Ministry's lawsuit to liquidate the Moscow Helsinki Group.", "Supreme",
     "Helsinki"),
], ids=["sent-to-detention", "access-restricted", "granted-suit-to-liquidate"])
def test_custody_access_and_granted_suits_sanction(nlp, lexicon, text, actor, target):
    assert holds(kinds(nlp, lexicon, text), actor, "sanctioned", target)


@pytest.mark.parametrize("text, actor, target", [
    ("The Basmanny District Court sent the case of Evan Gershkovich to the Sverdlovsk Regional Court.", "Basmanny",
     "Gershkovich"),
    ("The Justice Ministry filed a lawsuit to liquidate the Moscow Helsinki Group.", "Justice", "Helsinki"),
    ("The Supreme Court rejected the Justice Ministry's lawsuit to liquidate the Moscow Helsinki Group.", "Supreme",
     "Helsinki"),
    ("The Basmanny District Court began hearing the case of Ivan Petrov on Monday.", "Basmanny", "Petrov"),
], ids=["sent-the-case", "filed-suit", "rejected-suit", "merely-hearing"])
def test_a_case_sent_on_or_a_suit_not_granted_sanctions_nobody(nlp, lexicon, text, actor, target):
    assert not holds(kinds(nlp, lexicon, text), actor, "sanctioned", target)


# --- more verbs of restriction: "placed on the wanted list", "cut off" ----------------------------------------

@pytest.mark.parametrize("text, actor, target", [
    ("The Interior Ministry then placed Marina Ovsyannikova on its wanted list.", "Internal Affairs", "Ovsyannikova"),
    ("The Justice Ministry placed Lev Ponomarev on its register of foreign agents.", "Justice", "Ponomarev"),
    ("In March the regulator Roskomnadzor cut off six VPN services, NordVPN and ExpressVPN among them.",
     "Roskomnadzor", "NordVPN"),
    ("Roskomnadzor cut off access to Meduza in March.", "Roskomnadzor", "Meduza"),
], ids=["placed-on-wanted-list", "placed-on-register", "cut-off-among-them", "cut-off-access"])
def test_placing_on_a_list_and_cutting_off_sanction(nlp, lexicon, text, actor, target):
    assert holds(kinds(nlp, lexicon, text), actor, "sanctioned", target)


@pytest.mark.parametrize("text", [
    "The Interior Ministry placed an order with Rostec.",
    "Roskomnadzor cut its funding for Meduza projects.",
    "Roskomnadzor may cut off Meduza next week.",
], ids=["placed-an-order", "cut-funding", "may-cut-off"])
def test_placing_and_cutting_without_a_list_or_off_sanction_nobody(nlp, lexicon, text):
    assert not {f for f in kinds(nlp, lexicon, text) if f[1] == "sanctioned"}


# --- the court whose ruling a body carries out, and a higher court upholding the decision -----------------------

@pytest.mark.parametrize("text, court, target", [
    ("Roskomnadzor restricted access to Meduza on the basis of a ruling by the Saratov District Court.", "Saratov",
     "Meduza"),
    ("Roskomnadzor blocked Telegram following a decision of the Tagansky District Court.", "Tagansky", "Telegram"),
    ("The Krasnoyarsk Regional Court ordered the liquidation of the Center for Support of Indigenous Peoples of the "
     "North in November. The First Appeal Court of General Jurisdiction upheld the decision in February.",
     "First Court of Appeal", "Indigenous"),
    ("In 2009 the Rostov Regional Court banned Memorial. The ruling was upheld by the Supreme Court of Russia in "
     "December of that year.", "Supreme", "Memorial"),
], ids=["on-the-basis-of-a-ruling-by", "following-a-decision-of", "upheld-the-decision", "ruling-was-upheld"])
def test_the_court_behind_a_sanction_sanctions_too(nlp, lexicon, text, court, target):
    assert holds(kinds(nlp, lexicon, text), court, "sanctioned", target)


@pytest.mark.parametrize("text, court, target", [
    ("The Tverskoy District Court fined Meta. The Moscow City Court refused to uphold the decision.", "Moscow City",
     "Meta"),
    ("The Tverskoy District Court fined Meta. The Moscow City Court overturned the decision.", "Moscow City", "Meta"),
    ("Roskomnadzor blocked Telegram despite a decision of the Tagansky District Court.", "Tagansky", "Telegram"),
    ("The Tverskoy District Court fined Meta.\n\nYears later the Moscow City Court upheld the decision on Memorial's "
     "liquidation.", "Moscow City", "Meta"),
], ids=["refused-to-uphold", "overturned", "despite-a-decision", "another-paragraph"])
def test_no_court_is_read_behind_a_sanction_it_did_not_confirm(nlp, lexicon, text, court, target):
    assert not holds(kinds(nlp, lexicon, text), court, "sanctioned", target)


# --- a body telling its own action, a basis named by 'under which' ---------------------------------------------

@pytest.mark.parametrize("text, actor, target", [
    ("The Federal Security Service announced the arrest of Evan Gershkovich on March 30.", "Federal Security",
     "Gershkovich"),
    ("Ksenia Karelina was sentenced to 12 years. The Federal Security Service, which announced her arrest in "
     "February, had accused her of treason.", "Federal Security", "Karelina"),
], ids=["announced-the-arrest-of", "which-announced-her-arrest"])
def test_a_body_announcing_an_arrest_made_it(nlp, lexicon, text, actor, target):
    assert holds(kinds(nlp, lexicon, text), actor, "sanctioned", target)


@pytest.mark.parametrize("text", [
    "Memorial announced the arrest of Evan Gershkovich on March 30.",
    "The Federal Security Service denied reports of the arrest of Evan Gershkovich.",
], ids=["not-a-state-body", "denied"])
def test_announcing_someone_else_s_arrest_or_denying_it_is_no_sanction(nlp, lexicon, text):
    assert not holds(kinds(nlp, lexicon, text), "", "sanctioned", "Gershkovich")


def test_under_which_names_the_basis_of_the_relative_clause(nlp, lexicon):
    text = ("Ksenia Karelina was sentenced in August. Article 275 of the Criminal Code, under which she was "
            "convicted, covers treason.")
    assert holds(kinds(nlp, lexicon, text), "Karelina", "chargedUnder", "Article 275")


def test_a_name_in_a_hyphened_modifier_is_not_one_of_a_counted_group(nlp, lexicon):
    text = ("The Tagansky District Court fined Airbnb, Pinterest and Twitch, the Amazon-owned streaming service, 2 "
            "million rubles each. All three were found guilty under Part 8 of Article 13.11 of the Code of "
            "Administrative Offenses.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Twitch", "chargedUnder", "13.11")
    assert not holds(found, "Amazon", "chargedUnder", "13.11")


# --- a listing on the register the article named before ---------------------------------------------------------

def test_a_listing_without_a_label_is_on_the_register_named_before(nlp, lexicon):
    text = ("On May 25 the Justice Ministry added Dynasty to its register of organisations performing the functions "
            "of a foreign agent. Since then the register has grown to include Memorial, listed in July 2014. The "
            "Committee Against Torture was listed in January.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Justice", "sanctioned", "Memorial")
    assert holds(found, "Justice", "sanctioned", "Committee Against Torture")


@pytest.mark.parametrize("text", [
    "Gazprom was listed on the Moscow Exchange in 1998. The Justice Ministry opened a new office.",
    "The Justice Ministry keeps a register of foreign agents.\n\nRosneft was listed on the Moscow Exchange in 2006, "
    "and the Justice Ministry added a new department.",
], ids=["no-register-named", "stock-listing-after-a-paragraph"])
def test_a_listing_with_no_register_in_view_designates_nobody(nlp, lexicon, text):
    assert not {f for f in kinds(nlp, lexicon, text) if f[1] == "sanctioned"}


def test_a_listing_on_another_register_named_nearer_designates_nobody(nlp, lexicon):
    text = ("The Justice Ministry keeps a register of foreign agents. Roskomnadzor, which keeps a register of social "
            "networks, has so far added Facebook, Instagram and VKontakte to it.")
    assert not holds(kinds(nlp, lexicon, text), "Roskomnadzor", "sanctioned", "Facebook")


# --- the ruling behind a sentence (kg.event_links) ----------------------------------------------------------------

def test_a_verdict_applies_what_the_defendant_was_convicted_under_not_the_first_charge(nlp, lexicon):
    text = ("Investigators charged Yegor Zhukov under Article 212 of the Criminal Code in August. In December the "
            "Kuntsevsky District Court gave him a three-year suspended sentence. The judge found Zhukov guilty under "
            "Part 2 of Article 280 of the Criminal Code. His lawyer said he would appeal the verdict.")
    found = kinds(nlp, lexicon, text)
    verdicts = {o for s, k, o in found if s == "Kuntsevsky District Court" and k == "issued"}
    assert verdicts  # the sentence the court gave (which "the verdict" is)
    assert all(holds(found, v, "concerns", "Article 280") for v in verdicts)
    assert not any(holds(found, v, "concerns", "Article 212") for v in verdicts)


def test_a_ruling_named_as_absent_records_no_listing(nlp, lexicon):
    text = ("On May 25 the Justice Ministry added Dynasty to its register of foreign agents. The Committee Against "
            "Torture was listed in January. A 2014 law lets the ministry list groups without their consent or a "
            "court ruling.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Justice", "sanctioned", "Committee Against Torture")
    assert not {f for f in found if "ruling" in f[0] and f[1] == "concerns"}


# --- warnings issued, suits granted, convictions upheld under a provision ---------------------------------------

@pytest.mark.parametrize("text, actor, target", [
    ("The Prosecutor General's Office issued a warning to Novaya Gazeta over its coverage.", "Prosecutor",
     "Novaya Gazeta"),
    ("Roskomnadzor issued Novaya Gazeta two warnings in March.", "Roskomnadzor", "Novaya Gazeta"),
    ("The Tagansky District Court granted the Roskomnadzor request to block Telegram.", "Tagansky", "Telegram"),
    ("The Supreme Court upheld Vladimir Luzgin's conviction for the rehabilitation of Nazism under Article 354.1 of "
     "the Criminal Code.", "Supreme", "Luzgin"),
], ids=["issued-a-warning-to", "issued-two-warnings", "granted-request-to-block", "upheld-conviction"])
def test_warnings_granted_requests_and_upheld_convictions_sanction(nlp, lexicon, text, actor, target):
    assert holds(kinds(nlp, lexicon, text), actor, "sanctioned", target)


def test_an_upheld_conviction_keeps_its_provision(nlp, lexicon):
    text = ("The Supreme Court upheld Vladimir Luzgin's conviction for the rehabilitation of Nazism under Article "
            "354.1 of the Criminal Code.")
    assert holds(kinds(nlp, lexicon, text), "Luzgin", "chargedUnder", "354.1")


@pytest.mark.parametrize("text, actor, target", [
    ("Roskomnadzor asked the court to issue a warning to Novaya Gazeta.", "Roskomnadzor", "Novaya Gazeta"),
    ("The Prosecutor General's Office did not issue a warning to Novaya Gazeta.", "Prosecutor", "Novaya Gazeta"),
    ("The Tagansky District Court rejected the Roskomnadzor request to block Telegram.", "Tagansky", "Telegram"),
    ("Novaya Gazeta issued a warning to its readers about Roskomnadzor.", "Novaya Gazeta", "Roskomnadzor"),
], ids=["asked-to-issue", "did-not-issue", "rejected-request", "not-a-state-giver"])
def test_warnings_not_given_and_requests_refused_sanction_nobody(nlp, lexicon, text, actor, target):
    assert not holds(kinds(nlp, lexicon, text), actor, "sanctioned", target)
