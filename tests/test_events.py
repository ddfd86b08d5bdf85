"""Events read from sentences of our own through the real model: classes, roles, status, source,
time, penalty; direct relations only from asserted events; the RDF an event becomes."""

from __future__ import annotations

import pytest
from rdflib import RDF, Literal, URIRef

import kg.extract
import kg.pipeline
from kg.export import rdf
from kg.model import Article
from kg.iri import BASE
from kg.vocab import KG


def read(nlp, lexicon, text: str, published: str = "2023-03-15"):
    article = Article(id="ev", text=text, published=published)
    return kg.extract.extract(nlp(text), article, lexicon)


def named(ex, key_part: str) -> str:
    return next(e.key for e in ex.entities if key_part.lower() in e.label.lower())


def only_event(ex, kind: str):
    found = [e for e in ex.events if e.kind == kind]
    assert len(found) == 1, [(e.kind, e.roles) for e in ex.events]
    return found[0]


def test_a_sentence_gives_court_defendant_basis_penalty_and_date(nlp, lexicon):
    ex = read(nlp, lexicon, "On Tuesday the Leninsky District Court of Barnaul sentenced blogger Pavel Smirnov "
                            "to two and a half years in a penal colony under Article 280 of the Criminal Code.")
    event = only_event(ex, "Sentence")
    assert event.status == "Asserted"
    assert event.role("court") == [named(ex, "Leninsky")]
    assert event.role("defendant") == [named(ex, "Smirnov")]
    assert event.role("legalBasis") == [named(ex, "Article 280")]
    assert (event.penalty.kind, event.penalty.amount, event.penalty.unit) == ("imprisonment", 2.5, "year")
    assert event.when.value == "2023-03-14" and event.when.granularity == "day"
    facts = {(r.subject, r.predicate, r.object) for r in ex.relations}
    assert (named(ex, "Leninsky"), "convicted", named(ex, "Smirnov")) in facts
    assert (named(ex, "Smirnov"), "convictedUnder", named(ex, "Article 280")) in facts
    assert all(r.event == event.id for r in ex.relations if r.predicate in ("convicted", "convictedUnder"))


def test_a_fine_in_the_passive_with_its_agent_after_the_provision(nlp, lexicon):
    ex = read(nlp, lexicon, "Activist Olga Petrova was fined 45,000 rubles under Article 20.3.3 of the Code of "
                            "Administrative Offenses by the Kirovsky District Court.")
    event = only_event(ex, "Fine")
    assert event.role("court") == [named(ex, "Kirovsky")]
    assert event.role("defendant") == [named(ex, "Petrova")]
    assert (event.penalty.kind, event.penalty.amount, event.penalty.unit) == ("fine", 45000.0, "RUB")


@pytest.mark.parametrize("text, status", [
    ("Roskomnadzor did not block Telegram.", "Negated"),
    ("Roskomnadzor will block Telegram next month.", "Predicted"),
    ("Lawmakers asked Roskomnadzor to block Telegram.", "Requested"),
    ("Roskomnadzor plans to block Telegram.", "Planned"),
    ("Roskomnadzor denied that it had blocked Telegram.", "Denied"),
    ("Roskomnadzor disputed that it had blocked Telegram.", "Denied"),
    ("Roskomnadzor allegedly blocked Telegram.", "Alleged"),
    ("Roskomnadzor blocked Telegram.", "Asserted"),
])
def test_status_and_only_asserted_events_make_direct_facts(nlp, lexicon, text, status):
    ex = read(nlp, lexicon, text)
    event = only_event(ex, "Blocking")
    assert event.status == status
    blocked = [r for r in ex.relations if r.predicate == "blocked"]
    assert bool(blocked) == (status == "Asserted")


def test_contesting_a_block_does_not_deny_it(nlp, lexicon):
    ex = read(nlp, lexicon, "Roskomnadzor blocked Telegram, and the company contested the block in court.")
    assert only_event(ex, "Blocking").status == "Asserted"


def test_no_cases_were_opened_is_negated(nlp, lexicon):
    ex = read(nlp, lexicon, "No criminal cases have been opened against Meta under Article 280.")
    assert all(e.status == "Negated" for e in ex.events)
    assert not [r for r in ex.relations if r.predicate in ("prosecuted", "prosecutedUnder", "chargedUnder")]


