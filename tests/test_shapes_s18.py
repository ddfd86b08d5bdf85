"""Shapes from this round's work, read through the real model, each with the near misses that must stay silent:
plural designations that refer back to one act; justices of the peace named by their town; a case's applicant named
in the case's name; a region's own law and its articles; regional legislatures; protocols to treaties; which code an
article belongs to when another code is named in a second clause; an acronym opening a name; a media "holding"
(parse repair 11); "appointed <Person> to head <Body>"; "a shareholder in <Org>"."""

from __future__ import annotations

from tests.sentences import entities, facts, has, holds, kinds

# ---- "the designations" after listing several people ----------------------------------------------------------


def test_plural_designations_refer_back_to_the_listing_of_several(nlp, lexicon):
    text = ("The Justice Ministry listed the journalists Ivan Petrov and Anna Sidorova as foreign agents on Friday. "
            "As usual, the ministry gave no reasons for the designations.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Ministry of Justice", "issued", "designation")
    assert holds(found, "designation", "concerns", "Ivan Petrov")
    assert holds(found, "designation", "concerns", "Anna Sidorova")


def test_plural_designations_without_an_act_before_them_are_no_ruling(nlp, lexicon):
    text = "Courts have banned dozens of groups over the years. The designations are rarely challenged."
    assert not any(kind == "Ruling" for _, kind in entities(nlp, lexicon, text))


def test_designations_after_an_earlier_court_verdict_keep_their_issuer(nlp, lexicon):
    text = ("In 2019 a court in Moscow sentenced Ivan Petrov to a fine for a retweet. "
            "In September 2021 the Justice Ministry entered the news site Mediazona in its register of foreign "
            "agents and listed Petrov and Anna Sidorova as individual foreign agents. "
            "The ministry gave no reasons for the designations.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Ministry of Justice", "issued", "designation")
    assert holds(found, "designation", "concerns", "Mediazona")
    assert holds(found, "designation", "concerns", "Anna Sidorova")


# ---- justices of the peace and magistrates ---------------------------------------------------------------------


def test_a_justice_of_the_peace_named_by_town_is_a_court(nlp, lexicon):
    found = kinds(nlp, lexicon, "A justice of the peace in Ryazan found Anna Sidorova guilty and fined her.")
    assert holds(found, "justice of the peace in Ryazan", "sanctioned", "Anna Sidorova")


def test_magistrates_named_by_town_or_district_are_courts(nlp, lexicon):
    assert ("magistrate's court in Kazan", "Court") in entities(nlp, lexicon, "A magistrate's court in Kazan fined "
                                                                               "Telegram on Tuesday.")
    assert ("Tagansky magistrate's court", "Court") in entities(nlp, lexicon, "The Tagansky magistrate's court fined "
                                                                             "Google on Tuesday.")


def test_justice_in_a_place_is_no_court(nlp, lexicon):
    found = entities(nlp, lexicon, "He was accused of obstruction of justice in Russia and of bribery in Moscow.")
    assert not any(kind == "Court" for _, kind in found)


# ---- the applicant of a case named after them ------------------------------------------------------------------


def test_the_applicant_named_only_in_the_case_name_is_a_person(nlp, lexicon):
    text = ("The case, Irina Fedotova v. Russian Federation, was the first of its kind. "
            "Ms Fedotova had been fined in 2009.")
    found = kinds(nlp, lexicon, text)
    assert ("Irina Fedotova", "Person") in entities(nlp, lexicon, text)
    assert holds(found, "Irina Fedotova v. Russian Federation", "concerns", "Irina Fedotova")


def test_a_case_named_after_a_surname_alone_adds_no_person(nlp, lexicon):
    found = entities(nlp, lexicon, "The Court ruled in Navalnyy v. Russia in 2018.")
    assert not any(kind == "Person" for _, kind in found)


# ---- regional laws, their articles and legislatures ---------------------------------------------------------


def test_an_article_of_a_regional_law_is_that_laws_not_the_federal_codes(nlp, lexicon):
    text = "Anna Sidorova was charged under Article 3.10 of the Ryazan Region Law on Administrative Offences."
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Article 3.10 of the Ryazan Region Law on Administrative Offences", "partOf",
                 "Ryazan Region Law on Administrative Offences")
    assert holds(found, "Anna Sidorova", "chargedUnder", "Article 3.10 of the Ryazan Region Law")
    assert not any("Code of Administrative Offenses of Russia" in o for _, _, o in found)


