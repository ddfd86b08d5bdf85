"""The researcher queries of ontology/queries/: each documented, each checked against rows found another way.

Queries over facts, mentions and rulings run on the real seed build and are compared with what a
plain rdflib walk of its graph.trig finds (and with facts known from the seed articles). Queries
over events and statistics run on tests/data/events_build.trig, a small build written by hand, so
their expected rows are known from the text of its two articles.
"""

from __future__ import annotations

import re
import shutil
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, Dataset, Graph, Namespace, URIRef

from kg import query as sparql

DATA = Path(__file__).resolve().parent / "data"
KG = Namespace("https://w3id.org/kg-legal/ontology#")
KGR = Namespace("https://w3id.org/kg-legal/id/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
TESTED = set()  # names of the library queries some test below runs


def run(store, name: str, *params: str) -> list[dict[str, str | None]]:
    """The rows of library query NAME as {column: value or None}."""
    TESTED.add(name)
    canned = sparql.named(name)
    result = sparql.run(store, canned.text, sparql.parse_params(params, sparql.declared_prefixes(canned.text)),
                        origin=str(canned.path))
    return [{v: (t.value if t is not None else None) for v, t in zip(result.variables, row)} for row in result.rows]


@pytest.fixture(scope="module")
def seed(seed_build):
    out = seed_build[0]
    graph = Graph()
    dataset = Dataset()
    dataset.parse(out / "graph.trig", format="trig")
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return sparql.open_store(out), graph


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    out = tmp_path_factory.mktemp("events")
    shutil.copy(DATA / "events_build.trig", out / "graph.trig")
    return sparql.open_store(out)


def statements(g: Graph, predicates=None):
    """(statement, subject, predicate, object) of every kg:Statement, optionally of some predicates only."""
    for st in g.subjects(RDF.type, KG.Statement):
        p = g.value(st, RDF.predicate)
        if predicates is None or p in predicates:
            yield st, g.value(st, RDF.subject), p, g.value(st, RDF.object)


# --- the library itself ------------------------------------------------------------------------


def test_every_query_states_its_question_and_parameters():
    library = sparql.library()
    assert len(library) >= 10
    for canned in library:
        assert canned.question.endswith("?") or canned.question.endswith("."), canned.name
        assert len(canned.question) > 20, canned.name
        assert re.search(r"^# Parameters:", canned.text, re.M), canned.name


def test_every_parameter_named_in_a_header_is_a_result_variable():
    for canned in sparql.library():
        select = canned.text.split("WHERE", 1)[0]
        for variable in re.findall(r"\?(\w+) \(optional\)", canned.parameters):
            assert f"?{variable}" in select, (canned.name, variable)


def test_every_query_parses_and_runs_on_an_empty_store():
    for canned in sparql.library():
        sparql.run(ox.Store(), canned.text, origin=canned.name)


def test_the_timeline_lists_every_event_class_of_the_ontology():
    ontology = Graph().parse(Path(sparql.queries_dir()).parent / "kg.ttl")
    classes = {KG.Event, *ontology.transitive_subjects(RDFS.subClassOf, KG.Event)}
    listed = set(re.findall(r"kg:(\w+)", sparql.named("timeline").text.split("VALUES ?kind", 1)[1].split("}")[0]))
    assert {str(c).removeprefix(str(KG)) for c in classes} == listed


# --- on the seed build -------------------------------------------------------------------------


def test_who_issued_what(seed):
    store, g = seed
    expected = set()
    for _, s, p, o in statements(g, {KG.issued, KG.adopted, KG.signed}):
        if (o, RDF.type, KG.Ruling) in g:
            for st in g.subjects(RDF.subject, s):
                if g.value(st, RDF.object) == o:
                    expected.add((str(g.value(s, RDFS.label)), str(g.value(o, RDFS.label)),
                                  str(g.value(g.value(st, KG.evidence), NIF.anchorOf))))
    rows = run(store, "who_issued_what")
    assert {(r["issuer"], r["ruling"], r["evidence"]) for r in rows} == expected
    assert ("Yuri Chaika", "Yuri Chaika decree of 2018-09-21", "Yuri Chaika signed a decree") in expected
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates)


def ancestors(g: Graph, node) -> set:
    found, todo = {node}, [node]
    while todo:
        for parent in g.objects(todo.pop(), KG.partOf):
            if parent not in found:
                found.add(parent)
                todo.append(parent)
    return found


