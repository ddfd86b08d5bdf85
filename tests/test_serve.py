"""`kg serve` over real HTTP: the SPARQL 1.1 Protocol with a real client (SPARQLWrapper).

The server runs as its own process (`python -m kg.cli serve`) on a free loopback port, over the
seed build, and is stopped when the module is done.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, JSONLD, POST, POSTDIRECTLY, RDFXML, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed
from servers import kg_serve

from kg import query as sparql

COURTS = "SELECT ?court ?label WHERE { ?court a kg:Court ; rdfs:label ?label } ORDER BY ?label"


@pytest.fixture(scope="module")
def build(seed_build):
    return seed_build[0]


@pytest.fixture(scope="module")
def endpoint(build, tmp_path_factory):
    with kg_serve(build, tmp_path_factory.mktemp("serve-logs"), "--timeout", "60") as url:
        yield url


@pytest.fixture(scope="module")
def expected(build):
    """What the library gives in process, to compare with what comes over HTTP."""
    store = sparql.open_store(build)
    return lambda text: sparql.run(store, text)


def client(endpoint: str, query: str, fmt: str, method: str = "GET", direct: bool = False) -> SPARQLWrapper:
    wrapper = SPARQLWrapper(endpoint)
    wrapper.setQuery(query)
    wrapper.setReturnFormat(fmt)
    if method == "POST":
        wrapper.setMethod(POST)
        if direct:
            wrapper.setRequestMethod(POSTDIRECTLY)
    return wrapper


def request(endpoint: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None,
            query: dict | None = None) -> tuple[int, dict, bytes]:
    url = endpoint + ("?" + urllib.parse.urlencode(query) if query else "")
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def cells(result: sparql.Result) -> list[tuple[str, ...]]:
    return [tuple(t.value if t is not None else "" for t in row) for row in result.rows]


# --- SELECT and ASK, every results format, every way of sending -------------------------------


@pytest.mark.parametrize("method, direct", [("GET", False), ("POST", False), ("POST", True)],
                         ids=["get", "post-form", "post-direct"])
def test_select_as_json(endpoint, expected, method, direct):
    data = client(endpoint, sparql.named("who_issued_what").text, JSON, method, direct).queryAndConvert()
    want = expected(sparql.named("who_issued_what").text)
    assert data["head"]["vars"] == list(want.variables)
    got = [tuple(b.get(v, {}).get("value", "") for v in want.variables) for b in data["results"]["bindings"]]
    assert got == cells(want) and len(got) >= 2


def test_select_as_xml(endpoint, expected):
    tree = client(endpoint, COURTS, XML, "POST").queryAndConvert()
    results = tree.getElementsByTagName("result")
    labels = [r.getElementsByTagName("literal")[0].firstChild.data for r in results]
    assert labels == [row[1] for row in cells(expected(COURTS))]


def test_select_as_csv_and_tsv(endpoint, expected):
    want = cells(expected(COURTS))
    rows = list(csv.reader(io.StringIO(client(endpoint, COURTS, CSV).queryAndConvert().decode())))
    assert rows == [["court", "label"], *map(list, want)]
    tsv = client(endpoint, COURTS, TSV, "POST", direct=True).queryAndConvert().decode().splitlines()
    assert tsv[0] == "?court\t?label" and len(tsv) == len(want) + 1
    assert f'<{want[0][0]}>\t"{want[0][1]}"' == tsv[1]


def test_ask(endpoint):
    assert client(endpoint, "ASK { ?c a kg:Court }", JSON).queryAndConvert()["boolean"] is True
    tree = client(endpoint, "ASK { ?c a kg:Amnesty }", XML).queryAndConvert()
    assert tree.getElementsByTagName("boolean")[0].firstChild.data == "false"


# --- CONSTRUCT and DESCRIBE ---------------------------------------------------------------------


def test_construct_as_turtle_and_json_ld(endpoint, expected):
    query = "CONSTRUCT { ?c a kg:Court ; rdfs:label ?l } WHERE { ?c a kg:Court ; rdfs:label ?l }"
    want = set(expected(query).triples)
    turtle = client(endpoint, query, TURTLE).queryAndConvert()
    assert {q.triple for q in ox.parse(turtle, format=ox.RdfFormat.TURTLE)} == want
    jsonld = client(endpoint, query, JSONLD).queryAndConvert()  # SPARQLWrapper parses it with rdflib
    assert len(jsonld) == len(want)


def test_construct_as_n_triples(endpoint, expected):
    query = "CONSTRUCT WHERE { ?r a kg:Ruling ; kg:date ?d }"
    status, headers, body = request(endpoint, urllib.parse.urlencode({"query": query}).encode(),
                                    {"Accept": "application/n-triples"})
    assert status == 200 and headers["Content-Type"].startswith("application/n-triples")
    assert {q.triple for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)} == set(expected(query).triples)


def test_describe_as_rdf_xml(endpoint):
    query = "DESCRIBE <https://w3id.org/kg-legal/id/person/yuri-chaika>"
    graph = client(endpoint, query, RDFXML).queryAndConvert()
    assert isinstance(graph, Graph)
    labels = {str(o) for s, p, o in graph if str(p).endswith("#label")}
    assert labels == {"Yuri Chaika"}


# --- the dataset: default and named graphs ------------------------------------------------------


def test_default_graph_uri_limits_the_query_to_one_graph(endpoint, build):
    entities = "https://w3id.org/kg-legal/id/graph/entities"
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?m itsrdf:taIdentRef ?e }"
    _, _, everywhere = request(endpoint, query={"query": count})
    _, _, in_entities = request(endpoint, query={"query": count, "default-graph-uri": entities})
    value = lambda body: int(json.loads(body)["results"]["bindings"][0]["n"]["value"])  # noqa: E731
    assert value(everywhere) > 0 and value(in_entities) == 0


# --- errors ---------------------------------------------------------------------------------------


def test_a_malformed_query_is_400_with_line_and_column(endpoint):
    with pytest.raises(QueryBadFormed) as err:
        client(endpoint, "SELECT * WHERE {\n  ?s ?p ", JSON).queryAndConvert()
    assert "query:2:" in str(err.value) and "syntax error" in str(err.value)
    status, _, body = request(endpoint, query={"query": "SELECT * WHERE { ?s a foo:Bar }"})
    assert status == 400 and b"unknown prefix 'foo:'" in body


@pytest.mark.parametrize("accept", ["image/png", "text/html", "application/sparql-results+json;q=0"])
def test_an_unsupported_accept_is_406(endpoint, accept):
    status, _, body = request(endpoint, query={"query": COURTS}, headers={"Accept": accept})
    assert status == 406 and accept.split(";")[0].encode() in body


def test_a_format_that_does_not_fit_the_result_is_406(endpoint):
    status, _, _ = request(endpoint, query={"query": COURTS}, headers={"Accept": "text/turtle"})
    assert status == 406
    status, _, _ = request(endpoint, query={"query": "CONSTRUCT WHERE { ?c a kg:Court }"},
                           headers={"Accept": "text/csv"})
    assert status == 406


def test_updates_are_refused_with_403(endpoint):
    update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }"
    status, _, body = request(endpoint, urllib.parse.urlencode({"update": update}).encode())
    assert status == 403 and b"read-only" in body
    status, _, _ = request(endpoint, update.encode(), {"Content-Type": "application/sparql-update"})
    assert status == 403
    status, _, _ = request(endpoint, query={"query": "ASK { <urn:x> <urn:y> <urn:z> }"})
    assert status == 200


@pytest.mark.parametrize("method, path, data, headers, status", [
    ("PUT", "", b"<a> <b> <c> .", {"Content-Type": "text/turtle"}, 405),
    ("DELETE", "", None, {}, 405),
    ("GET", "", None, {}, 400),                                            # no query
    ("POST", "", b"query=1&query=2", {"Content-Type": "application/x-www-form-urlencoded"}, 400),
    ("POST", "", b"<a> <b> <c> .", {"Content-Type": "text/turtle"}, 415),
    ("GET", "/../etc/passwd", None, {}, 404),
], ids=["put", "delete", "no-query", "two-queries", "bad-type", "path"])
def test_protocol_errors(endpoint, method, path, data, headers, status):
    assert request(endpoint + path, data, headers, method)[0] == status


# --- the page and the library -----------------------------------------------------------------------


def test_the_page_has_a_query_box_and_loads_the_library(endpoint):
    root = endpoint.removesuffix("/sparql")
    status, headers, page = request(root + "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b"<textarea" in page and b'src="/app.js"' in page
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    status, _, script = request(root + "/app.js")
    assert status == 200 and b'fetch("/sparql"' in script and b'fetch("/queries")' in script
    assert b"innerHTML" not in script  # results are inserted as text
    status, _, body = request(root + "/queries")
    listed = {q["name"]: q for q in json.loads(body)}
    assert set(listed) == {q.name for q in sparql.library()}
    assert listed["who_issued_what"]["question"] == sparql.named("who_issued_what").question


def test_every_library_query_runs_over_http(endpoint, expected):
    for canned in sparql.library():
        wrapper = client(endpoint, canned.text, JSON, "POST")
        wrapper.queryType = "SELECT"  # SPARQLWrapper guesses from keywords and takes "?addressee" for ADD
        data = wrapper.queryAndConvert()
        assert len(data["results"]["bindings"]) == len(expected(canned.text).rows), canned.name


# --- updates when allowed ---------------------------------------------------------------------------


def test_allow_update_accepts_updates_but_not_from_another_origin(build, tmp_path):
    copy = tmp_path / "build"
    copy.mkdir()
    shutil.copy(build / "graph.trig", copy / "graph.trig")  # never the shared seed build
    with kg_serve(copy, tmp_path / "logs", "--allow-update") as url:
        update = "INSERT DATA { GRAPH <urn:g> { <urn:x> <urn:y> \"added\" } }"
        wrapper = SPARQLWrapper(url)
        wrapper.setMethod(POST)
        wrapper.setQuery(update)
        wrapper.query()
        ask = client(url, 'ASK { <urn:x> <urn:y> "added" }', JSON).queryAndConvert()
        assert ask["boolean"] is True
        status, _, body = request(url, urllib.parse.urlencode({"update": "CLEAR ALL"}).encode(),
                                  {"Origin": "http://evil.example"})
        assert status == 403 and b"origin" in body
        assert client(url, 'ASK { <urn:x> <urn:y> "added" }', JSON).queryAndConvert()["boolean"] is True
        status, _, _ = request(url, query={"update": "CLEAR ALL"})
        assert status == 400  # updates only by POST
    assert "added" not in (copy / "graph.trig").read_text(encoding="utf-8")  # changes stay in memory


def test_on_disk_serves_the_store_folder(build, tmp_path):
    copy = tmp_path / "build"
    copy.mkdir()
    store = ox.Store(str(copy / "store"))
    store.load(path=str(build / "graph.trig"), format=ox.RdfFormat.TRIG)
    store.flush()
    del store
    (copy / "graph.trig").write_text("not read", encoding="utf-8")  # --on-disk must not need it
    with kg_serve(copy, tmp_path / "logs", "--on-disk") as url:
        data = client(url, COURTS, JSON).queryAndConvert()
    assert [b["label"]["value"] for b in data["results"]["bindings"]] == ["Supreme Court of Russia"]


def test_no_build_and_a_busy_port_are_one_line_errors(tmp_path, endpoint):
    from click.testing import CliRunner

    from kg.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--out", str(tmp_path)])
    assert result.exit_code == 1 and "no build found" in result.output
    assert len(result.output.strip().splitlines()) == 1
    port = endpoint.split(":")[2].split("/")[0]  # the module's server holds this port
    copy = tmp_path / "build"
    copy.mkdir()
    (copy / "graph.trig").write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli, ["serve", "--out", str(copy), "--port", port, "--workers", "1"])
    assert result.exit_code == 1 and f"cannot listen on 127.0.0.1:{port}" in result.output
