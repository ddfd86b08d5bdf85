"""Network views (kg.views) derived from the RDF: full, actors-laws, actors; `kg export --view`.

Event-dependent behaviour is checked on tests/data/events.trig, a small hand-written build in the
brief's event layout (two articles; see its header for what it exercises).
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import RDF, RDFS, Graph, Literal, URIRef

from kg import records
from kg.cli import cli
from kg.export.graphml import write_graphml
from kg.export.rdf import read_trig
from kg.graph import ENTITIES_GRAPH, new_dataset
from kg.iri import BASE, ONTOLOGY, graph_iri
from kg.model import ACTOR_TYPES, ENTITY_TYPES
from kg.views import VIEWS, build_view
from kg.vocab import KG

DATA = Path(__file__).resolve().parent / "data"
ONTOLOGY_FILE = Path(__file__).resolve().parents[1] / "ontology" / "kg.ttl"
PERSON, BODY = URIRef(BASE + "person/ivan-petrov"), URIRef(BASE + "government/ru-state-duma")
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def events_ds():
    return read_trig(DATA / "events.trig")


@pytest.fixture(scope="module")
def views(events_ds):
    recs = records.read(events_ds)
    return {name: build_view(recs, name) for name in VIEWS}


def statement(g, name: str, prop: URIRef) -> None:
    node = URIRef(BASE + "statement/" + name)
    g.add((node, RDF.type, KG.Statement))
    g.add((node, RDF.subject, PERSON))
    g.add((node, RDF.predicate, prop))
    g.add((node, RDF.object, BODY))
    g.add((node, KG.status, KG.Asserted))


def dataset_with_two_relations_between_one_pair():
    ds = new_dataset()
    entities = ds.graph(ENTITIES_GRAPH)
    for node, kind, label in ((PERSON, KG.Person, "Ivan Petrov"), (BODY, KG.GovernmentBody, "State Duma")):
        entities.add((node, RDF.type, kind))
        entities.add((node, RDFS.label, Literal(label)))
    article = ds.graph(URIRef(graph_iri("a1")))
    statement(article, "0123456789abcdef", KG.memberOf)
    statement(article, "fedcba9876543210", KG.petitioned)
    return ds


def test_two_relations_between_one_pair_stay_two_edges(tmp_path):
    path = tmp_path / "graph.graphml"
    write_graphml(build_view(dataset_with_two_relations_between_one_pair()), path)
    graph = nx.read_graphml(path, force_multigraph=True)
    edges = list(graph.edges(keys=True, data=True))
    assert len(edges) == 2
    assert {data["relation"] for _, _, _, data in edges} == {"roleIn", "petitioned"}
    assert {data["kind"] for _, _, _, data in edges} == {"roleIn", "petitioned"}
    assert len({key for _, _, key, _ in edges}) == 2


# --- full ----------------------------------------------------------------------------------------


def test_full_view_has_every_entity_and_event(views, events_ds):
    recs = records.read(events_ds)
    full = views["full"]
    by_category = {c: {d["iri"] for _, d in full.nodes(data=True) if d["category"] == c} for c in ("entity", "event")}
    assert by_category["entity"] == set(recs.entities)
    assert by_category["event"] == {e.iri for e in recs.events} and len(by_category["event"]) == 9
    statistic = BASE + "statistic/a2000000000000d1"
    assert statistic not in by_category["entity"] | by_category["event"]


def test_full_view_links_each_event_to_its_participants_by_role(views):
    full = views["full"]
    conviction = "event:a1000000000000c2"
    roles = {(d["kind"], t) for _, t, d in full.out_edges(conviction, data=True)}
    assert ("defendant", "person:ivan-petrov") in roles
    assert ("legalBasis", "provision:ru-cc:282") in roles
    assert ("ruling", "ruling:ru-barnaul-leninsky-district-court:verdict:2019-03-04") in roles
    assert ("target", "person:ivan-petrov") not in roles  # the defendant is not repeated as a target
    assert full.nodes[conviction]["type"] == "Conviction" and full.nodes[conviction]["family"] == "LegalProceeding"
    assert full.nodes["event:a1000000000000c3"]["penalty"] == "suspended sentence 2 year"


def test_full_view_relation_edges_count_statements_and_articles(views):
    full = views["full"]
    [(key, data)] = [(k, d) for k, d in full["court:ru-barnaul-leninsky-district-court"]["person:ivan-petrov"].items()]
    assert data["kind"] == "sanctioned"  # convicted (article 1) and fined (article 2)
    assert (data["weight"], data["articles"]) == (2.0, 2)


def test_negated_event_is_shown_but_links_nobody(views):
    full = views["full"]
    negated = "event:a2000000000000c9"
    assert full.nodes[negated]["status"] == "Negated"
    assert not views["actors"].has_edge("government:ru-altai-prosecutor-office", "organization:vkontakte")


# --- actors-laws ---------------------------------------------------------------------------------


def test_actors_laws_view_collapses_events_into_actor_to_law_edges(views):
    view = views["actors-laws"]
    types = {d["type"] for _, d in view.nodes(data=True)}
    assert types <= set(ACTOR_TYPES) | {"Law", "LegalProvision", "Ruling"}
    kinds = {(s, d["kind"], t) for s, t, d in view.edges(data=True)}
    assert ("person:ivan-petrov", "Charge.defendant", "provision:ru-cc:282") in kinds
    assert ("person:ivan-petrov", "Conviction.defendant", "provision:ru-cc:282") in kinds
    assert ("government:ru-altai-prosecutor-office", "Charge.agent", "provision:ru-cc:282") in kinds
    assert ("court:ru-barnaul-leninsky-district-court", "Conviction.court",
            "ruling:ru-barnaul-leninsky-district-court:verdict:2019-03-04") in kinds
    assert ("government:ru-roskomnadzor", "Blocking.agent", "law:ru-law-on-information") in kinds
    # a direct fact not derived from an event is kept; one derived from an event is not counted twice
    assert ("court:ru-barnaul-leninsky-district-court", "issued",
            "ruling:ru-barnaul-leninsky-district-court:verdict:2019-03-04") in kinds
    assert not any(kind == "chargedUnder" for _, kind, _ in kinds)
    for s, t, _ in view.edges(data=True):
        assert view.nodes[s]["type"] in ACTOR_TYPES and view.nodes[t]["type"] not in ACTOR_TYPES


# --- actors --------------------------------------------------------------------------------------


def test_actors_view_links_co_participants_weighted_by_articles(views):
    view = views["actors"]
    assert not view.is_directed()
    assert {d["type"] for _, d in view.nodes(data=True)} <= set(ACTOR_TYPES)
    [court_petrov] = view.get_edge_data("person:ivan-petrov", "court:ru-barnaul-leninsky-district-court").values()
    assert court_petrov["weight"] == 2.0  # events in both articles
    assert court_petrov["events"] == 3
    assert court_petrov["event_types"] == "Conviction | Fine | Sentence"
    [charge] = view.get_edge_data("person:ivan-petrov", "government:ru-altai-prosecutor-office").values()
    assert charge["weight"] == 1.0
    assert view.has_edge("organization:sova-center", "court:ru-supreme-court")
    assert view.degree("person:anna-sidorova") == 0  # a declaration has one actor


# --- timeline ------------------------------------------------------------------------------------


@pytest.mark.parametrize("event, start", [
    ("event:a1000000000000c1", "2019-02-12"),   # its own day
    ("event:a2000000000000c6", "2019-05-01"),   # a month: its first day
    ("event:a1000000000000c4", "2019-03-05"),   # undated: its article's publication
], ids=["day", "month", "undated"])
def test_event_start_days(views, event, start):
    assert views["full"].nodes[event]["start"] == start


@pytest.mark.parametrize("name", VIEWS)
def test_nodes_start_no_later_than_their_edges(views, name):
    view = views[name]
    for s, t, data in view.edges(data=True):
        assert data["start"]
        assert view.nodes[s]["start"] <= data["start"] and view.nodes[t]["start"] <= data["start"], (s, t)


def test_ruling_starts_on_its_date(views):
    assert views["full"].nodes["ruling:ru-barnaul-leninsky-district-court:verdict:2019-03-04"]["start"] == "2019-03-04"


# --- one code path ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", VIEWS)
def test_views_from_the_dataset_and_from_records_agree(events_ds, views, name):
    again = build_view(events_ds, name)
    assert dict(again.nodes(data=True)) == dict(views[name].nodes(data=True))
    assert sorted(again.edges(keys=True)) == sorted(views[name].edges(keys=True))


def test_unknown_view_is_refused(events_ds):
    with pytest.raises(ValueError, match="actors-laws"):
        build_view(events_ds, "everything")


@pytest.mark.parametrize("name", VIEWS)
def test_views_of_the_seed_build(seed_dataset, name):
    view = build_view(seed_dataset, name)
    entities = {d["type"] for _, d in view.nodes(data=True) if d["category"] == "entity"}
    assert view.number_of_nodes() > 0 and entities <= set(ENTITY_TYPES)
    assert all(d.get("size", 0) > 0 for _, d in view.nodes(data=True))


def test_event_families_follow_the_ontology():
    onto = Graph().parse(ONTOLOGY_FILE)
    event = URIRef(ONTOLOGY + "Event")
    families = {"LegislativeEvent", "LegalProceeding", "Restriction", "SpeechAct", "Decision", "Petition", "Amnesty"}
    for cls in onto.transitive_subjects(RDFS.subClassOf, event):
        name = str(cls)[len(ONTOLOGY):]
        assert name in records.EVENT_FAMILY, name
        chain = {str(c)[len(ONTOLOGY):] for c in onto.transitive_objects(cls, RDFS.subClassOf)}
        expected = (chain & families) or {"Event"}
        assert records.EVENT_FAMILY[name] in expected, name


# --- kg export --view -------------------------------------------------------------------------------


@pytest.mark.parametrize("name, folder", [("actors", "views/actors"), ("actors-laws", "views/actors-laws"),
                                          ("full", ".")])
def test_export_writes_the_chosen_view(tmp_path, name, folder):
    (tmp_path / "graph.trig").write_bytes((DATA / "events.trig").read_bytes())
    result = CliRunner().invoke(cli, ["export", "--out", str(tmp_path), "--view", name])
    assert result.exit_code == 0, result.output
    expected = build_view(read_trig(tmp_path / "graph.trig"), name)
    for file in ("graph.graphml", "graph.gexf", "nodes.csv", "edges.csv"):
        assert str(tmp_path / folder / file).replace("/./", "/") in result.output
    graph = nx.read_graphml(tmp_path / folder / "graph.graphml", force_multigraph=True)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (expected.number_of_nodes(), expected.number_of_edges())
    assert not (tmp_path / "graph.ttl").exists()  # only the view, not every export


def test_export_refuses_an_unknown_view(tmp_path):
    result = CliRunner().invoke(cli, ["export", "--out", str(tmp_path), "--view", "everything"])
    assert result.exit_code == 2 and "everything" in result.output
