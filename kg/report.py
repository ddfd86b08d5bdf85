"""`kg report DIR`: one self-contained HTML page (DIR/report.html) to look at a build.

The page holds an interactive graph of the full view (search, filter by type, click a node for
its facts and events with their evidence sentences and source links), a timeline of events and
sortable tables of entities, facts and events. Scripts and styles (kg/report_assets/, our own)
and the data (JSON) are inlined, and a Content-Security-Policy forbids the page any request, so it
works offline and from a file. Node positions are computed here (networkx spring layout).
"""

from __future__ import annotations

import html
import json
import math
import re
from pathlib import Path

import networkx as nx
from rdflib import Dataset

import kg
from kg.errors import KGError
from kg.export import atomic_path
from kg.records import Records, day, read
from kg.views import build_view, event_day

ASSETS = Path(__file__).resolve().parent / "report_assets"
# JSON inside <script>: no '<', '>' or '&' can end the element or start a comment; U+2028/9 stay escaped
MARKER = re.compile(r"\{\{(title|style|script|data)\}\}")
SCRIPT_SAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def write_report(out: Path) -> Path:
    """Read OUT/graph.trig and write OUT/report.html; returns its path."""
    from kg.export.rdf import read_trig

    out = Path(out)
    source = out / "graph.trig"
    if not source.is_file():
        raise KGError(f"{source}: no build found (run `kg build INPUT... --out {out}` first)")
    page = render(report_data(read_trig(source)), title=f"kg report: {out.resolve().name}")
    path = out / "report.html"
    with atomic_path(path) as tmp:
        tmp.write_text(page, encoding="utf-8")
    return path


def layout(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """Positions in [0.03, 0.97]², the same for the same graph: a seeded spring layout of each
    connected component, the components packed in rows (largest first) so none drifts away."""
    simple = nx.Graph(graph.to_undirected())
    parts = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(c)))
    sides = [math.sqrt(len(c)) for c in parts]
    row_width = math.sqrt(sum(s * s for s in sides) * 1.43)  # rows about as wide as the 1000x700 canvas
    pos, x, y, row_height = {}, 0.0, 0.0, 0.0
    for part, side in zip(parts, sides):
        if x > 0 and x + side > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in component_layout(simple.subgraph(part)).items():
            pos[node] = (x + side * (0.1 + 0.8 * px), y + side * (0.1 + 0.8 * py))
        x, row_height = x + side, max(row_height, side)
    if not pos:
        return {}
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    return {n: (round(0.03 + 0.94 * (p[0] - min(xs)) / span_x, 4), round(0.03 + 0.94 * (p[1] - min(ys)) / span_y, 4))
            for n, p in pos.items()}


def component_layout(part: nx.Graph) -> dict[str, tuple[float, float]]:
    """A connected graph laid out in [0, 1]² (one node: the centre)."""
    if part.number_of_nodes() == 1:
        return {next(iter(part)): (0.5, 0.5)}
    raw = nx.spring_layout(part, seed=7, iterations=100 if len(part) < 1000 else 40, method="force")
    xs, ys = [p[0] for p in raw.values()], [p[1] for p in raw.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    return {n: ((p[0] - min(xs)) / span_x, (p[1] - min(ys)) / span_y) for n, p in raw.items()}


def web_url(url: str | None) -> str | None:
    """Only http(s) links reach the page (no javascript: or file: URLs from article metadata)."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def report_data(source: Dataset | Records) -> dict:
    recs = source if isinstance(source, Records) else read(source)
    graph = build_view(recs, "full")
    pos = layout(graph)
    ids = {data["iri"]: node for node, data in graph.nodes(data=True)}
    nodes = [{"id": n, "label": d["label"], "type": d["type"], "category": d["category"], "color": d["color"],
              "size": d["size"], "x": pos[n][0], "y": pos[n][1], "iri": d["iri"], "mentions": d.get("mentions", 0),
              "start": d.get("start")} for n, d in graph.nodes(data=True)]
    edges = [{"source": s, "target": t, "kind": d["kind"], "weight": d["weight"]}
             for s, t, d in graph.edges(data=True)]
    return {
        "generator": f"kg {kg.__version__}",
        "articles": {a.id: {"title": a.title or a.id, "url": web_url(a.url), "published": a.published,
                            "source": a.source} for a in recs.articles.values()},
        "nodes": nodes,
        "edges": edges,
        "entities": [{"id": ids.get(e.iri), "iri": e.iri, "label": e.label, "type": e.type, "mentions": e.mentions,
                      "articles": len(e.articles), "date": e.date, "aliases": list(e.alt_labels)}
                     for e in recs.entities.values()],
        "facts": [{"subject": ids.get(f.subject), "subjectLabel": recs.label(f.subject), "predicate": f.predicate,
                   "relation": f.relation, "object": ids.get(f.object), "objectLabel": recs.label(f.object),
                   "status": f.status, "evidence": f.evidence, "sentence": f.sentence, "article": f.article,
                   "rule": f.rule, "confidence": f.confidence, "event": ids.get(f.event) if f.event else None}
                  for f in recs.facts],
        "events": [{"id": ids.get(e.iri), "label": e.label, "type": e.type, "family": e.family, "status": e.status,
                    "date": event_day(e, recs), "datedBy": "event" if day(e.date) else "article",
                    "timex": e.timex, "penalty": e.penalty, "place": e.place, "evidence": e.evidence,
                    "sentence": e.sentence, "article": e.article,
                    "roles": [{"role": r, "id": ids.get(iri), "label": recs.label(iri)} for r, iri in e.roles]}
                   for e in recs.events],
    }


def script_json(data: dict) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    for char, escaped in SCRIPT_SAFE.items():
        text = text.replace(char, escaped)
    return text


def render(data: dict, title: str = "kg report") -> str:
    template = (ASSETS / "report.html").read_text(encoding="utf-8")
    parts = {"title": html.escape(title), "style": (ASSETS / "report.css").read_text(encoding="utf-8"),
             "script": (ASSETS / "report.js").read_text(encoding="utf-8"), "data": script_json(data)}
    return MARKER.sub(lambda m: parts[m.group(1)], template)  # one pass: inserted text is not searched again
