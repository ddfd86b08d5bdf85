"""More shapes of kg:concerns read through the real model from sentences of our own (kg.concerns_more,
kg.concerns_laws, and the additions to kg.concerns, kg.ruling_recipients and kg.ruling_copula): a ruling as the
ground of a sanction, 'according to' a ruling, the defendant in front of a ruling noun, whoever appeals a ruling,
a penalty 'for' someone, a ruling handed to a passive subject, a clause saying what a ruling decided, laws changing
provisions told by participles, verbs of dealing with something, a ruling said to be the first or harshest under a
law, a ruling acting on another ruling, and the names an act leaves out ('but not', 'except') or only owns
('Navalny's lawyers'). Each shape comes with near-misses that must yield nothing."""

from __future__ import annotations

import pytest

import sentences
from sentences import has

FINE = ("concerns", "targets", "applies", "amends", "interprets")


def facts(nlp, lexicon, text: str) -> set[tuple[str, str, str]]:
    return sentences.facts(nlp, lexicon, text, published="2024-05-20")


def concerns(found: set, subject: str, obj: str) -> bool:
    """A concerns fact (any of its finer properties) from a label containing `subject` to one containing `obj`."""
    return any(has(found, subject, p, obj) for p in FINE)


def ruled(nlp, lexicon, text: str) -> set[tuple[str, str, str, str]]:
    """(subject label, property, object label, rule id) of every relation extracted from the text."""
    ex = sentences.extraction(nlp, lexicon, text, published="2024-05-20")
    label = {e.key: e.label for e in ex.entities}
    return {(label[r.subject], r.predicate, label[r.object], r.evidence.rule) for r in ex.relations}


def concerned(found: set, obj: str) -> bool:
    """Whether anything is said to concern an entity whose label contains `obj`."""
    return any(p in FINE and obj in o for _, p, o in found)


# --- a ruling as the ground of a sanction (relation.concerns_basis.v1) --------------------------------------------

@pytest.mark.parametrize("text, ruling, target", [
    ("The Tagansky District Court issued a ruling on August 4. LinkedIn was blocked in Russia under the ruling in "
     "November.", "Tagansky District Court ruling", "LinkedIn"),
    ("Telegram was blocked pursuant to a ruling of the Tagansky District Court.", "ruling", "Telegram"),
    ("Telegram was blocked in accordance with a decision of the Tagansky District Court.", "decision", "Telegram"),
    ("Telegram was blocked on the basis of a ruling of the Tagansky District Court.", "ruling", "Telegram"),
    ("The Tverskoy District Court issued a ruling in March. Meta, which was banned under the ruling, said it would "
     "appeal.", "ruling", "Meta"),
    ("The Supreme Court issued a ruling in December. Memorial, liquidated under the ruling, had worked since 1989.",
     "ruling", "Memorial"),
    ("Greenpeace was added to the list of undesirable organisations by a decision of the Prosecutor General's "
     "Office.", "decision", "Greenpeace"),
], ids=["passive-under", "pursuant-to", "in-accordance-with", "on-the-basis-of", "relative-clause", "participle",
        "by-a-decision"])
def test_a_ruling_a_sanction_rests_on_targets_whom_it_hits(nlp, lexicon, text, ruling, target):
    assert has(facts(nlp, lexicon, text), ruling, "targets", target)


def test_a_ruling_under_which_nothing_was_done_targets_no_one(nlp, lexicon):
    text = "The Tagansky District Court issued a ruling on August 4. Telegram was not blocked under the ruling."
    assert not concerned(facts(nlp, lexicon, text), "Telegram")


@pytest.mark.parametrize("text, target", [
    ("Telegram was blocked after a ruling of the Tagansky District Court.", "Telegram"),
    ("The Moscow City Court issued a ruling against Alexei Navalny. Ilya Yashin was detained following the ruling "
     "against Navalny.", "Yashin"),
    ("The Supreme Court issued a ruling in May. Prosecutors charged Ilya Yashin under the ruling of the Supreme "
     "Court.", "Yashin"),
], ids=["after-is-a-time", "following-a-ruling-on-someone-else", "charging-is-not-a-sanction"])
def test_a_ruling_only_told_near_a_sanction_is_not_its_ground(nlp, lexicon, text, target):
    assert not any(rule == "relation.concerns_basis.v1" and target in o for _, _, o, rule in ruled(nlp, lexicon, text))