def test_rulings_on_provision(seed):
    store, g = seed
    cited = [(r, p) for r, p in g.subject_objects(KG.concerns) if (r, RDF.type, KG.Ruling) in g]
    cited += [(g.value(e, KG.ruling), p) for e, p in g.subject_objects(KG.legalBasis) if g.value(e, KG.ruling)]
    expected = {(str(a), str(r)) for r, p in cited for a in ancestors(g, p)}
    rows = run(store, "rulings_on_provision")
    assert {(r["provision"], r["ruling"]) for r in rows} == expected
    # from the TASS article: the Supreme Court's resolution of 20 September 2018 concerns Article 282
    resolution = str(KGR["ruling/lex-ru-supreme-court-resolution-2018-09-20"])
    assert (str(KGR["provision/ru-cc/282"]), resolution) in expected
    only = run(store, "rulings_on_provision", "provision=kgr:provision/ru-cc/282")
    assert {r["ruling"] for r in only} == {r for a, r in expected if a == str(KGR["provision/ru-cc/282"])}
    assert {r["provision"] for r in only} == {str(KGR["provision/ru-cc/282"])}
    row = next(r for r in only if r["ruling"] == resolution)
    assert (row["date"], row["issuer"]) == ("2018-09-20", "Supreme Court of Russia")
    within_code = run(store, "rulings_on_provision", "provision=kgr:law/ru-criminal-code")
    assert resolution in {r["ruling"] for r in within_code}


ROLE_PROPERTIES = {KG.roleIn, KG.spokespersonOf, KG.headOf, KG.deputyHeadOf, KG.judgeOf, KG.prosecutorOf,
                   KG.lawyerOf, KG.memberOf, KG.founderOf, KG.employeeOf}


def test_actors_and_roles(seed):
    store, g = seed
    expected = {(str(s), str(p).removeprefix(str(KG)), str(o), str(g.value(st, PROV.wasDerivedFrom)))
                for st, s, p, o in statements(g, ROLE_PROPERTIES) if g.value(st, KG.status) == KG.Asserted}
    rows = run(store, "actors_and_roles")
    assert {(r["person"], r["role"], r["organization"], r["article"]) for r in rows} == expected
    roles = {(r["personLabel"], r["role"], r["organizationLabel"]) for r in rows}
    assert ("Yuri Chaika", "headOf", "Prosecutor General's Office of Russia") in roles
    assert ("Alexander Kurennoi", "spokespersonOf", "Prosecutor General's Office of Russia") in roles
    one = run(store, "actors_and_roles", "person=kgr:person/yuri-chaika")
    assert {r["personLabel"] for r in one} == {"Yuri Chaika"}


PETITION_PROPERTIES = {KG.petitioned, KG.appealedTo, KG.calledOn, KG.complainedTo}


def test_petitions(seed):
    store, g = seed
    expected = {(str(s), str(o)) for _, s, _, o in statements(g, PETITION_PROPERTIES)}
    rows = run(store, "petitions")
    found = {(r["petitioner"], r["addressee"]) for r in rows}
    assert expected <= found
    assert all(r["how"] == "Petition" for r in rows if (r["petitioner"], r["addressee"]) not in expected)
    # from the Reuters article: Mail.ru Group (VK Company) asked the Supreme Court, the Justice Ministry and the Duma
    vk = str(KGR["organization/vk-company"])
    assert {(vk, str(KGR[a])) for a in ("court/ru-supreme-court", "government/ru-ministry-of-justice",
                                         "government/ru-state-duma")} <= found
    assert all(r["evidence"] and r["status"] for r in rows)


def test_most_mentioned(seed):
    store, g = seed
    articles, mentions = defaultdict(set), defaultdict(set)
    for mention, entity in g.subject_objects(ITSRDF.taIdentRef):
        articles[str(entity)].add(g.value(mention, NIF.referenceContext))
        mentions[str(entity)].add(mention)
    rows = run(store, "most_mentioned")
    assert {r["entity"]: (int(r["articles"]), int(r["mentions"])) for r in rows} == \
        {e: (len(articles[e]), len(mentions[e])) for e in articles}
    counts = [(int(r["articles"]), int(r["mentions"])) for r in rows]
    assert counts == sorted(counts, reverse=True)
    assert rows[0]["label"] == "Supreme Court of Russia"  # the one entity both seed articles mention
    people = run(store, "most_mentioned", "type=kg:Person")
    assert people and {r["type"] for r in people} == {str(KG.Person)}


