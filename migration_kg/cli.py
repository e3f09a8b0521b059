"""`migration-kg`: the command line (click). It parses, calls the library and prints; each command's
help (its docstring, options and examples) is written once, in its definition below.

Exit codes: 0 ok; 1 checks failed (SHACL violation or a data check returned rows); 2 bad input
or usage (malformed YAML, unknown id or name, wrong kind, quote not found, unknown query...);
3 an internal error (a bug: the message asks for a report; --debug shows the traceback);
130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from migration_kg import __version__, cli_curate, cli_review, completion, resources
from migration_kg.cli_base import (CONTEXT, DEBUG_HELP, EXIT_CODES, PATH, SIZE, SIZE_HELP, STORE, WHOLE, Group,
                                   progress_bars, table_width, data_options, document_option, say, source_options,
                                   store_option, subset_options, timeout_option, write_bytes, write_text)
from migration_kg.errors import UsageError
from migration_kg.build.source import data_dir, refuse_inside_data

EXAMPLES = """\
examples:
  migration-kg build                              build ./graph into ./out (graph.ttl, .jsonld, .nt, .html)
  migration-kg build --seed                       build the bundled seed report
  migration-kg queries                            list the questions you can ask
  migration-kg query partnerships                 who works with whom, with the report's words
  migration-kg query actor-profile --param actor=IOM --format csv --out iom.csv
  migration-kg query relation-evidence --param actor_a=ILO --param actor_b=IOM
  migration-kg query my-question.rq --format json your own SPARQL file
  migration-kg stats                              counts by kind, most central actors, brokers
  migration-kg export --format gexf --out actors.gexf   for Gephi (coloured by kind, sized by degree)
  migration-kg view --focus IOM --depth 2 --out iom.html
  migration-kg validate                           check everything, write nothing
  migration-kg docs --out site                    the ontology's documentation page, site/ontology.html
  eval "$(migration-kg completion bash)"          tab completion of commands, queries and names

  big corpora and SPARQL servers (Oxigraph):
  migration-kg build --store kg-store             also keep an Oxigraph store on disk in kg-store/
  migration-kg query partnerships --store kg-store      query it
  migration-kg serve --store kg-store             read-only SPARQL endpoint on http://127.0.0.1:7878/query
  migration-kg publish --endpoint http://127.0.0.1:7878/store    one named graph per document (HTTP PUT)
  migration-kg query partnerships --endpoint http://127.0.0.1:7878/query
"""

#: Items per list in a build's summary (one screen for a corpus); `validate` lists every item.
SUMMARY_ITEMS = 10


@click.group(cls=Group, context_settings=CONTEXT, epilog=EXAMPLES + "\n" + EXIT_CODES)
@click.version_option(__version__, "--version", prog_name=completion.PROG, message="%(prog)s %(version)s",
                      help="print the version and exit")
@click.option("--debug", is_flag=True, help=DEBUG_HELP)
@click.option("--max-input-size", type=SIZE, metavar="SIZE", help=SIZE_HELP)
def cli(debug, max_input_size):
    """Knowledge graph of who works with whom, on what, in migration and development reports, with
    every fact traced to the report's words."""


