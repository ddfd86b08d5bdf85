"""Rulings, laws, courts and bodies as the side of a fact its own sentence does not name: the verdict of a sentencing
told with a verb by an unnamed court ("A court in Barnaul sentenced X ... The verdict was appealed"), a ruling noun
right after the act it records ("banned LinkedIn ... The ban was lifted"), a court's conviction and sentence of one
defendant told apart and recorded by one verdict, a violation a European court found in its one judgment, and
descriptions that must stay open ("the court" after two courts named together, "the bill" after an unnamed bill).
Each shape is read from several passages of our own through the real model, with near misses that must not fire."""

from __future__ import annotations

import pytest

from tests.sentences import extraction, holds, kinds
from kg.vocab import base_of


def ruling_facts(nlp, lexicon, text: str) -> set[tuple[str, str, str]]:
    """(subject, base property, object) with every Ruling written as '@Ruling' (its label varies with its issuer)."""
    ex = extraction(nlp, lexicon, text)
    label = {e.key: "@Ruling" if e.type == "Ruling" else e.label for e in ex.entities}
    return {(label[r.subject], base_of(r.predicate), label[r.object]) for r in ex.relations}


def ruling_about(found: set, obj: str) -> bool:
    return holds(found, "@Ruling", "concerns", obj)


# --- the verdict of a court left unnamed (kg.ruling_unnamed) -------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("A court in Barnaul sentenced blogger Andrei Kuznetsov to two years in a penal colony under Article 282 of the "
     "Criminal Code. The verdict was appealed by his lawyer on Monday.", "Kuznetsov"),
    ("A magistrate in Kazan fined the activist Rustem Khairullin 30,000 roubles for 'discrediting' the army under "
     "Article 20.3.3. The ruling can be appealed within ten days.", "Khairullin"),
    ("A military court in Rostov-on-Don sentenced the Crimean journalist Remzi Bekirov to 19 years. The verdict was "
     "condemned by the OSCE.", "Bekirov"),
    ("Mikhail Simonov, a 63-year-old pensioner, received seven years for two posts. The verdict was handed down by "
     "the Meshchansky District Court.", "Simonov"),
], ids=["court-in-city", "magistrate-fine", "military-court", "received-years"])
def test_the_verdict_after_an_unnamed_courts_action_records_it(nlp, lexicon, text, person):
    assert ruling_about(ruling_facts(nlp, lexicon, text), person)


def test_the_verdict_of_an_unnamed_court_applies_the_provision(nlp, lexicon):
    found = ruling_facts(nlp, lexicon, "A court in Tomsk sentenced Vladimir Rumyantsev to three years under Article "
                                       "207.3 of the Criminal Code. The verdict, read out on Thursday, was the first "
                                       "in the region under the new law.")
    assert ruling_about(found, "Rumyantsev") and ruling_about(found, "207.3")


@pytest.mark.parametrize("text, person", [
    # two actions on different people, one verdict: either's
    ("A court in Kursk fined Pavel Lobanov 30,000 roubles, and a court in Belgorod sentenced Olga Serova to a year. "
     "The verdict was criticised by her lawyer.", "Lobanov"),
    # a verdict only asked for or expected
    ("Prosecutors asked for a sentence of five years for Anna Orlova. The decision is expected on Monday.", "Orlova"),
    # a verdict named before the action is another one
    ("Lawyers say the verdict in such cases is always written in advance. The activist Denis Ivanov was detained "
     "in May.", "Ivanov"),
], ids=["two-actions", "expected", "generic-before"])
def test_no_verdict_is_given_to_an_unnamed_courts_action_when_unclear(nlp, lexicon, text, person):
    assert not ruling_about(ruling_facts(nlp, lexicon, text), person)


# --- a ruling noun right after the act it records (kg.components.ruling_after) -------------------------------

