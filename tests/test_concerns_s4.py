"""Shapes of kg:concerns and of rulings found in new text, read through the real model from sentences of our own:
a ruling only promised, asked for or waited for (no issuer, no target, no ruling at all), ... Each shape comes with
near-misses that must yield nothing."""

from __future__ import annotations

import pytest

import sentences
from sentences import concerns, facts, has, rulings

FINE = sentences.CONCERNS


# --- a ruling yet to come has no issuer and no target (relation.issued_of.v1, kg.components.rulings) -------------

@pytest.mark.parametrize("text", [
    "The court will announce its verdict next week.",
    "The Moscow City Court will announce its verdict next week.",
    "The Moscow City Court is expected to announce its verdict against Ilya Yashin on Friday.",
    "The Moscow City Court did not announce its verdict.",
    "The Moscow City Court has not yet delivered its verdict in the case of Ilya Yashin.",
    "Prosecutors asked the Tverskoy District Court to issue a ruling against Meta.",
    "The Tverskoy District Court postponed its decision on Meta until May.",
    "The verdict of the Moscow City Court is expected on Friday.",
], ids=["will-announce", "named-court-will-announce", "expected-to", "did-not", "not-yet", "asked-to-issue",
        "postponed", "verdict-expected"])
def test_a_ruling_yet_to_come_is_no_fact(nlp, lexicon, text):
    found = facts(nlp, lexicon, text)
    assert not any(p == "issued" or p in FINE for _, p, _ in found)


@pytest.mark.parametrize("text, court, target", [
    ("The Moscow City Court announced its verdict against Ilya Yashin on Friday.", "Moscow City Court", "Yashin"),
    ("The Tverskoy District Court issued its decision on Meta on Monday.", "Tverskoy District Court", "Meta"),
    ("Meta will appeal the Tverskoy District Court's ruling.", "Tverskoy District Court", "Meta"),
], ids=["announced", "issued", "appeal-presumes-it"])
def test_a_ruling_made_has_its_issuer(nlp, lexicon, text, court, target):
    found = facts(nlp, lexicon, text)
    assert any(p == "issued" and court in s for s, p, _ in found)
    assert any(p == "targets" and target in o for _, p, o in found)


# --- a law told across sentences amends what its pronoun or description says (relation.amends_verb.v1) ----------

@pytest.mark.parametrize("text, law, changed", [
    ("Putin signed the bloggers law on Monday. The law adds two new articles to the Federal Law on Information. "
     "Article 10.2 sets out the duties of bloggers. It also amends the Code of Administrative Offenses to introduce "
     "fines.", "bloggers law", "Code of Administrative Offenses"),
    ("The law, Federal Law No. 65-FZ, was rushed through the State Duma in June 2012. The majority passed it, and "
     "Putin signed it on June 8. It amended the Law on Assemblies, Rallies, Demonstrations, Marches and Picketing.",
     "65-FZ", "Assemblies"),
    ("The Duma passed a law that Putin signed on March 4. The same law added Article 20.3.3 to the Code of "
     "Administrative Offenses.", "law", "Article 20.3.3"),
    ("The Duma passed Federal Law No. 90-FZ in April. The measure also changes the Law on Communications.",
     "90-FZ", "Communications"),
], ids=["it-after-two-sentences", "it-after-object-pronouns", "the-same-law-misparsed", "the-measure"])
def test_a_law_told_before_amends_what_its_anaphor_changes(nlp, lexicon, text, law, changed):
    assert has(facts(nlp, lexicon, text), law, "amends", changed)


@pytest.mark.parametrize("text, obj", [
    ("Federal Law No. 90-FZ was adopted in April. The Supreme Court later said it did not amend the Criminal Code.",
     "Criminal Code"),
    ("Federal Law No. 90-FZ was adopted in April. It will amend the Criminal Code next year.", "Criminal Code"),
    ("The Constitutional Court upheld Federal Law No. 90-FZ in April. It also amended the Criminal Code.",
     "Criminal Code"),
], ids=["negated", "future", "a-court-told-in-between"])
def test_no_amendment_from_an_anaphor_in_the_wrong_place(nlp, lexicon, text, obj):
    assert not any(p == "amends" and obj in o for _, p, o in facts(nlp, lexicon, text))


# --- verbs of putting a provision into a code; a law adding a provision changes its code --------------------------

