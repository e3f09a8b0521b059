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
"""


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
    b.add_argument("--out", type=Path, default=paths.DEFAULT_OUT, metavar="DIR",
                   help="output folder (default: out/ in the project)")
    b.add_argument("--quiet", action="store_true", help="print only errors")

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

    s = sub.add_parser("stats", formatter_class=fmt, help="counts by kind and the most central actors",
                       description="Counts by kind, and the actor network's most central actors, brokers, "
                                   "communities and components.")
    s.add_argument("--top", type=int, default=10, metavar="N", help="how many actors per measure (default 10)")
    _graph_source_args(s)

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
    return parser


def _graph_dir_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--graph-dir", type=Path, default=paths.GRAPH_DIR, metavar="DIR",
                   help="folder with registry/ and sources/ (default: the project's graph/)")


def _graph_source_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--graph", type=Path, metavar="FILE",
                   help="use an exported graph (.ttl, .nt or .jsonld) instead of building from --graph-dir")
    _graph_dir_arg(p)


def _subset_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--focus", metavar="NAME", help="draw only what is within --depth steps of this entity")
    p.add_argument("--depth", type=int, default=1, metavar="N", help="steps from --focus (default 1)")
    p.add_argument("--kinds", metavar="K1,K2", help="draw only these kinds, e.g. organisation,person")
    p.add_argument("--topic", metavar="NAME", help="draw a topic, its narrower topics and who works on them")


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
    from migration_kg.view import render_html

    result = build(args.graph_dir, args.out,
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
    graph = load_graph(args)
    bindings = bind_parameters(query, args.param, graph)
    rows = run_rdflib(graph, query.text, bindings, allow_network=args.allow_network)
    write_text(render(rows, args.format), args.out)
    return 0


def cmd_stats(args) -> int:
    from collections import Counter

    from migration_kg.analytics import actor_network, measures, top
    from migration_kg.namespaces import MKG

    graph = load_graph(args)
    kinds = Counter(str(k) for k in graph.objects(None, MKG.kind))
    print("Entities by kind:")
    for kind, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {kind:14} {n}")
    from rdflib import RDF

    for label, cls in (("Curated statements", MKG.Assertion), ("Partnerships", MKG.Partnership),
                       ("Mentions", MKG.Mention), ("Source documents", MKG.SourceDocument)):
        print(f"{label}: {len(set(graph.subjects(RDF.type, cls)))}")
    print(f"Triples: {len(graph)}")
    net = actor_network(graph)
    m = measures(net)
    import networkx as nx

    print(f"\nActor network: {net.number_of_nodes()} actors, {net.number_of_edges()} links, "
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
        print(f"  {community:>3}: {size} actors: {', '.join(members[:6])}{' ...' if len(members) > 6 else ''}")
    return 0


def cmd_export(args) -> int:
    graph = load_graph(args)
    fmt = args.format
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
    return 0


def cmd_view(args) -> int:
    from migration_kg.view import render_html

    graph = load_graph(args)
    html = render_html(graph, **subset(args, graph))
    write_bytes(html.encode("utf-8"), args.out)
    print(f"Wrote {args.out}")
    return 0


COMMANDS = {"build": cmd_build, "validate": cmd_validate, "queries": cmd_queries, "query": cmd_query,
            "stats": cmd_stats, "export": cmd_export, "view": cmd_view}


# -- Helpers --------------------------------------------------------------------------------------

def load_graph(args):
    """The graph to work on: an exported file (--graph), or a fresh validated build of --graph-dir."""
    from migration_kg.graphfile import read_graph

    if getattr(args, "graph", None) is not None:
        return read_graph(args.graph, allow_network=getattr(args, "allow_network", False))
    from migration_kg.build import build

    return build(args.graph_dir, None).graph


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
