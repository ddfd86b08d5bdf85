"""Shapes from this round's work, each with the near misses that must stay silent: "<Org>, whose <A> and <B>";
"its appeal" in a clause with a subject of its own; "<Person>, a correspondent for <Org>"; a decision that acts
in its own relative clause; "among them A and B" with a name tagged as a verb; "the <Org> of <Person>" and "which"
after it; a dateline read as a second subject; a singular clause of owning after a list; charges without an actor."""

from __future__ import annotations

from tests.sentences import entities, holds, kinds

# ---- "<Org>, whose <A> and <B> were blocked" ------------------------------------------------------------------


def test_whose_names_the_owner_of_the_named_services(nlp, lexicon):
    text = "Google, whose YouTube and Google Play were slowed down in 2024, said it would appeal."
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Google", "owns", "YouTube") and holds(found, "Google", "owns", "Google Play")


def test_whose_owns_no_person_and_no_channel_on_a_platform(nlp, lexicon):
    found = kinds(nlp, lexicon, "Memorial, whose chairman Oleg Orlov was fined, appealed. Meduza, whose Telegram "
                                "channel was blocked, said nothing.")
    assert not any(k == "owns" for _, k, _ in found)
    assert holds(found, "Oleg Orlov", "roleIn", "Memorial")


# ---- "its appeal" under a clause with its own subject -----------------------------------------------------------


def test_its_appeal_heard_by_a_court_is_the_subject_above(nlp, lexicon):
    text = "Google is still waiting for the Moscow City Court to hear its appeal against the fine."
    assert holds(kinds(nlp, lexicon, text), "Google", "petitioned", "Moscow City Court")


def test_its_appeal_is_not_the_nearer_name_in_a_whose_clause(nlp, lexicon):
    text = ("Meta, whose Facebook and Instagram were blocked in March, is still waiting for the Moscow City Court to "
            "hear its appeal.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Meta", "petitioned", "Moscow City Court")
    assert not holds(found, "Facebook", "petitioned", "Moscow City Court")


def test_its_appeal_is_nobody_above_when_the_clause_above_has_a_person(nlp, lexicon):
    text = "Ivan Petrov is waiting for the Moscow City Court to hear its appeal."
    assert not any(k == "petitioned" and "Petrov" in s for s, k, _ in kinds(nlp, lexicon, text))


# ---- "<Person>, a correspondent for <Org>" -----------------------------------------------------------------------


def test_a_name_with_a_person_noun_in_apposition_is_a_person(nlp, lexicon):
    text = "Usman Batirov, a correspondent for the news site Kavkazsky Uzel, was detained in April."
    found = entities(nlp, lexicon, text)
    assert ("Usman Batirov", "Person") in found
    assert holds(kinds(nlp, lexicon, text), "Usman Batirov", "roleIn", "Caucasian Knot")


def test_a_name_with_an_organisation_noun_in_apposition_stays_an_organisation(nlp, lexicon):
    text = "Kavkazsky Uzel, a news site founded by Memorial, said its correspondent had been detained."
    assert not any(t == "Person" for label, t in entities(nlp, lexicon, text) if "Kavkazsky" in label
                   or "Caucasian" in label)


# ---- a decision that acts in its own relative clause --------------------------------------------------------------


def test_a_decision_that_declared_someone_extremist_acts_for_its_court(nlp, lexicon):
    text = "Meta appealed against the Tverskoy District Court decision that declared Meta extremist in March 2022."
    assert holds(kinds(nlp, lexicon, text), "Tverskoy District Court", "sanctioned", "Meta")
    text = ("Google asked the Moscow City Court to overturn the Tagansky District Court ruling that fined Google 7 "
            "billion roubles.")
    assert holds(kinds(nlp, lexicon, text), "Tagansky District Court", "sanctioned", "Google")


def test_a_court_in_a_relative_clause_of_a_plain_noun_is_not_read_as_a_decision(nlp, lexicon):
    text = "Meta appealed against the list that declared Meta extremist in March 2022."
    assert not any(k == "sanctioned" for _, k, _ in kinds(nlp, lexicon, text))


# ---- "among them A and B", B tagged as a verb ------------------------------------------------------------------


