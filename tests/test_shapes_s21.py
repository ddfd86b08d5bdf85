"""Shapes from this round's work, each with the near misses that must stay silent: "it" after "a bill amending
<law>"; deputies acting as their chamber; "the president" for one introduced as President; "gave a sentence to
<X>"; "the Forum of <name>"; "declared three groups 'undesirable'" with the groups named in the next sentence."""

from __future__ import annotations

from tests.sentences import entities, extraction, holds, kinds

# ---- "it" after "a bill amending <law>", and deputies as their chamber --------------------------------------------

BILL = ("Within weeks Putin sent the State Duma a short bill amending the Federal Law on Mass Media. It says that "
        "bloggers are not journalists. Deputies passed it without delay, and the Federation Council approved it.")


def test_it_after_a_bill_amending_a_law_is_the_bill(nlp, lexicon):
    found = kinds(nlp, lexicon, BILL)
    assert holds(found, "Federation Council", "issued", "bill amending")
    assert {o for s, k, o in found if k == "issued"} == {"short bill amending the Federal Law on Mass Media"}


def test_it_is_still_the_law_when_no_other_act_holds_it(nlp, lexicon):
    text = "Putin sent the State Duma a proposal on the Federal Law on Mass Media. The Federation Council approved it."
    assert holds(kinds(nlp, lexicon, text), "Federation Council", "issued", "Mass Media")


def test_deputies_passing_an_act_are_the_chamber_named_before(nlp, lexicon):
    assert holds(kinds(nlp, lexicon, BILL), "State Duma", "issued", "bill amending")


def test_deputies_are_no_chamber_when_only_some_act_or_none_is_named(nlp, lexicon):
    some = ("The State Duma received the bill on foreign agents in May. Some deputies opposed it, but opposition "
            "lawmakers passed it in June.")
    assert not holds(kinds(nlp, lexicon, some), "State Duma", "issued", "bill")
    unnamed = "Putin sent parliament the bill on foreign agents in May. Lawmakers passed it in June."
    assert not any(k == "issued" and "Putin" not in s for s, k, _ in kinds(nlp, lexicon, unnamed))


# ---- "the president" ------------------------------------------------------------------------------------------

def test_the_president_is_the_one_introduced_as_president_in_a_list(nlp, lexicon):
    text = ("Within two months the ruling had drawn Muslim leaders, the head of Chechnya and President Vladimir Putin "
            "into the argument. Putin sent the State Duma a bill on extremist materials. Deputies passed it, the "
            "Federation Council approved it, and on 23 November the president signed it into law.")
    assert holds(kinds(nlp, lexicon, text), "Vladimir Putin", "issued", "bill on extremist materials")


def test_the_president_is_nobody_named_without_the_title(nlp, lexicon):
    text = ("Vladimir Putin met Ramzan Kadyrov in Grozny. Putin sent the State Duma a bill on extremist materials. "
            "Deputies passed it, and on 23 November the president signed it into law.")
    assert not holds(kinds(nlp, lexicon, text), "Putin", "issued", "bill")


# ---- "gave a sentence to <X>" -----------------------------------------------------------------------------------

GAVE = ("In February the Leninsky District Court of Rostov-on-Don gave a four-year suspended sentence to Anastasia "
        "Shevchenko, a former coordinator of the Open Russia movement.")


def test_a_court_giving_a_sentence_to_someone_convicts_and_issues_it(nlp, lexicon):
    found = kinds(nlp, lexicon, GAVE)
    assert holds(found, "Leninsky District Court", "sanctioned", "Anastasia Shevchenko")
    assert holds(found, "Leninsky District Court", "issued", "sentence")
    assert holds(found, "sentence", "concerns", "Anastasia Shevchenko")


def test_a_sentence_mention_keeps_its_term(nlp, lexicon):
    rulings = [m.text for m in extraction(nlp, lexicon, GAVE).mentions if m.type == "Ruling"]
    assert rulings == ["four-year suspended sentence"]


