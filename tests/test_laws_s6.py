"""Laws the press identifies without a proper name, and who issued them and what they concern: "the new legislation
on undesirable organisations", "the 2012 amendments", "the constitutional amendments", "the anti-piracy law", "the law
against Apple", "a law expanding the definition of treason" (read even when the parser hangs the participle
elsewhere), "a package of laws tightening ...", "The Duma passed and Putin signed the law", "<law> was first applied
to <Org>". Each shape is read from several passages of our own through the real model, with near misses (generic
laws, laws only proposed or asked for, fields of law) that must make no Law or no fact."""

from __future__ import annotations

import pytest

from tests.sentences import concerns, entities, extraction, has, holds, kinds


def laws(nlp, lexicon, text: str) -> set[str]:
    """Every name (label and surface form) of the Law entities extracted from the text, lower-cased."""
    return {n.lower() for e in extraction(nlp, lexicon, text).entities if e.type == "Law" for n in (e.label, *e.forms)}


def law_named(nlp, lexicon, text: str, name: str) -> bool:
    return name.lower() in laws(nlp, lexicon, text)


def law_with(nlp, lexicon, text: str, word: str) -> bool:
    return any(word.lower() in n for n in laws(nlp, lexicon, text))


# --- "the law/bill/legislation on <subject>" -------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The new legislation on undesirable organisations allows prosecutors to ban foreign NGOs without a court "
     "order. The Open Society Foundations was the first target.", "legislation on undesirable organisations"),
    ("The Duma passed the bill on foreign agents in its third reading on Thursday. Only five deputies voted "
     "against.", "bill on foreign agents"),
    ("The Bashkortostan State Assembly passed a law on the protection of the Bashkir language last year. "
     "Activists welcomed it.", "law on the protection of the Bashkir language"),
    ("The bill on the Russian internet was tabled by Andrei Klishas in December 2018. It passed in April.",
     "bill on the Russian internet"),
    ("The law on the landing of IT companies obliges Google and Apple to open Russian offices.",
     "law on the landing of IT companies"),
], ids=["legislation-on", "bill-on", "of-the-proper-adjective", "russian-internet", "of-IT-companies"])
def test_a_law_bill_or_legislation_on_a_subject_is_a_law(nlp, lexicon, text, name):
    assert law_named(nlp, lexicon, text, name)


def test_a_bill_on_a_subject_is_what_the_duma_passed(nlp, lexicon):
    found = kinds(nlp, lexicon, "The State Duma passed the bill on foreign agents in its third reading in July.")
    assert holds(found, "State Duma", "issued", "bill on foreign agents")


@pytest.mark.parametrize("text", [
    "Memorial asked the Duma to adopt a law on the rehabilitation of victims of torture. The request was ignored.",
    "The ministry plans to draft a bill on the registration of bloggers. A draft is expected in the autumn.",
    "Some deputies proposed a law on foreign words in shop signs. It never reached a vote.",
], ids=["asked-for", "planned", "proposed-in-passing"])
def test_a_law_on_a_subject_only_asked_for_planned_or_proposed_is_none(nlp, lexicon, text):
    assert not law_with(nlp, lexicon, text, "law on") and not law_with(nlp, lexicon, text, "bill on")


@pytest.mark.parametrize("text, name", [
    ("Critics say the new legislation on foreign agents will silence independent journalists. The Duma adopted "
     "it in a day.", "legislation on foreign agents"),
    ("A new law on the protection of state secrets will take effect in January. Journalists fear more treason "
     "cases.", "law on the protection of state secrets"),
    ("The law on the register of bloggers will come into force on September 1. Roskomnadzor keeps the register.",
     "law on the register of bloggers"),
], ids=["will-silence", "will-take-effect", "will-come-into-force"])
def test_what_a_passed_law_will_do_does_not_make_it_a_plan(nlp, lexicon, text, name):
    assert law_named(nlp, lexicon, text, name)


def test_a_law_that_will_be_adopted_is_still_a_plan(nlp, lexicon):
    text = "The law on foreign influence will be adopted in the autumn, Volodin said. Its text is secret."
    assert not law_with(nlp, lexicon, text, "law on foreign influence")


