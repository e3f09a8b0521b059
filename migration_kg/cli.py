"""`migration-kg`: a thin command line over the package.

Exit codes: 0 ok; 1 checks failed (SHACL violation or a data check returned rows); 2 bad input
or usage (malformed YAML, unknown id or name, wrong kind, quote not found, unknown query...);
3 an internal error (a bug: the message asks for a report; --debug shows the traceback);
130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import textwrap
from collections import Counter
from pathlib import Path

from migration_kg import __version__, resources
from migration_kg.errors import CurationErrors, KGError, UsageError, one_line

EXIT_CODES = """\
exit codes:
  0  ok
  1  checks failed: SHACL violation, or a data check (*-violation query) returned rows
  2  bad input or usage: malformed YAML, unknown id or name, wrong kind, quote not found,
     unknown query or parameter, network access refused
  3  internal error (please report it; --debug shows the traceback)
  130 interrupted (Ctrl-C); the previous outputs are left as they were
"""

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

#: Each command's examples, shown under "examples:" in its --help (a test checks every command has some).
COMMAND_EXAMPLES = {
    "build": """\
  migration-kg build                              ./graph into ./out
  migration-kg build --seed --out site            the bundled seed report into ./site
  migration-kg build --store kg-store --quiet     also keep an Oxigraph store on disk""",
    "validate": """\
  migration-kg validate                           check ./graph: exit 0 when it conforms, 1 when not
  migration-kg validate --data my-kg/graph""",
    "docs": """\
  migration-kg docs --out site                    writes site/ontology.html""",
    "queries": """\
  migration-kg queries                            then: migration-kg query NAME""",
    "query": """\
  migration-kg query partnerships                 a table fitted to the terminal
  migration-kg query partnerships --limit 5 --full
  migration-kg query actor-profile --param actor=IOM --format csv --out iom.csv
  migration-kg query actor-profile --param actor=id:iom --format jsonl
  migration-kg query relation-evidence --param actor_a=ILO --param actor_b=IOM --format markdown
  migration-kg query figures --format tsv --no-headers | sort
  migration-kg query my-question.rq --format sparql-json    your own SPARQL file
  migration-kg query partnerships --endpoint http://127.0.0.1:7878/query""",
    "stats": """\
  migration-kg stats --top 5
  migration-kg stats --format json > stats.json
  migration-kg stats --format csv > actors.csv    one row per actor with its measures""",
    "export": """\
  migration-kg export --format ttl --out graph.ttl
  migration-kg export --format gexf --out actors.gexf   for Gephi
  migration-kg export --format svg --focus IOM --depth 2 --out iom.svg
  migration-kg export --format png --kinds organisation,country --out actors.png""",
    "view": """\
  migration-kg view                               out/graph.html: the whole network
  migration-kg view --focus IOM --depth 2 --out iom.html
  migration-kg view --topic "labour migration" --out labour.html""",
    "publish": """\
  migration-kg serve --store kg-store &           (or any SPARQL 1.1 Graph Store)
  migration-kg publish --endpoint http://127.0.0.1:7878/store""",
    "serve": """\
  migration-kg serve                              http://127.0.0.1:7878/query over ./graph
  migration-kg build --store kg-store && migration-kg serve --store kg-store""",
    "completion": """\
  eval "$(migration-kg completion bash)"          in ~/.bashrc
  eval "$(migration-kg completion zsh)"           in ~/.zshrc
  migration-kg completion fish | source           in ~/.config/fish/config.fish""",
}

STORE_HELP = "memory (an Oxigraph store in memory, the default) or DIR (an Oxigraph store on disk)"


def _epilog(name: str, extra: str = "") -> str:
    """A command's --help epilog: its examples, then the exit codes."""
    return f"examples:\n{COMMAND_EXAMPLES[name]}\n\n{extra}{EXIT_CODES}"


def _commands(sub, fmt, epilog):
    """``command(name, help, description)``: adds a subcommand with its one-line help, a description
    wrapped for --help and the epilog ``epilog(name)`` (its examples and the exit codes)."""
    def command(name: str, help: str, description: str):
        return sub.add_parser(name, formatter_class=fmt, help=help, description=textwrap.fill(description, 96),
                              epilog=epilog(name))

    return command


def _nonnegative(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"{text!r}: give a whole number, 0 or more")
    return n


