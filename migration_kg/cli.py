"""`migration-kg`: a thin command line over the package. Exit codes: 0 ok, 1 checks failed, 2 bad input."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from migration_kg import paths
from migration_kg.errors import KGError

EPILOG = """\
examples:
  migration-kg build                      build into ./out (graph.ttl, graph.jsonld, graph.nt)
  migration-kg build --out /tmp/kg        build elsewhere
  migration-kg validate                   check the curated files and SHACL, write nothing

exit codes: 0 ok; 1 checks failed (SHACL violation); 2 bad input or usage
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="migration-kg", description=__doc__.split(".")[0] + ".",
                                     epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    b = sub.add_parser("build", help="build, validate and write the graph",
                       description="Build the graph from graph/ and write it to --out.", epilog=EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    _graph_args(b)
    b.add_argument("--out", type=Path, default=paths.DEFAULT_OUT,
                   help=f"output folder (default: {paths.DEFAULT_OUT.relative_to(paths.ROOT)}/ in the project)")
    b.add_argument("--quiet", action="store_true", help="print only errors")
    v = sub.add_parser("validate", help="check curated files and SHACL without writing anything")
    _graph_args(v)
    return parser


def _graph_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--graph-dir", type=Path, default=paths.GRAPH_DIR,
                   help="folder with registry/ and sources/ (default: the project's graph/)")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except KGError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code


def cmd_build(args) -> int:
    from migration_kg.build import build

    result = build(args.graph_dir, args.out)
    if not args.quiet:
        print("\n".join(result.summary()))
        print()
        print("\n".join(result.report.lines()))
    return 0


def cmd_validate(args) -> int:
    from migration_kg.build import build

    result = build(args.graph_dir, None)
    print("\n".join(line for line in result.summary() if not line.startswith("Wrote")))
    return 0


COMMANDS = {"build": cmd_build, "validate": cmd_validate}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