@pytest.mark.parametrize("text, target", [
    ("The Ministry of Justice added the rights group Sova Centre to its register of foreign agents in 2016. The "
     "designation was lifted four years later.", "Sova"),
    ("Navalny's Anti-Corruption Foundation was declared extremist in June 2021. The ruling banned its activities "
     "across Russia.", "Anti-Corruption Foundation"),
    ("Roskomnadzor banned the network LinkedIn in November 2016. The ban was lifted in June 2020.", "LinkedIn"),
    ("The Justice Ministry listed the musician Zemfira as a foreign agent in February 2023. The decision was "
     "announced on a Friday evening.", "Zemfira"),
], ids=["register-designation", "declared-ruling", "banned-ban", "listed-decision"])
def test_a_ruling_noun_after_the_act_records_it(nlp, lexicon, text, target):
    assert ruling_about(ruling_facts(nlp, lexicon, text), target)


@pytest.mark.parametrize("text, target", [
    ("The Ministry of Justice may soon designate the Sova Centre a foreign agent. The designation would force it "
     "to label its materials.", "Sova"),
    ("Roskomnadzor threatened to block the messenger Signal in 2021. The decision was postponed.", "Signal"),
    ("Memorial published the names of political prisoners. The organisation said the verdicts in their cases had "
     "no legal basis.", "Memorial"),
], ids=["may-designate", "threatened-to-block", "plural-verdicts"])
def test_a_ruling_noun_after_an_act_not_done_records_nothing(nlp, lexicon, text, target):
    assert not ruling_about(ruling_facts(nlp, lexicon, text), target)


# --- one trial, one verdict: a conviction and a sentence told apart (kg.event_links.one_trial) ----------------

LEAD = ("A Moscow court on Friday sentenced the opposition politician Gleb Sorin to eight and a half years in prison "
        "for spreading \"false information\" about the army.\n\n"
        "Judge Elena Markova of the Dorogomilovsky District Court found Sorin guilty under paragraph \"d\" of Part 2 "
        "of Article 207.3 of the Criminal Code. The charge rested on a YouTube stream in which he discussed Bucha.\n\n"
        "Sorin, a former municipal council head, had refused to leave Russia. Prosecutors had asked for nine years. "
        "His supporters gathered outside the courthouse.\n\n")


@pytest.mark.parametrize("last", [
    "Amnesty International called the verdict \"a travesty of justice\".",
    "His lawyers said they would appeal the verdict.",
    "The verdict was condemned by the European Union.",
], ids=["called", "appeal", "condemned"])
def test_a_far_verdict_records_the_courts_conviction_and_sentence_of_one_defendant(nlp, lexicon, last):
    found = ruling_facts(nlp, lexicon, LEAD + last)
    assert ruling_about(found, "Sorin") and ruling_about(found, "207.3")


# --- a violation a European court found, in its one judgment (kg.ruling_violations) ----------------------------

@pytest.mark.parametrize("text", [
    "In a judgment delivered on Tuesday, the European Court of Human Rights found that Russia had violated the "
    "freedom of expression of the blogger Andrei Sergeev.\n\nSergeev was convicted in 2016 under Article 282 of the "
    "Russian Criminal Code. He served a year in a penal colony.\n\nThe Court held that there had been a violation of "
    "Article 10 of the Convention and awarded him 9,000 euros.",
    "The European Court of Human Rights issued its judgment on the complaint of Oleg Lavrov on Thursday. Lavrov had "
    "been fined for a single picket in 2019. The Strasbourg court found a violation of Article 11 of the Convention.",
], ids=["held-violation", "found-violation"])
def test_a_violation_found_is_applied_by_the_one_judgment(nlp, lexicon, text):
    found = ruling_facts(nlp, lexicon, text)
    assert any(s == "@Ruling" and k == "concerns" and o.startswith("Article 1") for s, k, o in found)


def test_no_violation_applies_nothing(nlp, lexicon):
    text = ("The European Court of Human Rights issued its judgment on the complaint of Oleg Lavrov on Thursday. "
            "Lavrov had been fined for a single picket in 2019. The Strasbourg court found no violation of Article 11 "
            "of the Convention.")
    assert not any(s == "@Ruling" and o.startswith("Article 11") for s, k, o in ruling_facts(nlp, lexicon, text))


