"""Publishing to and querying two SPARQL servers, Oxigraph and Virtuoso 7, side by side with each
server's own bulk loader on the same N-Quads.

    python benchmarks/servers_benchmark.py                    # 100 and 1,000 reports (long)
    python benchmarks/servers_benchmark.py --sizes 100        # quick

For each size, benchmarks/corpus.py writes a synthetic corpus into a temporary folder, the build
fills an in-memory store (not timed here) and writes its N-Quads. Then for each server, each started
fresh on loopback (tests/servers.py: the settings tests/test_servers.py uses):

1. ``publish``: migration_kg.remote.client.publish(everything=True), one PUT per named graph over the
   Graph Store Protocol (a graph above 4 MB in several requests);
2. ``loader``: the server's own bulk loader on the N-Quads, into a fresh store: ``oxigraph load
   --location DIR --file graph.nq`` (a process, server stopped), Virtuoso's ``ld_dir`` +
   ``rdf_loader_run()`` + ``checkpoint`` through ``isql-vt``;
3. ``query``: partnerships and actor-profile (actor IOM) through migration_kg.remote.client.Endpoint,
   median of 3 each, on the published graphs.

Printed: a Markdown table with seconds and the ratio publish / loader, per server. Virtuoso needs
Debian's virtuoso-opensource; a server that is missing is left out, saying so.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.corpus import generate  # noqa: E402
from migration_kg.build import build  # noqa: E402
from migration_kg.query.resolve import NameIndex, names_query  # noqa: E402
from migration_kg.query.sparql import PARAM_KINDS, library  # noqa: E402
from migration_kg.remote.client import Endpoint, publish  # noqa: E402
from migration_kg.remote.server import find_oxigraph  # noqa: E402
from tests.servers import ISQL, VIRTUOSO, OxigraphServer, VirtuosoServer, oxigraph_executable  # noqa: E402


def timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def query_times(url: str) -> dict[str, float]:
    endpoint = Endpoint(url, timeout=600)
    endpoint.dataset()
    index = NameIndex(endpoint.solutions_rows(names_query()))
    queries = library()
    actor = {"actor": index.resolve("IOM", PARAM_KINDS["actor"]),
             "status": __import__("pyoxigraph").Literal("stated")}
    runs = {"partnerships": lambda: endpoint.select(queries["partnerships"].text),
            "actor-profile": lambda: endpoint.select(queries["actor-profile"].text, actor)}
    return {name: statistics.median(timed(run) for _ in range(3)) for name, run in runs.items()}


def oxigraph_row(store, nquads: Path, folder: Path) -> dict:
    (folder / "published").mkdir()
    server = OxigraphServer(folder / "published")
    try:
        published = timed(lambda: publish(store, server.store_url, everything=True, timeout=600))
        queried = query_times(server.query_url)
    finally:
        server.stop()
    loader = timed(lambda: subprocess.run([find_oxigraph(), "load", "--location", str(folder / "loaded"),
                                           "--file", str(nquads)], check=True, capture_output=True))
    return {"publish": published, "loader": loader, **queried}


def virtuoso_row(store, nquads: Path, folder: Path, buffers: int) -> dict:
    (folder / "published").mkdir()
    server = VirtuosoServer(folder / "published", buffers=buffers)
    try:
        published = timed(lambda: publish(store, server.store_url, everything=True, timeout=600))
        queried = query_times(server.query_url)
    finally:
        server.stop()
    (folder / "loaded").mkdir()
    server = VirtuosoServer(folder / "loaded", buffers=buffers)
    try:
        data = folder / "loaded" / "data"
        data.mkdir()
        shutil.copyfile(nquads, data / "graph.nq")
        loader = timed(lambda: server.isql(f"ld_dir('{data}', 'graph.nq', 'https://w3id.org/migration-kg/graph/file');",
                                           "rdf_loader_run();", "checkpoint;", timeout=3600))
        counted = server.isql("SPARQL SELECT COUNT(*) WHERE { GRAPH ?g { ?s ?p ?o } "
                              "FILTER (STRSTARTS(STR(?g), 'https://w3id.org/migration-kg/graph/')) };")
        if str(len(store)) not in counted.split():
            raise SystemExit(f"Virtuoso's loader did not load the {len(store)} triples: {counted[-300:]}")
    finally:
        server.stop()
    return {"publish": published, "loader": loader, **queried}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000", help="comma-separated numbers of reports")
    parser.add_argument("--virtuoso-buffers", type=int, default=60_000,
                        help="Virtuoso NumberOfBuffers (8 kB pages; default 60,000 = 0.5 GB)")
    args = parser.parse_args(argv)
    servers = []
    if oxigraph_executable():
        servers.append("oxigraph")
    else:
        print("Oxigraph server not installed: left out", file=sys.stderr)
    if VIRTUOSO and ISQL:
        servers.append("virtuoso")
    else:
        print("Virtuoso not installed (apt-get install virtuoso-opensource): left out", file=sys.stderr)
    rows = []
    for size in [int(s) for s in args.sizes.split(",")]:
        with tempfile.TemporaryDirectory(prefix="servers-benchmark-") as tmp:
            work = Path(tmp)
            store = build(generate(work / "graph", size), None).store
            nquads = work / "graph.nq"
            nquads.write_bytes(store.nquads())
            for name in servers:
                folder = work / name
                folder.mkdir()
                row = (oxigraph_row(store, nquads, folder) if name == "oxigraph"
                       else virtuoso_row(store, nquads, folder, args.virtuoso_buffers))
                rows.append((size, len(store), name, row))
                print(f"{size} reports, {name}: {row}", file=sys.stderr, flush=True)
    print("| reports | triples | server | publish (s) | bulk loader (s) | publish / loader | "
          "partnerships query (s) | actor-profile query (s) |")
    print("| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    for size, triples, name, row in rows:
        print(f"| {size:,} | {triples:,} | {name} | {row['publish']:.1f} | {row['loader']:.1f} | "
              f"{row['publish'] / row['loader']:.1f}x | {row['partnerships']:.2f} | {row['actor-profile']:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
