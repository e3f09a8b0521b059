#!/usr/bin/env python3
"""Build the knowledge graph: same as `migration-kg build` (options: --out DIR, --graph-dir DIR)."""

import sys

from migration_kg.cli import main

if __name__ == "__main__":
    sys.exit(main(["build", *sys.argv[1:]]))