def _parser() -> argparse.ArgumentParser:
    from migration_kg import completion
    from migration_kg.query.results import FORMATS

    fmt = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="migration-kg", formatter_class=fmt, epilog=EXAMPLES + "\n" + EXIT_CODES,
        description="Knowledge graph of who works with whom, on what, in migration and development "
                    "reports, with every fact traced to the report's words.")
    parser.add_argument("--version", action="version", version=f"migration-kg {__version__}",
                        help="print the version and exit")
    parser.add_argument("--debug", action="store_true", help="show the traceback of an internal error")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    command = _commands(sub, fmt, _epilog)

    b = command("build", "build, validate and write graph.ttl, graph.jsonld, graph.nt, graph.html, void.ttl, "
                         "ontology.html",
                "Build the graph from graph/ (curated YAML + source texts), validate it (SHACL and data "
                "checks) and write it to --out, saying \"Wrote FILE\" for each file on standard error.")
    _graph_dir_arg(b)
    b.add_argument("--out", type=Path, default=Path("out"), metavar="DIR",
                   help="output folder (default: ./out): graph.ttl, graph.nt, graph.jsonld, graph.nq, "
                        "graph.html and build.json, replaced together or not at all")
    b.add_argument("--quiet", action="store_true", help="print only errors")
    b.add_argument("--force", action="store_true",
                   help="build even when the build in --out is current (its build.json digest matches the inputs)")
    b.add_argument("--store", type=_store_arg, default=None, metavar="STORE",
                   help=STORE_HELP + "; a DIR is replaced when the build succeeds (a folder holding "
                                     "anything else is refused)")

    v = command("validate", "check curated files, SHACL and data checks; write nothing",
                "Read the curated files, build the graph in memory and run the SHACL shapes and the data "
                "checks (queries/*-violation.rq), then list every curation finding (a build's summary "
                "shows the first ten of each list). Writes nothing; exit 1 when a check fails.")
    _graph_dir_arg(v)

    command("queries", "list the query library with one-line descriptions and parameters",
            "List the questions of the query library (queries/*.rq): each name with its question and "
            "the --param NAME=... it takes, then the data checks the build runs.")

    dc = command("docs", "write the ontology's documentation page (ontology.html), offline",
                 "Write ontology.html: every class and property of the ontology with labels, comments, "
                 "domains, ranges, super-terms and an example from the data.")
    dc.add_argument("--out", type=Path, default=Path("out"), metavar="DIR",
                    help="output folder (default: ./out)")
    _graph_dir_arg(dc)

    q = command("query", "run a library query (NAME) or your own SPARQL file (FILE)",
                "Run a SPARQL SELECT query over the graph and print the rows: a table fitted to the "
                "terminal for reading, or csv, tsv, json (a list of records), jsonl (one record a line), "
                "markdown or sparql-json (W3C SPARQL 1.1 results) for other tools.")
    q.add_argument("query", metavar="NAME|FILE",
                   help="a name from `migration-kg queries`, or a path to a .rq file"
                   ).completer = completion.query_names
    q.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                   help="bind a parameter, e.g. actor=IOM; a name in any form the tool prints: label, "
                        "acronym, alias, id (iom), id:iom or the full IRI (repeat for several)"
                   ).completer = completion.param_values
    q.add_argument("--format", choices=FORMATS, default="table",
                   help="table (default, for reading), csv/tsv (spreadsheets), json (a list of "
                        "{column: value} records), jsonl (one record a line), markdown, sparql-json "
                        "(W3C SPARQL 1.1 JSON results)")
    q.add_argument("--limit", type=_nonnegative, metavar="N", help="only the first N rows")
    q.add_argument("--no-headers", action="store_true", help="leave out the header row (table, csv, tsv, markdown)")
    q.add_argument("--full", action="store_true",
                   help="table: every column and every character (by default IRIs with a label column are "
                        "left out and values over 160 characters shortened); the table wraps to the "
                        "terminal's width, or 160 characters in a file or a pipe")
    q.add_argument("--out", type=Path, metavar="FILE", help="write the result to FILE instead of standard output")
    q.add_argument("--allow-network", action="store_true",
                   help="allow SERVICE and FROM <url> to fetch data over the network (refused by default)")
    _graph_source_args(q)
    _store_args(q)
    q.add_argument("--endpoint", metavar="URL",
                   help="run the query on a SPARQL endpoint holding the published graphs (SPARQL 1.1 "
                        "Protocol), e.g. http://127.0.0.1:7878/query")

    s = command("stats", "counts by kind and the most central actors",
                "Counts by kind, and the actor network's most central actors, brokers, communities and "
                "components (centralities with 4 decimals).")
    s.add_argument("--top", type=_nonnegative, default=10, metavar="N",
                   help="how many actors per ranking and communities (default 10)")
    s.add_argument("--format", choices=("table", "json", "csv", "markdown"), default="table",
                   help="table (default, for reading), json (everything, for tools), csv (one row per actor "
                        "with its measures, every actor), markdown (the tables, for a brief)")
    s.add_argument("--document", metavar="ID|TITLE", help="count only what one report says (its id or title)")
    _graph_source_args(s)
    _store_args(s)

    e = command("export", "write the graph as ttl, jsonld or nt, the actor network as graphml or gexf, "
                          "or a picture as png or svg",
                "Write the graph (Turtle, JSON-LD, N-Triples), the actor network with its measures "
                "(GraphML, GEXF for Gephi) or a picture of the network (PNG, SVG) to --out or standard "
                "output; a PNG is never written to a terminal.")
    e.add_argument("--format", required=True, choices=("ttl", "jsonld", "nt", "graphml", "gexf", "png", "svg"),
                   help="ttl, jsonld, nt: the whole graph; graphml, gexf: the actor network with degree, "
                        "betweenness, community and brokerage per actor; png, svg: a picture of the network")
    e.add_argument("--out", type=Path, metavar="FILE",
                   help="output file (default: standard output, but not for png on a terminal)")
    _subset_args(e)
    _graph_source_args(e)

    w = command("view", "write the interactive HTML network view (or a subset)",
                "Write one self-contained HTML page with the network (no network access when opened: "
                "scripts and styles are inside it, and a Content-Security-Policy says so).")
    w.add_argument("--out", type=Path, default=Path("out") / "graph.html", metavar="FILE",
                   help="output file (default: out/graph.html)")
    w.add_argument("--document", metavar="ID|TITLE", help="draw only the facts, partnerships and mentions of one "
                                                          "report (its id or title)")
    _subset_args(w)
    _graph_source_args(w)

    pub = command("publish", "send the graph to a SPARQL server: one named graph per document (HTTP PUT)",
                  "Send the graph to a SPARQL 1.1 Graph Store Protocol endpoint, one named graph each for "
                  "the ontology (https://w3id.org/migration-kg/graph/ontology), the registry "
                  "(.../graph/registry) and every source document (.../graph/<document-id>), each replacing "
                  "the graph of that name: publishing twice leaves the same triples. Only the URL given is "
                  "contacted (redirects are not followed).")
    pub.add_argument("--endpoint", required=True, metavar="URL",
                     help="the Graph Store Protocol endpoint, e.g. http://127.0.0.1:7878/store for Oxigraph")
    _graph_dir_arg(pub)
    _store_args(pub, "publish a store built earlier with `build --store DIR`; otherwise the data is built in "
                     "memory")

    srv = command("serve", "start a local read-only SPARQL endpoint over the graph (Oxigraph server)",
                  "Serve the graph with the Oxigraph server (the `oxigraph` command of the oxigraph "
                  "package), read-only, on loopback unless --bind says otherwise. Queries see the union of "
                  "the named graphs. Stop it with Ctrl-C.")
    _graph_dir_arg(srv)
    _store_args(srv, "serve a store built earlier with `build --store DIR`; otherwise the data is built into a "
                     "temporary store, removed when the server stops")
    srv.add_argument("--bind", default="127.0.0.1:7878", metavar="HOST:PORT",
                     help="address to listen on (default 127.0.0.1:7878, this machine only)")

    cp = command("completion", "print the shell script for tab completion (bash, zsh or fish)",
                 "Print the script that makes the shell complete commands, options, query names, --param "
                 "names and entity names (from the current build in --build-dir; nothing is built to "
                 "complete a word). Load it from your shell's start-up file.")
    cp.add_argument("shell", choices=completion.SHELLS, help="the shell: bash, zsh or fish")
    _curate_parsers(sub, fmt)
    _review_parsers(sub, fmt)
    _lookup_parsers(sub, fmt)
    _limit_args(parser, sub)
    return parser


def _limit_args(parser: argparse.ArgumentParser, sub) -> None:
    """--debug and --max-input-size, before or after the command; --timeout on the network commands."""
    size_help = ("refuse an input file (YAML, text, --graph) or endpoint answer above SIZE, e.g. 20MB "
                 "(the default), 500KB or 1GB")
    parser.add_argument("--max-input-size", type=_size_arg, default=None, metavar="SIZE", help=size_help)
    for p in sub.choices.values():
        p.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                       help="show the traceback of an internal error")
        p.add_argument("--max-input-size", type=_size_arg, default=argparse.SUPPRESS, metavar="SIZE",
                       help=size_help)
    for name in ("query", "publish"):
        sub.choices[name].add_argument("--timeout", type=_seconds_arg, default=None, metavar="SECONDS",
                                       help="wait at most SECONDS for the endpoint to answer (default 30)")


def _size_arg(text: str) -> int:
    import re

    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*", text.lower())
    if not m or float(m.group(1)) <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size: write e.g. 20MB, 500KB or 1GB")
    return int(float(m.group(1)) * {"": 1, "k": 2**10, "m": 2**20, "g": 2**30}[m.group(2)])


