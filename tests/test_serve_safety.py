"""`kg serve` under hostile requests, over real HTTP on loopback: it stays bounded and responsive.

A query timeout that really stops runaway queries, a result limit, a request-size cap, no SERVICE
or LOAD calls to other hosts unless allowed, no answers to requests naming another host. Every
loop here is bounded; the listener that must not be called is a loopback socket.
"""

from __future__ import annotations

import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager

import pytest
from servers import kg_serve

TIMEOUT = 5  # the server's query timeout in these tests (seconds)
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
DEEP_PATHS = ("SELECT (COUNT(*) AS ?n) WHERE { ?a (!rdf:nothing|^!rdf:nothing)*/(!rdf:nothing|^!rdf:nothing)* ?b . "
              "?c (!rdf:nothing)* ?d }")
SIMPLE = "SELECT ?label WHERE { ?c a kg:Court ; rdfs:label ?label }"


@pytest.fixture(scope="module")
def build(seed_build):
    return seed_build[0]


@pytest.fixture(scope="module")
def endpoint(build, tmp_path_factory):
    options = ("--timeout", str(TIMEOUT), "--max-results", "50", "--max-request-bytes", "4096", "--workers", "2",
               "--memory-limit", "1024")
    with kg_serve(build, tmp_path_factory.mktemp("safe-serve-logs"), *options) as url:
        yield url


