"""RDF writers: Turtle (all graphs merged), TriG (one named graph per article), JSON-LD (with a context).

The writers stream: they take named graphs one at a time (the entities graph, then one per article,
sorted by name) and write each in a fixed order (subjects, then predicates with rdf:type first, then
objects, each sorted by its N-Triples form), so the same graph always gives the same bytes, whatever
Python's hash seed, and a build never holds more than one article's graph to write it.

Terms are pyoxigraph terms (`rdf_term` converts rdflib ones); a graph is a list of (s, p, o).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from functools import lru_cache
from json.encoder import encode_basestring  # what JSON.encode does with a str (ensure_ascii=False)
from pathlib import Path
from typing import NamedTuple

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef

from kg.export import atomic_path
from kg.terms import rdf_term
from kg.vocab import PREFIXES

JSONLD_CONTEXT = {**PREFIXES, "label": "rdfs:label", "altLabel": "skos:altLabel"}
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
BY_LENGTH = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))
LOCAL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*")  # a safe subset of Turtle's PN_LOCAL
JSONLD_TERMS = {v: k for k, v in (("label", PREFIXES["rdfs"] + "label"), ("altLabel", PREFIXES["skos"] + "altLabel"))}

Triple = tuple  # (subject, predicate, object), pyoxigraph terms


# --- rdflib -> pyoxigraph ------------------------------------------------------------------------

def rdf_triples(triples: Iterable) -> list[Triple]:
    return [(rdf_term(s), rdf_term(p), rdf_term(o)) for s, p, o in triples]


def dataset_graphs(ds: Dataset) -> Iterator[tuple[ox.NamedNode, list[Triple]]]:
    """The non-empty named graphs of an rdflib Dataset, in writing order (see `graph_order`)."""
    graphs = {rdf_term(g.identifier): g for g in ds.graphs() if len(g) and isinstance(g.identifier, URIRef)}
    for name in sorted(graphs, key=graph_order):
        yield name, rdf_triples(graphs[name])


def graph_order(name: ox.NamedNode) -> tuple[int, str]:
    """The entities graph first, then the others by name."""
    from kg.graph import ENTITIES_GRAPH

    return (0 if name.value == str(ENTITIES_GRAPH) else 1, name.value)


# --- how each term is written ---------------------------------------------------------------------


def namespaces(tail: str) -> re.Pattern:
    """One pattern trying the namespaces of BY_LENGTH in turn (longest first), each followed by TAIL;
    the group that matched tells which namespace it was."""
    return re.compile("|".join(f"({re.escape(ns)}){tail}" for _, ns in BY_LENGTH) or "(?!)")


PREFIXED = namespaces(f"(?:{LOCAL_NAME.pattern})")  # fullmatch: a namespace and a local name
COMPACTED = namespaces("(?!//)")  # match: a namespace not followed by "//"


@lru_cache(maxsize=1 << 16)
def iri(value: str) -> str:
    """`prefix:local` with the first namespace of BY_LENGTH that leaves a safe local name, else `<value>`."""
    found = PREFIXED.fullmatch(value)
    return f"{BY_LENGTH[found.lastindex - 1][0]}:{value[found.end(found.lastindex):]}" if found else f"<{value}>"


@lru_cache(maxsize=1 << 16)
def compact(value: str) -> str:
    """`prefix:rest` with the first namespace of BY_LENGTH that `value` starts with (not followed by "//")."""
    found = COMPACTED.match(value)
    return f"{BY_LENGTH[found.lastindex - 1][0]}:{value[found.end():]}" if found else value


class Form(NamedTuple):
    """How one term is written."""

    key: str  # its N-Triples form: the order objects and subjects are written in
    turtle: str
    json: str  # its JSON-LD value (as JSON text)
    type_json: str | None  # an IRI's JSON-LD "@type" entry, as JSON text (None for other terms)


class PredicateForm(NamedTuple):
    rank: tuple[bool, str]  # rdf:type first, then by IRI
    turtle: str  # "a" for rdf:type
    key: str  # its JSON-LD key
    is_type: bool


JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)
_forms: dict = {}
_predicates: dict = {}


def form(term) -> Form:
    """How TERM is written (remembered for IRIs and short literals, which repeat)."""
    found = _forms.get(term)
    if found is None:
        found = make_form(term)
        if not isinstance(term, ox.Literal) or len(found.key) < 80:
            if len(_forms) > 1 << 15:  # bounded: entity IRIs of a big corpus would otherwise pile up
                _forms.clear()
            _forms[term] = found
    return found


def make_form(term) -> Form:
    if isinstance(term, ox.NamedNode):
        value = term.value
        name = encode_basestring(compact(value))
        return Form(str(term), iri(value), '{"@id": ' + name + "}", name)  # JSON.encode({"@id": ...})
    if isinstance(term, ox.Literal):
        value = term.value
        text = '"' + escape(value) + '"'
        language = term.language
        if language:  # the JSON objects below are JSON.encode's (keys sorted, its separators)
            return Form(str(term), f"{text}@{language}",
                        '{"@language": ' + encode_basestring(language) + ', "@value": ' + encode_basestring(value)
                        + "}", None)
        datatype = term.datatype.value
        if datatype == XSD_STRING:
            return Form(str(term), text, encode_basestring(value), None)
        return Form(str(term), f"{text}^^{iri(datatype)}",
                    '{"@type": ' + encode_basestring(compact(datatype)) + ', "@value": ' + encode_basestring(value)
                    + "}", None)
    return Form(str(term), str(term), '{"@id": ' + encode_basestring(str(term)) + "}", None)  # a blank node: _:id


def escape(text: str) -> str:
    """A Turtle string's body: backslash, double quote, line feed and carriage return escaped (str.replace
    leaves a text without them as it is, quicker than str.translate)."""
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


def predicate_form(term: ox.NamedNode) -> PredicateForm:
    found = _predicates.get(term)
    if found is None:
        value = term.value
        found = _predicates[term] = PredicateForm((value != RDF_TYPE, value), "a" if value == RDF_TYPE else iri(value),
                                                  JSONLD_TERMS.get(value) or compact(value), value == RDF_TYPE)
    return found


Row = tuple[PredicateForm, Form]


def by_subject(triples: Iterable[Triple]) -> list[tuple[Form, list[Row]]]:
    """[(subject, [(predicate, object)...])] as forms, in writing order."""
    groups: dict = {}
    forms, predicates = _forms, _predicates
    last = rows = None
    for s, p, o in triples:
        if s is not last:  # kg.graph makes a subject's triples one after the other, with the same term
            last, rows = s, groups.get(s)
            if rows is None:
                rows = groups[s] = []
        rows.append((predicates.get(p) or predicate_form(p), forms.get(o) or form(o)))
    return sorted_groups([(forms.get(s) or form(s), rows) for s, rows in groups.items()])


def sorted_groups(groups: Iterable[tuple[Form, list[Row]]]) -> list[tuple[Form, list[Row]]]:
    """Subjects by N-Triples form, each one's rows by predicate rank, then object N-Triples form.

    Plain tuple order gives both: a Form starts with its N-Triples form (which tells terms apart), a
    PredicateForm with its rank (the rest follows from it), and no two subjects are the same term."""
    keyed = sorted(groups)
    for _, rows in keyed:
        rows.sort()
    return keyed


def subject_block(subject: Form, rows: list[Row]) -> str:
    """`s p o1, o2 ; p2 o3 .` for one subject, its rows already sorted."""
    lines, last = [], None
    for p, o in rows:
        if p == last:
            lines[-1] += ", " + o.turtle
        else:
            lines.append(p.turtle + " " + o.turtle)
            last = p
    return subject.turtle + " " + " ;\n    ".join(lines) + " .\n"


def prefix_lines() -> str:
    return "".join(f"@prefix {prefix}: <{ns}> .\n" for prefix, ns in sorted(PREFIXES.items())) + "\n"


def jsonld_node(subject: Form, rows: list[Row]) -> str:
    """One node object as JSON text: {"@id": ..., "@type": [...], key: [values...]}, keys sorted."""
    entries: dict[str, list[str]] = {"@id": []}
    for p, o in rows:
        if p.is_type and o.type_json is not None:
            key, value = "@type", o.type_json
        else:
            key, value = p.key, o.json
        values = entries.get(key)
        if values is None:
            entries[key] = [value]
        else:
            values.append(value)
    node_id = subject.type_json or JSON.encode(subject.key)  # an IRI's compact form, or a blank node's
    return "{" + ", ".join([f'"@id": {node_id}' if key == "@id" else f"{json_key(key)}: [{', '.join(entries[key])}]"
                            for key in sorted(entries)]) + "}"


@lru_cache(maxsize=1 << 12)
def json_key(key: str) -> str:
    return JSON.encode(key)


# --- the writers ---------------------------------------------------------------------------------


class RdfWriter:
    """Writes the named graphs it is given, in the order given, to graph.ttl, graph.trig and graph.jsonld.

    Each file goes to a temporary file first; `close()` renames them all into place at once, and
    an exception (or a kill) before that leaves the previous files untouched.
    """

    def __init__(self, paths: dict[str, Path], shared: Iterable[str] = ()):
        self.stack = ExitStack()
        self.files = {kind: self.stack.enter_context(open_atomic(path)) for kind, path in paths.items()}
        self.shared = set(shared)  # subjects described across graphs (entities): merged at the end of the Turtle
        self.deferred: dict = {}
        self.first_graph = True
        for kind in ("ttl", "trig"):
            if kind in self.files:
                self.files[kind].write(prefix_lines())
        if "jsonld" in self.files:
            context = json.dumps(JSONLD_CONTEXT, ensure_ascii=False, sort_keys=True)
            self.files["jsonld"].write('{\n "@context": ' + context + ',\n "@graph": [')

    def graph(self, name: ox.NamedNode, triples: list[Triple]) -> str:
        """Write one named graph; returns the SHA-256 of its TriG text (a digest of its content)."""
        return digest(self.graph_text(name, triples))

    def graph_text(self, name: ox.NamedNode, triples: list[Triple]) -> str:
        """Write one named graph; returns its TriG text (with the prefixes of `prefix_lines`).

        In the Turtle, the entities graph is written as it comes; the triples of other graphs about
        shared subjects (entities, the software agent) are merged and written once at the end.
        """
        groups = by_subject(triples)
        blocks = [subject_block(s, rows) for s, rows in groups]
        body = "\n".join(blocks)
        text = f"{iri(name.value)} {{\n{body}}}\n\n"
        if "trig" in self.files:
            self.files["trig"].write(text)
        if "ttl" in self.files:
            self.turtle(groups, blocks, merge=graph_order(name)[0] != 0)
        if "jsonld" in self.files:
            nodes = ",\n   ".join(jsonld_node(s, rows) for s, rows in groups)
            head = "\n" if self.first_graph else ",\n"
            self.files["jsonld"].write(f'{head}  {{"@id": {json.dumps(compact(name.value))}, "@graph": [\n   {nodes}\n  ]}}')
        self.first_graph = False
        return text

    def turtle(self, groups, blocks: list[str], merge: bool) -> None:
        out = self.files["ttl"]
        for (s, rows), block in zip(groups, blocks):
            if merge and s.type_json is not None and s.key[1:-1] in self.shared:
                self.deferred.setdefault(s, set()).update(rows)
            else:
                out.write(block + "\n")

    def finish(self) -> None:
        """End every file (the Turtle's merged subjects last); they are renamed into place on exit."""
        if "ttl" in self.files and self.deferred:
            groups = sorted_groups((s, list(rows)) for s, rows in self.deferred.items())
            self.files["ttl"].write("\n".join(subject_block(s, rows) for s, rows in groups))
        if "jsonld" in self.files:
            self.files["jsonld"].write("\n ]\n}\n" if not self.first_graph else "]\n}\n")

    def __enter__(self):
        return self

    def __exit__(self, kind, err, tb):
        """Rename every file into place after `finish()`; on an error, remove the temporary files."""
        return self.stack.__exit__(kind, err, tb)


def digest(text: str) -> str:
    """The SHA-256 of a graph's TriG text: a digest of its content (kg.store compares graphs by it)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class open_atomic:
    """A text file written beside PATH and renamed over it on a clean exit (see kg.export.atomic_path)."""

    def __init__(self, path: Path):
        self.path = path

    def __enter__(self):
        self.ctx = atomic_path(self.path)
        tmp = self.ctx.__enter__()
        self.file = open(tmp, "w", encoding="utf-8", newline="\n")
        return self.file

    def __exit__(self, kind, err, tb):
        self.file.close()
        return self.ctx.__exit__(kind, err, tb)


def write_graphs(graphs: Iterable[tuple[ox.NamedNode, list[Triple]]], paths: dict[str, Path],
                 shared: Iterable[str] = ()) -> dict[str, str]:
    """Write every graph to the files of `paths` ({"ttl"|"trig"|"jsonld": path}); graph name -> digest."""
    digests = {}
    with RdfWriter(paths, shared) as writer:
        for name, triples in graphs:
            digests[name.value] = writer.graph(name, triples)
        writer.finish()
    return digests


def entity_subjects(ds: Dataset) -> set[str]:
    from kg.graph import ENTITIES_GRAPH

    return {str(s) for s in ds.graph(ENTITIES_GRAPH).subjects() if isinstance(s, URIRef)}


def write_turtle(ds: Dataset, path: Path) -> None:
    write_graphs(dataset_graphs(ds), {"ttl": path}, entity_subjects(ds) | {software()})


def write_trig(ds: Dataset, path: Path) -> None:
    write_graphs(dataset_graphs(ds), {"trig": path})


def write_jsonld(ds: Dataset, path: Path) -> None:
    write_graphs(dataset_graphs(ds), {"jsonld": path})


def software() -> str:
    from kg.graph import SOFTWARE

    return str(SOFTWARE)


# --- reading -------------------------------------------------------------------------------------


def union(ds: Dataset) -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def read_trig(path: Path) -> Dataset:
    ds = Dataset()
    try:
        ds.parse(str(path), format="trig")
    except Exception as err:  # rdflib raises several unrelated types for bad syntax
        from kg.errors import KGError
        raise KGError(f"{path}: not a readable TriG build ({' '.join(str(err).split())[:200]})") from None
    return ds
