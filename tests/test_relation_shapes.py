"""How news reports state ownership, roles, and what rulings and laws are about, read through the real model
from sentences of our own about real events: stakes, takeovers, sales and holdings; titles whose organisation is
named by 'whose', by a unit it runs or only in the sentences before; what a ruling "in" a clause says; a ruling
taken under a law; and the pronouns and descriptions these shapes lean on."""

from __future__ import annotations

import pytest

import sentences
from sentences import has


def facts(nlp, lexicon, text: str) -> set[tuple[str, str, str]]:
    return sentences.facts(nlp, lexicon, text, published="2023-06-01")


def props(found, subject: str, obj: str) -> set[str]:
    return {p for s, p, o in found if subject in s and obj in o}


@pytest.mark.parametrize("text, owner, owned", [
    ("Gazprom-Media, which holds two thirds of Echo of Moscow's shares, voted to close the station.",
     "Gazprom-Media", "Echo of Moscow"),
    ("The board of Ekho Moskvy, in which Gazprom-Media holds a two-thirds stake, voted to close the station.",
     "Gazprom-Media", "Echo of Moscow"),
    ("Sogaz and Gazfond bought a controlling stake in VK from USM.", "Gazfond", "VK"),
    ("Sogaz and Gazfond bought a controlling stake in VK from USM.", "Sogaz", "VK"),
    ("Gazprom took control of NTV in 2001.", "Gazprom", "NTV"),
    ("In exchange, Yandex takes over Delivery Club.", "Yandex", "Delivery Club"),
], ids=["holds-shares", "in-which-holds", "bought-stake-1", "bought-stake-2", "took-control", "took-over"])
def test_a_stake_or_takeover_is_ownership(nlp, lexicon, text, owner, owned):
    assert has(facts(nlp, lexicon, text), owner, "owns", owned)


@pytest.mark.parametrize("text, owner, owned", [
    ("In 2022 Yandex sold Zen and News to VK.", "VK", "Dzen"),  # "Zen" is the lexicon's Dzen
    ("In 2014 UCP sold its stake in VKontakte to Mail.ru Group.", "VK Company", "VKontakte"),
    ("Delivery Club was sold to Yandex in September.", "Yandex", "Delivery Club"),
], ids=["sold-to", "sold-stake-to", "was-sold-to"])
def test_the_buyer_of_a_sale_owns_what_was_sold(nlp, lexicon, text, owner, owned):
    assert has(facts(nlp, lexicon, text), owner, "owns", owned)


@pytest.mark.parametrize("text, owner, owned", [
    ("Izvestia, which is part of the National Media Group, reported the fine.", "National Media Group", "Izvestia"),
    ("The newspaper Izvestia is part of the National Media Group.", "National Media Group", "Izvestia"),
    ("Kommersant, part of Alisher Usmanov's UTV holding, reported the fine.", "UTV", "Kommersant"),
    ("The Sberbank-owned Rambler group filed a lawsuit against the site.", "Sberbank", "Rambler"),
], ids=["which-is-part", "is-part", "appos-part", "x-owned"])
def test_part_of_a_holding_is_owned_by_it(nlp, lexicon, text, owner, owned):
    assert has(facts(nlp, lexicon, text), owner, "owns", owned)


@pytest.mark.parametrize("text, owner, owned", [
    ("Delivery Club, the food delivery service VK had owned since 2019, was sold.", "VK", "Delivery Club"),
    ("Current Time, a Russian-language channel that RFE/RL runs with Voice of America, was labelled.",
     "Radio Free Europe", "Current Time"),
    ("Current Time, a Russian-language channel that RFE/RL runs with Voice of America, was labelled.",
     "Voice of America", "Current Time"),
    ("Facebook, Instagram and WhatsApp, all owned by Meta, were affected.", "Meta", "WhatsApp"),
    ("Facebook, Instagram and WhatsApp, all owned by Meta, were affected.", "Meta", "Instagram"),
    ("RFE/RL was fined again. Radio Svoboda, the company's Russian service, was labelled.",
     "Radio Free Europe", "Radio Svoboda"),
    ("Meta was designated extremist. Meta said that its messenger WhatsApp would keep working.", "Meta", "WhatsApp"),
    ("VK said on Monday it had completed its purchase of Dzen.", "VK", "Dzen"),
], ids=["zero-relative-had", "runs-with-1", "runs-with-2", "all-owned-3", "all-owned-2", "company-s-service",
        "its-in-reported-clause", "its-of-reported-it"])
