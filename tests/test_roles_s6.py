"""Roles and ownership in the ways news text states them: a relative clause's verb ('who coordinates <Org>', 'who
teaches at <Org>'), a title owned by 'its' or 'the group's' that the parser breaks apart, a plural title shared by
the names listed after it, bodies coordinated before a title, a unit of a body, joining and leaving a body, and
ownership told in a relative clause. Near misses: a role under a denial, a relative's name, an envoy's host body,
a platform one stops using, a planned or negated change. Each shape is read from several sentences of our own
through the real model."""

from __future__ import annotations

import pytest

from tests.sentences import holds, kinds


def role(found, person, body):
    return holds(found, person, "roleIn", body)


def no_role(found, person):
    return not any(person in s and k == "roleIn" for s, k, _ in found)


# --- a relative clause's verb gives the role -------------------------------------------------------------------

@pytest.mark.parametrize("text, person, body", [
    ("Vitaly Votanovsky, who coordinates Golos in the Krasnodar region, was detained on Sunday.", "Votanovsky",
     "Golos"),
    ("Police detained Vitaly Votanovsky in Krasnodar on Sunday. The activist, who coordinates Golos in the region, "
     "was released hours later.", "Votanovsky", "Golos"),
    ("Timur Valeev, who teaches at the Higher School of Economics, was dismissed after his posts.", "Valeev",
     "Higher School of Economics"),
    ("Anna Ivanova, who served in the FSB for ten years, testified against the defendant.", "Ivanova",
     "Federal Security Service"),
    ("Andrei Klishas sits on the Federation Council's constitutional committee.", "Klishas", "Federation Council"),
    ("Dennis Christensen belongs to the Jehovah's Witnesses, the court said.", "Christensen", "Jehovah"),
    ("Sergei Ivanov studied at the Moscow State University before his arrest.", "Ivanov", "Moscow State University"),
], ids=["coordinates", "coordinates-described", "teaches-at", "served-in", "sits-on", "belongs-to", "studied-at"])
def test_a_verb_of_belonging_gives_a_role(nlp, lexicon, text, person, body):
    assert role(kinds(nlp, lexicon, text), person, body)


@pytest.mark.parametrize("text, person", [
    ("Ivan Ivanov served his sentence in a penal colony run by the Federal Penitentiary Service.", "Ivanov"),
    ("Navalny sat in the glass cage of the Moscow City Court during the hearing.", "Navalny"),
    ("The land belongs to Gazprom, Alexei Navalny said.", "Navalny"),
], ids=["served-a-sentence", "sat-in-court", "land-belongs"])
def test_a_verb_of_belonging_needs_the_body_as_its_own_object(nlp, lexicon, text, person):
    assert no_role(kinds(nlp, lexicon, text), person)


# --- a title owned by 'its', 'their' or a described body, read from the words -----------------------------------

@pytest.mark.parametrize("text, people, body", [
    ("Golos has monitored elections since 2000. Its co-chair, Grigory Melkonyants, was arrested in August.",
     ["Melkonyants"], "Golos"),
    ("Golos was searched on Tuesday. Its co-chairs, Grigory Melkonyants and Lilia Shibanova, were questioned.",
     ["Melkonyants", "Shibanova"], "Golos"),
    ("The Moscow City Court ruled to liquidate the Moscow Helsinki Group. Valery Borshchev, the group's co-chairman, "
     "said it would appeal.", ["Borshchev"], "Moscow Helsinki Group"),
    ("Memorial was fined again. The organisation's lawyers, Maria Eismont and Genri Reznik, said they would appeal.",
     ["Eismont", "Reznik"], "Memorial"),
], ids=["its-co-chair", "its-co-chairs", "the-groups-co-chairman", "the-organisations-lawyers"])
def test_a_possessed_title_goes_to_the_names_it_introduces(nlp, lexicon, text, people, body):
    found = kinds(nlp, lexicon, text)
    assert all(role(found, p, body) for p in people)


@pytest.mark.parametrize("text, person, body, not_body", [
    ("The Moscow City Court fined Memorial 500,000 rubles, and its chairman Yan Rachinsky 100,000 rubles.",
     "Rachinsky", "Memorial", "Moscow City Court"),
    ("The Tverskoy District Court fined Golos 300,000 roubles, and its co-chair Grigory Melkonyants 50,000 roubles.",
     "Melkonyants", "Golos", "Tverskoy"),
], ids=["its-chairman-gapped", "its-co-chair-gapped"])
def test_its_in_a_gapped_second_fine_is_the_first_recipients(nlp, lexicon, text, person, body, not_body):
    """'<court> fined <X> ..., and its chairman <Y> ...': 'its' is X's (the parser makes the second recipient a
    conjunct of the verb, a clause whose verb is left out), never the court's."""
    found = kinds(nlp, lexicon, text)
    assert role(found, person, body) and not role(found, person, not_body)