@pytest.mark.parametrize("text, law, changed", [
    ("She was charged under Article 207.3 of the Criminal Code. It was written into the code by a law that the State "
     "Duma passed on March 4.", "law", "Article 207.3"),
    ("She was charged under Article 207.3 of the Criminal Code. It was written into the code by a law that the State "
     "Duma passed on March 4.", "law", "Criminal Code"),
    ("The provision was inserted into the Criminal Code by Federal Law No. 90-FZ.", "90-FZ", "Criminal Code"),
    ("Article 15.3 of the Law on Information, added by the so-called Lugovoi law, allows prosecutors to block sites.",
     "Lugovoi", "Federal Law on Information"),
    ("Federal Law No. 433-FZ added a new Article 280.3 to the Criminal Code.", "433-FZ", "Criminal Code"),
], ids=["written-into-the-code", "written-into-names-the-code", "inserted-into", "added-by-changes-its-law",
        "added-to"])
def test_a_law_putting_a_provision_into_a_code_amends_both(nlp, lexicon, text, law, changed):
    assert any(law in s and p == "amends" and o.startswith(changed) for s, p, o in facts(nlp, lexicon, text))


@pytest.mark.parametrize("text", [
    "The right to protest is written into the Constitution.",
    "The journalist wrote into the Criminal Code a new article.",
], ids=["no-law-agent", "a-person-writing"])
def test_writing_into_a_code_without_a_law_is_no_amendment(nlp, lexicon, text):
    assert not any(p == "amends" for _, p, _ in facts(nlp, lexicon, text))


# --- a law binding a company or person (relation.concerns_obliged.v1) --------------------------------------------

@pytest.mark.parametrize("text, law, who", [
    ("Yandex has been under pressure: it must store user data under the Yarovaya law.", "Yarovaya", "Yandex"),
    ("Under the new rules, VKontakte has to keep user messages for six months under the Yarovaya law.", "Yarovaya",
     "VKontakte"),
    ("Telegram is required to hand over encryption keys under the Yarovaya law.", "Yarovaya", "Telegram"),
    ("Meduza falls under the foreign agents law.", "foreign agents", "Meduza"),
    ("Google is subject to the landing law.", "landing law", "Google"),
    ("Yandex sold its media arm last year; its search engine must comply with the Yarovaya law.", "Yarovaya",
     "Yandex"),
], ids=["must-under", "has-to-under", "required-to", "falls-under", "subject-to", "its-part-must-comply"])
def test_a_law_binding_someone_targets_them(nlp, lexicon, text, law, who):
    assert has(facts(nlp, lexicon, text), law, "targets", who)


@pytest.mark.parametrize("text, who", [
    ("Telegram said in a statement that it complied with the Yarovaya law.", "Telegram"),
    ("Telegram does not have to comply with the Yarovaya law.", "Telegram"),
    ("Meduza is not subject to the foreign agents law.", "Meduza"),
    ("VKontakte will have to store user data under the Yarovaya law from next year.", "VKontakte"),
    ("Google could fall under the landing law.", "Google"),
    ("Activists urged Yandex to comply with the Yarovaya law.", "Yandex"),
    ("Meta's users must follow the Yarovaya law.", "Meta"),
    ("Roskomnadzor blocked the site under the Yarovaya law.", "Roskomnadzor"),
], ids=["a-claim-to-comply", "negated", "not-subject", "future", "hedged", "urged", "its-people", "a-sanction"])
def test_no_duty_from_claims_negations_predictions_or_people(nlp, lexicon, text, who):
    assert not any(p == "targets" and who in o for _, p, o in facts(nlp, lexicon, text))


# --- "the verdict" after a conviction told without 'convict' or 'sentence' (entity.ruling_after_sentencing.v1) --

@pytest.mark.parametrize("text, person", [
    ("Later in the year a district court found the former teacher Irina Gen guilty. She avoided prison, but the "
     "verdict closed the classroom to her.", "Irina Gen"),
    ("A court in Penza jailed Irina Gen for five years. Her lawyers said the verdict ignored the evidence against "
     "her.", "Irina Gen"),
], ids=["found-guilty", "jailed"])
def test_the_verdict_after_a_conviction_is_a_ruling(nlp, lexicon, text, person):
    assert "verdict" in " ".join(rulings(nlp, lexicon, text))


def test_a_verdict_without_a_conviction_before_it_is_no_ruling(nlp, lexicon):
    text = "Irina Gen taught English in Penza. She said the verdict of history would be kind to her pupils."
    assert not rulings(nlp, lexicon, text)


