"""More event shapes: co-defendants, counted names, the person beside a role noun, the court that hands down a
verdict, higher courts on a sentence, coordinated main clauses, 'its' after a request. Each rule is
read from several wordings of our own through the real model, with the near misses it must not take."""

from __future__ import annotations

import pytest

from tests.sentences import facts, has

SANCTIONS = {"convicted", "fined", "detained", "prosecuted", "blocked", "banned", "designated", "searched",
             "liquidated", "sanctioned"}
PETITIONS = {"petitioned", "askedTo", "complainedTo", "appealedTo", "calledOn"}


def holds(nlp, lexicon, text: str, subject: str, prop: str, obj: str) -> bool:
    return has(facts(nlp, lexicon, text), subject, prop, obj)


def never(nlp, lexicon, text: str, subject: str, props: set[str], obj: str) -> bool:
    return not any(subject in s and p in props and obj in o for s, p, o in facts(nlp, lexicon, text))


# --- co-defendants: "together with", "along with" (kg.event_companions) --------------------------------------

@pytest.mark.parametrize("text, subject, prop, obj", [
    ("Ivan Petrov was convicted together with Maria Ivanova by the Basmanny District Court.", "Basmanny", "convicted",
     "Ivanova"),
    ("The Tverskoy District Court sentenced Pavel Smirnov along with Oleg Sidorov to three years in a penal colony.",
     "Tverskoy", "convicted", "Sidorov"),
    ("The Federal Security Service detained Anna Popova in Kazan together with Oleg Sidorov, a local blogger, and "
     "Pavel Smirnov.", "Federal Security Service", "detained", "Smirnov"),
], ids=["passive-together", "active-along", "list-after-apposition"])
def test_those_together_with_the_defendant_share_the_action(nlp, lexicon, text, subject, prop, obj):
    assert holds(nlp, lexicon, text, subject, prop, obj)


@pytest.mark.parametrize("text, subject, obj", [
    ("The Federal Security Service, together with the Interior Ministry, detained Anna Popova in Kazan.",
     "Federal Security Service", "Interior Ministry"),
    ("The Basmanny District Court did not convict Ivan Petrov together with Maria Ivanova.", "Basmanny", "Ivanova"),
    ("The Basmanny District Court will try Ivan Petrov together with Maria Ivanova next month.", "Basmanny",
     "Ivanova"),
], ids=["a-body-acting-together", "negated", "future"])
def test_together_with_adds_no_defendant_where_nothing_was_done_to_them(nlp, lexicon, text, subject, obj):
    assert never(nlp, lexicon, text, subject, SANCTIONS, obj)


# --- names in apposition to a count (kg.event_companions) -------------------------------------------------------

@pytest.mark.parametrize("text, subject, prop, obj", [
    ("The Investigative Committee opened a case against two of the activists, Ivan Petrov and Maria Ivanova.",
     "Investigative Committee", "prosecuted", "Petrov"),
    ("Investigators of the Investigative Committee opened criminal cases under Article 280 of the Criminal Code "
     "against three of the protesters, Anna Popova, Oleg Sidorov and Pavel Smirnov.", "Popova", "prosecutedUnder",
     "Article 280"),
], ids=["two-of", "three-of-with-provision"])
def test_the_names_of_a_count_are_the_defendants(nlp, lexicon, text, subject, prop, obj):
    assert holds(nlp, lexicon, text, subject, prop, obj)


def test_a_count_without_names_names_nobody(nlp, lexicon):
    text = "The Investigative Committee opened a case against two of the activists. Ivan Petrov condemned it."
    assert never(nlp, lexicon, text, "Investigative Committee", SANCTIONS, "Petrov")


# --- the person beside a role noun acts (kg.event_companions.apposed_person) ---------------------------------