def test_facts_with_evidence(seed):
    store, g = seed
    expected = set()
    for st, s, p, o in statements(g):
        if g.value(st, KG.status) != KG.Asserted:  # reported, not asserted: not a fact of the graph
            continue
        span = g.value(st, KG.evidence)
        sentence = g.value(span, NIF.sentence)
        url = g.value(g.value(st, PROV.wasDerivedFrom), SCHEMA.url)  # the TASS seed has no URL
        expected.add((str(s), str(p), str(o), str(g.value(span, NIF.anchorOf)),
                      str(g.value(sentence if sentence is not None else span, NIF.anchorOf)),
                      str(url) if url is not None else None))
    rows = run(store, "facts_with_evidence")
    assert {(r["subject"], r["predicate"], r["object"], r["evidence"], r["sentence"], r["url"]) for r in rows} \
        == expected
    assert all(r["sentence"] and r["rule"] and r["confidence"] for r in rows)
    assert all((URIRef(r["subject"]), URIRef(r["predicate"]), URIRef(r["object"])) in g for r in rows)
    issued = run(store, "facts_with_evidence", "predicate=kg:signed")
    assert [(r["subjectLabel"], r["objectLabel"]) for r in issued] == \
        [("Yuri Chaika", "Yuri Chaika decree of 2018-09-21")]


def test_facts_with_evidence_leaves_out_what_is_only_reported(events):
    """Motuznaya denies the charge under Part 1 of Article 282: a denied statement, not a fact;
    claims_and_denials is where it shows."""
    facts = {(r["subject"].removeprefix(str(KGR)), r["predicate"].removeprefix(str(KG)))
             for r in run(events, "facts_with_evidence")}
    assert ("organization/agora", "petitioned") in facts
    assert ("person/maria-motuznaya", "chargedUnder") not in facts
    assert ("Maria Motuznaya", "Statement", "Denied") in \
        {(r["whoLabel"], r["kind"], r["status"]) for r in run(events, "claims_and_denials")}


@pytest.mark.parametrize("name", ["timeline", "statistics", "claims_and_denials", "prosecutions_by_provision_year"])
def test_event_queries_agree_with_the_seed_build(seed, name):
    """The seed build may or may not have events yet: whatever these queries find must exist there."""
    store, g = seed
    for row in run(store, name):
        for column in ("event", "article", "who", "provision", "source"):
            if row.get(column):
                assert (URIRef(row[column]), None, None) in g, (name, column, row[column])


# --- on the hand-written build with events and statistics ----------------------------------------


def test_timeline(events):
    rows = run(events, "timeline")
    kinds = [r["kind"].removeprefix(str(KG)) for r in rows]
    assert kinds[:2] == ["Fine", "CriminalCaseOpening"]       # May 2017, then July 2018
    assert sorted(kinds[2:4]) == ["Conviction", "Sentence"]   # both 20 September 2018
    assert sorted(kinds[4:]) == ["Allegation", "Denial", "Detention", "Petition", "Sentence"]  # undated
    assert [r["begin"] for r in rows[:4]] == ["2017-05", "2018-07", "2018-09-20", "2018-09-20"]
    assert all(r["begin"] is None for r in rows[4:])
    conviction = next(r for r in rows if r["kind"].endswith("Conviction"))
    assert (conviction["place"], conviction["evidence"]) == ("Barnaul",
                                                            "A district court in Barnaul convicted Maria Motuznaya")
    assert [r["status"] for r in run(events, "timeline", "status=kg:Alleged")] == [str(KG.Alleged)]
    assert len(run(events, "timeline", "kind=kg:Sentence")) == 2


