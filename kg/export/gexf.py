"""GEXF 1.3 for Gephi: typed attributes, viz colour and size, an edge kind per relation, a timeline.

Written by hand because networkx writes GEXF 1.2 only. The file validates against the GEXF 1.3
schema (``gexf.xsd``, ``dynamics.xsd``, ``viz.xsd``), which declares the visual elements (color,
size) in the GEXF namespace itself; they are written as ``viz:color`` and ``viz:size`` with the
``viz`` prefix bound to that namespace, which is what the schema accepts and what Gephi reads (it
goes by local names). ``color`` and ``size`` are also ordinary attributes, for readers that skip viz.

Each edge has ``kind`` (the relation or role), so Gephi keeps parallel relations between the same
two nodes apart. Nodes and edges with a ``start`` day make the graph dynamic (``timeformat="date"``):
Gephi's timeline then shows each node and edge from its start day on.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import kg
from kg.export.rows import Network, Schema, as_network, edge_id, write_files

NS = "http://gexf.net/1.3"
NODE_XML = ("label", "start", "r", "g", "b")           # written as XML attributes or viz, not attvalues
EDGE_XML = ("kind", "label", "weight", "start")
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 cannot hold
QUOTED = re.compile("[&<>\"\n\r\t]")  # what quoteattr changes (else it only adds double quotes)
TYPES = {bool: "boolean", int: "integer", float: "double", str: "string"}


def attribute_types(schema: Schema, skip: tuple[str, ...]) -> dict[str, str]:
    """name -> GEXF type of every attribute but `skip` (a name with mixed Python types is a string)."""
    found = {name: {TYPES.get(kind, "string") for kind in kinds} for name, kinds in schema.types().items()
             if name not in skip}
    return {name: kinds.pop() if len(kinds) == 1 else "string" for name, kinds in sorted(found.items())}


def text_of(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return NOT_XML.sub("", str(value))


def quote(text: str) -> str:
    """xml.sax.saxutils.quoteattr, quicker for the usual text that needs no escaping."""
    return quoteattr(text) if QUOTED.search(text) else f'"{text}"'


def attvalue_starts(declared: dict[str, str]) -> dict[str, str]:
    """name -> the start of its <attvalue> element, for each declared attribute (in declaration order)."""
    return {name: f"<attvalue for={quote(name)} value=" for name in declared}


def attvalues(data: dict, starts: dict[str, str], quoted: dict[str, str]) -> str:
    """The <attvalues> of a node or an edge; `quoted` remembers the quoted form of text values (they repeat)."""
    values = []
    for name, start in starts.items():
        if name in data and data[name] != "":
            value = data[name]
            if type(value) is str:
                text = quoted.get(value)
                if text is None:
                    if len(quoted) > 1 << 16:
                        quoted.clear()
                    text = quoted[value] = quote(text_of(value))
            else:
                text = quote(text_of(value))
            values.append(start + text + "/>")
    return f"<attvalues>{''.join(values)}</attvalues>" if values else ""


def declarations(kind: str, declared: dict[str, str]) -> str:
    body = "".join(f"\n      <attribute id={quote(n)} title={quote(n)} type={quote(t)}/>"
                   for n, t in declared.items())
    return f'\n    <attributes class="{kind}" mode="static">{body}\n    </attributes>'


def node_xml(node: str, data: dict, starts: dict[str, str], quoted: dict[str, str]) -> str:
    start = f" start={quote(data['start'])}" if data.get("start") else ""
    viz = ""
    if all(c in data for c in "rgb"):
        viz += f'<viz:color r="{data["r"]}" g="{data["g"]}" b="{data["b"]}"/>'
    if "size" in data:
        viz += f'<viz:size value="{float(data["size"])}"/>'
    label = quote(text_of(data.get("label", node)))
    return f"\n      <node id={quote(node)} label={label}{start}>{attvalues(data, starts, quoted)}{viz}</node>"


def edge_xml(source: str, target: str, key, data: dict, starts: dict[str, str], quoted: dict[str, str]) -> str:
    attrs = f"id={quote(str(key))} source={quote(source)} target={quote(target)}"
    if data.get("kind"):
        attrs += f" kind={quote(str(data['kind']))}"
    if data.get("label"):
        attrs += f" label={quote(text_of(data['label']))}"
    attrs += f' weight="{float(data.get("weight", 1.0))}"'
    if data.get("start"):
        attrs += f" start={quote(data['start'])}"
    return f"\n      <edge {attrs}>{attvalues(data, starts, quoted)}</edge>"


def header(net: Network, node_types: dict[str, str], edge_types: dict[str, str], description: str) -> str:
    dynamic = net.node_schema.dynamic or net.edge_schema.dynamic
    mode = 'mode="dynamic" timeformat="date" timerepresentation="interval"' if dynamic else 'mode="static"'
    direction = "directed" if net.directed else "undirected"
    return "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<gexf xmlns="{NS}" xmlns:viz="{NS}" version="1.3">',
        "  <meta>",
        f"    <creator>kg {escape(kg.__version__)}</creator>",
        f"    <description>{escape(text_of(description or net.attrs.get('view', 'kg graph')))}</description>",
        "  </meta>",
        f'  <graph defaultedgetype="{direction}" idtype="string" {mode}>'
        + declarations("node", node_types) + declarations("edge", edge_types),
        "    <nodes>"])


class GexfWriter:
    """Writes one network to a GEXF file as its rows come (see kg.export.rows.write_files)."""

    def __init__(self, path: Path, net: Network, description: str = ""):
        self.node_types = attribute_types(net.node_schema, NODE_XML)
        self.edge_types = attribute_types(net.edge_schema, EDGE_XML)
        self.node_starts, self.edge_starts = attvalue_starts(self.node_types), attvalue_starts(self.edge_types)
        self.quoted: dict[str, str] = {}
        self.file = open(path, "w", encoding="utf-8")
        self.file.write(header(net, self.node_types, self.edge_types, description))
        self.in_nodes = True

    def node(self, node: str, data: dict) -> None:
        self.file.write(node_xml(node, data, self.node_starts, self.quoted))

    def edge(self, source: str, target: str, key: str | None, data: dict) -> None:
        if self.in_nodes:
            self.end_nodes()
        self.file.write(edge_xml(source, target, edge_id(source, target, key), data, self.edge_starts, self.quoted))

    def end_nodes(self) -> None:
        self.file.write("\n    </nodes>\n    <edges>")
        self.in_nodes = False

    def close(self) -> None:
        if self.in_nodes:
            self.end_nodes()
        self.file.write("\n    </edges>\n  </graph>\n</gexf>\n")
        self.file.close()


def write_gexf(graph, path: Path, description: str = "") -> None:
    """Write a networkx graph or a kg.export.rows.Network as GEXF 1.3 to PATH."""
    write_files(as_network(graph), {Path(path): lambda tmp, net: GexfWriter(tmp, net, description)})
