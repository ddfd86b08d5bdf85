"""`kg validate`: a real build conforms; a hand-broken one gets a plain-words report and a non-zero exit."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.validate import validate

DATA = Path(__file__).resolve().parent / "data"


def kg_validate(out: Path):
    return CliRunner().invoke(cli, ["validate", "--out", str(out)])


@pytest.mark.slow
def test_the_seed_build_conforms(seed_build):
    result = kg_validate(seed_build[0])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("conforms: ")


def test_the_hand_written_build_with_events_conforms(tmp_path):
    shutil.copy(DATA / "events_build.trig", tmp_path / "graph.trig")
    report = validate(tmp_path)
    assert report.conforms, report.render()


@pytest.fixture
def broken(tmp_path) -> Path:
    """The events build with three mistakes: a second label, a confidence of 1.5, a wrong span text."""
    text = (DATA / "events_build.trig").read_text(encoding="utf-8")
    assert text.count('rdfs:label "Ivan Petrov"') == 1 and text.count('nif:anchorOf "Ivan Petrov"') == 1
    text = text.replace('rdfs:label "Ivan Petrov"', 'rdfs:label "Ivan Petrov", "I. Petrov"')
    text = text.replace('nif:anchorOf "Ivan Petrov"', 'nif:anchorOf "Ivan Petrof"')
    confidence = text.index("kg:confidence ", text.index("#char="))
    end = text.index(" ;", confidence)
    text = text[:confidence] + "kg:confidence 1.5e+00" + text[end:]
    (tmp_path / "graph.trig").write_text(text, encoding="utf-8")
    return tmp_path


def test_a_broken_build_is_reported_in_plain_words(broken):
    result = kg_validate(broken)
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert lines[-1].startswith("3 problems in ") and "does not conform" in lines[-1]
    label = next(line for line in lines if "kgr:person/ivan-petrov" in line)
    assert "rdfs:label" in label and "exactly one rdfs:label" in label and "kgsh:EntityShape" in label
    confidence = next(line for line in lines if "kg:confidence" in line and "value '1.5'" in line)
    assert "[0, 1]" in confidence
    span = next(line for line in lines if "kgr:article/evt-b" in line and "nif:anchorOf is not" in line)
    assert "#char=" in span  # the span that is wrong is named


def test_no_build_is_one_line(tmp_path):
    result = kg_validate(tmp_path)
    assert result.exit_code == 1 and "no build found" in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.slow
def test_a_build_naming_a_protocol_article_of_the_convention_conforms(tmp_path):
    """'Article 1 of Protocol No. 1' has the article number 'P1-1', which the shapes once refused."""
    from kg import pipeline

    article = tmp_path / "echr.md"
    article.write_text("---\nid: echr-p1\npublished: 2020-05-05\n---\nThe European Court of Human Rights found a "
                       "violation of Article 1 of Protocol No. 1 to the Convention in the case of Petrov v. Russia.\n",
                       encoding="utf-8")
    pipeline.build([article], tmp_path / "out")
    assert "P1-1" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    report = validate(tmp_path / "out")
    assert report.conforms, report.render()


def test_the_shapes_allow_every_ruling_kind_the_extractor_gives():
    """kg:rulingKind is a closed list in ontology/shapes.ttl; a kind the rules give that the list lacks ("ban",
    "guidance", "measures" did) makes kg validate fail on real builds."""
    from rdflib import Graph, Namespace
    from rdflib.collection import Collection

    from kg.components.rulings import KIND_OF, RULING_NOUNS
    from kg.paths import ontology_dir

    shapes = Graph().parse(ontology_dir() / "shapes.ttl")
    sh, kg = Namespace("http://www.w3.org/ns/shacl#"), Namespace("https://w3id.org/kg-legal/ontology#")
    allowed = set()
    for prop in shapes.subjects(sh.path, kg.rulingKind):
        for values in shapes.objects(prop, sh["in"]):
            allowed |= {str(v) for v in Collection(shapes, values)}
    given = {KIND_OF.get(noun, noun) for noun in RULING_NOUNS} | {"ruling", "guidance", "measures"}
    assert given <= allowed, given - allowed


def test_a_state_body_may_be_part_of_a_court_or_an_intergovernmental_organisation(tmp_path):
    text = (DATA / "events_build.trig").read_text(encoding="utf-8")
    extra = """
<https://w3id.org/kg-legal/id/government/ru-judicial-department> a <https://w3id.org/kg-legal/ontology#GovernmentBody> ;
    <http://www.w3.org/2000/01/rdf-schema#label> "Judicial Department" ;
    <https://w3id.org/kg-legal/ontology#partOf> <https://w3id.org/kg-legal/id/court/ru-supreme-court> .
<https://w3id.org/kg-legal/id/court/ru-supreme-court> a <https://w3id.org/kg-legal/ontology#Court> ;
    <http://www.w3.org/2000/01/rdf-schema#label> "Supreme Court of Russia" .
"""
    (tmp_path / "graph.trig").write_text(text + "\n{" + extra + "}\n", encoding="utf-8")
    report = validate(tmp_path)
    assert report.conforms, report.render()