def test_its_after_a_full_second_clause_is_still_the_subjects(nlp, lexicon):
    found = kinds(nlp, lexicon, "The Sakharov Center appealed the fine, and its director Sergei Lukashevsky said it "
                                "would go to the Supreme Court.")
    assert role(found, "Lukashevsky", "Sakharov Center")


def test_a_singular_possessed_title_is_not_shared_with_the_next_name(nlp, lexicon):
    found = kinds(nlp, lexicon, "Memorial's chairman, Yan Rachinsky, and the journalist Ivan Petrov attended.")
    assert role(found, "Rachinsky", "Memorial") and no_role(found, "Petrov")


# --- a plural title and its body, then the names; bodies coordinated before a title; a unit's body ---------------

@pytest.mark.parametrize("text, people, body", [
    ("Three members of the punk band Pussy Riot, Nadezhda Tolokonnikova, Maria Alyokhina and Yekaterina Samutsevich, "
     "were convicted.", ["Tolokonnikova", "Alyokhina", "Samutsevich"], "Pussy Riot"),
    ("Two journalists of the Novaya Gazeta newspaper, Elena Milashina and Ivan Petrov, were attacked in Grozny.",
     ["Milashina", "Petrov"], "Novaya Gazeta"),
    ("Investigators searched the homes of activists of Golos, Ivan Petrov and Anna Sidorova.",
     ["Petrov", "Sidorova"], "Golos"),
    ("Damir Gainutdinov and Stanislav Seleznev of the Agora human rights group wrote the report.",
     ["Gainutdinov", "Seleznev"], "Agora"),
    ("The applicants were represented by lawyers of the Memorial Human Rights Centre, Mr Kirill Koroteyev and "
     "Ms Tatyana Glushkova.", ["Koroteyev", "Glushkova"], "Memorial"),
], ids=["members-of-the-band", "journalists-of", "activists-of", "a-and-b-of", "lawyers-of-mr-and-ms"])
def test_a_list_of_names_shares_the_title_and_body(nlp, lexicon, text, people, body):
    found = kinds(nlp, lexicon, text)
    assert all(role(found, p, body) for p in people)


@pytest.mark.parametrize("text", [
    "Lawyers for Navalny, Vadim Kobzev and Alexei Liptser, were arrested.",
    "Supporters of Memorial, Ivan Petrov and Anna Sidorova, protested outside the court.",
], ids=["lawyers-for-a-person", "supporters"])
def test_a_list_after_no_title_of_a_body_gets_no_role(nlp, lexicon, text):
    found = kinds(nlp, lexicon, text)
    assert no_role(found, "Petrov") and no_role(found, "Kobzev") and no_role(found, "Liptser")


@pytest.mark.parametrize("text, person, body", [
    ("Ivan Safronov, a former Kommersant and Vedomosti journalist, was sentenced to 22 years.", "Safronov",
     "Vedomosti"),
    ("Anna Petrova, a Meduza and TV Rain correspondent, was detained at the rally.", "Petrova", "TV Rain"),
    ("Alexei Pichugin, a former head of the security department at Yukos, has been in prison since 2003.", "Pichugin",
     "Yukos"),
    ("Alexander Sokolov, an economist at the Russian Academy of Sciences, was arrested.", "Sokolov",
     "Russian Academy of Sciences"),
], ids=["two-outlets-before-title", "two-outlets-correspondent", "unit-at-body", "economist-at"])
def test_a_title_reaches_each_body_it_names(nlp, lexicon, text, person, body):
    assert role(kinds(nlp, lexicon, text), person, body)


