"""The build: the one pipeline, the same for one report and for a thousand.

    curated YAML + source texts  ->  checked records  ->  triples  ->  a store  ->  checks  ->  outputs
    (migration_kg.curation)         (per document)      (vocabulary)  (stores)     (checks)    (outputs)

Each document is read, checked and turned into triples once (in worker processes when there are
many); the triples go into one store (in memory, or copied to disk at the end), split into named
graphs (ontology, registry, one per document); SHACL and the data checks run on that store; the
outputs are written from it, all together or not at all. Bad input raises CurationError (exit 2),
a failed check ValidationError (exit 1); in both cases nothing is written.
"""

from __future__ import annotations

import logging
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from migration_kg import resources
from migration_kg.curation.comments import check_comments
from migration_kg.curation.mentions import CurationReport, MentionMatcher, curation_report, unsettled_names
from migration_kg.curation.quotecheck import check_quotes
from migration_kg.curation.registry import Registry, load_registry
from migration_kg.curation.sources import SourceDocument, discover, load_document
from migration_kg.curation.statements import check_metadata_refs, load_statements
from migration_kg.errors import Collector, CurationError, CurationErrors, limits, using_limits
from migration_kg.stores import (MEMORY, ONTOLOGY_GRAPH, REGISTRY_GRAPH, GraphStore, StoreSpec,
                                 check_store_folder, document_graph)
from migration_kg.vocabulary.namespaces import DOC
from migration_kg.vocabulary.ontology import Ontology
from migration_kg.vocabulary.terms import NTriples, ntriples
from migration_kg.vocabulary.triples import GraphBuilder


_log = logging.getLogger(__name__)
_DOC_IRI = f"<{DOC}"


def self_contained(doc_id: str, own: list[str], shared: list[str]) -> bool:
    """No triple of a document's own (``own``, its subjects minted under the document's IRI) names
    another document's node, and none of its ``shared`` triples (about registry entities) names any
    document's node. (A literal that quotes such an IRI counts too: a false alarm costs only speed.)"""
    mine, below = f"<{DOC[doc_id]}>", f"<{DOC[doc_id]}/"
    own_text = "".join(own)
    return own_text.count(_DOC_IRI) == own_text.count(mine) + own_text.count(below) and not _names_a_document(shared)


def _names_a_document(lines: list[str]) -> bool:
    """Some of these triple lines (about registry entities) name a document's node."""
    return any(_DOC_IRI in line for line in lines)


@dataclass
class DocPart:
    """What the pipeline makes of one source document (picklable: it may come from a worker)."""

    doc_id: str = ""
    title: str = ""
    statements: int = 0
    partnerships: int = 0
    mentions: int = 0
    mentioned: frozenset = frozenset()
    unmatched: list = field(default_factory=list)
    unmatched_at: dict = field(default_factory=dict)  # name -> [(document id, offset)]
    own: list = field(default_factory=list)  # triple lines whose subject the document mints
    shared: list = field(default_factory=list)  # the others (facts on entities, roles)
    errors: list = field(default_factory=list)  # (message, file, line, entry) of each CurationError
    weak_quotes: list = field(default_factory=list)  # migration_kg.curation.quotecheck.QuoteIssue
    #: Its own triples name no other document's nodes and its shared ones name no document's node: the
    #: condition for SHACL to check the corpus in parts (migration_kg.checks.shacl.Partition).
    self_contained: bool = True


@dataclass
class BuildResult:
    store: GraphStore
    documents: list[str]
    kinds: Counter
    statements: int
    partnerships: int
    mentions: int
    report: CurationReport
    outputs: dict[str, Path] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)

    def summary(self) -> list[str]:
        docs = ", ".join(self.documents[:5])
        if len(self.documents) > 5:
            docs += f", ... and {len(self.documents) - 5} more"
        where = f"on disk in {self.store.path}" if self.store.path is not None else "in memory"
        lines = [f"Documents: {len(self.documents)} ({docs})",
                 "Entities: " + ", ".join(f"{k} {n}" for k, n in sorted(self.kinds.items()))
                 + f" (total {sum(self.kinds.values())})",
                 f"Statements: {self.statements}",
                 f"Partnerships: {self.partnerships}",
                 f"Mentions: {self.mentions}",
                 f"Triples: {len(self.store)} in {len(self.documents) + 2} named graphs "
                 f"(ontology, registry, one per document); store {where}",
                 "Validation: SHACL conforms; data checks pass"]
        lines += [f"Wrote {p}" for p in self.outputs.values()]
        return lines


