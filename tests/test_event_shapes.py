"""Event shapes that spread one action over sentences, leave its actor implicit, or tell it with a noun:
each rule read from several wordings of our own through the real model, with the near misses it must not take."""

from __future__ import annotations

import pytest

from tests.sentences import extraction, facts, has


def holds(nlp, lexicon, text: str, subject: str, prop: str, obj: str) -> bool:
    return has(facts(nlp, lexicon, text), subject, prop, obj)


def none_of(nlp, lexicon, text: str, props: set[str]) -> bool:
    return not [f for f in facts(nlp, lexicon, text) if f[1] in props]


SANCTIONS = {"convicted", "fined", "detained", "prosecuted", "blocked", "banned", "designated", "searched",
             "liquidated", "sanctioned"}
CHARGES = {"chargedUnder", "convictedUnder", "prosecutedUnder", "finedUnder"}


# --- a counted group stands for the names before it (kg.event_groups) ---------------------------------

@pytest.mark.parametrize("text, subject, prop, obj", [
    ("The Petushinsky District Court found Ivan Petrov, Maria Ivanova and Pavel Smirnov guilty. All three were "
     "convicted under Part 2 of Article 282.1 of the Criminal Code.", "Smirnov", "convictedUnder", "Article 282.1"),
    ("Investigators detained Anna Popova and Oleg Sidorov in May. The Basmanny District Court ordered the two held "
     "in custody.", "Basmanny", "detained", "Sidorov"),
    ("Ivan Petrov and Maria Ivanova were detained in October, and Pavel Smirnov was detained the same day. The "
     "Basmanny District Court ordered all three held in custody.", "Basmanny", "detained", "Smirnov"),
    ("The Prosecutor General's Office demanded that Roskomnadzor restrict access to the websites of TV Rain, also "
     "known as Dozhd, and the radio station Echo of Moscow. The regulator blocked both sites the same day.",
     "Roskomnadzor", "blocked", "Echo of Moscow"),
], ids=["all-three-passive", "the-two-ordered-held", "three-gathered-over-clauses", "both-sites"])
def test_a_counted_group_is_the_people_named_before(nlp, lexicon, text, subject, prop, obj):
    assert holds(nlp, lexicon, text, subject, prop, obj)


def test_a_count_that_does_not_match_the_names_stands_for_nobody(nlp, lexicon):
    text = ("The Leninsky District Court fined Ivan Petrov and Maria Ivanova. All four were fined under Article 20.3.3 "
            "of the Code of Administrative Offenses.")
    assert none_of(nlp, lexicon, text, CHARGES)


# --- custody: "held/kept in custody", "placed under house arrest" (kg.events, kg.event_lexicon) ----------------

@pytest.mark.parametrize("text, subject, obj", [
    ("The Basmanny District Court ordered the journalist Maria Ivanova held in custody.", "Basmanny", "Ivanova"),
    ("The Basmanny District Court ordered that Maria Ivanova be held in custody for two months.", "Basmanny",
     "Ivanova"),
    ("The Tverskoy District Court kept Pavel Smirnov in pre-trial detention until March.", "Tverskoy", "Smirnov"),
    ("The Meshchansky District Court sentenced Ivan Petrov in March. Petrov had been placed under house arrest "
     "in 2021.", "Meshchansky", "Petrov"),
], ids=["ordered-held", "ordered-that-held", "kept-in-detention", "house-arrest-the-one-court"])
def test_custody_is_a_detention(nlp, lexicon, text, subject, obj):
    assert holds(nlp, lexicon, text, subject, "detained", obj)


def test_holding_a_hearing_is_no_detention(nlp, lexicon):
    text = "The Tverskoy District Court held a hearing on the case of Pavel Smirnov in March."
    assert none_of(nlp, lexicon, text, {"detained"})


# --- actions told by a noun (kg.event_nominal) -----------------------------------------------------------

@pytest.mark.parametrize("text, subject, prop, obj", [
    ("The blocking of Meduza by Roskomnadzor followed in July.", "Roskomnadzor", "blocked", "Meduza"),
    ("The blocking of the website of Radio Svoboda by Roskomnadzor cut it off from most readers.", "Roskomnadzor",
     "blocked", "Radio Svoboda"),
    ("The designation of OVD-Info as a foreign agent by the Justice Ministry came in 2021.", "Justice",
     "designated", "OVD-Info"),
    ("Roskomnadzor's blocking of The Insider drew protests.", "Roskomnadzor", "blocked", "The Insider"),
    ("His lawyers appealed against the conviction of Ivan Petrov under Article 207.3 of the Criminal Code.",
     "Petrov", "convictedUnder", "Article 207.3"),
], ids=["blocking-by", "blocking-of-website-of", "designation-as-by", "state-possessor", "conviction-under"])
def test_an_action_noun_tells_who_did_what_to_whom(nlp, lexicon, text, subject, prop, obj):
    assert holds(nlp, lexicon, text, subject, prop, obj)


