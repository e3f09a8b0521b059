"""`migration-kg`: a thin command line over the package.

Exit codes: 0 ok; 1 checks failed (SHACL violation or a data check returned rows); 2 bad input
or usage (malformed YAML, unknown id or name, wrong kind, quote not found, unknown query...);
3 an internal error (a bug: the message asks for a report; --debug shows the traceback);
130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from migration_kg import __version__
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

  big corpora and SPARQL servers (Oxigraph):
  migration-kg build --store kg-store             also keep an Oxigraph store on disk in kg-store/
  migration-kg query partnerships --store kg-store      query it
  migration-kg serve --store kg-store             read-only SPARQL endpoint on http://127.0.0.1:7878/query
  migration-kg publish --endpoint http://127.0.0.1:7878/store    one named graph per document (HTTP PUT)
  migration-kg query partnerships --endpoint http://127.0.0.1:7878/query
"""

STORE_HELP = "memory (an Oxigraph store in memory, the default) or DIR (an Oxigraph store on disk)"


def _parser() -> argparse.ArgumentParser:
    fmt = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="migration-kg", formatter_class=fmt, epilog=EXAMPLES + "\n" + EXIT_CODES,
        description="Knowledge graph of who works with whom, on what, in migration and development "
                    "reports, with every fact traced to the report's words.")
    parser.add_argument("--version", action="version", version=f"migration-kg {__version__}")
    parser.add_argument("--debug", action="store_true", help="show the traceback of an internal error")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = sub.add_parser("build", formatter_class=fmt, epilog=EXIT_CODES,
                       help="build, validate and write graph.ttl, graph.jsonld, graph.nt, graph.html, void.ttl, "
                            "ontology.html",
                       description="Build the graph from graph/ (curated YAML + source texts), validate it "
                                   "(SHACL and data checks) and write it to --out.")
    _graph_dir_arg(b)
    b.add_argument("--out", type=Path, default=Path("out"), metavar="DIR",
                   help="output folder (default: ./out): graph.ttl, graph.nt, graph.jsonld, graph.nq, "
                        "graph.html and build.json, replaced together or not at all")
    b.add_argument("--quiet", action="store_true", help="print only errors")
    b.add_argument("--store", type=_store_arg, default=None, metavar="STORE",
                   help=STORE_HELP + "; a DIR is replaced when the build succeeds (a folder holding "
                                     "anything else is refused)")

    v = sub.add_parser("validate", formatter_class=fmt, epilog=EXIT_CODES,
                       help="check curated files, SHACL and data checks; write nothing")
    _graph_dir_arg(v)

    sub.add_parser("queries", help="list the query library with one-line descriptions and parameters")

    dc = sub.add_parser("docs", formatter_class=fmt, epilog=EXIT_CODES,
                        help="write the ontology's documentation page (ontology.html), offline",
                        description="Write ontology.html: every class and property of the ontology with labels, "
                                    "comments, domains, ranges, super-terms and an example from the data.")
    dc.add_argument("--out", type=Path, default=Path("out"), metavar="DIR",
                    help="output folder (default: ./out)")
    _graph_dir_arg(dc)

    q = sub.add_parser("query", formatter_class=fmt, epilog=EXAMPLES + "\n" + EXIT_CODES,
                       help="run a library query (NAME) or your own SPARQL file (FILE)",
                       description="Run a SPARQL query over the graph and print the rows.")
    q.add_argument("query", metavar="NAME|FILE", help="a name from `migration-kg queries`, or a path to a .rq file")
    q.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                   help="bind a parameter, e.g. actor=IOM (labels, acronyms and aliases are resolved)")
    q.add_argument("--format", choices=("table", "csv", "tsv", "json", "markdown"), default="table",
                   help="table (default, for reading), csv/tsv (spreadsheets), json (SPARQL 1.1 JSON results), markdown")
    q.add_argument("--out", type=Path, metavar="FILE", help="write the result to FILE instead of standard output")
    q.add_argument("--allow-network", action="store_true",
                   help="allow SERVICE and FROM <url> to fetch data over the network (refused by default)")
    _graph_source_args(q)
    _store_args(q)
    q.add_argument("--endpoint", metavar="URL",
                   help="run the query on a SPARQL endpoint holding the published graphs (SPARQL 1.1 "
                        "Protocol), e.g. http://127.0.0.1:7878/query")

    s = sub.add_parser("stats", formatter_class=fmt, help="counts by kind and the most central actors",
                       description="Counts by kind, and the actor network's most central actors, brokers, "
                                   "communities and components.")
    s.add_argument("--top", type=int, default=10, metavar="N", help="how many actors per measure (default 10)")
    _graph_source_args(s)
    _store_args(s)

    e = sub.add_parser("export", formatter_class=fmt,
                       help="write the graph as ttl, jsonld or nt, the actor network as graphml or gexf, "
                            "or a picture as png or svg")
    e.add_argument("--format", required=True, choices=("ttl", "jsonld", "nt", "graphml", "gexf", "png", "svg"))
    e.add_argument("--out", type=Path, metavar="FILE", help="output file (default: standard output)")
    _subset_args(e)
    _graph_source_args(e)

    w = sub.add_parser("view", formatter_class=fmt, help="write the interactive HTML network view (or a subset)",
                       description="Write one self-contained HTML page with the network; opens offline.")
    w.add_argument("--out", type=Path, default=Path("out") / "graph.html", metavar="FILE",
                   help="output file (default: out/graph.html)")
    _subset_args(w)
    _graph_source_args(w)

    pub = sub.add_parser("publish", formatter_class=fmt, epilog=EXIT_CODES,
                         help="send the graph to a SPARQL server: one named graph per document (HTTP PUT)",
                         description="Send the graph to a SPARQL 1.1 Graph Store Protocol endpoint, one named "
                                     "graph each for the ontology (https://w3id.org/migration-kg/graph/ontology), "
                                     "the registry (.../graph/registry) and every source document "
                                     "(.../graph/<document-id>), each replacing the graph of that name: "
                                     "publishing twice leaves the same triples.")
    pub.add_argument("--endpoint", required=True, metavar="URL",
                     help="the Graph Store Protocol endpoint, e.g. http://127.0.0.1:7878/store for Oxigraph")
    _graph_dir_arg(pub)
    pub.add_argument("--store", type=_store_arg, default=None, metavar="DIR",
                     help="publish a store built earlier with `build --store DIR`; otherwise the data is "
                          "built in memory")

    srv = sub.add_parser("serve", formatter_class=fmt, epilog=EXIT_CODES,
                         help="start a local read-only SPARQL endpoint over the graph (Oxigraph server)",
                         description="Serve the graph with the Oxigraph server (the `oxigraph` command of the "
                                     "oxigraph package), read-only, on loopback unless --bind says otherwise. "
                                     "Queries see the union of the named graphs. Stop it with Ctrl-C.")
    _graph_dir_arg(srv)
    srv.add_argument("--store", type=_store_arg, default=None, metavar="DIR",
                     help="serve a store built earlier with `build --store DIR`; otherwise the data is built "
                          "into a temporary store, removed when the server stops")
    srv.add_argument("--bind", default="127.0.0.1:7878", metavar="HOST:PORT",
                     help="address to listen on (default 127.0.0.1:7878, this machine only)")
    _curate_parsers(sub, fmt)
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