# --- joining and leaving a body -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, person, body", [
    ("Ivan Petrov was elected to the State Duma in 2021.", "Petrov", "State Duma"),
    ("Vladimir Putin appointed Anna Ivanova to the Constitutional Court.", "Ivanova", "Constitutional Court"),
    ("Anna Ivanova was appointed to the board of Memorial last year.", "Ivanova", "Memorial"),
    ("Ivan Petrov quit his job at Meduza after the designation.", "Petrov", "Meduza"),
    ("Ivan Petrov lost his job at Kommersant in 2019.", "Petrov", "Kommersant"),
    ("Ivan Petrov left the FSB in 2015.", "Petrov", "Federal Security Service"),
    ("Yabloko expelled Lev Shlosberg from the party.", "Shlosberg", "Yabloko"),
    ("Oleg Orlov, who is on the board of Memorial, was fined.", "Orlov", "Memorial"),
    ("Ivan Petrov was on the staff of Meduza until 2020.", "Petrov", "Meduza"),
], ids=["elected-to", "appointed-to", "appointed-to-board", "quit-job-at", "lost-job-at", "left-body", "expelled",
        "on-the-board-of", "on-the-staff-of"])
def test_joining_or_leaving_a_body_gives_a_role(nlp, lexicon, text, person, body):
    assert role(kinds(nlp, lexicon, text), person, body)


@pytest.mark.parametrize("text, person", [
    ("Ivan Petrov hopes to be elected to the State Duma.", "Petrov"),
    ("Ivan Petrov may leave Meduza next year.", "Petrov"),
    ("Ivan Petrov did not leave Memorial.", "Petrov"),
    ("Navalny left the Tverskoy District Court after the hearing.", "Navalny"),
    ("Ivan Petrov left Telegram for Signal.", "Petrov"),
    ("Putin fired Ivan Petrov.", "Petrov"),
    ("Ivan Petrov is on the side of Memorial in this dispute.", "Petrov"),
    ("Oleg Orlov is not on the board of Memorial.", "Orlov"),
], ids=["hoped", "may-leave", "did-not-leave", "left-a-court-building", "left-a-platform", "fired-by-a-person",
        "on-the-side-of", "not-on-the-board"])
def test_no_role_from_a_wish_a_building_or_a_platform(nlp, lexicon, text, person):
    assert no_role(kinds(nlp, lexicon, text), person)


# --- guards: denial, a relative's name, an envoy's host body ----------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("Alexander Cherkasov denied that he was a member of the Anti-Corruption Foundation.", "Cherkasov"),
    ("The wife of Memorial's chairman, Natalia Rachinskaya, attended the hearing.", "Rachinskaya"),
    ("The mother of the Novaya Gazeta journalist, Lyudmila Politkovskaya, spoke at the trial.", "Politkovskaya"),
], ids=["denied-membership", "wife-of-chairman", "mother-of-journalist"])
def test_a_denied_role_or_a_relatives_name_gives_no_role(nlp, lexicon, text, person):
    assert no_role(kinds(nlp, lexicon, text), person)


def test_the_title_holder_next_to_a_relative_keeps_the_role(nlp, lexicon):
    found = kinds(nlp, lexicon, "The brother of the Agora lawyer Pavel Chikov was questioned by the FSB.")
    assert role(found, "Chikov", "Agora")


@pytest.mark.parametrize("text, person, body", [
    ("Russia's representative to the Council of Europe, Ivan Soltanovsky, walked out.", "Soltanovsky",
     "Council of Europe"),
    ("The Russian Government were represented by Mr M. Galperin, the Representative of the Russian Federation at the "
     "European Court of Human Rights.", "Galperin", "European Court"),
], ids=["representative-to", "representative-at-the-court"])
def test_an_envoy_has_no_role_in_the_body_it_is_sent_to(nlp, lexicon, text, person, body):
    assert not role(kinds(nlp, lexicon, text), person, body)


def test_a_representative_of_a_body_speaks_for_it(nlp, lexicon):
    found = kinds(nlp, lexicon, "A representative of the Prosecutor General's Office, Andrei Ivanov, told the court "
                                "the organisation had violated the law.")
    assert role(found, "Andrei Ivanov", "Prosecutor General")


# --- ownership told in a relative clause ------------------------------------------------------------------------

@pytest.mark.parametrize("text, owner, owned", [
    ("Echo of Moscow, which is majority owned by Gazprom-Media, was taken off air.", "Gazprom-Media",
     "Echo of Moscow"),
    ("Lenta.ru is part of the Rambler Group, which Sberbank controls.", "Sberbank", "Rambler"),
    ("Kommersant, which was bought by USM Holdings in 2006, fired its editors.", "USM", "Kommersant"),
    ("Odnoklassniki, which Mail.ru Group later acquired, became the second largest network.", "VK", "Odnoklassniki"),
    ("Rambler, which has owned Lenta.ru since 2013, fired the editor.", "Rambler", "Lenta.ru"),
    ("USM Holdings, Kommersant's holding company, declined to comment.", "USM", "Kommersant"),
], ids=["which-is-majority-owned-by", "which-x-controls", "which-was-bought-by", "which-x-later-acquired",
        "which-has-owned", "holding-company"])
