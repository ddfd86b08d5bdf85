"""Entities news copy of this field names that kg used to miss, read through the real model from sentences of our
own: units and regional branches of known bodies and courts (and their partOf link to the body), provisions of named
federal laws, laws named by a quoted topic, movements and foreign organisations, short and long forms of one name, a
name typed by the kind noun next to it, and state bodies overseen by others; with the near misses that must stay
silent (a press service, a building, a plenum, a person described by a job)."""

from __future__ import annotations

import pytest

from kg.lexicon import fold
from kg.vocab import base_of
from sentences import extraction


def found(nlp, lexicon, text: str):
    """(entities, relations) of the text: entities as (type, folded forms and label)."""
    ex = extraction(nlp, lexicon, text)
    names = {e.key: (e.type, {fold(e.label), *(fold(f) for f in e.forms)}) for e in ex.entities}
    return names, ex.relations


def typed(names, surface: str, kind: str) -> bool:
    return any(kind == t and fold(surface) in forms for t, forms in names.values())


def linked(names, relations, subject: str, base: str, obj: str) -> bool:
    subjects = {k for k, (_, forms) in names.items() if fold(subject) in forms}
    objects = {k for k, (_, forms) in names.items() if fold(obj) in forms}
    return any(r.subject in subjects and base_of(r.predicate) == base and r.object in objects for r in relations)


@pytest.mark.parametrize("text, unit, body", [
    ("The Investigative Committee's department for the Vologda region opened a criminal case against the blogger.",
     "Investigative Committee's department for the Vologda region", "Investigative Committee"),
    ("The FSB directorate for Crimea said the man had been detained in Simferopol.", "FSB directorate for Crimea",
     "FSB"),
    ("The Roskomnadzor office for the Tomsk region sent the newspaper a warning.",
     "Roskomnadzor office for the Tomsk region", "Roskomnadzor"),
    ("The Federal Security Service directorate for the Republic of Tatarstan opened a treason case.",
     "Federal Security Service directorate for the Republic of Tatarstan", "Federal Security Service"),
    ("The Investigative Committee's branch in Bashkortostan said the case had been sent to court.",
     "Investigative Committee's branch in Bashkortostan", "Investigative Committee"),
    ("The Rosgvardia department in Moscow dispersed the picket.", "Rosgvardia department in Moscow", "Rosgvardia"),
    ("The Investigative Committee's Tatarstan department charged him with justifying terrorism.",
     "Investigative Committee's Tatarstan department", "Investigative Committee"),
    ("The FSB's Moscow directorate accused him of treason.", "FSB's Moscow directorate", "FSB"),
    ("The Kursk region FSB directorate reported the detention of a saboteur.", "Kursk region FSB directorate", "FSB"),
    ("The Novosibirsk FSB directorate said the student had sent money to Ukraine.", "Novosibirsk FSB directorate",
     "FSB"),
    ("The Primorye branch of the Investigative Committee opened a case.",
     "Primorye branch of the Investigative Committee", "Investigative Committee"),
    ("The Krasnoyarsk branch of the FSB said it had foiled an attack.", "Krasnoyarsk branch of the FSB", "FSB"),
], ids=["department-for-region", "directorate-for-crimea", "office-for-region", "republic-of", "branch-in",
        "no-possessive-in", "possessive-place-department", "possessive-city-directorate", "region-before-body",
        "city-before-body", "place-branch-of-known", "place-branch-of-fsb"])
def test_a_regional_branch_of_a_known_body_is_a_body_of_its_own_and_part_of_it(nlp, lexicon, text, unit, body):
    names, relations = found(nlp, lexicon, text)
    assert typed(names, unit, "GovernmentBody")
    assert typed(names, body, "GovernmentBody")  # the body stays a mention of its own
    assert linked(names, relations, unit, "partOf", body)


