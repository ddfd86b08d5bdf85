"""Shapes found in the d37-d42 development articles (written before the extractor was run on them), read
through the real model from sentences of our own: a ruling noun that sums up the clause before it, "placed in
custody", a court request granted in a participle, a name given by "known as", "demanded that X ...", the
acquittal of someone, a ruling named by its weekday, a town named after its river, a regional supreme court,
and the typing of names after outlet nouns, of given names before a surname and of acronyms that only describe."""

from __future__ import annotations

import pytest

from sentences import entities, extraction, facts, has


@pytest.mark.parametrize("text, expected", [
    # an indefinite decision noun after a comma sums up the clause: its subject issued it, its object is targeted
    ("The Leninsky District Court fined Meduza 200,000 rubles, a decision the outlet said it would appeal.",
     [("Leninsky District Court", "issued", "decision"), ("decision", "targets", "Meduza")]),
    ("The Supreme Court outlawed the Jehovah's Witnesses in 2017, a ruling that led to many criminal cases.",
     [("Supreme Court", "issued", "ruling"), ("ruling", "targets", "Jehovah")]),
    # "placed X in custody", "remanded X": a detention
    ("The Basmanny District Court placed Ivan Safronov in custody on Tuesday.",
     [("Basmanny District Court", "detained", "Ivan Safronov")]),
    # a participle granting a request: the clause's actor is the one asked
    ("The Moscow City Court liquidated the group on Tuesday, granting a lawsuit filed by the Justice Ministry.",
     [("Ministry of Justice", "petitioned", "Moscow City Court")]),
    # an upper-case dateline parsed as a second subject does not hide the real one from a coordinated verb
    ("SAMARA, May 3 — The Supreme Court on Monday declared the group extremist and banned Memorial's activities.",
     [("Supreme Court", "banned", "Memorial")]),
    # "the <noun> known as X", "a site called X": the name is what the noun phrase stands for
    ("The Supreme Court declared the youth movement known as AUE an extremist organization.",
     [("Supreme Court", "designated", "AUE")]),
    ("Roskomnadzor blocked a news site called Meduza on Friday.", [("Roskomnadzor", "blocked", "Meduza")]),
    # "demanded that X do": X is the one asked; a plural anaphor stands for the pair named before
    ("Roskomnadzor demanded that Apple remove the app.", [("Roskomnadzor", "petitioned", "Apple")]),
    ("Apple and Google removed the app on Friday. The regulator Roskomnadzor had demanded that both companies "
     "delete it.", [("Roskomnadzor", "petitioned", "Apple"), ("Roskomnadzor", "petitioned", "Google")]),
    # "the acquittal of X" (a verdict): X is who it is about; the court that acquitted issued it
    ("Prosecutors appealed against the acquittal of Ivan Petrov. The Leninsky District Court had acquitted him in "
     "May.", [("verdict", "targets", "Ivan Petrov"), ("Leninsky District Court", "issued", "verdict")]),
    # "Friday's decision": the body that acted "on Friday" issued it
    ("The Moscow City Court on Friday rejected the appeal of Ivan Petrov. The Justice Ministry designated him a "
     "foreign agent in 2022. Friday's decision is final.", [("Moscow City Court", "issued", "decision")]),
    # "granted the request for his arrest": the court orders the arrest of the one the pronoun stands for
    ("Ivan Petrov was detained on Monday. The Meshchansky District Court, which granted the investigators' request "
     "for his arrest, refused bail.", [("Meshchansky District Court", "detained", "Ivan Petrov")]),
    # "the investigators' request": the Investigative Committee asked
    ("The Investigative Committee charged Ivan Petrov on Thursday. The Abakan City Court, which granted the "
     "investigators' request for his arrest, refused bail.",
     [("Investigative Committee", "petitioned", "Abakan City Court")]),
    # "refused to consider a complaint by X": X complained to the court, whatever the court then did
    ("The Constitutional Court refused to consider a complaint by Memorial, saying the law was clear.",
     [("Memorial", "complainedTo", "Constitutional Court")]),
    # "the outlet X and the journalist Y": the second of a pair hung on the first one's apposition
    ("The Justice Ministry on Friday added the news outlet The Insider and the journalist Ivan Ivanov to its "
     "register of foreign agents.", [("Ministry of Justice", "designated", "The Insider"),
                                     ("Ministry of Justice", "designated", "Ivan Ivanov")]),
    # "Lawyers for X filed an appeal with <court>": X appealed; "a lawyer for X appealed to <court>"
    ("Lawyers for Memorial filed an appeal with the Supreme Court.", [("Memorial", "appealedTo", "Supreme Court")]),
    ("A lawyer for Ivan Ivanov appealed to the Moscow City Court on Monday.",
     [("Ivan Ivanov", "appealedTo", "Moscow City Court")]),
    # "passed in its third reading a bill that ...": the bill misparsed into the 'reading' phrase
    ("The State Duma on Tuesday passed in its third reading a bill that allows the authorities to confiscate "
     "property.", [("State Duma", "adopted", "bill")]),
    # "the Dutch foundation Free Russia": the name after the noun saying what kind of body it is
    ("The Prosecutor General's Office designated the Dutch foundation Free Russia an undesirable organization.",
     [("Prosecutor General", "designated", "Free Russia")]),
    # a lead's "A Moscow court ..." is the court the body names later
    ("A Moscow court on Monday banned Meta Platforms. Judge Olga Solopova of the Tverskoy District Court granted "
     "the claim.", [("Tverskoy District Court", "banned", "Meta")]),
    # "both women": the two people named together just before
    ("Yevgenia Berkovich and Svetlana Petriychuk were detained in May 2023. The Meshchansky District Court "
     "sentenced both women to six years.", [("Meshchansky District Court", "convicted", "Berkovich"),
                                             ("Meshchansky District Court", "convicted", "Petriychuk")]),
    # "fined him 30,000 rubles": a pronoun as the indirect object is the one fined
    ("Ivan Petrov posted a video in May. The Leninsky District Court fined him 30,000 rubles under Article 20.3.3 "
     "of the Code of Administrative Offenses.", [("Leninsky District Court", "fined", "Ivan Petrov"),
                                                  ("Ivan Petrov", "finedUnder", "Article 20.3.3")]),
], ids=["summing-decision", "summing-ruling", "placed-in-custody", "granting-lawsuit", "dateline-subject",
        "known-as", "called", "demanded-that", "demanded-that-both", "acquittal-of", "day-ruling",
        "granted-request-for-arrest", "investigators-request", "refused-complaint", "apposition-pair", "lawyers-for-filed",
        "lawyer-for-appealed", "third-reading", "name-after-kind", "lead-court", "both-women",
        "dative-pronoun"])
