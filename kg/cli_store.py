"""The `kg` commands over a finished build's store: query it (`query`, `queries`), serve it (`serve`) and
upload it (`push`). They are registered on kg.cli_group's `cli`, the group kg.cli runs."""

from __future__ import annotations

import sys

import click

from kg.cli_group import OUT, cli, reported


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

    with reported(ValueError):
        stdin_text = sys.stdin.read() if query == "-" else None
        text, origin = sparql.source_of(query, name, stdin_text)
        bindings = sparql.parse_params(params, sparql.declared_prefixes(text))
        result = sparql.run(sparql.open_store(out), text, bindings, origin=origin)
        if result.kind == "graph" and fmt == "json":
            fmt = "jsonld"
        data = write(result, fmt)
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
    with reported():
        run_server(settings)


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

    with reported():
        click.echo(upload(out, endpoint, graph, timeout).render())