def _seconds_arg(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1
    if not 0 < value < 10**6:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds: write e.g. 30 or 2.5")
    return value


def _graph_dir_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data", "--graph-dir", dest="data", type=Path, default=None, metavar="DIR",
                   help="curated data: a folder with registry/ and sources/ (default: ./graph)")
    p.add_argument("--seed", action="store_true",
                   help="use the seed data bundled with the package (the UNITAR report) instead of --data")


def _graph_source_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--graph", type=Path, metavar="FILE",
                   help="use an exported graph (.ttl, .nt, .nq or .jsonld) instead of the build")
    p.add_argument("--build-dir", type=Path, default=Path("out"), metavar="DIR",
                   help="where the build is (default: ./out); it is reused when current, rebuilt when not")
    _graph_dir_arg(p)


def _store_arg(text: str):
    from migration_kg.stores import parse_store

    try:
        return parse_store(text)
    except KGError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _store_args(p: argparse.ArgumentParser,
                help: str = "read the Oxigraph store on disk built with `build --store DIR`") -> None:
    p.add_argument("--store", type=_store_arg, default=None, metavar="DIR", help=help)


def _subset_args(p: argparse.ArgumentParser) -> None:
    from migration_kg import completion

    p.add_argument("--focus", metavar="NAME", help="draw only what is within --depth steps of this entity"
                   ).completer = completion.focus_names
    p.add_argument("--depth", type=int, default=1, metavar="N", help="steps from --focus (default 1)")
    p.add_argument("--kinds", metavar="K1,K2", help="draw only these kinds, e.g. organisation,person")
    p.add_argument("--topic", metavar="NAME", help="draw the actors that address a topic (or a narrower one)"
                   ).completer = completion.topic_names
    p.add_argument("--through-events", action="store_true",
                   help="let --focus walk through events, places, topics and documents too (default: only "
                        "along partnerships and relations between actors and their initiatives)")


def main(argv: list[str] | None = None) -> int:
    from migration_kg import completion

    parser = _parser()
    completion.enable(parser)  # answers the shell's tab-completion request, when it made one
    args = parser.parse_args(argv)
    try:
        with _limits(args), _sigterm_as_interrupt():
            _refuse_out_in_data(args)
            return COMMANDS[args.command](args)
    except KGError as exc:
        for line in (exc.lines() if isinstance(exc, CurationErrors) else [str(exc)]):
            print(f"error: {line}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:  # `migration-kg query ... | head`
        return 0
    except KeyboardInterrupt:
        print("interrupted: nothing was written (the previous outputs are as they were)", file=sys.stderr)
        return 130
    except RecursionError:
        print("error: the input is nested too deeply to read", file=sys.stderr)
        return 2
    except OSError as exc:  # the file system or the network refused (a path is named when known)
        if args.debug:
            raise
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        print(f"error: {one_line(where + (exc.strerror or str(exc) or type(exc).__name__))[:300]}", file=sys.stderr)
        return 2
    except Exception as exc:  # a bug: say so in one line, the traceback behind --debug
        if args.debug:
            raise
        print(f"internal error: {one_line(type(exc).__name__ + ': ' + str(exc))[:300]}\n"
              "please report it with the command you ran (run again with --debug for the traceback)",
              file=sys.stderr)
        return 3


def _limits(args):
    """The limits of this run (migration_kg.errors.Limits) from --max-input-size and --timeout."""
    from migration_kg.errors import using_limits

    changes = {k: v for k, v in (("max_input_size", getattr(args, "max_input_size", None)),
                                 ("timeout", getattr(args, "timeout", None))) if v is not None}
    return using_limits(**changes)


class _sigterm_as_interrupt:
    """SIGTERM during a command is handled as Ctrl-C (KeyboardInterrupt): outputs are replaced together
    or not at all, temporary files removed, exit status 130. (Only in the main thread.)"""

    def __enter__(self):
        import signal
        import threading

        self.previous = None
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGTERM, _interrupt)
        return self

    def __exit__(self, *exc) -> None:
        import signal

        if self.previous is not None:
            signal.signal(signal.SIGTERM, self.previous)


def _refuse_out_in_data(args) -> None:
    """No command writes into the curated data folder (build --out, --build-dir, docs/view/export --out)."""
    data = None
    if getattr(args, "seed", False):
        return  # the seed is package data; its folder is checked like any other by _check_out_outside
    if getattr(args, "data", None) is not None:
        data = args.data
    elif Path("graph").is_dir():
        data = Path("graph")
    if data is None or not data.is_dir():
        return
    for option in ("out", "build_dir"):
        out = getattr(args, option, None)
        if out is None or (option == "out" and args.command not in ("build", "docs", "view", "export")):
            continue
        target = out if option == "build_dir" or args.command in ("build", "docs") else out.parent
        t, d = target.resolve(), data.resolve()
        if t == d or d in t.parents:
            name = "--" + option.replace("_", "-")
            raise UsageError(f"{name} {out} is inside the data folder {data}; give a place outside it")


# -- Commands -------------------------------------------------------------------------------------

def data_dir(args) -> Path:
    """--seed, --data DIR, or ./graph."""
    from migration_kg import resources

    if getattr(args, "seed", False):
        if args.data is not None:
            raise UsageError("--seed and --data both name the data; give one")
        return resources.seed_dir()
    if args.data is not None:
        if not args.data.is_dir():
            raise UsageError(f"--data {args.data}: no such folder")
        return args.data
    default = Path("graph")
    if not default.is_dir():
        raise UsageError("no ./graph folder here: pass --data DIR (a folder with registry/ and sources/), "
                         "--seed for the bundled seed report, or start one with `migration-kg init DIR`")
    return default


def say(message: str) -> None:
    """Messages about what a command did go to standard error; standard output stays data."""
    print(message, file=sys.stderr)


def _build(data: Path, out: Path | None, digest: str, *, store=None, quiet: bool = False):
    """Build ``data`` into ``out`` with every output; ``digest`` is the inputs' (read before building)."""
    from migration_kg.build import build
    from migration_kg.outputs.bundle import build_outputs
    from migration_kg.stores import MEMORY

    _check_out_outside(out, data)
    with _progress(quiet) as progress:
        return build(data, out, store=store or MEMORY, outputs=build_outputs(data, digest), progress=progress)


def _check_out_outside(out: Path | None, data: Path) -> None:
    if out is None:
        return
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out}: a file is there; give a folder")
    o, d = out.resolve(), data.resolve()
    if o == d or d in o.parents:
        raise UsageError(f"--out {out} is inside the data folder {data}; give a folder outside it")


def cmd_build(args) -> int:
    from migration_kg.stores.current import input_digest, is_current

    data = data_dir(args)
    digest = input_digest(data)  # once: to see whether the build is current, and for its build.json
    if not args.force and args.store is None and is_current(args.out, digest):
        if not args.quiet:
            say(f"{args.out} is up to date: its build.json matches every input (--force builds anyway)")
        return 0
    result = _build(data, args.out, digest, store=args.store, quiet=args.quiet)
    _warn_quotes(result.report, SUMMARY_ITEMS)
    if not args.quiet:
        say("\n".join(result.summary()))
        say("")
        say("\n".join(result.report.lines(SUMMARY_ITEMS)))
    return 0