def test_giving_something_else_or_no_sentence_is_no_sentence(nlp, lexicon):
    for text in ("The Leninsky District Court gave the floor to Anastasia Shevchenko.",
                 "The Leninsky District Court gave a lot of attention to the case of Anastasia Shevchenko.",
                 "The Leninsky District Court did not give a sentence to Anastasia Shevchenko."):
        found = kinds(nlp, lexicon, text)
        assert not any(k in ("sanctioned", "issued") for _, k, _ in found), text


# ---- "the Forum of <name>" ----------------------------------------------------------------------------------------

def test_a_capitalised_kind_before_of_heads_the_name(nlp, lexicon):
    text = "The decision covers the Forum of Russian-Speaking Europeans, an association of emigres."
    assert ("Forum of Russian-Speaking Europeans", "Organization") in entities(nlp, lexicon, text)


def test_a_word_before_of_that_is_no_kind_stays_out(nlp, lexicon):
    names = {label for label, _ in entities(nlp, lexicon, "Head of Memorial Oleg Orlov spoke at the Council of Europe.")}
    assert "Memorial" in names and not any(n.startswith("Head") for n in names)


# ---- "declared three groups 'undesirable'", the groups named next -------------------------------------------------

THREE = ("Russia's Prosecutor General's Office has declared three German non-governmental organisations "
         "\"undesirable\", banning their work in the country. The decision, announced on Wednesday, covers the Centre "
         "for Liberal Modernity, a Berlin think tank known by its German short name LibMod; the German-Russian "
         "Exchange, or DRA, which runs programmes in Russia; and the Forum of Russian-Speaking Europeans, an "
         "association of emigres living in the European Union.")


def test_a_counted_designation_in_a_small_clause_reaches_the_groups_named_next(nlp, lexicon):
    found = kinds(nlp, lexicon, THREE)
    for group in ("Centre for Liberal Modernity", "DRA", "Forum of Russian-Speaking Europeans"):
        assert holds(found, "Prosecutor General", "sanctioned", group), group
    assert not holds(found, "Prosecutor General", "sanctioned", "LibMod")
    assert holds(found, "Prosecutor General", "issued", "decision")


def test_a_counted_designation_takes_no_list_of_another_size(nlp, lexicon):
    text = ("Russia's Prosecutor General's Office has declared three German organisations \"undesirable\". The "
            "decision covers the Centre for Liberal Modernity and the Forum of Russian-Speaking Europeans.")
    assert not any(k == "sanctioned" for _, k, _ in kinds(nlp, lexicon, text))


# ---- "found X guilty on three counts: ... under A, ... under B, and ... under C" ----------------------------------

COUNTS = ("On 11 May Judge Ekaterina Shoba of the Verkh-Isetsky District Court found Ruslan Sokolovsky, a video "
          "blogger, guilty on three counts: inciting hatred under Part 1 of Article 282 of the Criminal Code, insulting "
          "the religious feelings of believers under Part 1 of Article 148, and illegal trafficking in special "
          "technical means under Article 138.1.")


def test_a_person_found_guilty_in_apposition_is_convicted(nlp, lexicon):
    assert holds(kinds(nlp, lexicon, COUNTS), "Verkh-Isetsky District Court", "sanctioned", "Ruslan Sokolovsky")


def test_every_count_of_a_listed_verdict_is_a_basis(nlp, lexicon):
    found = kinds(nlp, lexicon, COUNTS)
    for provision in ("Part 1 of Article 282", "Part 1 of Article 148", "Article 138.1"):
        assert holds(found, "Ruslan Sokolovsky", "chargedUnder", provision), provision


def test_a_list_after_no_counted_charges_gives_no_basis(nlp, lexicon):
    text = ("The court found Ruslan Sokolovsky guilty on two counts. He is also accused of other crimes: one under "
            "Article 148 of the Criminal Code is still open.")
    assert not holds(kinds(nlp, lexicon, text), "Ruslan Sokolovsky", "chargedUnder", "Article 148")