# --- a law determined by its year, and the constitutional amendments ------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The 2012 amendments widened the definition of treason in Article 275 of the Criminal Code. Lawyers were "
     "alarmed.", "2012 amendments"),
    ("Since the 2022 amendments, discrediting the army twice in a year is a crime. Hundreds have been fined.",
     "2022 amendments"),
    ("The Duma passed the 2013 amendments in June. They raised the penalties for offending believers.",
     "2013 amendments"),
    ("A 2016 law was adopted that added Article 212.1 to the Criminal Code.",
     "2016 law"),
    ("The July 2012 law obliged NGOs to register as foreign agents.", "July 2012 law"),
    ("Putin signed the December 2012 law within a week.", "December 2012 law"),
    ("The April 2023 amendments raised the maximum term to seven years.", "April 2023 amendments"),
], ids=["widened", "since", "passed", "a-year-law", "month-year-law", "signed-month-year", "month-amendments"])
def test_amendments_or_a_law_named_by_their_year_are_a_law(nlp, lexicon, text, name):
    assert law_named(nlp, lexicon, text, name)


def test_an_indefinite_dated_law_only_cited_is_none(nlp, lexicon):
    assert not law_with(nlp, lexicon, "The group was banned under a July 2012 law.", "2012 law")


def test_year_amendments_reshape_the_provision(nlp, lexicon):
    text = "The 2012 amendments widened the definition of treason in Article 275 of the Criminal Code."
    assert concerns(kinds(nlp, lexicon, text), "2012 amendments", "Article 275")


@pytest.mark.parametrize("text", [
    "The constitutional amendments adopted in 2020 allowed Vladimir Putin to run for two more terms.",
    "Putin signed an executive order on the constitutional amendments in March 2020.",
    "The 2020 constitutional amendments define marriage as a union of a man and a woman.",
], ids=["adopted", "order-on", "dated"])
def test_the_constitutional_amendments_are_a_law(nlp, lexicon, text):
    assert law_with(nlp, lexicon, text, "constitutional amendments")


@pytest.mark.parametrize("text", [
    "Any amendment to the constitution must be approved by two thirds of the Duma. None is planned.",
    "The amendments may be adopted later this year, Klishas said. Their text is still being drafted.",
    "Constitutional amendments are rare in Russia, lawyers say.",
], ids=["any-amendment", "may-be-adopted", "generic-plural"])
def test_amendments_only_hypothetical_or_generic_are_no_law(nlp, lexicon, text):
    assert not law_with(nlp, lexicon, text, "amendment")


# --- a law called by its topic: compounds and "anti-" ---------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The anti-LGBT law adopted in 2023 extended the propaganda ban to adults.", "anti-LGBT law"),
    ("The anti-corruption law signed in 2008 obliges officials to declare their income.", "anti-corruption law"),
    ("The gender transition law signed in July bans changing one's sex in official documents.",
     "gender transition law"),
    ("The new anti-piracy law lets courts block mirror sites for good.", "anti-piracy law"),
], ids=["anti-LGBT", "anti-corruption", "two-compounds", "anti-piracy"])
def test_a_law_called_by_its_topic_is_a_law(nlp, lexicon, text, name):
    assert law_named(nlp, lexicon, text, name)


@pytest.mark.parametrize("text, word", [
    ("The lawyer cited ECHR case law on freedom of expression. The court ignored it.", "case law"),
    ("Experts in criminal law criticised the verdict. The Moscow City Court upheld it.", "criminal law"),
    ("He holds a law degree from Kazan Federal University.", "law degree"),
    ("A law student from Ufa was detained for a post about the war.", "law student"),
    ("Putin declared martial law in four annexed regions in October 2022.", "martial law"),
], ids=["case-law", "criminal-law", "law-degree", "law-student", "martial-law"])
def test_fields_of_law_and_law_as_a_modifier_are_no_law(nlp, lexicon, text, word):
    assert not law_with(nlp, lexicon, text, word)


# --- "a law that made ...": the clause is part of the name -----------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("A law that made the repeated violation of protest rules a crime was adopted in 2014.",
     "law that made the repeated violation of protest rules"),
    ("A law that allowed the government to designate individuals as foreign agents came into force in 2019.",
     "law that allowed the government to designate individuals as foreign agents"),
    ("The legislation that made the wearing of Navalny's symbols an offence took effect in June 2021.",
     "legislation that made the wearing of navalny's symbols"),
], ids=["made", "allowed", "legislation-made"])
def test_a_law_named_by_what_it_did_carries_the_clause(nlp, lexicon, text, name):
    names = laws(nlp, lexicon, text)
    assert any(n.startswith(name.lower()) for n in names)


