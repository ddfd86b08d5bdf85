"""A wire lead's unnamed court, the verdict a report names paragraphs later, members counted by their group's name,
demands told with 'told <X> to ...', and a described law that ends before a relative clause set off by a comma, read
through the real model, with the near misses that must stay silent."""

from __future__ import annotations

import pytest

from tests.sentences import entities, event_roles, extraction, holds, kinds

LEAD = ("MOSCOW, Oct 4 - A Moscow court on Wednesday sentenced Anna Petrova, a former editor, to eight years in "
        "prison in absentia.\n\n"
        "The Meshchansky District Court found her guilty of spreading false information under Part 2 of Article "
        "207.3 of the Criminal Code.\n\n")
OTHER_COURT = "She had earlier been placed under house arrest by the Basmanny District Court.\n\n"


def test_a_leads_unnamed_court_is_the_court_the_next_paragraph_names(nlp, lexicon):
    # two Moscow courts in the article: "a Moscow court" alone fits both; the next sentence names the one
    (roles,) = event_roles(nlp, lexicon, LEAD + OTHER_COURT, "Sentence")
    assert roles.get("agent") == {"Meshchansky District Court"}


@pytest.mark.parametrize("second, court", [
    ("The Moscow City Court upheld the verdict in May.", "Moscow City Court"),  # a court that reviews did not pass it
    ("The Meshchansky District Court has often been criticised by rights groups.", "Meshchansky"),  # acts on nothing
])
def test_a_court_that_reviews_or_only_appears_next_is_not_the_leads(nlp, lexicon, second, court):
    text = ("A Moscow court on Wednesday sentenced Anna Petrova to eight years in prison.\n\n" + second + "\n\n"
            "She had earlier been placed under house arrest by the Basmanny District Court.")
    (roles,) = event_roles(nlp, lexicon, text, "Sentence")
    assert court not in " ".join(roles.get("agent", set()))


def test_a_court_of_another_city_is_not_the_leads(nlp, lexicon):
    text = ("A court in Kazan on Wednesday sentenced Anna Petrova to eight years in prison.\n\n"
            "The Meshchansky District Court of Moscow found her guilty under Article 207.3 of the Criminal Code.\n\n"
            "She had earlier been placed under house arrest by the Basmanny District Court.")
    (roles,) = event_roles(nlp, lexicon, text, "Sentence")
    assert "Meshchansky District Court" not in " ".join(roles.get("agent", set()))


def test_a_court_named_before_the_lead_is_not_taken_from_the_next_sentence(nlp, lexicon):
    text = ("The Basmanny District Court placed Anna Petrova under house arrest in March.\n\n"
            "In October a Moscow court sentenced Ivan Sidorov to three years.\n\n"
            "The Basmanny District Court also extended the arrest of Anna Petrova.\n\n"
            "The Meshchansky District Court heard other cases.")
    for roles in event_roles(nlp, lexicon, text, "Sentence"):
        assert "Basmanny" not in " ".join(roles.get("agent", set()))


def test_the_sentence_named_paragraphs_later_records_the_one_trial(nlp, lexicon):
    text = (LEAD + OTHER_COURT + "The case was opened in August 2022 over a picket.\n\n"
            "She became known in March 2022 for a protest on air. She later left the country. Her daughter went "
            "with her. They lived in Germany for a while. Then they moved to Paris. She wrote a book there. It sold "
            "well. She gave many interviews.\n\n"
            "Her lawyer told reporters the defence would appeal. Petrova, who now lives in France, said in a "
            "statement that she did not recognise the sentence.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Meshchansky District Court", "issued", "Meshchansky District Court sentence")
    assert holds(found, "Meshchansky District Court sentence", "concerns", "Anna Petrova")
    assert holds(found, "Meshchansky District Court sentence", "concerns", "Article 207.3")


