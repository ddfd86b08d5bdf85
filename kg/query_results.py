"""Query results written out: a readable table, the SPARQL 1.1 result formats, and RDF for graphs.

SELECT and ASK results: SPARQL 1.1 Query Results JSON, XML, CSV and TSV. CONSTRUCT and DESCRIBE
results: Turtle, N-Triples, JSON-LD, RDF/XML (pyoxigraph's serializers). `kg query` writes with
these; `kg serve` writes large results with pyoxigraph's own result writers (kg.server_answer) and
uses the table, the content negotiation and the prefixes from here.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Mapping

from pyoxigraph import BlankNode, NamedNode, RdfFormat, Triple, serialize

from kg.query import QUERY_PREFIXES, Result, Term

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
RESULTS_NS = "http://www.w3.org/2005/sparql-results#"

# media type -> (short name, kinds of result it can carry)
MEDIA_TYPES = {
    "application/sparql-results+json": ("json", ("select", "ask")),
    "application/json": ("json", ("select", "ask")),
    "application/sparql-results+xml": ("xml", ("select", "ask")),
    "application/xml": ("xml", ("select", "ask")),
    "text/csv": ("csv", ("select", "ask")),
    "text/tab-separated-values": ("tsv", ("select", "ask")),
    "text/turtle": ("turtle", ("graph",)),
    "application/x-turtle": ("turtle", ("graph",)),
    "application/n-triples": ("ntriples", ("graph",)),
    "application/ld+json": ("jsonld", ("graph",)),
    "application/rdf+xml": ("rdfxml", ("graph",)),
    "text/plain": ("table", ("select", "ask", "graph")),
}
MEDIA_OF = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
            "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
            "ntriples": "application/n-triples", "jsonld": "application/ld+json", "rdfxml": "application/rdf+xml",
            "table": "text/plain"}
RDF_FORMATS = {"turtle": RdfFormat.TURTLE, "ntriples": RdfFormat.N_TRIPLES, "jsonld": RdfFormat.JSON_LD,
               "rdfxml": RdfFormat.RDF_XML}
GRAPH_COLUMNS = ("subject", "predicate", "object")


def write(result: Result, fmt: str, prefixes: Mapping[str, str] = QUERY_PREFIXES) -> bytes:
    """`result` in format `fmt` (a short name of MEDIA_OF); ValueError if it cannot carry that result."""
    if fmt == "table":
        return table(result, prefixes).encode("utf-8")
    if result.kind == "graph":
        if fmt not in RDF_FORMATS:
            raise ValueError(f"a CONSTRUCT or DESCRIBE result is RDF: use one of table, {', '.join(RDF_FORMATS)}")
        used = used_prefixes(result.triples, prefixes) if fmt in ("turtle", "rdfxml") else None
        return serialize(result.triples, format=RDF_FORMATS[fmt], prefixes=used)
    writers = {"json": to_json, "xml": to_xml, "csv": to_csv, "tsv": to_tsv}
    if fmt not in writers:
        raise ValueError(f"a {result.kind.upper()} result is not RDF: use one of table, {', '.join(writers)}")
    return writers[fmt](result)


def used_prefixes(triples, prefixes: Mapping[str, str]) -> dict[str, str]:
    """The prefixes that shorten some IRI of `triples` to a plain local name (no '/' or '#' to escape)."""
    iris = {t.value for triple in triples for t in (triple.subject, triple.predicate, triple.object)
            if isinstance(t, NamedNode)}
    return {p: ns for p, ns in prefixes.items()
            if any(iri.startswith(ns) and not any(c in iri[len(ns):] for c in "/#") for iri in iris)}


# --- SPARQL 1.1 result formats -------------------------------------------------------------------


def json_term(term: Term) -> dict:
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Triple):
        return {"type": "triple", "value": {"subject": json_term(term.subject),
                                            "predicate": json_term(term.predicate), "object": json_term(term.object)}}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        out["datatype"] = term.datatype.value
    return out


def to_json(result: Result) -> bytes:
    if result.kind == "ask":
        data = {"head": {}, "boolean": result.boolean}
    else:
        bindings = [{v: json_term(t) for v, t in zip(result.variables, row) if t is not None} for row in result.rows]
        data = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def xml_term(parent: ET.Element, term: Term) -> None:
    if isinstance(term, NamedNode):
        ET.SubElement(parent, "uri").text = term.value
    elif isinstance(term, BlankNode):
        ET.SubElement(parent, "bnode").text = term.value
    elif isinstance(term, Triple):
        node = ET.SubElement(parent, "triple")
        for part in GRAPH_COLUMNS:
            xml_term(ET.SubElement(node, part), getattr(term, part))
    else:
        node = ET.SubElement(parent, "literal")
        if term.language:
            node.set("xml:lang", term.language)
        elif term.datatype.value != XSD_STRING:
            node.set("datatype", term.datatype.value)
        node.text = term.value


def to_xml(result: Result) -> bytes:
    root = ET.Element("sparql", xmlns=RESULTS_NS)
    head = ET.SubElement(root, "head")
    if result.kind == "ask":
        ET.SubElement(root, "boolean").text = "true" if result.boolean else "false"
    else:
        for v in result.variables:
            ET.SubElement(head, "variable", name=v)
        results = ET.SubElement(root, "results")
        for row in result.rows:
            node = ET.SubElement(results, "result")
            for v, t in zip(result.variables, row):
                if t is not None:
                    xml_term(ET.SubElement(node, "binding", name=v), t)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="utf-8", xml_declaration=False)


def csv_value(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    return str(term) if isinstance(term, Triple) else term.value


def to_csv(result: Result) -> bytes:
    buffer = io.StringIO()
    out = csv.writer(buffer, lineterminator="\r\n")
    if result.kind == "ask":
        out.writerow(["boolean"])
        out.writerow(["true" if result.boolean else "false"])
    else:
        out.writerow(result.variables)
        out.writerows([csv_value(t) for t in row] for row in result.rows)
    return buffer.getvalue().encode("utf-8")


def to_tsv(result: Result) -> bytes:
    """Terms in N-Triples syntax (which escapes tabs and newlines), as SPARQL TSV asks."""
    if result.kind == "ask":
        lines = ["?boolean", "true" if result.boolean else "false"]
    else:
        lines = ["\t".join(f"?{v}" for v in result.variables)]
        lines += ["\t".join("" if t is None else str(t) for t in row) for row in result.rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


# --- a readable table ----------------------------------------------------------------------------


def compact(term: Term | None, prefixes: Mapping[str, str] = QUERY_PREFIXES) -> str:
    """How a term reads in a table: prefixed IRIs, bare literal values, _:blank nodes."""
    if term is None:
        return ""
    if isinstance(term, NamedNode):
        best = max((ns for ns in prefixes.values() if term.value.startswith(ns)), key=len, default=None)
        if best is None:
            return f"<{term.value}>"
        prefix = next(p for p, ns in prefixes.items() if ns == best)
        return f"{prefix}:{term.value[len(best):]}"
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    if isinstance(term, Triple):
        return "<< " + " ".join(compact(t, prefixes) for t in (term.subject, term.predicate, term.object)) + " >>"
    return term.value


def table(result: Result, prefixes: Mapping[str, str] = QUERY_PREFIXES, width: int = 60) -> str:
    """An aligned text table; cells longer than `width` are cut with '…' (use tsv or json for full values)."""
    if result.kind == "ask":
        return ("yes" if result.boolean else "no") + "\n"
    if result.kind == "graph":
        header, rows = GRAPH_COLUMNS, [(t.subject, t.predicate, t.object) for t in result.triples]
    else:
        header, rows = result.variables, result.rows
    cells = [[cut(" ".join(compact(t, prefixes).split()), width) for t in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(header)]
    lines = [" | ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip(),
             "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    noun = "triple" if result.kind == "graph" else "row"
    count = len(rows)
    more = " (more were cut by the result limit)" if result.truncated else ""
    lines.append(f"({count} {noun}{'' if count == 1 else 's'}{more})")
    return "\n".join(lines) + "\n"


def cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def negotiate(accept: str | None, kind: str | None = None) -> str | None:
    """The best short format name for an Accept header (and result kind if known); None if nothing fits."""
    default = {"graph": "turtle"}.get(kind or "", "json")
    if not accept or not accept.strip():
        return default
    ranked = []
    for position, item in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in item.split(";")]
        q = next((safe_float(p[2:]) for p in params if p.lower().startswith("q=")), 1.0)
        if q > 0:
            ranked.append((-q, position, media.lower()))
    for _, _, media in sorted(ranked):
        if media == "*/*":
            return default
        if media == "application/*":
            return "ntriples" if kind == "graph" else "json"
        if media == "text/*":
            return {"graph": "turtle"}.get(kind or "", "csv")
        if media in MEDIA_TYPES and (kind is None or kind in MEDIA_TYPES[media][1]):
            return MEDIA_TYPES[media][0]
    return None


def safe_float(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0