# --- 'According to the verdict, ...' (relation.concerns_according.v1) --------------------------------------------

@pytest.mark.parametrize("text, obj", [
    ("The Moscow City Court issued a verdict in April. According to the verdict, Vladimir Kara-Murza spread false "
     "information about the army.", "Kara-Murza"),
    ("The Moscow City Court issued a verdict in April. According to the court's verdict, Vladimir Kara-Murza must "
     "serve his term in a strict-regime colony.", "Kara-Murza"),
    ("Vladimir Kara-Murza was arrested in 2022. The Moscow City Court issued a verdict in April. According to the "
     "verdict, which his lawyers called absurd, he committed treason.", "Kara-Murza"),
], ids=["plain", "modal-content", "pronoun"])
def test_what_a_ruling_is_quoted_for_is_what_it_concerns(nlp, lexicon, text, obj):
    assert has(facts(nlp, lexicon, text), "verdict", "targets", obj)


@pytest.mark.parametrize("text", [
    "The Moscow City Court issued a verdict in April. According to his lawyers, Vladimir Kara-Murza will appeal.",
    "The Moscow City Court issued a verdict in April. According to Memorial, Vladimir Kara-Murza will appeal.",
], ids=["lawyers", "organisation"])
def test_what_someone_else_is_quoted_for_is_not_the_rulings(nlp, lexicon, text):
    assert not concerned(facts(nlp, lexicon, text), "Kara-Murza")


# --- the defendant in front of the ruling noun (relation.concerns_compound.v1) ------------------------------------

@pytest.mark.parametrize("text, ruling, target", [
    ("The Navalny verdict was condemned by Western governments.", "verdict", "Navalny"),
    ("The Yashin verdict was read out on Friday.", "verdict", "Yashin"),
    ("The Memorial ruling was upheld by the Supreme Court.", "ruling", "Memorial"),
    ("The ECHR's Kablis judgment found a violation of Article 10 of the European Convention on Human Rights.",
     "judgment", "Kablis"),
], ids=["navalny", "yashin", "organisation", "echr"])
def test_a_name_in_front_of_a_court_ruling_is_its_defendant(nlp, lexicon, text, ruling, target):
    assert has(facts(nlp, lexicon, text), ruling, "targets", target)


@pytest.mark.parametrize("text, name", [
    ("The Putin decree was published on Monday.", "Putin"),
    ("The Dima Yakovlev law is named after Dima Yakovlev, a Russian toddler who died in Virginia.", "Yakovlev"),
    ("The Yarovaya law, drafted by Irina Yarovaya, was adopted in 2016.", "Yarovaya"),
], ids=["decree-of-its-issuer", "law-named-after-a-person", "law-named-after-its-author"])
def test_a_name_in_front_of_a_decree_or_law_is_not_its_target(nlp, lexicon, text, name):
    found = facts(nlp, lexicon, text)
    assert not any(p in FINE and name in o and o.startswith(("Vladimir Putin", "Dima", "Irina")) for _, p, o in found)


# --- whom a ruling hits contesting it (relation.concerns_appealed.v1) ---------------------------------------------

@pytest.mark.parametrize("text, ruling, party", [
    ("The Justice Ministry designated Dmitry Muratov a foreign agent on Friday. Muratov said he would challenge the "
     "designation in court.", "designation", "Muratov"),
    ("The Tverskoy District Court banned Meta in March. Meta appealed the ruling, but the Moscow City Court upheld "
     "it.", "ruling", "Meta"),
    ("The Tverskoy District Court banned Meta in March. Meta's appeal against the ruling was rejected.", "ruling",
     "Meta"),
], ids=["would-challenge", "appealed", "possessive-appeal"])
def test_whoever_contests_a_ruling_is_whom_it_hits(nlp, lexicon, text, ruling, party):
    assert has(facts(nlp, lexicon, text), ruling, "targets", party)


@pytest.mark.parametrize("text, name", [
    ("The Meshchansky District Court sentenced Ilya Yashin in December. His lawyer, Vadim Prokhorov, appealed the "
     "verdict.", "Prokhorov"),
    ("The Meshchansky District Court sentenced Ilya Yashin in December. Lawyer Vadim Prokhorov appealed the verdict.",
     "Prokhorov"),
    ("The Meshchansky District Court sentenced Ilya Yashin in December. Amnesty International criticised the "
     "verdict.", "Amnesty"),
], ids=["lawyer-apposition", "lawyer-title", "critic"])
def test_a_lawyer_or_critic_of_a_ruling_is_not_its_target(nlp, lexicon, text, name):
    assert not concerned(facts(nlp, lexicon, text), name)