def main(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: the process's arguments); the exit status."""
    return cli.main(argv, standalone_mode=False)


# -- Commands -------------------------------------------------------------------------------------

@cli.command(short_help="build, validate and write graph.ttl, graph.jsonld, graph.nt, graph.html, void.ttl, "
                        "ontology.html", out="folder", examples="""\
  migration-kg build                              ./graph into ./out
  migration-kg build --seed --out site            the bundled seed report into ./site
  migration-kg build --store kg-store --quiet     also keep an Oxigraph store on disk""")
@data_options
@click.option("--out", type=PATH, default=Path("out"), metavar="DIR",
              help="output folder (default: ./out): graph.ttl, graph.nt, graph.jsonld, graph.nq, graph.html and "
                   "build.json, replaced together or not at all")
@click.option("--quiet", is_flag=True, help="print only errors")
@click.option("--verbose", is_flag=True,
              help="also print the curator's report: registry entities never mentioned, names in the text that "
                   "match no entry (`migration-kg validate` prints all of it)")
@click.option("--force", is_flag=True,
              help="build even when the build in --out is current (its build.json digest matches the inputs)")
@click.option("--store", type=STORE, metavar="STORE",
              help="memory (an Oxigraph store in memory, the default) or DIR (an Oxigraph store on disk); a DIR "
                   "is replaced when the build succeeds (a folder holding anything else is refused)")
def build(data, seed, out, quiet, verbose, force, store):
    """Build the graph from graph/ (curated YAML + source texts), validate it (SHACL and data checks)
    and write it to --out, saying "Wrote FILE" for each file on standard error."""
    from migration_kg.build.cache import input_digest, is_current

    data = data_dir(data, seed)
    digest = input_digest(data)  # once: to see whether the build is current, and for its build.json
    if not force and store is None and is_current(out, digest):
        if not quiet:
            say(f"{out} is up to date: its build.json matches every input (--force builds anyway)")
        return
    result = _build(data, out, digest, store=store, quiet=quiet)
    _warn(result.report, SUMMARY_ITEMS)
    if not quiet:
        say("\n".join(result.summary()))
        if verbose:
            say("\n" + "\n".join(result.report.lines(SUMMARY_ITEMS)))


def _build(data: Path, out: Path | None, digest: str, *, store=None, quiet: bool = False):
    """Build ``data`` into ``out`` with every output; ``digest`` is the inputs' (read before building)."""
    from migration_kg.build import build
    from migration_kg.build.bundle import build_outputs
    from migration_kg.stores import MEMORY

    if out is not None:
        if out.exists() and not out.is_dir():
            raise UsageError(f"--out {out}: a file is there; give a folder")
        refuse_inside_data(out, data, "--out")
    with progress_bars(quiet) as progress:
        return build(data, out, store=store or MEMORY, outputs=build_outputs(data, digest), progress=progress)


def _warn(report, limit: int | None = None) -> None:
    """The build's warnings on stderr (not fatal): migration_kg.curation.mentions.CurationReport.warnings."""
    for line in report.warnings(limit):
        print(f"warning: {line}", file=sys.stderr)


@cli.command(short_help="check curated files, SHACL and data checks; write nothing", examples="""\
  migration-kg validate                           check ./graph: exit 0 when it conforms, 1 when not
  migration-kg validate --data my-kg/graph""")
@data_options
def validate(data, seed):
    """Read the curated files, build the graph in memory and run the SHACL shapes and the data checks
    (queries/*-violation.rq), then list every curation finding (a build's summary shows the first ten
    of each list). Writes nothing; exit 1 when a check fails."""
    from migration_kg.build import build

    result = build(data_dir(data, seed), None)
    _warn(result.report)
    say("\n".join(result.summary()) + "\n\n" + "\n".join(result.report.lines()))


@cli.command(short_help="list the query library with one-line descriptions and parameters", examples="""\
  migration-kg queries                            then: migration-kg query NAME""")
def queries():
    """List the questions of the query library (queries/*.rq): each name with its question and the
    --param NAME=... it takes, then the data checks the build runs."""
    from migration_kg.query.sparql import library

    lib = library()
    width = max((len(n) for n in lib), default=0)
    for kind, title in ((False, "Reports"), (True, "Data checks (must return no rows; the build runs them)")):
        print(f"{title}:")
        for name, q in lib.items():
            if q.is_check == kind:
                print(f"  {name.ljust(width)}  {q.question}")
                for p in q.parameters:
                    print(f"  {' ' * width}    --param {p.name}=...  ({p.kind}) {p.description}")
        print()


@cli.command(short_help="write the ontology's documentation page (ontology.html), offline", out="folder",
             examples="""\
  migration-kg docs --out site                    writes site/ontology.html""")
@click.option("--out", type=PATH, default=Path("out"), metavar="DIR", help="output folder (default: ./out)")
@data_options
def docs(out, data, seed):
    """Write ontology.html: every class and property of the ontology with labels, comments, domains,
    ranges, super-terms and an example from the data."""
    from migration_kg.build import build
    from migration_kg.outputs.docs import render_page

    write_bytes(render_page(build(data_dir(data, seed), None).store).encode("utf-8"), out / "ontology.html")


@cli.command(short_help="run a library query (NAME) or your own SPARQL file (FILE)", examples="""\
  migration-kg query partnerships                 a table fitted to the terminal
  migration-kg query partnerships --limit 5 --full
  migration-kg query actor-profile --param actor=IOM --format csv --out iom.csv
  migration-kg query actor-profile --param actor=id:iom --format jsonl
  migration-kg query relation-evidence --param actor_a=ILO --param actor_b=IOM --format markdown
  migration-kg query figures --format tsv --no-headers | sort
  migration-kg query my-question.rq --format sparql-json    your own SPARQL file
  migration-kg query partnerships --endpoint http://127.0.0.1:7878/query""")
@click.argument("query", metavar="NAME|FILE", shell_complete=completion.query_names)
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", shell_complete=completion.param_values,
              help="bind a parameter, e.g. actor=IOM; a name in any form the tool prints: label, acronym, alias, "
                   "id (iom), id:iom or the full IRI (repeat for several)")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "jsonl", "markdown",
                                                    "sparql-json", "xlsx", "csv-excel"]), default="table",
              help="table (default, for reading), csv/tsv (spreadsheets), json (a list of {column: value} records), "
                   "jsonl (one record a line), markdown, sparql-json (W3C SPARQL 1.1 JSON results), xlsx (an "
                   "Excel workbook: give --out FILE), csv-excel (CSV with a byte-order mark, for Excel)")
