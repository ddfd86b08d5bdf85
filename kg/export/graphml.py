"""GraphML for Gephi, networkx and igraph: typed keys, no empty values, NMTOKEN node ids."""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx

from kg.export import atomic_path

NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 cannot hold


def xml_safe(graph: nx.Graph) -> nx.Graph:
    """The graph itself, or a copy without characters XML cannot hold in its string attributes."""
    items = [d for _, d in graph.nodes(data=True)] + [d for *_, d in graph.edges(data=True)] + [graph.graph]
    if not any(isinstance(v, str) and NOT_XML.search(v) for d in items for v in d.values()):
        return graph
    copy = graph.copy()
    for d in [d for _, d in copy.nodes(data=True)] + [d for *_, d in copy.edges(data=True)] + [copy.graph]:
        d.update({k: NOT_XML.sub("", v) for k, v in d.items() if isinstance(v, str)})
    return copy


def write_graphml(graph: nx.Graph, path: Path) -> None:
    with atomic_path(path) as tmp:
        nx.write_graphml(xml_safe(graph), str(tmp), encoding="utf-8", prettyprint=True, named_key_ids=False,
                         edge_id_from_attribute=None)