@pytest.mark.parametrize("text", [
    "Lawmakers demanded the blocking of Meduza by Roskomnadzor.",
    "The threat of a ban on Meduza by the Justice Ministry remains.",
    "Roskomnadzor avoided the blocking of Telegram by postponing it.",
    "There was no blocking of Meduza by Roskomnadzor.",
], ids=["demanded", "threat-of", "avoided", "no-blocking"])
def test_an_action_noun_that_did_not_happen_makes_no_fact(nlp, lexicon, text):
    assert none_of(nlp, lexicon, text, SANCTIONS | CHARGES)


# --- participants from the sentences around (kg.event_fill, kg.event_carry) ---------------------------------

@pytest.mark.parametrize("text, subject, prop, obj", [
    ("Investigators opened a criminal case under Article 207.3 of the Criminal Code. The suspect is Ivan Petrov, "
     "a blogger who lives in France.", "Petrov", "prosecutedUnder", "Article 207.3"),
    ("The Investigative Committee opened a case under Article 280 of the Criminal Code on Monday. The case "
     "concerns the activist Maria Ivanova.", "Investigative Committee", "prosecuted", "Ivanova"),
    ("Ivan Petrov was detained in June. Investigators later added a second charge. The new case, under Article 280 "
     "of the Criminal Code, concerns his posts.", "Petrov", "chargedUnder", "Article 280"),
    ("The Meshchansky District Court sentenced Ilya Yashin to eight and a half years. The Investigative Committee "
     "opened the case in June.", "Investigative Committee", "prosecuted", "Yashin"),
    ("The Investigative Committee opened the first case under Article 207.3 of the Criminal Code on March 16. On "
     "March 22 it opened another against the journalist Alexander Nevzorov.", "Nevzorov", "prosecutedUnder",
     "Article 207.3"),
    ("Alexei Gorinov was sentenced under Article 207.3 of the Criminal Code. Ilya Yashin was convicted under the "
     "same article in December.", "Yashin", "convictedUnder", "Article 207.3"),
    ("The Meshchansky District Court sentenced Alexei Gorinov under Part 2 of Article 207.3 of the Criminal Code. "
     "Elena Kotyonochkina was charged in the same case but had left Russia.", "Kotyonochkina", "prosecutedUnder",
     "Article 207.3"),
], ids=["the-suspect-is", "the-case-concerns", "new-case-under", "opened-the-case", "opened-another",
        "the-same-article", "the-same-case"])
def test_a_case_split_over_sentences(nlp, lexicon, text, subject, prop, obj):
    assert holds(nlp, lexicon, text, subject, prop, obj)


@pytest.mark.parametrize("text", [
    "Investigators opened a criminal case under Article 207.3 of the Criminal Code. The suspect is not Ivan Petrov.",
    "The new case, under Article 280 of the Criminal Code, concerns posts on VKontakte.",
    "The Meshchansky District Court sentenced Ilya Yashin and fined Ivan Petrov. The Investigative Committee "
    "opened the case in June.",
], ids=["negated-suspect", "nobody-before", "two-defendants-before"])
def test_no_defendant_is_guessed(nlp, lexicon, text):
    found = facts(nlp, lexicon, text)
    assert not [f for f in found if f[1] in {"prosecuted", "prosecutedUnder", "chargedUnder"}]


@pytest.mark.parametrize("text, court, defendant", [
    ("Ivan Petrov was sentenced to five years in prison. The Kirovsky District Court held the hearings in a penal "
     "colony.", "Kirovsky", "Petrov"),
    ("The Leninsky District Court held its hearings behind closed doors. Maria Ivanova was convicted of extremism.",
     "Leninsky", "Ivanova"),
    ("The Tverskoy District Court banned Meta. Ivan Petrov was fined 30,000 rubles. The Ostankinsky District Court "
     "heard his case in one day.", "Ostankinsky", "Petrov"),
], ids=["court-after", "court-before", "other-court-acted-on-others"])
def test_a_passive_court_action_takes_the_court_beside_it(nlp, lexicon, text, court, defendant):
    assert any(court in s and p in ("convicted", "fined") and defendant in o
               for s, p, o in facts(nlp, lexicon, text))