def post(endpoint: str, field: str, text: str, headers: dict | None = None, timeout: float = 60):
    data = urllib.parse.urlencode({field: text}).encode()
    req = urllib.request.Request(endpoint, data=data, headers={"Accept": "text/csv", **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


@contextmanager
def listener():
    """A loopback socket that records whether anything connects to it while the block runs."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    server.settimeout(1.0)
    calls = []
    try:
        yield f"http://127.0.0.1:{server.getsockname()[1]}/", calls
        try:
            connection, _ = server.accept()
            calls.append(connection)
            connection.close()
        except (TimeoutError, socket.timeout):
            pass
    finally:
        server.close()


# --- runaway queries -----------------------------------------------------------------------------


@pytest.mark.parametrize("query", [CARTESIAN, DEEP_PATHS], ids=["cartesian", "deep-paths"])
def test_a_runaway_query_is_stopped_at_the_timeout(endpoint, query):
    status, _, body = post(endpoint, "query", query)
    assert status == 503 and b"timed out" in body
    assert post(endpoint, "query", SIMPLE)[0] == 200  # the killed worker was replaced


def test_other_clients_are_answered_while_a_runaway_query_runs(endpoint):
    outcome = {}
    hostile = threading.Thread(target=lambda: outcome.update(status=post(endpoint, "query", CARTESIAN)[0]))
    hostile.start()
    answered_meanwhile = []
    for _ in range(20):  # bounded: at most 20 quick queries while the hostile one runs
        status, _, body = post(endpoint, "query", SIMPLE)
        if not hostile.is_alive():
            break
        answered_meanwhile.append((status, body))
    hostile.join(60)
    assert outcome["status"] == 503
    assert answered_meanwhile and all(status == 200 and b"Supreme Court" in body for status, body in answered_meanwhile)


def test_with_every_worker_busy_the_page_still_answers_and_queries_resume(endpoint):
    threads = [threading.Thread(target=post, args=(endpoint, "query", CARTESIAN)) for _ in range(2)]
    for thread in threads:
        thread.start()
    try:
        root = endpoint.removesuffix("/sparql") + "/"
        with urllib.request.urlopen(root, timeout=10) as page:
            assert page.status == 200
        status, _, _ = post(endpoint, "query", SIMPLE)
        assert status in (200, 503)  # a worker freed by a timeout, or "busy": never a hang
    finally:
        for thread in threads:
            thread.join(60)
    assert post(endpoint, "query", SIMPLE)[0] == 200


def test_a_query_that_needs_too_much_memory_costs_its_worker_only(endpoint):
    hungry = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?d ?g"
    status, _, _ = post(endpoint, "query", hungry)
    assert status in (500, 503)  # out of memory, or stopped at the timeout first
    assert post(endpoint, "query", SIMPLE)[0] == 200


# --- limits -------------------------------------------------------------------------------------


def test_results_are_cut_at_the_limit_and_the_cut_is_marked(endpoint):
    status, headers, body = post(endpoint, "query", "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    assert status == 200 and headers["X-SPARQL-MaxRows"] == "50"
    assert len(body.decode().strip().splitlines()) == 1 + 50
    status, headers, body = post(endpoint, "query", "CONSTRUCT WHERE { ?s ?p ?o }",
                                 {"Accept": "application/n-triples"})
    assert status == 200 and headers["X-SPARQL-MaxRows"] == "50" and len(body.decode().splitlines()) == 50
    status, headers, _ = post(endpoint, "query", SIMPLE)
    assert "X-SPARQL-MaxRows" not in headers


def test_large_requests_are_refused(endpoint):
    padding = "#" + "x" * 5000 + "\n"
    assert post(endpoint, "query", padding + SIMPLE)[0] == 413
    url = endpoint + "?" + urllib.parse.urlencode({"query": padding + SIMPLE})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(url, timeout=30)
    assert err.value.code == 414
    assert post(endpoint, "query", SIMPLE)[0] == 200


def test_requests_naming_another_host_are_refused(endpoint):
    """A loopback server answers loopback names only, so a web page cannot reach it by DNS rebinding."""
    status, _, body = post(endpoint, "query", SIMPLE, {"Host": "evil.example"})
    assert status == 403 and b"loopback" in body
    port = endpoint.split(":")[2].split("/")[0]
    assert post(endpoint, "query", SIMPLE, {"Host": f"localhost:{port}"})[0] == 200


# --- no calls to other hosts ----------------------------------------------------------------------


@pytest.mark.parametrize("template", [
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "select * where {{ service silent <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
    "PREFIX remote: <{url}>\nSELECT * WHERE {{ SERVICE remote:sparql {{ ?s ?p ?o }} }}",
    "PREFIX : <{url}>\nSELECT * WHERE {{ SERVICE:sparql {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERVICESILENT<{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ BIND(<{url}> AS ?x) SERVICE ?x {{ ?s ?p ?o }} }}",
], ids=["plain", "lower-silent", "escaped", "prefixed", "glued-prefix", "glued-silent", "variable"])
def test_service_calls_are_refused_and_nothing_is_contacted(endpoint, template):
    with listener() as (url, calls):
        status, _, body = post(endpoint, "query", template.format(url=url))
    assert status == 403 and b"--allow-service" in body
    assert calls == []


def test_service_is_not_mistaken_in_strings_names_or_comments(endpoint):
    query = ('SELECT ?service WHERE { ?service rdfs:label ?l FILTER(?l != "Federal Security Service") } '
             "# no SERVICE here")
    assert post(endpoint, "query", query)[0] == 200


def test_allow_service_really_lets_the_call_through(build, tmp_path):
    """The refusal above is what stops the call: with --allow-service the listener is contacted."""
    with kg_serve(build, tmp_path / "logs", "--allow-service", "--timeout", str(TIMEOUT)) as endpoint:
        with listener() as (url, calls):
            threading.Thread(target=post, args=(endpoint, "query", f"SELECT * WHERE {{ SERVICE <{url}> {{}} }}"),
                             kwargs={"timeout": 30}, daemon=True).start()
        assert len(calls) == 1


def test_load_is_refused_even_with_updates_allowed(build, tmp_path):
    copy = tmp_path / "build"
    copy.mkdir()
    (copy / "graph.trig").write_bytes((build / "graph.trig").read_bytes())
    with kg_serve(copy, tmp_path / "logs", "--allow-update") as endpoint:
        for template in ("LOAD <{url}data.ttl>", "LOAD SILENT <{url}data.ttl> INTO GRAPH <urn:g>",
                         "LOADSILENT<{url}data.ttl>"):
            with listener() as (url, calls):
                status, _, body = post(endpoint, "update", template.format(url=url))
            assert status == 403 and b"--allow-load" in body
            assert calls == []
        with listener() as (url, calls):
            status, _, _ = post(endpoint, "update", f"INSERT DATA {{ <urn:a> <urn:b> <{url}> }}")
        assert status == 204 and calls == []  # an IRI in the data is not a call
