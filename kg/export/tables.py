"""Gephi spreadsheet import: nodes.csv and edges.csv with Gephi's column names.

Gephi recognises Id and Label in a nodes table and Source, Target, Type (Directed/Undirected),
Kind, Id, Label and Weight in an edges table; every other column (type, category, mentions, start,
...) arrives as an attribute of the same name. UTF-8, comma-separated, one header row.
"""

from __future__ import annotations

import csv
from pathlib import Path

from kg.export.rows import Network, Schema, as_network, edge_id, write_files

NODE_COLUMNS = ("Id", "Label")
EDGE_COLUMNS = ("Source", "Target", "Type", "Kind", "Id", "Label", "Weight")
HIDDEN = {"r", "g", "b"}  # the colour is in `color`


def attribute_names(schema: Schema, taken: set[str]) -> list[str]:
    return sorted({name for name, _ in schema.first if name not in taken and name not in HIDDEN})


def cell(value) -> str:
    return "" if value is None else str(value)


class CsvWriter:
    """Writes the nodes (or the edges) of a network to a CSV file as they come (kg.export.rows.write_files)."""

    def __init__(self, path: Path, header: list[str]):
        self.file = open(path, "w", encoding="utf-8", newline="")
        self.csv = csv.writer(self.file)
        self.csv.writerow(header)

    def node(self, node: str, data: dict) -> None:
        pass

    def edge(self, source: str, target: str, key: str | None, data: dict) -> None:
        pass

    def close(self) -> None:
        self.file.close()


class NodesCsv(CsvWriter):
    def __init__(self, path: Path, net: Network):
        self.extra = attribute_names(net.node_schema, {"label"})
        super().__init__(path, [*NODE_COLUMNS, *self.extra])

    def node(self, node: str, data: dict) -> None:
        self.csv.writerow([node, cell(data.get("label", node)), *(cell(data.get(name)) for name in self.extra)])


class EdgesCsv(CsvWriter):
    def __init__(self, path: Path, net: Network):
        self.extra = attribute_names(net.edge_schema, {"kind", "label", "weight"})
        self.direction = "Directed" if net.directed else "Undirected"
        super().__init__(path, [*EDGE_COLUMNS, *self.extra])

    def edge(self, source: str, target: str, key: str | None, data: dict) -> None:
        self.csv.writerow([source, target, self.direction, cell(data.get("kind")), edge_id(source, target, key),
                           cell(data.get("label")), cell(data.get("weight", 1.0)),
                           *(cell(data.get(name)) for name in self.extra)])


def write_nodes_csv(graph, path: Path) -> None:
    """Write the nodes of a networkx graph or a kg.export.rows.Network to PATH."""
    write_files(as_network(graph), {Path(path): NodesCsv})


def write_edges_csv(graph, path: Path) -> None:
    """Write the edges of a networkx graph or a kg.export.rows.Network to PATH."""
    write_files(as_network(graph), {Path(path): EdgesCsv})