# --- descriptions that stay open (kg.coref, kg.coref_acts) -----------------------------------------------------

@pytest.mark.parametrize("text, first, second, person", [
    ("The Tverskoy District Court and the Meshchansky District Court heard cases against the two activists. The "
     "court fined Ivan Orlov 20,000 roubles.", "Tverskoy", "Meshchansky", "Orlov"),
    ("The Justice Ministry and the Culture Ministry both criticised the play. The ministry later warned the theatre "
     "director Nina Belova.", "Justice", "Culture", "Belova"),
    ("The Leninsky District Court and the Kirovsky District Court received the prosecutors' claims. The court then "
     "fined the blogger Artem Rusakov.", "Leninsky", "Kirovsky", "Rusakov"),
], ids=["two-courts", "two-ministries", "two-courts-then"])
def test_a_description_after_two_bodies_named_together_stays_open(nlp, lexicon, text, first, second, person):
    found = kinds(nlp, lexicon, text)
    assert not holds(found, first, "sanctioned", person) and not holds(found, second, "sanctioned", person)


@pytest.mark.parametrize("text, court, person", [
    ("The case against Anna Lebedeva was heard by the Dzerzhinsky District Court of Perm. The court fined her "
     "30,000 roubles for a post about the war.", "Dzerzhinsky", "Lebedeva"),
    ("Municipal deputy Yulia Semenova appeared before the Meshchansky District Court on Wednesday. The court found "
     "her guilty of 'fakes' and sentenced her to five years.", "Meshchansky", "Semenova"),
], ids=["heard-by", "appeared-before"])
def test_a_description_after_one_court_still_resolves(nlp, lexicon, text, court, person):
    assert holds(kinds(nlp, lexicon, text), court, "sanctioned", person)


@pytest.mark.parametrize("text, law, provision", [
    ("Putin signed the law on 'foreign agents' in July 2022. A bill on 'fakes' was later introduced by the Duma. The "
     "bill would add Article 207.4 to the Criminal Code.", "foreign agents", "207.4"),
    ("The Duma adopted the law on undesirable organisations in 2015. Last year a new law on foreign agents was passed. "
     "The law added Article 330.1 to the Criminal Code.", "undesirable", "330.1"),
], ids=["a-bill-between", "a-new-law-between"])
def test_the_bill_after_an_unnamed_bill_is_not_the_named_law(nlp, lexicon, text, law, provision):
    assert not holds(kinds(nlp, lexicon, text), law, "concerns", provision)


def test_the_law_with_no_other_act_between_is_the_named_one(nlp, lexicon):
    text = ("The new law on 'fakes' was signed in March 2022. The law introduced Article 207.3 of the Criminal Code.")
    assert holds(ruling_facts(nlp, lexicon, text), "fakes", "concerns", "207.3")


# --- who requested a ruling petitioned its issuer (kg.ruling_requests) -----------------------------------------

@pytest.mark.parametrize("text, who, court", [
    ("The Meshchansky District Court of Moscow ordered the blocking of the messaging service Zangi. The decision was "
     "requested by the Federal Security Service.", "Federal Security Service", "Meshchansky"),
    ("Russia's Supreme Court has outlawed the Jehovah's Witnesses. The ruling, requested by the Justice Ministry, "
     "takes effect immediately.", "Ministry of Justice", "Supreme Court"),
    ("The Tverskoy District Court banned the website of the Ural human rights group. The ruling was made at the "
     "request of the Prosecutor General's Office.", "Prosecutor General", "Tverskoy"),
], ids=["requested-by", "apposed-participle", "at-the-request-of"])
def test_who_requested_a_ruling_petitioned_its_issuer(nlp, lexicon, text, who, court):
    assert holds(kinds(nlp, lexicon, text), who, "petitioned", court)