def test_ownership_through_clauses_coordination_and_pronouns(nlp, lexicon, text, owner, owned):
    assert has(facts(nlp, lexicon, text), owner, "owns", owned)


@pytest.mark.parametrize("text", [
    "Sogaz plans to buy a stake in VK next year.",
    "Gazprom did not take control of NTV.",
    "Yandex sold its stake in Delivery Club last year.",
    "The Moscow City Court held a hearing on Meduza.",
    "Radio Svoboda, the company's Russian service, was fined.",
], ids=["planned", "negated", "no-buyer", "held-a-hearing", "not-itself"])
def test_no_ownership_without_an_asserted_owner(nlp, lexicon, text):
    assert not any(p == "owns" for _, p, _ in facts(nlp, lexicon, text))


@pytest.mark.parametrize("text, person, prop, org", [
    ("The Sakharov Center, whose director Sergei Lukashevsky left Russia, was liquidated.",
     "Lukashevsky", "headOf", "Sakharov"),
    ("TV Rain, whose founder and chief executive Natalya Sindeyeva launched it in 2010, suspended its work.",
     "Sindeyeva", "founderOf", "TV Rain"),
    ("Golos, whose co-chairman Grigory Melkonyants was arrested in 2023, called the case political.",
     "Melkonyants", "headOf", "Golos"),
], ids=["director", "founder-and-ceo", "co-chairman"])
def test_whose_title_names_a_role_in_the_body_before(nlp, lexicon, text, person, prop, org):
    assert has(facts(nlp, lexicon, text), person, prop, org)


@pytest.mark.parametrize("text, person, prop, org", [
    ("The board of Echo of Moscow voted to close the station. Alexei Venediktov, who had led the station's newsroom "
     "since 1998, condemned the vote.", "Venediktov", "headOf", "Echo of Moscow"),
    ("Galina Timchenko, who ran Lenta.ru's newsroom until 2014, later founded Meduza.", "Timchenko", "headOf",
     "Lenta.ru"),
    ("Pavel Chikov heads the Kazan office of Agora.", "Chikov", "headOf", "Agora"),
    ("Oleg Orlov heads Memorial's Moscow office.", "Orlov", "headOf", "Memorial"),
], ids=["led-newsroom", "ran-newsroom", "heads-office-of", "heads-s-office"])
def test_running_a_unit_of_a_body_is_a_role_in_it(nlp, lexicon, text, person, prop, org):
    assert has(facts(nlp, lexicon, text), person, prop, org)


@pytest.mark.parametrize("text, person, prop, org", [
    ("Dozhd's founder Natalya Sindeyeva announced the closure. Editor-in-chief Tikhon Dzyadko left Russia.",
     "Dzyadko", "headOf", "TV Rain"),
    ("The council fined Dozhd over remarks by a presenter. The presenter, Alexei Korostelev, was dismissed.",
     "Korostelev", "employeeOf", "TV Rain"),
    ("Roskomnadzor blocked Meduza's website on Friday. Editor-in-chief Ivan Kolpakov said the outlet would keep "
     "working.", "Kolpakov", "headOf", "Meduza"),
], ids=["editor-in-chief", "the-presenter", "after-a-possessive"])
def test_a_newsroom_title_alone_belongs_to_the_organisation_just_talked_about(nlp, lexicon, text, person, prop, org):
    assert has(facts(nlp, lexicon, text), person, prop, org)


@pytest.mark.parametrize("text, person", [
    ("Roskomnadzor blocked Meduza and Telegram on Friday. Editor-in-chief Ivan Kolpakov said the outlet would keep "
     "working.", "Kolpakov"),
    ("According to OVD-Info, more than 60 people had been charged by May, among them the journalist Mikhail "
     "Afanasyev.", "Afanasyev"),
], ids=["two-candidates", "a-journalist-is-not-a-post"])
def test_no_role_from_context_when_it_is_unclear(nlp, lexicon, text, person):
    assert not any(person in s and p != "sanctioned" for s, p, _ in facts(nlp, lexicon, text)
                   if p.endswith("Of") or p == "roleIn")


