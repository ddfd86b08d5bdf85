"""GraphML for Gephi, networkx and igraph: typed keys, no empty values, NMTOKEN node ids."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.export import atomic_path


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> None:
    with atomic_path(path) as tmp:
        nx.write_graphml(graph, str(tmp), encoding="utf-8", prettyprint=True, named_key_ids=False,
                         edge_id_from_attribute=None)