# --- the participle right after a law noun, however the parser hangs it ---------------------------------------

@pytest.mark.parametrize("text, name, actor", [
    ("On 14 July 2022 Vladimir Putin signed a law expanding the definition of treason.",
     "law expanding the definition of treason", "Putin"),
    ("The Duma passed a law criminalising 'discreditation' of the army on March 4, 2022.",
     "law criminalising 'discreditation' of the army", "Duma"),
    ("Adopted by the Duma in 2013, the law banning 'gay propaganda' among minors was challenged at the ECHR.",
     "law banning 'gay propaganda' among minors", "Duma"),
], ids=["advcl", "amod", "clausal-subject"])
def test_a_participle_after_a_law_noun_describes_the_law(nlp, lexicon, text, name, actor):
    assert law_named(nlp, lexicon, text, name)
    assert holds(kinds(nlp, lexicon, text), actor, "issued", name.split()[1])


def test_amendments_to_a_law_letting_are_not_that_law_letting(nlp, lexicon):
    text = ("The 2012 law on foreign agents came into force in November. In June 2014 parliament passed amendments "
            "to that law letting the ministry list organisations on its own initiative.")
    assert not law_with(nlp, lexicon, text, "law letting")


@pytest.mark.parametrize("text, name", [
    ("Putin signed a package of laws tightening control over the internet on Monday.",
     "package of laws tightening control over the internet"),
    ("The package of anti-terror laws signed by Putin in July 2016 requires telecoms to store messages.",
     "package of anti-terror laws"),
    ("The Duma adopted a package of bills restricting the work of foreign agents.",
     "package of bills restricting the work of foreign agents"),
], ids=["tightening", "signed-by", "restricting"])
def test_a_package_of_laws_is_one_law(nlp, lexicon, text, name):
    assert law_named(nlp, lexicon, text, name)


def test_a_package_signed_by_the_president_was_signed_by_him(nlp, lexicon):
    text = "The package of anti-terror laws signed by Putin in July 2016 requires telecoms to store messages."
    assert holds(kinds(nlp, lexicon, text), "Putin", "issued", "package of anti-terror laws")


# --- "the law against Apple" and a law applied to someone -----------------------------------------------------

@pytest.mark.parametrize("text, name, target", [
    ("The law against Apple requires smartphones to come with Russian apps preinstalled. Apple complied in 2021.",
     "law against Apple", "Apple"),
    ("The Duma passed a law against Meduza in 2021, the outlet's editors said.", "law against Meduza", "Meduza"),
    ("The law against Memorial took effect in 2012, and the group was listed within weeks.",
     "law against Memorial", "Memorial"),
], ids=["apple", "meduza", "memorial"])
def test_a_law_against_an_organisation_targets_it(nlp, lexicon, text, name, target):
    assert law_named(nlp, lexicon, text, name)
    assert concerns(kinds(nlp, lexicon, text), name, target)


def test_a_law_against_a_common_noun_is_a_law_that_targets_no_one(nlp, lexicon):
    text = "The Duma passed a law against foreign agents in 2012. Memorial refused to register."
    assert law_named(nlp, lexicon, text, "law against foreign agents")
    assert not concerns(kinds(nlp, lexicon, text), "law against", "Memorial")


@pytest.mark.parametrize("text, law, target", [
    ("The law on undesirable organisations was first applied to the National Endowment for Democracy in July 2015.",
     "undesirable", "National Endowment"),
    ("Prosecutors applied the Yarovaya law to the Salvation Army in 2017.", "Yarovaya", "Salvation Army"),
    ("The Yarovaya law, first applied to Jehovah's Witnesses in 2016, restricts missionary work.", "Yarovaya",
     "Jehovah"),
], ids=["passive", "active", "participle"])
def test_a_law_applied_to_someone_applies_to_them(nlp, lexicon, text, law, target):
    assert concerns(kinds(nlp, lexicon, text), law, target)


@pytest.mark.parametrize("text", [
    "The law on undesirable organisations could be applied to the National Endowment for Democracy, lawyers warned.",
    "The law on undesirable organisations was not applied to the National Endowment for Democracy.",
    "The National Endowment for Democracy applied to the court against the law on undesirable organisations.",
], ids=["could", "negated", "the-org-applied"])
def test_a_law_not_applied_applies_to_no_one(nlp, lexicon, text):
    assert not concerns(kinds(nlp, lexicon, text), "undesirable", "National Endowment")


