"""Benchmark: the canned queries of ontology/queries/ on a generated build of at least a million triples.

    python benchmarks/queries.py                      # 1,000,000 triples, both engines
    python benchmarks/queries.py --triples 200000 --rdflib-timeout 60

Generates (deterministically, from a fixed seed) a build in the layout `kg build` writes: an
entities graph and one named graph per article, with mentions, sentences, facts with their
statements and evidence spans, events with roles, times, penalties and statuses, and statistics.
Then times every canned query with pyoxigraph (the engine of `kg query` and `kg serve`), in memory
(as `kg serve` holds a build) and over the on-disk store opened read-only (as `kg query` reads
DIR/store/, and `kg serve --on-disk`), and with rdflib's own SPARQL engine (over an in-memory
Dataset whose default graph is the union). For pyoxigraph the time is what a `kg serve` worker
spends: evaluate the query and write every row as SPARQL JSON; for rdflib, evaluate it and fetch
every row. Each query runs in a child process killed after its timeout; the figure is the median
wall time of the runs after one warm-up.
Results go to benchmarks/results/queries.json, and a Markdown table to stdout (the README shows it).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

KG, KGR = "https://w3id.org/kg-legal/ontology#", "https://w3id.org/kg-legal/id/"
RDF, RDFS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#"
XSD, NIF = "http://www.w3.org/2001/XMLSchema#", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
PROV, DCT = "http://www.w3.org/ns/prov#", "http://purl.org/dc/terms/"
ITS, SKOS, SCHEMA = "http://www.w3.org/2005/11/its/rdf#", "http://www.w3.org/2004/02/skos/core#", "https://schema.org/"
EVENTS = ["CriminalCaseOpening", "Charge", "Detention", "Search", "Conviction", "Sentence", "Fine", "Acquittal",
          "Appeal", "Blocking", "Ban", "Warning", "Liquidation", "ExtremistDesignation", "ForeignAgentDesignation",
          "Petition", "Declaration", "Denial", "Allegation", "Adoption", "Signing", "Amendment"]
STATUSES = ["Asserted"] * 14 + ["Requested", "Alleged", "Denied", "Planned", "Predicted", "Negated"]
ROLES = ["headOf", "spokespersonOf", "judgeOf", "lawyerOf", "memberOf", "employeeOf"]


class Writer:
    """N-Quads out, one line per quad, counting the distinct triples among them."""

    def __init__(self, out):
        self.out, self.count, self.repeated = out, 0, set()

    def quad(self, s: str, p: str, o: str, g: str, repeated: bool = False) -> None:
        """`repeated`: a triple every article graph holds (the software agent), counted once."""
        self.out.write(f"<{s}> <{p}> {o} <{g}> .\n")
        if not repeated:
            self.count += 1
        elif (s, p, o) not in self.repeated:
            self.repeated.add((s, p, o))
            self.count += 1


def iri(value: str) -> str:
    return f"<{value}>"


def lit(value, datatype: str | None = None) -> str:
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"' + (f"^^<{XSD}{datatype}>" if datatype else "")


def entities(w: Writer, rng: random.Random) -> dict[str, list[str]]:
    g = KGR + "graph/entities"
    pools: dict[str, list[str]] = {}
    for kind, slug, size in [("Person", "person", 3000), ("Organization", "organization", 800),
                             ("GovernmentBody", "government", 200), ("Court", "court", 400), ("Law", "law", 30)]:
        pools[kind] = [f"{KGR}{slug}/{slug}-{i}" for i in range(size)]
        for i, node in enumerate(pools[kind]):
            w.quad(node, RDF + "type", iri(KG + kind), g)
            w.quad(node, RDFS + "label", lit(f"{kind} {i}"), g)
            w.quad(node, SKOS + "altLabel", lit(f"{kind} number {i}"), g)
    pools["LegalProvision"] = []
    for law in pools["Law"]:
        for article in rng.sample(range(100, 400), 10):
            parent = f"{law.replace('/law/', '/provision/')}/{article}"
            pools["LegalProvision"].append(parent)
            for node, number, up in [(parent, None, law)] + [(f"{parent}/part-{p}", p, parent) for p in (1, 2)]:
                if number:
                    pools["LegalProvision"].append(node)
                    w.quad(node, KG + "partNumber", lit(number), g)
                w.quad(node, RDF + "type", iri(KG + "LegalProvision"), g)
                w.quad(node, RDFS + "label", lit(f"Article {article} {'part ' + str(number) if number else ''}"), g)
                w.quad(node, KG + "articleNumber", lit(article), g)
                w.quad(node, KG + "code", iri(law), g)
                w.quad(node, KG + "partOf", iri(up), g)
                w.quad(node, KG + "subdivisionOf", iri(up), g)
    pools["Ruling"] = [f"{KGR}ruling/ruling-{i}" for i in range(1500)]
    for i, node in enumerate(pools["Ruling"]):
        w.quad(node, RDF + "type", iri(KG + "Ruling"), g)
        w.quad(node, RDFS + "label", lit(f"Ruling {i}"), g)
        w.quad(node, KG + "date", lit(f"{rng.randint(2012, 2022)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                                      "date"), g)
    pools["Actor"] = pools["Person"] + pools["Organization"] + pools["GovernmentBody"] + pools["Court"]
    return pools


class Article:
    """One article graph: the text is a row of fixed sentences, spans point into it."""

    SENTENCE = "The court in the city heard the case of the defendant under the article of the code. "

    def __init__(self, w: Writer, rng: random.Random, number: int):
        self.w, self.rng = w, rng
        self.id = f"a{number:06d}"
        self.g, self.doc = f"{KGR}graph/{self.id}", f"{KGR}article/{self.id}"
        self.activity = f"{KGR}extraction/{self.id}"
        self.year = rng.randint(2012, 2022)
        self.text = self.SENTENCE * 8
        q, doc, g = w.quad, self.doc, self.g
        for kind in (KG + "Article", NIF + "Context"):
            q(doc, RDF + "type", iri(kind), g)
        q(doc, NIF + "isString", lit(self.text), g)
        q(doc, NIF + "beginIndex", lit(0, "nonNegativeInteger"), g)
        q(doc, NIF + "endIndex", lit(len(self.text), "nonNegativeInteger"), g)
        q(doc, KG + "contentHash", lit(f"sha256:{number:064x}"), g)
        q(doc, DCT + "language", lit("en"), g)
        q(doc, DCT + "identifier", lit(self.id), g)
        q(doc, DCT + "title", lit(f"Report {number}"), g)
        q(doc, SCHEMA + "url", lit(f"https://example.org/news/{self.id}", "anyURI"), g)
        q(doc, DCT + "issued", lit(f"{self.year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "date"), g)
        q(self.activity, RDF + "type", iri(KG + "Extraction"), g)
        q(self.activity, PROV + "used", iri(doc), g)
        software = f"{KGR}software/kg/0.1.0"
        q(self.activity, PROV + "wasAssociatedWith", iri(software), g)
        q(software, RDF + "type", iri(PROV + "SoftwareAgent"), g, repeated=True)
        q(software, KG + "version", lit("0.1.0"), g, repeated=True)
        for s in range(8):
            self.span(s, 0, len(self.SENTENCE) - 1, NIF + "Sentence")

    def span(self, sentence: int, start: int, end: int, kind: str) -> str:
        base = sentence * len(self.SENTENCE)
        b, e = base + start, base + end
        node = f"{KGR}article/{self.id}#char={b},{e}"
        q, g = self.w.quad, self.g
        q(node, RDF + "type", iri(kind), g)
        q(node, NIF + "referenceContext", iri(self.doc), g)
        q(node, NIF + "beginIndex", lit(b, "nonNegativeInteger"), g)
        q(node, NIF + "endIndex", lit(e, "nonNegativeInteger"), g)
        q(node, NIF + "anchorOf", lit(self.text[b:e]), g)
        if kind != NIF + "Sentence":
            q(node, NIF + "sentence", iri(f"{KGR}article/{self.id}#char={base},{base + len(self.SENTENCE) - 1}"), g)
        return node

    def provenance(self, node: str, rule: str, derived: bool = True) -> None:
        q, g = self.w.quad, self.g
        q(node, KG + "rule", lit(rule), g)
        q(node, KG + "confidence", lit(round(self.rng.uniform(0.5, 1.0), 2), "double"), g)
        q(node, PROV + "wasGeneratedBy", iri(self.activity), g)
        if derived:
            q(node, PROV + "wasDerivedFrom", iri(self.doc), g)

    def mention(self, entity: str, index: int) -> None:
        start = (index * 7) % 60
        node = self.span(index % 8, start, start + 3 + index % 9, KG + "Mention")
        self.w.quad(node, ITS + "taIdentRef", iri(entity), self.g)
        self.provenance(node, "entity.lexicon.v1", derived=False)

    def fact(self, s: str, prop: str, base: str, o: str, index: int, event: str | None = None) -> None:
        q, g, rng = self.w.quad, self.g, self.rng
        status = rng.choice(STATUSES)
        if status == "Asserted":
            q(s, KG + prop, iri(o), g)
            q(s, KG + base, iri(o), g)
        node = f"{KGR}statement/{self.id}{index:04x}{rng.getrandbits(32):08x}"
        q(node, RDF + "type", iri(KG + "Statement"), g)
        for p, v in ((RDF + "subject", s), (RDF + "predicate", KG + prop), (RDF + "object", o),
                     (KG + "status", KG + status)):
            q(node, p, iri(v), g)
        q(node, KG + "evidence", iri(self.span(index % 8, 10, 40 + index % 30, KG + "EvidenceSpan")), g)
        if event:
            q(node, KG + "fromEvent", iri(event), g)
        self.provenance(node, f"relation.{base}.v1")

    def event(self, pools: dict, index: int) -> str:
        q, g, rng = self.w.quad, self.g, self.rng
        kind = rng.choice(EVENTS)
        node = f"{KGR}event/{self.id}{index:04x}{rng.getrandbits(32):08x}"
        q(node, RDF + "type", iri(KG + kind), g)
        q(node, KG + "status", iri(KG + rng.choice(STATUSES)), g)
        defendant, court = rng.choice(pools["Person"]), rng.choice(pools["Court"])
        q(node, RDFS + "label", lit(f"{kind}: {defendant.rsplit('/', 1)[1]}"), g)
        for role, value in (("defendant", defendant), ("target", defendant), ("court", court),
                            ("legalBasis", rng.choice(pools["LegalProvision"])), ("agent", rng.choice(pools["Actor"]))):
            q(node, KG + role, iri(value), g)
        if rng.random() < 0.3:
            q(node, KG + "ruling", iri(rng.choice(pools["Ruling"])), g)
        if rng.random() < 0.8:
            day = f"{self.year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            q(node, KG + "timex", lit(day), g)
            q(node, KG + "granularity", lit("day"), g)
            q(node, KG + "begin", lit(day, "date"), g)
            q(node, KG + "end", lit(day, "date"), g)
        if rng.random() < 0.3:
            q(node, KG + "placeName", lit(f"City {rng.randint(1, 80)}"), g)
        if kind in ("Sentence", "Fine"):
            penalty = node.replace("/event/", "/penalty/")
            q(node, KG + "penalty", iri(penalty), g)
            q(penalty, RDF + "type", iri(KG + "Penalty"), g)
            q(penalty, KG + "penaltyKind", lit("fine" if kind == "Fine" else "imprisonment"), g)
            q(penalty, KG + "amount", lit(rng.randint(1, 10), "decimal"), g)
        if rng.random() < 0.2:
            q(node, KG + "source", iri(rng.choice(pools["Actor"])), g)
        q(node, KG + "trigger", iri(self.span(index % 8, 4, 9, KG + "EvidenceSpan")), g)
        q(node, KG + "evidence", iri(self.span(index % 8, 0, 50 + index, KG + "EvidenceSpan")), g)
        self.provenance(node, f"event.{kind.lower()}.v1")
        return node

    def statistic(self, pools: dict) -> None:
        q, g, rng = self.w.quad, self.g, self.rng
        node = f"{KGR}statistic/{self.id}{rng.getrandbits(32):08x}"
        q(node, RDF + "type", iri(KG + "Statistic"), g)
        q(node, KG + "value", lit(rng.randint(1, 900), "decimal"), g)
        q(node, KG + "unit", lit(rng.choice(["case", "person"])), g)
        q(node, KG + "counts", lit("criminal cases over online posts"), g)
        q(node, KG + "timex", lit(str(self.year)), g)
        q(node, KG + "begin", lit(f"{self.year}-01-01", "date"), g)
        q(node, KG + "end", lit(f"{self.year}-12-31", "date"), g)
        q(node, KG + "source", iri(rng.choice(pools["Organization"])), g)
        q(node, KG + "status", iri(KG + "Asserted"), g)
        q(node, KG + "evidence", iri(self.span(7, 0, 30, KG + "EvidenceSpan")), g)
        self.provenance(node, "statistic.count.v1")


def article(w: Writer, rng: random.Random, pools: dict, number: int) -> None:
    a = Article(w, rng, number)
    cast = [rng.choice(pools[k]) for k in ("Person", "Person", "Person", "Organization", "GovernmentBody",
                                            "Court", "LegalProvision", "Ruling")]
    for i in range(25):
        a.mention(cast[i % len(cast)] if i < 16 else rng.choice(pools["Actor"]), i)
    events = [a.event(pools, i) for i in range(4)]
    a.fact(cast[0], rng.choice(ROLES), "roleIn", cast[3], 0)
    a.fact(cast[4], "adopted", "issued", cast[7], 1)
    a.fact(cast[7], "applies", "concerns", cast[6], 2)
    a.fact(cast[5], "convicted", "sanctioned", cast[1], 3, events[0])
    a.fact(cast[3], "calledOn", "petitioned", cast[4], 4)
    if number % 5 == 0:
        a.statistic(pools)


def generate(path: Path, target: int, seed: int = 20181001) -> int:
    """Write quads holding at least `target` distinct triples to PATH (N-Quads); return how many triples."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as out:
        w = Writer(out)
        pools = entities(w, rng)
        number = 0
        while w.count < target:
            article(w, rng, pools, number)
            number += 1
    return w.count