@pytest.mark.parametrize("text, who, court", [
    ("The Tverskoy District Court banned the website of the Ural human rights group. The Prosecutor General's "
     "Office may request a similar ruling against Mediazona.", "Prosecutor General", "Tverskoy"),
    ("The Tverskoy District Court banned the website of the Ural human rights group. The ruling was criticised by "
     "the Prosecutor General's Office as too lenient.", "Prosecutor General", "Tverskoy"),
], ids=["may-request", "criticised-by"])
def test_no_petition_without_a_request_of_the_ruling(nlp, lexicon, text, who, court):
    assert not holds(kinds(nlp, lexicon, text), who, "petitioned", court)


# --- the one free ruling and the one unnamed court's action, far apart (kg.ruling_unnamed.lone_ruling) ----------

def test_the_articles_one_ruling_records_its_one_unnamed_courts_action(nlp, lexicon):
    text = ("A court in Moscow has fined the social network Twitter 4 million roubles for failing to delete content "
            "banned in Russia.\n\nThe Tagansky District Court found that the company had repeatedly ignored "
            "Roskomnadzor's demands. It was the company's third fine this year.\n\nTwitter did not comment on the "
            "ruling.")
    assert ruling_about(ruling_facts(nlp, lexicon, text), "Twitter")


def test_two_unnamed_courts_actions_leave_a_far_ruling_open(nlp, lexicon):
    text = ("A court in Moscow has fined the social network Twitter 4 million roubles. A court in Kazan fined the "
            "Wikimedia Foundation 2 million roubles.\n\nBoth companies have been fined before. Neither has paid."
            "\n\nTwitter did not comment on the ruling.")
    found = ruling_facts(nlp, lexicon, text)
    assert not ruling_about(found, "Twitter") and not ruling_about(found, "Wikimedia")


# --- a court or body set beside its description; "the higher court"; "the watchdog" (kg.coref_acts) ------------

@pytest.mark.parametrize("text, wrong", [
    ("The Kirovsky District Court of Makhachkala sentenced the journalist Abdulmumin Gadzhiev in January. His lawyers "
     "appealed to the higher court, the Supreme Court of Dagestan.", "Kirovsky"),
    ("The Leninsky District Court of Perm fined the activist Pavel Gusev. He complained to the appeals court.",
     "Leninsky"),
    ("The Sovetsky District Court sentenced the blogger Ilnur Sharafiev. He appealed to the higher court in May.",
     "Sovetsky"),
], ids=["higher-apposed", "appeals-court", "higher-court"])
def test_the_higher_court_is_not_the_court_that_ruled(nlp, lexicon, text, wrong):
    assert not any(k == "petitioned" and wrong in o for s, k, o in kinds(nlp, lexicon, text))


@pytest.mark.parametrize("text, body, target", [
    ("The Prosecutor General's Office said on Monday it had asked Roskomnadzor to block the site of Radio Liberty. "
     "The communications watchdog blocked the site the same day.", "Roskomnadzor", "Radio Liberty"),
    ("The Interior Ministry passed its findings to Roskomnadzor on Tuesday. The regulator blocked the website of "
     "Mediazona the next day.", "Roskomnadzor", "Mediazona"),
], ids=["prosecutors-asked", "ministry-passed"])
def test_a_watchdog_is_no_prosecutors_office_or_ministry(nlp, lexicon, text, body, target):
    assert holds(kinds(nlp, lexicon, text), body, "sanctioned", target)


# --- "Strasbourg" for the article's one court of human rights (kg.coref_acts.strasbourg) ----------------------

@pytest.mark.parametrize("text, who", [
    ("Ivan Kulikov complained to Strasbourg that his conviction violated his freedom of expression. The European "
     "Court of Human Rights agreed in 2021.", "Kulikov"),
    ("The European Court of Human Rights has received the complaint of Nadezhda Mironova. Lawyers for the group "
     "Memorial also applied to Strasbourg in 2022.", "Memorial"),
    ("The ECHR struck out the case last year. The activist Lev Ponomarev then petitioned Strasbourg again.",
     "Ponomarev"),
], ids=["complained-to", "applied-to", "petitioned"])
def test_strasbourg_as_the_court_petitioned(nlp, lexicon, text, who):
    assert holds(kinds(nlp, lexicon, text), who, "petitioned", "European Court of Human Rights")


