"""The work of one `kg serve` request inside a worker process: run it, pick the format, write it.

A request is a plain dict made by kg.server: ``op`` ("query" or "update"), ``text``, ``accept``,
``limit``, ``default_graph`` and ``named_graphs`` (lists of IRIs).

Results are written by pyoxigraph's own serializers, without a Python object per value. The
result limit is kept by writing rows as SPARQL TSV (or triples as N-Triples), one line each, into a
buffer that stops the writer once it holds more lines than the limit; the lines kept are then
parsed and written in the format asked for.
"""

from __future__ import annotations

import io
from pathlib import Path

from pyoxigraph import QueryResultsFormat, RdfFormat, Store, parse, parse_query_results, serialize

from kg.query import (QUERY_PREFIXES, QueryError, QuerySyntaxError, errors_reported, execute, kind_of, materialize,
                      open_store, syntax_message)
from kg.query_results import MEDIA_OF, RDF_FORMATS, negotiate, table, used_prefixes
from kg.server_pool import Reply, text_reply

RESULTS_FORMATS = {"json": QueryResultsFormat.JSON, "xml": QueryResultsFormat.XML, "csv": QueryResultsFormat.CSV,
                   "tsv": QueryResultsFormat.TSV}


class Enough(Exception):
    """Raised into pyoxigraph's writer: the buffer holds more lines than the limit."""


class LineBuffer(io.RawIOBase):
    def __init__(self, lines: int):
        self.data, self.lines, self.most = bytearray(), 0, lines

    def writable(self) -> bool:
        return True

    def write(self, chunk) -> int:
        self.data += chunk
        self.lines += bytes(chunk).count(b"\n")
        if self.lines > self.most:
            raise Enough()
        return len(chunk)


def capped(answer, fmt, limit: int, header: int) -> tuple[bytes, bool]:
    """The first `limit` rows (after `header` lines) of `answer` written in a line-per-row format."""
    buffer = LineBuffer(header + limit)
    try:
        answer.serialize(output=buffer, format=fmt)
        return bytes(buffer.data), False
    except Enough:
        lines = bytes(buffer.data).split(b"\n")[:header + limit]
        return b"\n".join(lines) + b"\n", True


def open_build(out: Path, writable: bool, in_memory: bool) -> Store:
    return open_store(out, writable=writable, in_memory=in_memory)


def answer(store: Store, request: dict) -> Reply:
    try:
        if request["op"] == "update":
            return update(store, request["text"])
        return query(store, request)
    except MemoryError:
        return text_reply(500, "the query needed more memory than kg serve --memory-limit allows")


def query(store: Store, request: dict) -> Reply:
    text, limit = request["text"], request["limit"]
    try:
        result = execute(store, text, origin="query", default_graph=request.get("default_graph") or None,
                         named_graphs=request.get("named_graphs") or None)
        kind = kind_of(result)
        fmt = negotiate(request.get("accept"), kind)
        if fmt is None:
            return not_acceptable(kind, request.get("accept"))
        with errors_reported(text, "query"):
            body, truncated = write(result, kind, fmt, limit)
    except QuerySyntaxError as err:
        return text_reply(400, str(err))
    except QueryError as err:
        return text_reply(500 if "error happens while reading" in str(err) else 400, str(err))
    headers = (("X-SPARQL-MaxRows", str(limit)),) if truncated else ()
    media = MEDIA_OF[fmt]
    return Reply(200, body, media + ("; charset=utf-8" if media.startswith("text/") else ""), headers)


def write(result, kind: str, fmt: str, limit: int) -> tuple[bytes, bool]:
    if fmt == "table":
        rows = materialize(result, limit)
        return table(rows).encode("utf-8"), rows.truncated
    if kind == "ask":
        return result.serialize(format=RESULTS_FORMATS[fmt]), False
    if kind == "select":
        tsv, truncated = capped(result, QueryResultsFormat.TSV, limit, header=1)
        if fmt == "tsv":
            return tsv, truncated
        return parse_query_results(tsv, format=QueryResultsFormat.TSV).serialize(format=RESULTS_FORMATS[fmt]), truncated
    lines, truncated = capped(result, RdfFormat.N_TRIPLES, limit, header=0)
    if fmt == "ntriples":
        return lines, truncated
    triples = [quad.triple for quad in parse(lines, format=RdfFormat.N_TRIPLES)]
    prefixes = used_prefixes(triples, QUERY_PREFIXES) if fmt in ("turtle", "rdfxml") else None
    return serialize(triples, format=RDF_FORMATS[fmt], prefixes=prefixes), truncated


def not_acceptable(kind: str, accept: str | None) -> Reply:
    offered = "RDF (Turtle, N-Triples, JSON-LD, RDF/XML)" if kind == "graph" else "SPARQL results (JSON, XML, CSV, TSV)"
    return text_reply(406, f"cannot give a {kind.upper()} result as {accept}; this result is available as {offered}")


def update(store: Store, text: str) -> Reply:
    try:
        store.update(text, prefixes=QUERY_PREFIXES)
    except SyntaxError as err:
        return text_reply(400, syntax_message(err, text, "update"))
    except (OSError, RuntimeError, ValueError) as err:
        return text_reply(500, f"update failed: {' '.join(str(err).split())[:300]}")
    return Reply(204, b"")