@pytest.mark.parametrize("text, people, prop, org", [
    ("Agora lawyers Pavel Chikov and Damir Gainutdinov represented the plaintiffs.",
     ("Chikov", "Gainutdinov"), "lawyerOf", "Agora"),
    ("Memorial lawyers Maria Eismont, Genri Reznik and Tatyana Glushkova asked for more time.",
     ("Eismont", "Reznik", "Glushkova"), "lawyerOf", "Memorial"),
    ("The lawyers of Memorial, Maria Eismont and Genri Reznik, asked for more time.",
     ("Eismont", "Reznik"), "lawyerOf", "Memorial"),
    ("Maria Eismont and Genri Reznik, lawyers for Memorial, asked for more time.",
     ("Eismont", "Reznik"), "lawyerOf", "Memorial"),
], ids=["two", "three", "the-lawyers-of", "apposition"])
def test_a_plural_title_goes_to_every_name_after_it(nlp, lexicon, text, people, prop, org):
    found = facts(nlp, lexicon, text)
    assert all(has(found, p, prop, org) for p in people)


@pytest.mark.parametrize("text, first, second", [
    ("Memorial's chairman Oleg Orlov and Yan Rachinsky spoke to reporters.", "Orlov", "Rachinsky"),
    ("Oleg Orlov, a lawyer for Memorial, and Yan Rachinsky spoke to reporters.", "Orlov", "Rachinsky"),
], ids=["before", "apposition"])
def test_a_singular_title_stays_with_its_own_name(nlp, lexicon, text, first, second):
    found = facts(nlp, lexicon, text)
    assert any(first in s and "Memorial" in o for s, _, o in found)
    assert not any(second in s and "Memorial" in o for s, _, o in found)


@pytest.mark.parametrize("text, person, prop, org", [
    ("Meta blocked the account. Its chief executive Mark Zuckerberg said nothing.", "Zuckerberg", "headOf", "Meta"),
    ("Golos co-chairman Grigory Melkonyants was detained in August.", "Melkonyants", "headOf", "Golos"),
    ("Elena Lukyanova, a professor at the Higher School of Economics, criticised the law.", "Lukyanova",
     "employeeOf", "Higher School"),
], ids=["its-title", "co-chairman", "professor-at"])
def test_more_titles(nlp, lexicon, text, person, prop, org):
    assert has(facts(nlp, lexicon, text), person, prop, org)


@pytest.mark.parametrize("text, ruling, prop, obj", [
    ("The Constitutional Court issued a ruling on the complaint. In the ruling, the judges held that Article 212.1 "
     "of the Criminal Code was compatible with the Constitution.", "ruling", "applies", "Constitution"),
    ("The European Court of Human Rights ruled on the complaint of Roskomsvoboda. In its judgment, the court found "
     "that Russia had violated Article 10 of the European Convention on Human Rights.", "judgment", "applies",
     "Article 10"),
    ("The Moscow City Court upheld the verdict. In its decision, the court said Ivan Safronov had been rightly "
     "convicted under Article 275 of the Criminal Code.", "decision", "targets", "Safronov"),
], ids=["held-that", "found-that", "said-that"])
def test_what_a_court_says_in_a_ruling_is_what_the_ruling_is_about(nlp, lexicon, text, ruling, prop, obj):
    assert has(facts(nlp, lexicon, text), ruling, prop, obj)


def test_the_court_that_speaks_in_a_ruling_issued_it(nlp, lexicon):
    found = facts(nlp, lexicon, "The Constitutional Court issued a ruling on the complaint. In the ruling, the judges "
                                "held that Article 212.1 of the Criminal Code was compatible with the Constitution.")
    assert has(found, "Constitutional Court", "issued", "ruling")


