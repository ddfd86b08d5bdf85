"""Entity recall that relations depend on: laws named by what was done to them (a participle or a relative
clause of issuing, amendments to a named law, "the law that made ...", "<topic> law", "federal ban"), rulings
named by a number, inside an issuer's name or after an unnamed court's act, and the look-alikes none of these
may turn into entities ("the ruling party", "law enforcement", "his decision to leave").

Sentences of our own in different wordings, read through the real model (kg_entities' mentions).
"""

from __future__ import annotations

import pytest

from sentences import facts, has


def mentions(nlp, text: str, kind: str) -> list[str]:
    return [text[c.start:c.end] for c in nlp(text)._.kg_mentions if c.type == kind]


def aliases(nlp, text: str, kind: str) -> list[str]:
    return [text[slice(*c.info["alias"])] for c in nlp(text)._.kg_mentions if c.type == kind and c.info.get("alias")]


# --- law_shapes.py: a law noun with an issuing participle or relative clause -------------------------------

@pytest.mark.parametrize("text, law", [
    ("The law, passed in 2017, allows the Justice Ministry to label media outlets foreign agents.", "law"),
    ("A bill introduced by senator Andrei Klishas would punish disrespect for the authorities.", "bill"),
    ("The legislation, adopted by the Duma in December, bans the propaganda of LGBT relationships.", "legislation"),
    ("The measure, signed into law by Putin on Monday, expands the definition of foreign agents.", "measure"),
    ("The bill, drafted by deputies Andrei Lugovoi and Vasily Piskarev, expands the list of foreign agents.", "bill"),
    ("The 2012 treason amendments, signed by Putin in November, widened the definition of treason.",
     "2012 treason amendments"),
], ids=["passed", "introduced-by", "adopted-by", "signed-into-law", "drafted-by", "dated-amendments"])
def test_a_law_noun_with_an_issuing_participle_is_a_law(nlp, text, law):
    assert law in mentions(nlp, text, "Law")


@pytest.mark.parametrize("text, law", [
    ("The higher fines were introduced by amendments that Putin signed on December 2.", "amendments"),
    ("The law, which Putin signed in July, takes effect in September.", "law"),
    ("Lawmakers debated a bill which was submitted by the government in May.", "bill"),
], ids=["that-signed", "which-signed", "which-submitted-by"])
def test_a_law_noun_whose_relative_clause_names_its_issuer_is_a_law(nlp, text, law):
    assert law in mentions(nlp, text, "Law")


def test_the_issuer_in_the_relative_clause_issued_the_law(nlp, lexicon):
    found = facts(nlp, lexicon, "The higher fines were introduced by amendments that Putin signed on December 2.")
    assert has(found, "Putin", "signed", "amendments"), found


@pytest.mark.parametrize("text", [
    "Putin will sign a law that the Duma passed on Tuesday.",
    "Activists asked the Duma to adopt a bill drafted by the ombudsman.",
    "No law signed by the president has been repealed.",
    "Federal Law No. 90-FZ took effect in November. The law, signed by Putin on 1 May, isolates the Russian internet.",
    "The so-called Yarovaya law is a set of amendments to the Criminal Code adopted in 2016.",
    'The fine follows the so-called "law against Apple", an amendment to the Law on Consumer Rights Protection that '
    "Putin signed in 2019.",
    "Deputies called for similar laws passed in other countries.",
], ids=["will-sign", "asked-to-adopt", "no-law", "refers-back", "predicate", "apposition", "plural"])
def test_laws_only_asked_for_negated_or_named_before_get_no_new_law(nlp, text):
    found = mentions(nlp, text, "Law")
    assert not {"law", "bill", "amendment", "amendments", "laws"} & set(found), found


# --- amendments to a named law --------------------------------------------------------------------------

@pytest.mark.parametrize("text, amended", [
    ("The accompanying amendments to the Code of Administrative Offenses raise the fines for failing to label "
     "materials.", "Code of Administrative Offenses"),
    ("The State Duma passed amendments to the Criminal Code on Wednesday.", "Criminal Code"),
    ("In 2019 the Duma adopted amendments to the law on information allowing sites to be blocked.",
     "law on information"),
], ids=["coao", "criminal-code", "law-on"])
def test_amendments_to_a_named_law_are_a_law_of_their_own(nlp, text, amended):
    found = mentions(nlp, text, "Law")
    assert "amendments" in found and amended in found, found


