"""`kg serve`: a SPARQL 1.1 Protocol endpoint over a build, read-only and bounded by default.

``/sparql`` takes queries by GET (``?query=``) and POST (form-encoded or
``application/sparql-query``) and answers in the format the Accept header asks for; ``/`` is a
page with a query box and the query library (``/queries`` gives it as JSON).

Safety: updates are refused (403) unless ``--allow-update``; SERVICE and LOAD, which would make the
server fetch URLs, are refused unless ``--allow-service`` / ``--allow-load``; request bodies and
URLs are capped; each query runs in a worker process killed after ``--timeout`` seconds and keeps
at most ``--max-results`` rows or triples. On a loopback address, requests naming another host
are refused (no DNS rebinding), and updates from another web origin are refused (no CSRF).
"""

from __future__ import annotations

import ipaddress
import json
import signal
import socket
import sys
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import kg
from kg.errors import KGError
from kg.query_results import negotiate
from kg.server_guard import refusal
from kg.server_pool import Reply, WorkerPool, text_reply

STATIC = Path(__file__).with_name("static")
PAGES = {"/": ("index.html", "text/html; charset=utf-8"), "/app.js": ("app.js", "text/javascript; charset=utf-8")}
CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:"
MAX_CLIENTS = 64          # requests handled at once; more get 503 at once
DRAIN_LIMIT = 8 << 20     # an oversized body is read and dropped up to this size, so the client sees the 413


@dataclass(frozen=True)
class Settings:
    out: Path
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 10.0
    max_results: int = 10_000
    max_request_bytes: int = 1 << 20
    workers: int = 2
    memory_mb: int = 4096
    on_disk: bool = False
    allow_update: bool = False
    allow_service: bool = False
    allow_load: bool = False


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, settings: Settings, pool: WorkerPool):
        self.address_family = socket.AF_INET6 if ":" in settings.host else socket.AF_INET
        self.settings, self.pool = settings, pool
        self.slots = threading.BoundedSemaphore(MAX_CLIENTS)
        self.loopback = is_loopback(settings.host)
        super().__init__((settings.host, settings.port), Handler)


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