@pytest.mark.parametrize("text", [
    "The Leninsky District Court fined Anna Petrova. Ivan Petrov was sentenced to five years. The Moscow City Court "
    "upheld the verdict in May.",
    "The Leninsky District Court banned Meta. Alexei Navalny was sentenced to 19 years in August. The Moscow City "
    "Court will hear his appeal.",
    "The Leninsky District Court banned Meta. Alexei Navalny was sentenced to 19 years in August. The Moscow City "
    "Court heard his appeal in November.",
], ids=["upheld", "will-hear", "heard-the-appeal"])
def test_a_reviewing_court_beside_a_sentence_did_not_pass_it(nlp, lexicon, text):
    # the sentence is not the reviewing court's act (its upholding is one of its own: kg.event_upheld)
    ex = extraction(nlp, lexicon, text)
    label = {e.key: e.label for e in ex.entities}
    assert not [e for e in ex.events if e.kind in ("Sentence", "Conviction") for role, key in e.roles
                if role in ("agent", "court") and label[key] == "Moscow City Court"]
    assert not [r for r in ex.relations
                if r.predicate == "convicted" and r.evidence.rule != "relation.upheld_sentence.v1"]


@pytest.mark.parametrize("text, obj", [
    ("Roskomnadzor blocked Meduza in March. The Insider was blocked in June.", "The Insider"),
    ("Roskomnadzor restricted access to Meduza in March. The blocking of The Insider followed in June.",
     "The Insider"),
], ids=["passive", "noun"])
def test_a_restriction_without_actor_is_the_one_restrictor(nlp, lexicon, text, obj):
    assert holds(nlp, lexicon, text, "Roskomnadzor", "blocked", obj)


@pytest.mark.parametrize("text", [
    "Roskomnadzor blocked Meduza. The Tverskoy District Court blocked The Insider. TV Rain was blocked in June.",
    "TV Rain was blocked in June. Roskomnadzor blocked Meduza in July.",
], ids=["two-restrictors", "named-only-after"])
def test_no_restrictor_is_guessed(nlp, lexicon, text):
    assert not [f for f in facts(nlp, lexicon, text) if f[1] == "blocked" and "TV Rain" in f[2]]


@pytest.mark.parametrize("text, body, person", [
    ("The Investigative Committee said it was looking into the posts. Ivan Petrov was charged under Article 280 of "
     "the Criminal Code.", "Investigative Committee", "Petrov"),
    ("The Investigative Committee and the Moscow Prosecutor's Office declined to comment. Ivan Petrov was charged "
     "under Article 280 of the Criminal Code.", "Investigative Committee", "Petrov"),
], ids=["investigators", "beside-prosecutors"])
def test_a_charge_without_actor_is_the_one_investigative_body(nlp, lexicon, text, body, person):
    """Investigators bring charges in Russia; a prosecutor's office named beside them does not make them less so."""
    assert holds(nlp, lexicon, text, body, "prosecuted", person)


@pytest.mark.parametrize("text", [
    "The Investigative Committee and the Investigative Department of the Moscow Interior Ministry declined to "
    "comment. Ivan Petrov was charged under Article 280 of the Criminal Code.",
    "More than 60 people had been charged under Article 207.3, among them Ivan Petrov and Maria Ivanova. The "
    "Investigative Committee declined to comment.",
    "The Moscow Prosecutor's Office did not comment. Maria Ivanova had been charged under Article 207.3 of the "
    "Criminal Code in May.",
], ids=["two-bodies", "counted-people", "only-prosecutors"])
def test_no_prosecutor_is_guessed(nlp, lexicon, text):
    assert none_of(nlp, lexicon, text, {"prosecuted"})


def test_it_after_a_signed_law_is_that_law(nlp, lexicon):
    text = ("President Vladimir Putin signed Federal Law No. 32-FZ on Friday. The measure drew criticism from "
            "lawyers. The State Duma had adopted it a day earlier.")
    assert holds(nlp, lexicon, text, "State Duma", "adopted", "32-FZ")


# --- penalties told from the side of the one who bears them (kg.event_received) ------------------------------

@pytest.mark.parametrize("text, subject, prop, obj", [
    ("Ilya Yashin received eight and a half years under Article 207.3 of the Criminal Code.", "Yashin",
     "convictedUnder", "Article 207.3"),
    ("Maria Ivanova got a fine of 30,000 rubles from the Tverskoy District Court.", "Tverskoy", "fined", "Ivanova"),
    ("Pavel Smirnov was given five years in a penal colony by the Leninsky District Court.", "Leninsky",
     "convicted", "Smirnov"),
], ids=["received-years", "got-a-fine-from", "was-given-by"])
def test_a_received_penalty(nlp, lexicon, text, subject, prop, obj):
    assert holds(nlp, lexicon, text, subject, prop, obj)


@pytest.mark.parametrize("text", [
    "Memorial received 1.5 million rubles in grants from the Tverskoy District Court.",
    "Meduza got two days to comply with the order of the Tverskoy District Court.",
    "Prosecutors expect Ivan Petrov to receive five years under Article 280 of the Criminal Code.",
], ids=["money-is-no-fine", "days-to-comply", "expected"])
def test_receiving_something_else_is_no_penalty(nlp, lexicon, text):
    assert none_of(nlp, lexicon, text, SANCTIONS | CHARGES)


