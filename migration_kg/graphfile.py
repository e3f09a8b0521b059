"""Read an exported graph file (Turtle, N-Triples, JSON-LD) without surprise network access."""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Graph

from migration_kg.errors import UsageError

FORMATS = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld"}


def read_graph(path: Path, allow_network: bool = False) -> Graph:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UsageError(f"{path}: unknown graph format; use a .ttl, .nt or .jsonld file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"{path}: cannot read graph file: {exc.strerror}") from exc
    if fmt == "json-ld" and not allow_network:
        try:
            remote = _remote_contexts(json.loads(data))
        except ValueError as exc:
            raise UsageError(f"{path}: not valid JSON: {exc}") from exc
        if remote:
            raise UsageError(f"{path}: JSON-LD context {remote[0]} would be fetched over the network; "
                             "refused (pass --allow-network to permit it)")
    try:
        return Graph().parse(data=data, format=fmt)
    except Exception as exc:  # rdflib's parsers raise many types
        raise UsageError(f"{path}: cannot parse as {fmt}: {str(exc).splitlines()[0] if str(exc) else exc}") from exc


def _remote_contexts(node) -> list[str]:
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "@context":
                items = value if isinstance(value, list) else [value]
                found += [v for v in items if isinstance(v, str)]
                found += [c for v in items if isinstance(v, dict) for c in _remote_contexts({"x": v})]
            else:
                found += _remote_contexts(value)
        if "@import" in node and isinstance(node["@import"], str):
            found.append(node["@import"])
    elif isinstance(node, list):
        for item in node:
            found += _remote_contexts(item)
    return found
