"""Serialise the graph deterministically and write files atomically (temporary file, then rename)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from rdflib import Graph

from migration_kg.namespaces import PREFIXES


def turtle(graph: Graph) -> bytes:
    """Canonical Turtle: rdflib's `longturtle` sorts subjects and objects; no blank nodes exist."""
    return graph.serialize(format="longturtle", encoding="utf-8")


def ntriples(graph: Graph) -> bytes:
    lines = graph.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()
    return ("\n".join(sorted(line for line in lines if line.strip())) + "\n").encode("utf-8")


def jsonld(graph: Graph) -> bytes:
    """Compact JSON-LD with the project's prefixes as context, nodes and values sorted."""
    context = {p: iri for p, iri in PREFIXES.items() if p != "sh"}
    raw = graph.serialize(format="json-ld", context=context, encoding="utf-8")
    data = json.loads(raw)
    nodes = data.get("@graph", [])
    for node in nodes:
        for key, value in node.items():
            if isinstance(value, list):
                node[key] = sorted(value, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    data["@graph"] = sorted(nodes, key=lambda n: n.get("@id", ""))
    return (json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


SERIALISERS = {"graph.ttl": turtle, "graph.nt": ntriples, "graph.jsonld": jsonld}


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