@click.option("--limit", type=WHOLE, metavar="N", help="only the first N rows")
@click.option("--no-headers", is_flag=True, help="leave out the header row (table, csv, tsv, markdown)")
@click.option("--full", is_flag=True,
              help="table: every column and every character (the same as --iris); the table wraps to the "
                   "terminal's width, or 160 characters in a file or a pipe")
@click.option("--iris", is_flag=True,
              help="table, markdown: show the IRIs (id:iom) beside the names (by default names only; csv, tsv and "
                   "the json formats always have the IRIs)")
@click.option("--short", is_flag=True,
              help="table: shorten values over 160 characters with … (by default quotes are whole)")
@click.option("--no-pager", is_flag=True,
              help="never page: on a terminal a long table goes through less -FRX ($PAGER) by default")
@click.option("--out", type=PATH, metavar="FILE", help="write the result to FILE instead of standard output")
@click.option("--allow-network", is_flag=True,
              help="allow SERVICE and FROM <url> to fetch data over the network (refused by default)")
@source_options
@store_option()
@click.option("--endpoint", metavar="URL",
              help="run the query on a SPARQL endpoint holding the published graphs (SPARQL 1.1 Protocol), e.g. "
                   "http://127.0.0.1:7878/query")
@timeout_option
def query(query, params, fmt, limit, no_headers, full, iris, short, no_pager, out, allow_network, graph, build_dir,
          data, seed, store, endpoint):
    """Run a SPARQL SELECT query over the graph and print the rows: a table fitted to the terminal for
    reading, or csv, tsv, json (a list of records), jsonl (one record a line), markdown or sparql-json
    (W3C SPARQL 1.1 results) for other tools."""
    from migration_kg.query.answer import write_answer
    from migration_kg.query.params import bind_parameters
    from migration_kg.query.results import WITH_HEADERS
    from migration_kg.query.sparql import resolve_query, rows_of, select

    if no_headers and fmt not in WITH_HEADERS:
        raise UsageError(f"--no-headers applies to --format {', '.join(WITH_HEADERS)}; {fmt} has no header row")
    if full and fmt != "table":
        raise UsageError(f"--full applies to --format table; {fmt} always has every column and character")
    if short and fmt != "table":
        raise UsageError(f"--short applies to --format table; {fmt} always has every character")
    q = resolve_query(query)
    if endpoint is not None:
        from migration_kg.remote.client import Endpoint

        for option, value in (("--store", store), ("--graph", graph)):
            if value is not None:
                raise UsageError(f"--endpoint queries the server; {option} cannot be used with it")
        remote = Endpoint(endpoint)
        run = remote.solutions_rows
        rows = remote.select(q.text, bind_parameters(q, params, run), allow_network=allow_network)
    else:
        source = _graph(graph, store, build_dir, data, seed, allow_network)
        run = lambda text: rows_of(source.solutions(text))  # noqa: E731
        rows = select(source, q.text, bind_parameters(q, params, run), allow_network=allow_network)
    write_answer(rows, fmt, out, run=run, limit=limit, headers=not no_headers, full=full, iris=iris, short=short,
                 pager=not no_pager, write=write_text, write_bytes=write_bytes, name=q.name)