def test_a_ruling_not_appealed_gets_no_target_from_the_appeal(nlp, lexicon):
    text = "The Supreme Court issued a ruling in March. Meta did not appeal the ruling."
    assert not any(rule == "relation.concerns_appealed.v1" for *_, rule in ruled(nlp, lexicon, text))


# --- a penalty 'for' someone (relation.concerns_for.v1) ------------------------------------------------------------

@pytest.mark.parametrize("text, ruling, target", [
    ("The Moscow City Court handed down a 25-year sentence for Vladimir Kara-Murza.", "sentence", "Kara-Murza"),
    ("Roskomnadzor issued a warning for Novaya Gazeta.", "warning", "Novaya Gazeta"),
], ids=["sentence", "warning"])
def test_a_penalty_for_someone_targets_them(nlp, lexicon, text, ruling, target):
    assert has(facts(nlp, lexicon, text), ruling, "targets", target)


def test_a_penalty_for_an_offence_targets_no_one(nlp, lexicon):
    found = facts(nlp, lexicon, "The Moscow City Court handed down a sentence for treason against Russia.")
    assert not any(p == "targets" for _, p, _ in found)


def test_a_ruling_in_favour_of_someone_targets_them(nlp, lexicon):
    assert has(facts(nlp, lexicon, "The Moscow court issued a ruling in favour of Google."), "ruling", "targets",
               "Google")


# --- handed to someone, told from the receiver's side (relation.concerns_recipient.v1) ----------------------------

@pytest.mark.parametrize("text, target", [
    ("Ilya Yashin was handed an eight-and-a-half-year sentence on Friday.", "Yashin"),
    ("The Moscow City Court announced its decision on Friday. Novaya Gazeta, which was issued a warning by "
     "Roskomnadzor, suspended publication.", "Novaya Gazeta"),
], ids=["handed", "relative-issued"])
def test_a_ruling_handed_to_the_passive_subject_targets_it(nlp, lexicon, text, target):
    assert any(p == "targets" and target in o for _, p, o in facts(nlp, lexicon, text))


def test_someone_handed_over_is_not_a_rulings_target(nlp, lexicon):
    assert not concerned(facts(nlp, lexicon, "Ilya Yashin was handed over to the police on Friday."), "Yashin")


# --- a clause saying what a ruling decided (relation.concerns_content.v1) -----------------------------------------

@pytest.mark.parametrize("text, target", [
    ("The Moscow City Court issued a decision in June. The court's decision that FBK was an extremist organisation "
     "was upheld in August.", "Anti-Corruption Foundation"),
    ("The Supreme Court issued a ruling in May. The ruling that Memorial had broken Article 13.15 of the Code of "
     "Administrative Offenses was published on Friday.", "Memorial"),
], ids=["decision-that", "ruling-that"])
def test_what_a_ruling_decided_is_what_it_concerns(nlp, lexicon, text, target):
    assert any(p in FINE and target in o for _, p, o in facts(nlp, lexicon, text))


@pytest.mark.parametrize("text, name", [
    ("The Moscow City Court issued a decision in June. It was the decision that Memorial had feared most.",
     "Memorial"),
    ("The Moscow City Court issued a decision in June. Memorial said that the decision was unlawful.", "Memorial"),
], ids=["relative-that", "reported"])
def test_a_clause_about_the_ruling_is_not_its_content(nlp, lexicon, text, name):
    assert not concerned(facts(nlp, lexicon, text), name)


# --- laws changing laws (kg.concerns_laws) ------------------------------------------------------------------------