@pytest.mark.parametrize("text, unit, body", [
    ("The presidium of the Moscow City Court overturned the sentence.", "presidium of the Moscow City Court",
     "Moscow City Court"),
    ("The Military Collegium of the Supreme Court heard the appeal in closed session.",
     "Military Collegium of the Supreme Court", "Supreme Court"),
    ("The Judicial Collegium for Administrative Cases of the Supreme Court upheld the liquidation.",
     "Judicial Collegium for Administrative Cases of the Supreme Court", "Supreme Court"),
    ("The cassation panel of the First Court of Cassation upheld the conviction.",
     "cassation panel of the First Court of Cassation", "First Court of Cassation"),
    ("The Supreme Court's Judicial Collegium for Criminal Cases reduced the sentence.",
     "Supreme Court's Judicial Collegium for Criminal Cases", "Supreme Court"),
], ids=["presidium-of", "military-collegium", "collegium-for-cases-of", "panel-of-pattern-court",
        "possessive-collegium-for"])
def test_a_courts_presidium_collegium_or_panel_is_a_court_and_part_of_it(nlp, lexicon, text, unit, body):
    names, relations = found(nlp, lexicon, text)
    assert typed(names, unit, "Court")
    assert linked(names, relations, unit, "partOf", body)


@pytest.mark.parametrize("text, unit, body", [
    ("The Kremlin's domestic policy directorate drew up the list.", "Kremlin's domestic policy directorate",
     "Kremlin"),
    ("The Presidential Administration's internal policy department oversees the campaign.",
     "Presidential Administration's internal policy department", "Presidential Administration"),
    ("The Investigative Committee's Main Investigative Directorate took over the case.",
     "Investigative Committee's Main Investigative Directorate", "Investigative Committee"),
], ids=["kremlin-directorate", "administration-department", "main-investigative-directorate"])
def test_a_central_bodys_named_unit_is_part_of_it(nlp, lexicon, text, unit, body):
    names, relations = found(nlp, lexicon, text)
    assert typed(names, unit, "GovernmentBody")
    assert linked(names, relations, unit, "partOf", body)


@pytest.mark.parametrize("text, name", [
    ("The European Court of Human Rights referred the case to the Grand Chamber in 2017.", "Grand Chamber"),
    ("The Grand Chamber found a violation of Article 10 in 2022.", "Grand Chamber"),
], ids=["after-the-court", "alone"])
def test_the_grand_chamber_is_a_court(nlp, lexicon, text, name):
    names, _ = found(nlp, lexicon, text)
    assert typed(names, name, "Court")


@pytest.mark.parametrize("text, outside", [
    ("The FSB's press service said the man had confessed.", "FSB's press service"),
    ("Roskomnadzor's decision to block the service was appealed.", "Roskomnadzor's decision to block the service"),
    ("The Duma's vote on the board was postponed.", "Duma's vote on the board"),
    ("The Supreme Court's chamber in March rejected it.", "Supreme Court's chamber in March"),
    ("The plenum of the Supreme Court adopted a resolution.", "plenum of the Supreme Court"),
    ("A teenager blew himself up at the FSB office in Arkhangelsk.", "FSB office in Arkhangelsk"),
    ("Protesters gathered outside the Investigative Committee's department in Moscow.",
     "Investigative Committee's department in Moscow"),
    ("Centre E, the Interior Ministry's anti-extremism unit, opened the investigation.",
     "Interior Ministry's anti-extremism unit"),
    ("The Justice Ministry's register of foreign agents grew.", "Justice Ministry's register"),
], ids=["press-service", "a-decision", "a-vote", "a-month", "plenum", "a-building", "outside-a-building",
        "a-description-in-apposition", "a-register"])
def test_what_is_no_unit_of_a_body_makes_no_entity(nlp, lexicon, text, outside):
    names, _ = found(nlp, lexicon, text)
    assert not any(fold(outside) in forms for _, forms in names.values())


@pytest.mark.parametrize("text", [
    "The Ministry of Digital Development, which oversees Roskomnadzor, said the block would stay.",
    "Roskomnadzor, overseen by the Ministry of Digital Development, ordered the block.",
    "The Ministry of Digital Development oversees Roskomnadzor and two other agencies.",
    "Roskomnadzor, which reports to the Ministry of Digital Development, blocked the site.",
], ids=["which-oversees", "overseen-by", "oversees", "reports-to"])
def test_a_body_overseen_by_another_is_part_of_it(nlp, lexicon, text):
    names, relations = found(nlp, lexicon, text)
    assert linked(names, relations, "Roskomnadzor", "partOf", "Ministry of Digital Development")


