"""Where the built graph lives: rdflib in memory, or an Oxigraph store in memory or on disk.

``--store memory`` (the default) is the original build: one rdflib graph, validated with pySHACL,
written to ``out/``. ``--store oxigraph`` builds into an in-memory pyoxigraph store and
``--store oxigraph:DIR`` into a RocksDB store in DIR, replacing the store that was there (a folder
holding anything else is refused). Both hold the same triples and answer the query library with
the same rows (tests/test_stores.py); the Oxigraph build is made for corpora of thousands of reports.

Graph layout (also what ``migration-kg publish`` sends to a server), one named graph each:

- ``https://w3id.org/migration-kg/graph/ontology``: the ontology (classes, properties, partnership kinds);
- ``https://w3id.org/migration-kg/graph/registry``: the registry's entities and the topic scheme;
- ``https://w3id.org/migration-kg/graph/<document-id>``: everything the build makes from one report:
  the document, its sections and paragraphs, its curated statements (the fact triple and the
  reified assertion), partnerships, memberships, evidence annotations and mentions.

A triple belongs to exactly one graph: a fact two reports both state (``id:iom mkg:organises
id:x``, a shared role) is kept in the graph of the first of them (by document id); each report keeps
its own assertion, evidence and quote. So the union of the graphs is the memory build's graph, with
no duplicates: Oxigraph's union default graph does not remove duplicates across graphs. Queries
run on that union (``use_default_graph_as_union``).

The Oxigraph build keeps the memory build's guarantees with a different engine where the memory one
does not scale: records come from the same modules (sources, registry, statements, quotes,
mentions; curation errors name file and line), triples from the same ``GraphBuilder``; reports
are processed in parallel worker processes (two on two cores) and their triples loaded, in batches,
into an in-memory store; SHACL runs as SPARQL on that store (:mod:`migration_kg.shaclsparql`;
pySHACL on the memory build's graph when the shapes use something that module does not translate),
with the data checks (``queries/*-violation.rq``); only then is the store copied into a new folder
next to DIR and swapped in. A failed build leaves DIR as it was. Build, validation, data checks
and query times for 10 to 1,000 reports: ``benchmarks/corpus_benchmark.py``.

Two things Oxigraph does to literals: it stores every integer type as ``xsd:integer`` (the
build's ``xsd:nonNegativeInteger`` offsets and ``xsd:positiveInteger`` levels read back as
``xsd:integer``, same value) and writes decimals in canonical form (``0.50`` reads back as ``0.5``).
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from migration_kg import paths
from migration_kg.errors import CurationError, UsageError, ValidationError
from migration_kg.namespaces import BASE, DOC, MKG, bind_prefixes
from migration_kg.sparql import Rows, check_safe, from_oxigraph, with_values

#: Named graphs: one for the ontology, one for the registry, one per source document.
GRAPH_NS = BASE + "graph/"
ONTOLOGY_GRAPH = GRAPH_NS + "ontology"
REGISTRY_GRAPH = GRAPH_NS + "registry"
#: The file that marks a folder as a store built by this package (it is never replaced otherwise).
MARKER = "migration-kg-store.json"
STORE_FORMAT = 1
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def document_graph(doc_id: str) -> str:
    return GRAPH_NS + doc_id


# -- --store -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class StoreSpec:
    kind: str  # "memory" or "oxigraph"
    path: Path | None = None

    def __str__(self) -> str:
        return self.kind + (f":{self.path}" if self.path is not None else "")

    @property
    def is_oxigraph(self) -> bool:
        return self.kind == "oxigraph"


MEMORY = StoreSpec("memory")


def parse_store(text: str) -> StoreSpec:
    """``memory``, ``oxigraph`` (in memory) or ``oxigraph:DIR`` (on disk)."""
    kind, sep, rest = text.partition(":")
    if kind == "memory" and not sep:
        return MEMORY
    if kind == "oxigraph":
        if not sep:
            return StoreSpec("oxigraph")
        if rest.strip():
            return StoreSpec("oxigraph", Path(rest).expanduser())
    raise UsageError(f"--store {text!r}: use memory, oxigraph (in memory) or oxigraph:DIR (on disk)")


# -- the store -----------------------------------------------------------------------------------

class OxigraphStore:
    """A pyoxigraph Store holding the graph layout above; queries see the union of its graphs."""

    def __init__(self, store, path: Path | None = None):
        self.store = store
        self.path = path

    @classmethod
    def open(cls, path: Path) -> "OxigraphStore":
        """A store built earlier into ``path`` (read-only)."""
        import pyoxigraph as ox

        if not (path / MARKER).is_file():
            raise UsageError(f"{path} holds no store built by migration-kg; build one with "
                             f"`migration-kg build --store oxigraph:{path}`")
        try:
            return cls(ox.Store.read_only(str(path)), path)
        except OSError as exc:
            raise UsageError(f"cannot open the store in {path}: {str(exc).splitlines()[0]}") from exc

    def close(self) -> None:
        """Release the store (and, on disk, its lock) before another process opens it."""
        self.store = None
        gc.collect()

    def query(self, query: str, bindings: dict | None = None, allow_network: bool = False) -> Rows:
        """Run a SELECT over the union of the graphs, after the safety check (migration_kg.sparql.check_safe).

        Parameters are bound by a trailing VALUES clause (``sparql.with_values``), as for a remote
        endpoint: Oxigraph's ``substitutions`` evaluate the whole query before binding (26 s instead
        of 0.01 s for actor-profile on a hundred reports)."""
        check_safe(query, allow_network)
        return self._select(with_values(query, bindings or {}))

    def _select(self, query: str) -> Rows:
        """A SELECT of the package's own (library checks, counts): no safety parse."""
        import pyoxigraph as ox

        try:
            solutions = self.store.query(query, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise UsageError(f"not a valid SPARQL query for Oxigraph: {str(exc).splitlines()[0]}") from exc
        if not isinstance(solutions, ox.QuerySolutions):
            raise UsageError("only SELECT queries give rows")
        variables = [v.value for v in solutions.variables]
        return Rows(variables, [tuple(from_oxigraph(s[v]) for v in variables) for s in solutions])

    def __len__(self) -> int:
        """Triples (each triple is in one graph only, so quads = triples)."""
        return len(self.store)

    def count_instances(self, cls: URIRef) -> int:
        rows = self._select(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a <{cls}> }}")
        return int(rows.rows[0][0])

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.store.named_graphs())

    def graph_ntriples(self, graph: str) -> bytes:
        """One named graph as N-Triples, lines sorted."""
        import pyoxigraph as ox

        data = self.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph))
        return _sorted_lines(data)

    def nquads(self) -> bytes:
        """The whole store as N-Quads, lines sorted: deterministic for the same store content."""
        import pyoxigraph as ox

        return _sorted_lines(self.store.dump(format=ox.RdfFormat.N_QUADS))

    def _quads(self, predicate, obj=None):
        import pyoxigraph as ox

        return self.store.quads_for_pattern(None, ox.NamedNode(str(predicate)),
                                            None if obj is None else ox.NamedNode(str(obj)))

    def _view(self, entity_predicates, other_patterns=()) -> Graph:
        """A small rdflib graph: every mkg:kind triple, the ``entity_predicates`` triples of the
        subjects that have a kind, and every triple of ``other_patterns`` ((predicate, object or None))."""
        g = Graph()
        bind_prefixes(g)
        entities = set()
        for q in self._quads(MKG.kind):
            entities.add(q.subject)
            g.add((from_oxigraph(q.subject), MKG.kind, from_oxigraph(q.object)))
        for predicate in entity_predicates:
            for q in self._quads(predicate):
                if q.subject in entities:
                    g.add((from_oxigraph(q.subject), predicate, from_oxigraph(q.object)))
        for predicate, obj in other_patterns:
            for q in self._quads(predicate, obj):
                g.add((from_oxigraph(q.subject), predicate, from_oxigraph(q.object)))
        return g

    def names(self) -> Graph:
        """Kinds, labels, acronyms and aliases of the registry's entities: what NameIndex reads."""
        return self._view([RDFS.label, MKG.acronym, SKOS.altLabel])

    def network(self) -> Graph:
        """The triples analytics.actor_network reads: kinds and labels of entities, partnerships
        with their kind and partners, and the actor-to-actor and shared-role relations."""
        from migration_kg.analytics import DIRECT, SHARED

        others = [(RDF.type, MKG.Partnership), (MKG.partnershipKind, None), (MKG.partner, None)]
        others += [(p, None) for p in (*DIRECT, *SHARED)]
        return self._view([RDFS.label], others)