@pytest.mark.parametrize("text, law, changed", [
    ("Federal Law No. 28-FZ was signed in March 2019. Article 20.1 of the Code of Administrative Offenses, "
     "introduced by Federal Law No. 28-FZ, punishes disrespect for the authorities.", "28-FZ", "Article 20.1"),
    ('Article 207.3, added to the Criminal Code by Federal Law No. 32-FZ in March 2022, punishes "fakes" about the '
     'army.', "32-FZ", "Article 207.3"),
    ('Article 207.3, added to the Criminal Code by Federal Law No. 32-FZ in March 2022, punishes "fakes" about the '
     'army.', "32-FZ", "Criminal Code"),
    ("Under Article 20.1 of the Code of Administrative Offenses, as amended by Federal Law No. 28-FZ, offenders face "
     "fines.", "28-FZ", "Article 20.1"),
    ("Article 6.21 of the Code of Administrative Offenses, which was inserted into the code by Federal Law No. "
     "135-FZ, bans gay propaganda.", "135-FZ", "Article 6.21"),
    ("Telegram was fined under Part 4.1 of Article 10.1 of the Law on Information, a clause added by the Yarovaya "
     "law.", "Yarovaya", "Part 4.1 of Article 10.1"),
    ("Ivanov was charged under Article 207.3, a provision introduced by Federal Law No. 32-FZ.", "32-FZ",
     "Article 207.3"),
], ids=["introduced-by", "added-by", "added-to-the-code", "as-amended-by", "relative-inserted", "clause-added-by",
        "provision-introduced-by"])
def test_a_provision_changed_by_a_law_is_amended_by_it(nlp, lexicon, text, law, changed):
    assert has(facts(nlp, lexicon, text), law, "amends", changed)


@pytest.mark.parametrize("text, changed", [
    ("Article 20.1 of the Code of Administrative Offenses, introduced by lawmakers in 2019, punishes disrespect for "
     "the authorities.", "Article 20.1"),
    ("Federal Law No. 28-FZ was signed in 2019. Article 20.1 of the Code of Administrative Offenses, which was not "
     "amended by Federal Law No. 28-FZ, punishes petty hooliganism.", "Article 20.1"),
    ("Ivanov was charged under Article 207.3, a provision criticised by lawyers.", "Article 207.3"),
], ids=["lawmakers-are-not-a-law", "negated", "apposition-without-a-law"])
def test_a_provision_not_changed_by_a_law_is_not_amended(nlp, lexicon, text, changed):
    assert not concerned(facts(nlp, lexicon, text), changed)


@pytest.mark.parametrize("text, law, changed", [
    ("Federal Law No. 190-FZ was adopted in 2012. Federal Law No. 190-FZ broadened the definition of treason in "
     "Article 275 of the Criminal Code.", "190-FZ", "Article 275"),
    ("Article 275 of the Criminal Code punishes treason. The 2012 treason amendments, signed by Putin in November, "
     "widened it.", "amendments", "Article 275"),
    ("Federal Law No. 121-FZ was adopted in July 2012. In June 2014 parliament passed amendments to that law.",
     "amendments", "121-FZ"),
], ids=["broadened", "widened-it", "amendments-to-that-law"])
def test_a_law_reshaping_or_amending_a_named_one_amends_it(nlp, lexicon, text, law, changed):
    assert has(facts(nlp, lexicon, text), law, "amends", changed)


@pytest.mark.parametrize("text", [
    "Federal Law No. 190-FZ was adopted in 2012. Lawyers said Federal Law No. 190-FZ would widen Article 275 of the "
    "Criminal Code.",
    "Article 275 of the Criminal Code punishes treason. The court extended Ivan Petrov's detention until June.",
], ids=["modal", "court-extends-detention"])
def test_reshaping_that_is_not_asserted_of_a_law_amends_nothing(nlp, lexicon, text):
    assert not any(p == "amends" for _, p, _ in facts(nlp, lexicon, text))


def test_as_amended_by_does_not_amend_the_code_of_the_provision(nlp, lexicon):
    found = facts(nlp, lexicon, "Under Article 20.1 of the Code of Administrative Offenses, as amended by Federal Law "
                                "No. 28-FZ, offenders face fines.")
    assert not any(p == "amends" and o == "Code of Administrative Offenses of Russia" for _, p, o in found)


# --- verbs of dealing with something (relation.concerns_about_verb.v1) --------------------------------------------

@pytest.mark.parametrize("text, act, obj", [
    ("The Supreme Court adopted a resolution in June. The resolution deals with Article 20.3.3 of the Code of "
     "Administrative Offenses.", "resolution", "Article 20.3.3"),
    ("The Constitutional Court issued a ruling in May. The ruling relates to Article 212.1 of the Criminal Code.",
     "ruling", "Article 212.1"),
    ("The Yarovaya law regulates the activities of operators such as MTS and Beeline.", "Yarovaya", "Beeline"),
    ("The Tverskoy District Court issued a ruling in March. The ruling hit Facebook and Instagram.", "ruling",
     "Instagram"),
], ids=["deals-with", "relates-to", "regulates-examples", "hit"])
def test_a_law_or_ruling_dealing_with_something_concerns_it(nlp, lexicon, text, act, obj):
    assert concerns(facts(nlp, lexicon, text), act, obj)