@pytest.mark.parametrize("text", [
    "Ivan Kulikov complained to Strasbourg that his conviction violated his freedom of expression. He is still "
    "waiting for an answer.",
    "The activist Lev Ponomarev spoke at a conference in Strasbourg. The European Court of Human Rights had ruled in "
    "his favour in 2019.",
], ids=["no-echr-named", "place"])
def test_strasbourg_as_a_place_or_with_no_court_named_is_no_court(nlp, lexicon, text):
    assert not any(k == "petitioned" for s, k, o in kinds(nlp, lexicon, text))


# --- "its judgment in the case of <A> v. Russia": one ruling (kg.ruling_identity) -------------------------------

@pytest.mark.parametrize("text", [
    "The European Court of Human Rights on Tuesday delivered its judgment in the case of Kolesnikov v. Russia. The "
    "Court held that there had been a violation of Article 10.",
    "The ECHR issued a judgment in Savelyev v. Russia on Thursday. It found a violation of Article 11.",
    "Strasbourg judges published their ruling in the case of Tyumentsev v. Russia in May.",
], ids=["delivered", "issued", "published"])
def test_a_ruling_noun_and_the_case_named_after_it_are_one_ruling(nlp, lexicon, text):
    ex = extraction(nlp, lexicon, text)
    assert len([e for e in ex.entities if e.type == "Ruling"]) == 1


def test_two_judgments_named_apart_stay_two(nlp, lexicon):
    text = ("The European Court of Human Rights issued its judgment in the case of Kolesnikov v. Russia on Tuesday. "
            "It had ruled in Savelyev v. Russia a year earlier.")
    ex = extraction(nlp, lexicon, text)
    assert len([e for e in ex.entities if e.type == "Ruling"]) == 2


# --- "Prosecutors" without an article: the one prosecutor's office named (kg.coref_acts.bare_staff) -------------

@pytest.mark.parametrize("text, office, court", [
    ("The Moscow Prosecutor's Office sent the case to the Khamovnichesky District Court in May. Prosecutors asked "
     "the court to sentence the activist Ilya Zhukov to four years.", "Moscow Prosecutor", "Khamovnichesky"),
    ("The St Petersburg Prosecutor's Office opened an inquiry into the artist in April. Prosecutors asked the "
     "Vasileostrovsky District Court to jail her for eight years.", "St Petersburg Prosecutor", "Vasileostrovsky"),
], ids=["sent-then-asked", "inquiry-then-asked"])
def test_bare_prosecutors_are_the_one_office_named(nlp, lexicon, text, office, court):
    assert holds(kinds(nlp, lexicon, text), office, "petitioned", court)


@pytest.mark.parametrize("text, body", [
    ("Roskomnadzor blocked the website of the outlet Mediazona in March. Prosecutors asked the Tverskoy District Court "
     "to fine its editor.", "Roskomnadzor"),
    ("The Moscow Prosecutor's Office said nothing. Prosecutors in Russia rarely ask the Supreme Court to review "
     "verdicts.", "Moscow Prosecutor"),
], ids=["no-office-named", "generic"])
def test_bare_prosecutors_with_no_office_or_generic_stay_open(nlp, lexicon, text, body):
    assert not any(k == "petitioned" and body in s for s, k, o in kinds(nlp, lexicon, text))


# --- a case's applicant named in full only elsewhere (kg.ruling_applicants) -------------------------------------

@pytest.mark.parametrize("text, person", [
    ("The European Court of Human Rights delivered its judgment in the case of Kolesnikov v. Russia on Tuesday. The "
     "applicant, Yegor Kolesnikov, is a blogger from Vologda.", "Yegor Kolesnikov"),
    ("The European Court of Human Rights on Thursday published its judgment in the case of Savelyev v. Russia. The "
     "applicant, Ivan Savelyev, had organised a picket in 2019.", "Ivan Savelyev"),
    ("In the case of Nossik v. Russia, the European Court of Human Rights found that the applicant's conviction was "
     "unjustified. The applicant, the blogger Anton Nossik, died in 2017.", "Anton Nossik"),
], ids=["judgment-in-case", "published", "case-first"])
def test_the_applicant_named_in_full_elsewhere_petitioned_the_court(nlp, lexicon, text, person):
    found = kinds(nlp, lexicon, text)
    assert holds(found, person, "petitioned", "European Court of Human Rights")