# --- actors of purpose clauses, and open questions -----------------------------------------------------------

def test_the_one_who_uses_means_to_restrict_is_the_actor(nlp, lexicon):
    assert holds(nlp, lexicon, "Roskomnadzor used special equipment to slow down Twitter.", "Roskomnadzor",
                 "blocked", "Twitter")


@pytest.mark.parametrize("text", [
    "Dmitry Peskov did not say whether Roskomnadzor had blocked Telegram.",
    "If Roskomnadzor blocks Telegram, users will move to other messengers.",
], ids=["whether", "if"])
def test_an_open_question_is_no_fact(nlp, lexicon, text):
    assert none_of(nlp, lexicon, text, {"blocked"})


# --- more wordings of who acted on whom (kg.event_actors, kg.event_requests, kg.event_fill) -------------------

@pytest.mark.parametrize("text, subject, prop, obj", [
    ("The FSB searched the homes of Ivan Petrov and Maria Ivanova on Tuesday.", "Security", "searched", "Ivanova"),
    ("Ivan Petrov, charged under Article 280 of the Criminal Code, left Russia in May.", "Petrov",
     "prosecutedUnder", "Article 280"),
    ("Ivan Petrov faces up to ten years in prison under Article 207.3 of the Criminal Code.", "Petrov",
     "prosecutedUnder", "Article 207.3"),
    ("Ivan Petrov was arrested in absentia by the Basmanny District Court in March and put on the wanted list by the "
     "Interior Ministry.", "Internal Affairs", "designated", "Petrov"),
    ("Meduza was declared an undesirable organization in January 2023. The Prosecutor General's Office said its "
     "work threatened security.", "Prosecutor General", "designated", "Meduza"),
    ("Maria Ivanova was added to the register of foreign agents on Friday. The Justice Ministry gave no reason.",
     "Justice", "designated", "Ivanova"),
    ("The Tverskoy District Court issued its ruling on Friday. The ruling bans Meduza.", "Tverskoy", "banned",
     "Meduza"),
    ("The verdict, handed down by the Meshchansky District Court on Friday, sentenced Ivan Petrov to five years.",
     "Meshchansky", "convicted", "Petrov"),
], ids=["homes-of-two", "participle-charged", "faces-years-under", "second-passive-own-by", "undesirable-by-law",
        "foreign-agent-by-law", "the-ruling-bans", "the-verdict-sentenced"])
def test_more_wordings_of_an_action(nlp, lexicon, text, subject, prop, obj):
    assert holds(nlp, lexicon, text, subject, prop, obj)


def test_a_second_passive_does_not_borrow_the_first_actor(nlp, lexicon):
    text = ("Ivan Petrov was arrested in absentia by the Basmanny District Court in March and put on the wanted list "
            "by the Interior Ministry.")
    assert not [f for f in facts(nlp, lexicon, text) if "Basmanny" in f[0] and f[1] == "designated"]


@pytest.mark.parametrize("text", [
    "The activist faces a fine of up to 50,000 rubles.",
    "Meduza faces pressure from the Justice Ministry under Article 280 of the Criminal Code.",
    "Meduza was declared an undesirable organization in January 2023. The Justice Ministry updated its list.",
], ids=["face-no-basis", "face-pressure", "not-the-designating-body"])
def test_no_charge_or_designation_is_guessed(nlp, lexicon, text):
    assert none_of(nlp, lexicon, text, {"prosecutedUnder", "chargedUnder", "designated"})


@pytest.mark.parametrize("text, subject, obj", [
    ("Roskomnadzor sent a demand to Google to remove the videos.", "Roskomnadzor", "Google"),
    ("Acting on a request from the Prosecutor General's Office, Roskomnadzor blocked Meduza.", "Prosecutor General",
     "Roskomnadzor"),
    ("Meduza was blocked by Roskomnadzor at the request of the Prosecutor General's Office.", "Prosecutor General",
     "Roskomnadzor"),
    ("Memorial's lawyers sent a complaint to the Constitutional Court in May.", "Memorial", "Constitutional Court"),
    ("In an open letter to Vladimir Putin, Memorial called for the release of political prisoners.", "Memorial",
     "Putin"),
    ("Memorial wrote an open letter to Vladimir Putin.", "Memorial", "Putin"),
    ("The letter from Memorial to the Justice Ministry went unanswered.", "Memorial", "Justice"),
], ids=["sent-a-demand-to", "acting-on-a-request", "passive-at-the-request", "lawyers-of", "in-a-letter-to",
        "wrote-a-letter-to", "letter-from-to"])
