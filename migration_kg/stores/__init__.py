"""Where the built graph lives: one small interface over an Oxigraph store, in memory or on disk.

``--store memory`` (the default) keeps the store in memory and the build writes its files to
``--out``; ``--store DIR`` (or ``oxigraph:DIR``) keeps it in a RocksDB folder as well, replaced only
when a build succeeds. Either way the same pipeline fills it and the same checks and queries run on
it; nothing above this module knows which one it is.

Graph layout (also what ``migration-kg publish`` sends to a server), one named graph each:

- ``https://w3id.org/migration-kg/graph/ontology``: the ontology;
- ``https://w3id.org/migration-kg/graph/registry``: the registry's entities and the topic scheme;
- ``https://w3id.org/migration-kg/graph/<document-id>``: everything made from one report.

A triple belongs to exactly one graph (a fact two reports both state stays in the graph of the
first of them, by document id; each report keeps its own assertion and evidence), so the union of
the graphs, which every query sees, has no duplicates.

This module imports only pyoxigraph: the query path stays fast (no rdflib, pySHACL, networkx).
"""

from __future__ import annotations

import gc
import json
import os
import shutil
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import pyoxigraph as ox

from migration_kg.errors import UsageError
from migration_kg.vocabulary.prefixes import BASE

GRAPH_NS = BASE + "graph/"
ONTOLOGY_GRAPH = GRAPH_NS + "ontology"
REGISTRY_GRAPH = GRAPH_NS + "registry"
#: The file that marks a folder as a store built by this package (it is never replaced otherwise).
MARKER = "migration-kg-store.json"
STORE_FORMAT = 2


def document_graph(doc_id: str) -> str:
    return GRAPH_NS + doc_id


@dataclass(frozen=True)
class StoreSpec:
    """``memory`` or a folder for an on-disk store."""

    path: Path | None = None

    def __str__(self) -> str:
        return "memory" if self.path is None else str(self.path)


MEMORY = StoreSpec()


def parse_store(text: str) -> StoreSpec:
    """``memory`` (also ``oxigraph``), ``DIR`` or ``oxigraph:DIR`` (on disk)."""
    if text in ("memory", "oxigraph"):
        return MEMORY
    rest = text[len("oxigraph:"):] if text.startswith("oxigraph:") else text
    if not rest.strip():
        raise UsageError(f"--store {text!r}: use memory, or a folder for a store on disk")
    return StoreSpec(Path(rest).expanduser())


