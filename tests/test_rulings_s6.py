"""Rulings told by lower-case descriptions, who issued them and whom they are aimed at: a description for the issuer
('the regulator's order'), a date in an 'of' phrase, 'against <X>' and 'a warning to <X>', a court that 'made a
ruling', a numbered ruling whose issuer the parser hangs on the number, 'made by' and 'came from', 'a decree opening a
case against <X>', 'in absentia against', the frame of a clause ('In a separate ruling, <court> fined ...'), and a
ruling told later against someone else. Near misses: rulings only asked for, hoped for, predicted or only possible,
decisions a company makes, 'the order of speakers', generic plurals. Each shape is read from sentences of our own
through the real model (kg.components.rulings, kg.components.ruling_more, kg.ruling_facts, kg.ruling_aims)."""

from __future__ import annotations

import pytest

from tests.sentences import extraction
from kg.vocab import base_of


def read(nlp, lexicon, text):
    """(Ruling names, facts): every name an entity goes by joined into one string, so a check may name any form."""
    ex = extraction(nlp, lexicon, text)
    names = {e.key: " | ".join([e.label, *e.forms]).lower() for e in ex.entities}
    rulings = [names[e.key] for e in ex.entities if e.type == "Ruling"]
    facts = {(names[r.subject], base_of(r.predicate), names[r.object]) for r in ex.relations}
    return rulings, facts


def fact(facts, subject: str, kind: str, obj: str) -> bool:
    return any(subject.lower() in s and k == kind and obj.lower() in o for s, k, o in facts)


def ruling(rulings, word: str) -> bool:
    return any(word.lower() in r for r in rulings)


# --- a court or body told by a description: "the regulator's order", "issued by the same regulator" -----------

@pytest.mark.parametrize("text, noun", [
    ("The regulator's order obliged Apple to remove 25 VPN apps from the App Store. Roskomnadzor said the apps helped "
     "users bypass blocks.", "order"),
    ("Instagram was blocked on the regulator's order of 11 March. Roskomnadzor said the order was final.", "order"),
    ("The watchdog's decision came into force on Monday. Roskomnadzor said Twitter had ignored its demands.",
     "decision"),
    ("A separate order issued by the same regulator in January had blocked LinkedIn. Roskomnadzor keeps a register of "
     "banned sites.", "order"),
], ids=["regulators-order", "regulators-order-dated", "watchdogs-decision", "issued-by-the-same-regulator"])
def test_a_ruling_of_a_described_body_is_a_ruling(nlp, lexicon, text, noun):
    rulings, _ = read(nlp, lexicon, text)
    assert ruling(rulings, noun)


# --- dated by an 'of' phrase ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, issuer, target", [
    ("The decision of 20 April 2017 banned the Jehovah's Witnesses across Russia. The Supreme Court issued it after a "
     "six-day hearing.", "Supreme Court", "Jehovah"),
    ("The ruling of 15 March 2022 fined OVD-Info 500,000 rubles. The Tverskoy District Court heard the case.",
     None, None),
    ("The order of 3 May 2023 restricted access to Proton Mail. Roskomnadzor had warned the company.", None, None),
], ids=["decision-of-date", "ruling-of-date", "order-of-date"])
def test_a_ruling_dated_by_an_of_phrase_is_a_ruling(nlp, lexicon, text, issuer, target):
    rulings, facts = read(nlp, lexicon, text)
    assert rulings
    if issuer:
        assert fact(facts, issuer, "issued", "decision")
        assert fact(facts, "decision", "concerns", target)


# --- aimed at someone: "the sentence against X", "a warning to X" ------------------------------------------------