class DocumentProcessor:
    """Records -> triples for one document folder: the same code in this process or in a worker."""

    def __init__(self, registry: Registry, ontology: Ontology):
        self.registry = registry
        self.ontology = ontology
        self.matcher = MentionMatcher(registry)
        self.terms = NTriples()
        self.limits = limits()  # the same limits in a worker process

    def __call__(self, folder: str) -> DocPart:
        errors = Collector(self.limits.max_errors)
        try:
            with using_limits(**vars(self.limits)):
                doc = load_document(Path(folder))
                check_metadata_refs(doc, self.registry, errors)
                part = load_statements(doc, self.registry, self.ontology, errors)
                errors.check()
                mentions = self.matcher.find(doc)
                for name, ids in unsettled_names(doc, mentions).items():
                    _log.warning("%s: the name %r matches several registry entities (%s); say which one this "
                                 "document means in its metadata.yaml, like names: {%s: %s}", doc.id, name,
                                 ", ".join(ids), name, ids[0])
        except CurationError as exc:
            found = exc.errors if isinstance(exc, CurationErrors) else [exc]
            return DocPart(errors=[(e.message, str(e.file) if e.file else None, e.line, e.entry) for e in found])
        builder = GraphBuilder(self.terms)
        builder.add_document(doc)
        builder.add_curation(part)
        builder.add_mentions(mentions)
        itself, below = f"<{DOC[doc.id]}> ", f"<{DOC[doc.id]}/"
        own_lines, shared_lines = [], []
        for line in builder.lines:
            (own_lines if line.startswith(below) or line.startswith(itself) else shared_lines).append(line)
        # unmatched names only: which entities no document mentions is worked out once, after all
        report = curation_report(Registry(), [doc], mentions)
        return DocPart(doc.id, str(doc.metadata.get("title", "")), len(part.statements), len(part.partnerships),
                       len(mentions), frozenset(m.entity for m in mentions), report.unmatched,
                       own=own_lines, shared=shared_lines,
                       weak_quotes=check_quotes(part.statements, {doc.id: doc.text}),
                       unmatched_at=report.unmatched_at,
                       self_contained=self_contained(doc.id, own_lines, shared_lines))


@dataclass
class Records:
    """The checked records of a data folder, before any RDF: what curators' tools work on."""

    registry: Registry
    documents: list[SourceDocument]
    statements: list
    partnerships: list
    mentions: list


def load(data_dir: Path) -> Records:
    """Read and check every curated file of ``data_dir`` (CurationError on bad input)."""
    ontology = Ontology(resources.ontology_file())
    errors = Collector()
    registry = load_registry(data_dir, errors)
    matcher = MentionMatcher(registry)
    records = Records(registry, [], [], [], [])
    for folder in discover(data_dir):
        with errors.entry():
            doc = load_document(folder)
            check_metadata_refs(doc, registry, errors)
            part = load_statements(doc, registry, ontology, errors)
            records.documents.append(doc)
            records.statements += part.statements
            records.partnerships += part.partnerships
    errors.check()
    for doc in records.documents:
        records.mentions += matcher.find(doc)
    return records


