"""Ruling identity (kg.ruling_identity): distinct rulings of one article stay apart, one ruling stays one
node, and the same ruling reported by two articles is one entity after resolution.

The passages are our own; they go through the real model (the `nlp` and `lexicon` session fixtures).
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article, Evidence, LocalEntity, Relation
from kg.resolve import resolve
from kg.ruling_identity import date_rulings
from sentences import extraction


def rulings(ex):
    return [e for e in ex.entities if e.type == "Ruling"]


def ruling_with(ex, form: str) -> LocalEntity:
    found = [e for e in rulings(ex) if form in e.forms]
    assert len(found) == 1, [e.forms for e in rulings(ex)]
    return found[0]


@pytest.mark.parametrize("text", [
    "In March 2021 the Supreme Court of Russia issued a ruling banning the Citizens of the USSR movement. "
    "Later in March 2021 the Supreme Court of Russia issued a ruling banning the Vesna movement.",
    "On 3 March 2021 the Supreme Court of Russia issued a ruling banning the Citizens of the USSR movement. "
    "On 24 March 2021 the Supreme Court of Russia issued a ruling banning the Vesna movement.",
], ids=["month-only", "two-days"])
def test_two_rulings_of_one_court_in_one_month_stay_two(nlp, lexicon, text):
    found = rulings(extraction(nlp, lexicon, text, "2021-04-01"))
    assert len(found) == 2
    assert len({e.ref for e in found}) == 2


def test_a_month_is_too_coarse_for_a_global_key_when_the_court_ruled_twice(nlp, lexicon):
    text = ("In March 2021 the Supreme Court of Russia issued a ruling banning the Citizens of the USSR movement. "
            "Later in March 2021 the Supreme Court of Russia issued a ruling banning the Vesna movement.")
    assert all("@" in e.ref for e in rulings(extraction(nlp, lexicon, text, "2021-04-01")))


@pytest.mark.parametrize("text, verdict, appeal", [
    ("On 12 May 2022 the Tverskoy District Court of Moscow handed down a verdict against Ivan Petrov. "
     "On 9 August 2022 the Moscow City Court issued a ruling upholding the verdict.", "verdict", "ruling"),
    ("The Leninsky District Court of Barnaul passed a verdict on Maria Motuznaya on 4 June 2018. "
     "In September 2018 the Altai Regional Court issued a decision that overturned the verdict.",
     "verdict", "decision"),
], ids=["upheld", "overturned"])
def test_a_verdict_and_its_appeal_stay_two(nlp, lexicon, text, verdict, appeal):
    ex = extraction(nlp, lexicon, text, "2022-10-01")
    first, second = ruling_with(ex, verdict), ruling_with(ex, appeal)
    assert first.key != second.key and first.ref != second.ref


@pytest.mark.parametrize("text", [
    "On 20 September 2018 the Plenum of the Supreme Court of Russia adopted a new resolution on extremism cases. "
    "The resolution tells judges to weigh the intent of the author. "
    "The Supreme Court's resolution was welcomed by lawyers.",
    "The Supreme Court of Russia passed a resolution on 20 September 2018. Lawyers welcomed the resolution, "
    "saying that the court's resolution would cut the number of cases over reposts.",
], ids=["new-the-courts", "passed-the-courts"])
def test_one_resolution_named_three_ways_is_one(nlp, lexicon, text):
    found = rulings(extraction(nlp, lexicon, text, "2018-10-01"))
    assert len(found) == 1
    assert found[0].ref == "Ruling:lex:ru-supreme-court|resolution|2018-09-20"


def test_a_body_named_in_the_mention_keeps_its_order_apart(nlp, lexicon):
    text = ("The Basmanny District Court issued a decision fining the director. "
            "The FSB order was never published.")
    ex = extraction(nlp, lexicon, text)
    assert ruling_with(ex, "FSB order").key != ruling_with(ex, "decision").key


def test_the_same_ruling_in_two_articles_is_one_entity(nlp, lexicon):
    texts = {"a1": "On 20 September 2018 the Supreme Court of Russia adopted a resolution on extremism cases.",
             "a2": "Judges now follow the resolution that the Supreme Court of Russia passed on 20 September 2018."}
    exs = [extract(nlp(text), Article(id=i, text=text, published="2018-10-01"), lexicon) for i, text in texts.items()]
    resolution = resolve(exs, lexicon)
    assert len({resolution.links[ex.article.id][rulings(ex)[0].key] for ex in exs}) == 1


# ---- the identity key from the facts alone (no model) ----------------------------------------------

TEXT = "It ruled on 3 March 2024. It ruled in March 2024."
DAY, MONTH = (0, 25), (26, len(TEXT))  # the sentence dating a fact to the day, to the month
COURT = LocalEntity("lex:court", "Court", "Supreme Court", ("Supreme Court",), "lex:court")
BODY = LocalEntity("lex:body", "GovernmentBody", "Justice Ministry", ("Justice Ministry",), "lex:body")
ALICE = LocalEntity("Person:alice", "Person", "Alice Smith", ("Alice Smith",), "Person:alice smith")
BOB = LocalEntity("Person:bob", "Person", "Bob Jones", ("Bob Jones",), "Person:bob jones")


def fact(subject: str, predicate: str, obj: str, sentence=DAY) -> Relation:
    return Relation(subject, predicate, obj, Evidence("art", *sentence, sentence, "test.v1", 0.9))


def refs(*relations: Relation, forms=("ruling",), kind="ruling") -> dict[str, str]:
    """Local key -> identity key of each ruling ("R1", "R2") the facts name; `forms`: the rulings' words."""
    keys = sorted({k for r in relations for k in (r.subject, r.object) if k.startswith("R")})
    local = [LocalEntity(k, "Ruling", kind, forms, f"Ruling@art:{k}", (("rulingKind", kind),))
             for k in keys]
    found, _ = date_rulings(Article(id="art", text=TEXT, published="2024-05-20"),
                            (COURT, BODY, ALICE, BOB, *local), list(relations))
    return {e.key: e.ref for e in found if e.type == "Ruling"}