class GraphStore:
    """A pyoxigraph Store in the layout above; queries see the union of its named graphs."""

    def __init__(self, store, path: Path | None = None):
        self.store = store
        self.path = path

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def memory(cls) -> "GraphStore":
        return cls(ox.Store())

    @classmethod
    def open(cls, path: Path) -> "GraphStore":
        """A store built earlier into ``path`` (read-only)."""
        if not (path / MARKER).is_file():
            raise UsageError(f"{path} holds no store built by migration-kg; build one with "
                             f"`migration-kg build --store {path}`")
        try:
            return cls(ox.Store.read_only(str(path)), path)
        except OSError as exc:
            raise UsageError(f"cannot open the store in {path}: {str(exc).splitlines()[0]}") from exc

    @classmethod
    def from_nquads(cls, data: bytes) -> "GraphStore":
        store = ox.Store()
        store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
        return cls(store)

    def close(self) -> None:
        """Release the store (and, on disk, its lock) before another process opens it."""
        self.store = None
        gc.collect()

    # -- filling -------------------------------------------------------------------------------
    def load_ntriples(self, data: bytes, graph: str) -> None:
        self.store.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph))

    def add_quads(self, quads) -> None:
        """Add pyoxigraph Quads."""
        self.store.extend(quads)

    # -- reading -------------------------------------------------------------------------------
    def quads(self, subject=None, predicate=None, obj=None, graph=None):
        """The quads that match a pattern (None matches anything), as pyoxigraph Quads."""
        return self.store.quads_for_pattern(subject, predicate, obj, graph)

    def pyoxigraph_store(self):
        """The pyoxigraph Store itself, for a library that reads one directly (the SHACL engine)."""
        return self.store

    def solutions(self, query: str, substitutions: dict | None = None):
        """Run a SPARQL query of the package's own (or one already checked by
        migration_kg.query.sparql.check_safe) over the union of the graphs."""
        try:
            return self.store.query(query, use_default_graph_as_union=True, substitutions=substitutions)
        except SyntaxError as exc:
            raise UsageError(f"not a valid SPARQL 1.1 query: {str(exc).splitlines()[0]}") from exc

    def __len__(self) -> int:
        """Triples (each triple is in one graph only, so quads = triples)."""
        return len(self.store)

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.store.named_graphs())

    def graph_ntriples(self, graph: str) -> bytes:
        """One named graph as N-Triples, lines sorted."""
        return sorted_lines(self._dumps([graph]))

    def graphs_ntriples(self, graphs) -> bytes:
        """Some named graphs' triples as one N-Triples document, in the store's order (for a checker to
        read, not a file to keep)."""
        return b"".join(self._dumps(graphs))

    def nquads(self) -> bytes:
        """The whole store as N-Quads, lines sorted: the same bytes for the same content. Written a
        graph at a time, so a whole dump is never held beside its sorted copy."""
        graphs = [ox.DefaultGraph(), *(ox.NamedNode(g) for g in self.graphs())]
        return sorted_lines(ox.serialize(self.store.quads_for_pattern(None, None, None, g),
                                         format=ox.RdfFormat.N_QUADS) for g in graphs)

    def ntriples(self) -> bytes:
        """The union of the graphs as N-Triples, lines sorted once (not per graph and again), dumped
        a graph at a time."""
        return sorted_lines(self._dumps(self.graphs()))

    def _dumps(self, graphs):
        """Each named graph's triples as N-Triples, one graph at a time, in the store's order."""
        for graph in graphs:
            yield self.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph))

    # -- persisting ----------------------------------------------------------------------------
    def persist(self, path: Path, marker: dict, progress=None) -> "GraphStore":
        """Copy this (in-memory) store into ``path``, replacing the store there only once the copy is
        complete; returns the store opened read-only from ``path``. ``progress(done, total, "store on
        disk")`` after each batch of quads."""
        target = _Target(path)
        try:
            target.write(self.store, progress)
            target.commit({**marker, "format": STORE_FORMAT, "layout": GRAPH_NS, "built_by": "migration-kg"})
        except BaseException:
            target.abandon()
            raise
        return GraphStore.open(path)


def sorted_lines(chunks) -> bytes:
    """The lines of every chunk (bytes), sorted, as one document; each chunk is split and let go
    before the next is made, so a whole dump is never held beside its sorted copy."""
    lines: list[bytes] = []
    for chunk in chunks:
        lines += chunk.splitlines(keepends=True)
    lines.sort()
    return b"".join(lines)


def check_store_folder(path: Path) -> None:
    """Refuse, before any work, a folder that cannot take a store."""
    if path.exists():
        if not path.is_dir():
            raise UsageError(f"--store {path}: {path} is a file, not a folder")
        if any(path.iterdir()) and not (path / MARKER).is_file():
            raise UsageError(f"refusing to replace {path}: it is not empty and holds no store built by "
                             f"migration-kg ({MARKER} is missing); give an empty or new folder")


class _Target:
    """A store folder that is replaced only when the copy is complete."""

    #: Quads per bulk write: one bulk write holds its quads in memory twice, so a corpus is written in parts.
    CHUNK = 200_000

    def __init__(self, path: Path):
        check_store_folder(path)
        self.final = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.building = path.parent / f".{path.name}.building-{os.getpid()}"
        if self.building.exists():
            shutil.rmtree(self.building)

    def write(self, store, progress=None) -> None:
        """Bulk writes (far faster on RocksDB than transactions)."""
        disk = ox.Store(str(self.building))
        quads, total, done = store.quads_for_pattern(None, None, None, None), len(store), 0
        while True:
            chunk = list(islice(quads, self.CHUNK))
            if not chunk:
                break
            disk.bulk_extend(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total, "store on disk")
        disk.flush()
        del disk
        gc.collect()

    def abandon(self) -> None:
        if self.building.exists():
            shutil.rmtree(self.building, ignore_errors=True)

    def commit(self, marker: dict) -> None:
        """Swap the new store into place: the old one is removed only after the rename."""
        (self.building / MARKER).write_text(json.dumps(marker, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        old = None
        if self.final.exists():
            old = self.final.parent / f".{self.final.name}.old-{os.getpid()}"
            os.replace(self.final, old)
        os.replace(self.building, self.final)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