@pytest.mark.parametrize("text, part, whole", [
    ("Roskomnadzor reported to the Duma that the site was down.", "Roskomnadzor", "Duma"),
    ("The Supreme Court will oversee the Investigative Committee's work.", "Investigative Committee",
     "Supreme Court"),
    ("Roskomnadzor oversees Telegram and VK.", "Telegram", "Roskomnadzor"),
], ids=["reported-once", "will-oversee", "oversees-companies"])
def test_reporting_once_or_a_planned_oversight_makes_no_part(nlp, lexicon, text, part, whole):
    names, relations = found(nlp, lexicon, text)
    assert not linked(names, relations, part, "partOf", whole)


@pytest.mark.parametrize("text, provision, law", [
    ("The site was blocked under Article 15.4 of the federal law on information.",
     "Article 15.4 of the federal law on information", "federal law on information"),
    ("The court referred to Article 8 of the federal law on rallies.", "Article 8 of the federal law on rallies",
     "federal law on rallies"),
    ("The Justice Ministry cited Article 32 of the federal law on non-profit organisations.",
     "Article 32 of the federal law on non-profit organisations", "federal law on non-profit organisations"),
    ("Article 5 of the Law on Protection of Children from Information Harmful to Their Health bans the content.",
     "Article 5 of the Law on Protection of Children from Information Harmful to Their Health",
     "Law on Protection of Children from Information Harmful to Their Health"),
], ids=["federal-law-on-information", "federal-law-on-rallies", "non-profit-organisations", "children-law-title"])
def test_a_provision_of_a_named_federal_law_is_part_of_that_law_named_in_full(nlp, lexicon, text, provision, law):
    names, relations = found(nlp, lexicon, text)
    assert typed(names, provision, "LegalProvision")
    assert typed(names, law, "Law")
    assert linked(names, relations, provision, "partOf", law)


@pytest.mark.parametrize("text, law", [
    ("The 2013 law on 'gay propaganda' was extended to adults in 2022.", "2013 law on 'gay propaganda'"),
    ("The law on 'LGBT propaganda' has been enforced against streaming services.", "law on 'LGBT propaganda'"),
    ("The law on 'foreign agents' was passed in 2012.", "law on 'foreign agents'"),
], ids=["year-and-quoted-topic", "quoted-topic", "quoted-foreign-agents"])
def test_a_law_named_by_a_quoted_topic_keeps_its_closing_quote(nlp, lexicon, text, law):
    names, _ = found(nlp, lexicon, text)
    assert typed(names, law, "Law")


def test_a_possessive_after_a_plural_keeps_no_quote(nlp, lexicon):
    names, _ = found(nlp, lexicon, "Lawyers for the Jehovah's Witnesses' centre appealed.")
    assert not any("witnesses'" in form for _, forms in names.values() for form in forms)


@pytest.mark.parametrize("text, name", [
    ("Organisers of Moscow Pride asked the city for permission to march.", "Moscow Pride"),
    ("The Immortal Regiment march was cancelled in 2020.", "Immortal Regiment"),
    ("Volunteers from Last Address were questioned.", "Last Address"),
    ("Activists of Strategy-31 gathered on Triumfalnaya Square.", "Strategy-31"),
    ("The art group Voina staged the protest.", "Voina"),
    ("The Council of Mothers and Wives demanded an end to mobilisation.", "Council of Mothers and Wives"),
    ("Yale University was banned as an undesirable organisation.", "Yale University"),
    ("Smolny College, a joint project with Bard, was closed.", "Bard"),
], ids=["pride", "immortal-regiment", "last-address", "strategy-31", "voina", "mothers-and-wives", "yale", "bard"])
def test_movements_groups_and_foreign_universities_are_organizations(nlp, lexicon, text, name):
    names, _ = found(nlp, lexicon, text)
    assert typed(names, name, "Organization")


