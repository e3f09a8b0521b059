"""The seed report's speed, as ratios measured side by side in one run (2-core machines).

    python benchmarks/seed_benchmark.py            # 5 rounds
    python benchmarks/seed_benchmark.py --runs 9

Each round runs, one after the other, in fresh processes (as a user runs them):

1. ``python build_graph.py --out TMP --quiet --force`` (a whole build: records, triples, store, SHACL,
   data checks, every output) against ``python -c "import rdflib, networkx, pyvis, yaml"``
   (goal: build <= 2x);
2. ``migration-kg query partnerships --build-dir TMP`` on that current build against
   ``python -c "import pyoxigraph"`` (goal <= 5x);
3. ``migration-kg build --out TMP`` again when nothing changed (it finds the build current) against
   the same (goal <= 5x);
4. for reference (no goal), importing the modules a build imports and doing nothing else, against
   the baseline of 1: the part of the build's time that no work of ours can remove (the modules
   are listed by running a build in a child process first).

The ratios compare the medians of the rounds; interleaving the commands keeps the load of the
machine the same for both sides of each ratio. Nothing touches the project's ``out/``.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
CLI = [PY, "-m", "migration_kg.cli"]


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr}")
    return elapsed


_LIST_IMPORTS = """
import contextlib, io, sys
from migration_kg.cli import main
before = set(sys.modules)
with contextlib.redirect_stderr(io.StringIO()):
    main(sys.argv[1:])
loaded = set(sys.modules) - before
tops = {m.split(".")[0] for m in loaded} - set(sys.stdlib_module_names)
print(" ".join(sorted(m for m in loaded | tops
                      if m.startswith("migration_kg") or (m in tops and m.isidentifier() and m[0] != "_"
                                                          and m not in ("cython_runtime",)))))
"""


def build_imports(out: str) -> str:
    """``import ...`` of every module a seed build loads (run in a child process)."""
    proc = subprocess.run([PY, "-c", _LIST_IMPORTS, "build", "--out", out, "--quiet", "--force", "--data",
                           str(ROOT / "graph")], cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"listing the build's imports failed:\n{proc.stderr}")
    return "import " + ", ".join(proc.stdout.split())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="rounds (default 5)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="seed-bench-") as tmp:
        out = str(Path(tmp) / "out")
        pairs = {
            "build": ([PY, "build_graph.py", "--out", out, "--quiet", "--force"],
                      [PY, "-c", "import rdflib, networkx, pyvis, yaml"], 2.0),
            "query partnerships": ([*CLI, "query", "partnerships", "--build-dir", out, "--format", "csv"],
                                   [PY, "-c", "import pyoxigraph"], 5.0),
            "build, nothing changed": ([*CLI, "build", "--out", out, "--quiet"],
                                       [PY, "-c", "import pyoxigraph"], 5.0),
        }
        imports = build_imports(str(Path(tmp) / "listing"))
        pairs["imports of a build, alone (no goal)"] = ([PY, "-c", imports], pairs["build"][1], 0)
        timed(pairs["build"][0])  # warm the file cache
        times = {name: ([], []) for name in pairs}
        for _ in range(args.runs):
            for name, (cmd, base, _) in pairs.items():
                times[name][0].append(timed(cmd))
                times[name][1].append(timed(base))
    print(f"| measured (median of {args.runs}, side by side) | seconds | baseline | seconds | ratio | goal |")
    print("| --- | ---: | --- | ---: | ---: | ---: |")
    failed = 0
    for name, (cmd, base, goal) in pairs.items():
        a, b = statistics.median(times[name][0]), statistics.median(times[name][1])
        ratio = a / b
        verdict = "-" if not goal else f"<= {goal:g}x {'met' if ratio <= goal else '**not met**'}"
        failed += bool(goal) and ratio > goal
        print(f"| {name} | {a:.2f} | `python -c '{base[2]}'` | {b:.2f} | {ratio:.1f}x | {verdict} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