# --- who issued it: coordinated clauses sharing the law, 'enacted', a misread subject -------------------------

@pytest.mark.parametrize("text, first, second, law", [
    ("The Duma passed and Putin signed the law on foreign agents in July 2012.", "Duma", "Putin", "foreign agents"),
    ("The State Duma adopted, and the Federation Council approved, the law on fakes in March 2022.", "State Duma",
     "Federation Council", "fake"),
    ("The Federation Council approved and Putin signed the Yarovaya law within a week.", "Federation Council",
     "Putin", "Yarovaya"),
], ids=["passed-signed", "adopted-approved", "approved-signed"])
def test_two_coordinated_issuers_share_the_law(nlp, lexicon, text, first, second, law):
    found = kinds(nlp, lexicon, text)
    assert holds(found, first, "issued", law) and holds(found, second, "issued", law)


@pytest.mark.parametrize("text", [
    "In 2019 the State Duma adopted, the Federation Council approved and President Vladimir Putin signed the law on "
    "the sovereign internet.",
    "The State Duma passed, the Federation Council approved and Putin signed, all within a single week, a law on fakes "
    "about the army.",
], ids=["three-clauses", "three-clauses-interrupted"])
def test_three_clauses_joined_by_a_comma_and_and_share_the_law(nlp, lexicon, text):
    found = kinds(nlp, lexicon, text)
    assert all(holds(found, body, "issued", "law") for body in ("State Duma", "Federation Council", "Putin"))


def test_a_comma_joined_clause_that_only_debated_issues_nothing(nlp, lexicon):
    found = kinds(nlp, lexicon, "The State Duma debated, the Federation Council approved and Putin signed the law on "
                                "the sovereign internet.")
    assert holds(found, "Putin", "issued", "law") and not holds(found, "State Duma", "issued", "law")


def test_a_speaker_between_the_commas_issues_nothing(nlp, lexicon):
    found = kinds(nlp, lexicon, "The State Duma passed, the Kremlin said, a law on the sovereign internet.")
    assert holds(found, "State Duma", "issued", "law") and not holds(found, "Kremlin", "issued", "law")


@pytest.mark.parametrize("text", [
    "The Duma did not pass, and Putin did not sign, the law on foreign agents.",
    "The Duma passed and Putin will sign the law on foreign agents next week.",
    "The Duma debated and Putin signed the law on foreign agents in July 2012.",
], ids=["negated", "future-second", "debated"])
def test_a_first_verb_that_issues_nothing_shares_nothing(nlp, lexicon, text):
    assert not holds(kinds(nlp, lexicon, text), "Duma", "issued", "law")


@pytest.mark.parametrize("text, actor", [
    ("The legislation was enacted by the Duma in 2019 despite protests.", "Duma"),
    ("The bill was enacted by the State Duma in a single day.", "State Duma"),
], ids=["legislation", "bill"])
def test_an_enacted_bill_was_issued_by_its_legislature(nlp, lexicon, text, actor):
    assert holds(kinds(nlp, lexicon, text), actor, "issued", "")


# --- near misses: generic laws and the law as the legal order --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Russian laws on extremism are vague, rights groups say.",
    "Legislation in Russia has grown more repressive since 2012, the report says.",
    "Nobody is above the law, Putin said. The rule of law must be respected.",
    "Under Russian law, foreign agents must label all their publications.",
    "By law, the Justice Ministry must publish the register every Friday.",
    "Law enforcement officers detained twelve people at the rally.",
    "Putin signed several laws on Friday, the Kremlin said.",
    "The restaurant bill came to 30,000 rubles, investigators said.",
], ids=["laws-on", "legislation", "above-the-law", "under-russian-law", "by-law", "law-enforcement", "several-laws",
        "restaurant-bill"])
def test_generic_laws_are_no_law(nlp, lexicon, text):
    assert not any(kind == "Law" for _, kind in entities(nlp, lexicon, text))


def test_a_law_the_duma_could_pass_is_not_passed(nlp, lexicon):
    text = "The Duma could pass a law banning Telegram, a deputy warned."
    assert not law_with(nlp, lexicon, text, "law banning")
    assert not has(kinds(nlp, lexicon, text), "State Duma", "issued", "law")