@pytest.mark.parametrize("text, noun, target", [
    ("The sentence against Lilia Chanysheva was increased on appeal. Chanysheva, who ran Navalny's office in Ufa, now "
     "faces nine and a half years.", "sentence", "Chanysheva"),
    ("The order against Current Time was issued in Moscow. Roskomnadzor blocked the channel's website a day later.",
     "order", "Current Time"),
    ("A warning to the Ekho Moskvy radio station was issued by Roskomnadzor in 2014 over an interview. The station's "
     "editor called it unfair.", "warning", "Ekho Moskvy"),
    ("The Justice Ministry issued a warning to the Sakharov Center in August. The center was told to remove material "
     "from its website.", "warning", "Sakharov"),
    ("A verdict in absentia against Marina Ovsyannikova was handed down by the Meshchansky District Court. She had fled "
     "to France.", "verdict", "Ovsyannikova"),
], ids=["sentence-against", "order-against", "warning-to-station", "warning-to-center", "in-absentia-against"])
def test_a_ruling_aimed_at_someone_targets_them(nlp, lexicon, text, noun, target):
    rulings, facts = read(nlp, lexicon, text)
    assert ruling(rulings, noun)
    assert fact(facts, noun, "concerns", target)


@pytest.mark.parametrize("text, body, target", [
    ("The Investigative Committee issued a decree opening a criminal case against Ilya Yashin. Yashin was detained the "
     "next day.", "Investigative Committee", "Yashin"),
    ("The Investigative Committee's decision to open a case against Roman Dobrokhotov was made in July. The Insider's "
     "editor had already left Russia.", "Investigative Committee", "Dobrokhotov"),
    ("The FSB issued an order initiating proceedings against the Sova Center. The center said it had done nothing "
     "wrong.", "FSB", "Sova"),
], ids=["decree-opening", "decision-to-open", "order-initiating"])
def test_a_ruling_opening_a_case_targets_whom_the_case_is_against(nlp, lexicon, text, body, target):
    rulings, facts = read(nlp, lexicon, text)
    assert any(fact(facts, r.split(" | ")[0], "concerns", target) for r in rulings)


# --- issued: a court "made a ruling", a numbered ruling, "made by", "came from", a framing clause ----------------

@pytest.mark.parametrize("text, court", [
    ("The Oktyabrsky District Court of St Petersburg made a ruling on Thursday that fined Google 3 million rubles.",
     "Oktyabrsky"),
    ("The Moscow City Court made a ruling in May that upheld the fine against Wikimedia.", "Moscow City Court"),
    ("The Supreme Court made a judgment on the appeal of the Jehovah's Witnesses in July.", "Supreme Court"),
], ids=["made-a-ruling", "made-a-ruling-in-may", "made-a-judgment"])
def test_a_court_that_made_a_ruling_issued_it(nlp, lexicon, text, court):
    rulings, facts = read(nlp, lexicon, text)
    assert rulings
    assert any(fact(facts, court, "issued", r.split(" | ")[0]) for r in rulings)


@pytest.mark.parametrize("text, issuer, name", [
    ("Decree No. 1 of the Ministry of Justice set out the form of the report that foreign agents must file.",
     "Ministry of Justice", "Decree No. 1"),
    ("Roskomnadzor's Order No. 78 requires hosting providers to register with the regulator.", "Roskomnadzor",
     "Order No. 78"),
    ("Order No. 221 of the Ministry of Digital Development lists the software that state companies must use.",
     "Ministry of Digital Development", "Order No. 221"),
    ("Under Decree No. 79, issued by President Vladimir Putin in March 2022, companies may not move currency abroad.",
     "Putin", "Decree No. 79"),
], ids=["of-the-ministry", "possessive", "of-a-long-name", "issued-by-the-president"])
def test_a_numbered_ruling_has_the_issuer_named_around_its_number(nlp, lexicon, text, issuer, name):
    _, facts = read(nlp, lexicon, text)
    assert fact(facts, issuer, "issued", name)


@pytest.mark.parametrize("text, body, noun", [
    ("A designation made by the Justice Ministry on Friday put the outlet Proekt on the undesirable list.",
     "Justice Ministry", "designation"),
    ("The decision to designate Memorial a foreign agent was made by the Justice Ministry in 2016.",
     "Justice Ministry", "decision"),
    ("The blocking order against Proton VPN came from Roskomnadzor. Proton said it had expected the move.",
     "Roskomnadzor", "order"),
], ids=["made-by", "was-made-by", "came-from"])
def test_a_ruling_made_by_or_coming_from_a_body_was_issued_by_it(nlp, lexicon, text, body, noun):
    _, facts = read(nlp, lexicon, text)
    assert fact(facts, body, "issued", noun)