# ---- "<law>, which A had passed and B had approved"; "It amends ..." ---------------------------------------------

PARTNERS = ("On 1 May President Vladimir Putin signed a law on audiovisual services, which the State Duma had passed "
            "and the Federation Council had approved in April. It amends the Law on Information.")


def test_a_verb_coordinated_after_a_relative_clause_shares_its_noun(nlp, lexicon):
    found = kinds(nlp, lexicon, PARTNERS)
    assert holds(found, "State Duma", "issued", "audiovisual") and holds(found, "Federation Council", "issued",
                                                                         "audiovisual")


def test_it_after_such_a_sentence_is_the_law_not_the_relative_clause_subject(nlp, lexicon):
    assert holds(kinds(nlp, lexicon, PARTNERS), "audiovisual", "concerns", "Law on Information")


def test_a_coordinated_clause_with_an_object_of_its_own_keeps_it(nlp, lexicon):
    text = ("On 1 May Putin signed a law on audiovisual services, which the State Duma had passed, and the "
            "Federation Council approved a budget.")
    assert not holds(kinds(nlp, lexicon, text), "Federation Council", "issued", "audiovisual")


# ---- "signed them": an act named by a plural noun ---------------------------------------------------------------

def test_them_after_the_amendments_is_the_amendments(nlp, lexicon):
    text = "The State Duma adopted the amendments on 31 March 2020, and President Vladimir Putin signed them the next day."
    assert holds(kinds(nlp, lexicon, text), "Vladimir Putin", "issued", "amendments")


def test_them_after_a_law_named_in_the_singular_is_nothing(nlp, lexicon):
    text = "The State Duma adopted the Yarovaya law on 24 June. Activists called on Putin not to sign them."
    assert not holds(kinds(nlp, lexicon, text), "Putin", "issued", "Yarovaya")


# ---- owners: "the messenger's owner, the Chinese company <A>", "whose owner <A>" --------------------------------

def test_an_owner_named_after_a_possessive_description_or_whose(nlp, lexicon):
    for text in ("On 4 May Roskomnadzor blocked WeChat, saying that the messenger's owner, the Chinese company Tencent, "
                 "had not supplied the information.",
                 "Roskomnadzor blocked WeChat, whose owner Tencent did not comment."):
        assert holds(kinds(nlp, lexicon, text), "Tencent", "owns", "WeChat"), text


def test_a_former_owner_or_a_lawyer_owns_nothing(nlp, lexicon):
    for text in ("Roskomnadzor blocked WeChat. The messenger's former owner, the Chinese company Tencent, did not "
                 "comment.",
                 "Roskomnadzor fined WeChat. The company's lawyer, the firm Tencent, did not comment."):
        assert not any(k == "owns" for _, k, _ in kinds(nlp, lexicon, text)), text


# ---- foreign parliaments ----------------------------------------------------------------------------------------

def test_foreign_parliaments_are_government_bodies(nlp, lexicon):
    text = ("Marieluise Beck, who sat in the Bundestag for the Greens, founded LibMod. The German government "
            "protested, and the Sejm and the Latvian parliament passed resolutions.")
    found = entities(nlp, lexicon, text)
    assert {("Bundestag", "GovernmentBody"), ("Sejm", "GovernmentBody"), ("Saeima", "GovernmentBody"),
            ("Government of Germany", "GovernmentBody")} <= found
    assert holds(kinds(nlp, lexicon, text), "Marieluise Beck", "roleIn", "Bundestag")


# ---- requests: "<court> rejected its appeal", "acting at the request of <X>", "blocked by <Z> at <X>'s request" ----