# --- a law that changes the penalties a provision sets amends it ----------------------------------------------

@pytest.mark.parametrize("text, law, provision", [
    ("Putin signed a law raising fines under Article 20.2 of the Code of Administrative Offenses.", "law raising",
     "Article 20.2"),
    ("The Duma passed a law toughening penalties under Article 212.1 of the Criminal Code.", "law toughening",
     "Article 212.1"),
    ("Putin signed Federal Law No. 65-FZ in June 2012. The law raised fines under Article 20.2 of the Code of "
     "Administrative Offenses.", "65-FZ", "Article 20.2"),
], ids=["raising", "toughening", "raised"])
def test_a_law_changing_the_penalties_of_a_provision_amends_it(nlp, lexicon, text, law, provision):
    assert concerns(kinds(nlp, lexicon, text), law, provision)


@pytest.mark.parametrize("text", [
    "Putin signed Federal Law No. 65-FZ in June 2012. The law did not raise fines under Article 20.2 of the Code of "
    "Administrative Offenses.",
    "Putin signed Federal Law No. 65-FZ in June 2012. Courts raised fines under Article 20.2 of the Code of "
    "Administrative Offenses.",
], ids=["negated", "courts-raised"])
def test_penalties_not_changed_by_the_law_amend_nothing(nlp, lexicon, text):
    assert not concerns(kinds(nlp, lexicon, text), "65-FZ", "Article 20.2")


# --- an act called after an acronym (ECHR summaries) ----------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The NGO Act, as amended in 2012, obliged the applicant organisations to register as 'foreign agents'.",
     "NGO Act"),
    ("The Government argued that the interference was prescribed by the FSB Act.", "FSB Act"),
    ("US officials cited the USA PATRIOT Act in their reply.", "USA PATRIOT Act"),
], ids=["ngo-act", "fsb-act", "patriot-act"])
def test_an_act_called_after_an_acronym_is_a_law(nlp, lexicon, text, name):
    assert law_named(nlp, lexicon, text, name)


@pytest.mark.parametrize("text", [
    "The OMON officers act quickly, the MVD said.",
    "The FSB will act on the complaint, its press office said.",
], ids=["verb-after-acronym", "will-act"])
def test_an_acronym_before_the_verb_act_is_no_law(nlp, lexicon, text):
    assert not any(kind == "Law" for _, kind in entities(nlp, lexicon, text))


# --- a past clause of time tells an act that happened, whatever the main verb -----------------------------------

@pytest.mark.parametrize("text, actor, law", [
    ("After the Duma passed the Yarovaya law in June 2016, Edward Snowden called it dangerous.", "Duma", "Yarovaya"),
    ("When Putin signed the law on foreign agents in 2012, Memorial refused to register.", "Putin", "foreign agents"),
    ("Rights groups urged Putin not to sign the law on foreign agents after the Duma passed it.", "Duma",
     "foreign agents"),
    ("Once the Duma had adopted the law on fakes, Meduza demanded its repeal.", "Duma", "fake"),
], ids=["after-called", "when-refused", "urged-after", "once-had"])
def test_an_issuing_clause_of_time_is_asserted(nlp, lexicon, text, actor, law):
    assert holds(kinds(nlp, lexicon, text), actor, "issued", law)


@pytest.mark.parametrize("text", [
    "Putin will sign the law on fakes after the Duma approves it next week.",
    "Volodin demanded a new vote after the Duma failed to pass the law on fakes.",
    "Meduza demanded a repeal before the Duma could pass the law on fakes.",
], ids=["present-tense", "failed-to", "could"])
def test_a_clause_of_time_not_told_as_done_issues_nothing(nlp, lexicon, text):
    assert not holds(kinds(nlp, lexicon, text), "Duma", "issued", "fake")


# --- amendments named after the code they amend ---------------------------------------------------------------

@pytest.mark.parametrize("text, name, code", [
    ("The Criminal Code amendments passed in April set life terms for treason.", "Criminal Code amendments",
     "Criminal Code"),
    ("Putin signed the Administrative Code amendments on Friday.", "Administrative Code amendments",
     "Administrative Offenses"),
    ("Critics say the 2022 Criminal Code amendments were written in a week.", "Criminal Code amendments",
     "Criminal Code"),
], ids=["criminal", "administrative", "dated"])
def test_amendments_named_after_a_code_amend_it(nlp, lexicon, text, name, code):
    assert law_with(nlp, lexicon, text, name)
    assert concerns(kinds(nlp, lexicon, text), name, code)