@pytest.mark.parametrize("text", [
    "The Prosecutor General's Office designated Meduza an undesirable organization, Interfax reported.",
    "According to Interfax, the Prosecutor General's Office designated Meduza an undesirable organization.",
])
def test_the_source_of_an_event(nlp, lexicon, text):
    ex = read(nlp, lexicon, text)
    event = only_event(ex, "UndesirableDesignation")
    assert event.source == named(ex, "Interfax")
    assert event.role("target") == [named(ex, "Meduza")]


def test_designation_class_follows_the_label(nlp, lexicon):
    ex = read(nlp, lexicon, "The Justice Ministry added Memorial to its register of foreign agents.")
    assert only_event(ex, "ForeignAgentDesignation").role("agent") == [named(ex, "Justice")]


def test_a_judge_acts_for_her_court_and_found_guilty_is_a_conviction(nlp, lexicon):
    ex = read(nlp, lexicon, "Judge Irina Volkova of the Basmanny District Court found journalist Igor Lebedev "
                            "guilty under Article 207.3 of the Criminal Code.")
    event = only_event(ex, "Conviction")
    assert event.role("court") == [named(ex, "Basmanny")]
    assert event.role("defendant") == [named(ex, "Lebedev")]


def test_an_ordered_liquidation_and_a_request_named_by_a_noun(nlp, lexicon):
    ex = read(nlp, lexicon, "The Supreme Court granted a lawsuit filed by the Justice Ministry and ordered the "
                            "liquidation of the Sakharov Center.")
    liquidation = only_event(ex, "Liquidation")
    assert liquidation.role("target") == [named(ex, "Sakharov")]
    assert liquidation.role("agent") == [named(ex, "Supreme Court")]
    petition = only_event(ex, "Petition")
    assert petition.role("agent") == [named(ex, "Justice")]
    assert petition.role("addressee") == [named(ex, "Supreme Court")]


def test_petition_to_coordinated_addressees(nlp, lexicon):
    ex = read(nlp, lexicon, "Amnesty International called on the State Duma and the Federation Council to "
                            "reject the bill.")
    event = only_event(ex, "Petition")
    assert set(event.role("addressee")) == {named(ex, "State Duma"), named(ex, "Federation Council")}


def test_a_verdict_named_later_records_the_conviction(nlp, lexicon):
    ex = read(nlp, lexicon, "The Kirovsky District Court convicted Anna Orlova under Article 280 of the Criminal "
                            "Code. Her lawyer said the verdict would be appealed.")
    event = only_event(ex, "Conviction")
    verdict = next(e.key for e in ex.entities if e.type == "Ruling")
    assert event.role("ruling") == [verdict]
    facts = {(r.subject, r.predicate, r.object) for r in ex.relations}
    assert (named(ex, "Kirovsky"), "issued", verdict) in facts
    assert (verdict, "targets", named(ex, "Orlova")) in facts
    assert (verdict, "applies", named(ex, "Article 280")) in facts


def test_events_become_rdf_nodes_with_roles_status_and_evidence(nlp, lexicon):
    text = "Roskomnadzor blocked the website of Novaya Gazeta on 5 September 2022, TASS reported."
    ex = read(nlp, lexicon, text)
    ds = rdf.union(kg.pipeline.build_graph([ex], nlp))
    events = list(ds.subjects(RDF.type, KG.Blocking))
    assert len(events) == 1 and str(events[0]).startswith(BASE + "event/")
    node = events[0]
    assert ds.value(node, KG.status) == KG.Asserted
    assert ds.value(node, KG.timex) == Literal("2022-09-05")
    agent = ds.value(node, KG.agent)
    assert "roskomnadzor" in str(agent)
    assert "tass" in str(ds.value(node, KG.source))
    trigger = ds.value(node, KG.trigger)
    assert str(ds.value(trigger, URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf"))) \
        == "blocked"
    statement = next(ds.subjects(KG.fromEvent, node))
    assert ds.value(statement, KG.status) == KG.Asserted


def test_statistics_become_rdf_nodes_with_value_total_period_and_evidence(seed_dataset):
    g = rdf.union(seed_dataset)
    stats = {float(g.value(s, KG.value)): s for s in g.subjects(RDF.type, KG.Statistic)}
    assert 571.0 in stats, "the TASS seed reports 571 of 762 cases"
    node = stats[571.0]
    assert float(g.value(node, KG.total)) == 762.0
    assert str(g.value(node, KG.timex)) == "2018-H1"
    span = g.value(node, KG.evidence)
    anchor = str(g.value(span, URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf")))
    assert "571" in anchor and "762" in anchor