def test_among_them_keeps_a_name_the_tagger_read_as_a_verb(nlp, lexicon):
    text = "A few months later Roskomnadzor restricted six more services, among them NordVPN and ExpressVPN."
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Roskomnadzor", "sanctioned", "NordVPN")
    assert holds(found, "Roskomnadzor", "sanctioned", "ExpressVPN")


def test_among_them_still_stops_at_a_verb_that_is_no_name(nlp, lexicon):
    text = ("Roskomnadzor restricted six more services, among them NordVPN, said Mikhail Klimarev of the Internet "
            "Protection Society.")
    assert not holds(kinds(nlp, lexicon, text), "Roskomnadzor", "sanctioned", "Internet Protection Society")


# ---- "the <Org> of <Person>" and "which" after it ---------------------------------------------------------------

FOUNDATION = ("The ban follows that of the Anti-Corruption Foundation of the jailed opposition politician Alexei "
              "Navalny, which the Moscow City Court declared extremist in June 2021.")


def test_an_organisation_of_a_person_gives_the_person_a_role_in_it(nlp, lexicon):
    assert holds(kinds(nlp, lexicon, FOUNDATION), "Alexei Navalny", "roleIn", "Anti-Corruption Foundation")


def test_which_after_an_organisation_of_a_person_is_the_organisation(nlp, lexicon):
    found = kinds(nlp, lexicon, FOUNDATION)
    assert holds(found, "Moscow City Court", "sanctioned", "Anti-Corruption Foundation")
    assert not holds(found, "Moscow City Court", "sanctioned", "Navalny")


def test_who_after_an_organisation_of_a_person_is_still_the_person(nlp, lexicon):
    text = ("Lawyers of the Anti-Corruption Foundation of Lyubov Sobol, who was detained in Moscow in July, "
            "complained.")
    assert not holds(kinds(nlp, lexicon, text), "Sobol", "sanctioned", "Anti-Corruption Foundation")
    text = "The case of the lawyer of Ivan Petrov, which opened in May, was closed."
    assert not any(k == "roleIn" for _, k, _ in kinds(nlp, lexicon, text))


# ---- a dateline read as a second subject ----------------------------------------------------------------------


def test_its_after_a_dateline_is_the_sentence_subject(nlp, lexicon):
    text = ("MOSCOW, July 5 — Apple has removed at least 25 VPN apps from its App Store in Russia at the demand of "
            "Roskomnadzor.")
    assert holds(kinds(nlp, lexicon, text), "Apple", "owns", "App Store")


# ---- a singular clause of owning after a list -----------------------------------------------------------------


def test_a_singular_clause_of_owning_after_a_list_is_about_its_last_name(nlp, lexicon):
    found = kinds(nlp, lexicon, "In June 2021 Roskomnadzor blocked Opera VPN and VyprVPN, which is owned by the "
                                "Swiss firm Golden Frog.")
    assert holds(found, "Golden Frog", "owns", "VyprVPN")
    assert not holds(found, "Golden Frog", "owns", "Opera")


def test_a_description_in_apposition_after_a_list_is_about_its_last_name(nlp, lexicon):
    found = kinds(nlp, lexicon, "Among the apps removed were Red Shield VPN, Le VPN and Proton VPN, the service run "
                                "by Proton AG, a Swiss company.")
    assert holds(found, "Proton", "owns", "Proton VPN")
    assert not holds(found, "Proton", "owns", "Red Shield")


def test_a_plural_clause_of_owning_after_a_list_is_about_every_name(nlp, lexicon):
    found = kinds(nlp, lexicon, "The agency blocked Opera VPN and VyprVPN, which are owned by the Swiss firm Golden "
                                "Frog.")
    assert holds(found, "Golden Frog", "owns", "Opera VPN") and holds(found, "Golden Frog", "owns", "VyprVPN")


# ---- a charge without an actor --------------------------------------------------------------------------------


def test_a_charge_without_an_actor_is_not_the_prosecutor_generals(nlp, lexicon):
    text = ("On April 15 Roskomnadzor blocked the website of The Moscow Times at the request of the Prosecutor "
            "General's Office. Separately, the activist Ivan Petrov was charged under Part 2 of Article 207.3 of the "
            "Criminal Code.")
    assert not holds(kinds(nlp, lexicon, text), "Prosecutor General", "sanctioned", "Ivan Petrov")


