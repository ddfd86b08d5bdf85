"""GraphML for Gephi, networkx and igraph: typed keys, no empty values, NMTOKEN node ids.

Written row by row (kg.export.rows) in exactly the form networkx's own GraphML writer gives (keys
numbered d0, d1 ... in the order their attributes first occur, graph then nodes then edges, and
listed last to first), so a view written here reads the same in every GraphML reader as one
networkx writes. lxml writes the head (declaration, keys, the graph's own data) and the closing
tags; each node and edge is written as text, with the escapes lxml (libxml2) uses and its checks
(tests/test_graphml_text.py compares the two on awkward values).
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from lxml import etree

from kg.export.rows import Network, as_network, write_files

NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 cannot hold
XML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}  # networkx's names for them
NAMESPACES = {"xmlns": "http://graphml.graphdrawing.org/xmlns",
              "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
              "xsi:schemaLocation": "http://graphml.graphdrawing.org/xmlns "
                                    "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"}


def xml_type(kind: type) -> str:
    try:
        return XML_TYPES[kind]
    except KeyError:
        raise TypeError(f"GraphML does not support type {kind} as data values.") from None


def key_ids(net: Network) -> dict[tuple[str, str, str], str]:
    """(scope, attribute name, GraphML type) -> key id, numbered in order of first occurrence."""
    found: dict[tuple[str, str, str], str] = {}
    scoped = [("graph", name, type(value)) for name, value in net.attrs.items() if name != "id"]
    scoped += [("node", name, kind) for name, kind in net.node_schema.ordered()]
    scoped += [("edge", name, kind) for name, kind in net.edge_schema.ordered()]
    for scope, name, kind in scoped:
        found.setdefault((scope, str(name), xml_type(kind)), f"d{len(found)}")
    return found


class GraphmlWriter:
    """Writes one network to a GraphML file as its rows come (see kg.export.rows.write_files)."""

    def __init__(self, path: Path, net: Network):
        self.keys = key_ids(net)
        self.ids = {(scope, name, kind): f'  <data key="{key}">' for (scope, name, kind), key in self.keys.items()}
        self.head, self.tail = frame(net, self.keys)
        self.texts: dict[str, str] = {}  # value -> its escaped text (values repeat: types, colours, days)
        self.file = open(path, "w", encoding="utf-8", newline="")
        self.file.write(self.head)

    def data(self, scope: str, data: dict) -> str:
        """The <data> lines of a node or an edge (as lxml's pretty printer writes them)."""
        ids, texts, lines = self.ids, self.texts, []
        for name, value in data.items():
            kind = type(value)
            start = ids.get((scope, name, XML_TYPES.get(kind))) or self.ids[(scope, str(name), xml_type(kind))]
            if kind is str:
                text = texts.get(value)
                if text is None:
                    if len(texts) > 1 << 16:
                        texts.clear()
                    text = texts[value] = escape_text(NOT_XML.sub("", value))
            else:  # a number or a boolean: nothing to escape
                text = str(value)
            lines.append(start + text + "</data>\n")
        return "".join(lines)

    def node(self, node: str, data: dict) -> None:
        lines = self.data("node", data)
        tag = '<node id="' + escape_attr(node) + '"'
        self.file.write(tag + ">\n" + lines + "</node>\n" if lines else tag + "/>\n")

    def edge(self, source: str, target: str, key: str | None, data: dict) -> None:
        lines = self.data("edge", data)
        tag = '<edge source="' + escape_attr(source) + '" target="' + escape_attr(target) + '"'
        if key is not None:
            tag += ' id="' + escape_attr(key) + '"'
        self.file.write(tag + ">\n" + lines + "</edge>\n" if lines else tag + "/>\n")

    def close(self) -> None:
        self.file.write(self.tail)
        self.file.close()


def frame(net: Network, keys: dict) -> tuple[str, str]:
    """What lxml writes before the first node (declaration, keys, the graph's data) and after the last edge."""
    out = io.BytesIO()
    with etree.xmlfile(out, encoding="utf-8", buffered=False) as xml:
        xml.write_declaration()
        with xml.element("graphml", NAMESPACES):
            for (scope, name, kind), key in reversed(keys.items()):
                element = etree.Element("key", **{"id": key, "for": scope, "attr.name": name, "attr.type": kind})
                xml.write(element, pretty_print=True)
            graph = {"edgedefault": "directed" if net.directed else "undirected"}
            if "id" in net.attrs:
                graph["id"] = str(net.attrs["id"])
            with xml.element("graph", graph):
                for name, value in net.attrs.items():
                    if name != "id":
                        element = etree.Element("data", key=keys[("graph", str(name), xml_type(type(value)))])
                        element.text = NOT_XML.sub("", value) if isinstance(value, str) else str(value)
                        xml.write(element, pretty_print=True)
                head = out.getvalue().decode("utf-8")
    return head, out.getvalue().decode("utf-8")[len(head):]


def escape_text(text: str) -> str:
    """Element text as libxml2 writes it: &, <, > and carriage returns escaped."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def escape_attr(text: str) -> str:
    """An attribute value as libxml2 writes it (between double quotes); refused as lxml refuses it."""
    if NOT_XML.search(text):
        raise ValueError("All strings must be XML compatible: Unicode or ASCII, no NULL bytes or control characters")
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;"))


def write_graphml(graph, path: Path) -> None:
    """Write a networkx graph or a kg.export.rows.Network as GraphML to PATH."""
    write_files(as_network(graph), {Path(path): GraphmlWriter})
