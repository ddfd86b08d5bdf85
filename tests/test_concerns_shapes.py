"""Shapes of kg:concerns (what a ruling or law is about) read through the real model from sentences of our own:
companions convicted by the same verdict, rulings 'in which' a court held something, laws described as amendments,
new provisions of an amended code, descriptions 'known as' a law, and the items a listing act names."""

from __future__ import annotations

import pytest

import sentences
from sentences import has


def facts(nlp, lexicon, text: str) -> set[tuple[str, str, str]]:
    return sentences.facts(nlp, lexicon, text, published="2023-06-01")


def concerns(found: set, subject: str, obj: str) -> bool:
    """A concerns fact (any of its finer properties) from a label containing `subject` to one containing `obj`."""
    return any(has(found, subject, p, obj) for p in ("concerns", "targets", "applies", "amends", "interprets"))


# --- one verdict, several defendants (relation.ruling_of_companion.v1) ---------------------------------------

@pytest.mark.parametrize("text, defendant, provision", [
    ("The Leninsky District Court of Saratov found Ivan Petrov guilty under Part 1 of Article 282.2 of the Criminal "
     "Code and handed down the verdict on Monday. Oleg Sidorov, who was convicted of taking part in the group under "
     "Part 2 of Article 282.2 of the Criminal Code, received two years.", "Sidorov", "Part 2 of Article 282.2"),
    ("The Basmanny District Court convicted Anna Volkova under Article 207.3 of the Criminal Code and read out its "
     "verdict. Her co-defendant Pavel Orlov was convicted under Article 280.3 of the Criminal Code.",
     "Orlov", "Article 280.3"),
    ("The Kirovsky District Court of Omsk sentenced Sergei Belov to six years under Part 1 of Article 282.2 of the "
     "Criminal Code, and the verdict was read out in an empty hall. Dmitry Kozlov was sentenced to two years under "
     "Part 2 of Article 282.2 of the Criminal Code.", "Kozlov", "Part 2 of Article 282.2"),
], ids=["relative-clause", "co-defendant", "passive-sentence"])
def test_a_conviction_told_right_after_a_verdict_is_recorded_by_it(nlp, lexicon, text, defendant, provision):
    found = facts(nlp, lexicon, text)
    assert has(found, "verdict", "targets", defendant)
    assert has(found, "verdict", "applies", provision)


@pytest.mark.parametrize("text, defendant", [
    ("The Leninsky District Court of Saratov found Ivan Petrov guilty under Part 1 of Article 282.2 of the Criminal "
     "Code and handed down the verdict on Monday. Oleg Sidorov may be convicted under Part 2 of Article 282.2 of the "
     "Criminal Code next year.", "Sidorov"),
    ("The Leninsky District Court of Saratov found Ivan Petrov guilty under Part 1 of Article 282.2 of the Criminal "
     "Code and handed down the verdict on Monday. The weather was cold. Nobody came. Oleg Sidorov was convicted "
     "under Part 2 of Article 282.2 of the Criminal Code in 2015.", "Sidorov"),
    ("The Leninsky District Court of Saratov found Ivan Petrov guilty under Part 1 of Article 282.2 of the Criminal "
     "Code and handed down the verdict on Monday. Oleg Sidorov was convicted by the Samara Regional Court under Part "
     "2 of Article 282.2 of the Criminal Code.", "Sidorov"),
], ids=["modal", "far-away", "own-court"])
def test_a_conviction_not_told_as_a_companion_keeps_off_the_verdict(nlp, lexicon, text, defendant):
    assert not has(facts(nlp, lexicon, text), "Leninsky District Court of Saratov verdict", "targets", defendant)


# --- 'a ruling in which the court held ...' (relation.concerns_in_ruling.v1) -----------------------------------