def _available_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _work(processor: DocumentProcessor, folders: list[str], channel) -> None:
    """One worker process: its share of the documents, in order, onto its channel; an exception that
    is not a curation error (input too large, a bug) goes onto it too, and ends the worker. Ctrl-C
    is the building process's to handle (it stops the workers), and SIGTERM ends a worker quietly:
    the handlers the command line installs are not inherited."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    for folder in folders:
        try:
            part = processor(folder)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the building process
            channel.put(exc)
            return
        channel.put(part)


def _receive(channel, process, name: str):
    """The next part from a worker's channel, waiting as long as the worker lives."""
    import queue

    while True:
        try:
            return channel.get(timeout=0.5)
        except queue.Empty:
            if not process.is_alive():
                break
    try:
        return channel.get(timeout=0.5)  # it may have put its last part just before it ended
    except queue.Empty:
        raise RuntimeError(f"a worker process ended unexpectedly (exit code {process.exitcode}) while "
                           f"the build waited for {name}") from None


def _parts(folders: list[Path], processor: DocumentProcessor, workers: int):
    """DocParts in document order, from ``workers`` processes (or this one). Worker ``i`` reads
    documents ``i``, ``i + workers``, ...; the processor (registry, ontology, matcher: a megabyte
    pickled, and its name patterns compiled again when unpickled) reaches each worker once, as the
    argument of the forked process, not with every batch of documents. Nothing is kept in module
    globals."""
    if workers <= 1:
        for folder in folders:
            yield processor(str(folder))
        return
    import multiprocessing as mp

    context = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    names = [str(f) for f in folders]
    channels = [context.Queue(maxsize=64) for _ in range(workers)]
    processes = [context.Process(target=_work, args=(processor, names[i::workers], channels[i]), daemon=True)
                 for i in range(workers)]
    for process in processes:
        process.start()
    received = False
    try:
        for index, name in enumerate(names):
            part = _receive(channels[index % workers], processes[index % workers], name)
            if isinstance(part, BaseException):
                raise part
            yield part
        received = True
    finally:
        for process in processes:
            if received:  # every part is in: the workers are ending by themselves
                process.join(timeout=30)
            if process.is_alive():  # stopped early (an error, Ctrl-C): they may wait to send more
                process.terminate()
        for process in processes:
            process.join()
        for channel in channels:
            channel.close()


class _Loader:
    """Loads N-Triples into one named graph of the store in batches of about 50,000 triples."""

    BATCH = 50_000

    def __init__(self, store: GraphStore):
        self.store = store
        self.pending: dict[str, list[str]] = {}
        self.count = 0

    def add(self, lines: list[str], graph: str) -> None:
        self.pending.setdefault(graph, []).extend(lines)
        self.count += len(lines)
        if self.count >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        for graph, lines in self.pending.items():
            if lines:
                self.store.load_ntriples(ntriples(lines), graph)
        self.pending, self.count = {}, 0