@pytest.mark.parametrize("text", [
    "The Yarovaya amendments were passed in 2016.",
    "Any Criminal Code amendments need a government review.",
], ids=["named-law-not-code", "any"])
def test_amendments_after_no_code_or_undetermined_amend_no_code(nlp, lexicon, text):
    assert not any(k == "concerns" for _, k, _ in kinds(nlp, lexicon, text))


# --- laws coordinated with the one signed or passed ------------------------------------------------------------

@pytest.mark.parametrize("text, actor, law", [
    ("Putin signed the law on fakes and the law on discrediting the army on March 4.", "Putin", "32-FZ"),
    ("Putin signed the law on fakes and the Yarovaya law in the same week.", "Putin", "Yarovaya"),
    ("The Duma passed the law on fakes, the law on foreign agents and the law on undesirable organisations.",
     "Duma", "undesirable"),
], ids=["two-laws-on", "named-second", "three"])
def test_laws_coordinated_with_the_object_were_issued_too(nlp, lexicon, text, actor, law):
    assert holds(kinds(nlp, lexicon, text), actor, "issued", law)


@pytest.mark.parametrize("text", [
    "Putin signed the law on fakes and criticised the Yarovaya law.",
    "Putin signed the law on fakes; Memorial had challenged the Yarovaya law.",
], ids=["second-verb", "another-clause"])
def test_a_law_of_another_verb_was_not_issued_with_the_object(nlp, lexicon, text):
    assert not holds(kinds(nlp, lexicon, text), "Putin", "issued", "Yarovaya")


# --- amendments an issuing verb takes, described by what they do; a law only needed ---------------------------

@pytest.mark.parametrize("text, name, actor", [
    ("Putin signed amendments restricting the work of foreign media in Russia.",
     "amendments restricting the work of foreign media", "Putin"),
    ("The Duma passed amendments banning the sale of SIM cards to foreigners.",
     "amendments banning the sale of sim cards to foreigners", "Duma"),
    ("The Federation Council approved amendments allowing the FSB to run its own jails.",
     "amendments allowing the fsb to run its own jails", "Federation Council"),
], ids=["restricting", "banning", "allowing"])
def test_amendments_described_by_what_they_do_are_a_law(nlp, lexicon, text, name, actor):
    assert any(n.startswith(name.lower()) for n in laws(nlp, lexicon, text))
    assert holds(kinds(nlp, lexicon, text), actor, "issued", "amendments")


@pytest.mark.parametrize("text", [
    "Russia needs a law protecting journalists, the union said.",
    "Several amendments restricting foreign media are being discussed.",
], ids=["needs", "plural-discussed"])
def test_a_law_only_needed_or_amendments_only_discussed_are_none(nlp, lexicon, text):
    assert not law_with(nlp, lexicon, text, "protecting") and not law_with(nlp, lexicon, text, "restricting")


# --- a law named by its passing: its label says which law it is --------------------------------------------------

def law_entities(nlp, lexicon, text: str):
    return [e for e in extraction(nlp, lexicon, text).entities if e.type == "Law"]


@pytest.mark.parametrize("text, label, forms", [
    ("That provision was inserted by a law signed in December 2013.", "law signed in December 2013", []),
    ("Search engines face fines under a law signed in June 2018, which introduced fines under Article 13.40 of the "
     "Code of Administrative Offenses.", "law signed in June 2018", []),
    ("The groups were refused under a federal law signed by President Vladimir Putin in June 2013.",
     "federal law signed by President Vladimir Putin in June 2013",
     ["law signed by President Vladimir Putin in June 2013", "federal law"]),
    ("The block relied on a law adopted in July 2012 that created a register of banned sites.",
     "law adopted in July 2012", []),
], ids=["signed-in", "signed-in-then-which", "federal-signed-by", "adopted-then-that"])
def test_a_law_named_by_its_passing_is_labelled_with_it(nlp, lexicon, text, label, forms):
    (law,) = [e for e in law_entities(nlp, lexicon, text) if "Code" not in e.label]
    assert law.label == label
    assert set(forms) <= set(law.forms)


