"""Score the graph built from one article against its gold annotation (shared/eval/README.md).

    gold = load_gold("gold/000_21f1e1ae505c0951.json")
    report = aggregate([score_article(graph, gold, ontology)])
    print(render_table(report))

Choices made where the README leaves room (kept in sync with the README's "Scoring" section):

- Entity nodes: subjects typed with one of the seven classes, directly or through rdfs:subClassOf.
  Labels: rdfs:label, skos:altLabel and the nif:anchorOf of every mention whose itsrdf:taIdentRef
  is the node, compared after `normalize`. The subclass/subproperty hierarchy is read from the
  ontology graph plus any rdfs:subClassOf/subPropertyOf triples inside the scored graph itself.
- Entities: recall = found / gold (found: some node carries a name or alias of it). Precision =
  size of a maximum one-to-one matching between gold entities and nodes / entity nodes. This is
  README's "found / nodes" unless one node carries aliases of several gold entities (merged),
  where it keeps precision <= 1. A split entity (several nodes) counts once, so its extra nodes
  cost precision. Typed scores do the same with only the nodes that also have the gold type.
- Relations: every triple whose property maps (rdfs:subPropertyOf*) to one of the eight kinds is
  a direct triple; they are de-duplicated as (s, kind, o), so kg:spokespersonOf plus kg:roleIn on
  one pair count as one roleIn triple. All direct triples count for precision, whatever their ends.
  Strict: a triple of the gold kind from a node of the subject to a node of the object; for
  part_of a chain of partOf triples also counts, and every triple on such a chain is correct.
- Linked (a superset of strict): the nodes are adjacent or share one neighbour, in any direction,
  ignoring kind. Edges are non-literal triples other than rdf:type, labels, rdf:subject/predicate/
  object and RDFS/OWL schema terms; article, sentence, mention, evidence-span, statement
  (reification) and provenance-activity nodes take no part, so a statement about two entities
  does not link them. Linked precision: direct triples that are strict-correct or join the
  subject and object of any gold relation (either direction, any kind).
- Gold loading and `normalize`: `kg.gold`; 0/0 (None), F1 and averaging: see `kg.evaluate_report`, the
  RDF-free half (scores out); everything is importable from here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS
from rdflib.term import Node

from kg.evaluate_report import (ArticleIssues, ArticleScore, Counts, EntityIssue, NodeIssue, RelationIssue, Report,
                                Scores, TripleIssue, aggregate, render_table, to_json)
from kg.gold import (ENTITY_TYPES, RELATION_KINDS, Gold, GoldEntity, GoldError, GoldRelation, load_gold, load_gold_dir,
                     normalize)

__all__ = ["Gold", "GoldEntity", "GoldRelation", "GoldError", "load_gold", "load_gold_dir",
           "normalize", "score_article", "aggregate", "render_table", "to_json",
           "ArticleScore", "ArticleIssues", "Report", "Counts", "Scores", "ENTITY_TYPES",
           "RELATION_KINDS"]

KG = Namespace("https://w3id.org/kg-legal/ontology#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITS = Namespace("http://www.w3.org/2005/11/its/rdf#")

CLASS_TYPES = {KG[t]: t for t in ENTITY_TYPES}
PROPERTY_KINDS = {KG[p]: kind for kind, p in RELATION_KINDS.items()}
LABELS = (RDFS.label, SKOS.altLabel)
# Nodes that are bookkeeping, not facts: never an intermediate of a "linked" path.
BOOKKEEPING = {KG.Article: "article", NIF.Context: "article", NIF.Sentence: "sentence",
               KG.Mention: "mention", NIF.Phrase: "mention", KG.EvidenceSpan: "evidence",
               KG.Statement: "statement", RDF.Statement: "statement", PROV.Activity: "activity"}
NOT_EDGES = {RDF.type, *LABELS, SKOS.prefLabel, RDF.subject, RDF.predicate, RDF.object}
SCHEMA_NAMESPACES = (str(RDFS), str(OWL))


# Reading the graph


@dataclass(frozen=True)
class _GraphIndex:
    types: dict[Node, frozenset[str]]        # entity node -> gold type names
    names: dict[Node, frozenset[str]]        # entity node -> normalized labels and anchors
    labels: dict[Node, str]                  # entity node -> label shown in reports
    triples: frozenset[tuple[Node, str, Node]]
    neighbours: dict[Node, frozenset[Node]]  # linked-scoring adjacency (undirected)


def _schema(graph: Graph, ontology: Graph | None) -> Graph:
    schema = Graph()
    for source in (g for g in (ontology, graph) if g is not None):
        for predicate in (RDFS.subClassOf, RDFS.subPropertyOf):
            for triple in source.triples((None, predicate, None)):
                schema.add(triple)
    return schema


def _closure(schema: Graph, predicate: URIRef, targets: dict) -> Callable[[Node], frozenset]:
    cache: dict[Node, frozenset] = {}

    def bases(term: Node) -> frozenset:
        if term not in cache:
            above = schema.transitive_objects(term, predicate)
            cache[term] = frozenset(targets[t] for t in above if t in targets)
        return cache[term]

    return bases


def _typed_nodes(graph: Graph, bases) -> dict[Node, frozenset[str]]:
    types: dict[Node, set[str]] = defaultdict(set)
    for node, cls in graph.subject_objects(RDF.type):
        types[node] |= bases(cls)
    return {node: frozenset(found) for node, found in types.items() if found}


def _surface_forms(graph: Graph, node: Node) -> list[str]:
    forms = [str(o) for p in LABELS for o in sorted(graph.objects(node, p))
             if isinstance(o, Literal)]
    for mention in graph.subjects(ITS.taIdentRef, node):
        forms += [str(o) for o in graph.objects(mention, NIF.anchorOf) if isinstance(o, Literal)]
    return forms


def _is_edge(s: Node, p: Node, o: Node) -> bool:
    return (not isinstance(o, Literal) and p not in NOT_EDGES and s != o
            and not str(p).startswith(SCHEMA_NAMESPACES))


def _neighbours(graph: Graph, bookkeeping: set[Node]) -> dict[Node, frozenset[Node]]:
    adjacent: dict[Node, set[Node]] = defaultdict(set)
    for s, p, o in graph:
        if _is_edge(s, p, o) and s not in bookkeeping and o not in bookkeeping:
            adjacent[s].add(o)
            adjacent[o].add(s)
    return {node: frozenset(others) for node, others in adjacent.items()}


def _index(graph: Graph, ontology: Graph | None) -> _GraphIndex:
    schema = _schema(graph, ontology)
    types = _typed_nodes(graph, _closure(schema, RDFS.subClassOf, CLASS_TYPES))
    bookkeeping = set(_typed_nodes(graph, _closure(schema, RDFS.subClassOf, BOOKKEEPING)))
    bookkeeping -= types.keys()  # an entity node always stays in the linked-scoring graph
    kinds = _closure(schema, RDFS.subPropertyOf, PROPERTY_KINDS)
    triples = frozenset((s, kind, o) for s, p, o in graph if not isinstance(o, Literal)
                        for kind in kinds(p))
    forms = {node: _surface_forms(graph, node) for node in types}
    return _GraphIndex(
        types=types,
        names={node: frozenset(map(normalize, f)) for node, f in forms.items()},
        labels={node: f[0] if f else str(node) for node, f in forms.items()},
        triples=triples,
        neighbours=_neighbours(graph, bookkeeping),
    )


# Scoring


def _candidates(gold: Gold, index: _GraphIndex) -> dict[str, frozenset[Node]]:
    """Gold entity id -> the entity nodes carrying its name or one of its aliases."""
    found = {}
    for entity in gold.entities:
        keys = {normalize(entity.name), *map(normalize, entity.aliases)}
        found[entity.id] = frozenset(n for n, names in index.names.items() if names & keys)
    return found


def _matching(candidates: dict[str, frozenset[Node]]) -> int:
    """Size of a maximum one-to-one matching of gold ids to nodes (augmenting paths)."""
    owner: dict[Node, str] = {}

    def augment(gold_id: str, seen: set[Node]) -> bool:
        for node in candidates[gold_id] - seen:
            seen.add(node)
            if node not in owner or augment(owner[node], seen):
                owner[node] = gold_id
                return True
        return False

    return sum(augment(gold_id, set()) for gold_id in candidates)


def _entity_counts(candidates: dict[str, frozenset[Node]], typed: dict[str, frozenset[Node]],
                   predicted: int) -> Counts:
    found = sum(1 for nodes in typed.values() if nodes)
    return Counts(len(candidates), found, predicted, _matching(typed))


def _score_entities(gold: Gold, index: _GraphIndex, nodes: dict[str, frozenset[Node]]):
    """Totals for untyped and typed entities, and typed counts per gold type."""
    typed = {e.id: frozenset(n for n in nodes[e.id] if e.type in index.types[n])
             for e in gold.entities}
    totals = {"entities": _entity_counts(nodes, nodes, len(index.types)),
              "entities_typed": _entity_counts(nodes, typed, len(index.types))}
    by_type = {}
    for name in ENTITY_TYPES:
        ids = [e.id for e in gold.entities if e.type == name]
        predicted = sum(name in types for types in index.types.values())
        if ids or predicted:
            by_type[name] = _entity_counts({i: nodes[i] for i in ids},
                                           {i: typed[i] for i in ids}, predicted)
    return totals, by_type


def _reach(starts: frozenset[Node], edges: dict[Node, set[Node]]) -> frozenset[Node]:
    """The start nodes and every node reachable from them along `edges`."""
    seen, todo = set(starts), list(starts)
    while todo:
        for node in edges.get(todo.pop(), ()):
            if node not in seen:
                seen.add(node)
                todo.append(node)
    return frozenset(seen)


def _part_of_edges(index: _GraphIndex) -> tuple[dict, dict]:
    forward, backward = defaultdict(set), defaultdict(set)
    for s, kind, o in index.triples:
        if kind == "part_of":
            forward[s].add(o)
            backward[o].add(s)
    return forward, backward


def _supporting(relation: GoldRelation, nodes: dict, index: _GraphIndex, chains) -> set:
    """The direct triples that make a gold relation strict-correct (a whole chain for part_of)."""
    subjects, objects = nodes[relation.s], nodes[relation.o]
    if relation.rel == "part_of":
        subjects, objects = _reach(subjects, chains[0]), _reach(objects, chains[1])
    return {t for t in index.triples
            if t[1] == relation.rel and t[0] in subjects and t[2] in objects}


def _joins(triple: tuple, relation: GoldRelation, nodes: dict) -> bool:
    s, o = nodes[relation.s], nodes[relation.o]
    return (triple[0] in s and triple[2] in o) or (triple[0] in o and triple[2] in s)


def _connected(subjects: frozenset[Node], objects: frozenset[Node], index: _GraphIndex) -> bool:
    """Adjacent or sharing a neighbour (one intermediate node) in the linked-scoring graph."""
    empty = frozenset()
    return any(o in index.neighbours.get(s, empty)
               or index.neighbours.get(s, empty) & index.neighbours.get(o, empty)
               for s in subjects for o in objects if s != o)


def _kind_counts(relations, found: set, triples, correct: set) -> dict[str, Counts]:
    counts = {}
    for kind in RELATION_KINDS:
        gold = [r for r in relations if r.rel == kind]
        graph = [t for t in triples if t[1] == kind]
        if gold or graph:
            counts[kind] = Counts(len(gold), sum(r in found for r in gold), len(graph),
                                  sum(t in correct for t in graph))
    return counts


def _score_relations(gold: Gold, index: _GraphIndex, nodes: dict[str, frozenset[Node]]):
    """Per-kind strict and linked counts, plus the gold relations and triples judged wrong."""
    chains = _part_of_edges(index)
    supports = {r: _supporting(r, nodes, index, chains) for r in gold.relations}
    strict = {r for r in gold.relations if supports[r]}
    linked = strict | {r for r in gold.relations
                       if _connected(nodes[r.s], nodes[r.o], index)}
    strict_ok = set().union(*supports.values())
    linked_ok = strict_ok | {t for t in index.triples
                             if any(_joins(t, r, nodes) for r in gold.relations)}
    by_strict = _kind_counts(gold.relations, strict, index.triples, strict_ok)
    by_linked = _kind_counts(gold.relations, linked, index.triples, linked_ok)
    missed = [r for r in gold.relations if r not in strict]
    return by_strict, by_linked, missed, linked, index.triples - strict_ok


def _entity_issues(gold: Gold, index: _GraphIndex, nodes: dict) -> dict:
    def types(found) -> tuple[str, ...]:
        return tuple(sorted(set().union(*(index.types[n] for n in found))))

    def issue(e: GoldEntity, **extra) -> EntityIssue:
        return EntityIssue(e.id, e.name, e.type, **extra)

    found = {e.id: nodes[e.id] for e in gold.entities}
    return {
        "missed_entities": tuple(issue(e) for e in gold.entities if not found[e.id]),
        "mistyped_entities": tuple(
            issue(e, graph_types=types(found[e.id])) for e in gold.entities
            if found[e.id] and not any(e.type in index.types[n] for n in found[e.id])),
        "split_entities": tuple(
            issue(e, graph_types=types(found[e.id]), nodes=tuple(sorted(map(str, found[e.id]))))
            for e in gold.entities if len(found[e.id]) > 1),
    }


def _node_issues(gold: Gold, index: _GraphIndex, nodes: dict) -> dict:
    carried = defaultdict(list)
    for e in gold.entities:
        for node in nodes[e.id]:
            carried[node].append(f"{e.id} {e.name}")

    def issue(node: Node) -> NodeIssue:
        gold_names = tuple(carried.get(node, ()))
        return NodeIssue(str(node), index.labels[node], tuple(sorted(index.types[node])),
                         gold_names if len(gold_names) > 1 else ())

    ordered = sorted(index.types, key=str)
    return {"merged_nodes": tuple(issue(n) for n in ordered if len(carried.get(n, ())) > 1),
            "false_positive_nodes": tuple(issue(n) for n in ordered if n not in carried)}


def _relation_issues(gold: Gold, index: _GraphIndex, missed, linked, wrong) -> dict:
    names = {e.id: f"{e.id} {e.name}" for e in gold.entities}

    def label(node: Node) -> str:
        return index.labels.get(node, str(node))

    return {
        "missed_relations": tuple(RelationIssue(names[r.s], r.rel, names[r.o], r.evidence,
                                                r in linked) for r in missed),
        "false_positive_triples": tuple(
            TripleIssue(str(s), kind, str(o), label(s), label(o))
            for s, kind, o in sorted(wrong, key=lambda t: tuple(map(str, t)))),
    }


def score_article(graph: Graph, gold: Gold, ontology: Graph | None = None) -> ArticleScore:
    """Score the graph built from the single article `gold.doc` against its gold annotation."""
    index = _index(graph, ontology)
    nodes = _candidates(gold, index)
    totals, by_type = _score_entities(gold, index, nodes)
    by_strict, by_linked, missed, linked, wrong = _score_relations(gold, index, nodes)
    totals["relations_strict"] = sum(by_strict.values(), Counts())
    totals["relations_linked"] = sum(by_linked.values(), Counts())
    issues = ArticleIssues(**_entity_issues(gold, index, nodes),
                           **_node_issues(gold, index, nodes),
                           **_relation_issues(gold, index, missed, linked, wrong))
    return ArticleScore(gold.doc, totals, by_type, by_strict, by_linked, issues)
