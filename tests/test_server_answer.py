"""How a `kg serve` worker writes a SELECT result under the result limit (kg.server_answer), in process.

Every format must give exactly the rows the query gives, cut after `limit` of them and marked as
cut, whatever the values hold (text that looks like the format's own row separators, newlines,
quotes) and also for rows with nothing bound.
"""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest

from kg import query as sparql
from kg.server_answer import CountingBuffer, answer

EX = "http://example.org/"
AWKWARD = ['plain', 'a ,{"type":"uri"} b', "x ,{} y", "<result> & </result>", "two\nlines\ttab", 'quote " \\ back',
           "ünïcödé ,{}", ",{}"]
ROWS = 600


@pytest.fixture(scope="module")
def store():
    store = ox.Store()
    for i in range(ROWS):  # values of many lengths, so that some row separator straddles two writes
        value = AWKWARD[i % len(AWKWARD)] + " " + "w" * (i % 37) + f" {i}"
        store.add(ox.Quad(ox.NamedNode(f"{EX}s{i:03d}"), ox.NamedNode(f"{EX}p"), ox.Literal(value)))
    return store


def rows_of(body: bytes, fmt: str) -> list[dict[str, str]]:
    """The rows of a written result as {variable: value}, parsed back with pyoxigraph."""
    if fmt == "csv":  # pyoxigraph does not read CSV back (it keeps no types)
        header, *rows = csv.reader(io.StringIO(body.decode("utf-8"), newline=""))
        return [dict(zip(header, row)) for row in rows]
    formats = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML, "tsv": ox.QueryResultsFormat.TSV}
    if fmt == "json":
        json.loads(body)  # well-formed after a cut too
    parsed = ox.parse_query_results(body, format=formats[fmt])
    return [{v.value: t.value for v, t in zip(parsed.variables, row) if t is not None} for row in parsed]


def expected(store, text: str) -> list[dict[str, str]]:
    result = sparql.run(store, text)
    return [{v: t.value for v, t in zip(result.variables, row) if t is not None} for row in result.rows]


QUERIES = {
    "values": "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?s",
    "nothing-bound": "SELECT ?missing WHERE { ?s ?p ?o }",
    "values-without-empty-braces": "SELECT ?s ?o WHERE { ?s ?p ?o FILTER(!CONTAINS(?o, ',{}')) } ORDER BY ?s",
    "some-unbound": "SELECT ?s ?o WHERE { ?s ?p ?x OPTIONAL { ?s ?p ?o FILTER(CONTAINS(?o, ',{}')) } } ORDER BY ?s",
}
ACCEPT = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
          "tsv": "text/tab-separated-values", "csv": "text/csv"}


@pytest.mark.parametrize("fmt", list(ACCEPT))
@pytest.mark.parametrize("name", list(QUERIES))
@pytest.mark.parametrize("limit", [1, 7, 299, 374, 375, ROWS, ROWS + 1])  # 375 values hold no ',{}'
def test_rows_are_kept_up_to_the_limit_in_every_format(store, fmt, name, limit):
    text = QUERIES[name]
    reply = answer(store, {"op": "query", "text": text, "accept": ACCEPT[fmt], "limit": limit})
    assert reply.status == 200
    want = expected(store, text)
    got = rows_of(reply.body, fmt)
    if fmt == "csv":  # CSV keeps no types and writes unbound as empty: compare the bound values
        want = [{k: v for k, v in row.items() if v} for row in want]
        got = [{k: v for k, v in row.items() if v} for row in got]
    if name == "nothing-bound":
        assert len(got) == min(limit, len(want))
    else:
        assert got == want[:limit]
    cut = dict(reply.headers).get("X-SPARQL-MaxRows")
    assert cut == (str(limit) if len(want) > limit else None)


def test_an_empty_result_is_written_whole(store):
    reply = answer(store, {"op": "query", "text": "SELECT ?s WHERE { ?s ?p 'no such value' }",
                           "accept": ACCEPT["json"], "limit": 5})
    assert reply.status == 200 and json.loads(reply.body)["results"]["bindings"] == []
    assert not reply.headers


@pytest.mark.parametrize("mark, data, count", [
    (b"},{", b'{"bindings":[{"a":{}},{"b":{}},{},{"c":{}}]}', 3),
    (b"<result>", b"<results><result></result><result><literal>x</literal></result></results>", 2),
    (b"\n", b"?a\n<x>\n\n", 3),
], ids=["json", "xml", "tsv"])
def test_row_marks_are_counted_when_a_write_splits_them(mark, data, count):
    for cut in range(len(data) + 1):
        buffer = CountingBuffer(mark, most=100)
        buffer.write(data[:cut])
        buffer.write(data[cut:])
        assert buffer.count == count, cut
