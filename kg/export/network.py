"""A network view written in every format Gephi, networkx and igraph read: GraphML, GEXF and CSV."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from kg.export.gexf import GexfWriter
from kg.export.graphml import GraphmlWriter
from kg.export.rows import as_network, write_files
from kg.export.tables import EdgesCsv, NodesCsv

FILES = {"graph.graphml": GraphmlWriter, "graph.gexf": GexfWriter, "nodes.csv": NodesCsv, "edges.csv": EdgesCsv}


def view_dir(out: Path, name: str) -> Path:
    """Where `kg export --view NAME` writes: the build folder for `full`, else OUT/views/NAME/."""
    return Path(out) if name == "full" else Path(out) / "views" / name


def write_network(graph, folder: Path) -> list[Path]:
    """Write a networkx graph or a kg.export.rows.Network in the four formats into FOLDER (one pass)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return write_files(as_network(graph), {folder / name: writer for name, writer in FILES.items()})


def write_view(ds: Dataset, out: Path, name: str = "full") -> list[Path]:
    """Derive view NAME (kg.views.VIEWS) from the build's RDF and write its four files."""
    from kg.views import build_view

    return write_network(build_view(ds, name), view_dir(out, name))
