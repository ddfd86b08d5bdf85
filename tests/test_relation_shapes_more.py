"""More shapes of ownership, roles and what rulings are about, as journalists write them, read through the real
model from sentences of our own: names listed after 'whose services' or 'among them', deputies of a body's head,
founders by 'set up' and 'launched', titles with a region's name, rulings handed to someone, and the pronouns and
descriptions these lean on ('it' carried across sentences, 'the American company', 'the centre')."""

from __future__ import annotations

import pytest

import sentences
from sentences import has


def facts(nlp, lexicon, text: str) -> set[tuple[str, str, str]]:
    return sentences.facts(nlp, lexicon, text, published="2021-06-01")


@pytest.mark.parametrize("text, owner, owned", [
    ("The court fined Meta Platforms, whose services Facebook and Instagram had received the demands.",
     "Meta Platforms", "Instagram"),
    ("The court fined Meta Platforms, whose services Facebook and Instagram had received the demands.",
     "Meta Platforms", "Facebook"),
    ("The regulator also warned Yandex, whose subsidiaries, Dzen and Kinopoisk, had published the videos.",
     "Yandex", "Kinopoisk"),
    ("Investigators searched the offices of Gazprom-Media, whose station NTV had aired the report.",
     "Gazprom-Media", "NTV"),
], ids=["whose-services-1", "whose-services-2", "whose-subsidiaries", "whose-station"])
def test_names_after_whose_and_a_product_noun_are_owned(nlp, lexicon, text, owner, owned):
    assert has(facts(nlp, lexicon, text), owner, "owns", owned)


@pytest.mark.parametrize("text, a, b", [
    ("The court fined Meta Platforms, whose rival TikTok had received similar demands.", "Meta", "TikTok"),
    ("The regulator warned VK, whose users had shared the video on Odnoklassniki.", "VK", "Odnoklassniki"),
    ("The regulator also warned Yandex, whose subsidiaries Kinopoisk and Dzen had published the videos.",
     "Kinopoisk", "Yandex"),
], ids=["rival", "users-elsewhere", "not-the-other-way"])
def test_whose_names_no_ownership_without_a_product_noun(nlp, lexicon, text, a, b):
    assert not has(facts(nlp, lexicon, text), a, "owns", b)


@pytest.mark.parametrize("text, owner, owned", [
    ("Google was fined on Friday. Roskomnadzor said the American company, a subsidiary of Alphabet Inc., had "
     "ignored its demands.", "Alphabet", "Google"),
    ("Kommersant reported the fine. The newspaper, a unit of USM Holdings, did not comment.",
     "USM Holdings", "Kommersant"),
], ids=["company", "newspaper"])
def test_a_description_in_apposition_to_a_subsidiary_noun_is_its_antecedent(nlp, lexicon, text, owner, owned):
    assert has(facts(nlp, lexicon, text), owner, "owns", owned)


@pytest.mark.parametrize("text, person, prop, body", [
    ("The Presidential Council for Human Rights met on Monday. Council members, among them Andrei Babushkin, "
     "asked the prosecutors to review the cases.", "Andrei Babushkin", "memberOf", "Presidential Council"),
    ("Members of the Moscow Helsinki Group, including Valery Borshchev and Lyudmila Alexeyeva, signed the letter.",
     "Valery Borshchev", "memberOf", "Moscow Helsinki Group"),
    ("Members of the Moscow Helsinki Group, including Valery Borshchev and Lyudmila Alexeyeva, signed the letter.",
     "Lyudmila Alexeyeva", "memberOf", "Moscow Helsinki Group"),
    ("Lawyers for Memorial, among them Maria Eismont, filed the appeal.", "Maria Eismont", "lawyerOf", "Memorial"),
], ids=["council-members-among-them", "members-of-including-1", "members-of-including-2", "lawyers-for"])
def test_persons_listed_after_a_plural_title_hold_it(nlp, lexicon, text, person, prop, body):
    assert has(facts(nlp, lexicon, text), person, prop, body)


@pytest.mark.parametrize("text, person, body", [
    ("Council members met the governor. Among the guests was Andrei Babushkin.", "Andrei Babushkin", "Council"),
    ("Members of the Moscow Helsinki Group criticised Valery Fadeyev and Lev Ponomarev.", "Lev Ponomarev",
     "Moscow Helsinki Group"),
], ids=["not-listed", "object-not-listed"])
def test_no_listed_role_without_a_list_marker(nlp, lexicon, text, person, body):
    assert not any(person in p and body in b for p, r, b in facts(nlp, lexicon, text))