def test_two_laws_named_by_their_passing_stay_two(nlp, lexicon):
    text = ("The register was created by a law adopted in July 2012. A law passed in 2017 banned anonymisers, and "
            "a law signed in June 2018 fined search engines.")
    labels = sorted(e.label for e in law_entities(nlp, lexicon, text))
    assert labels == ["law adopted in July 2012", "law passed in 2017", "law signed in June 2018"]


# --- amendments to a named law: the whole phrase is a name of the amendments too --------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("The register was created under 2012 amendments to the law on non-commercial organisations, which oblige "
     "groups to carry the label.", "2012 amendments to the law on non-commercial organisations"),
    ("Putin signed amendments to the Criminal Code in July.", "amendments to the Criminal Code"),
], ids=["year-amendments-to-a-law-on", "amendments-to-a-code"])
def test_amendments_to_a_law_carry_the_whole_phrase_as_a_form(nlp, lexicon, text, phrase):
    ex = extraction(nlp, lexicon, text)
    amendments = [e for e in ex.entities if e.type == "Law" and "amendments" in e.label]
    assert len(amendments) == 1 and phrase in (amendments[0].label, *amendments[0].forms)
    assert any(e.type == "Law" and "amendments" not in e.label for e in ex.entities)  # the amended law stays apart


# --- a law picked out by what it did to a provision; the modified noun as a further form --------------------------

@pytest.mark.parametrize("text", [
    "Until 2012 treason was narrowly defined. The legislation rewrote Article 275 of the Criminal Code.",
    "In March 2023 further amendments widened Article 207.3 of the Criminal Code again.",
], ids=["legislation-rewrote", "further-amendments-widened"])
def test_a_law_noun_that_changed_a_provision_is_a_law(nlp, lexicon, text):
    assert any("criminal code" not in name for name in laws(nlp, lexicon, text))


@pytest.mark.parametrize("text", [
    "The bill would widen Article 275 of the Criminal Code.",
    "The law did not change Article 280 of the Criminal Code.",
], ids=["modal", "negated"])
def test_a_law_noun_that_would_or_did_not_change_a_provision_is_none(nlp, lexicon, text):
    assert not any("criminal code" not in name for name in laws(nlp, lexicon, text))


def test_a_definite_law_noun_after_a_named_law_is_that_law(nlp, lexicon):
    text = "In 2016 the Duma passed the Yarovaya law. The law introduced Article 205.6 of the Criminal Code."
    assert "law" not in laws(nlp, lexicon, text)


def test_an_ordinal_law_carries_the_modified_noun_as_a_form(nlp, lexicon):
    ex = extraction(nlp, lexicon, "On 25 March Putin signed a second law that extended the ban to state bodies abroad.")
    assert any("second law" in e.forms for e in ex.entities if e.type == "Law")


def test_a_law_that_rewrote_a_provision_amends_it(nlp, lexicon):
    found = kinds(nlp, lexicon, "Until 2012 treason was narrowly defined. The legislation rewrote Article 275 of the "
                                "Criminal Code.")
    assert holds(found, "legislation", "concerns", "Article 275")


def test_a_measure_passed_and_signed_is_a_law_its_issuers_issued(nlp, lexicon):
    found = kinds(nlp, lexicon, "The measure was passed by the State Duma on July 21, 2017 and signed by President "
                                "Vladimir Putin on July 29, 2017.")
    assert holds(found, "State Duma", "issued", "measure") and holds(found, "Putin", "issued", "measure")


@pytest.mark.parametrize("text", [
    "The court approved the measure of restraint.",
    "Lawmakers backed the measure in a first vote.",
], ids=["restraint", "backed"])
def test_a_measure_only_approved_or_backed_is_no_law(nlp, lexicon, text):
    assert "measure" not in laws(nlp, lexicon, text)


def test_a_further_form_names_a_law_but_does_not_key_it(nlp, lexicon):
    ex = extraction(nlp, lexicon, "Putin signed amendments to the Criminal Code in July. On 25 March he signed a "
                                  "second law that extended the ban to state bodies abroad.")
    described = {e.label: e for e in ex.entities if e.type == "Law" and "Criminal Code" not in e.label}
    assert "amendments" in described and "amendments to the Criminal Code" in described["amendments"].forms
    assert all(not e.ref.lower().endswith("second law") for e in described.values())