def _store_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", type=_store_arg, default=None, metavar="DIR",
                   help="read the Oxigraph store on disk built with `build --store DIR`")


def _subset_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--focus", metavar="NAME", help="draw only what is within --depth steps of this entity")
    p.add_argument("--depth", type=int, default=1, metavar="N", help="steps from --focus (default 1)")
    p.add_argument("--kinds", metavar="K1,K2", help="draw only these kinds, e.g. organisation,person")
    p.add_argument("--topic", metavar="NAME", help="draw the actors that address a topic (or a narrower one)")
    p.add_argument("--through-events", action="store_true",
                   help="let --focus walk through events, places, topics and documents too (default: only "
                        "along partnerships and relations between actors and their initiatives)")


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
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


def _build(args, out: Path | None):
    from migration_kg.build import build
    from migration_kg.outputs.bundle import build_outputs

    data = data_dir(args)
    _check_out_outside(out, data)
    return build(data, out, store=args.store or _memory(), outputs=build_outputs(data),
                 progress=_progress("documents") if not getattr(args, "quiet", False) else None)


def _memory():
    from migration_kg.stores import MEMORY

    return MEMORY


def _check_out_outside(out: Path | None, data: Path) -> None:
    if out is None:
        return
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out}: a file is there; give a folder")
    o, d = out.resolve(), data.resolve()
    if o == d or d in o.parents:
        raise UsageError(f"--out {out} is inside the data folder {data}; give a folder outside it")