def build(data_dir: Path, out_dir: Path | None = None, *, store: StoreSpec = MEMORY, outputs=None,
          progress=None, workers: int | None = None, shapes_file: Path | None = None) -> BuildResult:
    """Build ``data_dir`` (registry/ and sources/), check it, and write the outputs into ``out_dir``.

    ``outputs`` is a callable (BuildResult) -> iterable of (file name, bytes) (default: the graph
    files of migration_kg.outputs.files.serialise), each staged to a temporary file as it comes and
    put in place with the others once every check has passed; ``progress(done, total, step)`` is
    called as each document is read (step "documents"), each part of a corpus validated ("SHACL")
    and each batch of triples copied to a store on disk ("store on disk"); ``workers`` processes
    (default: two for eight documents or more, else one); ``shapes_file`` replaces the package's
    SHACL shapes (stricter house rules, for instance).
    Raises CurationError or ValidationError; then nothing is written and a store on disk is left
    as it was.
    """
    from migration_kg.checks import shacl

    seconds: dict[str, float] = {}
    t = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal t
        now = time.perf_counter()
        seconds[name] = now - t
        t = now

    if store.path is not None:
        check_store_folder(store.path)
    ontology_file = resources.ontology_file()
    ontology = Ontology(ontology_file)
    shapes = shacl.load_shapes(shapes_file or resources.shapes_file())
    errors = Collector()  # every curation error of the run, reported together
    registry = load_registry(data_dir, errors)
    folders = discover(data_dir)
    if not folders:
        raise CurationError("no source documents: add sources/<id>/metadata.yaml", file=data_dir / "sources")
    processor = DocumentProcessor(registry, ontology)
    _ = ontology.relations, ontology.partnership_kinds  # parsed once, before any fork
    lap("registry and ontology")
    if workers is None:
        workers = min(2, _available_cpus()) if len(folders) >= 8 else 1

    graph = GraphStore.memory()  # checks run in memory, five times faster than on RocksDB
    loader = _Loader(graph)
    terms = processor.terms
    ontology_lines = terms.lines(ontology.graph)
    seen: set[str] = set(ontology_lines)
    loader.add(ontology_lines, ONTOLOGY_GRAPH)
    builder = GraphBuilder(terms)
    builder.add_registry(registry)
    registry_lines = [line for line in dict.fromkeys(builder.lines) if line not in seen]
    seen.update(registry_lines)
    loader.add(registry_lines, REGISTRY_GRAPH)
    documents, mentioned, unmatched, counts, weak_quotes = [], set(), Counter(), Counter(), []
    shared: dict[str, bytes] = {}  # document graph -> its triples about subjects no document mints
    contained = not _names_a_document(registry_lines)
    unmatched_at: dict[str, list] = {}
    parts = _parts(folders, processor, workers)
    try:
        for index, part in enumerate(parts):
            for message, file, line, entry in part.errors:
                errors.add(CurationError(message, file=file, line=line, entry=entry))
            if errors:
                continue  # no triples once there is an error: the other documents are only checked
            new = [line for line in dict.fromkeys(part.shared) if line not in seen]
            seen.update(new)
            graph_name = document_graph(part.doc_id)
            loader.add(part.own + new, graph_name)
            if new:
                shared[graph_name] = ntriples(new)
            contained = contained and part.self_contained
            documents.append(part.doc_id)
            mentioned |= part.mentioned
            unmatched.update(dict(part.unmatched))
            for name, places in part.unmatched_at.items():
                unmatched_at.setdefault(name, []).extend(places)
            weak_quotes += part.weak_quotes
            counts.update(statements=part.statements, partnerships=part.partnerships, mentions=part.mentions)
            if progress is not None:
                progress(index + 1, len(folders), "documents")
    finally:
        parts.close()  # stops the worker processes now
    errors.check()
    loader.flush()
    del seen
    lap("documents")
    never = [e for e in registry.values() if e.id not in mentioned]
    report = CurationReport(never, sorted(unmatched.items(), key=lambda kv: (-kv[1], kv[0])),
                            unmatched_at=unmatched_at, comment_issues=check_comments(registry))
    report.weak_quotes = weak_quotes
    result = BuildResult(graph, documents, Counter(e.kind for e in registry.values()), counts["statements"],
                         counts["partnerships"], counts["mentions"], report, seconds=seconds)
    from migration_kg.outputs.files import Staging, serialise

    make = outputs or (lambda r: serialise(r.store).items())
    # the outputs are made while SHACL runs, each staged to a temporary file as it is made, and put
    # in place only once every check has passed
    partition = shacl.Partition((ONTOLOGY_GRAPH, REGISTRY_GRAPH), [document_graph(d) for d in documents],
                                shared) if contained else None
    with Staging() as staging:
        def stage() -> list[str]:
            names = []
            for name, content in make(result):
                staging.stage(out_dir / name, content)
                names.append(name)
                del content  # on disk now: not held while the next file is made
            return names

        names = shacl.run(graph, shapes, beside=stage if out_dir is not None else None, partition=partition,
                          threads=_available_cpus(), progress=progress)
        lap("SHACL and data checks" if names is None else "SHACL, data checks and outputs")
        if names is not None:
            staging.commit()
            result.outputs = {name: out_dir / name for name in names}
            lap("writing outputs")
    if store.path is not None:
        result.store = graph.persist(store.path, {"documents": len(documents), "triples": len(graph)},
                                     progress=progress)
        graph.close()
        lap("store on disk")
    return result
