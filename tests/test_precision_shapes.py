"""Shapes that used to give false facts, read through the real model from sentences of our own: a finding set
earlier than the ruling just told, a second act listed after the first, and a pronoun owning a ruling in a fronted
'In its ruling ...' phrase. Each false fact must be gone, and the true one of a near-identical sentence must stay."""

from __future__ import annotations

import pytest

import sentences
from sentences import has


def facts(nlp, lexicon, text: str) -> set[tuple[str, str, str]]:
    return sentences.facts(nlp, lexicon, text, published="2023-06-01")


def concerns(found: set, subject: str, obj: str) -> bool:
    return any(has(found, subject, p, obj) for p in ("concerns", "targets", "applies", "amends", "interprets"))


# --- a finding set earlier belongs to another ruling (relation.concerns_court_finding.v1) -------------------

EARLIER = [
    ("The European Court of Human Rights issued its judgment on compensation in March 2019. It had found two years "
     "earlier that the seizure of the newspaper violated Article 10 of the European Convention on Human Rights.",
     "Article 10"),
    ("The Constitutional Court issued a ruling on the rally law on Tuesday. The court previously held that Article "
     "20.2 of the Code of Administrative Offenses was compatible with the Constitution.", "Article 20.2"),
    ("The Supreme Court issued a ruling on the appeal in May. The court had earlier found that Article 282 of the "
     "Criminal Code was applied too broadly.", "Article 282"),
]
SAME_TIME = [
    ("The European Court of Human Rights issued its judgment on compensation in March 2019. It found that the "
     "seizure of the newspaper violated Article 10 of the European Convention on Human Rights.", "Article 10"),
    ("The Constitutional Court issued a ruling on the rally law on Tuesday. The court held that Article 20.2 of the "
     "Code of Administrative Offenses was compatible with the Constitution.", "Article 20.2"),
]


@pytest.mark.parametrize("text, provision", EARLIER, ids=["years-earlier", "previously", "had-earlier"])
def test_a_finding_dated_before_the_ruling_in_view_is_not_about_it(nlp, lexicon, text, provision):
    found = facts(nlp, lexicon, text)
    assert not any(concerns(found, kind, provision) for kind in ("judgment", "ruling"))


@pytest.mark.parametrize("text, provision", SAME_TIME, ids=["it-found", "the-court-held"])
def test_a_finding_told_with_the_ruling_is_about_it(nlp, lexicon, text, provision):
    found = facts(nlp, lexicon, text)
    assert any(concerns(found, kind, provision) for kind in ("judgment", "ruling"))


# --- the next act of a list is not what the first one changes (relation.concerns_acl.v1) -------------------

@pytest.mark.parametrize("text, first, second", [
    ("Putin also signed a bill expanding the register of foreign agents and a law raising penalties for defamation.",
     "register of foreign agents", "penalties for defamation"),
    ("The Duma passed a law banning the propaganda of drugs and a bill raising fines for unlicensed rallies.",
     "propaganda of drugs", "unlicensed rallies"),
    ("Among them were a bill creating a register of bloggers and a law requiring hosting providers to store data.",
     "register of bloggers", "store data"),
], ids=["bill-and-law", "law-and-bill", "among-them"])
def test_a_second_listed_act_is_not_an_object_of_the_first(nlp, lexicon, text, first, second):
    found = facts(nlp, lexicon, text)
    assert not any(first in s and second in o for s, _, o in found)


@pytest.mark.parametrize("text, act, changed", [
    ("The Duma passed a bill amending Article 282 of the Criminal Code and the Code of Administrative Offenses.",
     "bill", "Code of Administrative Offenses"),
    ("The Federation Council approved a bill amending the Law on Information and the Criminal Code.",
     "bill", "Criminal Code"),
], ids=["provision-and-code", "law-and-code"])
def test_laws_coordinated_as_objects_stay_objects(nlp, lexicon, text, act, changed):
    found = facts(nlp, lexicon, text)
    assert has(found, act, "amends", changed)


# --- 'In its ruling the court ...': the pronoun points ahead (relation.issued_of.v1) ------------------------

@pytest.mark.parametrize("text, wrong", [
    ("Deputies of the State Duma asked the court to strike the law down. In its ruling the court agreed only in part.",
     "State Duma"),
    ("The lawsuit was filed by the Justice Ministry in November. In its decision the court went further than the "
     "plaintiff had asked.", "Ministry of Justice"),
    ("The complaint came from Roskomnadzor. By its ruling the court ordered the block to start at once.",
     "Roskomnadzor"),
    ("Lawyers for Memorial appealed to the Prosecutor General's Office. In its decision the panel rejected every "
     "argument.", "Prosecutor General"),
], ids=["duma", "ministry", "regulator", "prosecutors"])
def test_a_fronted_its_ruling_is_not_the_body_named_before(nlp, lexicon, text, wrong):
    found = facts(nlp, lexicon, text)
    assert not any(wrong in s and p == "issued" for s, p, _ in found)