def test_two_people_of_the_surname_leave_the_applicant_open(nlp, lexicon):
    text = ("The European Court of Human Rights delivered its judgment in the case of Kolesnikov v. Russia on Tuesday. "
            "Yegor Kolesnikov and his brother Pavel Kolesnikov both testified.")
    assert not any(k == "petitioned" for s, k, o in kinds(nlp, lexicon, text))


# --- "In its Resolution No. 1-P, the court held ...": a numbered ruling misread as a compound (kg.ruling_clauses) -

@pytest.mark.parametrize("text, provision", [
    ("In its Resolution No. 1-P of 2019, the Constitutional Court held that Article 20.2 of the Code of "
     "Administrative Offences did not violate the Constitution.", "20.2"),
    ("In its Resolution No. 10-P, the Constitutional Court ruled that Article 212.1 must be applied only to "
     "dangerous protests.", "212.1"),
], ids=["held", "ruled"])
def test_a_numbered_resolution_framing_the_courts_clause_is_about_what_it_names(nlp, lexicon, text, provision):
    found = ruling_facts(nlp, lexicon, text)
    assert ruling_about(found, provision) and holds(found, "Constitutional Court", "issued", "@Ruling")


# --- a verdict noun named just before the sentencing it records (kg.components.ruling_after, kg.ruling_unnamed) --

@pytest.mark.parametrize("text, person", [
    ("The verdict came after a two-day trial. The Kirovsky District Court of Omsk sentenced the blogger Sergei Kuzin "
     "to three years.", "Kuzin"),
    ("Friday's verdict was the harshest yet. A court in Vladivostok sentenced the teacher Galina Lomova to six years "
     "under Article 207.3.", "Lomova"),
    ("The ruling was issued on Monday. The Zheleznodorozhny District Court of Ulan-Ude fined the activist Viktor "
     "Ilyin 20,000 roubles.", "Ilyin"),
], ids=["lead-verdict-named-court", "dated-verdict-unnamed-court", "lead-ruling-fine"])
def test_a_verdict_named_just_before_the_sentencing_records_it(nlp, lexicon, text, person):
    assert ruling_about(ruling_facts(nlp, lexicon, text), person)


@pytest.mark.parametrize("text, person", [
    ("Activists gathered outside. Lawyers criticised the decision. The Kirovsky District Court of Omsk later fined "
     "the blogger Sergei Kuzin.", "Kuzin"),
    ("The verdict is expected next week. The Kirovsky District Court of Omsk fined the blogger Sergei Kuzin's "
     "colleague Anna Belova in a separate case.", "Belova"),
], ids=["mid-paragraph", "expected"])
def test_a_verdict_noun_not_leading_or_not_yet_given_records_no_later_sentencing(nlp, lexicon, text, person):
    assert not ruling_about(ruling_facts(nlp, lexicon, text), person)


# --- "upheld that decision" after an ECHR judgment is a domestic ruling (kg.ruling_identity) -------------------

def test_a_decision_upheld_is_never_the_echr_judgment(nlp, lexicon):
    text = ("The European Court of Human Rights on Tuesday delivered its judgment in the case of Savelyev v. "
            "Russia.\n\nThe applicant, Ivan Savelyev, lives in Vologda. In 2016 the Vologda City Court fined him "
            "20,000 roubles under Article 20.2 of the Code of Administrative Offences. The Vologda Regional Court "
            "upheld that decision on appeal.")
    ex = extraction(nlp, lexicon, text)
    forms = [set(e.forms) for e in ex.entities if e.type == "Ruling"]
    assert not any("judgment" in f and "decision" in f for f in forms)
    assert len(forms) == 2