class Handler(BaseHTTPRequestHandler):
    server: Server
    server_version = f"kg/{kg.__version__}"
    timeout = 30  # seconds a client may take to send its request

    # --- routing ---------------------------------------------------------------------------

    def do_GET(self):
        self.guarded(self.get)

    def do_POST(self):
        self.guarded(self.post)

    def do_OPTIONS(self):
        self.send(Reply(204, b"", headers=(("Access-Control-Allow-Methods", "GET, POST, OPTIONS"),
                                           ("Access-Control-Allow-Headers", "Content-Type, Accept"))))

    def do_PUT(self):
        self.send(text_reply(405, "this endpoint answers GET and POST", ("Allow", "GET, POST")))

    do_DELETE = do_PATCH = do_PUT

    def guarded(self, method) -> None:
        if self.server.loopback and not self.host_is_loopback():
            return self.send(text_reply(403, "this server answers requests to its loopback address only"))
        if not self.server.slots.acquire(blocking=False):
            return self.send(text_reply(503, "too many requests at once; try again later", ("Retry-After", "2")))
        try:
            self.send(method())
        finally:
            self.server.slots.release()

    def host_is_loopback(self) -> bool:
        host = (self.headers.get("Host") or "").strip()
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        return name.strip("[]") in ("localhost", "") or is_loopback(name.strip("[]"))

    def get(self) -> Reply:
        url = urlsplit(self.path)
        if url.path in PAGES:
            name, media = PAGES[url.path]
            return Reply(200, (STATIC / name).read_bytes(), media, (("Content-Security-Policy", CSP),))
        if url.path == "/queries":
            from kg.query import library
            data = [{"name": q.name, "question": q.question, "parameters": q.parameters, "text": q.text}
                    for q in library()]
            return Reply(200, json.dumps(data, ensure_ascii=False).encode("utf-8"), "application/json")
        if url.path != "/sparql":
            return text_reply(404, f"no page at {url.path}; the SPARQL endpoint is /sparql")
        if len(url.query.encode()) > self.server.settings.max_request_bytes:
            return text_reply(414, "the query string is longer than kg serve --max-request-bytes allows")
        return self.dispatch(self.form(url.query))

    def post(self) -> Reply:
        url = urlsplit(self.path)
        if url.path != "/sparql":
            return text_reply(404, f"no endpoint at {url.path}; the SPARQL endpoint is /sparql")
        body = self.body()
        if isinstance(body, Reply):
            return body
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = self.form(url.query)
        if media == "application/x-www-form-urlencoded":
            params = {**params, **self.form(body.decode("utf-8", "replace"))}
        elif media in ("application/sparql-query", "application/sparql-update"):
            if "query" in params or "update" in params:
                return text_reply(400, "give the operation either in the body or in the URL, not both")
            params["query" if media.endswith("query") else "update"] = [body.decode("utf-8", "replace")]
        else:
            return text_reply(415, "POST a form (application/x-www-form-urlencoded), application/sparql-query "
                              "or application/sparql-update")
        return self.dispatch(params, post=True)

    # --- the protocol ----------------------------------------------------------------------

    def dispatch(self, params: dict[str, list[str]], post: bool = False) -> Reply:
        settings = self.server.settings
        queries, updates = params.get("query", []), params.get("update", [])
        if len(queries) + len(updates) != 1:
            return text_reply(400, "give exactly one query (or update) parameter")
        if updates:
            if not settings.allow_update:
                return text_reply(403, "this endpoint is read-only (start kg serve with --allow-update to allow "
                                  "SPARQL updates)")
            if not post:
                return text_reply(400, "SPARQL updates must be sent by POST")
            if not self.same_origin():
                return text_reply(403, "updates from another web origin are refused")
        text = (queries or updates)[0]
        if reason := refusal(text, bool(updates), settings.allow_service, settings.allow_load):
            return text_reply(403, reason)
        accept = self.headers.get("Accept")
        if queries and negotiate(accept) is None:
            return text_reply(406, f"no supported format in Accept: {accept} (offered: SPARQL results as JSON, XML, "
                              "CSV or TSV; RDF as Turtle, N-Triples, JSON-LD or RDF/XML)")
        request = {"op": "update" if updates else "query", "text": text, "accept": accept,
                   "limit": settings.max_results, "default_graph": params.get("default-graph-uri", []),
                   "named_graphs": params.get("named-graph-uri", [])}
        return self.server.pool.ask(request, settings.timeout)

    def same_origin(self) -> bool:
        origin = self.headers.get("Origin")
        return origin is None or urlsplit(origin).netloc == (self.headers.get("Host") or "")

    def form(self, text: str) -> dict[str, list[str]]:
        try:
            return parse_qs(text, keep_blank_values=True, max_num_fields=100)
        except ValueError:
            return {}

    def body(self) -> bytes | Reply:
        length = self.headers.get("Content-Length")
        if length is None or not length.strip().isdigit():
            return text_reply(411, "POST needs a Content-Length")
        size, cap = int(length), self.server.settings.max_request_bytes
        if size > cap:
            self.drain(size)
            return text_reply(413, f"the request body is {size} bytes; kg serve --max-request-bytes allows {cap}")
        return self.rfile.read(size)

    def drain(self, size: int) -> None:
        """Read and drop a body too large to use (up to DRAIN_LIMIT), so the client can read the reply."""
        left = min(size, DRAIN_LIMIT)
        try:
            while left > 0 and (chunk := self.rfile.read(min(left, 1 << 16))):
                left -= len(chunk)
        except OSError:
            pass
        self.close_connection = True

    # --- answering -------------------------------------------------------------------------

    def send(self, reply: Reply) -> None:
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Access-Control-Allow-Origin", "*")
            for name, value in reply.headers:
                self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def log_message(self, format, *args):
        sys.stderr.write(f"{self.address_string()} {format % args}\n")


def announce(line: str) -> None:
    print(line, flush=True)


def serve(settings: Settings, ready=announce) -> None:
    """Start the workers and the HTTP server; return when stopped (Ctrl-C or SIGTERM)."""
    pool = WorkerPool(settings.out, 1 if settings.allow_update else settings.workers,
                      writable=settings.allow_update, in_memory=not settings.on_disk, memory_mb=settings.memory_mb)
    try:
        try:
            server = Server(settings, pool)
        except OSError as err:
            raise KGError(f"cannot listen on {settings.host}:{settings.port} ({err.strerror or err})") from None
        host, port = server.server_address[:2]
        shown = f"[{host}]" if ":" in host else host
        ready(f"kg serve: http://{shown}:{port}/sparql ({describe(settings)})")
        if not server.loopback:
            print(f"warning: listening on {host}, not a loopback address: anyone who can reach it can query "
                  "the build", file=sys.stderr, flush=True)
        stop = lambda *_: threading.Thread(target=server.shutdown, daemon=True).start()  # noqa: E731
        signal.signal(signal.SIGTERM, stop)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
    finally:
        pool.close()


def describe(settings: Settings) -> str:
    mode = ("updates allowed" if settings.allow_update else "read-only") + \
        (", store/ on disk" if settings.on_disk else ", in memory")
    extra = [name for name, on in (("SERVICE", settings.allow_service), ("LOAD", settings.allow_load)) if on]
    return (f"{mode}{', ' + ' and '.join(extra) + ' allowed' if extra else ''}; timeout {settings.timeout:g} s, "
            f"at most {settings.max_results} results, {1 if settings.allow_update else settings.workers} worker(s)")