# --- timing ---------------------------------------------------------------------------------------


def time_oxigraph(store, text: str, runs: int, conn) -> None:
    """What a `kg serve` worker does for the query: evaluate it and write every row as SPARQL JSON."""
    from kg.query import open_store, run
    from kg.server_answer import query
    if isinstance(store, str):  # a store folder, opened read-only in place (`kg query`, `kg serve --on-disk`)
        store = open_store(Path(store).parent)
    request = {"op": "query", "text": text, "accept": "application/sparql-results+json", "limit": 10**9}

    def answer() -> None:
        reply = query(store, request)
        if reply.status != 200:
            raise RuntimeError(reply.body.decode()[:200])

    report(conn, lambda: {**timed(answer, runs), "rows": len(run(store, text).rows)})


def time_rdflib(dataset, text: str, runs: int, conn) -> None:
    from kg.query import QUERY_PREFIXES
    report(conn, lambda: timed(lambda: len(list(dataset.query(text, initNs=QUERY_PREFIXES))), runs))


def report(conn, measure) -> None:
    try:
        conn.send(measure())
    except Exception as err:  # an engine that fails on a query is a result too
        conn.send({"error": f"{type(err).__name__}: {' '.join(str(err).split())[:200]}"})


def timed(call, runs: int) -> dict:
    """Median wall and CPU time of `runs` timed calls after a warm-up; a first call over 10 s is the only one.

    The CPU time (of this process) says how much of the wall time was the query's own work when
    other jobs share the machine."""
    started, cpu = time.perf_counter(), time.process_time()
    rows = call()
    first = time.perf_counter() - started
    seconds, cpu_seconds = ([first], [time.process_time() - cpu]) if first > 10 else ([], [])
    while len(seconds) < runs and first <= 10:
        started, cpu = time.perf_counter(), time.process_time()
        rows = call()
        seconds.append(time.perf_counter() - started)
        cpu_seconds.append(time.process_time() - cpu)
    return {"rows": rows, "median_ms": round(statistics.median(seconds) * 1000, 1),
            "cpu_median_ms": round(statistics.median(cpu_seconds) * 1000, 1), "runs": len(seconds)}