@cli.command(short_help="how two actors are connected: the shortest chains of curated facts, with quotes",
             examples="""\
  migration-kg path UNITAR "World Bank"           the chains of stated facts from UNITAR to the World Bank
  migration-kg path France EU --status all        also through inferred and suggested facts
  migration-kg path IOM Ghana --format xlsx --out iom-ghana.xlsx""")
@click.argument("source", metavar="ACTOR")
@click.argument("target", metavar="ACTOR")
@click.option("--status", type=click.Choice(["stated", "suggested", "inferred", "all"]), default="stated",
              help="which facts the chains may use (default: stated)")
@click.option("--limit", type=WHOLE, default=10, metavar="N", help="at most N chains (default 10)")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "jsonl", "markdown",
                                                    "sparql-json", "xlsx", "csv-excel"]), default="table",
              help="as for query: table (default), csv, json, markdown, xlsx...")
@click.option("--iris", is_flag=True, help="table, markdown: show the IRIs beside the names")
@click.option("--out", type=PATH, metavar="FILE", help="write the result to FILE instead of standard output")
@source_options
def path(source, target, status, limit, fmt, iris, out, graph, build_dir, data, seed):
    """The shortest chains of curated facts and partnerships between two actors (through actors and
    initiatives, not topics or places), one row per link with the report's words."""
    from migration_kg.query.answer import write_answer
    from migration_kg.query.path import find_paths
    from migration_kg.query.sparql import rows_of

    store = _graph(graph, None, build_dir, data, seed)
    run = lambda text: rows_of(store.solutions(text))  # noqa: E731
    rows = find_paths(run, source, target, status=status, limit=limit)
    if not rows.rows:
        say(f"no chain of {status if status != 'all' else 'curated'} facts links {source} and {target}")
    write_answer(rows, fmt, out, run=run, iris=iris, write=write_text, write_bytes=write_bytes, name="path")


@cli.command(short_help="counts by kind and the most central actors", examples="""\
  migration-kg stats --top 5
  migration-kg stats --format json > stats.json
  migration-kg stats --format csv > actors.csv    one row per actor with its measures""")
@click.option("--top", type=WHOLE, default=10, metavar="N",
              help="how many actors per ranking and communities (default 10)")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "markdown"]), default="table",
              help="table (default, for reading), json (everything, for tools), csv (one row per actor with its "
                   "measures, every actor), markdown (the tables, for a brief)")
@document_option("count only what one report says (its id or title)")
@click.option("--rank", type=click.Choice(["actors", "all"]), default="actors",
              help="whom the rankings list: actors (organisations, people, countries, collectives; the default) "
                   "or all members of the actor network, initiatives too")
@source_options
@store_option()
def stats(top, fmt, document, rank, graph, build_dir, data, seed, store):
    """Counts by kind, and the actor network's most central actors, brokers, communities and components
    (centralities with 4 decimals)."""
    from migration_kg.outputs.projection import only_document
    from migration_kg.outputs.stats import stats as figures

    result = figures(only_document(_graph(graph, store, build_dir, data, seed), document), top, rank_all=rank == "all")
    sys.stdout.write(result.render(fmt, table_width(None)))


@cli.command(short_help="write the graph as ttl, jsonld or nt, the actor network as graphml or gexf, or a picture "
                        "as png or svg", out="file", examples="""\
  migration-kg export --format ttl --out graph.ttl
  migration-kg export --format gexf --out actors.gexf   for Gephi
  migration-kg export --format svg --focus IOM --depth 2 --out iom.svg
  migration-kg export --format png --kinds organisation,country --out actors.png""")
@click.option("--format", "fmt", required=True,
              type=click.Choice(["ttl", "jsonld", "nt", "graphml", "gexf", "png", "svg", "pdf"]),
              help="ttl, jsonld, nt: the whole graph; graphml, gexf: the actor network with degree, betweenness, "
                   "community and brokerage per actor; png, svg, pdf: a picture of the network")
@click.option("--out", type=PATH, metavar="FILE",
              help="output file (default: standard output, but not for png or pdf on a terminal)")
@click.option("--size", "picture_size", default="1600x1000", metavar="WxH",
              help="png, svg, pdf: the picture's size in pixels (default 1600x1000), e.g. 1920x1080")
