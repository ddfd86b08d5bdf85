"""Scoring of hand-built graphs against hand-built gold (kg.evaluate, shared/eval/README.md)."""

import io
import json
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace
from rdflib.namespace import SKOS

from kg.evaluate import (RELATION_KINDS, Gold, GoldEntity, GoldRelation, aggregate, load_gold,
                         load_gold_dir, normalize, render_table, score_article, to_json)

GOLD_DIR = Path(__file__).parents[2] / "shared" / "eval" / "gold"
KG = Namespace("https://w3id.org/kg-legal/ontology#")
ID = Namespace("https://w3id.org/kg-legal/id/")

PREFIXES = """
@prefix kg: <https://w3id.org/kg-legal/ontology#> .
@prefix id: <https://w3id.org/kg-legal/id/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .
"""

# Two entities and one relation, used by most tests below.
KURENNOI = ("e1", "Person", "Alexander Kurennoi", "Alexander Kurennoi", "Kurennoi")
OFFICE = ("e2", "GovernmentBody", "Prosecutor General's Office of Russia",
          "Russian General Prosecutor’s Office", "General Prosecutor’s Office")
PERFECT = """
id:p a kg:Person ; rdfs:label "Alexander Kurennoi" .
id:o a kg:GovernmentBody ; rdfs:label "General Prosecutor's Office" .
id:p kg:roleIn id:o .
"""


def ttl(body: str) -> Graph:
    return Graph().parse(data=PREFIXES + body, format="turtle")


def gold(*entities, relations=(), doc="d1") -> Gold:
    """gold(("e1", "Person", "Name", "alias", ...), ..., relations=[("e1", "role_in", "e2")])"""
    return Gold(doc,
                tuple(GoldEntity(i, t, name, tuple(aliases)) for i, t, name, *aliases in entities),
                tuple(GoldRelation(s, rel, o, evidence=f"{s} {rel} {o}")
                      for s, rel, o in relations))


def scores(score, metric):
    s = score.totals[metric].scores
    return s.precision, s.recall, s.f1


def test_perfect_match_scores_one():
    g = gold(KURENNOI, OFFICE, relations=[("e1", "role_in", "e2")])
    score = score_article(ttl(PERFECT), g)
    for metric in ("entities", "entities_typed", "relations_strict", "relations_linked"):
        assert scores(score, metric) == (1.0, 1.0, 1.0), metric
    assert score.issues.missed_entities == () and score.issues.false_positive_triples == ()


def test_missing_entity_lowers_recall_only():
    chaika = ("e3", "Person", "Yuri Chaika", "Chaika")
    score = score_article(ttl(PERFECT), gold(KURENNOI, OFFICE, chaika))
    assert scores(score, "entities")[:2] == (1.0, pytest.approx(2 / 3))
    [missed] = score.issues.missed_entities
    assert (missed.id, missed.name, missed.type) == ("e3", "Yuri Chaika", "Person")


def test_mistyped_entity_is_found_but_not_typed():
    graph = ttl(PERFECT.replace("kg:GovernmentBody", "kg:Organization"))
    score = score_article(graph, gold(KURENNOI, OFFICE))
    assert scores(score, "entities")[:2] == (1.0, 1.0)
    assert scores(score, "entities_typed")[:2] == (0.5, 0.5)
    [mistyped] = score.issues.mistyped_entities
    assert (mistyped.type, mistyped.graph_types) == ("GovernmentBody", ("Organization",))
    assert score.by_type["GovernmentBody"].scores.recall == 0.0
    assert score.by_type["Organization"].scores.precision == 0.0


def test_split_entity_costs_precision_and_is_reported():
    graph = ttl(PERFECT + 'id:p2 a kg:Person ; rdfs:label "Kurennoi" .')
    score = score_article(graph, gold(KURENNOI, OFFICE))
    assert scores(score, "entities")[:2] == (pytest.approx(2 / 3), 1.0)
    [split] = score.issues.split_entities
    assert split.id == "e1" and split.nodes == (str(ID.p), str(ID.p2))
    assert score.issues.false_positive_nodes == ()


def test_merged_node_is_reported():
    graph = ttl('id:x a kg:Court ; rdfs:label "Supreme Court" ; skos:altLabel "Justice Ministry".')
    court = ("e1", "Court", "Supreme Court")
    score = score_article(graph, gold(court, ("e2", "GovernmentBody", "Justice Ministry")))
    assert scores(score, "entities")[:2] == (1.0, 1.0)  # one-to-one matching keeps P <= 1
    [merged] = score.issues.merged_nodes
    assert merged.gold == ("e1 Supreme Court", "e2 Justice Ministry")


def test_false_positive_node_is_reported_with_label_and_type():
    score = score_article(ttl(PERFECT + 'id:t a kg:Organization ; rdfs:label "TASS" .'),
                          gold(KURENNOI, OFFICE))
    assert scores(score, "entities")[0] == pytest.approx(2 / 3)
    [node] = score.issues.false_positive_nodes
    assert (node.label, node.types) == ("TASS", ("Organization",))