@pytest.mark.parametrize("text, person, body", [
    ("The statement was signed by Vladimir Solovyov, the chairman of the Russian Union of Journalists, and by his "
     "deputy Timur Shafir.", "Timur Shafir", "Russian Union of Journalists"),
    ("Valery Fadeyev heads the Presidential Council for Human Rights. Fadeyev's deputy, Irina Kirkora, chaired "
     "the meeting.", "Irina Kirkora", "Presidential Council"),
], ids=["his-deputy", "name-s-deputy"])
def test_the_deputy_of_a_head_is_the_bodys_deputy_head(nlp, lexicon, text, person, body):
    assert has(facts(nlp, lexicon, text), person, "deputyHeadOf", body)


def test_no_deputy_role_when_the_chief_heads_nothing_named(nlp, lexicon):
    found = facts(nlp, lexicon, "Navalny's deputy Leonid Volkov said the foundation would go on.")
    assert not any(s == "Leonid Volkov" for s, p, o in found)


@pytest.mark.parametrize("text, person, org", [
    ("The Anti-Corruption Foundation was declared extremist in 2021. The foundation was set up in 2011 by "
     "Alexei Navalny.", "Alexei Navalny", "Anti-Corruption Foundation"),
    ("The Anti-Corruption Foundation was declared extremist in 2021. Alexei Navalny set it up in 2011.",
     "Alexei Navalny", "Anti-Corruption Foundation"),
    ("OVD-Info, a project launched in 2011 by Grigory Okhotin and Daniil Beilinson, counts detentions.",
     "Daniil Beilinson", "OVD-Info"),
    ("Roskomsvoboda was launched by Artem Kozlyuk in 2012.", "Artem Kozlyuk", "Roskomsvoboda"),
], ids=["set-up-by", "set-it-up", "launched-by-a-and-b", "launched-by"])
def test_setting_up_or_launching_an_organisation_founds_it(nlp, lexicon, text, person, org):
    assert has(facts(nlp, lexicon, text), person, "founderOf", org)


@pytest.mark.parametrize("text", [
    "Alexei Navalny did not set up the Anti-Corruption Foundation alone.",
    "Alexei Navalny launched a campaign against the Anti-Corruption Foundation's critics.",
    "Alexei Navalny wanted to set up the Anti-Corruption Foundation in Vilnius.",
], ids=["negated", "launched-something-else", "wanted"])
def test_no_founder_from_negated_wanted_or_other_objects(nlp, lexicon, text):
    assert not has(facts(nlp, lexicon, text), "Navalny", "founderOf", "Anti-Corruption Foundation")


@pytest.mark.parametrize("text, person, org", [
    ('"People will lose," said Tanya Lokshina, associate Europe and Central Asia director at Human Rights Watch.',
     "Tanya Lokshina", "Human Rights Watch"),
    ("Rachel Denber, deputy Europe and Central Asia director at Human Rights Watch, said the law was vague.",
     "Rachel Denber", "Human Rights Watch"),
    ("Oleg Kozlovsky, a Russia researcher at Amnesty International, was quoted.", "Oleg Kozlovsky",
     "Amnesty International"),
], ids=["region-title-1", "region-title-2", "researcher"])
def test_a_title_with_a_regions_name_is_a_role(nlp, lexicon, text, person, org):
    assert any(person in s and org in o for s, p, o in facts(nlp, lexicon, text))


@pytest.mark.parametrize("text, ruling, target", [
    ("The Justice Ministry asked for the ban after issuing the Administrative Center of Jehovah's Witnesses a "
     "warning in 2016.", "warning", "Administrative Center"),
    ("In 2016 the Prosecutor General's Office issued a warning to the Administrative Center of Jehovah's Witnesses.",
     "warning", "Administrative Center"),
    ("Roskomnadzor sent Google a formal warning over the videos.", "warning", "Google"),
], ids=["issuing-x-a-warning", "issued-a-warning-to", "sent-x-a-warning"])
def test_a_ruling_handed_to_someone_targets_them(nlp, lexicon, text, ruling, target):
    assert has(facts(nlp, lexicon, text), ruling, "targets", target)