def test_ownership_in_a_relative_clause(nlp, lexicon, text, owner, owned):
    assert holds(kinds(nlp, lexicon, text), owner, "owns", owned)


@pytest.mark.parametrize("text", [
    "VKontakte, which Mail.ru Group may buy, declined to comment.",
    "Telegram, which is not owned by Mail.ru Group, refused to hand over the keys.",
    "Memorial, which Roskomnadzor blocked, appealed against the decision.",
    "Meta denied that it owns Telegram.",
], ids=["may-buy", "not-owned", "not-a-verb-of-owning", "denied"])
def test_no_ownership_from_a_wish_a_negation_or_a_denial(nlp, lexicon, text):
    assert not any(k == "owns" for _, k, _ in kinds(nlp, lexicon, text))


# --- a title whose plural is not the singular plus 's' -----------------------------------------------------------

@pytest.mark.parametrize("text, people, body", [
    ("State Duma deputies Alexander Tarnavsky and Anton Ishchenko proposed the bill in June.",
     ["Tarnavsky", "Ishchenko"], "State Duma"),
    ("The bill was drafted by State Duma deputies Vasily Piskarev and Irina Yarovaya.", ["Piskarev", "Yarovaya"],
     "State Duma"),
    ("Two Duma deputies, Oleg Matveychev and Yevgeny Fyodorov, asked prosecutors to check the film.",
     ["Matveychev", "Fyodorov"], "Duma"),
    ("Kremlin spokesmen Dmitry Peskov and Sergei Ivanov declined to comment.", ["Peskov", "Ivanov"], "Presidential"),
], ids=["deputies-subject", "deputies-passive", "deputies-apposition", "spokesmen"])
def test_an_irregular_plural_title_goes_to_every_name(nlp, lexicon, text, people, body):
    found = kinds(nlp, lexicon, text)
    assert all(role(found, p, body) for p in people)


@pytest.mark.parametrize("text, person", [
    ("Navalny's deputies Leonid Volkov and Ivan Zhdanov left Russia in 2021.", "Volkov"),
    ("Regional deputies in Pskov, among them Lev Shlosberg, voted against.", "Shlosberg"),
], ids=["a-person's-deputies", "regional-deputies"])
def test_deputies_of_a_person_or_a_region_name_no_body(nlp, lexicon, text, person):
    assert no_role(kinds(nlp, lexicon, text), person)


@pytest.mark.parametrize("text, people, body", [
    ("Lawyers from Agora, including Pavel Chikov and Damir Gainutdinov, said the case was political.",
     ["Chikov", "Gainutdinov"], "Agora"),
    ("Investigators from the Investigative Committee, among them Igor Petrov, searched the flat.", ["Petrov"],
     "Investigative Committee"),
], ids=["lawyers-from", "investigators-from"])
def test_a_plural_title_from_a_body_goes_to_the_names_listed(nlp, lexicon, text, people, body):
    found = kinds(nlp, lexicon, text)
    assert all(role(found, p, body) for p in people)


def test_people_from_a_place_have_no_role(nlp, lexicon):
    assert no_role(kinds(nlp, lexicon, "Visitors from Moscow, including Anna Ivanova, attended the hearing."),
                   "Ivanova")


# --- one person taking a post from another: both hold (held) it --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Andrei Lipov took over as head of Roskomnadzor in the spring from Alexander Zharov.",
    "Andrei Lipov replaced Alexander Zharov as head of Roskomnadzor in 2020.",
    "Andrei Lipov succeeded Alexander Zharov as head of Roskomnadzor.",
], ids=["took-over-from", "replaced", "succeeded"])
def test_the_successor_and_the_predecessor_both_hold_the_post(nlp, lexicon, text):
    found = kinds(nlp, lexicon, text)
    assert role(found, "Lipov", "Roskomnadzor") and role(found, "Zharov", "Roskomnadzor")


@pytest.mark.parametrize("text, person", [
    ("Ivan Petrov took over the case from Sergei Ivanov at the Meshchansky District Court.", "Ivanov"),
    ("Andrei Lipov may replace Alexander Zharov as head of Roskomnadzor.", "Zharov"),
], ids=["no-post", "predicted"])
def test_no_predecessor_role_without_an_asserted_post(nlp, lexicon, text, person):
    assert no_role(kinds(nlp, lexicon, text), person)