@pytest.mark.parametrize("text, ruling, obj", [
    ("Roskomnadzor blocked both sites. Its decision, taken under Article 15.3 of the Law on Information, was never "
     "reviewed.", "decision", "Article 15.3"),
    ("The Prosecutor General's Office designated Greenpeace undesirable. The decision, which was taken under the law "
     "on undesirable organisations, covers Stichting Greenpeace Council.", "decision", "undesirable"),
    ("The Meshchansky District Court sentenced Ilya Yashin in December. Its verdict was based on Article 207.3 of the "
     "Criminal Code.", "verdict", "Article 207.3"),
], ids=["taken-under", "which-was-taken-under", "based-on"])
def test_a_ruling_taken_under_a_law_applies_it(nlp, lexicon, text, ruling, obj):
    assert has(facts(nlp, lexicon, text), ruling, "applies", obj)


def test_a_provision_added_to_a_code_by_a_law_is_amended_by_it_and_so_is_the_code(nlp, lexicon):
    found = facts(nlp, lexicon, "Putin signed Federal Law No. 32-FZ. Article 207.3 was added to the Criminal Code by "
                                "the law.")
    assert has(found, "32-FZ", "amends", "Article 207.3")
    assert has(found, "32-FZ", "amends", "Criminal Code")


def test_announcing_a_decision_on_a_platform_is_not_a_decision_on_it(nlp, lexicon):
    found = facts(nlp, lexicon, "The Latvian council revoked Dozhd's licence. Its chairman Ivars Abolins announced "
                                "the decision on Twitter.")
    assert not any("Twitter" in o for _, _, o in found)


@pytest.mark.parametrize("text, actor, prop, law", [
    ("The bill was drafted by Vasily Piskarev. The Duma passed it on June 29, the Federation Council approved it on "
     "July 8, and President Vladimir Putin signed it into law on July 14.", "Federation Council", "adopted", "bill"),
    ("The bill was drafted by Vasily Piskarev. The Duma passed it on June 29, the Federation Council approved it on "
     "July 8, and President Vladimir Putin signed it into law on July 14.", "Putin", "signed", "bill"),
    ("President Vladimir Putin signed Federal Law No. 32-FZ, which added Article 207.3 to the Criminal Code. The "
     "article punishes spreading false information about the army. The State Duma had adopted it earlier that day.",
     "State Duma", "adopted", "32-FZ"),
    ("Formally, it is Federal Law No. 90-FZ. It amends two statutes, the Federal Law \"On Communications\" and the "
     "Federal Law \"On Information, Information Technologies and Protection of Information\". The bill was drafted "
     "by Senators Andrei Klishas and Lyudmila Bokova. The Duma approved it in April.", "State Duma", "adopted",
     "90-FZ"),
], ids=["it-after-other-actors-1", "it-after-other-actors-2", "it-two-sentences-back", "the-law-talked-about"])
def test_it_and_the_bill_stand_for_the_law_the_text_is_about(nlp, lexicon, text, actor, prop, law):
    assert has(facts(nlp, lexicon, text), actor, prop, law)


def test_it_two_sentences_back_is_not_the_code_named_in_passing(nlp, lexicon):
    found = facts(nlp, lexicon, "President Vladimir Putin signed Federal Law No. 32-FZ, which added Article 207.3 to "
                                "the Criminal Code. The article punishes spreading false information about the army. "
                                "The State Duma had adopted it earlier that day.")
    assert not has(found, "State Duma", "adopted", "Criminal Code")


@pytest.mark.parametrize("text, issuer, ruling", [
    ("A Roskomnadzor order adopted last year requires such outlets to open every text with a disclaimer.",
     "Roskomnadzor", "order"),
    ("The Meshchansky District Court sentenced Yashin in December. The decision on his pre-trial detention was taken "
     "by the same court in July.", "Meshchansky", "decision"),
], ids=["body-in-the-name", "taken-by"])
def test_who_issued_a_ruling(nlp, lexicon, text, issuer, ruling):
    assert has(facts(nlp, lexicon, text), issuer, "issued", ruling)


def test_the_state_in_a_case_name_did_not_issue_the_judgment(nlp, lexicon):
    found = facts(nlp, lexicon, "The European Court of Human Rights issued its judgment in Kharitonov v. Russia in "
                                "June 2020.")
    assert has(found, "European Court of Human Rights", "issued", "judgment")
    assert not any(s == "Russia" and p == "issued" for s, p, _ in found)