@pytest.mark.parametrize("text, issuer, ruling", [
    ("The Justice Ministry asked for the ban after issuing the Administrative Center of Jehovah's Witnesses a "
     "warning in 2016.", "Ministry of Justice", "warning"),
    ("Roskomnadzor sent Google a formal warning over the videos.", "Roskomnadzor", "warning"),
    ("The Moscow City Court imposed a ban on the Anti-Corruption Foundation in June.", "Moscow City Court", "ban"),
], ids=["gerund", "sent", "imposed"])
def test_who_hands_a_ruling_over_issued_it(nlp, lexicon, text, issuer, ruling):
    assert has(facts(nlp, lexicon, text), issuer, "issued", ruling)


@pytest.mark.parametrize("text", [
    "The Prosecutor General's Office did not issue a warning to Memorial.",
    "The Prosecutor General's Office may issue a warning to Memorial next week.",
    "Activists asked the Prosecutor General's Office to issue a warning to Memorial.",
], ids=["negated", "modal", "requested"])
def test_no_recipient_of_a_ruling_not_handed_over(nlp, lexicon, text):
    assert not has(facts(nlp, lexicon, text), "warning", "targets", "Memorial")


@pytest.mark.parametrize("text, actor, prop", [
    ("The bill on foreign agents was drafted by a group of deputies that included Pyotr Tolstoy. It cleared its "
     "third reading on November 21. The Federation Council approved it four days later, and President Vladimir "
     "Putin signed it on December 2.", "Federation Council", "adopted"),
    ("The bill on foreign agents was drafted by a group of deputies that included Pyotr Tolstoy. It cleared its "
     "third reading on November 21. The Federation Council approved it four days later, and President Vladimir "
     "Putin signed it on December 2.", "Vladimir Putin", "signed"),
    ("The bill on sovereign internet was drafted by Andrei Klishas. It was criticised by the Presidential Council "
     "for Human Rights. Vladimir Putin signed it in May.", "Vladimir Putin", "signed"),
], ids=["approved-it", "signed-it", "signed-it-passive-before"])
def test_it_carries_over_sentences_whose_subject_is_it(nlp, lexicon, text, actor, prop):
    assert has(facts(nlp, lexicon, text), actor, prop, "bill")


@pytest.mark.parametrize("text, person, wrong", [
    ("The Russian Union of Journalists criticised the law. Lev Ponomarev, who led the movement For Human Rights "
     "until 2019, said he would not comply.", "Ponomarev", "Russian Union of Journalists"),
    ("The Russian Union of Journalists criticised the law. Denis Kamalyagin, who edits the newspaper Pskovskaya "
     "Guberniya, said he would keep publishing.", "Kamalyagin", "Russian Union of Journalists"),
], ids=["movement-name", "newspaper-name"])
def test_a_description_followed_by_its_own_name_is_not_an_anaphor(nlp, lexicon, text, person, wrong):
    assert not any(person in s and wrong in o for s, p, o in facts(nlp, lexicon, text))


def test_an_it_in_a_whose_clause_is_the_noun_the_clause_describes(nlp, lexicon):
    text = ("Ekho Moskvy v Peterburge was closed. TV Rain, whose founder Natalya Sindeyeva launched it in 2010, "
            "suspended its work.")
    found = facts(nlp, lexicon, text)
    assert not any("Sindeyeva" in s and "Ekho" in o for s, p, o in found)


def test_the_centre_finds_a_center_by_its_name(nlp, lexicon):
    text = ("The Supreme Court declared the Administrative Center of Jehovah's Witnesses in Russia extremist. "
            "The Justice Ministry had asked for the ban after issuing the centre a warning in 2016.")
    found = facts(nlp, lexicon, text)
    assert has(found, "warning", "targets", "Administrative Center")
    assert not any("warning" in s and o == "Jehovah's Witnesses" for s, p, o in found)


@pytest.mark.parametrize("text, person, org", [
    ("Memorial was founded in 1989 by Soviet dissidents, among them the physicist Andrei Sakharov.",
     "Andrei Sakharov", "Memorial"),
    ("The Moscow Helsinki Group was set up in 1976 by a group of dissidents, including Yuri Orlov and Lyudmila "
     "Alexeyeva.", "Lyudmila Alexeyeva", "Moscow Helsinki Group"),
], ids=["among-them", "including"])
def test_founders_listed_after_a_plural_agent(nlp, lexicon, text, person, org):
    assert has(facts(nlp, lexicon, text), person, "founderOf", org)