@pytest.mark.parametrize("text, subject, obj", [
    ("A deputy of the State Duma, Vitaly Milonov, complained to the Prosecutor General's Office about the concert.",
     "Milonov", "Prosecutor General"),
    ("The head of the Union of Journalists, Vladimir Solovyov, asked Roskomnadzor to unblock the website.",
     "Solovyov", "Roskomnadzor"),
], ids=["deputy-of", "head-of"])
def test_the_named_person_petitions_not_the_body_of_the_role(nlp, lexicon, text, subject, obj):
    found = facts(nlp, lexicon, text)
    assert any(subject in s and p in PETITIONS and obj in o for s, p, o in found)
    assert not any(("State Duma" in s or "Union of Journalists" in s) and p in PETITIONS for s, p, o in found)


def test_a_named_person_who_did_not_complain_petitions_nobody(nlp, lexicon):
    text = "A deputy of the State Duma, Vitaly Milonov, did not complain to the Prosecutor General's Office."
    assert never(nlp, lexicon, text, "", PETITIONS, "Prosecutor General")


# --- "The verdict was handed down by <court>" (kg.event_fill.adjacent_court) ----------------------------------

@pytest.mark.parametrize("text, subject, obj", [
    ("The Moscow City Court had refused to release Ivan Petrov in May. In October Petrov was sentenced to five "
     "years in a penal colony. The verdict was handed down by the Basmanny District Court.", "Basmanny", "Petrov"),
    ("The Moscow City Court had kept Anna Popova in custody. Popova was convicted of spreading fakes. The judgment "
     "was pronounced by the Tverskoy District Court behind closed doors.", "Tverskoy", "Popova"),
], ids=["handed-down", "pronounced"])
def test_the_court_that_hands_down_the_verdict_convicted(nlp, lexicon, text, subject, obj):
    assert holds(nlp, lexicon, text, subject, "convicted", obj)


def test_a_court_that_upholds_the_verdict_did_not_pass_it(nlp, lexicon):
    text = ("The Basmanny District Court had refused to release Ivan Petrov. Petrov was sentenced to five years. "
            "The verdict was upheld by the Moscow City Court in December.")
    assert never(nlp, lexicon, text, "Basmanny", SANCTIONS, "Petrov")


# --- a higher court on someone's sentence (kg.event_upheld) -------------------------------------------------------

@pytest.mark.parametrize("text, subject, prop, obj", [
    ("The Moscow City Court on Tuesday upheld the five-year sentence of Ivan Petrov, a local activist.",
     "Moscow City Court", "convicted", "Petrov"),
    ("The Supreme Court of Karelia reduced Maria Ivanova's prison term by six months.", "Supreme Court of Karelia",
     "convicted", "Ivanova"),
    ("Pavel Smirnov's conviction was confirmed by the First Appeal Court of General Jurisdiction in March.",
     "Appeal", "convicted", "Smirnov"),
    ("The Moscow City Court upheld the fine imposed on Meta.", "Moscow City Court", "fined", "Meta"),
], ids=["upheld-of", "reduced-possessive", "passive-confirmed", "fine-imposed-on"])
def test_a_court_deciding_on_a_sentence_sanctions_its_bearer(nlp, lexicon, text, subject, prop, obj):
    assert holds(nlp, lexicon, text, subject, prop, obj)


@pytest.mark.parametrize("text", [
    "The Moscow City Court overturned the five-year sentence of Ivan Petrov.",
    "The Moscow City Court refused to uphold the five-year sentence of Ivan Petrov.",
    "The defence asked the Moscow City Court to reduce the sentence of Ivan Petrov.",
    "The Moscow City Court will decide next week whether to uphold the sentence of Ivan Petrov.",
], ids=["overturned", "refused", "requested", "open"])
def test_no_sanction_from_quashing_refusing_or_asking(nlp, lexicon, text):
    assert never(nlp, lexicon, text, "Moscow City Court", SANCTIONS, "Petrov")


# --- a coordinated main clause with its own subject has its own status (kg.event_context) -----------------

