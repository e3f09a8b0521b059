"""Read an exported graph file (Turtle, N-Triples, N-Quads, JSON-LD) into a store, with pyoxigraph,
without surprise network access (a JSON-LD file naming a remote @context is refused), and within
the limits (migration_kg.limits.Limits: the file's size; JSON nesting, chains of JSON-LD context
terms and nested triple terms, checked by migration_kg.stores.guards before the parser sees the file)."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox

from migration_kg.errors import InputTooLarge, UsageError
from migration_kg.stores.guards import check_context_chain, check_json_depth, check_triple_term_depth
from migration_kg.limits import limits
from migration_kg.stores import GRAPH_NS, GraphStore

#: Where the triples of a Turtle, N-Triples or JSON-LD file go (N-Quads keep their own graphs).
FILE_GRAPH = GRAPH_NS + "file"

FORMATS = {".ttl": "TURTLE", ".nt": "N_TRIPLES", ".nq": "N_QUADS", ".jsonld": "JSON_LD", ".json": "JSON_LD"}


def read_graph(path: Path, allow_network: bool = False) -> GraphStore:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UsageError(f"{path}: unknown graph format; use a .ttl, .nt, .nq or .jsonld file")
    bound = limits().max_input_size
    try:
        if path.is_dir():
            raise UsageError(f"--graph {path} is a folder; give a graph file")
        size = path.stat().st_size
        if size > bound:
            raise InputTooLarge(f"{path}: graph file of {size / 2**20:.1f} MB, above the input size limit of "
                                f"{bound / 2**20:.1f} MB (raise it with --max-input-size, or use build --store DIR "
                                "and --store for big graphs)")
        with path.open("rb") as fh:
            data = fh.read(bound + 1)
    except OSError as exc:
        raise UsageError(f"{path}: cannot read graph file: {exc.strerror or exc}") from exc
    if len(data) > bound:
        raise InputTooLarge(f"{path}: graph file above the input size limit of {bound / 2**20:.1f} MB")
    if fmt == "JSON_LD":
        check_json_depth(data, str(path))
        try:
            document = json.loads(data)
            remote = _remote_contexts(document)
        except (ValueError, RecursionError) as exc:
            raise UsageError(f"{path}: not valid JSON: {str(exc)[:200]}") from exc
        if remote:
            raise UsageError(f"{path}: JSON-LD context {remote[0]} would be fetched over the network; "
                             "refused (contexts are never fetched: embed the context in the file)")
        check_context_chain(document, str(path))
    else:
        check_triple_term_depth(data, str(path))
    store = GraphStore.memory()
    try:
        if fmt == "N_QUADS":
            store.store.load(data, format=ox.RdfFormat.N_QUADS)
        else:
            store.store.load(data, format=getattr(ox.RdfFormat, fmt), to_graph=ox.NamedNode(FILE_GRAPH))
    except (SyntaxError, ValueError) as exc:
        raise UsageError(f"{path}: cannot parse as {fmt.replace('_', '-').lower()}: "
                         f"{str(exc).splitlines()[0] if str(exc) else exc}") from exc
    return store


def _remote_contexts(node, depth: int = 0) -> list[str]:
    if depth > 200:
        raise ValueError("JSON nested more than 200 levels deep")
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "@context":
                items = value if isinstance(value, list) else [value]
                found += [v for v in items if isinstance(v, str)]
                found += [c for v in items if isinstance(v, dict) for c in _remote_contexts({"x": v}, depth + 1)]
            else:
                found += _remote_contexts(value, depth + 1)
        if "@import" in node and isinstance(node["@import"], str):
            found.append(node["@import"])
    elif isinstance(node, list):
        for item in node:
            found += _remote_contexts(item, depth + 1)
    return found