@pytest.mark.parametrize("text, act, prop, obj", [
    ("Putin signed Federal Law No. 32-FZ in March 2022. Article 207.3, which the law added to the Criminal Code, "
     "punishes false information about the army.", "32-FZ", "amends", "Article 207.3"),
    ("The State Duma passed Federal Law No. 530-FZ in December. The law raises the fines under Article 13.41 of the "
     "Code of Administrative Offenses.", "530-FZ", "amends", "Article 13.41"),
    ("The Moscow City Court issued a ruling on Tuesday. The ruling overturned the fine against Telegram.",
     "ruling", "targets", "Telegram"),
    ("The Tverskoy District Court's verdict in the case of Alexei Gorinov was upheld.", "verdict", "targets",
     "Gorinov"),
    ("The Basmanny court revoked the licence of Novaya Gazeta. The court sided with Roskomnadzor, and the ruling "
     "means that the paper can no longer legally appear in print in Russia.", "ruling", "targets", "Novaya Gazeta"),
], ids=["which-the-law-added", "raises-fines-under", "overturned", "verdict-in-the-case", "ruling-means"])
def test_more_ways_to_say_what_a_law_or_ruling_is_about(nlp, lexicon, text, act, prop, obj):
    assert has(facts(nlp, lexicon, text), act, prop, obj)


@pytest.mark.parametrize("text", [
    "The Supreme Court issued a ruling in May. The ruling raised questions about Article 282 of the Criminal Code.",
    "The Supreme Court designated AUE as extremist. The ruling means that its members can be charged under Article "
    "282.2 of the Criminal Code.",
], ids=["ruling-raised-questions", "what-may-follow"])
def test_a_ruling_does_not_amend_or_apply_what_it_only_touches(nlp, lexicon, text):
    assert not any(p in ("amends", "applies") for _, p, _ in facts(nlp, lexicon, text))


@pytest.mark.parametrize("text, person, org", [
    ("The Russian Union of Journalists, whose regional branch Afanasyev once headed, called on prosecutors to "
     "release him.", "Afanasyev", "Russian Union of Journalists"),
    ("Memorial, whose Perm branch Robert Latypov led for years, was liquidated.", "Latypov", "Memorial"),
], ids=["headed", "led"])
def test_whose_unit_a_person_ran(nlp, lexicon, text, person, org):
    assert has(facts(nlp, lexicon, text), person, "headOf", org)


@pytest.mark.parametrize("text, owner, owned", [
    ("Echo of Moscow, majority-owned by Gazprom-Media, was closed in March.", "Gazprom-Media", "Echo of Moscow"),
    ("Instagram, a Meta subsidiary, was blocked in March.", "Meta", "Instagram"),
    ("The radio station Echo of Moscow, in which Gazprom-Media had a majority stake, was closed.", "Gazprom-Media",
     "Echo of Moscow"),
], ids=["majority-owned-by", "a-x-subsidiary", "had-a-stake"])
def test_ownership_in_compounds_and_participles(nlp, lexicon, text, owner, owned):
    assert has(facts(nlp, lexicon, text), owner, "owns", owned)


@pytest.mark.parametrize("text, person, prop, org", [
    ("Sergei Davidis, who runs Memorial's political prisoners support project, commented on the case.", "Davidis",
     "headOf", "Memorial"),
    ("Vyacheslav Volodin, the speaker of the State Duma, welcomed the law.", "Volodin", "headOf", "State Duma"),
], ids=["runs-a-project", "speaker-of"])
def test_roles_in_units_and_chambers(nlp, lexicon, text, person, prop, org):
    assert has(facts(nlp, lexicon, text), person, prop, org)


@pytest.mark.parametrize("text, ruling, prop, obj", [
    ("The Tagansky District Court issued a ruling in April. The ruling cited Article 13.41 of the Code of "
     "Administrative Offenses.", "ruling", "applies", "Article 13.41"),
    ("The Supreme Court ruled in December. Its ruling referred to Article 282.2 of the Criminal Code.", "ruling",
     "applies", "Article 282.2"),
    ("The Supreme Court issued a ruling in April. In the ruling the court relied on Article 9 of the Law on "
     "Countering Extremist Activity.", "ruling", "applies", "Article 9"),
    ("The Prosecutor General's Office issued a decision in January. Under the decision, Meduza became an undesirable "
     "organization.", "decision", "targets", "Meduza"),
], ids=["cited", "referred-to", "in-the-ruling-relied-on", "under-the-decision-became"])
def test_a_ruling_citing_a_law_or_changing_a_status(nlp, lexicon, text, ruling, prop, obj):
    assert has(facts(nlp, lexicon, text), ruling, prop, obj)


