"""A network view written in every format Gephi, networkx and igraph read: GraphML, GEXF and CSV."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from rdflib import Dataset

from kg.export.gexf import write_gexf
from kg.export.graphml import write_graphml
from kg.export.tables import write_edges_csv, write_nodes_csv

FILES = {"graph.graphml": write_graphml, "graph.gexf": write_gexf, "nodes.csv": write_nodes_csv,
         "edges.csv": write_edges_csv}


def view_dir(out: Path, name: str) -> Path:
    """Where `kg export --view NAME` writes: the build folder for `full`, else OUT/views/NAME/."""
    return Path(out) if name == "full" else Path(out) / "views" / name


def write_network(graph: nx.Graph, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, writer in FILES.items():
        writer(graph, folder / name)
    return [folder / name for name in FILES]


def write_view(ds: Dataset, out: Path, name: str = "full") -> list[Path]:
    """Derive view NAME (kg.views.VIEWS) from the build's RDF and write its four files."""
    from kg.views import build_view

    return write_network(build_view(ds, name), view_dir(out, name))