def test_the_harshest_sentence_is_not_the_verdict_told_before(nlp, lexicon):
    text = ("The Penza District Court sentenced Irina Gen to five years on Monday. Her lawyers called the sentence "
            "unjust. The harshest sentence under the article so far was handed down by the Meshchansky District Court "
            "to Alexei Gorinov.")
    found = facts(nlp, lexicon, text)
    penza = {o for s, p, o in found if p == "issued" and "Penza" in s}
    assert penza and not any(s in penza and "Meshchansky" in o for s, p, o in found)
    assert not any(s in penza and p == "targets" and "Gorinov" in o for s, p, o in found)


# --- a ruling told by a relative clause of issuing, or made under a law (entity.ruling_issued.v1) -----------------

@pytest.mark.parametrize("text, ruling, obj", [
    ("The Prosecutor General's Office declared Greenpeace undesirable. The decision, which was taken under the law "
     "on undesirable organisations, covers Stichting Greenpeace Council.", "decision", "undesirable organizations"),
    ("The Prosecutor General's Office declared Greenpeace undesirable. The decision, which was taken under the law "
     "on undesirable organisations, covers Stichting Greenpeace Council.", "decision", "Stichting Greenpeace"),
    ("The Prosecutor General's Office declared Greenpeace undesirable on Friday. The designation was made under the "
     "2015 law on undesirable organisations.", "designation", "undesirable organizations"),
    ("The Justice Ministry listed Meduza as a foreign agent. The ruling, which was handed down under the foreign "
     "agents law, also covers Meduza's publisher.", "ruling", "foreign agents"),
], ids=["which-was-taken-under", "which-was-taken-covers", "was-made-under", "which-was-handed-down"])
def test_a_ruling_told_as_issued_concerns_its_law_and_targets(nlp, lexicon, text, ruling, obj):
    assert concerns(facts(nlp, lexicon, text), ruling, obj)


@pytest.mark.parametrize("text, obj", [
    ("The Justice Ministry named Meduza a foreign agent. The decision, which will be taken under the foreign agents "
     "law, covers Meduza.", "foreign agents"),
    ("She said she made a decision to leave the country under the foreign agents law.", "foreign agents"),
    ("The Tverskoy court banned Meta. The decision, which was not taken under the Yarovaya law, covers Instagram.",
     "Yarovaya"),
], ids=["future-clause", "a-choice", "negated-clause"])
def test_no_law_for_a_ruling_not_yet_made_or_not_made_under_it(nlp, lexicon, text, obj):
    assert not any(p in FINE and obj in o for _, p, o in facts(nlp, lexicon, text))


# --- a bill says with 'would' what it does (kg.components.bills, kg.concerns_told.proposed) ----------------------

@pytest.mark.parametrize("text, bill, obj", [
    ("Deputies introduced a bill in May. The bill, which would amend Article 282 of the Criminal Code, passed its "
     "first reading.", "bill", "Article 282"),
    ("The government submitted a bill that would move first offences under Part 1 of Article 282 of the Criminal "
     "Code into the Code of Administrative Offenses.", "bill", "Part 1 of Article 282"),
    ("The government submitted a bill that would ban Meduza. The bill would also amend Article 282 of the Criminal "
     "Code.", "bill", "Article 282"),
    ("The government submitted a bill that would ban Meduza.", "bill", "Meduza"),
], ids=["which-would-amend", "that-would-move", "the-bill-would-amend", "that-would-ban"])
def test_a_bill_is_about_what_it_would_do(nlp, lexicon, text, bill, obj):
    assert concerns(facts(nlp, lexicon, text), bill, obj)


@pytest.mark.parametrize("text, obj", [
    ("The government submitted a bill that would ban Meduza. The bill would not amend Article 282 of the Criminal "
     "Code.", "Article 282"),
    ("Deputies want to pass a bill that would ban Meduza.", "Meduza"),
    ("The government submitted a bill amending the Criminal Code. Deputies hope the bill would amend Article 282 of "
     "the Criminal Code.", "Article 282"),
], ids=["would-not", "only-wanted", "only-hoped"])
def test_no_bill_content_from_negations_or_wishes(nlp, lexicon, text, obj):
    assert not any(p in FINE and obj in o for _, p, o in facts(nlp, lexicon, text))


def test_a_law_named_with_its_year_keeps_the_name_without_it(nlp, lexicon):
    text = ("Providers had to install filtering boxes under the 2019 \"sovereign internet\" law, which amended the Law "
            "on Communications.")
    ex = sentences.extraction(nlp, lexicon, text)
    forms = [f for e in ex.entities if e.type == "Law" and "sovereign" in e.label for f in e.forms]
    assert "2019 \"sovereign internet\" law" in forms and "\"sovereign internet\" law" in forms