@pytest.mark.parametrize("text, subject, prop, obj", [
    ("The Justice Ministry asked the Supreme Court to close the Movement for Human Rights, and the court ordered "
     "its liquidation in November.", "Supreme Court", "liquidated", "Movement for Human Rights"),
    ("The Basmanny District Court did not fine Ivan Petrov, and Roskomnadzor blocked Meduza the same day.",
     "Roskomnadzor", "blocked", "Meduza"),
    ("Prosecutors wanted the Tverskoy District Court to ban the Sova Center, and the court banned the Sova Center in "
     "June.", "Tverskoy", "banned", "Sova Center"),
], ids=["asked-then-ordered", "negated-then-blocked", "wanted-then-banned"])
def test_the_second_main_clause_is_asserted(nlp, lexicon, text, subject, prop, obj):
    assert holds(nlp, lexicon, text, subject, prop, obj)


@pytest.mark.parametrize("text, subject, obj", [
    ("The Justice Ministry asked the Supreme Court to close the Movement for Human Rights and ban its website.",
     "Supreme Court", "Movement for Human Rights"),
    ("Officials denied that the court had liquidated the Sova Center and that Roskomnadzor blocked Meduza.",
     "Roskomnadzor", "Meduza"),
    ("The Justice Ministry asked the Supreme Court to close the Movement for Human Rights, but the court refused to "
     "order its liquidation.", "Supreme Court", "Movement for Human Rights"),
], ids=["one-request-two-verbs", "denied-pair", "refused-order"])
def test_requested_denied_or_refused_stay_so(nlp, lexicon, text, subject, obj):
    assert never(nlp, lexicon, text, subject, SANCTIONS, obj)


# --- a finite verb coordinated with 'refused'/'asked' is not refused or asked for (kg.event_context) ----------

@pytest.mark.parametrize("text, subject, prop, obj", [
    ("At a preliminary hearing the Pervomaisky District Court refused to return the case to prosecutors and kept "
     "Dmitry Talantov in custody.", "Pervomaisky", "detained", "Talantov"),
    ("The Basmanny District Court declined to hear the appeal and fined Ivan Petrov 30,000 rubles.", "Basmanny",
     "fined", "Petrov"),
], ids=["refused-and-kept", "declined-and-fined"])
def test_a_finite_coordinated_verb_is_done(nlp, lexicon, text, subject, prop, obj):
    assert holds(nlp, lexicon, text, subject, prop, obj)


@pytest.mark.parametrize("text, subject, obj", [
    ("The Basmanny District Court refused to fine Ivan Petrov and to ban his channel.", "Basmanny", "Petrov"),
    ("Prosecutors asked the Basmanny District Court to fine Ivan Petrov and block his website.", "Basmanny",
     "Petrov"),
], ids=["refused-two-infinitives", "asked-two-infinitives"])
def test_infinitives_coordinated_under_refused_or_asked_stay_so(nlp, lexicon, text, subject, obj):
    assert never(nlp, lexicon, text, subject, SANCTIONS, obj)


def test_its_after_a_request_is_what_was_asked_for_among_other_names(nlp, lexicon):
    text = ("The Sova Center and Memorial protested against the inspections. The Justice Ministry asked the Supreme "
            "Court to close the Movement for Human Rights, and the court ordered its liquidation within weeks.")
    assert holds(nlp, lexicon, text, "Supreme Court", "liquidated", "Movement for Human Rights")
    assert never(nlp, lexicon, text, "Supreme Court", SANCTIONS, "Sova")


# --- a charge told by a noun: "added / brought a charge under <provision>" (kg.event_added) -----------------

CHARGES = {"chargedUnder", "convictedUnder", "prosecutedUnder", "finedUnder"}


@pytest.mark.parametrize("text, subject, obj", [
    ("The Investigative Committee opened a case against Ivan Petrov under Part 2 of Article 207.3 of the Criminal "
     "Code and later added a charge of inciting hatred under Part 1 of Article 282.", "Petrov", "Article 282"),
    ("Investigators charged Maria Ivanova under Article 280 of the Criminal Code. In May they added a second charge "
     "under Article 280.3 of the Criminal Code.", "Ivanova", "Article 280.3"),
    ("Prosecutors brought new charges against Pavel Smirnov under Article 205.2 of the Criminal Code.", "Smirnov",
     "Article 205.2"),
], ids=["added-in-coordinated-clause", "added-next-sentence", "brought-against"])
def test_a_charge_noun_charges_its_defendant(nlp, lexicon, text, subject, obj):
    assert holds(nlp, lexicon, text, subject, "chargedUnder", obj)