#: Items per list in a build's summary (one screen for a corpus); `validate` lists every item.
SUMMARY_ITEMS = 10


def _warn_quotes(report, limit: int | None = None) -> None:
    """Quote-quality warnings on stderr (not fatal): see migration_kg.quotecheck; the first ``limit``."""
    for issue in report.weak_quotes[:limit]:
        print(f"warning: {issue}", file=sys.stderr)
    if limit is not None and len(report.weak_quotes) > limit:
        print(f"warning: ... and {len(report.weak_quotes) - limit} more quotes (`migration-kg validate` "
              "lists them all)", file=sys.stderr)


def cmd_validate(args) -> int:
    from migration_kg.build import build

    result = build(data_dir(args), None)
    _warn_quotes(result.report)
    say("\n".join(result.summary()))
    say("")
    say("\n".join(result.report.lines()))
    return 0


def cmd_docs(args) -> int:
    from migration_kg.build import build
    from migration_kg.outputs.docs import render_page

    page = render_page(build(data_dir(args), None).store)
    write_bytes(page.encode("utf-8"), args.out / "ontology.html")
    return 0


def cmd_queries(args) -> int:
    from migration_kg.query.sparql import library

    lib = library()
    width = max((len(n) for n in lib), default=0)
    for kind, title in ((False, "Reports"), (True, "Data checks (must return no rows; the build runs them)")):
        print(f"{title}:")
        for name, q in lib.items():
            if q.is_check != kind:
                continue
            print(f"  {name.ljust(width)}  {q.question}")
            for p in q.parameters:
                print(f"  {' ' * width}    --param {p.name}=...  ({p.kind}) {p.description}")
        print()
    return 0


def cmd_query(args) -> int:
    from migration_kg.query.results import WITH_HEADERS, render
    from migration_kg.query.sparql import resolve_query, select

    if args.no_headers and args.format not in WITH_HEADERS:
        raise UsageError(f"--no-headers applies to --format {', '.join(WITH_HEADERS)}; "
                         f"{args.format} has no header row")
    if args.full and args.format != "table":
        raise UsageError(f"--full applies to --format table; {args.format} always has every column and character")
    query = resolve_query(args.query)
    if args.endpoint is not None:
        from migration_kg.remote.server import Endpoint

        for option, value in (("--store", args.store), ("--graph", args.graph)):
            if value is not None:
                raise UsageError(f"--endpoint queries the server; {option} cannot be used with it")
        endpoint = Endpoint(args.endpoint)
        bindings = bind_parameters(query, args.param, endpoint.solutions_rows)
        rows = endpoint.select(query.text, bindings, allow_network=args.allow_network)
    else:
        store = graph_store(args)
        bindings = bind_parameters(query, args.param, lambda text: _rows(store, text))
        rows = select(store, query.text, bindings, allow_network=args.allow_network)
    write_text(render(rows, args.format, limit=args.limit, headers=not args.no_headers, full=args.full,
                      width=_table_width(args.out)), args.out)
    return 0


def _table_width(out: Path | None) -> int | None:
    """The terminal's width when the table goes to one; None (a fixed width, the same wherever the
    command runs: migration_kg.query.results.FILE_WIDTH) for a file or a pipe."""
    import shutil

    if out is None and sys.stdout.isatty():
        return max(shutil.get_terminal_size().columns, 20)
    return None


def cmd_completion(args) -> int:
    from migration_kg.completion import shellcode

    sys.stdout.write(shellcode(args.shell))
    return 0


def _rows(store, text: str):
    from migration_kg.query.sparql import rows_of

    return rows_of(store.solutions(text))


#: Decimals of the centralities in every format of `stats` (and the GEXF/GraphML keep 6).
STATS_DECIMALS = 4
_RANKINGS = (("most_connected", "degree", "Most connected (degree centrality)"),
             ("bridges", "betweenness", "Bridges (betweenness centrality)"),
             ("brokers", "brokerage", "Brokers (neighbours in other communities)"))


def cmd_stats(args) -> int:
    report, members = stats_report(only_document(graph_store(args), args.document), args.top)
    if args.format == "json":
        import json

        sys.stdout.write(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    elif args.format == "csv":
        from migration_kg.query.results import delimited

        columns = list(members[0]) if members else ["entity", "label", "kind"]
        sys.stdout.write(delimited(columns, [[_cell(v) for v in m.values()] for m in members], ","))
    else:
        sys.stdout.write(_stats_text(report, args.format, _table_width(None)))
    return 0


def stats_report(store, top_n: int) -> tuple[dict, list[dict]]:
    """What `stats` says, as plain data (the json format), and every member of the actor network
    with its measures (the csv format), centralities rounded to STATS_DECIMALS."""
    import networkx as nx

    from migration_kg.outputs.analytics import ACTOR_KINDS, actor_network, measures, top
    from migration_kg.query.results import records
    from migration_kg.query.sparql import library, select

    counts = {what.value: int(n.value) for what, n in _rows(store, resources.internal_query("counts")).rows}
    kinds = {k[len("kind:"):]: n for k, n in counts.items() if k.startswith("kind:")}
    net = actor_network(store)
    m = measures(net)
    actors = sum(1 for _, d in net.nodes(data=True) if d["kind"] in ACTOR_KINDS)
    report: dict = {
        "entities_by_kind": dict(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))),
        "totals": {label.lower().replace(" ", "_"): counts.get(label, 0) for label in
                   ("Curated statements", "Partnerships", "Mentions", "Source documents")} | {"triples": len(store)},
        "documents": records(select(store, library()["documents"].text)),
        "actor_network": {"actors": actors, "initiatives": net.number_of_nodes() - actors,
                          "links": net.number_of_edges(),
                          "components": nx.number_connected_components(net) if net.number_of_nodes() else 0,
                          "communities": len({x.community for x in m.values()})},
    }
    for key, attribute, _ in _RANKINGS:
        report[key] = [{"entity": node, "label": label, attribute: _measure(value)}
                       | ({"cut_vertex": m[node].cut_vertex} if attribute == "brokerage" else {})
                       for value, label, node in top(m, net, attribute, top_n) if float(value) > 0]
    sizes = Counter(x.community for x in m.values())
    report["communities"] = [
        {"community": c, "size": size,
         "members": sorted(net.nodes[n]["label"] for n, x in m.items() if x.community == c)}
        for c, size in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0]))[:top_n]]
    members = [{"entity": n, "label": net.nodes[n]["label"], "kind": net.nodes[n]["kind"],
                "degree": _measure(x.degree), "betweenness": _measure(x.betweenness), "brokerage": x.brokerage,
                "community": x.community, "component": x.component, "cut_vertex": x.cut_vertex}
               for n, x in m.items()]
    members.sort(key=lambda r: (-r["degree"], r["label"], r["entity"]))
    return report, members


def _measure(value):
    return value if isinstance(value, int) else round(float(value), STATS_DECIMALS)


