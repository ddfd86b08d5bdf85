"""The work of one `kg serve` request inside a worker process: run it, pick the format, write it.

A request is a plain dict made by kg.server: ``op`` ("query" or "update"), ``text``, ``accept``,
``limit``, ``default_graph`` and ``named_graphs`` (lists of IRIs).
"""

from __future__ import annotations

from pathlib import Path

from pyoxigraph import Store

from kg.query import QUERY_PREFIXES, QueryError, QuerySyntaxError, open_store, run, syntax_message
from kg.query_results import MEDIA_OF, negotiate, write
from kg.server_pool import Reply, text_reply


def open_build(out: Path, writable: bool) -> Store:
    return open_store(out, writable=writable)


def answer(store: Store, request: dict) -> Reply:
    try:
        if request["op"] == "update":
            return update(store, request["text"])
        return query(store, request)
    except MemoryError:
        return text_reply(500, "the query needed more memory than kg serve --memory-limit allows")


def query(store: Store, request: dict) -> Reply:
    try:
        result = run(store, request["text"], limit=request.get("limit"), origin="query",
                     default_graph=request.get("default_graph") or None,
                     named_graphs=request.get("named_graphs") or None)
    except QuerySyntaxError as err:
        return text_reply(400, str(err))
    except QueryError as err:
        return text_reply(500 if "error happens while reading" in str(err) else 400, str(err))
    fmt = negotiate(request.get("accept"), result.kind)
    if fmt is None:
        offered = "SPARQL results (JSON, XML, CSV, TSV)" if result.kind != "graph" else \
            "RDF (Turtle, N-Triples, JSON-LD, RDF/XML)"
        return text_reply(406, f"cannot give a {result.kind.upper()} result as {request.get('accept')}; "
                          f"this result is available as {offered}")
    headers = [("X-SPARQL-MaxRows", str(request["limit"]))] if result.truncated else []
    media = MEDIA_OF[fmt]
    charset = "; charset=utf-8" if media.startswith("text/") else ""
    return Reply(200, write(result, fmt), media + charset, tuple(headers))


def update(store: Store, text: str) -> Reply:
    try:
        store.update(text, prefixes=QUERY_PREFIXES)
    except SyntaxError as err:
        return text_reply(400, syntax_message(err, text, "update"))
    except (OSError, RuntimeError, ValueError) as err:
        return text_reply(500, f"update failed: {' '.join(str(err).split())[:300]}")
    return Reply(204, b"")