@pytest.mark.parametrize("text, subject, obj", [
    ("Investigators charged Maria Ivanova under Article 280 of the Criminal Code but did not add a charge under "
     "Article 280.3 of the Criminal Code.", "Ivanova", "Article 280.3"),
    ("Prosecutors may bring new charges against Pavel Smirnov under Article 205.2 of the Criminal Code.", "Smirnov",
     "Article 205.2"),
    ("The victims asked investigators to bring charges against Pavel Smirnov under Article 205.2 of the Criminal "
     "Code.", "Smirnov", "Article 205.2"),
], ids=["negated", "modal", "requested"])
def test_no_charge_from_a_charge_not_added(nlp, lexicon, text, subject, obj):
    assert never(nlp, lexicon, text, subject, CHARGES, obj)


# --- a request told from the side of the one asked (kg.event_ignored) ---------------------------------------

@pytest.mark.parametrize("text, subject, obj", [
    ("According to the court, TikTok had ignored repeated requests from Roskomnadzor to delete the videos.",
     "Roskomnadzor", "TikTok"),
    ("Google refused to comply with a demand from Roskomnadzor to remove the videos.", "Roskomnadzor", "Google"),
    ("Wikipedia received a notice from Roskomnadzor about two articles in May.", "Roskomnadzor", "Wikipedia"),
], ids=["ignored-requests-from", "refused-to-comply", "received-notice"])
def test_the_one_whose_request_was_ignored_asked(nlp, lexicon, text, subject, obj):
    assert holds(nlp, lexicon, text, subject, "petitioned", obj)


@pytest.mark.parametrize("text, subject, obj", [
    ("Google said it had not received any request from Roskomnadzor.", "Roskomnadzor", "Google"),
    ("Google may ignore further requests from Roskomnadzor.", "Roskomnadzor", "Google"),
], ids=["never-received", "may-ignore"])
def test_no_request_when_none_was_received_or_it_is_to_come(nlp, lexicon, text, subject, obj):
    assert never(nlp, lexicon, text, subject, PETITIONS, obj)


# --- a warning received (kg.event_ignored.received_warnings) ----------------------------------------------------

@pytest.mark.parametrize("text, subject, obj", [
    ("Novaya Gazeta suspended publication on March 28, after receiving a second warning from Roskomnadzor.",
     "Roskomnadzor", "Novaya Gazeta"),
    ("The newspaper Vedomosti received a warning from Roskomnadzor in May.", "Roskomnadzor", "Vedomosti"),
], ids=["after-receiving", "received"])
def test_the_body_whose_warning_was_received_warned(nlp, lexicon, text, subject, obj):
    assert holds(nlp, lexicon, text, subject, "warned", obj)


def test_a_warning_never_received_warns_nobody(nlp, lexicon):
    text = "Vedomosti said it had never received a warning from Roskomnadzor."
    assert never(nlp, lexicon, text, "Roskomnadzor", SANCTIONS | {"warned"}, "Vedomosti")


# --- a licence lost, with the court beside it (kg.event_licence) -------------------------------------------------

@pytest.mark.parametrize("text, subject, obj", [
    ("Novaya Gazeta lost its media licence on Monday when the Basmanny District Court of Moscow granted a lawsuit "
     "by Roskomnadzor.", "Basmanny", "Novaya Gazeta"),
    ("The magazine The New Times lost its media licence. The claim had been filed by Roskomnadzor, and the Supreme "
     "Court granted it.", "Supreme Court", "New Times"),
], ids=["same-sentence-court", "next-sentence-court"])
def test_a_lost_licence_is_banned_by_the_court_that_decided(nlp, lexicon, text, subject, obj):
    assert holds(nlp, lexicon, text, subject, "banned", obj)