def _sorted_lines(data: bytes) -> bytes:
    lines = data.splitlines(keepends=True)
    lines.sort()
    return b"".join(lines)


# -- building into Oxigraph ------------------------------------------------------------------------

@dataclass
class DocPart:
    """What one worker makes of one source document."""

    doc_id: str = ""
    statements: int = 0
    partnerships: int = 0
    mentions: int = 0
    mentioned: frozenset = frozenset()
    unmatched: list = field(default_factory=list)
    own: bytes = b""  # N-Quads of the triples whose subject the document mints (in its graph only)
    shared: list = field(default_factory=list)  # the others (facts on entities, roles) as triple keys
    triples: int = 0
    seconds: dict = field(default_factory=dict)
    error: tuple | None = None  # (message, file, line, entry) of a CurationError
    weak_quotes: list = field(default_factory=list)  # migration_kg.quotecheck.QuoteIssue


@dataclass
class StoreBuild:
    store: OxigraphStore
    documents: list[str]
    kinds: Counter
    statements: int
    partnerships: int
    mentions: int
    triples: int
    validator: str
    seconds: dict[str, float]
    workers: int


class _Sink(list):
    """Stands in for the rdflib graph of GraphBuilder: collects triples, in order."""

    def add(self, triple) -> None:
        self.append(triple)