def test_a_lowercase_regional_code_is_a_regional_law(nlp, lexicon):
    text = "She was fined under Article 3.10 of the Ryazan regional code of administrative offences."
    found = entities(nlp, lexicon, text)
    assert ("Ryazan regional code of administrative offences", "Law") in found
    assert not any("of Russia" in label for label, _ in found)


def test_the_russian_law_on_mass_media_is_no_regional_law(nlp, lexicon):
    found = entities(nlp, lexicon, "The Russian Law on Mass Media was amended in 2021.")
    assert not any(label.startswith("Russian Law") for label, _ in found)


def test_a_regional_legislature_is_a_state_body(nlp, lexicon):
    found = kinds(nlp, lexicon, "The legislature of the Novosibirsk region submitted a bill to the State Duma.")
    assert holds(found, "legislature of the Novosibirsk region", "petitioned", "State Duma")
    assert ("Novosibirsk regional legislature", "GovernmentBody") in entities(
        nlp, lexicon, "The Novosibirsk regional legislature passed the bill in 2012.")


# ---- protocols to treaties ------------------------------------------------------------------------------------


def test_a_protocol_to_a_treaty_is_a_law_of_its_own(nlp, lexicon):
    text = ("In 1991 the Soviet Union acceded to the First Optional Protocol to the International Covenant on Civil "
            "and Political Rights.")
    found = entities(nlp, lexicon, text)
    assert ("First Optional Protocol to the International Covenant on Civil and Political Rights", "Law") in found
    assert ("International Covenant on Civil and Political Rights", "Law") in found


def test_an_article_of_a_protocol_stays_the_conventions(nlp, lexicon):
    found = kinds(nlp, lexicon, "He relied on Article 1 of Protocol No. 1 to the Convention on Human Rights.")
    assert holds(found, "Article 1 of Protocol No. 1", "partOf", "European Convention on Human Rights")


# ---- which code: a code named in a second clause, and an article cited again -----------------------------------


def test_a_code_named_in_a_second_clause_is_not_the_articles(nlp, lexicon):
    text = ("What changes in the Criminal Code? The law toughens Article 236, on breaches of sanitary rules, and "
            "makes matching changes to the Criminal Procedure Code.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Article 236 of the Criminal Code", "partOf", "Criminal Code")
    assert not any("Article 236 of the Criminal Procedure Code" in s for s, _, _ in found)


def test_an_article_cited_again_keeps_the_code_it_was_first_given(nlp, lexicon):
    text = ("The law adds Article 207.1 to the Criminal Code. It also changes the Criminal Procedure Code. "
            "Within days, police had opened cases under Article 207.1.")
    found = kinds(nlp, lexicon, text)
    assert not any("Criminal Procedure Code" in s and "207.1" in s for s, _, _ in found)


# ---- names and parses --------------------------------------------------------------------------------------------


def test_an_acronym_opens_a_foundations_name(nlp, lexicon):
    found = entities(nlp, lexicon, "The Justice Ministry also listed the OSI Assistance Foundation as undesirable.")
    assert ("OSI Assistance Foundation", "Organization") in found


def test_a_media_holding_is_the_body_a_title_is_of(nlp, lexicon):
    text = "Dmitry Kiselyov, a deputy director general of the state broadcasting holding VGTRK, spoke on Monday."
    assert holds(kinds(nlp, lexicon, text), "Dmitry Kiselyov", "roleIn", "All-Russia State Television")


def test_holding_as_a_verb_is_left_alone(nlp, lexicon):
    found = kinds(nlp, lexicon, "Investigators accused Ivan Petrov of holding Alexei Navalny's posters.")
    assert not any(kind == "roleIn" for _, kind, _ in found)


def test_appointed_to_head_a_body_heads_it(nlp, lexicon):
    assert has(facts(nlp, lexicon, "Putin appointed Dmitry Kiselyov to head Rossiya Segodnya."),
               "Dmitry Kiselyov", "headOf", "Rossiya Segodnya")
    assert has(facts(nlp, lexicon, "Putin chose Dmitry Kiselyov to run the new agency Rossiya Segodnya."),
               "Dmitry Kiselyov", "headOf", "Rossiya Segodnya")
    assert has(facts(nlp, lexicon, "Ivan Petrov was appointed to head Roskomnadzor in 2020."),
               "Ivan Petrov", "headOf", "Roskomnadzor")