@pytest.mark.parametrize("text, long, short", [
    ("Bard College was declared undesirable. Bard said it regretted the decision.", "Bard College", "Bard"),
    ("Yale University was declared undesirable. Yale had cooperated with Russian scholars.", "Yale University",
     "Yale"),
    ("The Free Russia Foundation was declared undesirable. Free Russia had supported activists.",
     "Free Russia Foundation", "Free Russia"),
], ids=["bard", "yale", "free-russia"])
def test_a_short_and_a_long_name_are_one_organization(nlp, lexicon, text, long, short):
    names, _ = found(nlp, lexicon, text)
    assert any(fold(long) in forms and fold(short) in forms for _, forms in names.values())


@pytest.mark.parametrize("text, phrase", [
    ("The Kremlin wants to open Russia to foreign investment.", "open russia"),
    ("Regional prosecutors have opened dozens of such cases.", "regional prosecutors"),
    ("The regional court upheld the fine.", "regional court"),
], ids=["open-russia-as-words", "prosecutors-without-region", "court-without-name"])
def test_generic_words_are_no_entity(nlp, lexicon, text, phrase):
    names, _ = found(nlp, lexicon, text)
    assert not any(phrase in forms for _, forms in names.values())


@pytest.mark.parametrize("text, name", [
    ("Max, a messenger developed and owned by VK, is preinstalled on phones.", "Max"),
    ("The Latvian university Stradins University was named in the order.", "Stradins University"),
], ids=["apposed-kind", "kind-before-name"])
def test_the_kind_noun_next_to_a_name_makes_it_an_organization(nlp, lexicon, text, name):
    names, _ = found(nlp, lexicon, text)
    assert typed(names, name, "Organization")


def test_the_messenger_owned_by_a_company_is_owned_by_it(nlp, lexicon):
    names, relations = found(nlp, lexicon, "Max, a messenger developed and owned by VK, is preinstalled on phones.")
    assert linked(names, relations, "VK", "owns", "Max")


@pytest.mark.parametrize("text, person", [
    ("Anna Ivanova, a company lawyer, was fined.", "Anna Ivanova"),
    ("Vladimir Kharitonov, the publisher of a website, complained.", "Vladimir Kharitonov"),
    ("Olga Smirnova, a university lecturer, was fined.", "Olga Smirnova"),
], ids=["company-lawyer", "publisher", "university-lecturer"])
def test_a_person_described_by_a_job_stays_a_person(nlp, lexicon, text, person):
    names, _ = found(nlp, lexicon, text)
    assert typed(names, person, "Person")


def test_a_parent_company_named_with_its_subsidiary_owns_it(nlp, lexicon):
    names, relations = found(nlp, lexicon, "Google's parent company Alphabet declined to comment.")
    assert typed(names, "Alphabet", "Organization")
    assert linked(names, relations, "Alphabet", "owns", "Google")


@pytest.mark.parametrize("text, unit, body", [
    ("The Investigative Committee for the Republic of Karelia charged Dmitriev.",
     "Investigative Committee for the Republic of Karelia", "Investigative Committee"),
    ("The Interior Ministry for the Chelyabinsk region opened a case.", "Interior Ministry for the Chelyabinsk region",
     "Interior Ministry"),
    ("The regional office of Roskomnadzor in Tatarstan sent a demand.",
     "regional office of Roskomnadzor in Tatarstan", "Roskomnadzor"),
    ("Tatarstan's Interior Ministry said the imam was detained.", "Tatarstan's Interior Ministry", "Interior Ministry"),
    ("The Bashkir Investigative Committee opened a case.", "Bashkir Investigative Committee",
     "Investigative Committee"),
], ids=["body-for-republic", "body-for-region", "regional-office-of-body-in", "regions-possessive",
        "region-adjective"])
def test_a_federal_body_named_with_its_region_is_its_regional_branch(nlp, lexicon, text, unit, body):
    names, relations = found(nlp, lexicon, text)
    assert typed(names, unit, "GovernmentBody")
    assert linked(names, relations, unit, "partOf", body)