def test_a_charge_without_an_actor_is_still_the_one_investigative_bodys(nlp, lexicon):
    text = ("The Investigative Committee opened a case in May. Ivan Petrov was charged under Part 2 of Article 207.3 "
            "of the Criminal Code in June.")
    assert holds(kinds(nlp, lexicon, text), "Investigative Committee", "sanctioned", "Ivan Petrov")


# ---- "faces the same charge" ------------------------------------------------------------------------------------


def test_the_same_charge_is_the_provision_named_last_before(nlp, lexicon):
    text = ("Alexei Gorinov was accused under Part 2 of Article 207.3 of the Criminal Code. Elena Kotenochkina, the "
            "head of the council, faces the same charge but has left the country.")
    assert holds(kinds(nlp, lexicon, text), "Elena Kotenochkina", "chargedUnder", "Part 2 of Article 207.3")
    text = ("Ivan Petrov was charged under Article 280 of the Criminal Code. His brother Oleg Petrov was later "
            "charged with the same offence.")
    assert holds(kinds(nlp, lexicon, text), "Oleg Petrov", "chargedUnder", "Article 280")


def test_the_same_charge_reaches_no_provision_from_far_back(nlp, lexicon):
    text = ("Ivan Petrov was charged under Article 280 of the Criminal Code in 2019. The case dragged on. His lawyer "
            "appealed twice. The court refused. The prosecutor asked for six years. Now Oleg Sidorov faces the same "
            "charge.")
    assert not any(k == "chargedUnder" and "Sidorov" in s for s, k, _ in kinds(nlp, lexicon, text))


# ---- "groups such as A, outlawed by <court>, and B" --------------------------------------------------------------


def test_a_participle_after_examples_is_about_the_examples_before_it(nlp, lexicon):
    text = ("The movement joins groups such as the Jehovah's Witnesses, outlawed by the Supreme Court in April 2017, "
            "and the Anti-Corruption Foundation.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Supreme Court", "sanctioned", "Jehovah")
    assert not holds(found, "Supreme Court", "sanctioned", "Anti-Corruption")


# ---- a law named by its subject in quotes ------------------------------------------------------------------------


def test_a_law_on_a_quoted_subject_keeps_the_quoted_words(nlp, lexicon):
    text = ('Article 207.3 was added to the Criminal Code by the law on army "fakes", which President Vladimir Putin '
            'signed on 4 March 2022.')
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Vladimir Putin", "issued", 'law on army "fakes"')
    assert ('law on army "fakes"', "Law") in entities(nlp, lexicon, text)


def test_a_quote_after_a_law_on_a_subject_that_closes_no_short_phrase_is_left_out(nlp, lexicon):
    text = 'Critics of the law on extremism "see no limit to it", said Ivan Petrov of the SOVA Center.'
    assert not any(t == "Law" and '"' in label for label, t in entities(nlp, lexicon, text))


# ---- a decision described by a participle, and a request set off by commas ----------------------------------------


def test_a_ruling_outlawing_someone_is_by_whoever_issued_it(nlp, lexicon):
    text = "The Supreme Court issued a decision banning the Jehovah's Witnesses in 2017."
    assert holds(kinds(nlp, lexicon, text), "Supreme Court", "sanctioned", "Jehovah")


def test_a_ruling_nobody_is_said_to_issue_has_no_actor(nlp, lexicon):
    text = "Lawyers for Memorial criticised a ruling banning the Jehovah's Witnesses."
    assert not any(k == "sanctioned" for _, k, _ in kinds(nlp, lexicon, text))


def test_a_request_set_off_by_commas_after_the_subject_goes_to_the_subject(nlp, lexicon):
    text = ("In April 2008 the Supreme Court of Russia, at the request of the Prosecutor General's Office, issued a "
            "ruling outlawing Nurdzhular as an extremist organisation.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Prosecutor General", "petitioned", "Supreme Court")
    text = "The Supreme Court, at the request of the Justice Ministry, banned the group."
    assert holds(kinds(nlp, lexicon, text), "Ministry of Justice", "petitioned", "Supreme Court")