def test_asked_to_head_a_body_is_no_role(nlp, lexicon):
    found = kinds(nlp, lexicon, "Putin asked Ivan Petrov to head Roskomnadzor, but he refused.")
    assert not holds(found, "Ivan Petrov", "roleIn", "Roskomnadzor")


def test_a_shareholder_in_a_company_owns_it(nlp, lexicon):
    text = "The National Media Group, a shareholder in Channel One, bought a stake in the Izvestia newspaper."
    assert holds(kinds(nlp, lexicon, text), "National Media Group", "owns", "Channel One")


def test_a_minority_shareholder_in_a_company_does_not_own_it(nlp, lexicon):
    found = kinds(nlp, lexicon, "USM Holdings is a minority shareholder in MegaFon.")
    assert not any(kind == "owns" for _, kind, _ in found)


# ---- rulings told by a clause with its own subject, and bodies sitting as a whole -------------------------------


def test_a_ruling_the_court_delivered_is_that_courts(nlp, lexicon):
    found = kinds(nlp, lexicon, "The law builds on a ruling the Constitutional Court delivered in July.")
    assert holds(found, "Constitutional Court", "issued", "ruling")


def test_a_ruling_delivered_by_nobody_named_is_no_ruling(nlp, lexicon):
    assert not any(kind == "Ruling" for _, kind in entities(nlp, lexicon, "The law builds on a ruling delivered in "
                                                                          "July."))


def test_a_courts_plenary_session_acts_as_the_court(nlp, lexicon):
    text = "The Supreme Court's plenary session adopted a resolution on Tuesday clarifying the extremism laws."
    assert holds(kinds(nlp, lexicon, text), "Supreme Court", "issued", "resolution")


def test_a_parliaments_session_is_no_actor_of_its_own(nlp, lexicon):
    found = kinds(nlp, lexicon, "The Duma's spring session ended with a vote on the bill.")
    assert not any(kind == "issued" for _, kind, _ in found)


# ---- a person named only in the sentence after the act -------------------------------------------------------


def test_a_description_in_the_lede_is_the_person_the_next_sentence_names(nlp, lexicon):
    text = ("The Khabarovsk Regional Court on Tuesday sentenced a former journalist to four years. "
            "Dmitry Ivanov had been found guilty of justifying terrorism.")
    assert holds(kinds(nlp, lexicon, text), "Khabarovsk Regional Court", "sanctioned", "Dmitry Ivanov")


def test_the_next_sentences_commentator_or_lawyer_is_not_the_one_described(nlp, lexicon):
    for text in ("The Tverskoy District Court fined a blogger 30,000 roubles. Ivan Petrov said the fine was unlawful.",
                 "The Tverskoy District Court fined a blogger 30,000 roubles. Ivan Petrov, a lawyer, will appeal.",
                 "The Tverskoy District Court fined a woman 30,000 roubles. Ivan Petrov had shared a video."):
        assert not any(kind == "sanctioned" for _, kind, _ in kinds(nlp, lexicon, text)), text


# ---- local religious organisations, committees -------------------------------------------------------------------


def test_a_local_religious_organisation_is_an_organisation_of_its_own(nlp, lexicon):
    text = "The Rostov Regional Court dissolved the Taganrog local religious organisation of Jehovah's Witnesses."
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Rostov Regional Court", "sanctioned", "Taganrog local religious organisation of Jehovah")
    assert not holds(found, "Taganrog", "partOf", "Jehovah")
    assert ("Religious Community of Jehovah's Witnesses of Moscow", "Organization") in entities(
        nlp, lexicon, "The Religious Community of Jehovah's Witnesses of Moscow applied for re-registration.")


def test_a_community_named_by_its_faith_is_not_a_local_organisation(nlp, lexicon):
    found = entities(nlp, lexicon, "The Christian community of Jehovah's Witnesses grew in the 1990s.")
    assert not any(label.startswith("Christian") for label, _ in found)


def test_a_committee_named_by_a_list_of_subjects(nlp, lexicon):
    text = ("The text was sent to the Duma's Committee on Family, Women and Children's Affairs. "
            "Its chairwoman, Yelena Mizulina, backed the bill.")
    found = kinds(nlp, lexicon, text)
    assert ("Committee on Family, Women and Children's Affairs", "GovernmentBody") in entities(nlp, lexicon, text)
    assert holds(found, "Yelena Mizulina", "roleIn", "Committee on Family, Women and Children's Affairs")
    assert not holds(found, "Yelena Mizulina", "roleIn", "State Duma")