def cmd_build(args) -> int:
    result = _build(args, args.out)
    _warn_quotes(result.report)
    if not args.quiet:
        say("\n".join(result.summary()))
        say("")
        say("\n".join(result.report.lines()))
    return 0


def _warn_quotes(report) -> None:
    """Quote-quality warnings on stderr (not fatal): see migration_kg.quotecheck."""
    for issue in report.weak_quotes:
        print(f"warning: {issue}", file=sys.stderr)


def cmd_validate(args) -> int:
    from migration_kg.build import build

    result = build(data_dir(args), None)
    _warn_quotes(result.report)
    say("\n".join(result.summary()))
    return 0


def cmd_docs(args) -> int:
    from migration_kg.build import build
    from migration_kg.outputs.docs import render_page
    from migration_kg.stores.graphfile import to_rdflib

    page = render_page(to_rdflib(build(data_dir(args), None).store))
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
    from migration_kg.query.results import render
    from migration_kg.query.sparql import resolve_query, select

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
    write_text(render(rows, args.format), args.out)
    return 0


def _rows(store, text: str):
    from migration_kg.query.sparql import rows_of

    return rows_of(store.solutions(text))


def cmd_stats(args) -> int:
    import networkx as nx

    from migration_kg.outputs.analytics import actor_network, measures, top
    from migration_kg.query.resolve import names_query  # noqa: F401 - same package data
    from migration_kg.stores.graphfile import to_rdflib

    store = graph_store(args)
    counts = {}
    for what, n in _rows(store, _internal("counts")).rows:
        counts[what.value] = int(n.value)
    kinds = {k[len("kind:"):]: n for k, n in counts.items() if k.startswith("kind:")}
    print("Entities by kind:")
    for kind, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {kind:14} {n}")
    for label in ("Curated statements", "Partnerships", "Mentions", "Source documents"):
        print(f"{label}: {counts.get(label, 0)}")
    print(f"Triples: {len(store)}")
    print_documents(store)
    net = actor_network(to_rdflib(store))
    m = measures(net)
    from migration_kg.outputs.analytics import ACTOR_KINDS

    actors = sum(1 for _, d in net.nodes(data=True) if d["kind"] in ACTOR_KINDS)
    print(f"\nActor network: {actors} actors and {net.number_of_nodes() - actors} initiatives they run, "
          f"{net.number_of_edges()} links, "
          f"{nx.number_connected_components(net) if net.number_of_nodes() else 0} components, "
          f"{len({x.community for x in m.values()})} communities (Louvain)")
    for attribute, title in (("degree", "Most connected (degree centrality)"),
                             ("betweenness", "Bridges (betweenness centrality)"),
                             ("brokerage", "Brokers (neighbours in other communities)")):
        print(f"\n{title}:")
        for value, label, node in top(m, net, attribute, args.top):
            if float(value) <= 0:
                continue
            extra = " (cut vertex)" if attribute == "brokerage" and m[node].cut_vertex else ""
            print(f"  {value:<9} {label}{extra}")
    sizes = Counter(x.community for x in m.values())
    print("\nCommunities (largest first):")
    for community, size in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0]))[: args.top]:
        members = sorted(net.nodes[n]["label"] for n, x in m.items() if x.community == community)
        print(f"  {community:>3}: {size} members: {', '.join(members[:6])}{' ...' if len(members) > 6 else ''}")
    return 0