def test_one_issuer_and_a_day_give_a_global_key():
    assert refs(fact("lex:court", "issued", "R1")) == {"R1": "Ruling:lex:court|ruling|2024-03-03"}


def test_two_issuers_mean_two_rulings_mixed_so_no_global_key():
    found = refs(fact("lex:court", "issued", "R1"), fact("lex:body", "issued", "R1"))
    assert found["R1"].startswith("Ruling@")


def test_same_day_rulings_of_different_defendants_stay_apart():
    found = refs(fact("lex:court", "issued", "R1"), fact("lex:court", "issued", "R2"),
                 fact("R1", "targets", "Person:alice"), fact("R2", "targets", "Person:bob"))
    assert found["R1"] != found["R2"]


def test_same_day_ruling_named_twice_without_conflict_is_one():
    found = refs(fact("lex:court", "issued", "R1"), fact("lex:court", "issued", "R2"),
                 fact("R1", "targets", "Person:alice"))
    assert found["R1"] == found["R2"] == "Ruling:lex:court|ruling|2024-03-03"


def test_a_month_gives_a_global_key_only_to_the_courts_one_ruling():
    assert refs(fact("lex:court", "issued", "R1", MONTH)) == {"R1": "Ruling:lex:court|ruling|2024-03"}
    found = refs(fact("lex:court", "issued", "R1", MONTH), fact("lex:court", "issued", "R2"))
    assert found["R1"].startswith("Ruling@") and found["R2"] == "Ruling:lex:court|ruling|2024-03-03"


def test_the_rulings_own_date_beats_another_date_in_the_sentence():
    assert refs(fact("lex:court", "issued", "R1"), forms=("July 2015 ruling", "ruling")) == \
        {"R1": "Ruling:lex:court|ruling|2015-07"}


def test_a_ministry_named_as_the_issuer_of_a_verdict_gives_no_global_key():
    assert refs(fact("lex:body", "issued", "R1"), kind="verdict")["R1"].startswith("Ruling@")
    assert refs(fact("lex:court", "issued", "R1"), kind="verdict")["R1"] == "Ruling:lex:court|verdict|2024-03-03"
    assert refs(fact("lex:body", "issued", "R1"), kind="decision")["R1"] == "Ruling:lex:body|decision|2024-03-03"
