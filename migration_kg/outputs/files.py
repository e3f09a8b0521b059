"""The build's files, serialised deterministically from the store and written atomically.

Every node has a minted IRI (no blank nodes), so sorted N-Triples lines fix the output; Turtle and
JSON-LD are pyoxigraph's serialisations of the triples in that order. Files are written to
temporary siblings first and renamed only when all are written, with the permissions the user's
umask gives a new file (0644 under umask 022).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from migration_kg.stores import GraphStore
from migration_kg.vocabulary.prefixes import PREFIXES

GRAPH_FILES = ("graph.ttl", "graph.nt", "graph.jsonld")


def serialise(store: GraphStore, names=GRAPH_FILES, graph=None) -> dict[str, bytes]:
    """The union of the store's graphs in each named format: sorted N-Triples, Turtle with the
    project's prefixes (pyoxigraph, triples in the N-Triples order), compact JSON-LD with its
    @context embedded (migration_kg.outputs.jsonld, from ``graph``, the same triples in rdflib,
    made when not given)."""
    import pyoxigraph as ox

    nt = store.ntriples()
    out = {}
    for name in names:
        if name == "graph.nt":
            out[name] = nt
        elif name == "graph.ttl":
            prefixes = {k: v for k, v in PREFIXES.items() if k != "sh"}
            out[name] = ox.serialize(ox.parse(nt, format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.TURTLE,
                                     prefixes=prefixes)
        elif name == "graph.jsonld":
            from migration_kg.outputs.jsonld import dumps
            from migration_kg.stores.graphfile import to_rdflib

            graph = graph if graph is not None else to_rdflib(store)
            out[name] = dumps(graph)
        else:
            raise ValueError(f"unknown graph file {name}")
    return out


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(files: dict[Path, bytes]) -> None:
    """Write every file to a temporary sibling first; rename only when all are written. On any
    failure (full disk, interruption) the temporary files are removed and the old files stay."""
    mode = 0o666 & ~_umask()
    staged: list[tuple[Path, Path]] = []
    try:
        for path, content in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            staged.append((Path(tmp), path))
            with os.fdopen(fd, "wb") as fh:
                fh.write(content)
            os.chmod(tmp, mode)
        for tmp, path in staged:
            os.replace(tmp, path)
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
