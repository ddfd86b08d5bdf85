"""Confidence: calibration per rule on annotated articles, its use at build time, and filtering."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from rdflib import RDF

from kg import calibrate, confidence
from kg.export import rdf
from kg.graph import filter_confidence
from kg.vocab import KG

SHARED_GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "gold"


def test_calibrated_value_is_precision_shrunk_toward_the_prior():
    tally = calibrate.Tally()
    for right in (True, True, True, False):
        tally.add("rule.a", right, 0.5)
    tally.add("rule.b", False, 0.9)
    table = tally.table()
    w = calibrate.PRIOR_WEIGHT
    assert table["rule.a"]["confidence"] == pytest.approx((3 + w * 0.5) / (4 + w), abs=1e-3)
    assert table["rule.b"]["confidence"] == pytest.approx((0 + w * 0.9) / (1 + w), abs=1e-3)
    assert (table["rule.a"]["correct"], table["rule.a"]["seen"]) == (3, 4)


def test_a_rule_keeps_the_order_of_its_records_and_unknown_rules_keep_their_prior(monkeypatch):
    monkeypatch.setattr(confidence, "TABLE", {"rule.a": -0.2})
    assert confidence.of("rule.a", 0.9) == pytest.approx(0.7)
    assert confidence.of("rule.a", 0.7) == pytest.approx(0.5)
    assert confidence.of("rule.a", 0.1) == 0.0
    assert confidence.of("rule.unknown", 0.42) == 0.42


def test_the_graph_writes_the_confidence_of_the_table_in_force(monkeypatch):
    """A build after a calibration in the same process (kg calibrate, a notebook) writes the new values."""
    from kg.graph import confidence_literal
    monkeypatch.setattr(confidence, "TABLE", {})
    assert confidence_literal("rule.z", 0.7).value == "0.7"
    monkeypatch.setattr(confidence, "TABLE", {"rule.z": 0.2})
    assert confidence_literal("rule.z", 0.7).value == "0.9"


def test_the_shipped_table_is_read_and_within_bounds():
    table = confidence.load()
    assert table, "ontology/confidence.yaml is missing or empty: run `kg calibrate tests/devset/gold tests/devset/dev`"
    assert all(-1.0 <= shift <= 1.0 for shift in table.values())


@pytest.mark.skipif(not SHARED_GOLD.is_dir(), reason="the shared gold (../shared/eval/gold) is not beside the repo")
def test_calibrating_on_the_seeds_counts_every_seed_fact_right(shared_pipeline):
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    with shared_pipeline():
        table = calibrate.calibrate(SHARED_GOLD, [seeds])
    relation_rows = {rule: row for rule, row in table.items() if rule.startswith("relation.")}
    assert sum(row["seen"] for row in relation_rows.values()) >= 13  # the seeds' gold relations
    assert all(row["correct"] == row["seen"] for row in relation_rows.values())
    assert all(0.0 <= row["confidence"] <= 1.0 for row in table.values())


def _statements(graph):
    return set(graph.subjects(RDF.type, KG.Statement))


def test_min_confidence_drops_low_facts_with_their_triples_and_keeps_the_rest(seed_dataset):
    whole = rdf.union(seed_dataset)
    values = sorted({float(c) for st in _statements(whole) for c in whole.objects(st, KG.confidence)})
    assert len(values) >= 2, "the seed build should carry facts of different confidence"
    cut = values[len(values) // 2]
    filtered = rdf.union(filter_confidence(copy.deepcopy(seed_dataset), cut))
    kept = _statements(filtered)
    assert kept and kept < _statements(whole)
    assert all(float(filtered.value(st, KG.confidence)) >= cut for st in kept)
    for st in _statements(whole) - kept:  # a dropped fact's triple stays only if a kept statement says it
        triple = (whole.value(st, RDF.subject), whole.value(st, RDF.predicate), whole.value(st, RDF.object))
        said = any((filtered.value(k, RDF.subject), filtered.value(k, RDF.predicate), filtered.value(k, RDF.object))
                   == triple for k in kept)
        assert (triple in filtered) == said
    for event in filtered.subjects(KG.trigger, None):
        assert float(filtered.value(event, KG.confidence)) >= cut
    assert set(filtered.subjects(RDF.type, KG.Person)) == set(whole.subjects(RDF.type, KG.Person))


def test_min_confidence_zero_changes_nothing(seed_dataset):
    before = len(rdf.union(seed_dataset))
    assert len(rdf.union(filter_confidence(copy.deepcopy(seed_dataset), 0.0))) == before


def test_build_and_export_with_min_confidence_write_fewer_facts(build_with, seed_build, tmp_path):
    from kg import pipeline

    seeds = Path(__file__).resolve().parents[1] / "seeds"
    full_out, _ = seed_build
    strict = tmp_path / "strict"
    build_with([seeds], strict, min_confidence=0.95)

    def statements(path: Path) -> int:
        return len(_statements(rdf.union(rdf.read_trig(path / "graph.trig"))))

    assert 0 <= statements(strict) < statements(full_out)
    again = tmp_path / "again"
    again.mkdir()
    (again / "graph.trig").write_bytes((full_out / "graph.trig").read_bytes())
    pipeline.export(again, min_confidence=0.95)
    assert statements(again) == statements(strict)
