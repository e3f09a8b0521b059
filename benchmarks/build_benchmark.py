"""How long does the seed build take, next to merely importing its libraries? Goal: build <= 2x import.

    python benchmarks/build_benchmark.py               # 5 runs each, then the per-phase breakdown
    python benchmarks/build_benchmark.py --runs 9      # more runs
    python benchmarks/build_benchmark.py --no-phases   # only the wall-clock comparison

1. Wall time of ``python build_graph.py --out <tmp> --quiet`` (a fresh process, as a user runs it),
   best and median of N runs.
2. Wall time of ``python -c "import rdflib, pyshacl, networkx"``, best and median of N runs: the
   floor any build in Python with these libraries pays.
3. The ratio (best build / best import) against the goal of 2.
4. In this process, the build's phases with the functions of ``migration_kg.build`` and the modules
   it calls: imports (including those the build does lazily: pySHACL's engine, pyvis, numpy),
   ontology and shapes, registry, documents (text and sections), statements and quotes, mentions,
   to RDF, SHACL, serialisation, data checks, the HTML view (which ``build_graph.py`` writes too)
   and the atomic write. The imports are timed cold, first; the other phases once, after one
   warm-up build.

Nothing here touches the project's ``out/``: outputs go to a temporary folder.
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
GOAL = 2.0


def wall(cmd: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if proc.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr}")
    return times


def phases() -> list[tuple[str, float]]:
    """Time each step of the build in this process. Imports first (cold), then one warm-up run."""
    timings: list[tuple[str, float]] = []

    def timed(name, fn, *args, **kwargs):
        start = time.perf_counter()
        value = fn(*args, **kwargs)
        timings.append((name, time.perf_counter() - start))
        return value

    def import_libraries():
        import networkx  # noqa: F401
        import pyshacl  # noqa: F401
        import rdflib  # noqa: F401

    def import_package():
        import migration_kg.build  # noqa: F401
        import migration_kg.cli  # noqa: F401

    def import_view():
        import migration_kg.outputs.view  # noqa: F401

    def import_lazy(*names):
        import importlib

        for name in names:
            importlib.import_module(name)

    timed("import rdflib, pyshacl, networkx (pyoxigraph too)", import_libraries)
    timed("import migration_kg (build, cli; PyYAML)", import_package)
    timed("import migration_kg.outputs.view", import_view)
    # What the build imports later, inside functions: pySHACL's engine, pyvis (which imports IPython)
    # for the HTML view, numpy for its layout.
    timed("import pyshacl.validator (lazy, at SHACL)", import_lazy, "pyshacl.validator")
    timed("import pyvis (lazy, in the HTML view; pulls IPython)", import_lazy, "pyvis")
    timed("import numpy (lazy, in the view's layout)", import_lazy, "numpy")

    from tests import paths
    from migration_kg.build import build, run_checks, to_graph
    from migration_kg.curation.mentions import MentionMatcher, curation_report
    from migration_kg.vocabulary.ontology import Ontology
    from migration_kg.outputs.files import serialise, write_atomic
    from migration_kg.curation.registry import load_registry
    from migration_kg.curation.sources import discover, load_document
    from migration_kg.curation.statements import Curation, load_statements
    from migration_kg.checks.shacl import check, load_shapes
    from migration_kg.outputs.view import render_html

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        build(paths.GRAPH_DIR, Path(tmp) / "warm-up",
              extra_outputs=lambda r: {"graph.html": render_html(r.graph).encode("utf-8")})
        warm_up = time.perf_counter() - start

    graph_dir = paths.GRAPH_DIR
    ontology = timed("ontology (parse migration-kg.ttl)", Ontology, paths.ONTOLOGY_FILE)
    shapes = timed("shapes (parse shapes.ttl)", load_shapes, paths.SHAPES_FILE)
    registry = timed("registry (YAML)", load_registry, graph_dir)
    documents = timed("documents (metadata, text, sections, paragraphs)",
                      lambda: [load_document(f) for f in discover(graph_dir)])

    def statements():
        curation = Curation([], [])
        for doc in documents:
            part = load_statements(doc, registry, ontology)
            curation.statements += part.statements
            curation.partnerships += part.partnerships
        return curation

    curation = timed("statements + quotes (YAML, checks, quote search)", statements)

    def mentions():
        matcher = MentionMatcher(registry)
        return [m for doc in documents for m in matcher.find(doc)]

    found = timed("mentions (one regex over the registry)", mentions)

    from migration_kg.build import KnowledgeBase

    kb = KnowledgeBase(registry, documents, curation, found)
    graph = timed("to RDF (GraphBuilder)", to_graph, kb, ontology)
    timed("SHACL (pySHACL, no inference)", check, graph, shapes)
    files = timed("serialise (ttl, nt, jsonld via pyoxigraph)", serialise, graph)
    timed("data checks (*-violation.rq on pyoxigraph)", run_checks, files["graph.nt"])
    timed("curation report", curation_report, registry, documents, found)
    html = timed("HTML view (render_html)", render_html, graph)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        timed("write files atomically", write_atomic,
              {**{out / n: c for n, c in files.items()}, out / "graph.html": html.encode("utf-8")})
    timings.append(("(whole build in-process, first run, for reference)", warm_up))

    # For comparison, not part of the build as it stands: where the data checks spend their time, and
    # SHACL as SPARQL on a pyoxigraph store (migration_kg.checks.shaclsparql), which the Oxigraph build uses.
    from migration_kg.query.sparql import check_safe, library

    checks = [q.text for q in library().values() if q.is_check]
    start = time.perf_counter()
    for text in checks:
        check_safe(text)
    timings.append((f"(of the data checks: safety parse of {len(checks)} queries, pyparsing)",
                    time.perf_counter() - start))
    try:
        import pyoxigraph as ox

        from migration_kg.checks.shaclsparql import check_store, compile_shapes
    except ImportError:  # an older tree without the module
        return timings
    start = time.perf_counter()
    store = ox.Store()
    store.load(files["graph.nt"], format=ox.RdfFormat.N_TRIPLES)
    check_store(store, compile_shapes(shapes))
    timings.append(("(SHACL as SPARQL on pyoxigraph: load + compile + check)", time.perf_counter() - start))
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each command (default 5)")
    parser.add_argument("--no-phases", action="store_true", help="skip the in-process breakdown")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        build = wall([sys.executable, str(ROOT / "build_graph.py"), "--out", str(Path(tmp) / "out"), "--quiet"],
                     args.runs)
    imports = wall([sys.executable, "-c", "import rdflib, pyshacl, networkx"], args.runs)
    ratio = min(build) / min(imports)

    print(f"Seed build vs. importing its libraries ({args.runs} runs each, Python {sys.version.split()[0]})")
    print(f"  {'':44} {'best':>8} {'median':>8}")
    for label, times in (("python build_graph.py --out TMP --quiet", build),
                         ('python -c "import rdflib, pyshacl, networkx"', imports)):
        print(f"  {label:44} {min(times):7.2f}s {statistics.median(times):7.2f}s")
    print(f"  ratio (best build / best import): {ratio:.1f}x   goal: <= {GOAL:.0f}x   "
          f"{'MET' if ratio <= GOAL else 'NOT MET'}")

    if not args.no_phases:
        print("\nPhases, in this process (imports cold; the rest after one warm-up build):")
        timings = phases()
        total = sum(t for name, t in timings if not name.startswith("("))
        for name, t in timings:
            share = "" if name.startswith("(") else f"{100 * t / total:5.1f}%"
            print(f"  {name:60} {t:7.3f}s {share}")
        print(f"  {'sum of phases':60} {total:7.3f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