def test_amendments_to_a_code_amend_it(nlp, lexicon):
    found = facts(nlp, lexicon, "The accompanying amendments to the Code of Administrative Offenses raise the fines.")
    assert has(found, "amendments", "amends", "Code of Administrative Offenses"), found


@pytest.mark.parametrize("text", [
    "Deputies discussed possible amendments to the Criminal Code.",
    "The government will submit amendments to the Criminal Code next month.",
    "Activists asked parliament to adopt amendments to the Code of Administrative Offenses.",
], ids=["possible", "will-submit", "asked"])
def test_amendments_only_planned_or_asked_for_are_no_law(nlp, text):
    assert "amendments" not in mentions(nlp, text, "Law")


# --- "the law that made ...", "<topic> law", "federal ban", "law on the ..." -------------------------------

def test_the_law_picked_out_by_what_it_did_is_a_law(nlp):
    text = "He was the first person jailed under the law that made repeated breaches of protest rules a crime."
    assert "law" in mentions(nlp, text, "Law")


def test_the_law_that_did_something_in_a_text_naming_a_law_refers_to_it(nlp):
    text = ("The Yarovaya law took effect in 2018. Critics said the law that obliged operators to store messages "
            "was costly.")
    assert "law" not in mentions(nlp, text, "Law")


@pytest.mark.parametrize("text, law", [
    ("Russia's treason law was expanded in 2012.", "treason law"),
    ("Under the 2019 protest law, organisers face higher fines.", "2019 protest law"),
    ("The media law requires outlets to register with Roskomnadzor.", "media law"),
], ids=["possessor", "year", "definite"])
def test_a_law_called_by_its_subject_is_a_law(nlp, text, law):
    assert law in mentions(nlp, text, "Law")


@pytest.mark.parametrize("text", [
    "Case law of the Constitutional Court is binding.",
    "The tax law changes every year, accountants say.",
    "Lawyers cited the rule of law.",
    "The government introduced martial law in four regions.",
    "Law enforcement agencies searched his flat.",
    "He studied criminal law at Moscow State University.",
], ids=["case-law", "tax-law", "rule-of-law", "martial-law", "law-enforcement", "field"])
def test_fields_of_law_and_law_enforcement_are_no_law(nlp, text):
    assert mentions(nlp, text, "Law") == []


@pytest.mark.parametrize("text, law", [
    ('He became the first person punished under the federal ban on "propaganda" among minors.', "federal ban"),
    ("The new law on the protection of children came into force on 1 September.",
     "law on the protection of children"),
    ('The law on "undesirable" organisations was adopted in 2015.', 'law on "undesirable" organisations'),
    ('The law banning "LGBT propaganda" was expanded in 2022.', 'law banning "LGBT propaganda"'),
], ids=["federal-ban", "law-on-the", "quoted-subject-noun", "closing-quote"])
def test_laws_named_by_their_subject_keep_the_whole_name(nlp, text, law):
    assert law in mentions(nlp, text, "Law")


# --- rulings: numbered, inside an issuer's name, after an unnamed court's act --------------------------------

@pytest.mark.parametrize("text, full", [
    ("The Constitutional Court's resolution No. 10-P found the provision compatible with the Constitution.",
     "resolution No. 10-P"),
    ("The Constitutional Court's ruling No. 32-P of 2019 concerned the same article.", "ruling No. 32-P"),
    ("The Interior Ministry's order No. 1 set the rules.", "order No. 1"),
], ids=["resolution", "ruling-read-as-verb", "order"])
def test_a_numbered_ruling_keeps_its_number_as_a_name(nlp, text, full):
    assert full in aliases(nlp, text, "Ruling")


