"""`migration-kg`: a thin command line over the package.

Exit codes: 0 ok; 1 checks failed (SHACL violation or a data check returned rows); 2 bad input
or usage (malformed YAML, unknown id or name, wrong kind, quote not found, unknown query...).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from migration_kg import paths
from migration_kg.errors import KGError, UsageError

EXIT_CODES = """\
exit codes:
  0  ok
  1  checks failed: SHACL violation, or a data check (*-violation query) returned rows
  2  bad input or usage: malformed YAML, unknown id or name, wrong kind, quote not found,
     unknown query or parameter, network access refused
"""

EXAMPLES = """\
examples:
  migration-kg build                              build into ./out (graph.ttl, .jsonld, .nt, .html)
  migration-kg queries                            list the questions you can ask
  migration-kg query partnerships                 who works with whom, with the report's words
  migration-kg query actor-profile --param actor=IOM --format csv --out iom.csv
  migration-kg query relation-evidence --param actor_a=ILO --param actor_b=IOM
  migration-kg query my-question.rq --format json your own SPARQL file
  migration-kg stats                              counts by kind, most central actors, brokers
  migration-kg export --format gexf --out actors.gexf   for Gephi (coloured by kind, sized by degree)
  migration-kg view --focus IOM --depth 2 --out iom.html
  migration-kg validate                           check everything, write nothing

  big corpora and SPARQL servers (Oxigraph):
  migration-kg build --store oxigraph:kg-store    build into an Oxigraph store on disk
  migration-kg query partnerships --store oxigraph:kg-store      query it without rebuilding
  migration-kg serve --store oxigraph:kg-store    read-only SPARQL endpoint on http://127.0.0.1:7878/query
  migration-kg publish --endpoint http://127.0.0.1:7878/store    one named graph per document (HTTP PUT)
  migration-kg query partnerships --endpoint http://127.0.0.1:7878/query