@pytest.mark.parametrize("text, outside", [
    ("In Tatarstan, the Interior Ministry said the imam was detained.", "Tatarstan, the Interior Ministry"),
    ("The Investigative Committee for years ignored the complaints.", "Investigative Committee for years"),
    ("The FSB in Crimea detained him.", "FSB in Crimea"),
], ids=["place-of-the-act", "for-a-time", "in-a-place-without-unit"])
def test_a_place_or_time_near_a_body_makes_no_branch(nlp, lexicon, text, outside):
    names, _ = found(nlp, lexicon, text)
    assert not any(fold(outside) in forms for _, forms in names.values())


def test_russias_own_body_is_no_regional_branch(nlp, lexicon):
    names, relations = found(nlp, lexicon, "Russia's Interior Ministry declined to comment.")
    assert not linked(names, relations, "Russia's Interior Ministry", "partOf", "Interior Ministry")


@pytest.mark.parametrize("text, branch", [
    ("The Perm branch of Memorial was closed by the court.", "Perm branch of Memorial"),
    ("Memorial's St Petersburg branch said it would appeal.", "Memorial's St Petersburg branch"),
], ids=["branch-of", "possessive-branch"])
def test_an_organisations_branch_named_by_its_place_is_an_organization_part_of_it(nlp, lexicon, text, branch):
    names, relations = found(nlp, lexicon, text)
    assert typed(names, branch, "Organization")
    assert typed(names, "Memorial", "Organization")
    assert linked(names, relations, branch, "partOf", "Memorial")


@pytest.mark.parametrize("text, body", [
    ("The Prosecutor's Office of the Republic of Crimea approved the charges.",
     "Prosecutor's Office of the Republic of Crimea"),
    ("The Dagestani police raided the mosque.", "Dagestani police"),
], ids=["prosecutors-office-of-republic", "police-by-region-adjective"])
def test_a_regional_body_named_by_its_region_is_a_body(nlp, lexicon, text, body):
    names, _ = found(nlp, lexicon, text)
    assert typed(names, body, "GovernmentBody")


def test_a_law_cited_by_its_title_in_single_quotes_keeps_its_provision(nlp, lexicon):
    text = ("Article 15.3 of the Federal Law 'On Information, Information Technologies and Information Protection' "
            "was invoked.")
    names, _ = found(nlp, lexicon, text)
    assert typed(names, "Article 15.3 of the Federal Law 'On Information, Information Technologies and Information "
                        "Protection'", "LegalProvision")


@pytest.mark.parametrize("text", [
    "Police in Yekaterinburg searched the homes of three Russian activists.",
    "Police in the Kursk region detained a Russian blogger.",
], ids=["in-a-city", "in-a-region"])
def test_police_acting_in_a_russian_place_are_russias_police(nlp, lexicon, text):
    names, _ = found(nlp, lexicon, text)
    assert typed(names, "Police", "GovernmentBody")


def test_police_in_a_foreign_city_are_not_russias(nlp, lexicon):
    names, _ = found(nlp, lexicon, "Police in Paris detained two Russian protesters.")
    assert not any("police" in forms for _, forms in names.values())


@pytest.mark.parametrize("text, long, short", [
    ("Stockholm Free World Forum was banned. The Free World Forum protested.", "Stockholm Free World Forum",
     "Free World Forum"),
    ("The Wilson Center was declared undesirable. Wilson said nothing.", "Wilson Center", "Wilson"),
], ids=["run-of-words", "name-without-kind-word"])
def test_a_short_form_of_an_unknown_organisation_is_that_organisation(nlp, lexicon, text, long, short):
    names, _ = found(nlp, lexicon, text)
    assert any(fold(long) in forms and fold(short) in forms for _, forms in names.values())


def test_a_person_named_like_an_organisation_stays_a_person(nlp, lexicon):
    names, _ = found(nlp, lexicon, "The Nuremberg Institute was declared undesirable. Ivan Nuremberg said nothing.")
    assert not any("nuremberg institute" in forms and "ivan nuremberg" in forms for _, forms in names.values())


def test_an_indefinite_panel_of_a_court_is_the_court(nlp, lexicon):
    names, _ = found(nlp, lexicon, "A panel of the Supreme Court upheld the ban.")
    assert not any("panel of the supreme court" in forms for _, forms in names.values())
    assert typed(names, "Supreme Court", "Court")