@pytest.mark.parametrize("text, ruling", [
    ("The European Court of Human Rights' judgment found that Russia had violated Article 10.", "judgment"),
    ("The Strasbourg ruling ordered Russia to pay compensation.", "Strasbourg ruling"),
    ("The decree, published on the government's legal portal, lists the organizations.", "decree"),
    ("A court in Krasnodar placed him in custody, a decision his supporters called political.", "decision"),
    ("The Constitutional Court ruled in 2015 that Russia may ignore such judgments; that ruling was later written "
     "into law.", "ruling"),
], ids=["possessor-in-name", "strasbourg", "published", "unnamed-court-clause", "that-ruling"])
def test_rulings_named_around_their_issuer(nlp, text, ruling):
    assert ruling in mentions(nlp, text, "Ruling")


def test_a_judgment_in_their_case_is_a_fuller_name(nlp):
    text = "The Constitutional Court found the Strasbourg judgment in their case impossible to execute."
    assert "Strasbourg judgment in their case" in aliases(nlp, text, "Ruling")


def test_the_issuer_inside_a_possessor_issued_the_ruling(nlp, lexicon):
    found = facts(nlp, lexicon, "The European Court of Human Rights' judgment found that Russia violated Article 10.")
    assert has(found, "European Court of Human Rights", "issued", "judgment"), found


@pytest.mark.parametrize("text", [
    "The ruling party United Russia backed the candidate.",
    "His decision to leave Russia surprised his colleagues.",
    "It was a decision to leave the country that saved him.",
    "The judge will announce the verdict next week.",
    "A court in Moscow heard the case on Monday.",
    "He read a sentence from his diary.",
    "Prosecutors asked the court to order the site blocked. The order was never issued.",
], ids=["ruling-party", "decision-to-leave", "a-decision-to-leave", "will-announce", "court-in-moscow", "read",
        "never-issued"])
def test_look_alikes_are_no_rulings(nlp, text):
    assert mentions(nlp, text, "Ruling") == []


def test_a_decision_to_designate_is_a_ruling(nlp):
    text = "The Justice Ministry's decision to designate the outlet a foreign agent was challenged in court."
    assert "decision" in mentions(nlp, text, "Ruling")


# --- laws named by their year, amendments to a law spoken of, "the bill passed" ------------------------------

@pytest.mark.parametrize("text, law", [
    ("The designation was made under the 2015 law on undesirable organisations.",
     "2015 law on undesirable organisations"),
    ("Both measures rest on the 2017 law on VPNs and anonymisers.", "2017 law on VPNs and anonymisers"),
    ("Organizers face prison. The 2015 law on undesirable organizations allows prosecutors to ban groups.",
     "2015 law on undesirable organizations"),
    ("Since the 2012 law came into force, the register has grown.", "2012 law"),
    ("Russia's 2019 legislation took effect in November.", "2019 legislation"),
], ids=["year-before-lexicon-law", "year-before-lexicon-law-2", "sentence-start", "the-year-law",
        "possessor-year"])
def test_a_year_before_a_law_is_part_of_its_name(nlp, text, law):
    assert law in mentions(nlp, text, "Law")


@pytest.mark.parametrize("text", [
    "In 2015 law enforcement officers searched his flat.",
    "The group was banned under a 2012 law.",
], ids=["law-enforcement", "indefinite"])
def test_a_year_near_a_law_word_makes_no_dated_law(nlp, text):
    assert not [m for m in mentions(nlp, text, "Law") if m[:1].isdigit()]


@pytest.mark.parametrize("text, law", [
    ("In June 2014 parliament passed amendments to that law letting the ministry list organisations.", "amendments"),
    ("Federal Law No. 255-FZ took effect on Thursday. The law bars foreign agents from teaching children. The "
     "accompanying amendments to the Code of Administrative Offenses raise the fines.", "amendments"),
    ("The bill passed quickly.", "bill"),
    ("On December 27 President Vladimir Putin signed a law that moves a first offence into the Code of "
     "Administrative Offenses; only a person who repeats the offence within a year can be prosecuted.",
     "law that moves a first offence into the Code of Administrative Offenses"),
], ids=["to-that-law", "after-a-named-law", "bill-passed", "modal-in-another-clause"])
def test_laws_spoken_of_after_other_laws(nlp, text, law):
    assert law in mentions(nlp, text, "Law")