def test_alias_matched_through_mention_anchor_only():
    graph = ttl("""
        id:o a kg:GovernmentBody ; rdfs:label "PGO" .
        id:m a kg:Mention, nif:Phrase ; nif:anchorOf "the General Prosecutor’s Office" ;
             itsrdf:taIdentRef id:o .
    """)
    score = score_article(graph, gold(OFFICE))
    assert scores(score, "entities_typed") == (1.0, 1.0, 1.0)


@pytest.mark.parametrize("gold_form, graph_form", [
    ("Russia’s Supreme Court", "Russia's Supreme Court"),
    ("Supreme Court", "the  SUPREME\ncourt"),
    ("Kurennoi", "Kurennoi’s"),
    ("Jehovah’s Witnesses", "the Jehovah`s Witnesses’"),
    ("“Yarovaya law”", "«Yarovaya law»"),
], ids=["curly-apostrophe", "the-case-space", "possessive", "plural-possessive", "quotes"])
def test_normalize_unifies(gold_form, graph_form):
    assert normalize(gold_form) == normalize(graph_form)


def test_normalize_keeps_distinct_names_apart():
    assert normalize("Theatre Doc") == "theatre doc"
    assert normalize("Supreme Court") != normalize("Constitutional Court")


def test_normalized_label_matches_curly_gold_alias():
    graph = ttl('id:c a kg:Court ; rdfs:label "Russia\'s Supreme Court" .')
    court = ("e4", "Court", "Supreme Court of Russia", "Russia’s Supreme Court")
    assert scores(score_article(graph, gold(court)), "entities_typed") == (1.0, 1.0, 1.0)


ONTOLOGY = """
kg:spokespersonOf rdfs:subPropertyOf kg:roleIn .
kg:DistrictCourt rdfs:subClassOf kg:Court .
"""


def test_subproperty_counted_once_through_ontology():
    graph = ttl(PERFECT + "id:p kg:spokespersonOf id:o .")
    score = score_article(graph, gold(KURENNOI, OFFICE, relations=[("e1", "role_in", "e2")]),
                          ttl(ONTOLOGY))
    assert score.totals["relations_strict"].predicted == 1
    assert scores(score, "relations_strict") == (1.0, 1.0, 1.0)


def test_subproperty_and_subclass_need_the_ontology():
    graph = ttl("""
        id:p a kg:Person ; rdfs:label "Kurennoi" .
        id:o a kg:GovernmentBody ; rdfs:label "General Prosecutor’s Office" .
        id:p kg:spokespersonOf id:o .
        id:c a kg:DistrictCourt ; rdfs:label "Meshchansky District Court" .
    """)
    court = ("e3", "Court", "Meshchansky District Court")
    g = gold(KURENNOI, OFFICE, court, relations=[("e1", "role_in", "e2")])
    bare, with_ontology = score_article(graph, g), score_article(graph, g, ttl(ONTOLOGY))
    assert scores(bare, "relations_strict")[1] == 0.0
    assert scores(bare, "entities")[1] == pytest.approx(2 / 3)
    assert scores(with_ontology, "relations_strict") == (1.0, 1.0, 1.0)
    assert scores(with_ontology, "entities_typed") == (1.0, 1.0, 1.0)


def test_part_of_chain_counts_strict():
    graph = ttl("""
        id:part a kg:LegalProvision ; rdfs:label "Part 1 of Article 20.3.1" .
        id:art a kg:LegalProvision ; rdfs:label "Article 20.3.1" .
        id:code a kg:Law ; rdfs:label "Code of Administrative Offenses" .
        id:part kg:partOf id:art . id:art kg:partOf id:code .
    """)
    part = ("e1", "LegalProvision", "Part 1 of Article 20.3.1 of the Code of Administrative "
            "Offenses", "Part 1 of Article 20.3.1")
    code = ("e2", "Law", "Code of Administrative Offenses")
    score = score_article(graph, gold(part, code, relations=[("e1", "part_of", "e2")]))
    assert scores(score, "relations_strict") == (1.0, 1.0, 1.0)  # both chain triples correct


EVENT = """
id:c a kg:Court ; rdfs:label "Supreme Court" .
id:r a kg:Ruling ; rdfs:label "resolution" .
"""
ISSUED = dict(relations=[("e1", "issued", "e2")])
COURT_RULING = (("e1", "Court", "Supreme Court"), ("e2", "Ruling", "resolution"))


def test_relation_through_event_is_linked_not_strict():
    graph = ttl(EVENT + "id:ev a kg:Event ; kg:court id:c ; kg:result id:r .")
    score = score_article(graph, gold(*COURT_RULING, **ISSUED))
    assert scores(score, "relations_strict") == (None, 0.0, 0.0)
    assert scores(score, "relations_linked") == (None, 1.0, 0.0)
    [missed] = score.issues.missed_relations
    assert (missed.rel, missed.linked, missed.evidence) == ("issued", True, "e1 issued e2")


