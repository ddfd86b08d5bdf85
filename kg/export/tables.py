"""Gephi spreadsheet import: nodes.csv and edges.csv with Gephi's column names.

Gephi recognises Id and Label in a nodes table and Source, Target, Type (Directed/Undirected),
Kind, Id, Label and Weight in an edges table; every other column (type, category, mentions, start,
...) arrives as an attribute of the same name. UTF-8, comma-separated, one header row.
"""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx

from kg.export import atomic_path

NODE_COLUMNS = ("Id", "Label")
EDGE_COLUMNS = ("Source", "Target", "Type", "Kind", "Id", "Label", "Weight")
HIDDEN = {"r", "g", "b"}  # the colour is in `color`


def attribute_names(items, taken: set[str]) -> list[str]:
    names: dict[str, None] = {}
    for data in items:
        for name in data:
            if name not in taken and name not in HIDDEN:
                names.setdefault(name, None)
    return sorted(names)


def cell(value) -> str:
    return "" if value is None else str(value)


def node_rows(graph: nx.Graph) -> tuple[list[str], list[list[str]]]:
    extra = attribute_names((d for _, d in graph.nodes(data=True)), {"label"})
    header = [*NODE_COLUMNS, *extra]
    rows = [[str(n), cell(d.get("label", n)), *(cell(d.get(name)) for name in extra)]
            for n, d in graph.nodes(data=True)]
    return header, rows


def edge_rows(graph: nx.Graph) -> tuple[list[str], list[list[str]]]:
    edges = list(graph.edges(keys=True, data=True)) if graph.is_multigraph() else \
        [(s, t, f"{s}--{t}", d) for s, t, d in graph.edges(data=True)]
    extra = attribute_names((d for *_, d in edges), {"kind", "label", "weight"})
    header = [*EDGE_COLUMNS, *extra]
    direction = "Directed" if graph.is_directed() else "Undirected"
    rows = [[str(s), str(t), direction, cell(d.get("kind")), str(k), cell(d.get("label")),
             cell(d.get("weight", 1.0)), *(cell(d.get(name)) for name in extra)] for s, t, k, d in edges]
    return header, rows


def write_table(header: list[str], rows: list[list[str]], path: Path) -> None:
    with atomic_path(Path(path)) as tmp, open(tmp, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def write_nodes_csv(graph: nx.Graph, path: Path) -> None:
    write_table(*node_rows(graph), path)


def write_edges_csv(graph: nx.Graph, path: Path) -> None:
    write_table(*edge_rows(graph), path)