def _cell(value) -> str:
    """A stats value as text: centralities with STATS_DECIMALS decimals, booleans as yes/no."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.{STATS_DECIMALS}f}"
    return str(value)


def _stats_text(report: dict, fmt: str, width: int | None = None) -> str:
    """The report as titled tables: rich tables (table) or Markdown tables under headings (markdown)."""
    from migration_kg.query.results import markdown, table

    net = report["actor_network"]
    sections = [
        ("Entities by kind", ["kind", "entities"], [[k, n] for k, n in report["entities_by_kind"].items()]),
        ("Totals", ["what", "count"], [[k.replace("_", " ").capitalize(), n] for k, n in report["totals"].items()]),
        (f"Documents ({len(report['documents'])})", ["date", "title", "statements", "partnerships", "mentions"],
         [[d["date"], d["document_title"], d["statements"], d["partnerships"], d["mentions"]]
          for d in report["documents"]]),
        (f"Actor network: {net['actors']} actors and {net['initiatives']} initiatives they run, {net['links']} "
         f"links, {net['components']} components, {net['communities']} communities (Louvain)", None, None),
    ]
    for key, attribute, title in _RANKINGS:
        extra = ["cut vertex"] if attribute == "brokerage" else []
        sections.append((title, [attribute, "actor", *extra],
                         [[r[attribute], r["label"], *([r["cut_vertex"]] if extra else [])] for r in report[key]]))
    sections.append(("Communities (largest first)", ["community", "size", "members"],
                     [[c["community"], c["size"], ", ".join(c["members"][:6]) + (" ..." if len(c["members"]) > 6 else "")]
                      for c in report["communities"]]))
    out = []
    for title, columns, rows in sections:
        cells = [[_cell(v) for v in row] for row in rows or []]
        if fmt == "markdown":
            out.append(f"## {title}\n" + (f"\n{markdown(columns, cells)}" if columns else ""))
        else:
            out.append(f"{title}:\n{table(columns, cells, width=width)}" if columns else f"{title}\n")
    return "\n".join(out)



def cmd_export(args) -> int:
    fmt = args.format
    if fmt == "png" and args.out is None and sys.stdout.isatty():
        raise UsageError("export --format png writes a binary picture: give --out FILE (or redirect the output)")
    store = graph_store(args)
    if fmt in ("ttl", "jsonld", "nt"):
        from migration_kg.outputs.files import serialise

        name = {"ttl": "graph.ttl", "jsonld": "graph.jsonld", "nt": "graph.nt"}[fmt]
        content = serialise(store, (name,))[name]
    elif fmt in ("graphml", "gexf"):
        import io

        import networkx as nx

        from migration_kg.outputs.analytics import annotated_network, with_viz

        net = annotated_network(store)
        buf = io.BytesIO()
        if fmt == "graphml":
            nx.write_graphml(net, buf)
        else:
            nx.write_gexf(with_viz(net), buf)
        content = buf.getvalue()
    else:
        from migration_kg.outputs.picture import render_static

        content = render_static(store, fmt, **subset(args, store))
    write_bytes(content, args.out)
    return 0


def cmd_view(args) -> int:
    from migration_kg.outputs.view import render_html

    store = only_document(graph_store(args), args.document)
    html = render_html(store, **subset(args, store))
    write_bytes(html.encode("utf-8"), args.out)
    return 0


def cmd_publish(args) -> int:
    from migration_kg.build import build
    from migration_kg.remote.server import check_url, publish
    from migration_kg.stores import GraphStore

    check_url(args.endpoint)
    if args.store is not None and args.store.path is not None:
        store = GraphStore.open(args.store.path)
    else:
        with _progress() as progress:
            store = build(data_dir(args), None, progress=progress).store
    with _progress() as progress:
        sent = publish(store, args.endpoint, progress=progress)
    total = sum(n for _, n in sent)
    print(f"Published {len(sent)} named graphs ({total} triples) to {args.endpoint}:")
    for graph, n in sent[:5]:
        print(f"  {graph}  {n} triples")
    if len(sent) > 5:
        print(f"  ... and {len(sent) - 5} more document graphs")
    return 0


def cmd_serve(args) -> int:
    import signal
    import tempfile

    from migration_kg.build import build
    from migration_kg.remote.server import Server, _is_loopback, preflight
    from migration_kg.stores import GraphStore, StoreSpec

    host = preflight(args.bind)  # the executable is there and the port is free, before any build
    with tempfile.TemporaryDirectory(prefix="migration-kg-serve-") as tmp:
        if args.store is not None and args.store.path is not None:
            location = args.store.path
            GraphStore.open(location).close()  # checks that DIR holds a built store
        else:
            location = Path(tmp) / "store"
            with _progress() as progress:
                result = build(data_dir(args), None, store=StoreSpec(location), progress=progress)
            result.store.close()
            print(f"Built {len(result.documents)} documents (temporary store, removed when the server stops)")
        # Ctrl-C and SIGTERM stop the server and remove the temporary store (SIGINT is handled
        # explicitly: a shell leaves it ignored in a command started in the background).
        previous = {sig: signal.signal(sig, _interrupt) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            with Server(location, args.bind) as server:
                print(f"SPARQL endpoint (read-only): {server.base}/query")
                print(f"Graph store (read-only):     {server.base}/store")
                print("Default graph: the union of the named graphs (ontology, registry, one per document).")
                if not _is_loopback(host):
                    print(f"warning: listening on {host}: other machines can reach this endpoint", file=sys.stderr)
                print("Press Ctrl-C to stop.", flush=True)
                code = server.process.wait()
                raise UsageError(f"the Oxigraph server stopped (exit status {code}): "
                                 f"{server.last_error() or 'no message'}")
        except KeyboardInterrupt:  # at any moment once it runs, even before the wait: stop cleanly
            print("Stopped.")
            return 0
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)


# -- Curation: init, add-document, candidates, locate, propose (migration_kg.assist) ---------------

CURATE_EXAMPLES = """\
the curator's workflow (each step writes YAML for you to review; nothing proposed is built until
you remove its `proposed: true`):
  migration-kg init my-kg                          a new, empty project
  migration-kg add-document report.pdf --id unitar-2008-05-20-labour-mobility
  migration-kg candidates unitar-2008-05-20-labour-mobility --write
  migration-kg locate unitar-2008-05-20-labour-mobility "funded by the United Nations Population Fund"
  migration-kg propose unitar-2008-05-20-labour-mobility --write