@pytest.mark.parametrize("text, ruling, obj", [
    ("The Moscow City Court issued a ruling in which it found that Memorial had violated Article 13.15 of the Code "
     "of Administrative Offenses.", "ruling", "Article 13.15"),
    ("The Moscow City Court issued a ruling in which it found that Memorial had violated Article 13.15 of the Code "
     "of Administrative Offenses.", "ruling", "Memorial"),
    ("It followed a July 2015 resolution in which the Constitutional Court held that the Constitution takes priority "
     "over international treaties.", "resolution", "Constitution"),
    ("The Supreme Court published its decision, by which the judges declared Article 20.3.3 of the Code of "
     "Administrative Offenses compatible with the Constitution.", "decision", "Article 20.3.3"),
], ids=["found-provision", "found-organisation", "held-law", "by-which"])
def test_a_ruling_in_which_a_court_holds_something_concerns_it(nlp, lexicon, text, ruling, obj):
    assert concerns(facts(nlp, lexicon, text), ruling, obj)


@pytest.mark.parametrize("text, obj", [
    ("The Moscow City Court issued a ruling in which it did not find that Memorial had violated Article 13.15 of "
     "the Code of Administrative Offenses.", "Article 13.15"),
    ("The Moscow City Court issued a ruling in which it may later say that Memorial had violated Article 13.15 of "
     "the Code of Administrative Offenses.", "Memorial"),
], ids=["negated", "modal"])
def test_a_ruling_in_which_nothing_is_asserted_concerns_nothing_there(nlp, lexicon, text, obj):
    assert not concerns(facts(nlp, lexicon, text), "ruling", obj)


# --- '<law>, an amendment to <law>' (relation.amendment_to.v1) ------------------------------------------------

@pytest.mark.parametrize("text, law, amended", [
    ('The "Dima Yakovlev law", an amendment to the Family Code, was signed in 2012.', "Dima Yakovlev", "Family Code"),
    ("The so-called Yarovaya law is a set of amendments to the Criminal Code.", "Yarovaya", "Criminal Code"),
    ('The fine coincides with the entry into force of the "Sovereign Internet law", an amendment to the Law on '
     'Communications that Putin signed last year.', "sovereign internet", "Communications"),
], ids=["appositive", "copula-set-of", "misparsed-appositive"])
def test_a_law_described_as_an_amendment_amends_the_act(nlp, lexicon, text, law, amended):
    assert has(facts(nlp, lexicon, text), law, "amends", amended)


@pytest.mark.parametrize("text, law, amended", [
    ("The Yarovaya law is not an amendment to the Criminal Code.", "Yarovaya", "Criminal Code"),
    ("The Yarovaya law would be an amendment to the Criminal Code.", "Yarovaya", "Criminal Code"),
    ("The Yarovaya law, signed in 2016, angered critics of the Criminal Code.", "Yarovaya", "Criminal Code"),
], ids=["negated", "hedged", "no-amendment-noun"])
def test_a_law_not_described_as_an_amendment_amends_nothing(nlp, lexicon, text, law, amended):
    assert not has(facts(nlp, lexicon, text), law, "amends", amended)


# --- 'a new Article N of <code>' (relation.new_provision.v1) --------------------------------------------------

@pytest.mark.parametrize("text, law, provision", [
    ("The Duma passed a second bill amending the Code of Administrative Offenses. A first offence is now punished "
     "under a new Article 20.3.1 of the Code of Administrative Offenses.", "bill", "Article 20.3.1"),
    ("The so-called Yarovaya law is a set of amendments to the Criminal Code. A new Article 205.6 of the Criminal "
     "Code punishes failure to report grave crimes.", "Yarovaya", "Article 205.6"),
], ids=["bill", "named-law"])
def test_a_new_provision_of_an_amended_code_is_the_amending_laws(nlp, lexicon, text, law, provision):
    assert has(facts(nlp, lexicon, text), law, "amends", provision)