def _triple_builder():
    """A GraphBuilder writing to a list instead of an rdflib graph (same code makes the triples)."""
    from migration_kg.rdf import GraphBuilder

    class TripleBuilder(GraphBuilder):
        def __init__(self):  # no ontology copy, no rdflib graph
            self.graph = _Sink()
            self._texts = {}

    return TripleBuilder()


class _Terms:
    """rdflib terms as N-Triples text, with a cache for the IRIs that repeat.

    Written directly (no pyoxigraph objects): converting a million triples term by term through
    pyoxigraph took ten seconds on two cores, this takes about one. Literals escape what N-Triples
    requires (backslash, double quote, line feed, carriage return); the same triple always gives
    the same line, which the build relies on to keep each triple in one graph only."""

    def __init__(self):
        self.cache: dict = {}

    def __call__(self, term) -> str:
        hit = self.cache.get(term)
        if hit is not None:
            return hit
        if isinstance(term, URIRef):
            out = f"<{term}>"
            self.cache[term] = out
            return out
        if isinstance(term, Literal):
            text = str(term)
            if "\\" in text or '"' in text or "\n" in text or "\r" in text:
                text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
            if term.language:
                return f'"{text}"@{term.language}'
            if term.datatype is not None and str(term.datatype) != _XSD_STRING:
                return f'"{text}"^^<{term.datatype}>'
            return f'"{text}"'
        raise ValueError(f"blank node {term!r}: every node must have a minted IRI")

    def lines(self, triples) -> list[str]:
        """Each triple as "<s> <p> o" (no graph, no final dot): the key that keeps triples unique."""
        get, term = self.cache.get, self
        return [f"{get(s) or term(s)} {get(p) or term(p)} {get(o) or term(o)}" for s, p, o in triples]


def _nquads(lines, graph: str) -> bytes:
    """Triple keys (see _Terms.lines) as N-Quads in ``graph``."""
    suffix = f" <{graph}> .\n"
    return "".join(line + suffix for line in lines).encode("utf-8")


#: Per-process state of the workers: registry, ontology, mention matcher (set before forking).
_STATE: dict = {}


def _load_state(graph_dir: Path, ontology_file: Path) -> dict:
    from migration_kg.mentions import MentionMatcher
    from migration_kg.ontology import Ontology
    from migration_kg.registry import load_registry

    ontology = Ontology(ontology_file)
    _ = ontology.relations, ontology.partnership_kinds  # parse once, before forking
    registry = load_registry(graph_dir)
    return {"ontology": ontology, "registry": registry, "matcher": MentionMatcher(registry), "terms": _Terms()}


def _init_worker(graph_dir: str, ontology_file: str) -> None:
    if not _STATE:  # spawn start method: nothing inherited
        _STATE.update(_load_state(Path(graph_dir), Path(ontology_file)))


