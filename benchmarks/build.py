"""Build benchmark: bare spaCy `nlp.pipe` against `kg build` end to end, on one corpus.

For each size the harness generates the corpus (benchmarks/corpus.py), then runs, each in
its own process so that time and peak memory are that run's alone:

  bare      the model kg loads, all its components, `nlp.pipe` over the article texts with
            kg's batch size, nothing else (the Docs are dropped as they come);
  bare-numpy  the same, with the models' matrix products in numpy as kg's pipeline has them
            (kg.nlp.use_numpy_gemm, one BLAS thread): what is left between it and kg is kg's own
            cost;
  kg        `kg build CORPUS --out DIR`: ingest, spaCy + kg's component, extraction,
            resolution, the RDF graph, every export (and whatever else `kg build` writes),
            with a clock on each stage;
  kg-jobsN  `kg build --jobs N` when the CLI has the option, with its output files compared
            byte for byte with the single-process build's (the store and cache folders are not);
  components  apart, the CPU time of each component of kg's pipeline over the first 300 articles
            (a model component kg swaps for its same-output equivalent is labelled with kg's factory).

Resolution is also timed alone on 1k/10k/50k articles' extractions: those of the largest
real build (from its cache), replicated with new article ids and person names (resolution.py).

    python benchmarks/build.py --sizes 1000             # results in benchmarks/results/
    python benchmarks/build.py --quick                  # a 5-article smoke run
"""

from __future__ import annotations

import argparse
import faulthandler
import hashlib
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
import measure  # noqa: E402
import report  # noqa: E402
import resolution  # noqa: E402

REPO = HERE.parent
RESULTS = HERE / "results"
# stage -> the functions timed under it (module:qualname). Names of older or newer pipelines may be
# missing: they are listed in the results, never fatal. Anything not listed is "other".
STAGES = {
    "model load": ("kg.nlp:load_pipeline",),
    "ingest": ("kg.ingest:read_inputs",),
    "spaCy model": ("spacy.language:Language.pipe",),
    "kg_entities component": ("kg.components.entities:EntityRecognizer.__call__",),
    "extract": ("kg.extract:extract",),
    "cache": ("kg.cache:Cache.get", "kg.cache:Cache.put", "kg.cache:Cache.load", "kg.cache:fingerprint"),
    "resolve": ("kg.resolve:resolve", "kg.resolve:Resolver.add", "kg.resolve:Resolver.finish",
                "kg.resolve:Resolver.links"),
    "RDF graph": ("kg.graph:build_dataset", "kg.stream:entity_triples", "kg.stream:article_triples",
                  "kg.stream:filter_triples", "kg.export.rdf:rdf_triples"),
    "write RDF files": ("kg.export.rdf:RdfWriter.graph", "kg.export.rdf:RdfWriter.graph_text",
                        "kg.export.rdf:RdfWriter.finish",
                        "kg.export.rdf:RdfWriter.__exit__", "kg.export.rdf:write_turtle",
                        "kg.export.rdf:write_trig", "kg.export.rdf:write_jsonld"),
    "store": ("kg.store:StoreWriter.__init__", "kg.store:StoreWriter.put", "kg.store:StoreWriter.finish",
              "kg.store:StoreWriter.close"),
    "network views": ("kg.export.fullview:FullView.add", "kg.export.fullview:FullView.write",
                      "kg.export.fullview:FullView.stage", "kg.export.fullview:FullView.place",
                      "kg.export.fullview_process:ViewProcess.write", "kg.export.fullview_process:ViewProcess.stage",
                      "kg.export.fullview_process:ViewProcess.place",
                      "kg.export.network:write_view", "kg.export.graphml:write_graphml"),
}


# ---------------------------------------------------------------- child processes