"""


CURATE_COMMAND_EXAMPLES = {
    "init": "  migration-kg init my-kg                          my-kg/graph/registry, my-kg/graph/sources, README",
    "add-document": "  migration-kg add-document report.pdf --id unitar-2008-05-20-labour-mobility --data my-kg/graph",
    "candidates": "  migration-kg candidates unitar-2008-05-20-labour-mobility\n"
                  "  migration-kg candidates unitar-2008-05-20-labour-mobility --write",
    "locate": '  migration-kg locate unitar-2008-05-20-labour-mobility "funded by the United Nations Population Fund"\n'
              '  migration-kg locate unitar-2008-05-20-labour-mobility "the Fund" --near "Population"',
    "propose": "  migration-kg propose unitar-2008-05-20-labour-mobility\n"
               "  migration-kg propose unitar-2008-05-20-labour-mobility --write",
}


def _curate_parsers(sub, fmt) -> None:
    command = _commands(sub, fmt, lambda name: f"examples:\n{CURATE_COMMAND_EXAMPLES[name]}\n\n{CURATE_EXAMPLES}\n"
                                               f"{EXIT_CODES}")

    def doc_args(p) -> None:
        p.add_argument("doc", metavar="DOC", help="a document id (a folder of sources/) or the path of its folder")
        _graph_dir_arg(p)

    def write_arg(p, help: str) -> None:
        p.add_argument("--write", action="store_true", help=help)

    i = command("init", "start a new, empty knowledge-graph project (registry, sources, README)",
                "Create a new project in DIR: graph/registry/ with one empty, commented file per kind of "
                "entity, graph/sources/ for the reports, and a README saying what to do next. DIR must be "
                "new or empty.")
    i.add_argument("dir", type=Path, metavar="DIR", help="a new (or empty) folder")

    a = command("add-document", "add a report (.txt, .md, .pdf): source.txt, metadata.yaml with sections",
                "Create sources/<id>/ from a report: the text (line breaks normalised, hyphenation across "
                "lines joined, repeating page headers and footers dropped), metadata.yaml with title, date, "
                "place and publisher when found (listed under review:) and sections detected from the "
                "headings.")
    a.add_argument("file", type=Path, metavar="FILE", help="the report: .txt, .md or .pdf")
    a.add_argument("--id", metavar="ID", help="document id, a lower-case slug (default: from the file name)")
    _graph_dir_arg(a)

    c = command("candidates", "names in a document the registry does not know, most frequent first",
                "List the names (organisations, people, countries, acronyms) that a document's text uses and "
                "the registry does not know, most frequent first, with a line of context each; --write "
                "proposes them in registry/*.yaml.")
    doc_args(c)
    write_arg(c, "append them to registry/*.yaml marked proposed: true (the build skips them until you remove "
                 "the flag)")

    lo = command("locate", "where a quote is (offset, section, occurrence) and the exact text to paste",
                 "Find a quote in a document's text: its offset, section, paragraph and occurrence, and the "
                 "lines to paste into a statement; when it is not found as written, the closest passages.")
    doc_args(lo)
    lo.add_argument("quote", metavar="QUOTE", help="the words to find (white space and quote styles are ignored)")
    lo.add_argument("--near", metavar="WORDS",
                    help="keep matches with these words close by; if the quote is not found as written, "
                         "show the closest passages near them")

    pr = command("propose", "propose statements from the report's phrasings (organised by, funded by, ...)",
                 "Propose statements and partnerships from the report's phrasings (organised by, funded by, "
                 "in partnership with, ...) between entities the registry knows, each with its quote; "
                 "--write puts them in statements/proposed.yaml for review.")
    doc_args(pr)
    write_arg(pr, "write them to statements/proposed.yaml marked proposed: true")


def cmd_init(args) -> int:
    from migration_kg.assist.project import init_project

    written = init_project(args.dir)
    print(f"Created a new project in {args.dir}:")
    for path in written:
        print(f"  {path.relative_to(args.dir)}")
    print(f"Next: migration-kg add-document REPORT.pdf --data {args.dir / 'graph'}")
    return 0


def cmd_add_document(args) -> int:
    from migration_kg.assist.ingest import add_document

    added = add_document(args.file, data_dir(args), args.id)
    print(f"Added {added.id}: {added.folder} (source.txt, {len(added.text)} characters; metadata.yaml; statements/)")
    meta = added.metadata
    for key in ("title", "date", "place", "publisher", "publisher_entity"):
        value = meta.get(key)
        print(f"  {key + ':':18} {value if value is not None else '(not found: fill it in)'}")
    for note in added.notes:
        print(f"  {note}")
    print(f"Sections ({len(added.sections)}):")
    for s in added.sections:
        indent = "  " if s.parent else ""
        print(f"  {s.offset:>7}  {indent}{s.id}" + (f"  ({s.heading})" if s.heading else ""))
    print(f"Next: check metadata.yaml (the keys under review: {', '.join(added.review) or 'none'}), then "
          f"migration-kg candidates {added.id}")
    return 0


def cmd_candidates(args) -> int:
    from migration_kg.assist.candidates import find_candidates, write_candidates

    report = find_candidates(args.doc, data_dir(args))
    print(f"Names in {report.document} that the registry does not know ({len(report.candidates)}), "
          "most frequent first:")
    for c in report.candidates:
        extra = "".join(f" {k}={v}" for k, v in (("acronym", c.acronym), ("iso2", c.iso2), ("iso3", c.iso3),
                                                  ("title", c.title)) if v)
        flag = " (already proposed)" if c.already_proposed else ""
        print(f"  {c.count:>3}x  {c.name}  [{c.kind}, {c.how}] id: {c.id}{extra}{flag}")
        print(f"        {c.context}")
    known = ", ".join(f"{k.id} {k.count}" for k in report.known)
    print(f"Registry entities it mentions ({len(report.known)}): {known or 'none'}")
    if args.write:
        written = write_candidates(report, data_dir(args), f"migration-kg candidates {report.document}")
        if not written:
            print("Nothing new to propose.")
        for path, ids in written.items():
            print(f"Proposed in {path} (proposed: true): {', '.join(ids)}")
        if written:
            print("Review each entry; remove `proposed: true` to accept it, delete the others.")
    return 0


def cmd_locate(args) -> int:
    from migration_kg.assist.locate import locate_quote, paste_lines

    result = locate_quote(args.doc, data_dir(args), args.quote, args.near)
    if not result.matches:
        near = f" near {args.near!r}" if args.near else ""
        raise UsageError(f"quote not found in {result.document}{near}, not even approximately: "
                         f"{args.quote[:80]!r}")
    if result.fuzzy:
        print(f"Not found as written in {result.document}; the closest passages:")
    else:
        many = len(result.matches) > 1
        print(f"Found {len(result.matches)} time{'s' if many else ''} in {result.document}"
              + (" (a statement needs the hint shown)" if many else "") + ":")
    for m in result.matches:
        where = f"offset {m.start}-{m.end}, section {m.section}"
        where += f", paragraph {m.paragraph}" if m.paragraph else ""
        where += f", occurrence {m.occurrence}" if m.occurrence else ""
        where += f", similarity {m.score:.2f}" if result.fuzzy else ""
        print(f"  {where}")
        print(f"    sentence: {m.sentence}")
        print("    paste:")
        for line in paste_lines(m):
            print(f"      {line}")
    return 0


def cmd_propose(args) -> int:
    from migration_kg.assist.propose import propose, write_proposals

    result = propose(args.doc, data_dir(args))
    print(f"Proposals for {result.document}: {len(result.statements)} statements, "
          f"{len(result.partnerships)} partnerships")
    for p in result.statements:
        print(f"  {p.subject} {p.relation} {p.object if p.object is not None else p.value}  [{p.section}] \"{p.quote}\"")
    for q in result.partnerships:
        about = f" about {', '.join(q.about)}" if q.about else ""
        print(f"  {q.kind}: {', '.join(q.partners)}{about}  [{q.section}] \"{q.quote}\"")
    if args.write:
        path = write_proposals(result, args.doc, data_dir(args), f"migration-kg propose {result.document}")
        new = len(result.statements) + len(result.partnerships) - result.skipped_known
        print(f"Wrote {new} new proposal{'s' if new != 1 else ''} to {path}"
              + (f" ({result.skipped_known} already in the statement files)" if result.skipped_known else ""))
        print("Review each entry; remove `proposed: true` to accept it, delete the others.")
    return 0


# -- Curator look-ups: sections, entities, mentions (migration_kg.assist.lookup) -------------------

LOOKUP_EXAMPLES = {
    "sections": """\
  migration-kg sections unitar-2007-03-07-building-partnerships
  migration-kg sections graph/sources/my-report --data graph""",
    "entities": """\
  migration-kg entities --search "Member States"     which id to reuse for the UN Member States
  migration-kg entities --search iom""",
    "mentions": """\
  migration-kg mentions unitar-2007-03-07-building-partnerships
  migration-kg mentions unitar-2007-03-07-building-partnerships --entity iom""",
}


def _lookup_parsers(sub, fmt) -> None:
    command = _commands(sub, fmt, lambda name: f"examples:\n{LOOKUP_EXAMPLES[name]}\n\n{EXIT_CODES}")

    se = command("sections", "a document's sections: id, title, offsets, level, parent",
                 "List a document's sections as the build reads them from its metadata.yaml: id, title, "
                 "start and end offsets in source.txt, level and parent; for writing section: hints.")
    se.add_argument("doc", metavar="DOC", help="a document id (a folder of sources/) or the path of its folder")
    _graph_dir_arg(se)
    en = command("entities", "search the registry for a reusable id: kind, label, aliases, file:line, documents",
                 "Search the registry for an entity to reuse: each match with its id, kind, label, acronyms "
                 "and aliases, the file and line that define it, and the documents that mention it.")
    en.add_argument("--search", required=True, metavar="TEXT",
                    help="part of an id, label, acronym or alias (case ignored), e.g. 'Member States'")
    _graph_dir_arg(en)
    me = command("mentions", "the mentions each registry name produces in a document (what an alias adds)",
                 "For one document, every registry name (label, acronym, alias) and the mentions it "
                 "produces: what adding or removing an alias changes.")
    me.add_argument("doc", metavar="DOC", help="a document id (a folder of sources/) or the path of its folder")
    me.add_argument("--entity", metavar="ID", help="only this registry id")
    _graph_dir_arg(me)


def cmd_sections(args) -> int:
    from migration_kg.assist.lookup import sections

    doc_id, rows = sections(args.doc, data_dir(args))
    print(f"Sections of {doc_id} ({len(rows)}):")
    print(f"  {'start':>7} {'end':>7}  level  id  (title; parent)")
    for r in rows:
        parent = f"; in {r.parent}" if r.parent else ""
        print(f"  {r.start:>7} {r.end:>7}  {r.level:>5}  {'  ' * (r.level - 1)}{r.id}  ({r.title}{parent})")
    return 0


def cmd_entities(args) -> int:
    from migration_kg.assist.lookup import search_entities

    hits = search_entities(args.search, data_dir(args))
    if not hits:
        raise UsageError(f"no registry entity is called anything like {args.search!r}")
    for h in hits:
        e = h.entity
        names = ", ".join([*e.acronyms, *e.aliases])
        print(f"{e.id}  [{e.kind}]  {e.label}" + (f"  (also: {names})" if names else ""))
        print(f"    {h.where}" + (f"  matched {h.matched!r}" if h.matched not in (e.id, e.label) else ""))
        docs = ", ".join(f"{d} ({n})" for d, n in sorted(h.documents.items()))
        print(f"    mentioned in: {docs or 'no document'}")
    return 0


def cmd_mentions(args) -> int:
    from migration_kg.assist.lookup import mentions_by_name

    doc_id, rows = mentions_by_name(args.doc, data_dir(args), args.entity)
    print(f"Mentions in {doc_id} by registry name ({sum(r.count for r in rows)} in all):")
    for r in rows:
        print(f"  {r.count:>4}  {r.entity} [{r.kind}]  {r.name!r}")
    return 0


LOOKUP_COMMANDS = {"sections": cmd_sections, "entities": cmd_entities, "mentions": cmd_mentions}


# -- Accepting proposals: accept (migration_kg.assist.accept) --------------------------------------

REVIEW_EXAMPLES = {
    "accept": "  migration-kg accept unitar-2008-05-20-labour-mobility       the entries whose proposed: true you removed\n"
              "  migration-kg accept unitar-2008-05-20-labour-mobility --ids ilo-leads-skills-passport-project\n"
              "  migration-kg accept unitar-2008-05-20-labour-mobility --decisions decisions.json",
    "review": "  migration-kg review unitar-2008-05-20-labour-mobility                 writes review-<doc>.html\n"
              "  migration-kg review unitar-2008-05-20-labour-mobility --out review.html",
}


def _review_parsers(sub, fmt) -> None:
    command = _commands(sub, fmt, lambda name: f"examples:\n{REVIEW_EXAMPLES[name]}\n\n{EXIT_CODES}")
    ac = command("accept", "move accepted proposals from statements/proposed.yaml into the statements",
                 "Move the entries of statements/proposed.yaml that you accepted (removed their proposed: "
                 "true, named them with --ids, or accepted them in a decisions file from the review page) "
                 "into statements/accepted.yaml; rejected ones are dropped and proposed.yaml keeps only "
                 "the undecided. Everything is checked as the build checks it before anything is written.")
    ac.add_argument("doc", metavar="DOC", help="a document id (a folder of sources/) or the path of its folder")
    _graph_dir_arg(ac)
    ac.add_argument("--ids", metavar="ID,...", help="accept these entries too (comma-separated ids)")
    ac.add_argument("--decisions", type=Path, metavar="FILE",
                    help="a decisions file (JSON or YAML) saved from the review page")
    rv = command("review", "one offline HTML page to accept or reject a document's proposals by keyboard",
                 "Write one offline HTML page showing the report's text with every proposal of "
                 "statements/proposed.yaml and every candidate name highlighted. Keys accept, reject or "
                 "change the relation of each proposal; s saves a decisions file for accept --decisions.")
    rv.add_argument("doc", metavar="DOC", help="a document id (a folder of sources/) or the path of its folder")
    _graph_dir_arg(rv)
    rv.add_argument("--out", type=Path, metavar="FILE", help="where to write the page (default: review-DOC.html)")


def cmd_accept(args) -> int:
    from migration_kg.assist.accept import accept, read_decisions

    ids = [i.strip() for i in args.ids.split(",") if i.strip()] if args.ids else None
    decisions = read_decisions(args.decisions) if args.decisions else None
    result = accept(args.doc, data_dir(args), ids, decisions)
    print(f"{result.document}: accepted {len(result.accepted)}, rejected {len(result.rejected)}, "
          f"undecided {len(result.undecided)} (left in statements/proposed.yaml)")
    for eid in result.accepted:
        print(f"  accepted {eid}")
    return 0


def cmd_review(args) -> int:
    from migration_kg.assist.review import review_page
    from migration_kg.outputs.files import write_atomic

    page = review_page(args.doc, data_dir(args))
    out = args.out or Path(f"review-{page.document}.html")
    write_atomic({out: page.html.encode("utf-8")})
    print(f"Wrote {out}: {page.proposals} proposals, {page.candidates} candidate names. Open it in a browser; "
          f"s saves the decisions for: migration-kg accept {page.document} --decisions FILE")
    return 0


REVIEW_COMMANDS = {"accept": cmd_accept, "review": cmd_review}

CURATE_COMMANDS = {"init": cmd_init, "add-document": cmd_add_document, "candidates": cmd_candidates,
                   "locate": cmd_locate, "propose": cmd_propose, **LOOKUP_COMMANDS, **REVIEW_COMMANDS}

# -- end of curation commands ----------------------------------------------------------------------

COMMANDS = {"build": cmd_build, "validate": cmd_validate, "docs": cmd_docs, "queries": cmd_queries, "query": cmd_query,
            "stats": cmd_stats, "export": cmd_export, "view": cmd_view, "publish": cmd_publish,
            "serve": cmd_serve, "completion": cmd_completion, **CURATE_COMMANDS}


# -- Helpers --------------------------------------------------------------------------------------

def graph_store(args):
    """The graph a command works on: an exported file (--graph), a store on disk (--store DIR), or the
    build in --build-dir when current (rebuilt there, saying so, when not)."""
    from migration_kg.stores import GraphStore
    from migration_kg.stores.current import current_store

    chosen = [o for o, v in (("--graph", getattr(args, "graph", None)), ("--store", getattr(args, "store", None)))
              if v is not None]
    if len(chosen) > 1:
        raise UsageError(f"{' and '.join(chosen)} both name the graph; give one")
    if getattr(args, "graph", None) is not None:
        from migration_kg.stores.graphfile import read_graph

        return read_graph(args.graph, allow_network=getattr(args, "allow_network", False))
    if getattr(args, "store", None) is not None:
        if args.store.path is None:
            raise UsageError("--store memory holds nothing between commands; give the DIR of "
                             "`build --store DIR`")
        return GraphStore.open(args.store.path)
    return current_store(data_dir(args), args.build_dir, say=say,
                         rebuild=lambda data, out, digest: _build(data, out, digest, quiet=True))


class _Bars:
    """``progress(done, total, step)``: a rich bar per step of long work on standard error, gone once
    the step is done; ``close()`` takes down a bar left open by an error."""

    def __init__(self):
        self.bar = self.task = self.step = None

    def __call__(self, done: int, total: int, step: str) -> None:
        from rich.console import Console
        from rich.progress import Progress

        if self.step != step:
            self.close()
            self.bar, self.step = Progress(transient=True, console=Console(stderr=True)), step
            self.bar.start()
            self.task = self.bar.add_task(step, total=total)
        self.bar.update(self.task, completed=done)
        if done >= total:
            self.close()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
        self.bar = self.task = self.step = None


@contextlib.contextmanager
def _progress(quiet: bool = False):
    """Bars (:class:`_Bars`) when standard error is a terminal; None when it is piped, a log file, or
    with --quiet."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    bars = _Bars()
    try:
        yield bars
    finally:
        bars.close()


