"""`kg query` and kg.query: stores, parameters, syntax errors, result formats, the command line."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg import query as sparql
from kg.cli import cli
from kg.query_results import negotiate, table, write

DATA = Path(__file__).resolve().parent / "data"
KG = "https://w3id.org/kg-legal/ontology#"
KGR = "https://w3id.org/kg-legal/id/"
XSD = "http://www.w3.org/2001/XMLSchema#"
COURTS = "SELECT ?court ?label WHERE { ?court a kg:Court ; rdfs:label ?label } ORDER BY ?label"


@pytest.fixture(scope="module")
def events_build(tmp_path_factory) -> Path:
    """A build folder holding only the hand-written TriG (no store/): the in-memory fallback."""
    out = tmp_path_factory.mktemp("events-build")
    shutil.copy(DATA / "events_build.trig", out / "graph.trig")
    return out


@pytest.fixture(scope="module")
def store(events_build):
    return sparql.open_store(events_build)


def labels(result: sparql.Result, column: str = "label") -> list[str]:
    index = result.variables.index(column)
    return [row[index].value for row in result.rows]


# --- opening a build ---------------------------------------------------------------------------


def test_a_build_without_a_store_is_read_from_its_trig(store):
    result = sparql.run(store, COURTS)
    assert labels(result) == ["District Court of Barnaul", "Moscow City Court", "Supreme Court of Russia"]


def test_a_store_folder_is_preferred_and_opened_read_only(events_build, tmp_path):
    out = tmp_path / "build"
    out.mkdir()
    writer = ox.Store(str(out / "store"))
    writer.load(path=str(events_build / "graph.trig"), format=ox.RdfFormat.TRIG)
    writer.flush()
    del writer
    (out / "graph.trig").write_text("this is not TriG", encoding="utf-8")  # would fail if it were read
    store = sparql.open_store(out)
    assert len(labels(sparql.run(store, COURTS))) == 3
    with pytest.raises((OSError, RuntimeError)):
        store.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")


def test_no_build_and_a_bad_build_are_one_line_errors(tmp_path):
    with pytest.raises(sparql.QueryError, match="no build found"):
        sparql.open_store(tmp_path)
    (tmp_path / "graph.trig").write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(sparql.QueryError, match="graph.trig: not a readable TriG build") as err:
        sparql.open_store(tmp_path)
    assert "\n" not in str(err.value)


def test_the_default_graph_is_the_union_of_the_named_graphs(store):
    # entity labels live in kgr:graph/entities, mentions in the article graphs: one pattern joins both
    query = "SELECT DISTINCT ?label WHERE { ?m itsrdf:taIdentRef ?e . ?e rdfs:label ?label } ORDER BY ?label"
    assert "Maria Motuznaya" in labels(sparql.run(store, query))


# --- parameters --------------------------------------------------------------------------------


@pytest.mark.parametrize("value, expected", [
    ("<https://example.org/x>", ox.NamedNode("https://example.org/x")),
    ("kgr:person/maria-motuznaya", ox.NamedNode(KGR + "person/maria-motuznaya")),
    ("kg:Conviction", ox.NamedNode(KG + "Conviction")),
    ("2018", ox.Literal("2018", datatype=ox.NamedNode(XSD + "integer"))),
    ("-1.5", ox.Literal("-1.5", datatype=ox.NamedNode(XSD + "decimal"))),
    ("true", ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean"))),
    ("Maria Motuznaya", ox.Literal("Maria Motuznaya")),
    ('"2018"', ox.Literal("2018")),
    ('"Суд"@ru', ox.Literal("Суд", language="ru")),
    ('"2018-09-20"^^xsd:date', ox.Literal("2018-09-20", datatype=ox.NamedNode(XSD + "date"))),
    ("12:30", ox.Literal("12:30")),                 # not a known prefix: a string
    ("", ox.Literal("")),
], ids=["iri", "kgr", "kg", "integer", "decimal", "boolean", "string", "quoted", "lang", "typed", "colon", "empty"])
def test_parameter_values(value, expected):
    assert sparql.parse_params([f"x={value}"]) == {"x": expected}


@pytest.mark.parametrize("pair", ["noequals", "?x=1", "1x=2", "x=<not an iri>"])
def test_bad_parameters_are_reported(pair):
    with pytest.raises(sparql.QueryError, match="--param"):
        sparql.parse_params([pair])


def test_prefixes_declared_by_the_query_resolve_parameters():
    prefixes = sparql.declared_prefixes("PREFIX ex: <https://example.org/ns#>\nSELECT * {}")
    assert sparql.parse_params(["x=ex:thing"], prefixes)["x"] == ox.NamedNode("https://example.org/ns#thing")


def test_a_parameter_binds_its_variable(store):
    query = "SELECT ?court ?label WHERE { ?court a kg:Court ; rdfs:label ?label }"
    result = sparql.run(store, query, sparql.parse_params(["court=kgr:court/moscow-city-court"]))
    assert labels(result) == ["Moscow City Court"]


def test_a_parameter_is_a_value_never_query_text(store):
    """A value that would change the query if it were pasted in stays one literal that matches nothing."""
    hostile = 'Moscow City Court" } UNION { ?court ?p ?label } #'
    query = "SELECT ?court ?label WHERE { ?court a kg:Court ; rdfs:label ?label }"
    assert sparql.run(store, query, sparql.parse_params([f"label={hostile}"])).rows == ()
    hostile_iri = "<https://example.org/x> } UNION { ?court ?p ?label"
    assert sparql.run(store, query, sparql.parse_params([f"court={hostile_iri}"])).rows == ()
    with pytest.raises(sparql.QueryError):
        sparql.parse_params(["court=<https://example.org/x> } UNION { ?court ?p ?label>"])


def test_a_parameter_must_be_a_result_variable(store):
    with pytest.raises(sparql.QueryError, match="result variable"):
        sparql.run(store, "SELECT ?label WHERE { ?court rdfs:label ?label }", {"court": ox.NamedNode(KGR + "x")})


# --- syntax errors -----------------------------------------------------------------------------


@pytest.mark.parametrize("text, position, words", [
    ("SELECT ?x WHERE {\n  ?x a foo:Bar .\n}", "2:15", "unknown prefix 'foo:'"),
    ("SELECT * WHERE { ?s ?p ?o } LIMIT x", "1:35", "unexpected `x`"),
    ("SELECT * WHERE {", "1:17", "unexpected end of query"),
], ids=["prefix", "limit", "unclosed"])
def test_syntax_errors_give_line_and_column_on_one_line(store, text, position, words):
    with pytest.raises(sparql.QuerySyntaxError) as err:
        sparql.run(store, text, origin="q.rq")
    message = str(err.value)
    assert message.startswith(f"q.rq:{position}: syntax error: ")
    assert words in message and "\n" not in message and len(message) < 200


def test_an_update_is_not_a_query(store):
    with pytest.raises(sparql.QuerySyntaxError):
        sparql.run(store, "INSERT DATA { <urn:a> <urn:b> <urn:c> }")


# --- kinds of query and formats ----------------------------------------------------------------


def test_ask_construct_and_describe(store):
    assert sparql.run(store, "ASK { ?c a kg:Court }").boolean is True
    assert sparql.run(store, "ASK { ?c a kg:Amnesty }").boolean is False
    built = sparql.run(store, "CONSTRUCT { ?c a kg:Court } WHERE { ?c a kg:Court }")
    assert built.kind == "graph" and len(built.triples) == 3
    described = sparql.run(store, f"DESCRIBE <{KGR}court/moscow-city-court>")
    assert ox.Triple(ox.NamedNode(KGR + "court/moscow-city-court"), ox.NamedNode(
        "http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal("Moscow City Court")) in described.triples


def test_a_limit_keeps_the_first_rows_and_says_more_existed(store):
    everything = sparql.run(store, "SELECT ?s WHERE { ?s ?p ?o }")
    cut = sparql.run(store, "SELECT ?s WHERE { ?s ?p ?o }", limit=5)
    assert len(cut.rows) == 5 and cut.truncated and not everything.truncated


@pytest.mark.parametrize("fmt, kind", [("json", ox.QueryResultsFormat.JSON), ("xml", ox.QueryResultsFormat.XML),
                                       ("tsv", ox.QueryResultsFormat.TSV)])
def test_result_formats_parse_back_to_the_same_rows(store, fmt, kind):
    query = ("SELECT ?event ?begin ?place ?label WHERE { ?event kg:begin ?begin ; rdfs:label ?label "
             "OPTIONAL { ?event kg:placeName ?place } } ORDER BY ?event")
    result = sparql.run(store, query)
    parsed = ox.parse_query_results(write(result, fmt), format=kind)
    assert [tuple(row) for row in parsed] == [tuple(row) for row in result.rows]
    assert len(result.rows) >= 4 and any(row[2] is None for row in result.rows)  # unbound cells too


def test_csv_has_a_header_and_plain_values(store):
    rows = list(csv.reader(io.StringIO(write(sparql.run(store, COURTS), "csv").decode())))
    assert rows[0] == ["court", "label"]
    assert rows[1] == [KGR + "court/barnaul-district-court", "District Court of Barnaul"]


def test_ask_as_json():
    assert json.loads(write(sparql.Result("ask", boolean=True), "json")) == {"head": {}, "boolean": True}


def test_graph_results_as_rdf_parse_back(store):
    built = sparql.run(store, "CONSTRUCT WHERE { ?c a kg:Court ; rdfs:label ?label }")
    for fmt, rdf_format in [("turtle", ox.RdfFormat.TURTLE), ("ntriples", ox.RdfFormat.N_TRIPLES),
                            ("jsonld", ox.RdfFormat.JSON_LD), ("rdfxml", ox.RdfFormat.RDF_XML)]:
        parsed = {quad.triple for quad in ox.parse(write(built, fmt), format=rdf_format)}
        assert parsed == set(built.triples), fmt


def test_a_select_result_is_not_rdf_and_a_graph_is_not_a_result_set(store):
    with pytest.raises(ValueError, match="not RDF"):
        write(sparql.run(store, COURTS), "turtle")
    with pytest.raises(ValueError, match="is RDF"):
        write(sparql.run(store, "CONSTRUCT WHERE { ?c a kg:Court }"), "csv")


def test_the_table_is_aligned_with_prefixed_names_and_a_count(store):
    text = table(sparql.run(store, COURTS))
    lines = text.splitlines()
    assert lines[0].split(" | ") == ["court                           ", "label"]
    assert "kgr:court/barnaul-district-court | District Court of Barnaul" in text
    assert lines[-1] == "(3 rows)"
    assert table(sparql.Result("ask", boolean=False)) == "no\n"


@pytest.mark.parametrize("accept, kind, expected", [
    (None, "select", "json"), (None, "graph", "turtle"), ("*/*", "graph", "turtle"),
    ("text/csv", "select", "csv"), ("application/sparql-results+xml", "ask", "xml"),
    ("text/csv;q=0.5, text/tab-separated-values", "select", "tsv"),
    ("application/ld+json", "graph", "jsonld"), ("application/n-triples", "graph", "ntriples"),
    ("text/turtle", "select", None), ("image/png", None, None), ("text/csv;q=0", "select", None),
])
def test_content_negotiation(accept, kind, expected):
    assert negotiate(accept, kind) == expected


# --- the command line --------------------------------------------------------------------------


def kg_query(*args, input=None):
    return CliRunner().invoke(cli, ["query", *map(str, args)], input=input)


def test_kg_query_prints_a_table_by_default(events_build):
    result = kg_query(COURTS, "--out", events_build)
    assert result.exit_code == 0, result.output
    assert "District Court of Barnaul" in result.output and result.output.rstrip().endswith("(3 rows)")


def test_kg_query_reads_a_file_and_stdin(events_build, tmp_path):
    path = tmp_path / "courts.rq"
    path.write_text(COURTS, encoding="utf-8")
    from_file = kg_query(path, "--out", events_build, "--format", "csv")
    from_stdin = kg_query("-", "--out", events_build, "--format", "csv", input=COURTS)
    assert from_file.exit_code == from_stdin.exit_code == 0
    assert from_file.output == from_stdin.output and from_file.output.startswith("court,label")


@pytest.mark.parametrize("fmt, start", [("json", '{"head"'), ("tsv", "?court\t?label"), ("xml", "<?xml")])
def test_kg_query_formats(events_build, fmt, start):
    result = kg_query(COURTS, "--out", events_build, "--format", fmt)
    assert result.exit_code == 0 and result.output.startswith(start)


def test_kg_query_construct_as_turtle_and_json(events_build):
    query = "CONSTRUCT WHERE { ?c a kg:Court }"
    turtle = kg_query(query, "--out", events_build, "--format", "turtle")
    assert turtle.exit_code == 0
    assert len(list(ox.parse(turtle.output.encode(), format=ox.RdfFormat.TURTLE))) == 3
    jsonld = kg_query(query, "--out", events_build, "--format", "json")
    assert jsonld.exit_code == 0 and len(json.loads(jsonld.output)) == 3


def test_kg_query_by_name_with_a_parameter(events_build):
    result = kg_query("--name", "timeline", "--param", "kind=kg:Fine", "--out", events_build, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [row["kind"] for row in rows] == [KG + "Fine"]


@pytest.mark.parametrize("args, message", [
    (["SELECT * WHERE {"], "query:1:17: syntax error"),
    (["--name", "no_such_query"], "no query named 'no_such_query'"),
    (["missing.rq"], "missing.rq: cannot read the query"),
    ([COURTS, "--format", "turtle"], "not RDF"),
    ([COURTS, "--param", "nope"], "expected NAME=VALUE"),
    ([], "give either a query"),
    ([COURTS, "--name", "timeline"], "give either a query"),
], ids=["syntax", "name", "file", "format", "param", "none", "both"])
def test_kg_query_errors_are_one_line(events_build, args, message):
    result = kg_query(*args, "--out", events_build)
    assert result.exit_code == 1
    assert "Traceback" not in result.output and message in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_kg_queries_lists_every_library_query_with_its_question():
    result = CliRunner().invoke(cli, ["queries"])
    assert result.exit_code == 0
    for canned in sparql.library():
        assert canned.name in result.output and canned.question in result.output