def _internal(name: str) -> str:
    from migration_kg import resources

    return (resources.queries_dir() / "internal" / f"{name}.rq").read_text(encoding="utf-8")


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
        from migration_kg.stores.graphfile import to_rdflib

        net = annotated_network(to_rdflib(store))
        buf = io.BytesIO()
        if fmt == "graphml":
            nx.write_graphml(net, buf)
        else:
            nx.write_gexf(with_viz(net), buf)
        content = buf.getvalue()
    else:
        from migration_kg.outputs.picture import render_static
        from migration_kg.stores.graphfile import to_rdflib

        graph = to_rdflib(store)
        content = render_static(graph, fmt, **subset(args, store))
    write_bytes(content, args.out)
    return 0


def cmd_view(args) -> int:
    from migration_kg.outputs.view import render_html
    from migration_kg.stores.graphfile import to_rdflib

    store = graph_store(args)
    html = render_html(to_rdflib(store), **subset(args, store))
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
        store = build(data_dir(args), None, progress=_progress("documents")).store
    sent = publish(store, args.endpoint, progress=_progress("graphs"))
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
            result = build(data_dir(args), None, store=StoreSpec(location), progress=_progress("documents"))
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
                try:
                    code = server.process.wait()
                except KeyboardInterrupt:
                    print("Stopped.")
                    return 0
                raise UsageError(f"the Oxigraph server stopped (exit status {code}): "
                                 f"{server.last_error() or 'no message'}")
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)


# -- Curation: init, add-document, candidates, locate, propose (migration_kg.curate) ---------------

CURATE_EXAMPLES = """\
the curator's workflow (each step writes YAML for you to review; nothing proposed is built until
you remove its `proposed: true`):
  migration-kg init my-kg                          a new, empty project
  migration-kg add-document report.pdf --id unitar-2008-05-20-labour-mobility
  migration-kg candidates unitar-2008-05-20-labour-mobility --write
  migration-kg locate unitar-2008-05-20-labour-mobility "funded by the United Nations Population Fund"
  migration-kg propose unitar-2008-05-20-labour-mobility --write
"""


def _curate_parsers(sub, fmt) -> None:
    def doc_args(p) -> None:
        p.add_argument("doc", metavar="DOC", help="a document id (a folder of sources/) or the path of its folder")
        _graph_dir_arg(p)

    i = sub.add_parser("init", formatter_class=fmt, epilog=CURATE_EXAMPLES,
                       help="start a new, empty knowledge-graph project (registry, sources, README)")
    i.add_argument("dir", type=Path, metavar="DIR", help="a new (or empty) folder")

    a = sub.add_parser("add-document", formatter_class=fmt, epilog=CURATE_EXAMPLES + "\n" + EXIT_CODES,
                       help="add a report (.txt, .md, .pdf): source.txt, metadata.yaml with sections",
                       description="Create sources/<id>/ from a report: the text (line breaks normalised, "
                                   "hyphenation across lines joined, repeating page headers and footers "
                                   "dropped), metadata.yaml with title, date, place and publisher when found "
                                   "(listed under review:) and sections detected from the headings.")
    a.add_argument("file", type=Path, metavar="FILE", help="the report: .txt, .md or .pdf")
    a.add_argument("--id", metavar="ID", help="document id, a lower-case slug (default: from the file name)")
    _graph_dir_arg(a)

    c = sub.add_parser("candidates", formatter_class=fmt, epilog=CURATE_EXAMPLES,
                       help="names in a document the registry does not know, most frequent first")
    doc_args(c)
    c.add_argument("--write", action="store_true",
                   help="append them to registry/*.yaml marked proposed: true (the build skips them until "
                        "you remove the flag)")

    lo = sub.add_parser("locate", formatter_class=fmt, epilog=CURATE_EXAMPLES,
                        help="where a quote is (offset, section, occurrence) and the exact text to paste")
    doc_args(lo)
    lo.add_argument("quote", metavar="QUOTE", help="the words to find (white space and quote styles are ignored)")
    lo.add_argument("--near", metavar="WORDS",
                    help="keep matches with these words close by; if the quote is not found as written, "
                         "show the closest passages near them")

    pr = sub.add_parser("propose", formatter_class=fmt, epilog=CURATE_EXAMPLES,
                        help="propose statements from the report's phrasings (organised by, funded by, ...)")
    doc_args(pr)
    pr.add_argument("--write", action="store_true",
                    help="write them to statements/proposed.yaml marked proposed: true")


