"""GraphML for Gephi, networkx and igraph: typed keys, no empty values, NMTOKEN node ids.

Written row by row (kg.export.rows) with lxml's incremental writer, in exactly the form
networkx's own GraphML writer gives (keys numbered d0, d1 ... in the order their attributes first
occur, graph then nodes then edges, and listed last to first), so a view written here reads the
same in every GraphML reader as one networkx writes.
"""

from __future__ import annotations

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
        self.file = etree.xmlfile(str(path), encoding="utf-8")
        self.xml = self.file.__enter__()
        self.xml.write_declaration()
        self.open = [self.file, self.xml.element("graphml", NAMESPACES)]
        self.open[-1].__enter__()
        for (scope, name, kind), key in reversed(self.keys.items()):
            element = etree.Element("key", **{"id": key, "for": scope, "attr.name": name, "attr.type": kind})
            self.xml.write(element, pretty_print=True)
        graph = {"edgedefault": "directed" if net.directed else "undirected"}
        if "id" in net.attrs:
            graph["id"] = str(net.attrs["id"])
        self.open.append(self.xml.element("graph", graph))
        self.open[-1].__enter__()
        for name, value in net.attrs.items():
            if name != "id":
                self.xml.write(self.data("graph", name, value), pretty_print=True)

    def data(self, scope: str, name: str, value) -> etree._Element:
        element = etree.Element("data", key=self.keys[(scope, str(name), xml_type(type(value)))])
        element.text = NOT_XML.sub("", value) if isinstance(value, str) else str(value)
        return element

    def write(self, element: etree._Element, scope: str, data: dict) -> None:
        keys = self.keys
        for name, value in data.items():
            kind = type(value)
            key = keys[(scope, str(name), XML_TYPES.get(kind) or xml_type(kind))]
            child = etree.SubElement(element, "data", key=key)
            child.text = NOT_XML.sub("", value) if kind is str else str(value)
        self.xml.write(element, pretty_print=True)

    def node(self, node: str, data: dict) -> None:
        self.write(etree.Element("node", id=node), "node", data)

    def edge(self, source: str, target: str, key: str | None, data: dict) -> None:
        ids = {"source": source, "target": target} | ({"id": key} if key is not None else {})
        self.write(etree.Element("edge", ids), "edge", data)

    def close(self) -> None:
        while self.open:
            self.open.pop().__exit__(None, None, None)


def write_graphml(graph, path: Path) -> None:
    """Write a networkx graph or a kg.export.rows.Network as GraphML to PATH."""
    write_files(as_network(graph), {Path(path): GraphmlWriter})