@pytest.mark.parametrize("text, provision", [
    ("The Duma passed a bill amending the Criminal Code. Prosecutors still rely on Article 205.6 of the Criminal "
     "Code.", "Article 205.6"),
    ("The Yarovaya law is a set of amendments to the Criminal Code, and the Dima Yakovlev law also amended the "
     "Criminal Code. A new Article 205.6 of the Criminal Code punishes failure to report grave crimes.",
     "Article 205.6"),
], ids=["not-new", "two-amending-laws"])
def test_a_provision_not_clearly_added_is_left_alone(nlp, lexicon, text, provision):
    found = facts(nlp, lexicon, text)
    assert not any(p == "amends" and provision in o and "Code" not in s for s, p, o in found)


# --- '<description>, amending <law>, is known as <law>' (relation.amends_known_as.v1) ---------------------------

@pytest.mark.parametrize("text, law, amended", [
    ("The two bills, amending the Criminal Code and a dozen other laws, are already known as the Yarovaya law.",
     "Yarovaya", "Criminal Code"),
    ("The measures, which amend the Family Code, were dubbed the Dima Yakovlev law.", "Dima Yakovlev", "Family Code"),
], ids=["participle", "relative"])
def test_a_description_known_as_a_law_gives_it_what_it_amends(nlp, lexicon, text, law, amended):
    assert has(facts(nlp, lexicon, text), law, "amends", amended)


def test_a_description_that_does_not_amend_gives_nothing(nlp, lexicon):
    text = "The two bills, which do not amend the Criminal Code, are already known as the Yarovaya law."
    assert not has(facts(nlp, lexicon, text), "Yarovaya", "amends", "Criminal Code")


# --- the items a listing act names (relation.concerns_listed.v1) ----------------------------------------------

@pytest.mark.parametrize("text, ruling, target", [
    ("On Monday President Putin signed a decree that lists the banned groups: among them are Memorial and Golos.",
     "decree", "Golos"),
    ("In May the Ministry of Justice issued a new resolution which names five companies. Among them are Yandex and "
     "Ozon.", "resolution", "Ozon"),
    ("A government resolution adopted in November sets out the list of programs: among them are the Yandex browser "
     "and the VKontakte social network of the Mail.ru Group.", "resolution", "VKontakte"),
], ids=["colon", "next-sentence", "set-out"])
def test_a_listing_act_targets_the_items_it_names(nlp, lexicon, text, ruling, target):
    assert has(facts(nlp, lexicon, text), ruling, "targets", target)


@pytest.mark.parametrize("text, ruling, target", [
    ("The Justice Ministry order does not list the companies: among them are Avito and Sber.", "order", "Sber"),
    ("A government resolution adopted in November sets out the list of programs: among them are the Yandex browser "
     "and the VKontakte social network of the Mail.ru Group.", "resolution", "Mail.ru"),
    ("In May the Ministry of Justice issued a new resolution which will name five companies. Among them are Yandex "
     "and Ozon.", "resolution", "Ozon"),
], ids=["negated", "owner-of-an-item", "future"])
def test_a_listing_act_targets_no_one_else(nlp, lexicon, text, ruling, target):
    assert not has(facts(nlp, lexicon, text), ruling, "targets", target)


# --- a European court's finding and the case named last (relation.concerns_court_finding.v1) ----------------------

LEAD_CASE = ("The European Court of Human Rights ruled on Tuesday in three blocking cases. The lead case, Ivan "
             "Sokolov v. Russia, was brought by Ivan Sokolov, a publisher whose site was blocked. ")


@pytest.mark.parametrize("finding, provision", [
    ("The Strasbourg court found that the blocking had been carried out under Article 15.1 of the Law on "
     "Information.", "Article 15.1"),
    ("The European Court concluded that Article 15.3 of the Law on Information gave the authorities unlimited "
     "power.", "Article 15.3"),
], ids=["found-under", "concluded"])
def test_a_european_courts_finding_concerns_the_case_named_last(nlp, lexicon, finding, provision):
    found = facts(nlp, lexicon, LEAD_CASE + finding)
    cases = {s for s, p, o in found if p == "targets" and "Sokolov" in o}  # the case judgment targets its applicant
    assert cases and any(has(found, case, "applies", provision) for case in cases)