def in_child(target, args, timeout: float) -> dict:
    """Run target(*args, conn) in a forked child; kill it after `timeout` seconds."""
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe()
    process = context.Process(target=target, args=(*args, child))
    process.start()
    result = parent.recv() if parent.poll(timeout) else {"timeout_s": timeout}
    process.kill()
    process.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="distinct triples to generate, at least")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per query (after a warm-up)")
    parser.add_argument("--oxigraph-timeout", type=float, default=60.0)
    parser.add_argument("--rdflib-timeout", type=float, default=120.0)
    parser.add_argument("--no-rdflib", action="store_true",
                        help="time pyoxigraph only (keeping the rdflib figures of an earlier run on the same data)")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "kg-bench-queries")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "queries.json")
    args = parser.parse_args()

    import pyoxigraph
    import rdflib

    from kg.query import library

    load_at_start = os.getloadavg()  # the machine may be shared: the figures depend on it
    args.work.mkdir(parents=True, exist_ok=True)
    data = args.work / f"build-{args.triples}.nq"
    started = time.perf_counter()
    generate(data, args.triples)
    print(f"generated {data} in {time.perf_counter() - started:.0f} s", flush=True)
    store_dir = args.work / f"build-{args.triples}" / "store"
    if store_dir.exists():
        import shutil
        shutil.rmtree(store_dir)
    store_dir.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    store = pyoxigraph.Store(str(store_dir))
    store.bulk_load(path=str(data), format=pyoxigraph.RdfFormat.N_QUADS)
    store.flush()
    count = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"
    triples = int(next(iter(store.query(count)))[0].value)
    quads = len(store)
    del store
    load = {"pyoxigraph_bulk_load_s": round(time.perf_counter() - started, 1)}
    print(f"pyoxigraph store: {quads} quads, {triples} distinct triples, loaded in {load['pyoxigraph_bulk_load_s']} s",
          flush=True)

    results = {q.name: {} for q in library()}
    for q in library():
        results[q.name]["pyoxigraph_disk"] = in_child(time_oxigraph, (str(store_dir), q.text, args.runs),
                                                      args.oxigraph_timeout)
        print(q.name, "pyoxigraph on disk", results[q.name]["pyoxigraph_disk"], flush=True)
    started = time.perf_counter()
    memory = pyoxigraph.Store()
    memory.load(path=str(data), format=pyoxigraph.RdfFormat.N_QUADS)
    load["pyoxigraph_memory_load_s"] = round(time.perf_counter() - started, 1)
    for q in library():
        results[q.name]["pyoxigraph"] = in_child(time_oxigraph, (memory, q.text, args.runs), args.oxigraph_timeout)
        print(q.name, "pyoxigraph in memory", results[q.name]["pyoxigraph"], flush=True)
    del memory
    if args.no_rdflib:
        keep_rdflib(args.out, triples, results, load)
    else:
        started = time.perf_counter()
        dataset = rdflib.Dataset(default_union=True)
        dataset.parse(str(data), format="nquads")
        load["rdflib_parse_s"] = round(time.perf_counter() - started, 1)
        print(f"rdflib dataset loaded in {load['rdflib_parse_s']} s", flush=True)
        for q in library():
            results[q.name]["rdflib"] = in_child(time_rdflib, (dataset, q.text, args.runs), args.rdflib_timeout)
            print(q.name, "rdflib", results[q.name]["rdflib"], flush=True)

    summary = {"command": "python benchmarks/queries.py " + " ".join(sys.argv[1:]), "quads": quads,
              "distinct_triples": triples, "load": load, "queries": results,
              "machine": {"python": platform.python_version(), "platform": platform.platform(),
                          "cpus": multiprocessing.cpu_count(), "load_average_at_end": os.getloadavg(),
                          "load_average_at_start": load_at_start, "pyoxigraph": pyoxigraph.__version__,
                          "rdflib": rdflib.__version__}}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    print(markdown(summary))