def test_fresh_shapes_are_read(nlp, lexicon, text, expected):
    found = facts(nlp, lexicon, text)
    for subject, prop, obj in expected:
        assert has(found, subject, prop, obj), (subject, prop, obj, found)


@pytest.mark.parametrize("text, absent", [
    # a ruling noun after a reported clause, or one that no named actor issued, is not read as a ruling
    ("Peskov said the court had acted correctly, a decision nobody liked.", ("", "issued", "decision")),
    # "placed" without custody is no detention
    ("Roskomnadzor placed a notice about Meduza on its website.", ("Roskomnadzor", "detained", "Meduza")),
    # an unnamed body brought in between: "it" is that body, not the earlier name
    ("The law lets the Prosecutor General's Office designate a foreign group, after which the Justice Ministry "
     "adds it to a register.", ("Ministry of Justice", "designated", "Prosecutor General")),
    # a weekday ruling does not record an act of another date
    ("The Moscow City Court on Friday rejected the appeal of Ivan Petrov. The Justice Ministry designated him a "
     "foreign agent in 2022. Friday's decision is final.", ("Ministry of Justice", "issued", "decision")),
    # "the investigators" is never another body than one named so
    ("Officers of the Federal Security Service searched the flat of Ivan Petrov. The Abakan City Court granted the "
     "investigators' request for his arrest.", ("Federal Security Service", "petitioned", "Abakan City Court")),
    # what a fine was for is not who was fined
    ("The Kirovsky District Court of Yekaterinburg on Monday fined Ivan Ivanov 40,000 rubles for a post on "
     "VKontakte.", ("Kirovsky District Court", "fined", "VKontakte")),
    # "a Pskov court" after the article named another court is not that court
    ("The Second Western District Military Court convicted Svetlana Prokopyeva. Later a Pskov court fined the news "
     "site Pskovskaya Lenta Novostei 150,000 rubles.", ("Military Court", "fined", "Pskovskaya Lenta")),
    # "X, an organization that a Moscow court designated extremist": some court of the background
    ("Google removed the app of the Anti-Corruption Foundation, an organization that a Moscow court designated "
     "extremist in June. On Tuesday a justice of the peace in Moscow's Tagansky district fined Google.",
     ("Tagansky", "designated", "Anti-Corruption Foundation")),
    # lawyers who only speak ask nothing
    ("Lawyers for Memorial said the Supreme Court had erred.", ("Memorial", "appealedTo", "Supreme Court")),
    # a request that is refused orders nothing
    ("Ivan Petrov was detained on Monday. The Meshchansky District Court rejected the investigators' request for "
     "his arrest.", ("Meshchansky District Court", "detained", "Ivan Petrov")),
], ids=["reported-clause", "placed-notice", "unnamed-body-it", "day-ruling-other-act", "investigators-unnamed",
                                      "fine-reason", "another-court", "background-court", "lawyers-speak",
                                      "rejected-request"])