# --- provisions and instruments: ordinal parts, protocols, the ECHR's name for the extremism law -------------

@pytest.mark.parametrize("text, provision, key", [
    ("Convictions under the first part of Article 282 should almost disappear.", "first part of Article 282",
     "ru-cc/282/part-1"),
    ("He was charged under the second part of Article 280.3 of the Criminal Code.",
     "second part of Article 280.3 of the Criminal Code", "ru-cc/280.3/part-2"),
    ("The court found a breach of Article 1 of Protocol No. 1, which protects property.",
     "Article 1 of Protocol No. 1", "echr/p1-1"),
    ("He was charged under Part 3 of Criminal Code Article 212.", "Part 3 of Criminal Code Article 212",
     "ru-cc/212/part-3"),
    ("He was fined under Art. 20.3.3 of the CAO.", "Art. 20.3.3 of the CAO", "ru-coao/20.3.3"),
], ids=["first-part", "second-part-of-code", "protocol", "part-before-code-first", "cao"])
def test_provisions_named_by_ordinal_part_or_protocol(nlp, text, provision, key):
    found = {text[c.start:c.end]: c.key for c in nlp(text)._.kg_mentions if c.type == "LegalProvision"}
    assert found.get(provision) == key, found


@pytest.mark.parametrize("text, law", [
    ("The court found a breach of Article 1 of Protocol No. 1, which protects property.", "Protocol No. 1"),
    ("The ruling, which relied on the Suppression of Extremism Act, was upheld.", "Suppression of Extremism Act"),
], ids=["protocol", "echr-name-of-114-fz"])
def test_instruments_under_their_usual_names_are_laws(nlp, text, law):
    assert law in mentions(nlp, text, "Law")


def test_the_first_part_of_an_article_alone_is_no_provision(nlp):
    assert mentions(nlp, "The first part of the article deals with definitions.", "LegalProvision") == []


@pytest.mark.parametrize("text, ruling", [
    ("A Moscow court sentenced Marina Ivanova to eight years. She was tried in absentia. Prosecutors called the "
     "posts fakes. Her lawyer said the defence would appeal. Ivanova said she did not recognise the sentence.",
     "sentence"),
    ("The Moscow Arbitration Court ordered Google to restore the channel, setting a daily penalty that doubles "
     "every week the order is ignored.", "order"),
], ids=["sentence-paragraphs-later", "order-after-ordered"])
def test_a_ruling_told_earlier_by_its_verb(nlp, text, ruling):
    assert ruling in mentions(nlp, text, "Ruling")


def test_an_order_only_asked_for_is_no_ruling(nlp):
    text = "Prosecutors asked the court to order the site blocked, but the order never came."
    assert "order" not in mentions(nlp, text, "Ruling")


@pytest.mark.parametrize("text, kind, name", [
    ("Presidential Decree No. 1102 came into force.", "Ruling", "Presidential Decree"),
    ("A Justice Ministry order added the outlet to the register.", "Ruling", "Justice Ministry order"),
    ('The law on the "sovereign internet" took effect in November 2019.', "Law", 'law on the "sovereign internet"'),
    ("The legislation was signed by Putin in July 2017.", "Law", "legislation"),
    ("Under a law adopted in 2019, internet providers must install filtering equipment.", "Law", "law"),
    ("A new law that took effect on Monday bans the propaganda of childlessness.", "Law", "law"),
], ids=["capitalised-numbered-decree", "whole-issuer-name", "law-on-the-quoted", "legislation-signed",
        "participle-under-modal-clause", "a-law-that-took-effect"])
def test_more_wordings_of_rulings_and_laws(nlp, text, kind, name):
    assert name in mentions(nlp, text, kind)


@pytest.mark.parametrize("text", [
    "A law that would ban VPNs was debated.",
    "Federal Law No. 90-FZ took effect in November. Putin signed the law in May.",
], ids=["would", "named-before"])
def test_a_law_only_proposed_or_named_before_gets_no_new_node(nlp, text):
    assert "law" not in mentions(nlp, text, "Law")