@pytest.mark.parametrize("text, issuer", [
    ("A group of State Duma deputies asked the judges to strike the law down. In its ruling the Constitutional Court "
     "agreed only in part.", "Constitutional Court"),
    ("The lawsuit was filed by the Justice Ministry in November. In its decision the Supreme Court went further than "
     "the plaintiff had asked.", "Supreme Court"),
    ("The complaint came from Roskomnadzor. By its ruling the Tagansky District Court ordered the block to start at "
     "once.", "Tagansky District Court"),
    ("The Constitutional Court met on Thursday. Its ruling was published a week later.", "Constitutional Court"),
    ("Roskomnadzor sent the warning to the outlet. The outlet appealed against its decision.", "Roskomnadzor"),
], ids=["named-court", "named-supreme", "named-district", "its-ruling-subject", "its-decision-object"])
def test_the_issuer_of_its_ruling_stays_when_named(nlp, lexicon, text, issuer):
    found = facts(nlp, lexicon, text)
    assert any(issuer in s and p == "issued" for s, p, _ in found)


# --- "the court's written decision" about a ruling told before (relation.issued_of.v1) ---------------------

@pytest.mark.parametrize("text, right, wrong", [
    ("The Tagansky District Court issued a ruling on Friday ordering the messenger blocked. In March the Supreme "
     "Court had rejected the company's challenge. Roskomnadzor said blocking would start once it received the "
     "court's written decision.", "Tagansky District Court", "Supreme Court"),
    ("The Basmanny District Court handed down the verdict on Monday. Last year the Moscow City Court had refused to "
     "release him. His lawyers said they would appeal once they received the court's written verdict.",
     "Basmanny District Court", "Moscow City Court"),
    ("The Meshchansky District Court issued its decision on the outlet on Tuesday. The Supreme Court declined to "
     "hear an earlier complaint. The editors said they would study the court's full decision.",
     "Meshchansky District Court", "Supreme Court"),
], ids=["written-decision", "written-verdict", "full-decision"])
def test_a_described_owner_of_a_ruling_told_before_is_not_a_new_issuer(nlp, lexicon, text, right, wrong):
    found = facts(nlp, lexicon, text)
    assert has(found, right, "issued", right)
    assert not any(wrong in s and p == "issued" for s, p, _ in found)


@pytest.mark.parametrize("text, issuer", [
    ("The Supreme Court rejected the company's challenge in March. Roskomnadzor said blocking would start once it "
     "received the court's written decision.", "Supreme Court"),
    ("The Moscow City Court heard the appeal on Monday. The court's ruling is final.", "Moscow City Court"),
], ids=["first-told-by-description", "court-ruling-final"])
def test_a_described_owner_of_a_ruling_told_first_is_its_issuer(nlp, lexicon, text, issuer):
    assert has(facts(nlp, lexicon, text), issuer, "issued", issuer)


# --- "<X> said it had begun closing its office": 'its' is X (kg.coref clause_subject) -------------------------

@pytest.mark.parametrize("text, owner, other, owned", [
    ("Human Rights Watch was struck off the register. The Carnegie Endowment said it had already begun closing its "
     "Moscow Center.", "Carnegie Endowment", "Human Rights Watch", "Moscow Center"),
    ("Amnesty International was struck off the register. The Carnegie Endowment said it had started winding down "
     "its Moscow Center.", "Carnegie Endowment", "Amnesty", "Moscow Center"),
    ("The Justice Ministry named Human Rights Watch. The Carnegie Endowment said it was trying to save its Moscow "
     "Center, the think tank it founded in 1994.", "Carnegie Endowment", "Human Rights Watch", "Moscow Center"),
    ("Memorial was also listed. Golden Frog said it had decided to shut down its subsidiary VyprVPN in Russia.",
     "Golden Frog", "Memorial", "VyprVPN"),
], ids=["begun-closing", "started-winding-down", "trying-to-save", "decided-to-shut"])
def test_its_in_a_clause_completing_a_verb_of_it_is_that_subject(nlp, lexicon, text, owner, other, owned):
    found = facts(nlp, lexicon, text)
    assert has(found, owner, "owns", owned)
    assert not has(found, other, "owns", owned)


def test_its_after_an_object_that_controls_the_clause_is_not_the_subject(nlp, lexicon):
    found = facts(nlp, lexicon, "Memorial was also listed. The Carnegie Endowment asked Memorial to close its "
                                "Moscow Center.")
    assert not has(found, "Carnegie Endowment", "owns", "Moscow Center")