def _process(folder: str) -> DocPart:
    """One document: records, mentions, triples (split into the document's own and shared ones)."""
    from migration_kg.build import _check_metadata_refs
    from migration_kg.mentions import curation_report
    from migration_kg.quotecheck import check_quotes
    from migration_kg.registry import Registry
    from migration_kg.sources import load_document
    from migration_kg.statements import load_statements

    registry, ontology, matcher, terms = (_STATE[k] for k in ("registry", "ontology", "matcher", "terms"))
    seconds: dict[str, float] = {}
    t = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal t
        now = time.perf_counter()
        seconds[name] = seconds.get(name, 0.0) + now - t
        t = now

    try:
        doc = load_document(Path(folder))
        _check_metadata_refs(doc, registry)
        lap("documents")
        part = load_statements(doc, registry, ontology)
        lap("statements")
        mentions = matcher.find(doc)
        lap("mentions")
    except CurationError as exc:
        return DocPart(error=(exc.message, str(exc.file) if exc.file else None, exc.line, exc.entry))
    builder = _triple_builder()
    builder.add_document(doc)
    builder.add_curation(part)
    builder.add_mentions(mentions)
    lap("triples")
    prefix = str(DOC[doc.id])
    own, shared = [], []
    for triple in builder.graph:
        s = str(triple[0])
        if s == prefix or s.startswith(prefix + "/"):
            own.append(triple)
        else:
            shared.append(triple)
    own_bytes = _nquads(terms.lines(own), document_graph(doc.id))
    shared_lines = terms.lines(shared)
    lap("serialise")
    # unmatched names only: which entities no document mentions is worked out once, in build_store
    report = curation_report(Registry(), [doc], mentions)
    lap("curation report")
    if len(terms.cache) > 100_000:  # the document's own IRIs do not come back
        terms.cache.clear()
    return DocPart(doc.id, len(part.statements), len(part.partnerships), len(mentions),
                   frozenset(m.entity for m in mentions), report.unmatched, own=own_bytes, shared=shared_lines,
                   triples=len(own), seconds=seconds,
                   weak_quotes=check_quotes(part.statements, {doc.id: doc.text}))