def test_a_list_of_named_organisations_is_not_one_committee(nlp, lexicon):
    text = "The Committee to Protect Journalists, Human Rights Watch and Amnesty International condemned the verdict."
    found = entities(nlp, lexicon, text)
    assert ("Human Rights Watch", "Organization") in found
    assert ("Committee to Protect Journalists", "Organization") in found


def test_a_parliaments_committee_named_in_lower_case(nlp, lexicon):
    text = ("Viktor Zorkaltsev, who chairs the State Duma's committee on public associations and religious "
            "organisations, backed the bill.")
    assert holds(kinds(nlp, lexicon, text), "Viktor Zorkaltsev", "roleIn", "committee on public associations")


# ---- what a law the text talks about changes -----------------------------------------------------------------


def test_a_new_article_is_the_new_laws_when_no_law_is_known_to_amend_its_code(nlp, lexicon):
    text = ("Putin signed Federal Law No. 135-FZ on 29 June 2013. A new Article 6.21 of the Code of Administrative "
            "Offenses punishes the propaganda of non-traditional sexual relations among minors.")
    assert holds(kinds(nlp, lexicon, text), "135-FZ", "concerns", "Article 6.21")


def test_a_new_article_named_after_the_provision(nlp, lexicon):
    text = ("Putin signed the law on foreign agents in July 2012. Malicious evasion of these duties is punishable by up "
            "to two years in prison under Article 330.1, a new article of the Criminal Code.")
    assert holds(kinds(nlp, lexicon, text), "foreign agents", "concerns", "Article 330.1")


def test_a_new_article_with_two_laws_talked_about_is_nobodys(nlp, lexicon):
    text = ("Putin signed Federal Law No. 135-FZ and Federal Law No. 136-FZ on 29 June 2013. A new Article 6.21 of the "
            "Code of Administrative Offenses punishes propaganda among minors.")
    found = kinds(nlp, lexicon, text)
    assert not any(kind == "concerns" and "6.21" in o and "FZ" in s for s, kind, o in found)


def test_a_law_the_sentence_is_about_concerns_its_provisions(nlp, lexicon):
    text = ("The Yarovaya law, signed in July 2016, went further: under Part 4.1 of Article 10.1 of the Law on "
            "Information, messaging services must help the FSB decrypt messages.")
    assert holds(kinds(nlp, lexicon, text), "Yarovaya", "concerns", "Part 4.1 of Article 10.1")


def test_an_offence_a_law_introduced_takes_the_provisions_of_the_next_sentence(nlp, lexicon):
    text = ('In March 2022 the Duma passed a law on army "fakes". The same law introduced the offence of '
            '"discrediting" the armed forces. A first instance is punished under Article 20.3.3 of the Code of '
            'Administrative Offenses.')
    assert holds(kinds(nlp, lexicon, text), "law on army", "concerns", "Article 20.3.3")


def test_a_passive_law_subject_does_not_amend_the_provisions_it_was_changed_under(nlp, lexicon):
    text = "The Law on Mass Media was amended in 2021, and Ivan Petrov was fined under Article 13.21 in May."
    found = kinds(nlp, lexicon, text)
    assert not holds(found, "Mass Media", "concerns", "Article 13.21")


def test_a_provision_in_a_clause_of_its_own_subject_is_not_the_laws(nlp, lexicon):
    text = "The law took effect in 2013, and courts have since fined dozens of people under Article 6.21."
    assert not any(kind == "concerns" for _, kind, _ in kinds(nlp, lexicon, text))


# ---- verdicts an appeal acts on before the trial is told; breaches found -------------------------------------------


def test_a_verdict_an_appeal_upheld_is_the_trials_told_after_it(nlp, lexicon):
    text = ("A court in the Urals has upheld the conviction of Anna Sidorova, a former teacher. "
            "The Kurgan Regional Court left the guilty verdict in force but reduced the term. "
            "Sidorova was convicted in early November by the Kataysk District Court. "
            "It found her guilty under Part 2 of Article 242.1 of the Criminal Code.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Kataysk District Court", "issued", "verdict")
    assert holds(found, "verdict", "concerns", "Anna Sidorova")
    assert holds(found, "verdict", "concerns", "Part 2 of Article 242.1")


