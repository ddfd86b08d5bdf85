"""SPARQL over a build (pyoxigraph): open its store, bind parameters, run a query, read the library.

A build is read from ``DIR/store/`` (a pyoxigraph store holding the quads of ``DIR/graph.trig``)
when there is one, else ``DIR/graph.trig`` is loaded into memory, so older builds stay usable;
`kg serve` loads it into memory anyway (queries run several times faster there). The default graph
of every query is the union of the build's named graphs. Note that a pyoxigraph store keeps values,
not spellings: ``"7"^^xsd:nonNegativeInteger`` comes back as ``7`` (xsd:integer), ``9e-01`` as ``0.9``.

Parameters are never spliced into the query text: each ``key=value`` becomes an RDF term that
pyoxigraph substitutes for the variable ``?key`` (its ``substitutions``), as if ``?key`` had that
value from the start. ``<iri>`` and ``prefix:local`` give IRIs, ``2018``/``1.5``/``true`` typed
numbers and booleans (as in Turtle), ``"text"``, ``"text"@en`` and ``"2018-09-20"^^xsd:date``
literals, and anything else a plain string.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from pyoxigraph import (BlankNode, Literal, NamedNode, QueryBoolean, QuerySolutions, RdfFormat, Store, Triple,
                        Variable)

from kg.errors import KGError
from kg.paths import ontology_dir
from kg.vocab import ELI, PREFIXES, SEM

QUERY_PREFIXES = {**PREFIXES, "owl": "http://www.w3.org/2002/07/owl#", "sh": "http://www.w3.org/ns/shacl#",
                  "foaf": "http://xmlns.com/foaf/0.1/", "org": "http://www.w3.org/ns/org#", "eli": str(ELI),
                  "sem": str(SEM)}
XSD = PREFIXES["xsd"]
Term = NamedNode | BlankNode | Literal | Triple


class QueryError(KGError):
    """A query cannot be read, parsed or run (the message is one line)."""


class QuerySyntaxError(QueryError):
    """The query text is not SPARQL 1.1 (the message gives line and column)."""


@dataclass(frozen=True)
class Result:
    """What a query gave: rows (SELECT), a boolean (ASK) or triples (CONSTRUCT, DESCRIBE)."""
    kind: str                                   # "select", "ask" or "graph"
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Term | None, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[Triple, ...] = ()
    truncated: bool = False                     # more rows or triples existed than the limit


@dataclass(frozen=True)
class CannedQuery:
    """A query of the library (ontology/queries/NAME.rq) with the question it answers."""
    name: str
    path: Path
    question: str
    parameters: str
    text: str = field(repr=False)


# --- the store ----------------------------------------------------------------------------------


def open_store(out: Path, writable: bool = False, in_memory: bool = False) -> Store:
    """The build in OUT as a pyoxigraph Store: DIR/store/ opened in place when present (read-only unless
    `writable`), else, or when `in_memory`, DIR/graph.trig loaded into memory (faster to query)."""
    out = Path(out)
    store_dir = out / "store"
    if store_dir.is_dir() and not in_memory:
        try:
            return Store(str(store_dir)) if writable else Store.read_only(str(store_dir))
        except OSError as err:
            raise QueryError(f"{store_dir}: cannot open the store ({one_line(err)})") from None
    trig = out / "graph.trig"
    if not trig.is_file():
        raise QueryError(f"{out}: no build found (run `kg build INPUT... --out {out}` first)")
    store = Store()
    try:
        store.load(path=str(trig), format=RdfFormat.TRIG)
    except (SyntaxError, ValueError, OSError) as err:
        raise QueryError(f"{trig}: not a readable TriG build ({one_line(err)[:200]})") from None
    return store


# --- parameters ---------------------------------------------------------------------------------

PARAM = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)=(.*)", re.S)
PNAME = re.compile(r"([A-Za-z][\w.-]*)?:(\S*)")
QUOTED = re.compile(r'"(.*)"(?:@([A-Za-z]+(?:-[A-Za-z0-9]+)*)|\^\^(\S+))?', re.S)
NUMBER = {re.compile(r"[+-]?\d+"): "integer", re.compile(r"[+-]?\d*\.\d+"): "decimal",
          re.compile(r"[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+"): "double", re.compile(r"true|false"): "boolean"}
DECLARED = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>\s]*)>", re.I)


def declared_prefixes(text: str) -> dict[str, str]:
    """The predeclared prefixes plus those the query text declares itself."""
    return {**QUERY_PREFIXES, **{p or "": ns for p, ns in DECLARED.findall(text)}}


def parse_params(pairs: Iterable[str], prefixes: Mapping[str, str] = QUERY_PREFIXES) -> dict[str, Term]:
    """['provision=kgr:provision/ru-cc/282', 'year=2018'] -> {'provision': NamedNode, 'year': Literal}."""
    params = {}
    for pair in pairs:
        match = PARAM.fullmatch(pair)
        if not match:
            raise QueryError(f"--param {pair!r}: expected NAME=VALUE with NAME a variable name (no '?')")
        params[match[1]] = term_of(match[2], prefixes, match[1])
    return params


def term_of(value: str, prefixes: Mapping[str, str], name: str = "value") -> Term:
    """One parameter value as an RDF term (see the module docstring for the forms)."""
    try:
        if value.startswith("<") and value.endswith(">"):
            return NamedNode(value[1:-1])
        if quoted := QUOTED.fullmatch(value):
            text, lang, datatype = quoted.groups()
            if datatype:
                return Literal(text, datatype=term_of(datatype, prefixes, name))
            return Literal(text, language=lang) if lang else Literal(text)
        for pattern, kind in NUMBER.items():
            if pattern.fullmatch(value):
                return Literal(value, datatype=NamedNode(XSD + kind))
        pname = PNAME.fullmatch(value)
        if pname and (pname[1] or "") in prefixes:
            return NamedNode(prefixes[pname[1] or ""] + pname[2])
    except (ValueError, TypeError) as err:
        raise QueryError(f"--param {name}: {value!r} is not a valid RDF term ({one_line(err)})") from None
    return Literal(value)


# --- running ------------------------------------------------------------------------------------


def execute(store: Store, text: str, params: Mapping[str, Term] | None = None, origin: str = "query",
            default_graph: list[str] | None = None, named_graphs: list[str] | None = None):
    """pyoxigraph's own answer (QuerySolutions, QueryBoolean or QueryTriples), evaluated lazily.

    Errors found while the answer is read later (in iteration or serialization) come as
    RuntimeError or OSError; `run` reports them like the others."""
    options = {"prefixes": QUERY_PREFIXES, "use_default_graph_as_union": not default_graph}
    if params:
        options["substitutions"] = {Variable(k): v for k, v in params.items()}
    with errors_reported(text, origin):
        if default_graph:
            options["default_graph"] = [NamedNode(g) for g in default_graph]
        if named_graphs:
            options["named_graphs"] = [NamedNode(g) for g in named_graphs]
        return store.query(text, **options)


def run(store: Store, text: str, params: Mapping[str, Term] | None = None, limit: int | None = None,
        origin: str = "query", default_graph: list[str] | None = None, named_graphs: list[str] | None = None) -> Result:
    """Run one SPARQL query; at most `limit` rows or triples are kept (Result.truncated says if more existed)."""
    answer = execute(store, text, params, origin, default_graph, named_graphs)
    with errors_reported(text, origin):
        return materialize(answer, limit)


def kind_of(answer) -> str:
    if isinstance(answer, QueryBoolean):
        return "ask"
    return "select" if isinstance(answer, QuerySolutions) else "graph"


def materialize(answer, limit: int | None = None) -> Result:
    """A pyoxigraph answer as a Result of Python terms (at most `limit` rows or triples)."""
    kind = kind_of(answer)
    if kind == "ask":
        return Result("ask", boolean=bool(answer))
    if kind == "select":
        variables = tuple(v.value for v in answer.variables)
        rows, truncated = take((tuple(solution) for solution in answer), limit)
        return Result("select", variables=variables, rows=rows, truncated=truncated)
    triples, truncated = take(answer, limit)
    return Result("graph", triples=triples, truncated=truncated)


@contextmanager
def errors_reported(text: str, origin: str):
    """pyoxigraph's errors as QueryError / QuerySyntaxError with one-line messages."""
    try:
        yield
    except SyntaxError as err:
        raise QuerySyntaxError(syntax_message(err, text, origin)) from None
    except (RuntimeError, OSError, ValueError, TypeError) as err:
        message = one_line(err).replace("does not contains", "does not contain")
        if "SELECT projection" in message:
            message += " (a parameter must be a result variable of the query)"
        raise QueryError(f"{origin}: {message}") from None