def _available_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _parts(folders: list[Path], graph_dir: Path, ontology_file: Path, workers: int):
    """DocParts in document order, from ``workers`` processes (or this one)."""
    if workers <= 1:
        for folder in folders:
            yield _process(str(folder))
        return
    import multiprocessing as mp

    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    ctx = mp.get_context(method)
    with ctx.Pool(workers, initializer=_init_worker, initargs=(str(graph_dir), str(ontology_file))) as pool:
        chunk = max(1, min(16, len(folders) // (workers * 8) or 1))
        yield from pool.imap(_process, [str(f) for f in folders], chunksize=chunk)


class _Target:
    """A store folder that is replaced only when the build succeeds (or an in-memory store)."""

    def __init__(self, path: Path | None):
        self.final = path
        self.building: Path | None = None
        if path is None:
            return
        if path.exists():
            if not path.is_dir():
                raise UsageError(f"--store oxigraph:{path}: {path} is a file, not a folder")
            if any(path.iterdir()) and not (path / MARKER).is_file():
                raise UsageError(f"refusing to replace {path}: it is not empty and holds no store built by "
                                 f"migration-kg ({MARKER} is missing); give an empty or new folder")
        path.parent.mkdir(parents=True, exist_ok=True)
        self.building = path.parent / f".{path.name}.building-{os.getpid()}"
        if self.building.exists():
            shutil.rmtree(self.building)

    def open(self):
        """The build always happens in memory: SHACL and the data checks run there five times faster
        than on RocksDB (4.5 s against 25 s for a thousand reports); :meth:`write` then copies it."""
        import pyoxigraph as ox

        return ox.Store()

    #: Quads per bulk write: one write of a million quads needs 1 GB more memory; 200,000 at a time
    #: about 100 MB more, for some 17 s instead of 12 s.
    CHUNK = 200_000

    def write(self, store) -> None:
        """Copy the built in-memory store into the new folder with bulk writes (RocksDB: 17 s for a
        million triples, against 38 s as transactions, and 350 MB on disk instead of 1.3 GB)."""
        from itertools import islice

        import pyoxigraph as ox

        disk = ox.Store(str(self.building))
        quads = store.quads_for_pattern(None, None, None, None)
        while True:
            chunk = list(islice(quads, self.CHUNK))
            if not chunk:
                break
            disk.bulk_extend(chunk)
        disk.flush()
        del disk
        gc.collect()

    def abandon(self) -> None:
        if self.building is not None and self.building.exists():
            shutil.rmtree(self.building, ignore_errors=True)

    def commit(self, marker: dict) -> None:
        """Swap the new store into place: the old one is removed only after the rename."""
        assert self.building is not None and self.final is not None
        (self.building / MARKER).write_text(json.dumps(marker, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        old = None
        if self.final.exists():
            old = self.final.parent / f".{self.final.name}.old-{os.getpid()}"
            os.replace(self.final, old)
        os.replace(self.building, self.final)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


def build_store(graph_dir: Path, spec: StoreSpec, *, ontology_file: Path = paths.ONTOLOGY_FILE,
                shapes_file: Path = paths.SHAPES_FILE, queries_dir: Path = paths.QUERIES_DIR,
                workers: int | None = None, progress=None, validator: str = "auto"):
    """Build ``graph_dir`` into an Oxigraph store (in memory, or replacing ``spec.path``).

    Raises CurationError or ValidationError (the folder is then left as it was). ``progress`` is
    called as progress(done, total) after each document. ``validator``: ``auto`` (SPARQL, pySHACL
    when the shapes use something the translation does not cover), ``sparql`` or ``pyshacl``.
    Returns (StoreBuild, CurationReport).
    """
    from migration_kg.mentions import CurationReport
    from migration_kg.sources import discover
    from migration_kg.validation import load_shapes

    seconds: dict[str, float] = {}
    started = t = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal t
        now = time.perf_counter()
        seconds[name] = seconds.get(name, 0.0) + now - t
        t = now

    shapes = load_shapes(shapes_file)
    state = _load_state(graph_dir, ontology_file)
    registry, ontology = state["registry"], state["ontology"]
    folders = discover(graph_dir)
    if not folders:
        raise CurationError("no source documents: add sources/<id>/metadata.yaml", file=graph_dir / "sources")
    checks, validator = _validator(shapes, validator)
    lap("registry and ontology")
    if workers is None:
        workers = min(2, _available_cpus()) if len(folders) >= 8 else 1
    _STATE.clear()
    _STATE.update(state)
    target = _Target(spec.path)
    store = parts = None
    try:
        parts = _parts(folders, graph_dir, ontology_file, workers)  # forks before the store exists
        first = next(parts)
        raw = target.open()
        store = OxigraphStore(raw, spec.path)
        terms = state["terms"]
        loader = _Loader(raw)
        seen: set[str] = set()
        ontology_lines = terms.lines(ontology.graph)
        loader.add(_nquads(ontology_lines, ONTOLOGY_GRAPH), len(ontology_lines))
        seen.update(ontology_lines)
        builder = _triple_builder()
        builder.add_registry(registry)
        registry_lines = [line for line in terms.lines(builder.graph) if line not in seen]
        seen.update(registry_lines)
        loader.add(_nquads(registry_lines, REGISTRY_GRAPH), len(registry_lines))
        documents, mentioned, unmatched, weak_quotes = [], set(), Counter(), []
        counts = Counter()
        worker_seconds: Counter = Counter()
        for index, part in enumerate(_chain(first, parts)):
            if part.error is not None:
                message, file, line, entry = part.error
                raise CurationError(message, file=file, line=line, entry=entry)
            new = [line for line in part.shared if line not in seen]
            seen.update(new)
            loader.add(part.own + _nquads(new, document_graph(part.doc_id)), part.triples + len(new))
            documents.append(part.doc_id)
            mentioned |= part.mentioned
            unmatched.update(dict(part.unmatched))
            weak_quotes += part.weak_quotes
            counts.update(statements=part.statements, partnerships=part.partnerships, mentions=part.mentions)
            worker_seconds.update(part.seconds)
            if progress is not None:
                progress(index + 1, len(folders))
        loader.flush()
        del seen
        lap("documents (parallel)" if workers > 1 else "documents")
        for name, value in worker_seconds.items():
            seconds[f"  worker {name}"] = value
        failures = _validate_and_check(store, shapes, checks, validator, queries_dir, graph_dir, ontology)
        if failures:
            from migration_kg.build import format_check_failures

            raise ValidationError(format_check_failures(failures))
        lap(f"SHACL ({validator}) and data checks")
        kinds = Counter(e.kind for e in registry.values())
        result = StoreBuild(store, documents, kinds, counts["statements"], counts["partnerships"], counts["mentions"],
                            len(store), validator, seconds, workers)
        if spec.path is not None:
            target.write(raw)
            store.close()
            del raw
            gc.collect()
            target.commit({"format": STORE_FORMAT, "layout": GRAPH_NS, "documents": len(documents),
                           "triples": result.triples, "built_by": "migration-kg"})
            result.store = OxigraphStore.open(spec.path)
            lap("persist")
        never = [e for e in registry.values() if e.id not in mentioned]
        report = CurationReport(never, sorted(unmatched.items(), key=lambda kv: (-kv[1], kv[0])), sorted(weak_quotes))
        seconds["total"] = time.perf_counter() - started
        return result, report
    except BaseException:
        if store is not None:
            store.close()
        target.abandon()
        raise
    finally:
        if parts is not None:
            parts.close()  # stops the worker processes now, not when the generator is collected
        _STATE.clear()


class _Loader:
    """Loads N-Quads into the (in-memory) store in batches of about 50,000 triples."""

    BATCH = 50_000

    def __init__(self, store):
        import pyoxigraph as ox

        self.format = ox.RdfFormat.N_QUADS
        self.write = store.load
        self.chunks: list[bytes] = []
        self.pending = 0

    def add(self, data: bytes, triples: int) -> None:
        self.chunks.append(data)
        self.pending += triples
        if self.pending >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        if self.chunks:
            self.write(b"".join(self.chunks), format=self.format)
        self.chunks, self.pending = [], 0


def _chain(first, rest):
    yield first
    yield from rest


def _validator(shapes: Graph, choice: str):
    from migration_kg.shaclsparql import UnsupportedShapes, compile_shapes

    if choice == "pyshacl":
        return None, "pyshacl"
    try:
        return compile_shapes(shapes), "sparql"
    except UnsupportedShapes:
        if choice == "sparql":
            raise
        return None, "pyshacl"


def _validate_and_check(store: OxigraphStore, shapes: Graph, checks, validator: str, queries_dir: Path,
                        graph_dir: Path | None = None, ontology=None):
    """SHACL (raises ValidationError), then the data checks' failures; the queries run on two threads
    (Oxigraph evaluates them outside the GIL: 7.1 s -> 4.5 s at a thousand reports)."""
    if validator != "sparql":
        _validate(store, shapes, checks, validator, graph_dir, ontology)
        return run_checks(store, queries_dir)
    from concurrent.futures import ThreadPoolExecutor

    from migration_kg.shaclsparql import check_store
    from migration_kg.sparql import library

    checks_q = [q for q in library(queries_dir).values() if q.is_check]
    with ThreadPoolExecutor(2) as pool:
        data = [(q, pool.submit(store._select, q.text)) for q in checks_q]
        check_store(store.store, checks, None, pool)  # a SHACL violation is reported first, as in memory
        return [(q, f.result()) for q, f in data if f.result().rows]


def _validate(store: OxigraphStore, shapes: Graph, checks, validator: str, graph_dir: Path | None = None,
              ontology=None) -> None:
    if validator == "sparql":
        from migration_kg.shaclsparql import check_store

        check_store(store.store, checks)
        return
    # pySHACL needs the build's own literals (Oxigraph has turned xsd:nonNegativeInteger into
    # xsd:integer): it validates the memory build's graph of the same records, as the memory store does.
    from migration_kg.build import load, to_graph
    from migration_kg.validation import check

    check(to_graph(load(graph_dir, ontology), ontology), shapes)


def to_rdflib(store: OxigraphStore) -> Graph:
    """All the store's triples as one rdflib graph (small graphs only: ~1.5 kB of memory per triple)."""
    g = Graph()
    bind_prefixes(g)
    for q in store.store.quads_for_pattern(None, None, None, None):
        g.add((from_oxigraph(q.subject), from_oxigraph(q.predicate), from_oxigraph(q.object)))
    return g


def run_checks(store: OxigraphStore, queries_dir: Path = paths.QUERIES_DIR):
    """Every data check of the query library (``*-violation.rq``) on the store's union graph
    (the library's own files: run without the safety parse user queries get)."""
    from migration_kg.sparql import library

    failures = []
    for query in library(queries_dir).values():
        if query.is_check:
            rows = store._select(query.text)
            if rows.rows:
                failures.append((query, rows))
    return failures


# -- opening what a command works on ----------------------------------------------------------------

def open_store(spec: StoreSpec, graph_dir: Path = paths.GRAPH_DIR, progress=None) -> OxigraphStore:
    """The store a command reads: the built store in DIR, or a fresh in-memory build of graph_dir."""
    if spec.path is not None:
        return OxigraphStore.open(spec.path)
    build, _ = build_store(graph_dir, spec, progress=progress)
    return build.store