def child_bare(corpus_path: str, model: str | None, batch_size: int, numpy_gemm: bool = False) -> dict:
    """The baseline: read the texts as kg reads them, then only `nlp.pipe` (with `numpy_gemm`, the
    models multiplying in numpy on one BLAS thread, as in kg's pipeline)."""
    started = time.perf_counter()
    from contextlib import nullcontext

    from kg import ingest
    from kg.nlp import load_model, one_blas_thread, use_numpy_gemm

    nlp = load_model(model)
    if numpy_gemm:
        use_numpy_gemm(nlp)
    loaded = time.perf_counter()
    texts = [a.text for a in ingest.read_inputs([corpus_path]) if not isinstance(a, ingest.Skipped)]
    read = time.perf_counter()
    tokens = 0
    with one_blas_thread() if numpy_gemm else nullcontext():
        for doc in nlp.pipe(texts, batch_size=batch_size):
            tokens += len(doc)
    done = time.perf_counter()
    return {"model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}", "model_version": nlp.meta.get("version"),
            "components": nlp.pipe_names, "batch_size": batch_size, "articles": len(texts),
            "words": sum(len(t.split()) for t in texts), "tokens": tokens,
            "load_seconds": round(loaded - started, 3), "read_seconds": round(read - loaded, 3),
            "pipe_seconds": round(done - read, 3)}


def child_components(corpus_path: str, model: str | None, batch_size: int, sample: int) -> dict:
    """CPU seconds of each model component (and of kg's own) over the first SAMPLE articles, batch by batch."""
    from kg import ingest
    from kg.nlp import load_pipeline, one_blas_thread

    nlp = load_pipeline(model)
    with one_blas_thread():  # as kg runs its pipeline
        return components_of(nlp, ingest, corpus_path, batch_size, sample)


def components_of(nlp, ingest, corpus_path: str, batch_size: int, sample: int) -> dict:
    """The CPU seconds of each component over the first SAMPLE articles (child_components, once set up)."""
    articles = (a for a in ingest.read_inputs([corpus_path]) if not isinstance(a, ingest.Skipped))
    texts = [a.text for _, a in zip(range(sample), articles)]
    # a model component kg swaps for its own (same name, kg's factory) shows as "attribute_ruler (kg_attribute_ruler)"
    labels = {name: name if (factory := nlp.get_pipe_meta(name).factory) == name else f"{name} ({factory})"
              for name in nlp.pipe_names}
    spent = dict.fromkeys(["tokenizer", *labels.values()], 0.0)
    for start in range(0, len(texts), batch_size):
        began = time.process_time()
        docs = [nlp.make_doc(t) for t in texts[start:start + batch_size]]
        spent["tokenizer"] += time.process_time() - began
        for name, component in nlp.pipeline:
            began = time.process_time()
            docs = list(component.pipe(docs)) if hasattr(component, "pipe") else [component(d) for d in docs]
            spent[labels[name]] += time.process_time() - began
    total = sum(spent.values()) or 1
    return {"articles": len(texts), "cpu_seconds": {k: round(v, 3) for k, v in spent.items()},
            "share": {k: round(v / total, 3) for k, v in spent.items()}}


def child_kg(args: list[str], stages_out: str) -> int:
    """`kg build ARGS` in this process, with every stage timed."""
    clock = measure.StageClock()
    import kg.pipeline  # noqa: F401  (so that the names it imports are re-bound too)

    missing = measure.instrument(clock, [(stage, t) for stage, targets in STAGES.items() for t in targets])
    from kg.cli import cli

    started, cpu_started = time.perf_counter(), time.process_time()
    try:
        cli.main(args=args, prog_name="kg", standalone_mode=True)
        code = 0
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    total, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    stages = clock.report()
    stages["other"] = {"seconds": round(total - sum(s["seconds"] for s in stages.values()), 3),
                       "cpu_seconds": round(cpu - sum(s["cpu_seconds"] for s in stages.values()), 3),
                       "calls": 0, "rss_after_mb": None}
    Path(stages_out).write_text(json.dumps({"seconds": round(total, 3), "cpu_seconds": round(cpu, 3),
                                            "peak_rss_mb": measure.rss_mb()[1], "stages": stages,
                                            "memory_timeline": clock.timeline, "not_found": missing}, indent=1))
    return code


# ---------------------------------------------------------------- the harness