def test_prosecutions_by_provision_year(events):
    rows = run(events, "prosecutions_by_provision_year")
    counts = {(r["provision"].removeprefix(str(KGR)), r["year"], r["kind"]): int(r["events"]) for r in rows}
    # Asserted proceedings only (the sentence prosecutors asked for does not count), rolled up to the code
    assert counts == {
        ("provision/ru-cc/282/part-1", "2018", "conviction"): 1, ("provision/ru-cc/282/part-1", "2018", "sentence"): 1,
        ("provision/ru-cc/282", "2018", "conviction"): 1, ("provision/ru-cc/282", "2018", "sentence"): 1,
        ("provision/ru-cc/282", "2018", "case opened"): 1,
        ("law/ru-criminal-code", "2018", "conviction"): 1, ("law/ru-criminal-code", "2018", "sentence"): 1,
        ("law/ru-criminal-code", "2018", "case opened"): 1,
        ("provision/ru-coao/20.3.1", "2017", "fine"): 1, ("law/ru-coao", "2017", "fine"): 1,
    }
    in_2017 = run(events, "prosecutions_by_provision_year", "year=2017")
    assert {r["kind"] for r in in_2017} == {"fine"}
    article_282 = run(events, "prosecutions_by_provision_year", "provision=kgr:provision/ru-cc/282")
    assert {r["kind"]: int(r["events"]) for r in article_282} == {"case opened": 1, "conviction": 1, "sentence": 1}


def test_petitions_from_events(events):
    rows = run(events, "petitions")
    # the fact "Agora petitioned the Supreme Court" was derived from the petition event: one row, the event's
    assert [(r["petitionerLabel"], r["how"], r["addresseeLabel"], r["status"]) for r in rows] == \
        [("Agora", "Petition", "Supreme Court of Russia", "Asserted")]


def test_statistics(events):
    rows = run(events, "statistics")
    assert [(r["timex"], r["value"], r["unit"], r["sourceLabel"]) for r in rows] == [
        ("2017", "460", "person", "SOVA Center"), ("2018-H1", "571", "case", "SOVA Center")]
    assert rows[1]["trend"] == "increase" and rows[1]["counts"].startswith("criminal cases opened")
    assert [r["value"] for r in run(events, "statistics", "unit=case")] == ["571"]
    assert len(run(events, "statistics", "source=kgr:organization/sova-center")) == 2
    assert run(events, "statistics", "source=kgr:organization/agora") == []


def test_claims_and_denials(events):
    rows = run(events, "claims_and_denials")
    found = {(r["whoLabel"], r["kind"], r["status"]) for r in rows}
    assert found == {
        ("Maria Motuznaya", "Denial", "Asserted"),              # "Motuznaya denied the charges" (the speech act)
        ("Maria Motuznaya", "Statement", "Denied"),             # ... and the charge she denies
        ("Prosecutor General's Office", "Sentence", "Requested"),  # "Prosecutors had asked for three years"
        ("Agora", "Allegation", "Asserted"),                    # "Agora alleged that ..."
        ("Agora", "Detention", "Alleged"),                      # ... the detention it alleges
    }
    assert all(r["evidence"] and r["what"] for r in rows)
    agora = run(events, "claims_and_denials", "who=kgr:organization/agora")
    assert {r["kind"] for r in agora} == {"Allegation", "Detention"}


def test_no_library_query_repeats_a_row(seed, events):
    """pyoxigraph's union default graph matches a triple once per graph holding it; the library's
    queries use DISTINCT or distinct counts so that a fact reported by two articles is one row."""
    twice = ox.Store()
    entity = re.compile(re.escape(str(KGR)) + r"(person|organization|government|court|law|provision|ruling)/")
    for quad in events:
        twice.add(quad)
        if quad.graph_name.value.endswith("/evt-a") and entity.match(quad.subject.value):
            # a second article asserting the same direct facts (its own statements would have their own IRIs)
            twice.add(ox.Quad(quad.subject, quad.predicate, quad.object, ox.NamedNode(str(KGR["graph/evt-c"]))))
    assert len(twice) > len(events)
    for store in (seed[0], events, twice):
        for canned in sparql.library():
            rows = run(store, canned.name)
            assert len(rows) == len({tuple(r.items()) for r in rows}), canned.name


def test_the_readme_shows_what_kg_query_prints_on_the_seed_build(seed_build):
    from click.testing import CliRunner

    from kg.cli import cli

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    shown = readme.split("$ kg query --name who_issued_what\n", 1)[1].split("```", 1)[0]
    result = CliRunner().invoke(cli, ["query", "--name", "who_issued_what", "--out", str(seed_build[0])])
    assert result.exit_code == 0 and result.output == shown


def test_every_library_query_is_tested():
    """Runs last in this file (pytest keeps file order): every query above was exercised."""
    assert {q.name for q in sparql.library()} <= TESTED