@pytest.mark.parametrize("text, subject, obj", [
    ("The radio station Echo could lose its licence if the Tverskoy District Court grants the claim.", "Tverskoy",
     "Echo"),
    ("Dozhd lost its licence in Latvia. Its staff moved to Amsterdam, and the Basmanny District Court later fined "
     "its director.", "Basmanny", "Dozhd"),
    ("Novaya Gazeta did not lose its licence, although the Basmanny District Court granted part of the claim.",
     "Basmanny", "Novaya Gazeta"),
], ids=["could-lose", "court-that-decides-nothing-about-it", "did-not-lose"])
def test_no_ban_without_a_lost_licence_and_its_court(nlp, lexicon, text, subject, obj):
    assert never(nlp, lexicon, text, subject, SANCTIONS, obj)


# --- "the charges against <X> fall under <provision>" (kg.event_added.falling_charges) --------------------------

@pytest.mark.parametrize("text, subject, obj", [
    ("The charges against Ivan Petrov fall under Part 1 of Article 280 of the Criminal Code.", "Petrov",
     "Article 280"),
    ("The case against the journalist Maria Ivanova falls under Article 207.3 of the Criminal Code.", "Ivanova",
     "Article 207.3"),
], ids=["charges-fall", "case-falls"])
def test_charges_that_fall_under_a_provision(nlp, lexicon, text, subject, obj):
    assert holds(nlp, lexicon, text, subject, "chargedUnder", obj)


@pytest.mark.parametrize("text", [
    "Lawyers say the charges against Ivan Petrov do not fall under Article 280 of the Criminal Code.",
    "The charges against Ivan Petrov could fall under Article 280 of the Criminal Code if the court agrees.",
], ids=["negated", "could"])
def test_no_charge_from_charges_that_do_not_or_may_fall(nlp, lexicon, text):
    assert never(nlp, lexicon, text, "Petrov", CHARGES, "Article 280")


# --- the court's order on someone's website; homes searched two sentences on (kg.event_actors, kg.event_groups)

def test_ordered_a_website_blocked_blocks_its_owner(nlp, lexicon):
    assert holds(nlp, lexicon, "The Tverskoy District Court ordered Meduza's website blocked in March.", "Tverskoy",
                 "blocked", "Meduza")
    assert holds(nlp, lexicon, "In March a judge of the Tverskoy District Court ordered the site of OVD-Info "
                 "blocked.", "Tverskoy", "blocked", "OVD-Info")


def test_a_request_to_order_a_website_blocked_blocks_nothing(nlp, lexicon):
    text = "Prosecutors asked the Tverskoy District Court to order Meduza's website blocked."
    assert never(nlp, lexicon, text, "Tverskoy", SANCTIONS, "Meduza")


@pytest.mark.parametrize("text, obj", [
    ("Anna Popova and Oleg Sidorov were detained in Kazan on Monday. Both are members of the local branch of "
     "Memorial. Officers of the Federal Security Service searched their homes.", "Sidorov"),
    ("Anna Popova and Oleg Sidorov were detained in Kazan. They had organised a picket in May. The Federal Security "
     "Service searched their flats the same evening.", "Popova"),
], ids=["memorial-between", "a-sentence-between"])
def test_their_homes_reach_two_sentences_back(nlp, lexicon, text, obj):
    assert holds(nlp, lexicon, text, "Federal Security Service", "searched", obj)


def test_their_homes_do_not_reach_past_another_group(nlp, lexicon):
    text = ("Anna Popova and Oleg Sidorov were detained in Kazan. Ivan Petrov and Maria Ivanova were released the "
            "same day. The Federal Security Service searched their homes.")
    assert never(nlp, lexicon, text, "Federal Security Service", SANCTIONS, "Popova")


# --- 'its' in a time clause: the organisation the main clause acts on (kg.event_pronouns) --------------------