def cmd_init(args) -> int:
    from migration_kg.curate.project import init_project

    written = init_project(args.dir)
    print(f"Created a new project in {args.dir}:")
    for path in written:
        print(f"  {path.relative_to(args.dir)}")
    print(f"Next: migration-kg add-document REPORT.pdf --graph-dir {args.dir / 'graph'}")
    return 0


def cmd_add_document(args) -> int:
    from migration_kg.curate.ingest import add_document

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
    from migration_kg.curate.candidates import find_candidates, write_candidates

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
    from migration_kg.curate.locate import locate_quote, paste_lines

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
    from migration_kg.curate.propose import propose, write_proposals

    result = propose(args.doc, data_dir(args))
    print(f"Proposals for {result.document}: {len(result.statements)} statements, "
          f"{len(result.partnerships)} partnerships")
    for p in result.statements:
        print(f"  {p.subject} {p.relation} {p.object}  [{p.section}] \"{p.quote}\"")
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


CURATE_COMMANDS = {"init": cmd_init, "add-document": cmd_add_document, "candidates": cmd_candidates,
                   "locate": cmd_locate, "propose": cmd_propose}

# -- end of curation commands ----------------------------------------------------------------------

COMMANDS = {"build": cmd_build, "validate": cmd_validate, "docs": cmd_docs, "queries": cmd_queries, "query": cmd_query,
            "stats": cmd_stats, "export": cmd_export, "view": cmd_view, "publish": cmd_publish,
            "serve": cmd_serve, **CURATE_COMMANDS}


# -- Helpers --------------------------------------------------------------------------------------

def print_documents(store) -> None:
    """The reports in the graph, one line each, from queries/documents.rq."""
    from migration_kg.query.sparql import library, select

    rows = select(store, library()["documents"].text).as_dicts()
    print(f"\nDocuments ({len(rows)}):")
    for r in rows:
        print(f"  {r['date'].value}  {r['document_title'].value}: {r['statements'].value} statements, "
              f"{r['partnerships'].value} partnerships, {r['mentions'].value} mentions  <{r['document'].value}>")


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
                         rebuild=lambda data, out: _build(_as_build(args), out))


def _as_build(args):
    args.store, args.quiet = None, True
    return args


def _progress(what: str):
    """Progress on standard error, when it is a terminal (rich's bar); nothing when piped."""
    if not sys.stderr.isatty():
        return None
    from rich.progress import Progress

    state: dict = {}

    def show(done: int, total: int) -> None:
        if "bar" not in state:
            state["bar"] = Progress(transient=True)
            state["bar"].start()
            state["task"] = state["bar"].add_task(what, total=total)
        state["bar"].update(state["task"], completed=done)
        if done >= total:
            state.pop("bar").stop()

    return show


def _interrupt(signum, frame):  # SIGTERM: stop the server as Ctrl-C does
    raise KeyboardInterrupt


def bind_parameters(query, params: list[str], run) -> dict:
    """``--param NAME=VALUE`` as RDF terms; ``run(query text) -> Rows`` answers the names query."""
    from migration_kg.query.resolve import NameIndex, names_query
    from migration_kg.query.sparql import PARAM_DEFAULTS, PARAM_KINDS, status_binding

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
    entities = {n: v for n, v in given.items() if declared[n].kind != "status"}
    if not entities:
        return bound
    index = NameIndex(run(names_query()))
    return {**{name: index.resolve(value, PARAM_KINDS[declared[name].kind], what=declared[name].kind)
               for name, value in entities.items()}, **bound}


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