def test_requests(nlp, lexicon, text, subject, obj):
    assert any(subject in s and p in ("petitioned", "complainedTo", "appealedTo", "calledOn") and obj in o
               for s, p, o in facts(nlp, lexicon, text))


@pytest.mark.parametrize("text, subject, prop, obj", [
    ("Officers of the Federal Security Service took Ivan Petrov into custody in Moscow.", "Security", "detained",
     "Petrov"),
    ("Meta's activities were banned in Russia by the Tverskoy District Court.", "Tverskoy", "banned", "Meta"),
    ("The Basmanny District Court revoked the licence of Novaya Gazeta on Monday.", "Basmanny", "banned",
     "Novaya Gazeta"),
    ("Ivan Petrov pleaded guilty to charges under Article 280 of the Criminal Code.", "Petrov", "prosecutedUnder",
     "Article 280"),
    ("The Kirovsky District Court ordered Ivan Petrov to pay a fine of 30,000 rubles under Article 20.3.3 of the "
     "Code of Administrative Offenses.", "Petrov", "finedUnder", "Article 20.3.3"),
    ("The Kirovsky District Court ordered Ivan Petrov to pay a fine of 30,000 rubles.", "Kirovsky", "fined",
     "Petrov"),
], ids=["taken-into-custody", "owners-activities-passive", "licence-of", "pleaded-guilty", "ordered-to-pay-under",
        "ordered-to-pay"])
def test_custody_licences_pleas_and_payments(nlp, lexicon, text, subject, prop, obj):
    assert holds(nlp, lexicon, text, subject, prop, obj)


@pytest.mark.parametrize("text", [
    "The Tverskoy District Court took the complaint of Ivan Petrov into account.",
    "Ivan Petrov paid 30,000 rubles in compensation to Maria Ivanova.",
    "The Kirovsky District Court may order Ivan Petrov to pay a fine of 30,000 rubles.",
], ids=["took-into-account", "paid-no-fine", "may-order"])
def test_no_custody_or_fine_is_guessed(nlp, lexicon, text):
    assert none_of(nlp, lexicon, text, {"detained", "fined", "finedUnder"})


# --- a verdict told without its provision applies its defendant's charges (kg.event_links) --------------------

def test_a_verdict_applies_the_provision_its_defendant_was_charged_under(nlp, lexicon):
    text = ("The Kirovsky District Court sentenced Ivan Petrov to five years on Monday. He had been charged under "
            "Article 280 of the Criminal Code in 2022. Petrov called the verdict unjust.")
    assert holds(nlp, lexicon, text, "verdict", "applies", "Article 280")


def test_a_verdict_does_not_apply_an_earlier_fine(nlp, lexicon):
    text = ("The Kirovsky District Court sentenced Ivan Petrov to five years on Monday. In 2022 a magistrate had fined "
            "him under Article 20.3.3 of the Code of Administrative Offenses. Petrov called the verdict unjust.")
    assert not holds(nlp, lexicon, text, "verdict", "applies", "Article 20.3.3")


# --- a list of names after a trigger the parser lost (kg.event_surface) ---------------------------------------

@pytest.mark.parametrize("text, subject, prop, obj", [
    ("The Justice Ministry added journalist Maria Ivanova, musician Pavel Smirnov and the Sakharov Center to the "
     "register of foreign agents.", "Justice", "designated", "Sakharov Center"),
    ("On Friday the Justice Ministry designated journalist Maria Ivanova, musician Pavel Smirnov and lawyer Ivan "
     "Petrov foreign agents.", "Justice", "designated", "Petrov"),
], ids=["added-three-to-register", "designated-three"])
def test_a_list_after_a_lost_trigger(nlp, lexicon, text, subject, prop, obj):
    assert holds(nlp, lexicon, text, subject, prop, obj)


def test_a_negated_list_after_a_lost_trigger_is_no_fact(nlp, lexicon):
    text = ("The Justice Ministry did not add journalist Maria Ivanova, musician Pavel Smirnov and the Sakharov Center "
            "to the register of foreign agents.")
    assert none_of(nlp, lexicon, text, {"designated"})


@pytest.mark.parametrize("text, subject, obj", [
    ("Meduza challenged the designation in the Moscow City Court.", "Meduza", "Moscow City Court"),
    ("Memorial contested the liquidation at the European Court of Human Rights.", "Memorial", "European Court"),
    ("The Prosecutor General's Office went to the Supreme Court to have the movement declared extremist.",
     "Prosecutor General", "Supreme Court"),
    ("Ivan Petrov's defence filed an appeal, which the Moscow City Court rejected in June.", "Petrov",
     "Moscow City Court"),
], ids=["challenged-in", "contested-at", "went-to-named-court", "appeal-which-court-rejected"])
def test_taking_a_case_to_a_court(nlp, lexicon, text, subject, obj):
    assert any(subject in s and p in ("petitioned", "appealedTo", "complainedTo") and obj in o
               for s, p, o in facts(nlp, lexicon, text))


