"""A network as rows: the one shape the network writers (GraphML, GEXF, CSV) take.

A `Network` hands out its nodes as ``(id, attributes)`` and its edges as ``(source, target, key,
attributes)``, in writing order, as often as asked, together with the schema of each: which
attribute names occur with which Python types, and where each first occurs. The writers need the
schema before the first row (GraphML keys, GEXF declarations, CSV headers), so a network gathered
while a build streams (kg.export.fullview) is written without holding its rows; `from_graph` puts a
networkx graph (kg.views) in the same shape. `write_files` writes several formats in one pass.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from kg.export import put_in_place, temporary_beside

Node = tuple[str, dict]
Edge = tuple[str, str, str | None, dict]  # key None: a simple graph's edge (GraphML writes no id)


class Schema:
    """The attributes of a network's nodes (or edges): each (name, Python type) with where it first occurs.

    A position is any sortable value giving a row's place in writing order (rows may be added out of
    order); `ordered()` lists the attributes as a reader going through the rows in order meets them.
    """

    def __init__(self):
        self.first: dict[tuple[str, type], tuple] = {}
        self.dynamic = False  # whether some row has a non-empty `start`

    def add(self, position, data: dict) -> None:
        first = self.first
        for i, (name, value) in enumerate(data.items()):
            key, where = (name, type(value)), (position, i)
            seen = first.get(key)
            if seen is None or where < seen:
                first[key] = where
        if data.get("start"):
            self.dynamic = True

    def ordered(self) -> list[tuple[str, type]]:
        return sorted(self.first, key=self.first.__getitem__)

    def types(self) -> dict[str, set[type]]:
        found: dict[str, set[type]] = {}
        for name, kind in self.first:
            found.setdefault(name, set()).add(kind)
        return found


@dataclass
class Network:
    directed: bool
    nodes: Callable[[], Iterator[Node]]   # a fresh iterator at each call
    edges: Callable[[], Iterator[Edge]]
    node_schema: Schema
    edge_schema: Schema
    attrs: dict = field(default_factory=dict)  # the graph's own attributes (e.g. view="full")


def from_graph(graph) -> Network:
    """A networkx graph as a Network (its nodes and edges in networkx's order)."""
    if graph.is_multigraph():
        def edges():
            return ((str(s), str(t), str(k), d) for s, t, k, d in graph.edges(keys=True, data=True))
    else:
        def edges():
            return ((str(s), str(t), None, d) for s, t, d in graph.edges(data=True))
    node_schema, edge_schema = Schema(), Schema()
    for i, (_, data) in enumerate(graph.nodes(data=True)):
        node_schema.add(i, data)
    for i, (*_, data) in enumerate(edges()):
        edge_schema.add(i, data)
    attrs = {k: v for k, v in graph.graph.items() if k not in ("node_default", "edge_default")}
    return Network(graph.is_directed(), lambda: ((str(n), d) for n, d in graph.nodes(data=True)), edges,
                   node_schema, edge_schema, attrs)


def as_network(graph) -> Network:
    return graph if isinstance(graph, Network) else from_graph(graph)


def edge_id(source: str, target: str, key: str | None) -> str:
    return key if key is not None else f"{source}--{target}"


def write_files(net: Network, writers: dict[Path, type]) -> list[Path]:
    """Write `net` to each path with its writer class, all at once: one pass over the nodes, one over
    the edges. A writer is made with (temporary path, network) and has node(), edge() and close();
    the files are renamed into place once all are complete, none if writing fails."""
    for path, tmp in stage_files(net, writers).items():
        put_in_place(tmp, path)
    return list(writers)


def stage_files(net: Network, writers: dict[Path, type]) -> dict[Path, Path]:
    """Write the files of `write_files` under temporary names beside their paths (kg.export.temporary_beside)
    and return {path: temporary file}, for the caller to rename; none is left if writing fails."""
    staged = {Path(path): temporary_beside(Path(path)) for path in writers}
    try:
        with ExitStack() as stack:
            opened = []
            for path, writer in writers.items():
                opened.append(writer(staged[Path(path)], net))
                stack.callback(opened[-1].close)
            for node, data in net.nodes():
                for w in opened:
                    w.node(node, data)
            for source, target, key, data in net.edges():
                for w in opened:
                    w.edge(source, target, key, data)
    except BaseException:
        for tmp in staged.values():
            tmp.unlink(missing_ok=True)
        raise
    return staged
