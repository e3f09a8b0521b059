"""How does the one pipeline scale? Synthetic corpora of 10, 100 and 1,000 reports, ratios side by side.

    python benchmarks/corpus_benchmark.py                     # 10, 100, 1000 reports (several minutes)
    python benchmarks/corpus_benchmark.py --sizes 10,100      # quick

For each size, benchmarks/corpus.py writes a corpus (registry + one folder per report, quotes really in
the texts) into a temporary folder. Then, each in a fresh process, one after the other:

1. ``query``: a build into an in-memory store, then the partnerships query (median of 3); it writes
   the graph's N-Triples for step 3;
2. ``build``: the whole pipeline into an in-memory store and nothing else (records, quotes, mentions,
   triples, SHACL, data checks; no output files): the process's time from start to end, and the peak
   memory of the process and its worker processes;
3. ``load``: pyoxigraph alone loading those N-Triples into a store (the floor: goal build <= 4x);
4. ``disk``: the same build into a store on disk (``--store DIR``), then the partnerships query
   on the store opened read-only, as ``migration-kg query --store DIR`` does (goal <= 1.5x the
   in-memory query).

Steps 2 and 3 are timed the same way, as whole processes (start, imports, work): the ratio compares
what a user waits for. Step 2 does only the build (writing N-Triples and querying are step 1's).

Goals at 1,000 reports: build <= 4x load, peak <= 2 GB, partnerships query <= 2.5 s, disk query <= 1.5x.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _query_seconds(store) -> tuple[float, int]:
    from migration_kg.query.sparql import library, select

    text = library()["partnerships"].text
    times, rows = [], 0
    for _ in range(3):
        t = time.perf_counter()
        rows = len(select(store, text).rows)
        times.append(time.perf_counter() - t)
    return statistics.median(times), rows


def child(mode: str, graph_dir: Path, work: Path) -> None:
    start = time.perf_counter()
    out: dict = {"mode": mode}
    if mode == "load":
        import pyoxigraph as ox

        store = ox.Store()
        store.bulk_load(path=str(work / "graph.nt"), format=ox.RdfFormat.N_TRIPLES)
        out["triples"] = len(store)
    else:
        from migration_kg.build import build
        from migration_kg.stores import GraphStore, StoreSpec

        spec = StoreSpec(work / "store") if mode == "disk" else StoreSpec()
        result = build(graph_dir, None, store=spec)
        out["triples"] = len(result.store)
        if mode == "query":
            (work / "graph.nt").write_bytes(result.store.ntriples())
            out["query"], out["rows"] = _query_seconds(result.store)
        elif mode == "disk":
            result.store.close()
            out["query"], out["rows"] = _query_seconds(GraphStore.open(work / "store"))
    out["seconds"] = time.perf_counter() - start
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    out["peak_mb"] = me + 2 * kids if kids else me  # two workers, counted as if both peaked together
    print(json.dumps(out))


def run(mode: str, graph_dir: Path, work: Path) -> dict:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, __file__, "--child", mode, str(graph_dir), str(work)], cwd=ROOT,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"{mode} failed ({proc.returncode}):\n{proc.stderr}")
    found = json.loads(proc.stdout.strip().splitlines()[-1])
    found["wall"] = time.perf_counter() - started
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10,100,1000", help="corpus sizes, comma-separated")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], Path(args.child[1]), Path(args.child[2]))
        return 0
    from benchmarks.corpus import generate

    print("| reports | triples | build s | load N-Triples s | ratio (goal <= 4x) | peak MB (<= 2048) | "
          "query s (<= 2.5) | on-disk query s | ratio (goal <= 1.5x) |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for size in [int(s) for s in args.sizes.split(",")]:
        with tempfile.TemporaryDirectory(prefix=f"corpus-{size}-") as tmp:
            folder = generate(Path(tmp) / "graph", size)
            work = Path(tmp)
            q = run("query", folder, work)
            b = run("build", folder, work)
            load = run("load", folder, work)
            disk = run("disk", folder, work)
            print(f"| {size:,} | {b['triples']:,} | {b['wall']:.1f} | {load['wall']:.1f} | "
                  f"{b['wall'] / load['wall']:.1f}x | {b['peak_mb']:.0f} | {q['query']:.2f} | {disk['query']:.2f} | "
                  f"{disk['query'] / q['query']:.1f}x |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