@pytest.mark.parametrize("text", [
    "The Moscow City Court fined Meduza. Meduza challenged the fine in court.",
    "Meduza will challenge the designation in the Moscow City Court.",
], ids=["in-court-unnamed", "future"])
def test_no_court_is_guessed_for_a_challenge(nlp, lexicon, text):
    assert none_of(nlp, lexicon, text, {"petitioned", "appealedTo", "complainedTo"})


# --- a court and a defendant named several sentences before (kg.event_actors) ---------------------------------

def test_the_judge_and_him_far_after_the_only_court_and_person(nlp, lexicon):
    text = ("The Leninsky District Court of Barnaul began hearing the case of Ivan Petrov in May. Petrov wrote a post "
            "about the war in 2022. The post was shared a thousand times. Witnesses spoke for the defence. The judge "
            "sentenced him to five years on Friday.")
    assert holds(nlp, lexicon, text, "Leninsky", "convicted", "Petrov")


@pytest.mark.parametrize("text", [
    "The Leninsky District Court heard the case of Ivan Petrov and Pavel Smirnov in May. The two wrote posts about "
    "the war. The posts were shared a thousand times. Witnesses spoke for the defence. The court sentenced him to "
    "five years on Friday.",
    "The Leninsky District Court heard the case of Ivan Petrov in May. The Moscow City Court had refused to move it. "
    "The posts were shared a thousand times. Witnesses spoke for the defence. The judge sentenced him to five years.",
    "Judge Ivan Petrov of the Leninsky District Court heard the case in May. Witnesses spoke. The posts were read "
    "out. Lawyers argued for hours. The court sentenced him to five years.",
], ids=["two-men", "two-courts", "the-only-man-is-the-judge"])
def test_no_far_court_or_person_is_guessed_among_several(nlp, lexicon, text):
    assert none_of(nlp, lexicon, text, {"convicted"})


@pytest.mark.parametrize("text, subject, prop, obj", [
    ("The Justice Ministry on Friday added to its register of foreign agents the journalist Maria Ivanova, the "
     "lawyer Ivan Petrov and the musician Pavel Smirnov.", "Justice", "designated", "Smirnov"),
    ("Roskomnadzor blocked the websites of Meduza and The Insider, as well as the Telegram channel of Ivan Petrov.",
     "Roskomnadzor", "blocked", "Petrov"),
    ("Roskomnadzor also blocked access to Ivan Petrov's Telegram channel.", "Roskomnadzor", "blocked", "Petrov"),
], ids=["names-after-the-register", "channel-of", "possessor-of-channel"])
def test_lists_and_channels(nlp, lexicon, text, subject, prop, obj):
    assert holds(nlp, lexicon, text, subject, prop, obj)


def test_a_channel_on_a_platform_is_its_owners_not_the_platforms(nlp, lexicon):
    text = "Roskomnadzor also blocked access to Ivan Petrov's Telegram channel."
    assert not holds(nlp, lexicon, text, "Roskomnadzor", "blocked", "Telegram")


# --- more ways to adopt an act (kg.events, kg.event_carry) ------------------------------------------------------

@pytest.mark.parametrize("text, subject, obj", [
    ("The State Duma passed Federal Law No. 255-FZ in June. Putin signed off on the law in July.", "Putin", "255-FZ"),
    ("The State Duma passed Federal Law No. 255-FZ in June. The Federation Council ratified it in July.",
     "Federation Council", "255-FZ"),
    ("The State Duma passed Federal Law No. 255-FZ in June. The Federation Council rubber-stamped it a week later.",
     "Federation Council", "255-FZ"),
    ("Federal Law No. 255-FZ was drafted in May. The Federation Council gave its assent to the bill in July.",
     "Federation Council", "255-FZ"),
], ids=["signed-off-on", "ratified", "rubber-stamped", "gave-assent-to"])
def test_more_ways_to_adopt_an_act(nlp, lexicon, text, subject, obj):
    assert any(subject in s and p in ("adopted", "signed", "issued") and obj in o
               for s, p, o in facts(nlp, lexicon, text))


def test_giving_or_stamping_something_else_adopts_nothing(nlp, lexicon):
    text = ("The State Duma gave Federal Law No. 255-FZ to the committee. The clerk stamped Federal Law No. 255-FZ "
            "on Monday.")
    assert none_of(nlp, lexicon, text, {"adopted", "signed", "issued"})


# --- requests whose addressee is left to the reader, or whose verb was read as a noun -------------------------

