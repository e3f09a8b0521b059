#!/usr/bin/env python3
"""Build the knowledge graph: same as `migration-kg build` (options: --out DIR, --data DIR, --seed; see `migration-kg build --help`)."""

import sys
from pathlib import Path

from migration_kg.cli import main

if __name__ == "__main__":
    args = sys.argv[1:]
    if not any(a in ("--data", "--graph-dir", "--seed") or a.startswith(("--data=", "--graph-dir=")) for a in args):
        args += ["--data", str(Path(__file__).resolve().parent / "graph")]  # this checkout's graph/
    sys.exit(main(["build", *args]))
