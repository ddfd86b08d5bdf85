"""`kg push` to a real Oxigraph server (the `oxigraph` package) started by the test, then read back."""

from __future__ import annotations

import json
import re
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from servers import free_port, oxigraph_server

from kg.cli import cli
from kg.push import Endpoint, PushError, push, read_graphs


@pytest.fixture(scope="module")
def build(seed_build):
    return seed_build[0]


@pytest.fixture(scope="module")
def graphs(build) -> dict[str, set]:
    """The build's named graphs as an Oxigraph store holds them.

    Oxigraph keeps values, not spellings: it stores xsd:nonNegativeInteger as xsd:integer and
    "9e-01" as "0.9". The expected graphs go through the same store, so the comparison below is
    exact for every triple, as Oxigraph represents it.
    """
    store = ox.Store()
    store.load(path=str(build / "graph.trig"), format=ox.RdfFormat.TRIG)
    found: dict[str, set] = {}
    for quad in store:
        found.setdefault(quad.graph_name.value, set()).add(quad.triple)
    return found


def server_graph(base: str, graph: str | None = None) -> set:
    """Every triple of one graph of the server (or of all its graphs), read back by SPARQL."""
    where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "GRAPH ?g { ?s ?p ?o }"
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}"
    req = urllib.request.Request(base + "/query?" + urllib.parse.urlencode({"query": query}),
                                 headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(req, timeout=60) as response:
        return {q.triple for q in ox.parse(response.read(), format=ox.RdfFormat.N_TRIPLES)}


def server_graph_names(base: str) -> set[str]:
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    req = urllib.request.Request(base + "/query?" + urllib.parse.urlencode({"query": query}),
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=60) as response:
        return {b["g"]["value"] for b in json.load(response)["results"]["bindings"]}


def test_every_triple_arrives_in_its_named_graph(build, graphs, tmp_path):
    with oxigraph_server(tmp_path / "store", tmp_path / "logs") as base:
        pushed = push(build, base + "/store")
        assert pushed.graphs == len(graphs) and pushed.triples == sum(map(len, graphs.values()))
        assert server_graph_names(base) == set(graphs)
        for name, triples in graphs.items():
            assert server_graph(base, name) == triples, name
        push(build, base + "/store")  # again: each graph is replaced, nothing doubles
        assert server_graph(base) == set().union(*graphs.values())
        assert server_graph_names(base) == set(graphs)


def test_graph_option_puts_everything_into_one_graph(build, graphs, tmp_path):
    target = "https://example.org/kg/seed"
    with oxigraph_server(tmp_path / "store", tmp_path / "logs") as base:
        result = CliRunner().invoke(cli, ["push", "--out", str(build), "--endpoint", base + "/store",
                                          "--graph", target])
        assert result.exit_code == 0, result.output
        assert "pushed 1 graph(s)" in result.output
        assert server_graph_names(base) == {target}
        assert server_graph(base, target) == set().union(*graphs.values())


def test_a_read_only_endpoint_refuses_clearly(build, tmp_path):
    ox.Store(str(tmp_path / "store")).flush()  # an empty store for the read-only server to open
    with oxigraph_server(tmp_path / "store", tmp_path / "logs", read_only=True) as base:
        with pytest.raises(PushError) as err:
            push(build, base + "/store")
    message = str(err.value)
    assert "refused graph <https://w3id.org/kg-legal/id/graph/" in message and "403" in message
    assert "\n" not in message


def test_the_query_endpoint_is_not_a_graph_store(build, tmp_path):
    with oxigraph_server(tmp_path / "store", tmp_path / "logs") as base:
        result = CliRunner().invoke(cli, ["push", "--out", str(build), "--endpoint", base + "/query"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "refused" in result.output and "Graph Store Protocol" in result.output


def test_an_unreachable_endpoint_is_one_clear_line(build):
    result = CliRunner().invoke(cli, ["push", "--out", str(build), "--endpoint",
                                      f"http://127.0.0.1:{free_port()}/store"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "cannot reach" in result.output and len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("url", ["ftp://example.org/store", "store", "http:///store"])
def test_bad_endpoint_urls(build, url):
    with pytest.raises(PushError, match=re.escape("not an http(s) URL")):
        push(build, url)


def test_what_is_sent_is_the_trig_as_written(build):
    """The upload is read from graph.trig, so datatypes such as xsd:nonNegativeInteger survive for stores
    that keep them (Fuseki, GraphDB)."""
    sent = {t for triples in read_graphs(build).values() for t in triples}
    written = {q.triple for q in ox.parse(path=str(build / "graph.trig"), format=ox.RdfFormat.TRIG)}
    assert sent == written
    assert any(t.object.datatype.value.endswith("#nonNegativeInteger") for t in sent
               if isinstance(t.object, ox.Literal))


def test_credentials_in_the_url_become_basic_authentication():
    endpoint = Endpoint.parse("http://ann:s%40cret@127.0.0.1:3030/ds/data?x=1")
    assert endpoint.url == "http://127.0.0.1:3030/ds/data?x=1"
    assert endpoint.authorization == "Basic YW5uOnNAY3JldA=="  # base64 of "ann:s@cret"
    assert endpoint.graph_url("https://w3id.org/kg-legal/id/graph/a#b") == \
        "http://127.0.0.1:3030/ds/data?x=1&graph=https%3A%2F%2Fw3id.org%2Fkg-legal%2Fid%2Fgraph%2Fa%23b"