def take(items: Iterator, limit: int | None) -> tuple[tuple, bool]:
    if limit is None:
        return tuple(items), False
    kept = tuple(islice(items, limit + 1))
    return kept[:limit], len(kept) > limit


def syntax_message(err: SyntaxError, text: str, origin: str) -> str:
    """One line: 'ORIGIN:LINE:COL: syntax error: what was found, what was expected'."""
    match = re.match(r"error at (\d+):(\d+): (.*)", str(err), re.S)
    if not match:
        return f"{origin}: syntax error: {one_line(err)}"
    line, col, detail = int(match[1]), int(match[2]), " ".join(match[3].split())
    source = text.splitlines()[line - 1] if 0 < line <= len(text.splitlines()) else ""
    if "Prefix not found" in detail:
        prefix = re.search(r"([A-Za-z][\w.-]*)?:[\w.%-]*$", source[:col - 1])
        detail = f"unknown prefix '{prefix[1] or '' if prefix else ''}:' (declare it with PREFIX)"
    else:
        found = re.match(r"\S{1,20}", source[col - 1:]) if col <= len(source) else None
        where = f"`{found[0]}`" if found else "end of query" if line >= len(text.splitlines()) else "end of line"
        detail = f"unexpected {where}; {shorten(detail)}"
    return f"{origin}:{line}:{col}: syntax error: {detail}"


