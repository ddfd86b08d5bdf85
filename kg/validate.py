"""`kg validate`: check a build against the SHACL shapes (pyshacl) and say what is wrong in plain words.

The data graph is the union of the build's graphs (``graph.trig``); ``ontology/kg.ttl`` is given to
pyshacl as the ontology, so class targets see the subclass hierarchy; no inference is run (kg writes
every type and super-property itself).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import SH

from kg.errors import KGError
from kg.export.rdf import read_trig, union
from kg.paths import ontology_dir
from kg.vocab import PREFIXES

SHAPES_PREFIX = ("kgsh", "https://w3id.org/kg-legal/shapes#")


@dataclass(frozen=True)
class Violation:
    """One failed check: which node, which property, which value, which rule, and what it means."""
    focus: str
    path: str | None
    value: str | None
    message: str
    shape: str
    constraint: str
    severity: str

    def render(self) -> str:
        where = f"{self.focus}, {self.path}" if self.path else self.focus
        value = f"; value {self.value}" if self.value is not None and self.value != self.focus else ""
        kind = "" if self.severity == "Violation" else f" ({self.severity.lower()})"
        return f"{where}: {self.message}{kind}{value}; rule {self.shape} ({self.constraint})"


@dataclass(frozen=True)
class Report:
    triples: int
    violations: tuple[Violation, ...]

    @property
    def conforms(self) -> bool:
        return all(v.severity != "Violation" for v in self.violations)

    def render(self) -> str:
        lines = [v.render() for v in self.violations]
        if self.conforms:
            return "\n".join([*lines, f"conforms: {self.triples} triples meet every shape of ontology/shapes.ttl"])
        count = len(self.violations)
        lines.append(f"{count} problem{'' if count == 1 else 's'} in {self.triples} triples: the build does not "
                     "conform to ontology/shapes.ttl")
        return "\n".join(lines)


def validate(out: Path) -> Report:
    import pyshacl

    source = Path(out) / "graph.trig"
    if not source.is_file():
        raise KGError(f"{source}: no build found (run `kg build INPUT... --out {out}` first)")
    data = union(read_trig(source))
    shapes, ontology = (read_ontology_file(name) for name in ("shapes.ttl", "kg.ttl"))
    _, results, _ = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                     advanced=False, allow_warnings=True)
    found = sorted(violations(results, shapes), key=lambda v: (v.focus, v.path or "", v.message))
    return Report(len(data), tuple(found))


def read_ontology_file(name: str) -> Graph:
    path = ontology_dir() / name
    try:
        return Graph().parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as err:
        raise KGError(f"{path}: cannot read it ({' '.join(str(err).split())[:200]})") from None


def violations(results: Graph, shapes: Graph) -> list[Violation]:
    """The top-level results of a SHACL report (nested sh:detail results explain these and are skipped)."""
    found = []
    for report in results.subjects(RDF.type, SH.ValidationReport):
        for result in results.objects(report, SH.result):
            found.append(violation(results, result, shapes))
    return found


def shape_name(shapes: Graph, shape) -> str:
    """A named shape as kgsh:Name; an anonymous property shape by the node shape that holds it."""
    if isinstance(shape, URIRef):
        return short(shape)
    owner = shapes.value(predicate=SH.property, object=shape)
    if not isinstance(owner, URIRef):
        return "a shape"
    return f"{short(owner)} (its {short(shapes.value(shape, SH.path))} check)"


def violation(results: Graph, result, shapes: Graph) -> Violation:
    def one(prop):
        return results.value(result, prop)

    messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
    path = one(SH.resultPath)
    value = one(SH.value)
    return Violation(
        focus=short(one(SH.focusNode)),
        path=short(path) if isinstance(path, URIRef) else (describe_path(results, path) if path else None),
        value=short(value) if value is not None else None,
        message="; ".join(messages) or "does not meet the shape",
        shape=shape_name(shapes, one(SH.sourceShape)),
        constraint=short(one(SH.sourceConstraintComponent)).removeprefix("sh:").removesuffix("ConstraintComponent"),
        severity=short(one(SH.resultSeverity)).removeprefix("sh:"),
    )


def describe_path(results: Graph, path) -> str:
    alternatives = results.value(path, SH.alternativePath)
    if alternatives is not None:
        from rdflib.collection import Collection
        return " | ".join(short(p) for p in Collection(results, alternatives))
    return "(a property path)"


def short(term) -> str:
    """A term as a reader wants it: prefixed IRIs, quoted literals, blank nodes as 'a blank node'."""
    if term is None:
        return "?"
    if isinstance(term, Literal):
        text = str(term)
        return repr(text if len(text) <= 80 else text[:79] + "…")
    if not isinstance(term, URIRef):
        return "a blank node"
    for prefix, ns in (*PREFIXES.items(), SHAPES_PREFIX, ("sh", str(SH))):
        if str(term).startswith(ns) and len(str(term)) > len(ns):
            return f"{prefix}:{str(term)[len(ns):]}"
    return f"<{term}>"