@pytest.mark.parametrize("text, subject, obj", [
    ("Ivan Petrov ran the Sova Center until the Moscow City Court ordered its closure in 2023.", "Moscow City Court",
     "Sova Center"),
    ("Maria Ivanova chaired the Memorial society for years before the Supreme Court ordered its liquidation.",
     "Supreme Court", "Memorial"),
], ids=["until", "before"])
def test_its_in_a_time_clause_is_the_organisation_of_the_main_clause(nlp, lexicon, text, subject, obj):
    assert holds(nlp, lexicon, text, subject, "liquidated", obj)


def test_its_in_a_time_clause_with_a_refusal_is_no_liquidation(nlp, lexicon):
    text = "Ivan Petrov ran the Sova Center until the Moscow City Court refused to order its closure in 2023."
    assert never(nlp, lexicon, text, "Moscow City Court", SANCTIONS, "Sova Center")


def test_a_state_body_reporting_its_requests_ignored_asked(nlp, lexicon):
    assert holds(nlp, lexicon, "Roskomnadzor said Google had ignored repeated requests to delete the videos.",
                 "Roskomnadzor", "petitioned", "Google")
    assert never(nlp, lexicon, "Ivan Petrov said Google had ignored repeated requests to delete the videos.",
                 "Petrov", PETITIONS, "Google")


# --- names a subject's "among them" lists (kg.event_companions.subject_examples) ------------------------------

@pytest.mark.parametrize("text, subject, prop, obj", [
    ("Council members, among them Andrei Babushkin, have since asked the Prosecutor General's Office to review "
     "prosecutions.", "Babushkin", "petitioned", "Prosecutor General"),
    ("Several protesters, among them Anna Popova and Oleg Sidorov, were detained by the Federal Security Service.",
     "Federal Security Service", "detained", "Sidorov"),
], ids=["asked", "detained"])
def test_the_named_examples_of_a_subject_act_or_are_acted_on(nlp, lexicon, text, subject, prop, obj):
    found = facts(nlp, lexicon, text)
    props = PETITIONS if prop == "petitioned" else {prop}
    assert any(subject in s and p in props and obj in o for s, p, o in found)


def test_examples_of_a_subject_who_did_not_ask_asked_nothing(nlp, lexicon):
    text = "Council members, among them Andrei Babushkin, have not asked the Prosecutor General's Office for a review."
    assert never(nlp, lexicon, text, "Babushkin", PETITIONS, "Prosecutor General")


# --- asked for an act told as done (kg.event_asked_for) ---------------------------------------------------------

@pytest.mark.parametrize("text, subject, obj", [
    ("The Moscow City Court ordered the liquidation of the Sova Center in May. The Prosecutor General's Office had "
     "sought the liquidation since January.", "Prosecutor General", "Moscow City Court"),
    ("Roskomnadzor blocked Meduza in March. The Prosecutor General's Office had asked for the blocking a week "
     "earlier.", "Prosecutor General", "Roskomnadzor"),
], ids=["sought-the-liquidation", "asked-for-the-blocking"])
def test_who_asked_for_a_done_act_asked_its_actor(nlp, lexicon, text, subject, obj):
    found = facts(nlp, lexicon, text)
    assert any(subject in s and p in PETITIONS and obj in o for s, p, o in found)


@pytest.mark.parametrize("text, subject, obj", [
    ("The Supreme Court banned the movement in 2020. The Justice Ministry did not ask for the ban.", "Justice",
     "Supreme Court"),
    ("Roskomnadzor blocked Meduza in March. The League of Safe Internet had called for a ban on all foreign media.",
     "League", "Roskomnadzor"),
    ("The Prosecutor General's Office had asked for the liquidation of the Sova Center. The Moscow City Court "
     "refused to order the liquidation in May.", "Prosecutor General", "Moscow City Court"),
], ids=["negated", "indefinite-other-act", "act-refused"])
def test_no_petition_for_an_act_not_asked_or_unclear(nlp, lexicon, text, subject, obj):
    assert never(nlp, lexicon, text, subject, PETITIONS, obj)