def test_fresh_shapes_do_not_overreach(nlp, lexicon, text, absent):
    assert not has(facts(nlp, lexicon, text), *absent)


@pytest.mark.parametrize("text, label, kind", [
    ("Ivan Petrov, the editor of the weekly Sibirsky Vestnik, was searched in May.", "Sibirsky Vestnik",
     "Organization"),
    ("Yulia Kovrigina, a teacher from Perm, was fined in May. Kovrigina said she would appeal.",
     "Yulia Kovrigina", "Person"),
    ("The Leninsky District Court of Rostov-on-Don fined Ivan Petrov 30,000 rubles.",
     "Leninsky District Court of Rostov-on-Don", "Court"),
    ("His lawyer said the defence would go to the Supreme Court of Khakassia.", "Supreme Court of Khakassia",
     "Court"),
], ids=["outlet-noun", "given-name-and-surname", "river-town-court", "regional-supreme-court"])
def test_fresh_entity_typing(nlp, lexicon, text, label, kind):
    assert (label, kind) in entities(nlp, lexicon, text)


@pytest.mark.parametrize("text, label", [
    ("Ivan Petrov, a teacher and LGBT activist, was fined in May.", "LGBT"),
    ("The Leninsky District Court of Rostov-on-Don fined Ivan Petrov 30,000 rubles.", "Rostov"),
    ("His lawyer said the defence would go to the Supreme Court of Khakassia.", "Supreme Court of Russia"),
], ids=["descriptive-acronym", "river-town", "not-the-federal-court"])
def test_fresh_non_entities(nlp, lexicon, text, label):
    assert label not in {name for name, _ in entities(nlp, lexicon, text)}


def test_the_bill_after_a_described_law_is_that_law(nlp, lexicon):
    text = ("President Vladimir Putin has signed a law that bans the advertising of VPN services. The State Duma "
            "passed the amendments in May, and the Federation Council approved the bill a week later.")
    ex = extraction(nlp, lexicon, text)
    laws = [e for e in ex.entities if e.type == "Law"]
    assert len(laws) == 1, [e.label for e in laws]
    acts = {(r.predicate, r.object) for r in ex.relations if r.object == laws[0].key}
    assert {p for p, _ in acts} >= {"signed", "adopted"} and len({r.subject for r in ex.relations
                                                                  if r.object == laws[0].key}) == 3


@pytest.mark.parametrize("text, expected", [
    ("Moscow's Tagansky District Court found that LinkedIn had violated the law on personal data.", True),
    ("The Tverskoy District Court ruled that Meta had breached Russian law.", True),
    ("The court did not find that LinkedIn had violated the law.", False),
    ("The Tagansky District Court ruled that LinkedIn had violated no law.", False),
    ("Roskomnadzor found that LinkedIn had violated the law on personal data.", False),
], ids=["found-that", "ruled-that", "negated-finding", "no-law", "not-a-court"])
def test_a_court_finding_a_violation_sanctions_the_violator(nlp, lexicon, text, expected):
    found = facts(nlp, lexicon, text)
    assert any(p == "sanctioned" and o in ("LinkedIn", "Meta Platforms") for _, p, o in found) == expected, found