def test_a_sentence_named_after_two_trials_records_neither_far_back(nlp, lexicon):
    text = ("A Moscow court on Wednesday sentenced Anna Petrova to eight years in prison.\n\n"
            "The Meshchansky District Court found her guilty under Article 207.3 of the Criminal Code.\n\n"
            "In a separate case the Tverskoy District Court sentenced Ivan Sidorov to five years under Article "
            "280.3 of the Criminal Code.\n\n"
            "Both were detained last year. Their relatives were not allowed into the courtroom. Journalists "
            "waited outside. Supporters sang songs. Police watched. Nobody was detained. The hearing lasted hours. "
            "Rights groups protested. Diplomats attended.\n\n"
            "Petrova said she did not recognise the sentence.")
    found = kinds(nlp, lexicon, text)
    assert not holds(found, "sentence", "concerns", "Ivan Sidorov") or not holds(found, "sentence", "concerns",
                                                                                  "Anna Petrova")


@pytest.mark.parametrize("text", [
    "A court in Saratov on Thursday sentenced six Jehovah's Witnesses to prison terms of up to three years.",
    "The Leninsky District Court fined 12 Jehovah's Witnesses last year.",
])
def test_members_counted_by_their_groups_name_are_not_the_group(nlp, lexicon, text):
    found = kinds(nlp, lexicon, text)
    assert not holds(found, "Court", "sanctioned", "Jehovah's Witnesses")
    assert all("Jehovah's Witnesses" not in " ".join(r.get("target", set()) | r.get("defendant", set()))
               for kind in ("Sentence", "Fine") for r in event_roles(nlp, lexicon, text, kind))


@pytest.mark.parametrize("text, target", [
    ("The Leninsky District Court fined Jehovah's Witnesses 50,000 rubles.", "Jehovah's Witnesses"),
    ("The Tverskoy District Court banned Channel One last year.", "Channel One"),  # the number is in the name
])
def test_a_group_named_without_a_count_is_the_group(nlp, lexicon, text, target):
    ex = extraction(nlp, lexicon, text)
    label = {e.key: e.label for e in ex.entities}
    assert any(target in label[k] for e in ex.events for r, k in e.roles if r == "target")


@pytest.mark.parametrize("text, asker, asked", [
    ("A day after the injunction Roskomnadzor told Instagram, YouTube and several news sites to remove the material.",
     "Roskomnadzor", ("Instagram", "YouTube")),
    ("The Justice Ministry instructed Roskomnadzor to block the site.", "Ministry of Justice", ("Roskomnadzor",)),
])
def test_telling_someone_to_act_is_a_demand_made_of_them(nlp, lexicon, text, asker, asked):
    found = kinds(nlp, lexicon, text)
    assert all(holds(found, asker, "petitioned", a) for a in asked)


def test_what_one_is_told_to_do_is_asked_for_not_done(nlp, lexicon):
    found = kinds(nlp, lexicon, "The Justice Ministry instructed Roskomnadzor to block the site.")
    assert not holds(found, "", "sanctioned", "")


@pytest.mark.parametrize("text", [
    "Roskomnadzor told reporters that Google had removed the videos.",  # a report, not a demand
    "Roskomnadzor told Google about the complaint.",
    "Roskomnadzor did not tell Google to remove anything.",  # negated
])
def test_telling_without_a_demand_asks_nothing(nlp, lexicon, text):
    assert not holds(kinds(nlp, lexicon, text), "Roskomnadzor", "petitioned", "Google")


def test_a_report_told_to_someone_keeps_its_facts(nlp, lexicon):
    found = kinds(nlp, lexicon, "Roskomnadzor told reporters that it had blocked Telegram.")
    assert holds(found, "Roskomnadzor", "sanctioned", "Telegram")


def test_a_described_law_ends_before_a_relative_clause_after_a_comma(nlp, lexicon):
    text = ("On the same day Putin also signed a law adding Article 280.1 to the Criminal Code, which makes public "
            "calls for separatism a crime.")
    laws = {e.label for e in extraction(nlp, lexicon, text).entities if e.type == "Law"}
    assert "law adding Article 280.1 to the Criminal Code" in laws
    assert holds(kinds(nlp, lexicon, text), "Vladimir Putin", "issued", "law adding Article 280.1 to the Criminal Code")