@pytest.mark.parametrize("text, other, court, party", [
    ("The Tverskoy District Court fined Google 3 billion rubles in May. In a separate ruling, the Tagansky District "
     "Court fined the Wikimedia Foundation 2 million rubles.", "Google", "Tagansky", "Wikimedia"),
    ("The Leninsky District Court fined Meduza in March. In another decision, the Basmanny District Court fined the "
     "Dozhd channel.", "Meduza", "Basmanny", "Dozhd"),
], ids=["separate-ruling", "another-decision"])
def test_a_ruling_framing_a_clause_is_that_courts_not_the_one_before(nlp, lexicon, text, other, court, party):
    _, facts = read(nlp, lexicon, text)
    noun = "ruling" if "ruling" in text else "decision"
    assert fact(facts, court, "issued", noun)
    assert not fact(facts, noun, "concerns", other)


def test_a_ruling_framing_the_upholding_is_not_the_ban_upheld(nlp, lexicon):
    text = ("The Supreme Court banned the Jehovah's Witnesses in April 2017. In a ruling in July, the Appeals Chamber "
            "of the Supreme Court upheld the ban.")
    rulings, _ = read(nlp, lexicon, text)
    assert not any("ruling" in r and "ban" in r.split(" | ") for r in rulings)


@pytest.mark.parametrize("text, first, ruling_noun, target", [
    ("A court in Kazan fined the blogger Ilya Sidorov 30,000 rubles. A week later, the Supreme Court of Tatarstan "
     "issued a ruling against the Tatar Public Centre.", "Sidorov", "ruling", "Tatar Public Centre"),
    ("Roskomnadzor blocked Viber in December. In January the regulator issued an order blocking LinkedIn.",
     "Viber", "order", "LinkedIn"),
], ids=["ruling-against-another", "order-blocking-another"])
def test_a_ruling_told_later_against_someone_else_is_not_the_earlier_acts(nlp, lexicon, text, first, ruling_noun,
                                                                          target):
    _, facts = read(nlp, lexicon, text)
    assert fact(facts, ruling_noun, "concerns", target)
    assert not fact(facts, ruling_noun, "concerns", first)


@pytest.mark.parametrize("text, noun", [
    ("A ruling issued under Part 2 of Article 13.15 of the Code of Administrative Offences fined the Ekho Moskvy "
     "station.", "ruling"),
    ("A decree issued in 2015 banned foreign ownership of more than 20% of media outlets.", "decree"),
    ("An order signed in March closed the Moscow office of Human Rights Watch.", "order"),
], ids=["ruling-issued-under", "decree-issued-in", "order-signed-in"])
def test_an_issued_ruling_that_acts_is_a_ruling(nlp, lexicon, text, noun):
    rulings, _ = read(nlp, lexicon, text)
    assert ruling(rulings, noun)


def test_the_fsb_decision_to_bar_someone_is_a_ruling(nlp, lexicon):
    text = "The FSB's decision to bar Arnold Christensen from entering Russia was announced in Oryol."
    rulings, facts = read(nlp, lexicon, text)
    assert ruling(rulings, "decision")
    assert fact(facts, "FSB", "issued", "decision")


# --- near misses -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, noun", [
    ("Activists called for a presidential decree on political prisoners. The Kremlin ignored the call.", "decree"),
    ("Experts predict a ban on WhatsApp within a year. Roskomnadzor has already slowed the service.", "ban"),
    ("Navalny's team hoped for a ruling in their favour from the European Court of Human Rights. The court has not yet "
     "ruled.", "ruling"),
    ("Prosecutors asked the Tverskoy District Court for a ruling banning Meta. The hearing was adjourned.", "ruling"),
    ("A ban on Facebook would hurt small businesses, the Russian Union of Industrialists warned.", "ban"),
    ("A possible ban on Telegram was raised by Senator Andrei Klishas.", "ban"),
], ids=["called-for", "predicted", "hoped-for", "asked-for", "would-hurt", "possible"])
def test_a_ruling_only_wanted_or_possible_is_none(nlp, lexicon, text, noun):
    rulings, facts = read(nlp, lexicon, text)
    assert not ruling(rulings, noun)
    assert not any(k in ("issued", "concerns") and noun in (s + o) for s, k, o in facts)


