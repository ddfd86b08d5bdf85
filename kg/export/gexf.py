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

import networkx as nx

import kg
from kg.export import atomic_path

NS = "http://gexf.net/1.3"
NODE_XML = ("label", "start", "r", "g", "b")           # written as XML attributes or viz, not attvalues
EDGE_XML = ("kind", "label", "weight", "start")
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 cannot hold
TYPES = {bool: "boolean", int: "integer", float: "double", str: "string"}


def attribute_types(items) -> dict[str, str]:
    """name -> GEXF type for every attribute of `items` (a name with mixed Python types is a string)."""
    seen: dict[str, set] = {}
    for data in items:
        for name, value in data.items():
            seen.setdefault(name, set()).add(TYPES.get(type(value), "string"))
    return {name: kinds.pop() if len(kinds) == 1 else "string" for name, kinds in sorted(seen.items())}


def text_of(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return NOT_XML.sub("", str(value))


def attvalues(data: dict, declared: dict[str, str]) -> str:
    values = [f"<attvalue for={quoteattr(name)} value={quoteattr(text_of(data[name]))}/>"
              for name in declared if name in data and data[name] != ""]
    return f"<attvalues>{''.join(values)}</attvalues>" if values else ""


def declarations(kind: str, declared: dict[str, str]) -> str:
    body = "".join(f"\n      <attribute id={quoteattr(n)} title={quoteattr(n)} type={quoteattr(t)}/>"
                   for n, t in declared.items())
    return f'\n    <attributes class="{kind}" mode="static">{body}\n    </attributes>'


def node_xml(node: str, data: dict, declared: dict[str, str]) -> str:
    start = f" start={quoteattr(data['start'])}" if data.get("start") else ""
    viz = ""
    if all(c in data for c in "rgb"):
        viz += f'<viz:color r="{data["r"]}" g="{data["g"]}" b="{data["b"]}"/>'
    if "size" in data:
        viz += f'<viz:size value="{float(data["size"])}"/>'
    label = quoteattr(text_of(data.get("label", node)))
    return f"\n      <node id={quoteattr(node)} label={label}{start}>{attvalues(data, declared)}{viz}</node>"


def edge_xml(source: str, target: str, key, data: dict, declared: dict[str, str]) -> str:
    attrs = f"id={quoteattr(str(key))} source={quoteattr(source)} target={quoteattr(target)}"
    if data.get("kind"):
        attrs += f" kind={quoteattr(str(data['kind']))}"
    if data.get("label"):
        attrs += f" label={quoteattr(text_of(data['label']))}"
    attrs += f' weight="{float(data.get("weight", 1.0))}"'
    if data.get("start"):
        attrs += f" start={quoteattr(data['start'])}"
    return f"\n      <edge {attrs}>{attvalues(data, declared)}</edge>"


def gexf_text(graph: nx.Graph, description: str = "") -> str:
    nodes = list(graph.nodes(data=True))
    edges = list(graph.edges(keys=True, data=True)) if graph.is_multigraph() else \
        [(s, t, f"{s}--{t}", d) for s, t, d in graph.edges(data=True)]
    node_types = attribute_types({k: v for k, v in d.items() if k not in NODE_XML} for _, d in nodes)
    edge_types = attribute_types({k: v for k, v in d.items() if k not in EDGE_XML} for *_, d in edges)
    dynamic = any(d.get("start") for _, d in nodes) or any(d.get("start") for *_, d in edges)
    mode = 'mode="dynamic" timeformat="date" timerepresentation="interval"' if dynamic else 'mode="static"'
    direction = "directed" if graph.is_directed() else "undirected"
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<gexf xmlns="{NS}" xmlns:viz="{NS}" version="1.3">',
        "  <meta>",
        f"    <creator>kg {escape(kg.__version__)}</creator>",
        f"    <description>{escape(text_of(description or graph.graph.get('view', 'kg graph')))}</description>",
        "  </meta>",
        f'  <graph defaultedgetype="{direction}" idtype="string" {mode}>'
        + declarations("node", node_types) + declarations("edge", edge_types),
        "    <nodes>" + "".join(node_xml(str(n), d, node_types) for n, d in nodes) + "\n    </nodes>",
        "    <edges>" + "".join(edge_xml(str(s), str(t), k, d, edge_types) for s, t, k, d in edges) + "\n    </edges>",
        "  </graph>",
        "</gexf>",
        "",
    ]
    return "\n".join(parts)


def write_gexf(graph: nx.Graph, path: Path, description: str = "") -> None:
    with atomic_path(Path(path)) as tmp:
        tmp.write_text(gexf_text(graph, description), encoding="utf-8")
