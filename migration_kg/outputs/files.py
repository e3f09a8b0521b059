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

#: Graph file name -> pyoxigraph format name (the Turtle with the project's prefixes).
GRAPH_FORMATS = {"graph.ttl": "TURTLE", "graph.nt": "N_TRIPLES", "graph.jsonld": "JSON_LD"}


def serialise(store: GraphStore, names=tuple(GRAPH_FORMATS)) -> dict[str, bytes]:
    """The union of the store's graphs in each named format: sorted N-Triples, Turtle with the
    project's prefixes, JSON-LD; the triples are sorted once and shared."""
    import pyoxigraph as ox

    nt = store.ntriples()
    out = {}
    triples = None
    for name in names:
        if name == "graph.nt":
            out[name] = nt
            continue
        if triples is None:
            triples = list(ox.parse(nt, format=ox.RdfFormat.N_TRIPLES))
        fmt = getattr(ox.RdfFormat, GRAPH_FORMATS[name])
        kwargs = {"prefixes": {k: v for k, v in PREFIXES.items() if k != "sh"}} if name == "graph.ttl" else {}
        out[name] = ox.serialize(triples, format=fmt, **kwargs)
    return out


def graph_files(result) -> dict[str, bytes]:
    """What ``build`` writes: the graph files and the named graphs (``graph.nq``, which later
    commands load when it is current)."""
    files = serialise(result.store)
    files["graph.nq"] = result.store.nquads()
    return files


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