@pytest.mark.parametrize("text", [
    "The decision of the editors to close Novaya Gazeta was taken in March. Dmitry Muratov announced it.",
    "The board's decision to dissolve the company surprised the Justice Ministry.",
    "The decision of the founders to close the Dynasty Foundation was taken after it was declared a foreign agent.",
], ids=["editors", "board", "founders"])
def test_a_decision_made_inside_a_company_or_group_is_no_ruling(nlp, lexicon, text):
    rulings, _ = read(nlp, lexicon, text)
    assert not ruling(rulings, "decision")


@pytest.mark.parametrize("text, noun", [
    ("The order of speakers at the Duma session was changed. Vyacheslav Volodin spoke first.", "order"),
    ("The order of the day at the Federation Council included a vote on sanctions.", "order"),
    ("Court rulings on foreign agents have become more frequent since 2020. Lawyers say decisions of this kind are "
     "hard to appeal.", "ruling"),
    ("Gorinov made the decision to remain in Russia. He said he would not leave.", "decision"),
    ("He made a decision to leave the country after the ruling party won.", "decision"),
    ("The verdict of history will be different, Navalny said in his last speech.", "verdict"),
    ("Lawyers said no court decision has been issued against Telegram. Roskomnadzor declined to comment.",
     "decision"),
    ("The Supreme Court is expected to deliver its ruling on the Jehovah's Witnesses next month.", "ruling"),
], ids=["order-of-speakers", "order-of-the-day", "generic-plural", "choice", "choice-made", "of-history", "negated",
        "expected"])
def test_no_ruling_in_what_is_no_specific_decision(nlp, lexicon, text, noun):
    rulings, _ = read(nlp, lexicon, text)
    assert not ruling(rulings, noun)


@pytest.mark.parametrize("text", [
    "Roskomnadzor expects a decision from the Tagansky court on Friday. The hearing is set for 10 am.",
    "Human rights groups demanded a decision on the release of Yashin from the Supreme Court. The court did not reply.",
    "Prosecutors are seeking a ruling against Google that would fine it 10 billion rubles. A hearing is set for May.",
], ids=["expected-from", "demanded-from", "seeking-against"])
def test_a_ruling_only_asked_of_a_court_has_no_issuer_nor_target(nlp, lexicon, text):
    _, facts = read(nlp, lexicon, text)
    assert not any(k in ("issued", "concerns") and ("decision" in s + o or "ruling" in s + o) for s, k, o in facts)


# --- a ruling as the subject telling or letting someone act; a ruling misread as a modifier of 'finding' ---------

@pytest.mark.parametrize("text, noun, target", [
    ("Roskomnadzor issued an order on Monday. The order instructed Yandex to remove the links within a day.", "order",
     "Yandex"),
    ("The Justice Ministry sent a warning in July. The warning told the Sakharov Center to take down the exhibition.",
     "warning", "Sakharov"),
    ("A warning issued by the Prosecutor General's Office in 2015 told Greenpeace to stop its Russian activities.",
     "warning", "Greenpeace"),
    ("The judge's ruling allowed prosecutors to keep Evan Gershkovich in custody until August. The Lefortovo District "
     "Court heard the case behind closed doors.", "ruling", "Gershkovich"),
], ids=["instructed", "told", "told-after-participle", "allowed-prosecutors"])
def test_whom_a_ruling_tells_or_lets_act_is_what_it_targets(nlp, lexicon, text, noun, target):
    _, facts = read(nlp, lexicon, text)
    assert fact(facts, noun, "concerns", target)


@pytest.mark.parametrize("text", [
    "The decision would allow prosecutors to keep Alsu Kurmasheva in custody, her lawyer warned. The Sovetsky court "
    "will rule on Friday.",
    "The judge told reporters that the ruling was final. The Tverskoy court had fined Meta.",
], ids=["would-allow", "judge-told-reporters"])
def test_a_ruling_only_said_to_allow_targets_nobody(nlp, lexicon, text):
    _, facts = read(nlp, lexicon, text)
    assert not fact(facts, "decision", "concerns", "Kurmasheva")
    assert not fact(facts, "ruling", "concerns", "reporters")


