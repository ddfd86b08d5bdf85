"""The work of one `kg serve` request inside a worker process: run it, pick the format, write it.

A request is a plain dict made by kg.server: ``op`` ("query" or "update"), ``text``, ``accept``,
``limit``, ``default_graph`` and ``named_graphs`` (lists of IRIs).

Results are written by pyoxigraph's own serializers, without a Python object per value, into a
buffer that counts the rows written so far and stops the writer once it holds more than the result
limit. TSV (and N-Triples for graphs) are one row a line. In SPARQL XML every row opens with
``<result>``, which a value cannot hold (its ``<`` is escaped). In SPARQL JSON rows are separated
by ``,{"``, which a value cannot hold either (its quotes are escaped), or by ``,{}`` before a row
with nothing bound, which a value may hold: see `capped_json`; when rows cannot be counted that
way, the query is run again and written from TSV. CSV and the RDF formats other than N-Triples are
written from the TSV or N-Triples lines kept.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import partial
from pathlib import Path

from pyoxigraph import QueryResultsFormat, RdfFormat, Store, parse, parse_query_results, serialize

from kg.query import (QUERY_PREFIXES, QueryError, QuerySyntaxError, errors_reported, execute, kind_of, materialize,
                      open_store, syntax_message)
from kg.query_results import MEDIA_OF, RDF_FORMATS, negotiate, table, used_prefixes
from kg.server_pool import Reply, text_reply

RESULTS_FORMATS = {"json": QueryResultsFormat.JSON, "xml": QueryResultsFormat.XML, "csv": QueryResultsFormat.CSV,
                   "tsv": QueryResultsFormat.TSV}


class Enough(Exception):
    """Raised into pyoxigraph's writer: the buffer holds more rows than the limit."""


class CountingBuffer(io.RawIOBase):
    """Keeps what a writer writes, counting a `mark` in it; raises Enough once there are more than `most`."""

    def __init__(self, mark: bytes, most: int):
        self.chunks: list[bytes] = []
        self.mark, self.most, self.count = mark, most, 0
        self.tail = b""  # the last bytes written, where a mark may begin and end in the next chunk

    def writable(self) -> bool:
        return True

    def write(self, chunk) -> int:
        if self.count > self.most:  # the writer's buffer, flushed again as it is dropped: not kept twice
            raise Enough()
        chunk = bytes(chunk)
        edge = len(self.mark) - 1
        self.count += chunk.count(self.mark) + (self.tail + chunk[:edge]).count(self.mark)
        self.chunks.append(chunk)
        if edge:
            self.tail = chunk[-edge:] if len(chunk) >= edge else (self.tail + chunk)[-edge:]
        if self.count > self.most:
            raise Enough()
        return len(chunk)

    @property
    def data(self) -> bytes:
        return b"".join(self.chunks)


def nth(data: bytes, mark: bytes, n: int) -> int:
    """Where the n-th (1-based) `mark` of `data` starts."""
    at = -1
    for _ in range(n):
        at = data.index(mark, at + 1)
    return at


def capped(answer, fmt, limit: int, header: int) -> tuple[bytes, bool]:
    """The first `limit` rows (after `header` lines) of `answer` written in a line-per-row format."""
    buffer = CountingBuffer(b"\n", header + limit)
    try:
        answer.serialize(output=buffer, format=fmt)
        return buffer.data, False
    except Enough:
        data = buffer.data
        return data[:nth(data, b"\n", header + limit) + 1], True


def capped_xml(answer, limit: int) -> tuple[bytes, bool]:
    """The first `limit` rows of `answer` as SPARQL XML."""
    buffer = CountingBuffer(b"<result>", limit)
    try:
        answer.serialize(output=buffer, format=QueryResultsFormat.XML)
        return buffer.data, False
    except Enough:
        data = buffer.data
        return data[:nth(data, b"<result>", limit + 1)] + b"</results></sparql>", True


def capped_json(answer, limit: int) -> tuple[bytes, bool] | None:
    """The first `limit` rows of `answer` as SPARQL JSON; None when they cannot be counted here.

    Every row separator holds '},{' (so the count is at least the number of separators, and a result
    that never reaches the limit is whole); when it is reached, the rows are counted exactly by
    their ',{"' if no ',{}' (a row with nothing bound, or text in a value) is there."""
    if limit < 1:
        return None
    buffer = CountingBuffer(b"},{", limit - 1)  # n rows have n - 1 separators
    try:
        answer.serialize(output=buffer, format=QueryResultsFormat.JSON)
        return buffer.data, False
    except Enough:
        data = buffer.data
        if b",{}" in data or data.count(b',{"') < limit:
            return None
        return data[:nth(data, b',{"', limit)] + b"]}}", True


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
    run = partial(execute, store, text, origin="query", default_graph=request.get("default_graph") or None,
                  named_graphs=request.get("named_graphs") or None)
    try:
        result = run()
        kind = kind_of(result)
        fmt = negotiate(request.get("accept"), kind)
        if fmt is None:
            return not_acceptable(kind, request.get("accept"))
        with errors_reported(text, "query"):
            body, truncated = write(result, kind, fmt, limit, again=run)
    except QuerySyntaxError as err:
        return text_reply(400, str(err))
    except QueryError as err:
        return text_reply(500 if "error happens while reading" in str(err) else 400, str(err))
    headers = (("X-SPARQL-MaxRows", str(limit)),) if truncated else ()
    media = MEDIA_OF[fmt]
    return Reply(200, body, media + ("; charset=utf-8" if media.startswith("text/") else ""), headers)


def write(result, kind: str, fmt: str, limit: int, again: Callable) -> tuple[bytes, bool]:
    """`result` in format `fmt`, at most `limit` rows or triples; `again()` runs the query anew."""
    if fmt == "table":
        rows = materialize(result, limit)
        return table(rows).encode("utf-8"), rows.truncated
    if kind == "ask":
        return result.serialize(format=RESULTS_FORMATS[fmt]), False
    if kind == "select":
        return write_rows(result, fmt, limit, again)
    lines, truncated = capped(result, RdfFormat.N_TRIPLES, limit, header=0)
    if fmt == "ntriples":
        return lines, truncated
    triples = [quad.triple for quad in parse(lines, format=RdfFormat.N_TRIPLES)]
    prefixes = used_prefixes(triples, QUERY_PREFIXES) if fmt in ("turtle", "rdfxml") else None
    return serialize(triples, format=RDF_FORMATS[fmt], prefixes=prefixes), truncated


def write_rows(solutions, fmt: str, limit: int, again: Callable) -> tuple[bytes, bool]:
    """SELECT rows: JSON, XML and TSV written as they come; CSV (and JSON whose rows could not be counted) from TSV."""
    if fmt == "xml":
        return capped_xml(solutions, limit)
    if fmt == "json":
        if (written := capped_json(solutions, limit)) is not None:
            return written
        solutions = again()
    tsv, truncated = capped(solutions, QueryResultsFormat.TSV, limit, header=1)
    if fmt == "tsv":
        return tsv, truncated
    return parse_query_results(tsv, format=QueryResultsFormat.TSV).serialize(format=RESULTS_FORMATS[fmt]), truncated


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