def test_what_was_done_under_a_ruling_by_others_is_not_what_it_is_about(nlp, lexicon):
    found = facts(nlp, lexicon, "The Supreme Court designated the movement as extremist. Under the ruling, "
                                "prosecutors charged Alexei Gorinov under Article 282.2 of the Criminal Code.")
    assert not any("ruling" in s and ("Gorinov" in o or "282.2" in o) for s, _, o in found)


@pytest.mark.parametrize("text, person, prop, org", [
    ("Alexander Verkhovsky is the director of the Sova Center.", "Verkhovsky", "headOf", "Sova Center"),
    ("Andrei Lipov became head of Roskomnadzor in 2020.", "Lipov", "headOf", "Roskomnadzor"),
    ("Andrei Lipov was appointed head of Roskomnadzor in 2020.", "Lipov", "headOf", "Roskomnadzor"),
    ("Oleg Orlov, who was then a member of the Memorial board, was fined.", "Orlov", "memberOf", "Memorial"),
    ("Galina Arapova, who has worked as a lawyer for the Mass Media Defence Centre since 1996, filed the appeal.",
     "Arapova", "lawyerOf", "Mass Media Defence Centre"),
], ids=["is-the", "became", "was-appointed", "who-was-then", "worked-as"])
def test_a_title_said_of_a_person_by_a_verb_of_being(nlp, lexicon, text, person, prop, org):
    assert has(facts(nlp, lexicon, text), person, prop, org)


@pytest.mark.parametrize("text", [
    "Alexander Verkhovsky is not the director of the Sova Center.",
    "Andrei Lipov will become head of Roskomnadzor next year.",
    "Andrei Lipov wants to become head of Roskomnadzor.",
], ids=["negated", "future", "wanted"])
def test_no_role_said_of_a_person_without_asserting_it(nlp, lexicon, text):
    assert not any(p.endswith("Of") or p == "roleIn" for _, p, _ in facts(nlp, lexicon, text))


@pytest.mark.parametrize("text, owner, owned", [
    ("RFE/RL was fined again. The protocols concerned articles published by Radio Svoboda, the company's Russian "
     "service, and by its regional projects Sibir.Realii and Idel.Realii, which cover Siberia.", "Radio Free Europe",
     "Idel.Realii"),
    ("Meta was banned in Russia. Its messenger WhatsApp is not affected.", "Meta", "WhatsApp"),
], ids=["its-projects-a-and-b", "its-messenger"])
def test_its_products_named_after_it(nlp, lexicon, text, owner, owned):
    assert has(facts(nlp, lexicon, text), owner, "owns", owned)


def test_a_description_in_an_apposition_is_not_the_name_it_describes(nlp, lexicon):
    found = facts(nlp, lexicon, "VK, the internet group that controls VKontakte, bought Dzen. Yandex kept its search "
                                "engine. Yandex co-founder Arkady Volozh stepped down as chief executive of Yandex "
                                "N.V., the Dutch parent company of the group.")
    assert not any(s.startswith("Yandex") and p == "owns" and "VK" in o for s, p, o in found)


@pytest.mark.parametrize("text, person, prop, org", [
    ("The court liquidated the Moscow Helsinki Group. Valery Borshchev, a former State Duma deputy who co-chairs the "
     "group, called the ruling political.", "Borshchev", "headOf", "Moscow Helsinki Group"),
    ("Oleg Orlov, who co-founded Memorial in 1989, was sentenced.", "Orlov", "founderOf", "Memorial"),
    ("Grigory Melkonyants co-chairs Golos.", "Melkonyants", "headOf", "Golos"),
], ids=["who-co-chairs-the-group", "who-co-founded", "co-chairs"])
def test_co_verbs(nlp, lexicon, text, person, prop, org):
    assert has(facts(nlp, lexicon, text), person, prop, org)