@pytest.mark.parametrize("text, court, noun, about", [
    ("The ECHR delivered a judgment finding that Russia had breached Articles 10 and 14 of the Convention.", "ECHR",
     "judgment", "Article"),
    ("The Tverskoy court issued a ruling finding that Meta had broken the law on extremism.", "Tverskoy", "ruling",
     "Meta"),
    ("The Supreme Court handed down a judgment holding that Memorial had violated the law on foreign agents.",
     "Supreme Court", "judgment", "Memorial"),
], ids=["judgment-finding", "ruling-finding", "judgment-holding"])
def test_a_ruling_misread_as_a_modifier_of_finding(nlp, lexicon, text, court, noun, about):
    rulings, facts = read(nlp, lexicon, text)
    assert ruling(rulings, noun)
    assert any(fact(facts, court, "issued", r.split(" | ")[0]) for r in rulings)
    assert fact(facts, noun, "concerns", about)


def test_a_gerund_after_a_ruling_put_off_makes_none(nlp, lexicon):
    rulings, _ = read(nlp, lexicon, "The ECHR will deliver a judgment finding whether Russia breached Article 10.")
    assert not ruling(rulings, "judgment")


# --- a numbered ruling as the subject; a ruling won; a ruling only possible as the agent -------------------------

@pytest.mark.parametrize("text, name, about", [
    ("Resolution No. 32 of the Plenum of the Supreme Court explains how courts should apply Article 282 of the Criminal "
     "Code.", "Resolution No. 32", "Article 282"),
    ("Order No. 221 of the Ministry of Digital Development bans Zoom in state companies.", "Order No. 221", "Zoom"),
    ("Resolution No. 11 of the Plenum interprets Article 280 of the Criminal Code.", "Resolution No. 11",
     "Article 280"),
], ids=["explains", "bans", "interprets"])
def test_a_numbered_ruling_as_the_subject_is_about_its_object(nlp, lexicon, text, name, about):
    _, facts = read(nlp, lexicon, text)
    assert fact(facts, name, "concerns", about)


def test_a_numbered_ruling_that_does_not_act_is_about_nothing(nlp, lexicon):
    text = "Order No. 221 of the Ministry of Digital Development does not ban Zoom, the ministry said."
    _, facts = read(nlp, lexicon, text)
    assert not fact(facts, "Order No. 221", "concerns", "Zoom")


@pytest.mark.parametrize("text, noun", [
    ("Google won a ruling against the Federal Antimonopoly Service in 2016.", "ruling"),
    ("Roskomnadzor obtained a court order against LinkedIn in 2016.", "order"),
    ("Memorial secured a decision of the European Court of Human Rights in its favour.", "decision"),
], ids=["won", "obtained", "secured"])
def test_a_ruling_won_or_obtained_is_a_ruling(nlp, lexicon, text, noun):
    rulings, _ = read(nlp, lexicon, text)
    assert ruling(rulings, noun)


@pytest.mark.parametrize("text, noun", [
    ("Telegram could be blocked by a court decision, the minister warned. No claim has been filed.", "decision"),
    ("The site may be closed by a court order within days, lawyers said.", "order"),
], ids=["could-be-blocked", "may-be-closed"])
def test_a_ruling_that_only_could_act_is_none(nlp, lexicon, text, noun):
    rulings, _ = read(nlp, lexicon, text)
    assert not ruling(rulings, noun)


def test_a_ruling_under_which_one_may_no_longer_act_is_a_ruling(nlp, lexicon):
    text = ("Under a ministerial order signed by Digital Development Minister Maksut Shadayev, state employees may no "
            "longer use Zoom.")
    rulings, _ = read(nlp, lexicon, text)
    assert ruling(rulings, "order")


# --- "<body> decided/ruled ... The decision/ruling": the body that decided issued it -----------------------------