def shorten(expected: str, keep: int = 6) -> str:
    """The parser's 'expected one of ...' with its tokens only (no character classes), at most `keep`."""
    body = expected.split(" of ", 1)[1] if expected.startswith("expected one of ") else expected[len("expected "):]
    items = []
    for item in re.findall(r'"(?:[^"\\]|\\.)*"|\[[^\]]*\]|[A-Za-z][A-Za-z0-9]*', body):
        if item.startswith('"'):
            items.append("`" + re.sub(r"\\(.)", r"\1", item[1:-1]) + "`")
        elif not item.startswith("["):
            items.append(item)
    if not items:
        return "not valid SPARQL here"
    more = ", ..." if len(items) > keep else ""
    return "expected " + ("one of " if len(items) > 1 else "") + ", ".join(items[:keep]) + more


def one_line(err: BaseException) -> str:
    return " ".join(str(err).split())


# --- the library --------------------------------------------------------------------------------


def queries_dir() -> Path:
    return ontology_dir() / "queries"


def library() -> list[CannedQuery]:
    """Every query of ontology/queries/, sorted by name."""
    return [read_canned(path) for path in sorted(queries_dir().glob("*.rq"))]


def read_canned(path: Path) -> CannedQuery:
    text = path.read_text(encoding="utf-8")
    header, current = {}, None
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line[1:].strip()
        if field_start := re.match(r"(Question|Parameters):\s*(.*)", body):
            current = field_start[1]
            header[current] = field_start[2]
        elif current and body and line.startswith("#  "):  # an indented continuation line
            header[current] = f"{header[current]} {body}".strip()
        else:
            current = None
    return CannedQuery(path.stem, path, header.get("Question", ""), header.get("Parameters", "none."), text)


def named(name: str) -> CannedQuery:
    path = queries_dir() / f"{name}.rq"
    if not re.fullmatch(r"[\w-]+", name) or not path.is_file():
        known = ", ".join(q.name for q in library())
        raise QueryError(f"no query named {name!r} in {queries_dir()} (known: {known})")
    return read_canned(path)


def source_of(query: str | None, name: str | None, stdin_text: str | None = None) -> tuple[str, str]:
    """(text, origin) of QUERY (SPARQL text, a FILE.rq, or '-' for stdin) or of the library query NAME."""
    if (query is None) == (name is None):
        raise QueryError("give either a query (text, FILE.rq or -) or --name NAME, not both or neither")
    if name is not None:
        canned = named(name)
        return canned.text, str(canned.path)
    if query == "-":
        return stdin_text or "", "<stdin>"
    path = Path(query)
    looks_like_file = "\n" not in query and " " not in query.strip() and path.suffix in (".rq", ".sparql", ".txt")
    if looks_like_file or (len(query) < 4096 and "\n" not in query and path.is_file()):
        try:
            return path.read_text(encoding="utf-8"), str(path)
        except (OSError, UnicodeDecodeError) as err:
            raise QueryError(f"{path}: cannot read the query ({one_line(err)})") from None
    return query, "query"