@pytest.mark.parametrize("text", [
    "Grigory Melkonyants did not co-chair Golos.",
    "Grigory Melkonyants, who will co-chair Golos, spoke.",
], ids=["negated", "future"])
def test_no_co_verb_role_unless_stated(nlp, lexicon, text):
    assert not any(p == "headOf" for _, p, _ in facts(nlp, lexicon, text))


@pytest.mark.parametrize("text, ruling, target", [
    ("Lawyers appealed the designation of Meduza as an undesirable organization.", "designation", "Meduza"),
    ("Prosecutors welcomed the sentence of Ilya Yashin.", "sentence", "Yashin"),
    ("The Meshchansky District Court sentenced Ilya Yashin in December. Yashin's sentence was upheld in April.",
     "sentence", "Yashin"),
], ids=["designation-of-org", "sentence-of-person", "persons-sentence"])
def test_the_defendant_of_a_ruling_named_by_of_or_a_possessive(nlp, lexicon, text, ruling, target):
    found = facts(nlp, lexicon, text)
    assert has(found, ruling, "targets", target)
    assert not any(p == "issued" and target in s for s, p, _ in found)


@pytest.mark.parametrize("text, ruling, obj", [
    ("The Constitutional Court issued a ruling on the complaint of Memorial. The court declared Article 19.34 of the "
     "Code of Administrative Offenses partly unconstitutional.", "ruling", "Article 19.34"),
    ("The Supreme Court's ruling was published on Monday. The court held that Article 282.2 of the Criminal Code "
     "applied to the movement.", "ruling", "Article 282.2"),
], ids=["issued-a-ruling", "the-court-s-ruling"])
def test_what_a_court_finds_about_a_provision_is_what_its_ruling_is_about(nlp, lexicon, text, ruling, obj):
    assert has(facts(nlp, lexicon, text), ruling, "applies", obj)


def test_a_court_finding_is_not_given_to_another_courts_ruling(nlp, lexicon):
    found = facts(nlp, lexicon, "The Moscow City Court issued a ruling in March. The Supreme Court declared Article "
                                "19.34 of the Code of Administrative Offenses partly unconstitutional.")
    assert not any("ruling" in s and "19.34" in o for s, _, o in found)


@pytest.mark.parametrize("text, law, provision", [
    ("Putin signed Federal Law No. 32-FZ on March 4. It created two new articles of the Criminal Code, Article 207.3 "
     "and Article 280.3.", "32-FZ", "Article 280.3"),
    ("Putin signed Federal Law No. 255-FZ on July 14. The law, which took effect on December 1, introduces fines of "
     "up to 500,000 rubles under Article 19.34 of the Code of Administrative Offenses.", "255-FZ", "Article 19.34"),
], ids=["created-articles", "introduces-fines-under"])
def test_a_law_creating_or_changing_a_provision_amends_it(nlp, lexicon, text, law, provision):
    assert has(facts(nlp, lexicon, text), law, "amends", provision)


def test_a_description_after_another_of_the_same_kind_means_the_same(nlp, lexicon):
    found = facts(nlp, lexicon, "Novaya Gazeta lost its licence when the Basmanny District Court granted a lawsuit by "
                                "Roskomnadzor. The regulator had asked the court to revoke the registration of the "
                                "newspaper's print edition. The newspaper's lawyers rejected the claim. The court "
                                "sided with Roskomnadzor, and the ruling means that the paper can no longer appear "
                                "in print.")
    assert has(found, "ruling", "targets", "Novaya Gazeta")


@pytest.mark.parametrize("text, act, prop, obj", [
    ("The resolution adopted by the Supreme Court plenum clarified Article 282 of the Criminal Code.", "resolution",
     "interprets", "Article 282"),
    ("The ruling handed down by the Tverskoy court on Monday banned Meta.", "ruling", "targets", "Meta"),
], ids=["participle-misread", "handed-down-by"])
def test_a_ruling_described_by_its_issuer_then_acting(nlp, lexicon, text, act, prop, obj):
    assert has(facts(nlp, lexicon, text), act, prop, obj)
