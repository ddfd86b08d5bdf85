"""`kg push`: upload a build to a SPARQL 1.1 Graph Store Protocol endpoint.

Each named graph of the build's ``graph.trig`` (``kgr:graph/entities`` and one per article) is sent with
``PUT <endpoint>?graph=<graph IRI>`` as Turtle, which replaces that graph on the server, so pushing
the same build twice leaves the server as after the first push. With ``graph=IRI`` every triple
goes into that one graph instead. Works with any GSP endpoint: Oxigraph (``/store``), Fuseki
(``/DATASET/data``), GraphDB (``/repositories/REPO/rdf-graphs/service``), Virtuoso
(``/sparql-graph-crud``). Credentials given in the URL (``http://user:password@host/...``) are sent
as HTTP basic authentication.
"""

from __future__ import annotations

import base64
import socket
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from pyoxigraph import NamedNode, RdfFormat, Triple, parse, serialize

from kg.errors import KGError
from kg.query_results import used_prefixes
from kg.vocab import PREFIXES


class PushError(KGError):
    """The endpoint refused the upload or could not be reached (the message says which)."""


@dataclass(frozen=True)
class Pushed:
    endpoint: str
    graphs: int
    triples: int

    def render(self) -> str:
        return f"pushed {self.graphs} graph(s), {self.triples} triples, to {self.endpoint}"


@dataclass(frozen=True)
class Endpoint:
    url: str                         # without credentials
    authorization: str | None = None

    @classmethod
    def parse(cls, url: str) -> Endpoint:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise PushError(f"{url}: not an http(s) URL of a Graph Store Protocol endpoint")
        auth = None
        if parts.username is not None:
            token = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
            auth = "Basic " + base64.b64encode(token).decode()
        netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
        netloc += f":{parts.port}" if parts.port else ""
        return cls(urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, "")), auth)

    def graph_url(self, graph: str) -> str:
        return f"{self.url}{'&' if '?' in self.url else '?'}graph={quote(graph, safe='')}"


def push(out: Path, endpoint: str, graph: str | None = None, timeout: float = 60.0,
         progress: Callable[[str, int], None] | None = None) -> Pushed:
    """PUT every named graph of the build in OUT (or all of it into `graph`) to the GSP `endpoint`."""
    target = Endpoint.parse(endpoint)
    if graph is not None:
        try:
            NamedNode(graph)
        except ValueError:
            raise PushError(f"--graph {graph!r}: not an absolute IRI") from None
    total = sent = 0
    for name, triples in uploads(read_graphs(Path(out)), graph):
        body = serialize(triples, format=RdfFormat.TURTLE, prefixes=used_prefixes(triples, PREFIXES))
        put(target, name, body, timeout)
        total += len(triples)
        sent += 1
        if progress:
            progress(name, len(triples))
    return Pushed(target.url, sent, total)


def read_graphs(out: Path) -> dict[str, list[Triple]]:
    """The named graphs of OUT/graph.trig, as written (a pyoxigraph store would turn
    xsd:nonNegativeInteger into xsd:integer and respell numbers, so the file is read, not the store)."""
    source = out / "graph.trig"
    if not source.is_file():
        raise PushError(f"{source}: no build found (run `kg build INPUT... --out {out}` first)")
    graphs: dict[str, list[Triple]] = {}
    try:
        for quad in parse(path=str(source), format=RdfFormat.TRIG):
            if not isinstance(quad.graph_name, NamedNode):
                raise PushError(f"{source}: triples outside a named graph; push them with --graph IRI")
            graphs.setdefault(quad.graph_name.value, []).append(quad.triple)
    except (SyntaxError, ValueError, OSError) as err:
        raise PushError(f"{source}: not a readable TriG build ({' '.join(str(err).split())[:200]})") from None
    return graphs


def uploads(graphs: dict[str, list[Triple]], graph: str | None):
    """(graph IRI, triples) to send: one per named graph, or everything under `graph`."""
    if graph is not None:
        yield graph, list(dict.fromkeys(t for triples in graphs.values() for t in triples))
        return
    for name in sorted(graphs):
        yield name, graphs[name]


def put(target: Endpoint, graph: str, body: bytes, timeout: float) -> None:
    request = urllib.request.Request(target.graph_url(graph), data=body, method="PUT",
                                     headers={"Content-Type": "text/turtle; charset=utf-8"})
    if target.authorization:
        request.add_header("Authorization", target.authorization)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as err:
        raise PushError(refused(target.url, graph, err)) from None
    except urllib.error.URLError as err:
        reason = err.reason.strerror if isinstance(err.reason, OSError) and err.reason.strerror else err.reason
        raise PushError(f"cannot reach {target.url}: {reason} (is the server running, and is the URL right?)") from None
    except (TimeoutError, socket.timeout):
        raise PushError(f"{target.url} did not answer within {timeout:g} s") from None
    except (ConnectionError, OSError) as err:
        raise PushError(f"cannot reach {target.url}: {err}") from None


def refused(url: str, graph: str, err: urllib.error.HTTPError) -> str:
    try:
        detail = " ".join(err.read(500).decode("utf-8", "replace").split())[:200]
    except OSError:
        detail = ""
    why = f"{err.code} {err.reason}" + (f": {detail}" if detail else "")
    hint = {401: "the endpoint wants credentials (put them in the URL: http://user:password@host/...)",
            403: "the endpoint does not allow writes (is it read-only?)",
            404: "no Graph Store Protocol service at this URL (Oxigraph: /store, Fuseki: /DATASET/data)",
            405: "this URL does not accept PUT (is it the query endpoint rather than the graph store?)",
            413: "the graph is larger than the endpoint accepts"}.get(err.code)
    return f"{url} refused graph <{graph}>: {why}" + (f" — {hint}" if hint else "")
