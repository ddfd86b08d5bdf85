"""kg.export.graphml writes nodes and edges as text: the bytes must be those lxml writes for the same elements."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from kg.export.graphml import NAMESPACES, NOT_XML, XML_TYPES, GraphmlWriter, key_ids, xml_type
from kg.export.rows import Network, Schema, write_files

AWKWARD = ["plain", "", "a & b < c > d", 'say "no" & \'yes\'', "line\nbreak\r\nand\ttab", "]]> end",
           "ctrl\x01\x08\x0b\x1f gone", "\ufffe\uffff", "Мосгорсуд — «суд»", "emoji 😀 ok", "&amp; already"]
IDS = ["court:ru-supreme-court", "a&b", 'q"uote', "x<y>z", "tab\there", "new\nline", "é-ü", "cr\rid"]


class LxmlGraphml:
    """The reference: every element built and written by lxml's incremental writer."""

    def __init__(self, path: Path, net: Network):
        self.keys = key_ids(net)
        self.file = etree.xmlfile(str(path), encoding="utf-8")
        self.xml = self.file.__enter__()
        self.xml.write_declaration()
        self.open = [self.file, self.xml.element("graphml", NAMESPACES)]
        self.open[-1].__enter__()
        for (scope, name, kind), key in reversed(self.keys.items()):
            self.xml.write(etree.Element("key", **{"id": key, "for": scope, "attr.name": name, "attr.type": kind}),
                           pretty_print=True)
        graph = {"edgedefault": "directed" if net.directed else "undirected"}
        if "id" in net.attrs:
            graph["id"] = str(net.attrs["id"])
        self.open.append(self.xml.element("graph", graph))
        self.open[-1].__enter__()
        for name, value in net.attrs.items():
            if name != "id":
                element = etree.Element("data", key=self.keys[("graph", str(name), xml_type(type(value)))])
                element.text = NOT_XML.sub("", value) if isinstance(value, str) else str(value)
                self.xml.write(element, pretty_print=True)

    def write(self, element, scope: str, data: dict) -> None:
        for name, value in data.items():
            child = etree.SubElement(element, "data", key=self.keys[(scope, str(name), XML_TYPES[type(value)])])
            child.text = NOT_XML.sub("", value) if type(value) is str else str(value)
        self.xml.write(element, pretty_print=True)

    def node(self, node: str, data: dict) -> None:
        self.write(etree.Element("node", id=node), "node", data)

    def edge(self, source: str, target: str, key: str | None, data: dict) -> None:
        self.write(etree.Element("edge", {"source": source, "target": target} | ({"id": key} if key else {})),
                   "edge", data)

    def close(self) -> None:
        while self.open:
            self.open.pop().__exit__(None, None, None)


def network(nodes: list, edges: list, directed: bool = True, attrs: dict | None = None) -> Network:
    node_schema, edge_schema = Schema(), Schema()
    for i, (_, data) in enumerate(nodes):
        node_schema.add(i, data)
    for i, (*_, data) in enumerate(edges):
        edge_schema.add(i, data)
    return Network(directed, lambda: iter(nodes), lambda: iter(edges), node_schema, edge_schema, attrs or {})


def both(tmp_path: Path, net: Network) -> tuple[bytes, bytes]:
    write_files(net, {tmp_path / "text.graphml": GraphmlWriter, tmp_path / "lxml.graphml": LxmlGraphml})
    return (tmp_path / "text.graphml").read_bytes(), (tmp_path / "lxml.graphml").read_bytes()


def awkward_network(directed: bool, attrs: dict) -> Network:
    nodes = [(node, {"label": text, "n": i, "size": i / 3, "flag": i % 2 == 0} if i % 3 else {"label": text})
             for i, (node, text) in enumerate(zip(IDS * 2, AWKWARD * 2))]
    nodes.append(("bare", {}))
    edges = [(IDS[i % len(IDS)], IDS[(i + 1) % len(IDS)], None if not directed else f"{IDS[i % len(IDS)]}--k{i}",
              {"kind": text, "weight": float(i)} if i % 4 else {}) for i, text in enumerate(AWKWARD)]
    return network(nodes, edges, directed, attrs)


@pytest.mark.parametrize("directed, attrs",
                         [(True, {"view": "full"}), (False, {}), (True, {"id": "g&1", "note": "a<b"})],
                         ids=["directed", "undirected-plain", "graph-id"])
def test_text_writer_gives_lxml_bytes_on_awkward_values(tmp_path, directed, attrs):
    text, reference = both(tmp_path, awkward_network(directed, attrs))
    assert text == reference
    assert etree.fromstring(text) is not None  # and it parses


def test_empty_network_gives_lxml_bytes(tmp_path):
    text, reference = both(tmp_path, network([], []))
    assert text == reference


@pytest.mark.parametrize("bad", ["ctrl\x01", "nul\x00", "\ufffe"])
def test_an_id_xml_cannot_hold_is_refused_like_lxml(tmp_path, bad):
    net = network([(bad, {})], [])
    for writer in (GraphmlWriter, LxmlGraphml):
        with pytest.raises(ValueError):
            write_files(net, {tmp_path / "out.graphml": writer})
    assert not list(tmp_path.iterdir())  # nothing left behind