def _interrupt(signum, frame):  # SIGTERM: stop the server as Ctrl-C does
    raise KeyboardInterrupt


def bind_parameters(query, params: list[str], run) -> dict:
    """``--param NAME=VALUE`` as RDF terms; ``run(query text) -> Rows`` answers the names query."""
    from migration_kg.query.resolve import NameIndex, names_query
    from migration_kg.query.sparql import (NOT_ENTITY_KINDS, PARAM_DEFAULTS, PARAM_KINDS, document_binding,
                                           document_names_query, status_binding)

    declared = {p.name: p for p in query.parameters}
    given = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name or not value:
            raise UsageError(f"--param {item!r}: write NAME=VALUE, e.g. actor=IOM")
        if name not in declared:
            valid = ", ".join(declared) or "none"
            raise UsageError(f"query {query.name!r} has no parameter {name!r}; its parameters: {valid}")
        given[name] = value
    for p in declared.values():
        if p.name not in given and p.kind in PARAM_DEFAULTS:
            given[p.name] = PARAM_DEFAULTS[p.kind]
    missing = [p for p in declared.values() if p.name not in given]
    if missing:
        p = missing[0]
        raise UsageError(f"query {query.name!r} needs --param {p.name}=... ({p.kind}: {p.description})")
    bound = {}
    for name, value in given.items():
        if declared[name].kind == "status":
            term = status_binding(value, name)
            if term is not None:
                bound[name] = term
        elif declared[name].kind == "document" and value != "all":
            bound[name] = document_binding(value, run(document_names_query()), name)
    entities = {n: v for n, v in given.items() if declared[n].kind not in NOT_ENTITY_KINDS}
    if not entities:
        return bound
    index = NameIndex(run(names_query()))
    return {**{name: index.resolve(value, PARAM_KINDS[declared[name].kind], what=declared[name].kind)
               for name, value in entities.items()}, **bound}