@pytest.mark.parametrize("text", [
    "Roskomnadzor blocked TV Rain and Echo of Moscow on March 1, after the Prosecutor General's Office demanded that "
    "they be blocked.",
    "March 1. The Prosecutor General's Office demands that Roskomnadzor restrict access to the websites of TV Rain "
    "and the radio station Echo of Moscow, accusing them of spreading false information.",
], ids=["demanded-that-they-be-blocked", "demands-read-as-noun"])
def test_the_prosecutors_asked_the_regulator(nlp, lexicon, text):
    assert holds(nlp, lexicon, text, "Prosecutor General", "petitioned", "Roskomnadzor")


@pytest.mark.parametrize("text", [
    "The Prosecutor General's Office demanded that Meduza be blocked. Roskomnadzor blocked The Insider.",
    "Lawmakers demanded that Roskomnadzor block Meduza.",
], ids=["demanded-that-passive", "demanded-that-active"])
def test_what_was_demanded_was_not_done(nlp, lexicon, text):
    assert not holds(nlp, lexicon, text, "Roskomnadzor", "blocked", "Meduza")


def test_no_request_is_read_from_a_negated_demand(nlp, lexicon):
    text = "The Prosecutor General's Office did not demand that Meduza be blocked. Roskomnadzor blocked The Insider."
    assert none_of(nlp, lexicon, text, {"petitioned"})


@pytest.mark.parametrize("text, person, provision", [
    ("The charges against Ivan Petrov were brought under Article 207.3 of the Criminal Code.", "Petrov",
     "Article 207.3"),
    ("Ivan Petrov's trial under Article 280 of the Criminal Code began on Monday.", "Petrov", "Article 280"),
    ("The trial of Ivan Petrov under Article 280 of the Criminal Code opened on Monday.", "Petrov", "Article 280"),
    ("The case against Maria Ivanova under Article 207.3 of the Criminal Code was opened in May.", "Ivanova",
     "Article 207.3"),
], ids=["charges-against-brought-under", "trial-under", "trial-of-under", "case-against-under"])
def test_a_case_named_by_a_noun(nlp, lexicon, text, person, provision):
    assert any(person in s and p in CHARGES and provision in o for s, p, o in facts(nlp, lexicon, text))


@pytest.mark.parametrize("text", [
    "There is no case against Ivan Petrov under Article 280 of the Criminal Code.",
    "Prosecutors are preparing a case against Ivan Petrov under Article 280 of the Criminal Code.",
], ids=["no-case", "preparing"])
def test_a_case_that_does_not_exist_charges_nobody(nlp, lexicon, text):
    assert none_of(nlp, lexicon, text, CHARGES)


@pytest.mark.parametrize("text", [
    "Maria Ivanova was included in Rosfinmonitoring's list of terrorists and extremists in June.",
    "Rosfinmonitoring's list of terrorists and extremists now includes Maria Ivanova.",
], ids=["included-in-its-list", "its-list-includes"])
def test_the_keeper_of_a_list_puts_people_on_it(nlp, lexicon, text):
    assert holds(nlp, lexicon, text, "Financial Monitoring", "designated", "Ivanova")


def test_a_list_kept_by_nobody_named_makes_no_keeper(nlp, lexicon):
    text = "Maria Ivanova was included in a list of political prisoners by human rights groups in June."
    assert none_of(nlp, lexicon, text, {"designated"})


# --- a court that gives a harsher penalty in place of an earlier one (kg.event_received) -----------------------

@pytest.mark.parametrize("text, court, person", [
    ("The Military Court of Appeal heard the case. A military appeals court on Tuesday replaced the fine handed to the "
     "sociologist Boris Kagarlitsky with a five-year prison term.", "Military", "Kagarlitsky"),
    ("The Moscow City Court changed Maria Ivanova's suspended sentence to three years in a penal colony.",
     "Moscow City Court", "Ivanova"),
], ids=["replaced-fine-with-term", "changed-sentence-to-years"])
def test_a_new_penalty_in_place_of_the_old(nlp, lexicon, text, court, person):
    assert holds(nlp, lexicon, text, court, "convicted", person)


def test_replacing_a_penalty_with_no_term_is_no_sentence(nlp, lexicon):
    assert none_of(nlp, lexicon, "The Moscow City Court replaced the fine with a warning for Ivan Petrov.",
                   {"convicted"})


@pytest.mark.parametrize("text, body", [
    ("Meduza, labelled a foreign agent in 2021, moved to Riga. The Justice Ministry did not comment.", "Justice"),
    ("Meduza, designated an undesirable organization in 2023, kept publishing. The Prosecutor General's Office gave "
     "no reason.", "Prosecutor General"),
], ids=["labelled-foreign-agent", "designated-undesirable"])
def test_a_designation_participle_set_off_by_commas(nlp, lexicon, text, body):
    assert holds(nlp, lexicon, text, body, "designated", "Meduza")