def test_relation_through_statement_or_sentence_is_not_linked():
    graph = ttl(EVENT + """
        id:st a kg:Statement ; rdf:subject id:c ; rdf:predicate kg:issued ; rdf:object id:r .
        id:s1 a nif:Sentence .
        id:m1 a kg:Mention ; itsrdf:taIdentRef id:c ; nif:sentence id:s1 .
        id:m2 a kg:Mention ; itsrdf:taIdentRef id:r ; nif:sentence id:s1 .
    """)
    score = score_article(graph, gold(*COURT_RULING, **ISSUED))
    assert scores(score, "relations_linked")[1] == 0.0
    assert score.issues.missed_relations[0].linked is False


def test_wrong_kind_is_linked_but_a_strict_false_positive():
    score = score_article(ttl(EVENT + "id:r kg:concerns id:c ."), gold(*COURT_RULING, **ISSUED))
    assert scores(score, "relations_strict")[:2] == (0.0, 0.0)
    assert scores(score, "relations_linked")[:2] == (1.0, 1.0)
    [wrong] = score.issues.false_positive_triples
    assert (wrong.s_label, wrong.kind, wrong.o_label) == ("resolution", "concerns",
                                                          "Supreme Court")


def test_empty_graph():
    score = score_article(Graph(), gold(KURENNOI, relations=[]))
    assert scores(score, "entities") == (None, 0.0, 0.0)
    assert scores(score, "relations_strict") == (None, None, None)


def test_triples_without_gold_relations():
    score = score_article(ttl(PERFECT), gold(KURENNOI, OFFICE))
    assert scores(score, "relations_strict") == (0.0, None, 0.0)


def test_micro_and_macro_differ_on_articles_of_different_size():
    small = score_article(ttl(PERFECT), gold(KURENNOI, doc="a"))  # P 1/2, R 1
    big = score_article(ttl(PERFECT), gold(KURENNOI, OFFICE, ("e3", "Person", "Yuri Chaika"),
                                           ("e4", "Court", "Supreme Court"), doc="b"))  # 1, 1/2
    report = aggregate([small, big])
    micro, macro = report.micro["entities"], report.macro["entities"]
    assert (micro.gold, micro.found, micro.predicted, micro.correct) == (5, 3, 4, 3)
    assert micro.scores.recall == pytest.approx(3 / 5)
    assert (macro.precision, macro.recall) == (pytest.approx(0.75), pytest.approx(0.75))
    # no relation gold in "a": its relation recall is undefined and left out of the macro mean
    assert report.macro["relations_strict"].recall is None
    assert report.by_type["Person"].gold == 3


def test_render_table_and_to_json_shapes():
    report = aggregate([score_article(Graph(), gold(KURENNOI)),
                        score_article(ttl(PERFECT), gold(KURENNOI, OFFICE, doc="d2"))])
    table = render_table(report)
    assert "–" in table and "entities_typed" in table and "d2" in table
    data = to_json(report)
    assert json.loads(json.dumps(data)) == data
    assert set(data) == {"articles", "micro", "macro", "by_type", "by_kind", "per_article"}
    assert data["micro"]["entities"]["recall"] == pytest.approx(2 / 3)
    first = data["per_article"][0]
    assert first["entities"]["precision"] is None
    assert first["missed_entities"] == [{"id": "e1", "name": "Alexander Kurennoi",
                                         "type": "Person", "graph_types": [], "nodes": []}]


def test_load_gold_errors_name_the_file(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(ValueError, match="bad.json"):
        load_gold(bad)
    missing = tmp_path / "missing.json"
    missing.write_text(json.dumps({"doc": "x", "entities": [{"id": "e1", "name": "A"}]}))
    with pytest.raises(ValueError, match=r"missing.json.*entities\[0\].*'type'"):
        load_gold(missing)
    dangling = {"doc": "x", "entities": [], "relations": [{"s": "e1", "rel": "owns", "o": "e2"}]}
    with pytest.raises(ValueError, match="unknown entity 'e1'"):
        load_gold(io.StringIO(json.dumps(dangling)))


def graph_from_gold(g: Gold) -> Graph:
    graph = Graph()
    for e in g.entities:
        graph.add((ID[e.id], RDF.type, KG[e.type]))
        graph.add((ID[e.id], RDFS.label, Literal(e.name)))
        for alias in e.aliases:
            graph.add((ID[e.id], SKOS.altLabel, Literal(alias)))
    for r in g.relations:
        graph.add((ID[r.s], KG[RELATION_KINDS[r.rel]], ID[r.o]))
    return graph


@pytest.mark.skipif(not GOLD_DIR.is_dir(), reason="shared/eval/gold is not available")
def test_real_gold_scores_itself_perfectly():
    golds = load_gold_dir(GOLD_DIR)
    assert len(golds) >= 2
    report = aggregate([score_article(graph_from_gold(g), g) for g in golds.values()])
    for metric, counts in report.micro.items():
        assert (counts.scores.precision, counts.scores.recall) == (1.0, 1.0), metric
        assert report.macro[metric].f1 == 1.0, metric