def child_cmd(*args: str) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "_child", *args]


def kg_supports(option: str) -> bool:
    shown = subprocess.run([sys.executable, "-m", "kg.cli", "build", "--help"], capture_output=True, text=True)
    return option in shown.stdout


def bench_size(size: int, opts, work: Path) -> dict:
    """Every run of one size, on one corpus written afresh (the same bytes for the same seed)."""
    corpus_path = work / f"corpus-{size}.jsonl"
    corpus.write_jsonl(corpus.generate(size, opts.seed), corpus_path)
    result = {"articles": size, "corpus": {"path": str(corpus_path), "seed": opts.seed, "format": "jsonl",
                                           "sha256": sha256(corpus_path)},
              "machine": machine(), "kg": kg_state(), "command": opts.command, "runs": {}}
    bench_bare(corpus_path, opts, result)
    model = ["--model", opts.model] if opts.model else []
    kg_args = ["build", str(corpus_path), "--out", str(work / f"out-{size}"), *model]
    jobs = opts.jobs if kg_supports("--jobs") and (not opts.jobs_sizes or size in opts.jobs_sizes) else None
    pairs = []
    for turn in range(opts.repeat if jobs else 1):  # one process and --jobs in turn: both meet the same spells
        stages = "" if turn == 0 else f"-{turn + 1}"
        kg = kg_run(kg_args, work / f"stages-{size}{stages}.json", opts, size, result)
        if not jobs:
            result["runs"]["kg"] = kg
            break
        args = ["build", str(corpus_path), "--out", str(work / f"out-{size}-jobs{jobs}"), "--jobs", str(jobs), *model]
        row = kg_run(args, work / f"stages-{size}-jobs{jobs}{stages}.json", opts, size, result)
        row["jobs"] = jobs
        row["identical_output"] = same_outputs(work / f"out-{size}", work / f"out-{size}-jobs{jobs}")
        pairs.append((kg, row))
    if pairs:
        result["runs"]["kg"], result["runs"][f"kg-jobs{jobs}"] = pairs[0]
        result["turns"] = [{"kg": pair_row(kg), f"kg-jobs{jobs}": pair_row(row),
                            "identical_output": all(row["identical_output"].values() or [False])} for kg, row in pairs]
    result["ratios"] = report.ratios(result["runs"], jobs, result.get("turns"))
    result["machine"]["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    return result


def bench_bare(corpus_path: Path, opts, result: dict) -> None:
    """The bare `nlp.pipe` run, then (apart, so as not to weigh on it) the components' shares."""
    model = ["--model", opts.model] if opts.model else []
    batch = ["--batch-size", str(kg_batch_size())]
    bare = measure.run(child_cmd("bare", str(corpus_path), *batch, *model), opts.max_tree_mb, opts.timeout)
    info = json.loads(bare.stdout.strip().splitlines()[-1]) if bare.returncode == 0 else {}
    result["corpus"].update({k: info.get(k) for k in ("words", "tokens")})
    result["model"] = {k: info.get(k) for k in ("model", "model_version", "components", "batch_size")}
    result["runs"]["bare"] = run_row(bare, info, result["articles"], info.get("words"))
    same = measure.run(child_cmd("bare", str(corpus_path), *batch, *model, "--numpy-gemm"), opts.max_tree_mb,
                       opts.timeout)
    found = json.loads(same.stdout.strip().splitlines()[-1]) if same.returncode == 0 else {}
    result["runs"]["bare-numpy"] = run_row(same, found, result["articles"], found.get("words"))
    parts = measure.run(child_cmd("components", str(corpus_path), *batch, *model), opts.max_tree_mb, opts.timeout)
    result["components"] = (json.loads(parts.stdout.strip().splitlines()[-1]) if parts.returncode == 0
                            else {"error": parts.stderr[-2000:]})


def kg_run(args, stages_path: Path, opts, size: int, result: dict) -> dict:
    """One `kg build` into a fresh folder (a build folder holds a cache that a later build would reuse)."""
    out = Path(args[args.index("--out") + 1])
    shutil.rmtree(out, ignore_errors=True)
    stages_path.unlink(missing_ok=True)
    run = measure.run(child_cmd("kg", "--stages", str(stages_path), "--", *args), opts.max_tree_mb, opts.timeout)
    row = run_row(run, {}, size, result["corpus"].get("words"))
    row["command"] = "kg " + " ".join(args)
    if stages_path.is_file():
        row["stages"] = json.loads(stages_path.read_text())
    for key in ("entities", "time"):
        match = re.search(rf"^{key}: +(.*)$", run.stdout, re.M)
        row["kg_" + key] = match.group(1) if match else None
    row["outputs_mb"] = {p.name: round(size_of(p) / 2**20, 2) for p in sorted(out.glob("*"))} if out.is_dir() else {}
    return row


def pair_row(row: dict) -> dict:
    """What a turn of the alternating runs keeps of a run."""
    return {k: row.get(k) for k in ("wall_seconds", "cpu_seconds", "peak_rss_mb", "returncode", "killed")}


def size_of(path: Path) -> int:
    return path.stat().st_size if path.is_file() else sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def run_row(run: measure.Measurement, info: dict, articles: int, words: int | None) -> dict:
    row = run.as_dict()
    if run.returncode != 0 or run.killed:
        row["error"] = (run.killed or "") + run.stderr[-2000:]
    if words:
        row["words_per_second"] = round(words / run.wall_seconds, 1)
        row["words_per_cpu_second"] = round(words / run.cpu_seconds, 1) if run.cpu_seconds else None
    row["articles_per_second"] = round(articles / run.wall_seconds, 3)
    if info.get("pipe_seconds"):
        row["pipe_only"] = {k: info[k] for k in ("load_seconds", "read_seconds", "pipe_seconds")}
        row["pipe_only"]["words_per_second"] = round(info["words"] / info["pipe_seconds"], 1)
    return row


def same_outputs(a: Path, b: Path) -> dict:
    names = sorted({p.name for p in a.glob("*") if p.is_file()} | {p.name for p in b.glob("*") if p.is_file()})
    return {n: (a / n).is_file() and (b / n).is_file() and sha256(a / n) == sha256(b / n) for n in names}


def bench_resolution(sizes: list[int], opts, built: list[int]) -> dict | None:
    """Resolution alone, on the extractions of the largest build of this run replicated to each size."""
    if not built:
        return None
    model = ["--model", opts.model] if opts.model else []
    out = opts.work / f"out-{max(built)}"
    run = measure.run(child_cmd("resolve", str(out), "--sizes", ",".join(map(str, sizes)), *model),
                      opts.max_tree_mb, opts.timeout)
    if run.returncode != 0:
        return {"error": run.stderr[-2000:]}
    found = json.loads(run.stdout.strip().splitlines()[-1])
    found.update(measured=("kg.resolve.resolve alone, on the extractions of a real build replicated with new "
                           "article ids and person names"), command=opts.command, machine=machine(),
                 peak_rss_mb=round(run.peak_rss_mb, 1))
    return found


def kg_batch_size() -> int:
    import kg.pipeline

    return getattr(kg.pipeline, "BATCH_SIZE", 32)


def kg_state() -> dict:
    import kg

    rev = subprocess.run(["git", "-C", str(REPO), "describe", "--always", "--dirty"], capture_output=True, text=True)
    return {"version": kg.__version__, "git": rev.stdout.strip() or None}


def machine() -> dict:
    return {"cpus": os.cpu_count(), "load_average": [round(x, 2) for x in os.getloadavg()],
            "python": platform.python_version(), "platform": platform.platform()}


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        for block in iter(lambda: source.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_child"]:
        return child(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000", help="comma-separated corpus sizes (default 1000)")
    parser.add_argument("--resolution-sizes", default="1000,10000,50000",
                        help="sizes for the resolution benchmark (default 1000,10000,50000); '' to skip")
    parser.add_argument("--quick", action="store_true", help="smoke run: 5 articles, resolution on 5 and 20")
    parser.add_argument("--jobs", type=int, default=2, help="also run kg build --jobs N when kg has it (0: no)")
    parser.add_argument("--jobs-sizes", default="", help="only at these sizes (comma-separated; default: all)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run kg build and kg build --jobs N this many times in turn; the speed-up reported is "
                             "the median of the turns (default 1)")
    parser.add_argument("--model", help="spaCy model (default: the one kg picks)")
    parser.add_argument("--seed", type=int, default=corpus.SEED)
    parser.add_argument("--work", type=Path, default=Path("/tmp/kg-bench"), help="corpora and build outputs")
    parser.add_argument("--results", type=Path, default=RESULTS, help="where build-<N>.json and build.md go")
    parser.add_argument("--max-tree-mb", type=float, default=12000, help="kill a run whose memory passes this")
    parser.add_argument("--timeout", type=float, default=4 * 3600, help="kill a run that takes longer (seconds)")
    opts = parser.parse_args(argv)
    opts.command = "python benchmarks/build.py " + " ".join(argv)
    sizes = [5] if opts.quick and opts.sizes == "1000" else [int(s) for s in opts.sizes.split(",") if s]
    res_sizes = [5, 20] if opts.quick else [int(s) for s in opts.resolution_sizes.split(",") if s]
    opts.jobs_sizes = [int(s) for s in opts.jobs_sizes.split(",") if s]
    opts.work.mkdir(parents=True, exist_ok=True)
    opts.results.mkdir(parents=True, exist_ok=True)
    precompile()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # a killed harness takes its runs along
    built = []
    for size in sizes:
        result = bench_size(size, opts, opts.work)
        write_json(opts.results / f"build-{size}.json", result)
        print(report.size_summary(result), flush=True)
        if report.ok(result["runs"].get("kg", {})):
            built.append(size)
    if res_sizes:
        found = bench_resolution(res_sizes, opts, built)
        if found:
            write_json(opts.results / "build-resolution.json", found)
    table = report.markdown(opts.results)
    (opts.results / "build.md").write_text(table, encoding="utf-8")
    print(table)
    return 0


def precompile() -> None:
    """Byte-compile kg's modules before any run is timed, as a first run writes them for every later one: with
    PYTHONDONTWRITEBYTECODE set (some sandboxes and CI images set it) an editable install would otherwise compile
    its ~200 modules from source in every timed process (0.6-0.9 s of CPU), while the model's packages were
    compiled when pip installed them."""
    import compileall
    import kg

    compileall.compile_dir(str(Path(kg.__file__).parent), quiet=1)


def child(argv: list[str]) -> int:
    faulthandler.register(signal.SIGUSR1)  # the harness asks for the stacks of a run that hangs
    parser = argparse.ArgumentParser(prog="build.py _child")
    parser.add_argument("kind", choices=("bare", "components", "kg", "resolve"))
    parser.add_argument("rest", nargs=argparse.REMAINDER)
    kind, rest = parser.parse_known_args(argv)[0].kind, argv[1:]
    sub = argparse.ArgumentParser(prog=f"build.py _child {kind}")
    if kind == "kg":
        split = rest.index("--")
        sub.add_argument("--stages", required=True)
        return child_kg(rest[split + 1:], sub.parse_args(rest[:split]).stages)
    sub.add_argument("source")
    sub.add_argument("--model")
    sub.add_argument("--batch-size", type=int, default=32)
    sub.add_argument("--sizes", default="")
    sub.add_argument("--sample", type=int, default=300)
    sub.add_argument("--numpy-gemm", action="store_true")
    opts = sub.parse_args(rest)
    if kind == "bare":
        found = child_bare(opts.source, opts.model, opts.batch_size, opts.numpy_gemm)
    elif kind == "components":
        found = child_components(opts.source, opts.model, opts.batch_size, opts.sample)
    else:
        found = resolution.time_resolution(Path(opts.source), [int(s) for s in opts.sizes.split(",")], opts.model)
    print(json.dumps(found))
    return 0


def write_json(path: Path, data: dict) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)


if __name__ == "__main__":
    sys.exit(main())
