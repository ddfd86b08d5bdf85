"""Turn the build benchmark's JSON results into ratios and a markdown report."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

TARGETS = ("kg build >= 0.85x bare nlp.pipe throughput; --jobs 2 >= 1.7x on 2 cores with identical output; "
           "peak RSS at 10k <= 1.5x that at 1k; resolution not quadratic")


def ratios(runs: dict, jobs: int | None, turns: list[dict] | None = None) -> dict:
    bare, kg = runs.get("bare", {}), runs.get("kg", {})
    out = {}
    if ok(bare) and ok(kg):
        out["kg_vs_bare_wall"] = round(bare["wall_seconds"] / kg["wall_seconds"], 3)
        out["kg_vs_bare_cpu"] = round(bare["cpu_seconds"] / kg["cpu_seconds"], 3)
        if bare.get("pipe_only"):
            out["kg_vs_bare_pipe_only"] = round(bare["pipe_only"]["pipe_seconds"] / kg["wall_seconds"], 3)
    same = runs.get("bare-numpy", {})
    if ok(same) and ok(kg):  # kg's own cost: against spaCy multiplying as kg's pipeline does
        out["kg_vs_bare_numpy_wall"] = round(same["wall_seconds"] / kg["wall_seconds"], 3)
        out["kg_vs_bare_numpy_cpu"] = round(same["cpu_seconds"] / kg["cpu_seconds"], 3)
    parallel = runs.get(f"kg-jobs{jobs}", {}) if jobs else {}
    if ok(kg) and ok(parallel):
        out[f"jobs{jobs}_speedup_wall"] = round(kg["wall_seconds"] / parallel["wall_seconds"], 3)
        out[f"jobs{jobs}_identical_output"] = all(parallel.get("identical_output", {}).values() or [False])
    speedups = [round(t["kg"]["wall_seconds"] / t[f"kg-jobs{jobs}"]["wall_seconds"], 3) for t in turns or ()
                if ok(t["kg"]) and ok(t[f"kg-jobs{jobs}"])]
    if len(speedups) > 1:  # the speed-up of each turn, and their median (the one the target line reports)
        out[f"jobs{jobs}_speedup_wall_turns"] = speedups
        out[f"jobs{jobs}_speedup_wall"] = statistics.median(speedups)
        out[f"jobs{jobs}_identical_output"] = all(t["identical_output"] for t in turns)
    return out


def ok(row: dict) -> bool:
    return bool(row) and row.get("returncode") == 0 and not row.get("killed")


def size_summary(result: dict) -> str:
    lines = [f"{result['articles']} articles, {result['corpus'].get('words')} words:"]
    for name, row in result["runs"].items():
        lines.append(f"  {name:10} wall {row['wall_seconds']:8.1f} s  cpu {row['cpu_seconds']:8.1f} s  "
                     f"peak {row['peak_rss_mb']:7.0f} MB" + ("  FAILED" if not ok(row) else ""))
    lines.append("  " + json.dumps(result.get("ratios", {})))
    return "\n".join(lines)


def load(results: Path) -> tuple[list[dict], dict | None]:
    builds = [json.loads(p.read_text()) for p in results.glob("build-*.json") if p.stem.split("-")[1].isdigit()]
    resolution = results / "build-resolution.json"
    return sorted(builds, key=lambda r: r["articles"]), (json.loads(resolution.read_text())
                                                         if resolution.is_file() else None)


def markdown(results: Path) -> str:
    builds, resolution = load(results)
    commands = sorted({r["command"] for r in builds} | ({resolution["command"]} if resolution else set()))
    out = ["# Build benchmark", "", "Reproduce with:", "", "```bash", *commands, "```", ""]
    out += throughput_table(builds)
    out += targets(builds, resolution)
    for result in builds:
        out += stage_table(result)
    out += component_table(builds)
    out += resolution_table(resolution, builds)
    return "\n".join(out) + "\n"


def throughput_table(builds: list[dict]) -> list[str]:
    rows = ["| articles | words | run | wall s | CPU s | words/s | articles/s | words/CPU s | peak RSS MB "
            "(largest process / tree) | vs bare (wall / CPU) |",
            "| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for result in builds:
        bare = result["runs"].get("bare", {})
        for name, row in result["runs"].items():
            versus = "" if name == "bare" or not (ok(row) and ok(bare)) else (
                f"{bare['wall_seconds'] / row['wall_seconds']:.2f}x / {bare['cpu_seconds'] / row['cpu_seconds']:.2f}x")
            label = {"bare": "bare `nlp.pipe`", "bare-numpy": "bare `nlp.pipe`, numpy products (as in kg)",
                     "kg": "`kg build`"}.get(name, f"`kg build --jobs {row.get('jobs')}`")
            if not ok(row):
                label += " (failed: " + (row.get("killed") or f"exit {row['returncode']}") + ")"
            rows.append(f"| {result['articles']:,} | {result['corpus'].get('words') or 0:,} | {label} | "
                        f"{row['wall_seconds']:.1f} | {row['cpu_seconds']:.1f} | {row.get('words_per_second', 0):,.0f} | "
                        f"{row['articles_per_second']:.2f} | {row.get('words_per_cpu_second') or 0:,.0f} | "
                        f"{row['peak_rss_mb']:,.0f} / {row['peak_tree_mb']:,.0f} | {versus} |")
    if builds:
        first = builds[0]
        rows += ["", f"Model `{first['model'].get('model')}` {first['model'].get('model_version')} "
                 f"({', '.join(first['model'].get('components') or [])}), batch size {first['model'].get('batch_size')}; "
                 f"{first['machine']['cpus']} CPUs, load average {first['machine']['load_average']} at the start "
                 f"(the machine is shared: wall times are noisy, CPU times steadier); kg {first['kg']['git']}.", ""]
    return rows


def targets(builds: list[dict], resolution: dict | None) -> list[str]:
    lines = ["## Targets", "", TARGETS, ""]
    for result in builds:
        r = result.get("ratios", {})
        if "kg_vs_bare_wall" in r:
            lines.append(f"- {result['articles']:,} articles: kg/bare throughput {r['kg_vs_bare_wall']:.2f}x wall, "
                         f"{r['kg_vs_bare_cpu']:.2f}x CPU (target 0.85x)")
        if "kg_vs_bare_numpy_wall" in r:
            lines.append(f"- {result['articles']:,} articles: against bare `nlp.pipe` with the models' matrix products "
                         f"in numpy, as kg's pipeline has them: {r['kg_vs_bare_numpy_wall']:.2f}x wall, "
                         f"{r['kg_vs_bare_numpy_cpu']:.2f}x CPU (kg's own cost; no target)")
        for key, value in r.items():
            if key.endswith("_speedup_wall"):
                same = r.get(key.replace("speedup_wall", "identical_output"))
                turns = r.get(key + "_turns")
                how = (f" (the median of {len(turns)} turns, one process and `--jobs` in turn: "
                       f"{', '.join(f'{t:.2f}x' for t in turns)})" if turns else "")
                lines.append(f"- {result['articles']:,} articles: `--{key.split('_')[0].replace('jobs', 'jobs ')}` "
                             f"speed-up {value:.2f}x wall{how} (target 1.7x), identical output: {same}")
    by_size = {r["articles"]: r["runs"].get("kg", {}) for r in builds}
    if ok(by_size.get(1000, {})) and ok(by_size.get(10000, {})):
        growth = by_size[10000]["peak_rss_mb"] / by_size[1000]["peak_rss_mb"]
        lines.append(f"- peak RSS 10k / 1k: {growth:.2f}x (target <= 1.5x)")
    if resolution and resolution.get("rows"):
        rows = resolution["rows"]
        lines.append(f"- resolution: {rows[0]['microseconds_per_local_entity']} us per local entity at "
                     f"{rows[0]['articles']:,} articles, {rows[-1]['microseconds_per_local_entity']} at "
                     f"{rows[-1]['articles']:,} (constant = linear)")
    return lines + [""]


def stage_table(result: dict) -> list[str]:
    kg = result["runs"].get("kg", {})
    stages = (kg.get("stages") or {}).get("stages")
    if not stages:
        return []
    total, cpu = kg["stages"]["seconds"] or 1, kg["stages"].get("cpu_seconds") or 1
    rows = [f"### Where `kg build` spends its time, {result['articles']:,} articles", "",
            "| stage | CPU s | share of CPU | wall s | calls | RSS after (MB) |",
            "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for name, s in stages.items():
        rss = "" if s["rss_after_mb"] is None else f"{s['rss_after_mb']:,.0f}"
        rows.append(f"| {name} | {s.get('cpu_seconds', 0):.1f} | {s.get('cpu_seconds', 0) / cpu:.0%} | "
                    f"{s['seconds']:.1f} | {s['calls']:,} | {rss} |")
    rows += ["", f"Stages timed in the `kg build` process (exclusive: a nested stage stops its caller's clock; "
             f"with `--jobs` the NLP runs in workers, not here); total {cpu:.1f} s CPU, {total:.1f} s wall; "
             f"peak RSS {kg['stages']['peak_rss_mb']:,.0f} MB.", ""]
    timeline = kg["stages"].get("memory_timeline")
    if timeline:
        steps = ", ".join(f"{mb:,.0f} MB in {stage} at {t:.0f} s" for t, stage, mb in thin(timeline, 8))
        rows += [f"Memory as it grew: {steps}.", ""]
    if kg["stages"].get("not_found"):
        rows += ["Not found (renamed?): " + ", ".join(kg["stages"]["not_found"]), ""]
    return rows


def component_table(builds: list[dict]) -> list[str]:
    found = [r for r in builds if (r.get("components") or {}).get("cpu_seconds")]
    if not found:
        return []
    parts = found[-1]["components"]
    rows = [f"### The spaCy pipeline by component (kg's pipeline, first {parts['articles']:,} articles, CPU)", "",
            "| component | CPU s | share |", "| --- | ---: | ---: |"]
    rows += [f"| {name} | {seconds:.1f} | {parts['share'][name]:.0%} |" for name, seconds in parts["cpu_seconds"].items()]
    return rows + [""]


def thin(items: list, n: int) -> list:
    """At most N items, evenly spread, always with the first and the last."""
    if len(items) <= n:
        return items
    step = (len(items) - 1) / (n - 1)
    return [items[round(i * step)] for i in range(n)]


def resolution_table(resolution: dict | None, builds: list[dict]) -> list[str]:
    rows = ["### Cross-article resolution", ""]
    real = [(r["articles"], (r["runs"]["kg"].get("stages") or {}).get("stages", {}).get("resolve")) for r in builds]
    real = [(n, s) for n, s in real if s]
    if real:
        rows += ["Inside `kg build` on the generated corpora (the `resolve` stage above):", "",
                 "| articles | resolve seconds |", "| ---: | ---: |"]
        rows += [f"| {n:,} | {s['seconds']:.2f} |" for n, s in real] + [""]
    if resolution and resolution.get("rows"):
        rows += [resolution.get("measured", "") + f" (base: {resolution.get('base_articles'):,} articles):", "",
                 "| articles | local entities | mentions | resolved entities | seconds | us per local entity |",
                 "| ---: | ---: | ---: | ---: | ---: | ---: |"]
        for r in resolution["rows"]:
            rows.append(f"| {r['articles']:,} | {r['local_entities']:,} | {r['mentions']:,} | {r['entities']:,} | "
                        f"{r['seconds']:.2f} | {r['microseconds_per_local_entity']} |")
    return rows + [""] if len(rows) > 2 else []