def test_its_in_a_passive_relative_clause_belongs_to_the_clause_noun(nlp, lexicon):
    text = ("The Prosecutor General's Office banned the National Endowment for Democracy on Tuesday. The endowment, "
            "which has been led since 1984 by its president, Carl Gershman, described the designation as part of a "
            "wider campaign.")
    assert not holds(kinds(nlp, lexicon, text), "Carl Gershman", "roleIn", "Prosecutor General")


def test_its_in_a_passive_relative_clause_on_a_name_is_that_name(nlp, lexicon):
    text = ("The Justice Ministry fined the group on Monday. Memorial, which has been led since 2010 by its chairman, "
            "Oleg Orlov, said it would appeal.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Oleg Orlov", "roleIn", "Memorial")
    assert not holds(found, "Oleg Orlov", "roleIn", "Ministry of Justice")


def test_the_by_phrase_of_a_participle_on_a_noun_is_not_the_verbs_agent(nlp, lexicon):
    text = ("The Tverskoy District Court remanded Artyom Kamardin in custody for two months. Two other participants, "
            "Yegor Shtovba and Nikolai Daineko, were also placed in custody in the same case, opened by the "
            "Investigative Committee.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Tverskoy District Court", "sanctioned", "Yegor Shtovba")
    assert not holds(found, "Investigative Committee", "sanctioned", "Yegor Shtovba")


def test_the_by_phrase_of_the_verb_itself_is_its_agent(nlp, lexicon):
    found = kinds(nlp, lexicon, "Yegor Shtovba was placed in custody by the Tverskoy District Court in the same case.")
    assert holds(found, "Tverskoy District Court", "sanctioned", "Yegor Shtovba")


def test_who_voted_to_ask_asked(nlp, lexicon):
    text = ("On July 8 the Federation Council voted to ask the Prosecutor General's Office and the Foreign Ministry to "
            "examine a list of foreign organisations.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Federation Council", "petitioned", "Prosecutor General")
    assert holds(found, "Federation Council", "petitioned", "Foreign Affairs")


@pytest.mark.parametrize("text, asker", [
    ("Memorial decided to ask the Constitutional Court to review the law.", "Memorial"),  # only planned
    ("Memorial refused to ask the Constitutional Court to review the law.", "Memorial"),  # refused
    ("Amnesty urged the Justice Ministry to ask the Constitutional Court to review the law.", "Amnesty"),  # another asks
])
def test_who_only_means_to_ask_or_makes_another_ask_asks_nothing(nlp, lexicon, text, asker):
    assert not holds(kinds(nlp, lexicon, text), asker, "petitioned", "Constitutional Court")


def test_bare_amendments_named_by_their_clause_are_a_law(nlp, lexicon):
    text = 'In June 2014 President Vladimir Putin signed amendments that toughened the penalties for "extremist" offences.'
    assert holds(kinds(nlp, lexicon, text), "Vladimir Putin", "issued", "amendments that toughened the penalties")


def test_amendments_with_a_determiner_are_not_read_as_a_new_law(nlp, lexicon):
    text = "Putin signed the Yarovaya law in July. Its amendments that toughened penalties were criticised."
    laws = {e.label for e in extraction(nlp, lexicon, text).entities if e.type == "Law"}
    assert not any(label.startswith("amendments that") for label in laws)


@pytest.mark.parametrize("text, name, kind", [
    ("Oleg Deripaska, the founder of the aluminium producer Rusal, sued the blogger.", "Rusal", "Organization"),
    ("The film producer Alexander Rodnyansky left Russia in 2022.", "Alexander Rodnyansky", "Person"),  # a trade
])
def test_a_business_noun_before_a_name_types_a_company_not_a_person(nlp, lexicon, text, name, kind):
    assert (name, kind) in entities(nlp, lexicon, text)