"""

STORE_HELP = ("memory (rdflib, the default), oxigraph (an Oxigraph store in memory) or oxigraph:DIR "
              "(an Oxigraph store on disk)")


def _parser() -> argparse.ArgumentParser:
    fmt = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="migration-kg", formatter_class=fmt, epilog=EXAMPLES + "\n" + EXIT_CODES,
        description="Knowledge graph of who works with whom, on what, in migration and development "
                    "reports, with every fact traced to the report's words.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = sub.add_parser("build", formatter_class=fmt, epilog=EXIT_CODES,
                       help="build, validate and write graph.ttl, graph.jsonld, graph.nt, graph.html",
                       description="Build the graph from graph/ (curated YAML + source texts), validate it "
                                   "(SHACL and data checks) and write it to --out.")
    _graph_dir_arg(b)
    b.add_argument("--out", type=Path, default=None, metavar="DIR",
                   help="output folder (default: out/ in the project; with --store oxigraph, files are "
                        "written only when --out is given: graph.nq, the named graphs as N-Quads)")
    b.add_argument("--quiet", action="store_true", help="print only errors")
    b.add_argument("--store", type=_store_arg, default=None, metavar="STORE",
                   help=STORE_HELP + "; oxigraph:DIR replaces the store in DIR (a folder holding anything "
                                     "else is refused)")

    v = sub.add_parser("validate", formatter_class=fmt, epilog=EXIT_CODES,
                       help="check curated files, SHACL and data checks; write nothing")
    _graph_dir_arg(v)

    sub.add_parser("queries", help="list the query library with one-line descriptions and parameters")

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
    w.add_argument("--out", type=Path, default=paths.DEFAULT_OUT / "graph.html", metavar="FILE",
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
    pub.add_argument("--store", type=_store_arg, default=None, metavar="STORE",
                     help="oxigraph:DIR publishes a store built earlier; otherwise the graph is built from "
                          "--graph-dir into an Oxigraph store in memory")

    srv = sub.add_parser("serve", formatter_class=fmt, epilog=EXIT_CODES,
                         help="start a local read-only SPARQL endpoint over the graph (Oxigraph server)",
                         description="Serve the graph with the Oxigraph server (the `oxigraph` command of the "
                                     "oxigraph package), read-only, on loopback unless --bind says otherwise. "
                                     "Queries see the union of the named graphs. Stop it with Ctrl-C.")
    _graph_dir_arg(srv)
    srv.add_argument("--store", type=_store_arg, default=None, metavar="STORE",
                     help="oxigraph:DIR serves a store built earlier; otherwise the graph is built from "
                          "--graph-dir into a temporary store, removed when the server stops")
    srv.add_argument("--bind", default="127.0.0.1:7878", metavar="HOST:PORT",
                     help="address to listen on (default 127.0.0.1:7878, this machine only)")
    return parser


def _graph_dir_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--graph-dir", type=Path, default=paths.GRAPH_DIR, metavar="DIR",
                   help="folder with registry/ and sources/ (default: the project's graph/)")


def _graph_source_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--graph", type=Path, metavar="FILE",
                   help="use an exported graph (.ttl, .nt or .jsonld) instead of building from --graph-dir")
    _graph_dir_arg(p)


def _store_arg(text: str):
    from migration_kg.store import parse_store

    try:
        return parse_store(text)
    except KGError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _store_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", type=_store_arg, default=None, metavar="STORE",
                   help=STORE_HELP + "; oxigraph:DIR reads a store built with `build --store oxigraph:DIR`, "
                                     "oxigraph builds --graph-dir into Oxigraph in memory")


def _subset_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--focus", metavar="NAME", help="draw only what is within --depth steps of this entity")
    p.add_argument("--depth", type=int, default=1, metavar="N", help="steps from --focus (default 1)")
    p.add_argument("--kinds", metavar="K1,K2", help="draw only these kinds, e.g. organisation,person")
    p.add_argument("--topic", metavar="NAME", help="draw the actors that address a topic (or a narrower one)")
    p.add_argument("--through-events", action="store_true",
                   help="let --focus walk through events, places, topics and documents too (default: only "
                        "along partnerships and relations between actors and their initiatives)")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except KGError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:  # `migration-kg query ... | head`
        return 0


# -- Commands -------------------------------------------------------------------------------------

def cmd_build(args) -> int:
    from migration_kg.build import build

    if _oxigraph(args.store):
        result = build(args.graph_dir, args.out, store=args.store,
                       progress=None if args.quiet else _progress("documents"))
    else:
        from migration_kg.view import render_html

        result = build(args.graph_dir, args.out if args.out is not None else paths.DEFAULT_OUT,
                       extra_outputs=lambda r: {"graph.html": render_html(r.graph).encode("utf-8")})
    if not args.quiet:
        print("\n".join(result.summary()))
        print()
        print("\n".join(result.report.lines()))
    return 0


def cmd_validate(args) -> int:
    from migration_kg.build import build

    result = build(args.graph_dir, None)
    print("\n".join(result.summary()))
    return 0


def cmd_queries(args) -> int:
    from migration_kg.sparql import library

    lib = library()
    width = max(len(n) for n in lib)
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
    from migration_kg.results import render
    from migration_kg.sparql import resolve_query, run_rdflib

    query = resolve_query(args.query)
    if args.endpoint is not None:
        from migration_kg.server import Endpoint

        for option, value in (("--store", args.store), ("--graph", args.graph)):
            if value is not None:
                raise UsageError(f"--endpoint queries the server; {option} cannot be used with it")
        endpoint = Endpoint(args.endpoint)
        bindings = bind_parameters(query, args.param, endpoint.names() if args.param else None)
        rows = endpoint.select(query.text, bindings, allow_network=args.allow_network)
    elif _oxigraph(args.store):
        store = open_store(args)
        bindings = bind_parameters(query, args.param, store.names() if args.param else None)
        rows = store.query(query.text, bindings, allow_network=args.allow_network)
    else:
        graph = load_graph(args)
        bindings = bind_parameters(query, args.param, graph)
        rows = run_rdflib(graph, query.text, bindings, allow_network=args.allow_network)
    write_text(render(rows, args.format), args.out)
    return 0


def cmd_stats(args) -> int:
    from collections import Counter

    from migration_kg.analytics import actor_network, measures, top
    from migration_kg.namespaces import MKG

    from rdflib import RDF

    classes = (("Curated statements", MKG.Assertion), ("Partnerships", MKG.Partnership),
               ("Mentions", MKG.Mention), ("Source documents", MKG.SourceDocument))
    if _oxigraph(args.store):  # the few triples the network needs, fetched from the store
        store = open_store(args)
        graph = store.network()
        counts = [(label, store.count_instances(cls)) for label, cls in classes]
        triples = len(store)
    else:
        graph = load_graph(args)
        counts = [(label, len(set(graph.subjects(RDF.type, cls)))) for label, cls in classes]
        triples = len(graph)
    kinds = Counter(str(k) for k in graph.objects(None, MKG.kind))
    print("Entities by kind:")
    for kind, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {kind:14} {n}")
    for label, n in counts:
        print(f"{label}: {n}")
    print(f"Triples: {triples}")
    net = actor_network(graph)
    m = measures(net)
    import networkx as nx

    from migration_kg.analytics import ACTOR_KINDS

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


def cmd_export(args) -> int:
    fmt = args.format
    if fmt == "png" and args.out is None and sys.stdout.isatty():
        raise UsageError("export --format png writes a binary picture: give --out FILE (or redirect the output)")
    graph = load_graph(args)
    if fmt in ("ttl", "jsonld", "nt"):
        from migration_kg.output import serialise

        name = {"ttl": "graph.ttl", "jsonld": "graph.jsonld", "nt": "graph.nt"}[fmt]
        write_bytes(serialise(graph, (name,))[name], args.out)
    elif fmt in ("graphml", "gexf"):
        import io

        import networkx as nx

        from migration_kg.analytics import annotated_network, with_viz

        net = annotated_network(graph)
        buf = io.BytesIO()
        if fmt == "graphml":
            nx.write_graphml(net, buf)
        else:
            nx.write_gexf(with_viz(net), buf)
        write_bytes(buf.getvalue(), args.out)
    else:
        from migration_kg.picture import render_static

        write_bytes(render_static(graph, fmt, **subset(args, graph)), args.out)
    if args.out is not None:
        print(f"Wrote {args.out}", file=sys.stderr)
    return 0


def cmd_view(args) -> int:
    from migration_kg.view import render_html

    graph = load_graph(args)
    html = render_html(graph, **subset(args, graph))
    write_bytes(html.encode("utf-8"), args.out)
    print(f"Wrote {args.out}")
    return 0


def cmd_publish(args) -> int:
    from migration_kg.server import check_url, publish

    check_url(args.endpoint)
    spec = args.store
    if spec is not None and not spec.is_oxigraph:
        raise UsageError("publish sends the named graphs of an Oxigraph build; use --store oxigraph or "
                         "oxigraph:DIR (or leave --store out)")
    store = open_store(args)
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

    from migration_kg.server import Server, preflight
    from migration_kg.store import StoreSpec

    host = preflight(args.bind)  # the executable is there and the port is free, before any build
    spec = args.store
    if spec is not None and not spec.is_oxigraph:
        raise UsageError("serve runs the Oxigraph server; use --store oxigraph:DIR for a built store, or "
                         "leave --store out to build --graph-dir into a temporary one")
    with tempfile.TemporaryDirectory(prefix="migration-kg-serve-") as tmp:
        if spec is not None and spec.path is not None:
            location = spec.path
            open_store(args).close()  # checks that DIR holds a built store
        else:
            from migration_kg.build import build

            location = Path(tmp) / "store"
            result = build(args.graph_dir, None, store=StoreSpec("oxigraph", location), progress=_progress("documents"))
            result.store.close()
            print(f"Built {len(result.stats.documents)} documents, {result.stats.triples} triples "
                  f"(temporary store, removed when the server stops)")
        # Ctrl-C and SIGTERM stop the server and remove the temporary store (SIGINT is handled
        # explicitly: a shell leaves it ignored in a command started in the background).
        previous = {sig: signal.signal(sig, _interrupt) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            with Server(location, args.bind) as server:
                print(f"SPARQL endpoint (read-only): {server.base}/query")
                print(f"Graph store (read-only):     {server.base}/store")
                print("Default graph: the union of the named graphs (ontology, registry, one per document).")
                if not _loopback(host):
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


COMMANDS = {"build": cmd_build, "validate": cmd_validate, "queries": cmd_queries, "query": cmd_query,
            "stats": cmd_stats, "export": cmd_export, "view": cmd_view, "publish": cmd_publish,
            "serve": cmd_serve}


# -- Helpers --------------------------------------------------------------------------------------

def load_graph(args):
    """The graph to work on: an exported file (--graph), or a fresh validated build of --graph-dir."""
    from migration_kg.graphfile import read_graph

    if getattr(args, "graph", None) is not None:
        return read_graph(args.graph, allow_network=getattr(args, "allow_network", False))
    from migration_kg.build import build

    return build(args.graph_dir, None).graph


def _oxigraph(spec) -> bool:
    return spec is not None and spec.is_oxigraph


def open_store(args):
    """The Oxigraph store a command reads: the one built in DIR (--store oxigraph:DIR), or a fresh
    in-memory build of --graph-dir (--store oxigraph)."""
    from migration_kg.store import StoreSpec
    from migration_kg.store import open_store as open_

    if getattr(args, "graph", None) is not None:
        raise UsageError("--graph reads an exported file into rdflib; with --store oxigraph the graph comes "
                         "from --graph-dir or from a store built with `build --store oxigraph:DIR`")
    spec = args.store if _oxigraph(args.store) else StoreSpec("oxigraph")
    return open_(spec, args.graph_dir, progress=_progress("documents"))


def _progress(what: str):
    """Progress on standard error, when it is a terminal: the count every second or so."""
    if not sys.stderr.isatty():
        return None
    import time

    state = {"last": 0.0}

    def show(done: int, total: int) -> None:
        now = time.monotonic()
        if done == total or now - state["last"] >= 1.0:
            state["last"] = now
            end = "\n" if done == total else ""
            print(f"\r{what}: {done}/{total}", end=end, file=sys.stderr, flush=True)

    return show


def _interrupt(signum, frame):  # SIGTERM: stop the server as Ctrl-C does
    raise KeyboardInterrupt


def _loopback(host: str) -> bool:
    from migration_kg.server import _is_loopback

    return _is_loopback(host)


def bind_parameters(query, params: list[str], graph) -> dict:
    from migration_kg.resolve import NameIndex
    from migration_kg.sparql import PARAM_KINDS

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
    missing = [p for p in declared.values() if p.name not in given]
    if missing:
        p = missing[0]
        raise UsageError(f"query {query.name!r} needs --param {p.name}=... ({p.kind}: {p.description})")
    if not given:
        return {}
    index = NameIndex(graph)
    return {name: index.resolve(value, PARAM_KINDS[declared[name].kind], what=declared[name].kind)
            for name, value in given.items()}


def subset(args, graph) -> dict:
    from migration_kg.resolve import NameIndex

    options: dict = {"depth": args.depth}
    if getattr(args, "through_events", False):
        options["through_events"] = True
    if args.kinds:
        options["kinds"] = [k.strip() for k in args.kinds.split(",") if k.strip()]
    if args.focus or args.topic:
        index = NameIndex(graph)
        if args.focus:
            options["focus"] = index.resolve(args.focus, None, what="entity")
        if args.topic:
            options["topic"] = index.resolve(args.topic, {"topic"}, what="topic")
    return options


def write_text(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
    else:
        write_bytes(text.encode("utf-8"), out)


def write_bytes(content: bytes, out: Path | None) -> None:
    if out is None:
        sys.stdout.buffer.write(content)
        sys.stdout.flush()
        return
    from migration_kg.output import write_atomic

    write_atomic({out: content})


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