def test_labelling_a_decision_is_no_designation(nlp, lexicon):
    text = "Meduza, labelled the decision absurd, the Justice Ministry said."
    assert none_of(nlp, lexicon, text, {"designated"})


def test_a_letter_from_a_ministry_is_no_request_to_its_reader(nlp, lexicon):
    assert none_of(nlp, lexicon, "The Justice Ministry sent Memorial a letter of warning.", {"petitioned"})


@pytest.mark.parametrize("text, subject, prop, obj", [
    ("The Tagansky District Court fined Google 7.2 billion rubles. On the same day the same court imposed a fine of "
     "nearly 2 billion rubles on Meta Platforms.", "Tagansky", "fined", "Meta"),
    ("Investigators from the Federal Security Service detained Ivan Petrov and Maria Ivanova and searched their "
     "homes in June 2018.", "Security", "searched", "Ivanova"),
    ("Ivan Petrov and Maria Ivanova were detained on Monday. The FSB searched their homes.", "Security",
     "searched", "Petrov"),
    ("The bill on foreign agents was introduced in November. It cleared its third reading in the State Duma on "
     "November 21, 2019.", "State Duma", "adopted", "bill"),
], ids=["the-same-court", "investigators-from-conj", "their-homes", "cleared-reading-in"])
def test_staff_owners_and_chambers(nlp, lexicon, text, subject, prop, obj):
    assert holds(nlp, lexicon, text, subject, prop, obj)


def test_their_without_a_group_is_nobody(nlp, lexicon):
    assert none_of(nlp, lexicon, "Ivan Petrov met Maria Ivanova. The FSB searched their homes.", {"searched"})


# --- groups told with a relative clause or a count, and requests for an action (kg.event_actors, kg.event_fill,
# kg.event_counted) ----------------------------------------------------------------------------------------------

def test_a_plural_relative_clause_on_a_list_is_about_all_of_it(nlp, lexicon):
    text = ("The Leninsky District Court of Saratov also sentenced Gennady German, Roman Gridasov and Alexei Miretsky, "
            "who were convicted under Part 2 of Article 282.2 of the Criminal Code.")
    assert holds(nlp, lexicon, text, "German", "convictedUnder", "Article 282.2")


def test_a_singular_relative_clause_is_about_its_own_name(nlp, lexicon):
    text = ("Ivan Petrov met Maria Ivanova and Pavel Smirnov, who was later fined under Article 20.3.3 of the Code of "
            "Administrative Offenses by the Tverskoy District Court.")
    assert not holds(nlp, lexicon, text, "Tverskoy", "fined", "Ivanova")


@pytest.mark.parametrize("text, asker, asked", [
    ("In 2017 the Supreme Court banned the Jehovah's Witnesses as extremist. The Justice Ministry had asked for the "
     "ban.", "Justice", "Supreme Court"),
    ("The Supreme Court banned the Jehovah's Witnesses. The Justice Ministry had asked for a ban of the Jehovah's "
     "Witnesses.", "Justice", "Supreme Court"),
], ids=["asked-for-the-ban", "asked-for-a-ban-of-them"])
def test_asking_for_an_action_asks_the_one_who_did_it(nlp, lexicon, text, asker, asked):
    assert holds(nlp, lexicon, text, asker, "petitioned", asked)


def test_asking_for_an_action_on_someone_else_asks_nobody_named(nlp, lexicon):
    text = "The Supreme Court banned the Jehovah's Witnesses. The Justice Ministry called for the ban of Memorial."
    assert none_of(nlp, lexicon, text, {"petitioned"})


@pytest.mark.parametrize("text, subject, prop, obj", [
    ("Russia's Justice Ministry on Monday added five people to its register of foreign agents. Who was designated? "
     "Lev Ponomarev, a human rights defender; Lyudmila Savitskaya and Sergei Markelov, two journalists from Pskov; "
     "Denis Kamalyagin, an editor; and Darya Apakhonchich, an artist.", "Justice", "designated", "Apakhonchich"),
    ("Roskomnadzor blocked three websites on Friday. They belong to Meduza, The Insider and TV Rain.", "Roskomnadzor",
     "blocked", "The Insider"),
], ids=["five-people-then-named", "three-sites-then-named"])
def test_a_counted_action_then_its_names(nlp, lexicon, text, subject, prop, obj):
    assert holds(nlp, lexicon, text, subject, prop, obj)


def test_a_count_the_names_do_not_match_names_nobody(nlp, lexicon):
    text = ("The Justice Ministry added four people to its register of foreign agents. Lev Ponomarev and Lyudmila "
            "Savitskaya were among them.")
    assert none_of(nlp, lexicon, text, {"designated"})