@pytest.mark.parametrize("text", [
    LEAD_CASE + "The Strasbourg court did not find that the blocking had been carried out under Article 15.1 of the "
    "Law on Information.",
    "The lead case, Ivan Sokolov v. Russia, was brought by Ivan Sokolov, a publisher. The Tagansky District Court "
    "found that the blocking had been carried out under Article 15.1 of the Law on Information.",
    LEAD_CASE + "The Strasbourg court held that there had been no violation of Article 15.1 of the Law on "
    "Information.",
], ids=["negated", "a-russian-court", "no-violation"])
def test_no_case_gets_a_finding_not_made_by_a_european_court(nlp, lexicon, text):
    found = facts(nlp, lexicon, text)
    cases = {s for s, p, o in found if p == "targets" and "Sokolov" in o}
    assert cases and not any(has(found, case, "applies", "Article 15.1") for case in cases)


# --- 'the verdict handed down to <Person>' (relation.concerns_recipient.v1) -------------------------------------

@pytest.mark.parametrize("text, ruling, target", [
    ("On Friday the Meshchansky District Court issued a verdict. Lawyers said the verdict handed down to Ilya Yashin "
     "was political.", "verdict", "Yashin"),
    ("In March Roskomnadzor issued a warning. The editors said the warning issued to Ekho Moskvy was lawful.",
     "warning", "Echo of Moscow"),
    ("The Tagansky District Court imposed a ban. The ban that the court imposed on LinkedIn remains in force.",
     "ban", "LinkedIn"),
], ids=["participle-misread", "participle", "relative"])
def test_a_ruling_handed_to_someone_in_its_own_clause_targets_them(nlp, lexicon, text, ruling, target):
    assert has(facts(nlp, lexicon, text), ruling, "targets", target)


@pytest.mark.parametrize("text, ruling, target", [
    ("On Friday the Meshchansky District Court issued a verdict. The verdict will be handed to Ilya Yashin next "
     "week.", "verdict", "Yashin"),
    ("In March Roskomnadzor issued a warning. The warning was not issued to Ekho Moskvy.", "warning",
     "Echo of Moscow"),
], ids=["future", "negated"])
def test_a_ruling_not_yet_or_never_handed_over_targets_no_one(nlp, lexicon, text, ruling, target):
    assert not has(facts(nlp, lexicon, text), ruling, "targets", target)


# --- an appeal court's ruling and whom the appeal was about (relation.concerns_appeal.v1) -------------------------

@pytest.mark.parametrize("text, target", [
    ("The Moscow City Court on Monday rejected the appeal against the sentence of Ilya Yashin. The decision is "
     "final.", "Yashin"),
    ("The Khabarovsk Regional Court on Tuesday dismissed the prosecution's appeal against the acquittal of Ilya "
     "Yashin. He had been charged in 2019. The trial was held behind closed doors. Prosecutors appealed. "
     "Tuesday's decision is final.", "Yashin"),
], ids=["next-sentence", "by-day"])
def test_an_appeal_courts_ruling_concerns_whom_the_appeal_was_against(nlp, lexicon, text, target):
    assert has(facts(nlp, lexicon, text), "Court decision", "targets", target)


@pytest.mark.parametrize("text", [
    "The Moscow City Court on Monday did not reject the appeal against the sentence of Ilya Yashin. The decision "
    "is expected later.",
    "The Moscow City Court may reject the appeal against the sentence of Ilya Yashin. The decision is expected "
    "later.",
    "The Moscow City Court on Monday rejected the appeal against the sentence of Ilya Yashin. The decision of the "
    "Supreme Court and the ruling of the Meshchansky District Court were both cited.",
], ids=["negated", "modal", "two-candidate-rulings"])
def test_no_appeal_ruling_is_chosen_without_a_clear_decision(nlp, lexicon, text):
    found = facts(nlp, lexicon, text)
    assert not any(p == "targets" and "Yashin" in o and "decision" in s for s, p, o in found)