@click.option("--dpi", type=WHOLE, default=100, metavar="N",
              help="png, svg, pdf: dots per inch (default 100); the drawing keeps its proportions")
@click.option("--title", metavar="TEXT", help="png, svg, pdf: the picture's title")
@subset_options
@source_options
def export(fmt, out, picture_size, dpi, title, graph, build_dir, data, seed, **subset):
    """Write the graph (Turtle, JSON-LD, N-Triples), the actor network with its measures (GraphML, GEXF
    for Gephi) or a picture of the network (PNG, SVG) to --out or standard output; a PNG is never
    written to a terminal."""
    if fmt in ("png", "pdf") and out is None and sys.stdout.isatty():
        raise UsageError("export --format png writes a binary picture: give --out FILE (or redirect the output)")
    store = _graph(graph, None, build_dir, data, seed)
    if fmt in ("ttl", "jsonld", "nt"):
        from migration_kg.outputs.files import serialise

        name = f"graph.{fmt}"
        content = serialise(store, (name,))[name]
    elif fmt in ("graphml", "gexf"):
        from migration_kg.outputs import analytics

        content = analytics.export(analytics.annotated_network(store), fmt)
    else:
        from migration_kg.outputs.picture import parse_size, render_static
        from migration_kg.outputs.projection import subset as chosen

        extra = {"title": title} if title else {}
        content = render_static(store, fmt, size=parse_size(picture_size), dpi=dpi, **extra, **chosen(store, **subset))
    write_bytes(content, out)


@cli.command(short_help="write the interactive HTML network view (or a subset)", out="file", examples="""\
  migration-kg view                               out/graph.html: the whole network
  migration-kg view --focus IOM --depth 2 --out iom.html
  migration-kg view --topic "labour migration" --out labour.html""")
@click.option("--out", type=PATH, default=Path("out") / "graph.html", metavar="FILE",
              help="output file (default: out/graph.html)")
@document_option("draw only the facts, partnerships and mentions of one report (its id or title)")
@subset_options
@source_options
def view(out, document, graph, build_dir, data, seed, **subset):
    """Write one self-contained HTML page with the network (no network access when opened: scripts and
    styles are inside it, and a Content-Security-Policy says so)."""
    from migration_kg.outputs.projection import only_document
    from migration_kg.outputs.projection import subset as chosen
    from migration_kg.outputs.view import render_html

    store = only_document(_graph(graph, None, build_dir, data, seed), document)
    write_bytes(render_html(store, **chosen(store, **subset)).encode("utf-8"), out)


@cli.command(short_help="send the graph to a SPARQL server: one named graph per document (HTTP PUT)", examples="""\
  migration-kg serve --store kg-store &           (or any SPARQL 1.1 Graph Store)
  migration-kg publish --endpoint http://127.0.0.1:7878/store""")
@click.option("--endpoint", required=True, metavar="URL",
              help="the Graph Store Protocol endpoint, e.g. http://127.0.0.1:7878/store for Oxigraph")
@click.option("--all", "everything", is_flag=True,
              help="send every graph, also those unchanged since the last publish to this server")
@data_options
@store_option("publish a store built earlier with `build --store DIR`; otherwise the data is built in memory")
@timeout_option
def publish(endpoint, everything, data, seed, store):
    """Send the graph to a SPARQL 1.1 Graph Store Protocol endpoint, one named graph each for the
    ontology (https://w3id.org/migration-kg/graph/ontology), the registry (.../graph/registry) and every
    source document (.../graph/<document-id>), each replacing the graph of that name: publishing twice
    leaves the same triples. Only graphs changed since the last publish to that server are sent (their
    digests are kept there, in the graph https://w3id.org/migration-kg/published). Credentials (HTTP
    Basic or Digest) come from MIGRATION_KG_USER and MIGRATION_KG_PASSWORD or ~/.netrc, never from the
    command line. Only the URL given is contacted (redirects are not followed)."""
    from migration_kg.build import build
    from migration_kg.remote.client import check_url
    from migration_kg.remote.client import publish as send
    from migration_kg.stores import GraphStore

    check_url(endpoint)
    if store is not None and store.path is not None:
        graph = GraphStore.open(store.path)
    else:
        with progress_bars() as progress:
            graph = build(data_dir(data, seed), None, progress=progress).store
    with progress_bars() as progress:
        report = send(graph, endpoint, everything=everything, progress=progress)
    sent = [(name, n) for name, n, changed in report if changed]
    print(f"Published {len(sent)} named graphs ({sum(n for _, n in sent)} triples) to {endpoint}"
          + (f"; {len(report) - len(sent)} unchanged since the last publish there (--all sends them too)"
             if len(sent) < len(report) else "") + (":" if sent else "."))
    for name, n in sent[:5]:
        print(f"  {name}  {n} triples")
    if len(sent) > 5:
        print(f"  ... and {len(sent) - 5} more document graphs")