@pytest.mark.parametrize("text, person, body", [
    ("Sergei Lavrov's Foreign Ministry summoned the ambassador.", "Sergei Lavrov", "Ministry of Foreign Affairs"),
    ("Alexei Navalny's Anti-Corruption Foundation published the investigation.", "Alexei Navalny",
     "Anti-Corruption Foundation"),
], ids=["minister-s-ministry", "founder-s-foundation"])
def test_a_persons_possessive_body_is_a_role(nlp, lexicon, text, person, body):
    assert any(person in s and body in o for s, p, o in facts(nlp, lexicon, text))


@pytest.mark.parametrize("text, owner, owned", [
    ("Radio Free Europe/Radio Liberty was fined again, this time over material published by its regional projects "
     "Sibir.Realii and Idel.Realii.", "Radio Free Europe", "Idel.Realii"),
    ("Yandex was warned on Monday over videos shown by its services Kinopoisk and Dzen.", "Yandex", "Dzen"),
], ids=["passive-subject-its-projects", "its-services"])
def test_its_products_belong_to_the_passive_subject(nlp, lexicon, text, owner, owned):
    assert has(facts(nlp, lexicon, text), owner, "owns", owned)


def test_its_products_after_a_coordinated_object_are_not_that_objects(nlp, lexicon):
    text = ("The protocols concerned videos published by Current Time, a channel the broadcaster runs, and by its "
            "regional projects Sibir.Realii and Idel.Realii.")
    assert not has(facts(nlp, lexicon, text), "Current Time", "owns", "Sibir.Realii")


@pytest.mark.parametrize("text, ruling, target", [
    ("The Justice Ministry's decision to add Dmitry Muratov to the register was announced on Friday.", "decision",
     "Dmitry Muratov"),
    ("The court's order to arrest Alsu Kurmasheva was extended in December.", "order", "Alsu Kurmasheva"),
    ("The ministry's decision to include Meduza in the list of foreign agents was challenged in court.", "decision",
     "Meduza"),
], ids=["add-to-register", "arrest", "include-in-list"])
def test_a_decision_to_list_or_hold_someone_targets_them(nlp, lexicon, text, ruling, target):
    assert has(facts(nlp, lexicon, text), ruling, "targets", target)


def test_a_comparison_is_not_a_target(nlp, lexicon):
    text = ("The Moscow City Court designated the Anti-Corruption Foundation extremist. The decision places the "
            "organisation in the same legal category as al-Qaeda.")
    assert not has(facts(nlp, lexicon, text), "decision", "targets", "al-Qaeda")


def test_no_decision_target_when_the_decision_is_only_possible(nlp, lexicon):
    found = facts(nlp, lexicon, "The Justice Ministry may decide to add Dmitry Muratov to the register.")
    assert not any(p == "targets" for s, p, o in found)


@pytest.mark.parametrize("text, ruling, law", [
    ('The court sentenced Alexei Gorinov to seven years. The sentence was the first prison term handed down under '
     'the law on "fakes".', "sentence", "fakes"),
    ("The Meshchansky District Court fined Radio Free Europe/Radio Liberty. The ruling was the first fine imposed "
     "under Part 2 of Article 19.34 of the Code of Administrative Offenses.", "ruling", "Article 19.34"),
    ("The Petushinsky District Court handed down its verdict on Friday. It was the first verdict under Article 282.1 "
     "of the Criminal Code against defence lawyers.", "verdict", "Article 282.1"),
], ids=["term-handed-down-under", "fine-imposed-under", "it-was-the-first-verdict-under"])
def test_a_ruling_said_to_be_the_first_under_a_law_applies_it(nlp, lexicon, text, ruling, law):
    assert has(facts(nlp, lexicon, text), ruling, "applies", law)


@pytest.mark.parametrize("text", [
    "The court fined Gorinov. The ruling was not the first fine imposed under Article 20.3.3 of the Code of "
    "Administrative Offenses.",
    "The court fined Gorinov. Lawyers said the ruling would be the first fine under Article 20.3.3 of the Code of "
    "Administrative Offenses.",
], ids=["negated", "future"])
def test_no_basis_from_a_negated_or_future_copula(nlp, lexicon, text):
    assert not has(facts(nlp, lexicon, text), "ruling", "applies", "Article 20.3.3")


@pytest.mark.parametrize("text, subject, prop, obj", [
    ("The State Duma passed the bill on foreign agents in July. The Federation Council approved the statute a week "
     "later.", "Federation Council", "adopted", "bill"),
    ("The law on sovereign internet was adopted in April. The statute amends the Law on Communications.",
     "sovereign internet", "amends", "Communications"),
], ids=["approved-the-statute", "the-statute-amends"])
def test_the_statute_is_the_law_talked_about(nlp, lexicon, text, subject, prop, obj):
    assert has(facts(nlp, lexicon, text), subject, prop, obj)


