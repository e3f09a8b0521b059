"""Serialise the graph deterministically and write files atomically (temporary file, then rename).

Every node has a minted IRI (no blank nodes), so sorting the triples fixes the output; the
serialisers are pyoxigraph's (Rust), which keep the given order and are ~10x faster than
rdflib's on this graph (see benchmarks/build_benchmark.py).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import BNode, Graph

from migration_kg.namespaces import PREFIXES

def _sorted_triples(graph: Graph):
    import pyoxigraph as ox

    from migration_kg.sparql import to_oxigraph

    def term(node):
        if isinstance(node, BNode):
            raise ValueError(f"blank node {node!r} in the graph: every node must have a minted IRI")
        return to_oxigraph(node)

    ordered = sorted(graph, key=lambda t: (str(t[0]), str(t[1]), t[2].n3()))
    return [ox.Triple(term(s), term(p), term(o)) for s, p, o in ordered]


#: Output file -> (pyoxigraph format, with the project's prefixes); JSON-LD is compacted by migration_kg.jsonld.
FORMATS = {"graph.ttl": ("TURTLE", True), "graph.nt": ("N_TRIPLES", False), "graph.jsonld": ("JSON_LD", True)}


def serialise(graph: Graph, names=tuple(FORMATS)) -> dict[str, bytes]:
    """The graph in each named format: Turtle with prefixes, sorted N-Triples, compact JSON-LD 1.1
    with an embedded @context (see migration_kg.jsonld); the triples are sorted once and shared."""
    import pyoxigraph as ox

    triples = _sorted_triples(graph)
    prefixes = {k: v for k, v in PREFIXES.items() if k != "sh"}
    out = {}
    for name in names:
        if name == "graph.jsonld":
            from migration_kg.jsonld import dumps

            out[name] = dumps(graph)
            continue
        fmt, with_prefixes = FORMATS[name]
        kwargs = {"prefixes": prefixes} if with_prefixes else {}
        out[name] = ox.serialize(triples, format=getattr(ox.RdfFormat, fmt), **kwargs)
    return out


def turtle(graph: Graph) -> bytes:
    return serialise(graph, ("graph.ttl",))["graph.ttl"]


def write_atomic(files: dict[Path, bytes]) -> None:
    """Write every file to a temporary sibling first; rename only when all are written."""
    staged: list[tuple[Path, Path]] = []
    try:
        for path, content in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            with os.fdopen(fd, "wb") as fh:
                fh.write(content)
            staged.append((Path(tmp), path))
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, path in staged:
        os.replace(tmp, path)