@cli.command(short_help="start a local read-only SPARQL endpoint over the graph (Oxigraph server)", examples="""\
  migration-kg serve                              http://127.0.0.1:7878/query over ./graph
  migration-kg build --store kg-store && migration-kg serve --store kg-store""")
@data_options
@store_option("serve a store built earlier with `build --store DIR`; otherwise the data is built into a "
              "temporary store, removed when the server stops")
@click.option("--bind", default="127.0.0.1:7878", metavar="HOST:PORT",
              help="address to listen on (default 127.0.0.1:7878, this machine only)")
def serve(data, seed, store, bind):
    """Serve the graph with the Oxigraph server (the `oxigraph` command of the oxigraph package),
    read-only, on loopback unless --bind says otherwise. Queries see the union of the named graphs.
    Stop it with Ctrl-C."""
    from migration_kg.remote.serve import serve as serving

    store_dir = store.path if store is not None else None
    try:
        with progress_bars() as progress, serving(bind, store_dir=store_dir, data=lambda: data_dir(data, seed),
                                              progress=progress) as running:
            if running.built_documents is not None:
                print(f"Built {running.built_documents} documents (temporary store, removed when the server stops)")
            print(f"SPARQL endpoint (read-only): {running.server.base}/query")
            print(f"Graph store (read-only):     {running.server.base}/store")
            print("Default graph: the union of the named graphs (ontology, registry, one per document).")
            if not running.loopback:
                print(f"warning: listening on {running.host}: other machines can reach this endpoint", file=sys.stderr)
            print("Press Ctrl-C to stop.", flush=True)
            running.wait()
    except KeyboardInterrupt:  # at any moment once it runs, even before the wait: stop cleanly
        print("Stopped.")


@cli.command(short_help="print the JSON Schema of one kind of curated YAML file", examples="""\
  migration-kg schema statements                  what a statements file may hold
  migration-kg schema registry > registry.schema.json""")
@click.argument("kind", type=click.Choice(resources.SCHEMA_KINDS))
def schema(kind):
    """Print the JSON Schema of a kind of curated file: registry (registry/*.yaml), metadata
    (sources/ID/metadata.yaml) or statements (sources/ID/statements/*.yaml). Each curated file names
    its schema on its first line (# yaml-language-server: $schema=...), so an editor with a YAML
    language server checks the keys and values as you type."""
    sys.stdout.write(resources.schema(kind))


@cli.command("completion", short_help="print the shell script for tab completion (bash, zsh or fish)", examples="""\
  eval "$(migration-kg completion bash)"          in ~/.bashrc
  eval "$(migration-kg completion zsh)"           in ~/.zshrc
  migration-kg completion fish | source           in ~/.config/fish/config.fish""")
@click.argument("shell", type=click.Choice(completion.SHELLS))
def completion_script(shell):
    """Print the script that makes the shell complete commands, options, query names, --param names and
    their values: statuses, partnership kinds, document ids and entity names (from the current build in
    --build-dir; nothing is built to complete a word). Load it from your shell's start-up file."""
    sys.stdout.write(completion.shellcode(cli, shell))


for _command in cli_curate.COMMANDS + cli_review.COMMANDS:
    cli.add_command(_command)


def _graph(graph, store, build_dir, data, seed, allow_network: bool = False):
    """The graph a command reads (migration_kg.build.source.graph_store), rebuilt quietly when stale."""
    from migration_kg.build.source import graph_store

    return graph_store(lambda: data_dir(data, seed, build_dir), graph=graph, store=store, build_dir=build_dir,
                       allow_network=allow_network, say=say,
                       rebuild=lambda d, out, digest: _build(d, out, digest, quiet=True))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