@pytest.mark.parametrize("text, person, org", [
    ("Maria Eismont, a lawyer from Memorial, said the ruling was unjust.", "Maria Eismont", "Memorial"),
    ("Ilya Azar, a journalist from Novaya Gazeta, was detained.", "Ilya Azar", "Novaya Gazeta"),
], ids=["lawyer-from", "journalist-from"])
def test_a_title_from_an_organisation_is_a_role(nlp, lexicon, text, person, org):
    assert any(person in s and org in o for s, p, o in facts(nlp, lexicon, text))


def test_a_letter_from_an_organisation_gives_no_role(nlp, lexicon):
    found = facts(nlp, lexicon, "Ivan Pavlov, a lawyer, received a warning from the Justice Ministry.")
    assert not any("Pavlov" in s and "Ministry" in o for s, p, o in found)


@pytest.mark.parametrize("text, owner, owned", [
    ("Google, whose parent company is Alphabet, paid the fine.", "Alphabet", "Google"),
    ("Echo of Moscow, whose majority owner was Gazprom-Media, was closed in 2022.", "Gazprom-Media",
     "Echo of Moscow"),
], ids=["whose-parent-is", "whose-majority-owner-was"])
def test_whose_owner_is_names_the_owner(nlp, lexicon, text, owner, owned):
    assert has(facts(nlp, lexicon, text), owner, "owns", owned)


@pytest.mark.parametrize("text, a, b", [
    ("Google, whose parent company is not Alphabet, paid the fine.", "Alphabet", "Google"),
    ("Google, whose rival is Yandex, paid the fine.", "Yandex", "Google"),
], ids=["negated", "rival"])
def test_whose_other_relation_is_no_ownership(nlp, lexicon, text, a, b):
    assert not has(facts(nlp, lexicon, text), a, "owns", b)


@pytest.mark.parametrize("text, person, body", [
    ("Andrei Lugovoi, a State Duma deputy from the Liberal Democratic Party, co-authored the law.", "Andrei Lugovoi",
     "State Duma"),
    ("Andrei Lugovoi, a State Duma deputy from the Liberal Democratic Party, co-authored the law.", "Andrei Lugovoi",
     "Liberal Democratic Party"),
], ids=["the-body", "the-party"])
def test_a_deputy_from_a_party_is_a_member_of_both(nlp, lexicon, text, person, body):
    assert has(facts(nlp, lexicon, text), person, "memberOf", body)


@pytest.mark.parametrize("text, act, target", [
    ("The law on foreign agents, which was aimed at groups such as Memorial and Golos, took effect in November 2012.",
     "foreign agents", "Golos"),
    ("The Yarovaya package, aimed at Telegram and other messengers, took effect in 2018.", "Yarovaya", "Telegram"),
    ("The sovereign internet law was directed against foreign platforms like Google.", "sovereign internet",
     "Google"),
], ids=["which-was-aimed-at-such-as", "aimed-at", "directed-against-like"])
def test_an_act_aimed_at_someone_targets_them(nlp, lexicon, text, act, target):
    assert has(facts(nlp, lexicon, text), act, "targets", target)


@pytest.mark.parametrize("text, target", [
    ("The law on foreign agents was not aimed at Memorial, officials insisted.", "Memorial"),
    ("Memorial said the law on foreign agents would be aimed at Golos next.", "Golos"),
], ids=["negated", "future"])
def test_no_aim_when_denied_or_future(nlp, lexicon, text, target):
    assert not has(facts(nlp, lexicon, text), "foreign agents", "targets", target)


@pytest.mark.parametrize("text, owner, platform", [
    ("The Anti-Corruption Foundation was banned. Prosecutors said the journalists had prepared videos for the "
     "foundation's YouTube channel.", "Anti-Corruption Foundation", "YouTube"),
    ("Meduza's Telegram channel has more than a million subscribers.", "Meduza", "Telegram"),
], ids=["youtube-channel", "telegram-channel"])
def test_a_channel_on_a_platform_does_not_own_it(nlp, lexicon, text, owner, platform):
    assert not has(facts(nlp, lexicon, text), owner, "owns", platform)


def test_a_platforms_owner_still_owns_it_by_possessive(nlp, lexicon):
    assert has(facts(nlp, lexicon, "Google's YouTube video service was fined."), "Google", "owns", "YouTube")