def test_a_courts_rejecting_its_appeal_is_someone_elses_appeal(nlp, lexicon):
    text = "Radio Free Europe was declared undesirable in March. The Moscow City Court rejected its appeals in June."
    assert holds(kinds(nlp, lexicon, text), "Radio Free Europe", "petitioned", "Moscow City Court")


def test_its_request_ignored_by_a_company_is_not_read_past_the_clause(nlp, lexicon):
    text = ("A magistrate fined Telegram. The case had been drawn up after the company had ignored its request for "
            "the data.")
    assert not any(k == "petitioned" for _, k, _ in kinds(nlp, lexicon, text))


def test_a_court_acting_at_the_request_of_a_body_was_petitioned(nlp, lexicon):
    text = "The Supreme Court of Russia, acting at the request of the Prosecutor General's Office, ordered its closure."
    assert holds(kinds(nlp, lexicon, text), "Prosecutor General", "petitioned", "Supreme Court")


def test_the_by_agent_of_a_passive_done_at_a_request_was_asked(nlp, lexicon):
    found = kinds(nlp, lexicon, "The page was blocked by VKontakte at the request of Roskomnadzor.")
    assert holds(found, "Roskomnadzor", "petitioned", "VKontakte")
    assert not any(k == "petitioned" for _, k, _ in kinds(nlp, lexicon,
                                                            "The page was blocked at the request of Roskomnadzor."))


def test_they_after_amendments_that_include_named_groups_is_not_the_amendments(nlp, lexicon):
    text = ("The ministry lists groups under amendments that Putin signed on June 4. Five groups were entered in the "
            "register this month. They include Golos and the Kostroma Centre for Support of Public Initiatives.")
    assert not any(s == "amendments" for s, _, _ in kinds(nlp, lexicon, text))


# ---- "found X guilty of A, an offence under <B>"; "<X>, a party that is legal in Ukraine but was banned by <Y>" ----

def test_a_provision_in_apposition_to_the_offence_of_a_guilty_finding_is_its_basis(nlp, lexicon):
    text = ("The Southern District Military Court found Memedeminov guilty of public calls to terrorist activity made "
            "through the media, an offence under Part 2 of Article 205.2 of the Criminal Code.")
    assert holds(kinds(nlp, lexicon, text), "Memedeminov", "chargedUnder", "Part 2 of Article 205.2")


def test_a_provision_in_the_next_sentence_is_no_basis_of_a_guilty_finding(nlp, lexicon):
    text = "The court found Memedeminov guilty of calls to terrorism. A second man faces charges under Article 280."
    assert not holds(kinds(nlp, lexicon, text), "Memedeminov", "chargedUnder", "Article 280")


def test_a_passive_coordinated_in_a_relative_clause_acts_on_the_noun_it_describes(nlp, lexicon):
    text = ("His videos praised Hizb ut-Tahrir, an Islamic party that is legal in Ukraine but was banned as a "
            "terrorist organisation by Russia's Supreme Court in 2003.")
    assert holds(kinds(nlp, lexicon, text), "Supreme Court", "sanctioned", "Hizb ut-Tahrir")


def test_a_passive_coordinated_with_its_own_subject_keeps_it(nlp, lexicon):
    text = "His videos praised Hizb ut-Tahrir, which is legal in Ukraine, but its leader was banned from Russia in 2003."
    assert not holds(kinds(nlp, lexicon, text), "", "sanctioned", "Hizb ut-Tahrir")


# ---- titles: a chief accountant works for the body ------------------------------------------------------------------

def test_a_chief_accountant_is_an_employee_of_the_body(nlp, lexicon):
    text = ("Ivan Petrov, Meduza's former director general, and Anna Ivanova, the outlet's former chief accountant, "
            "were charged.")
    assert holds(kinds(nlp, lexicon, text), "Anna Ivanova", "roleIn", "Meduza")
    assert not any(k == "roleIn" for _, k, _ in kinds(nlp, lexicon, "Anna Ivanova, an accountant, said it was unfair."))