def test_a_breach_found_in_a_case_applies_the_provision(nlp, lexicon):
    text = ("The case is Bryan and Others v. Russia. The detention of the activists in Murmansk in September 2013, the "
            "Court found, had been in breach of Article 5 § 1 of the Convention.")
    assert holds(kinds(nlp, lexicon, text), "Bryan and Others v. Russia", "concerns", "Article 5 § 1")


# ---- who signed and passed: the president, relative clauses, participles -------------------------------------------


def test_the_president_is_the_one_introduced_as_president(nlp, lexicon):
    text = ("President Vladimir Putin signed the bloggers law on 5 May. "
            "The president also signed a law banning obscene language in films.")
    assert holds(kinds(nlp, lexicon, text), "Vladimir Putin", "issued", "law banning obscene language")


def test_the_president_with_two_presidents_named_is_nobody(nlp, lexicon):
    text = ("President Vladimir Putin met Igor Pastukhov, the president of the Federal Chamber of Lawyers. "
            "The president later signed a law banning obscene language in films.")
    assert not holds(kinds(nlp, lexicon, text), "Putin", "issued", "law banning obscene language")


def test_which_after_a_drafters_name_is_the_package(nlp, lexicon):
    text = ("The anti-terrorism package drafted by State Duma deputy Irina Yarovaya, which the Duma passed in June "
            "and President Vladimir Putin signed in July, requires operators to store messages.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "State Duma", "issued", "Yarovaya")
    assert holds(found, "Vladimir Putin", "issued", "Yarovaya")


def test_amendments_to_a_law_signed_by_someone_are_what_was_signed(nlp, lexicon):
    text = ("In 2017 the broadcaster was hit by amendments to the Law on Mass Media, signed by Vladimir Putin in "
            "November of that year.")
    found = facts(nlp, lexicon, text)
    assert has(found, "Vladimir Putin", "signed", "amendments")
    assert not has(found, "Vladimir Putin", "signed", "Mass Media")


def test_a_law_signed_by_someone_named_after_it_is_that_law(nlp, lexicon):
    found = facts(nlp, lexicon, "The court cited the Law on Mass Media, signed by Boris Yeltsin in 1991.")
    assert has(found, "Boris Yeltsin", "signed", "Mass Media")


def test_a_quoted_law_name_runs_on_to_its_nouns(nlp, lexicon):
    text = ('The decision was taken under the law on "undesirable" foreign organisations that President Vladimir '
            'Putin signed in May.')
    assert holds(kinds(nlp, lexicon, text), "Vladimir Putin", "issued", 'law on "undesirable" foreign organisations')


# ---- a Chamber judgment is the European Court's ------------------------------------------------------------------


def test_a_chamber_judgment_is_the_judgment_of_the_case_named_before_it(nlp, lexicon):
    text = ("Ecodefence and Others v. Russia (application no. 9988/13)\nChamber judgment of 14 June 2022\n\n"
            "The applicants are 73 Russian non-governmental organisations. The European Court of Human Rights found "
            "a violation of Article 11 of the Convention.")
    found = kinds(nlp, lexicon, text)
    assert len({label for label, kind in entities(nlp, lexicon, text) if kind == "Ruling"}) == 1
    assert holds(found, "European Court of Human Rights", "issued", "judgment")


def test_a_chamber_judgment_is_not_the_sentence_told_before_it(nlp, lexicon):
    text = ("Boris Stomakhin received a five-year prison sentence from the Butyrsky District Court in 2006. "
            "The chamber judgment in Stomakhin v. Russia finds a breach of Article 10 of the Convention.")
    found = kinds(nlp, lexicon, text)
    assert not holds(found, "Butyrsky", "issued", "judgment")
    assert not any(kind == "concerns" and "Article 10" in o and "Butyrsky" in s for s, kind, o in found)


def test_a_judge_is_only_a_courts(nlp, lexicon):
    # found by tests/test_fuzz.py: a judge's title read before a name the NER took for an organisation
    found = facts(nlp, lexicon, "Ivan PetrovIvan PetrovIvan PetrovIvan Petrovthe Justice MinistryPetrov")
    assert not any(p == "judgeOf" for _, p, _ in found)
    assert has(facts(nlp, lexicon, "Judge Olga Ivanova of the Tverskoy District Court fined him."), "Olga Ivanova",
               "judgeOf", "Tverskoy District Court")