# --- "the amendments to <provision>" are a law that amends it (entity.law_amendments_to.v1) ----------------------

@pytest.mark.parametrize("text, obj", [
    ("The amendments to Article 148 of the Criminal Code took effect in July 2013.", "Article 148"),
    ("Putin signed the amendments to Part 1 of Article 20.3.3 of the Code of Administrative Offenses on Friday.",
     "Part 1 of Article 20.3.3"),
], ids=["took-effect", "signed"])
def test_amendments_to_a_provision_amend_it(nlp, lexicon, text, obj):
    assert has(facts(nlp, lexicon, text), "amendments", "amends", obj)


# --- a ruling framed by 'the judges'; 'the verdict' after a later court's ruling ---------------------------------

DADIN = ("Dadin was sentenced in 2015 by the Basmanny District Court under Article 212.1 of the Criminal Code. He "
         "complained to the Constitutional Court. In a ruling published on February 10, the judges held that Article "
         "212.1 was compatible with the Constitution. On Wednesday the Supreme Court quashed the verdict.")


@pytest.mark.parametrize("text, ruling, obj", [
    (DADIN, "Constitutional Court", "Constitution"),
    ("The Constitutional Court heard the complaint in January. In its ruling, the justices found that Article 19.34 "
     "of the Code of Administrative Offenses was partly unconstitutional.", "ruling", "Article 19.34"),
], ids=["the-judges-held", "the-justices-found"])
def test_a_ruling_framing_what_the_judges_held_concerns_it(nlp, lexicon, text, ruling, obj):
    assert concerns(facts(nlp, lexicon, text), ruling, obj)


def test_the_verdict_after_a_later_courts_ruling_is_the_trial_verdict(nlp, lexicon):
    found = facts(nlp, lexicon, DADIN)
    assert not any("Constitutional" in s and "Dadin" in o for s, p, o in found if p in FINE)
    assert any("Basmanny" in s and "Dadin" in o for s, p, o in found if p in FINE)


def test_the_verdict_after_a_ruling_told_with_the_sentencing_is_that_ruling(nlp, lexicon):
    text = ("The Moscow City Court issued its ruling on Friday and sentenced Vladimir Kara-Murza to 25 years. His "
            "lawyers will appeal the verdict.")
    assert len(rulings(nlp, lexicon, text)) == 1


def test_a_verdict_upheld_is_not_the_judgment_and_the_ruling_joins_the_judgment(nlp, lexicon):
    text = ("In its judgment in Lukin v. Russia, the European Court of Human Rights held that there had been a "
            "violation of Article 10 of the Convention. Pavel Lukin was convicted in 2011 by the Syktyvkar City Court "
            "under Article 282 of the Criminal Code. The court gave him a one-year suspended sentence. The Supreme "
            "Court of the Komi Republic upheld the verdict on appeal. The judgment is not yet final. The ruling is the "
            "latest in a series of Strasbourg judgments.")
    ex = sentences.extraction(nlp, lexicon, text)
    ruling = [m for m in ex.mentions if m.type == "Ruling" and m.text == "ruling"]
    judgment = [m for m in ex.mentions if m.type == "Ruling" and m.text == "judgment"]
    verdict = [m for m in ex.mentions if m.type == "Ruling" and m.text == "verdict"]
    assert ruling and judgment and ruling[0].entity == judgment[0].entity == judgment[-1].entity
    assert verdict and verdict[0].entity != judgment[0].entity  # the conviction told before the judgment's ruling


# --- "Article N of the same law"; the new articles a law adds (relation.new_articles.v1) -------------------------

BLOGGERS = ("Putin signed the bloggers law on Monday. The law adds two new articles to the Federal Law on Information, "
            "Information Technologies and the Protection of Information. Article 10.2 sets out the duties of "
            "bloggers. Article 10.1 of the same law obliges social networks to store data about their users.")


def test_an_article_of_the_same_law_belongs_to_the_law_named_last(nlp, lexicon):
    found = facts(nlp, lexicon, BLOGGERS)
    assert any(s.startswith("Article 10.1 of the Federal Law on Information") and "Law on Information" in o
               for s, p, o in found if p in ("partOf", "subdivisionOf"))


@pytest.mark.parametrize("obj", ["Article 10.2", "Article 10.1"])
def test_the_articles_told_after_new_articles_are_the_laws_additions(nlp, lexicon, obj):
    assert has(facts(nlp, lexicon, BLOGGERS), "bloggers law", "amends", obj)