@pytest.mark.parametrize("text, obj", [
    ("The Constitutional Court issued a ruling in May. The ruling does not relate to Article 212.1 of the Criminal "
     "Code.", "Article 212.1"),
    ("The Constitutional Court issued a ruling in May. Lawyers said the ruling might one day hit Memorial.",
     "Memorial"),
], ids=["negated", "modal"])
def test_a_law_or_ruling_not_said_to_deal_with_something_concerns_nothing(nlp, lexicon, text, obj):
    assert not concerned(facts(nlp, lexicon, text), obj)


# --- what a ruling is said to be (relation.concerns_copula.v1, superlatives and ordinals) -------------------------

@pytest.mark.parametrize("text, provision", [
    ("The court handed down its verdict on Friday. The verdict is the harshest handed down in the region under "
     "Article 207.3 of the Criminal Code.", "Article 207.3"),
    ("The court handed down its sentence on Friday. It was one of the longest sentences imposed under Article 207.3 "
     "of the Criminal Code.", "Article 207.3"),
    ("The court handed down its verdict on Friday. The verdict was the first handed down under Article 280.3 of the "
     "Criminal Code.", "Article 280.3"),
], ids=["superlative", "one-of-the", "ordinal"])
def test_a_ruling_said_to_be_the_first_or_harshest_under_a_law_applies_it(nlp, lexicon, text, provision):
    assert any(p == "applies" and provision in o for _, p, o in facts(nlp, lexicon, text))


@pytest.mark.parametrize("text", [
    "The court handed down its verdict on Friday. The verdict is the harshest in the region.",
    "The court handed down its verdict on Friday. The verdict was not the first handed down under Article 280.3 of "
    "the Criminal Code.",
    "The court handed down its verdict on Friday. Ivan Petrov was the first person convicted under Article 280.3 of "
    "the Criminal Code.",
], ids=["no-law", "negated", "person-subject"])
def test_a_ruling_not_said_to_be_one_under_a_law_applies_nothing(nlp, lexicon, text):
    assert not any(rule == "relation.concerns_copula.v1" for *_, rule in ruled(nlp, lexicon, text))


# --- one ruling acting on another (relation.concerns_ruling.v1) ---------------------------------------------------

def test_a_resolution_amending_an_earlier_one_amends_it(nlp, lexicon):
    found = facts(nlp, lexicon, "The Supreme Court adopted a new resolution in September. The new resolution amends "
                                "the Supreme Court's resolution of June 2011.")
    assert any(p == "amends" and "2011" in o and "2011" not in s for s, p, o in found)


# --- what an act leaves out, and whom a person only belongs to ----------------------------------------------------

@pytest.mark.parametrize("text, kept, left", [
    ("The Supreme Court issued a ruling on Telegram in March. The ruling applies to Telegram and WhatsApp but not to "
     "Viber.", "WhatsApp", "Viber"),
    ("The Supreme Court issued a ruling on Meta in March. The ruling covers Facebook and Instagram, except WhatsApp.",
     "Instagram", "WhatsApp"),
    ("The Supreme Court issued a ruling on Meta in March. The ruling covers Facebook and Instagram but not WhatsApp.",
     "Instagram", "WhatsApp"),
], ids=["but-not-to", "except", "but-not"])
def test_a_name_an_act_leaves_out_is_not_what_it_concerns(nlp, lexicon, text, kept, left):
    found = facts(nlp, lexicon, text)
    assert concerns(found, "ruling", kept)
    assert not concerns(found, "ruling", left)


def test_a_ruling_against_someones_lawyers_is_not_about_them(nlp, lexicon):
    found = facts(nlp, lexicon, "The Moscow City Court issued a ruling against Alexei Navalny's lawyers.")
    assert not concerns(found, "ruling", "Navalny")


def test_a_ruling_on_someones_activities_is_about_them(nlp, lexicon):
    found = facts(nlp, lexicon, "The Supreme Court issued a ban on Meta's activities in Russia.")
    assert concerns(found, "ban", "Meta")