@pytest.mark.parametrize("text, body, noun, about", [
    ("The Justice Ministry decided on Friday to add Meduza to the register of foreign agents. The decision was "
     "criticised by journalists.", "Justice Ministry", "decision", "Meduza"),
    ("The Constitutional Court ruled on Tuesday that Article 20.3.3 of the Code of Administrative Offences complied "
     "with the Constitution. The ruling is final.", "Constitutional Court", "ruling", "Article 20.3.3"),
    ("The Moscow City Court decided to keep Vladimir Kara-Murza in custody. The decision can be appealed.",
     "Moscow City Court", "decision", "Kara-Murza"),
], ids=["ministry-decided", "court-ruled-that", "court-decided-to-keep"])
def test_the_decision_after_a_body_decided_is_that_bodys(nlp, lexicon, text, body, noun, about):
    _, facts = read(nlp, lexicon, text)
    assert fact(facts, body, "issued", noun)
    assert fact(facts, noun, "concerns", about)


@pytest.mark.parametrize("text, wrong", [
    ("Memorial decided to appeal to the Supreme Court. The decision was announced by its chairman Yan Rachinsky.",
     ("Memorial", "issued", "decision")),
    ("The Justice Ministry decided not to designate Memorial a foreign agent in 2015. The decision surprised many.",
     ("decision", "concerns", "Memorial")),
], ids=["a-groups-choice", "decided-not-to"])
def test_a_choice_or_a_decision_not_to_act_gives_no_such_fact(nlp, lexicon, text, wrong):
    _, facts = read(nlp, lexicon, text)
    assert not fact(facts, *wrong)


# --- "the ruling" the tagger reads as a verb modifying the predicate ------------------------------------------------

@pytest.mark.parametrize("text, court, about", [
    ("The Supreme Court ruled in April that the Jehovah's Witnesses were extremist. Believers called the ruling "
     "unjust.", "Supreme Court", "Jehovah"),
    ("The Tverskoy District Court ruled on Monday that Meta was extremist. Meta's lawyers called the ruling "
     "absurd.", "Tverskoy", "Meta"),
], ids=["called-unjust", "called-absurd"])
def test_the_ruling_misread_before_its_predicate_is_a_ruling(nlp, lexicon, text, court, about):
    rulings, facts = read(nlp, lexicon, text)
    assert ruling(rulings, "ruling")
    assert fact(facts, court, "issued", "ruling")
    assert fact(facts, "ruling", "concerns", about)


@pytest.mark.parametrize("text", [
    "The ruling party United Russia backed the bill in the Duma. The ruling elite was divided.",
    "Members of the ruling United Russia party voted for the law. Vyacheslav Volodin praised the ruling coalition.",
], ids=["ruling-party", "ruling-united-russia"])
def test_the_ruling_party_is_no_ruling(nlp, lexicon, text):
    rulings, _ = read(nlp, lexicon, text)
    assert not ruling(rulings, "ruling")


# --- "<Applicant> and Others v. <State>" even when the model takes the applicant for a place ---------------------

@pytest.mark.parametrize("text, name", [
    ("In Zhdanov and Others v. Russia, the European Court of Human Rights found a violation of Article 11.",
     "Zhdanov and Others v. Russia"),
    ("The chamber judgment in Zhdanov and Others v. Russia, delivered on 16 July 2019, found a breach.",
     "Zhdanov and Others v. Russia"),
    ("Strasbourg ruled in Alekseyev and Others v. Russia that the bans were unlawful.", "Alekseyev and Others v. Russia"),
], ids=["zhdanov", "zhdanov-after-judgment", "alekseyev"])
def test_a_case_of_several_applicants_is_one_ruling(nlp, lexicon, text, name):
    rulings = [e for e in extraction(nlp, lexicon, text).entities if e.type == "Ruling"]
    assert any(name in (e.label, *e.forms) for e in rulings)
    assert not any(f == "Others v. Russia" for e in rulings for f in (e.label, *e.forms))


def test_two_states_are_not_a_case_of_several_applicants(nlp, lexicon):
    text = "Ukraine and Russia v. Georgia is not how the Court names an interstate case."
    assert not [e for e in extraction(nlp, lexicon, text).entities if e.type == "Ruling"]