@pytest.mark.parametrize("text, obj", [
    ("Putin signed the bloggers law on Monday. The law amends the Federal Law on Information, Information "
     "Technologies and the Protection of Information. Article 10.2 sets out the duties of bloggers.", "Article 10.2"),
    ("Putin signed the bloggers law on Monday. The law adds two new articles to the Federal Law on Information, "
     "Information Technologies and the Protection of Information. Article 13.15 of the Code of Administrative "
     "Offenses already punishes fake news.", "Article 13.15"),
], ids=["no-new-articles-said", "a-provision-of-another-code"])
def test_no_addition_without_new_articles_or_from_another_code(nlp, lexicon, text, obj):
    assert not any(p == "amends" and obj in o for _, p, o in facts(nlp, lexicon, text))


def test_the_amendments_that_did_something_are_a_law_the_same_law_refers_to(nlp, lexicon):
    text = ("Father Ioann was fined under Part 1 of Article 20.3.3 of the Code of Administrative Offenses. The "
            "amendments that created the offence were approved by the State Duma on March 4. The same law introduced "
            "criminal penalties under Article 207.3 of the Criminal Code.")
    found = facts(nlp, lexicon, text)
    assert has(found, "amendments", "amends", "Article 207.3")
    assert any(p == "adopted" and "Duma" in s and "amendments" in o for s, p, o in found)
    assert ("amendments", "amends", "Criminal Code of Russia") not in found  # penalties introduced, not an article


# --- a ruling summing up the clause before it (relation.concerns_summed.v1) --------------------------------------

@pytest.mark.parametrize("text, target", [
    ("A court in Krasnodar placed Andrei Pivovarov in custody, a decision his supporters described as a warning.",
     "Pivovarov"),
    ("Andrei Pivovarov was detained at the airport. A court in Krasnodar placed Pivovarov in custody, a decision "
     "his lawyers will appeal.", "Pivovarov"),
    ("The Tverskoy District Court outlawed Meta Platforms on Monday, a ruling that took effect at once.", "Meta"),
], ids=["placed-in-custody", "a-decision-to-be-appealed", "outlawed"])
def test_a_ruling_summing_up_a_clause_targets_its_object(nlp, lexicon, text, target):
    assert any(p == "targets" and target in o for _, p, o in facts(nlp, lexicon, text))


def test_a_ruling_summing_up_a_negated_clause_targets_no_one(nlp, lexicon):
    text = "The Tverskoy District Court did not ban Meta Platforms, a decision welcomed by lawyers."
    assert not any(p == "targets" for _, p, _ in facts(nlp, lexicon, text))


# --- who is on a list the text names as a ruling (relation.concerns_listed.v1) ----------------------------------

@pytest.mark.parametrize("text", [
    "Judge Sergei Podoprigorov is himself on the United States' Magnitsky list.",
    "The Magnitsky list includes dozens of officials. Judge Sergei Podoprigorov was added to the Magnitsky list in "
    "2018.",
], ids=["is-on", "was-added-to"])
def test_a_list_targets_who_is_on_it(nlp, lexicon, text):
    assert any(p == "targets" and "Podoprigorov" in o for _, p, o in facts(nlp, lexicon, text))


@pytest.mark.parametrize("text", [
    "Judge Sergei Podoprigorov is not on the Magnitsky list.",
    "Judge Sergei Podoprigorov could be on the Magnitsky list.",
], ids=["not-on", "could-be"])
def test_no_list_target_when_negated_or_hedged(nlp, lexicon, text):
    assert not any(p == "targets" and "Podoprigorov" in o for _, p, o in facts(nlp, lexicon, text))


# --- 'it' as the subject of a verb only an act does (kg.concerns_told.covering_it) -------------------------------

@pytest.mark.parametrize("text, act, target", [
    ("The Supreme Court issued a ruling on Tuesday liquidating International Memorial. It also covers the Memorial "
     "Human Rights Centre.", "ruling", "Memorial Human Rights Centre"),
    ("Putin signed the Yarovaya law in July 2016. It requires operators such as MTS to store calls.", "Yarovaya",
     "MTS"),
], ids=["ruling-covers", "law-requires"])
def test_it_covering_someone_is_the_act_told_last(nlp, lexicon, text, act, target):
    assert has(facts(nlp, lexicon, text), act, "targets", target)


def test_it_not_covering_someone_targets_no_one(nlp, lexicon):
    text = ("The Supreme Court issued a ruling on Tuesday liquidating International Memorial. It does not cover the "
            "Memorial Human Rights Centre.")
    assert not any(p == "targets" and o == "Memorial Human Rights Centre" for _, p, o in facts(nlp, lexicon, text))
