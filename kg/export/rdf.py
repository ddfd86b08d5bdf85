"""RDF writers: Turtle (all graphs merged), TriG (one named graph per article), JSON-LD (with a context)."""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Dataset, Graph

from kg.export import atomic_path
from kg.vocab import PREFIXES

JSONLD_CONTEXT = {**PREFIXES, "label": "rdfs:label", "altLabel": "skos:altLabel"}


def union(ds: Dataset) -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def write_turtle(ds: Dataset, path: Path) -> None:
    with atomic_path(path) as tmp:
        union(ds).serialize(destination=str(tmp), format="turtle", encoding="utf-8")


def write_trig(ds: Dataset, path: Path) -> None:
    with atomic_path(path) as tmp:
        ds.serialize(destination=str(tmp), format="trig", encoding="utf-8")


def write_jsonld(ds: Dataset, path: Path) -> None:
    data = ds.serialize(format="json-ld", context=JSONLD_CONTEXT, auto_compact=True)
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps(json.loads(data), ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


def read_trig(path: Path) -> Dataset:
    ds = Dataset()
    try:
        ds.parse(str(path), format="trig")
    except Exception as err:  # rdflib raises several unrelated types for bad syntax
        from kg.errors import KGError
        raise KGError(f"{path}: not a readable TriG build ({' '.join(str(err).split())[:200]})") from None
    return ds