def only_document(store, document: str | None):
    """``store``, or the part of it one report gives (``--document ID|TITLE``) in a new store."""
    if document is None:
        return store
    from migration_kg.outputs.by_document import document_store
    from migration_kg.query.sparql import document_names_query, resolve_document

    found = resolve_document(document, _rows(store, document_names_query()), "--document")
    if found is None:
        return store
    return document_store(store, found)


def subset(args, store) -> dict:
    from migration_kg.query.resolve import NameIndex, names_query

    options: dict = {"depth": args.depth}
    if getattr(args, "through_events", False):
        options["through_events"] = True
    if args.kinds:
        options["kinds"] = [k.strip() for k in args.kinds.split(",") if k.strip()]
    if args.focus or args.topic:
        index = NameIndex(_rows(store, names_query()))
        if args.focus:
            options["focus"] = index.resolve(args.focus, None, what="entity").value
        if args.topic:
            options["topic"] = index.resolve(args.topic, {"topic"}, what="topic").value
    return options


def write_text(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
    else:
        write_bytes(text.encode("utf-8"), out)


def write_bytes(content: bytes, out: Path | None) -> None:
    """Standard output, or FILE atomically (saying "Wrote FILE" on standard error)."""
    if out is None:
        sys.stdout.buffer.write(content)
        sys.stdout.flush()
        return
    if out.is_dir():
        raise UsageError(f"--out {out} is a folder; give a file name")
    from migration_kg.outputs.files import write_atomic

    try:
        write_atomic({out: content})
    except OSError as exc:
        raise UsageError(f"cannot write {out}: {exc.strerror or exc}") from exc
    say(f"Wrote {out}")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