def keep_rdflib(path: Path, triples: int, results: dict, load: dict) -> None:
    """With --no-rdflib, the rdflib figures of an earlier run on the same data are kept."""
    try:
        earlier = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if earlier.get("distinct_triples") != triples:
        return
    for name, engines in earlier.get("queries", {}).items():
        if name in results and "rdflib" in engines:
            results[name]["rdflib"] = engines["rdflib"]
    if "rdflib_parse_s" in earlier.get("load", {}):
        load["rdflib_parse_s"] = earlier["load"]["rdflib_parse_s"]


def cell(result: dict | None, key: str = "median_ms") -> str:
    if not result:
        return "not run"
    if "error" in result:
        return "fails"
    if "timeout_s" in result:
        return f"> {result['timeout_s'] * 1000:,.0f}"
    return f"{result[key]:,.1f}" if key in result else "not measured"


def markdown(summary: dict) -> str:
    """The README table: wall-time medians, and the CPU-time median in memory (what load does not inflate)."""
    lines = ["| query | rows | pyoxigraph, in memory (ms) | in memory, CPU (ms) | pyoxigraph, store on disk (ms) "
             "| rdflib (ms) |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for name, engines in summary["queries"].items():
        rows = str(engines.get("pyoxigraph", {}).get("rows", ""))
        other = engines.get("rdflib", {}).get("rows")
        if other is not None and str(other) != rows:
            rows += f" (rdflib: {other})"
        figures = [cell(engines.get("pyoxigraph")), cell(engines.get("pyoxigraph"), "cpu_median_ms"),
                   cell(engines.get("pyoxigraph_disk")), cell(engines.get("rdflib"))]
        lines.append(f"| `{name}` | {rows} | {' | '.join(figures)} |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
