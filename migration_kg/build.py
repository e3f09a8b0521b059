"""The build: sources + registry + statements -> checked records -> RDF -> SHACL -> files."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from migration_kg import paths
from migration_kg.errors import CurationError, ValidationError
from migration_kg.mentions import CurationReport, Mention, MentionMatcher, curation_report
from migration_kg.ontology import Ontology
from migration_kg.output import serialise, write_atomic
from migration_kg.rdf import GraphBuilder
from migration_kg.registry import Registry, load_registry
from migration_kg.sources import SourceDocument, discover, load_document
from migration_kg.statements import Curation, load_statements
from migration_kg.validation import check, load_shapes


@dataclass
class KnowledgeBase:
    """Everything checked, before it becomes RDF."""

    registry: Registry
    documents: list[SourceDocument]
    curation: Curation
    mentions: list[Mention]


@dataclass
class BuildResult:
    graph: Graph | None  # None for an Oxigraph build: see store
    kb: KnowledgeBase | None
    report: CurationReport
    outputs: dict[str, Path] = field(default_factory=dict)
    #: --store oxigraph[:DIR]: the store (migration_kg.store.OxigraphStore), counts and timings
    store: object | None = None
    stats: object | None = None

    def summary(self) -> list[str]:
        if self.stats is not None:
            return self._store_summary()
        kinds = Counter(e.kind for e in self.kb.registry.values())
        lines = [f"Documents: {len(self.kb.documents)} "
                 f"({', '.join(d.id for d in self.kb.documents)})",
                 "Entities: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
                 + f" (total {len(self.kb.registry)})",
                 f"Statements: {len(self.kb.curation.statements)}",
                 f"Partnerships: {len(self.kb.curation.partnerships)}",
                 f"Mentions: {len(self.kb.mentions)}",
                 f"Triples: {len(self.graph)}",
                 "Validation: SHACL conforms; data checks pass"]
        lines += [f"Wrote {p}" for p in self.outputs.values()]
        return lines

    def _store_summary(self) -> list[str]:
        st = self.stats
        docs = ", ".join(st.documents[:5]) + (f", ... and {len(st.documents) - 5} more" if len(st.documents) > 5 else "")
        where = f"oxigraph:{self.store.path} (replaced)" if self.store.path is not None else "oxigraph (in memory)"
        validator = {"sparql": "SHACL conforms (shapes checked as SPARQL on the store)",
                     "pyshacl": "SHACL conforms (pySHACL)"}[st.validator]
        lines = [f"Store: {where}",
                 f"Documents: {len(st.documents)} ({docs})",
                 "Entities: " + ", ".join(f"{k} {n}" for k, n in sorted(st.kinds.items()))
                 + f" (total {sum(st.kinds.values())})",
                 f"Statements: {st.statements}",
                 f"Partnerships: {st.partnerships}",
                 f"Mentions: {st.mentions}",
                 f"Triples: {st.triples} in {len(st.documents) + 2} named graphs (ontology, registry, one per document)",
                 f"Validation: {validator}; data checks pass",
                 f"Built in {st.seconds['total']:.1f} s ({st.workers} worker process{'es' if st.workers > 1 else ''})"]
        lines += [f"Wrote {p}" for p in self.outputs.values()]
        return lines


def load(graph_dir: Path = paths.GRAPH_DIR, ontology: Ontology | None = None) -> KnowledgeBase:
    ontology = ontology or Ontology(paths.ONTOLOGY_FILE)
    registry = load_registry(graph_dir)
    documents = [load_document(folder) for folder in discover(graph_dir)]
    if not documents:
        raise CurationError("no source documents: add sources/<id>/metadata.yaml", file=graph_dir / "sources")
    curation = Curation([], [])
    matcher = MentionMatcher(registry)
    mentions: list[Mention] = []
    for doc in documents:
        _check_metadata_refs(doc, registry)
        part = load_statements(doc, registry, ontology)
        curation.statements += part.statements
        curation.partnerships += part.partnerships
        mentions += matcher.find(doc)
    return KnowledgeBase(registry, documents, curation, mentions)


def _check_metadata_refs(doc: SourceDocument, registry: Registry) -> None:
    meta = doc.metadata
    refs = [(k, meta.get(k)) for k in ("publisher_entity", "place_entity", "series_entity", "reports")]
    refs += [("co_organisers", r) for r in meta.get("co_organisers") or []]
    for key, ref in refs:
        if ref is not None:
            registry.require(ref, file=doc.metadata_file, line=meta.get("__line__"), entry=key, role=key)


def to_graph(kb: KnowledgeBase, ontology: Ontology) -> Graph:
    builder = GraphBuilder(ontology)
    builder.add_registry(kb.registry)
    for doc in kb.documents:
        builder.add_document(doc)
    builder.add_curation(kb.curation)
    builder.add_mentions(kb.mentions)
    return builder.graph


def build(graph_dir: Path = paths.GRAPH_DIR, out_dir: Path | None = paths.DEFAULT_OUT,
          *, ontology_file: Path = paths.ONTOLOGY_FILE, shapes_file: Path = paths.SHAPES_FILE,
          extra_outputs=None, store=None, progress=None, workers: int | None = None) -> BuildResult:
    """Build, validate and (when ``out_dir`` is given) write graph.ttl, graph.jsonld, graph.nt,
    void.ttl (the dataset's description) and ontology.html (the ontology's documentation).

    Raises CurationError (bad input) or ValidationError (SHACL); in both cases nothing is written.
    ``extra_outputs`` is a callable (result) -> {file name: bytes} for further views of the graph.

    ``store`` (a migration_kg.store.StoreSpec) ``oxigraph`` or ``oxigraph:DIR`` builds into an
    Oxigraph store instead (see migration_kg.store): ``out_dir`` then receives ``graph.nq``, the
    store's named graphs as sorted N-Quads, and ``extra_outputs`` is not used. ``progress(done,
    total)`` is called after each document; ``workers`` processes (default: two, or one for fewer
    than eight documents).
    """
    if store is not None and store.is_oxigraph:
        return _build_store(graph_dir, out_dir, store, ontology_file=ontology_file, shapes_file=shapes_file,
                            progress=progress, workers=workers)
    ontology = Ontology(ontology_file)
    shapes = load_shapes(shapes_file)
    kb = load(graph_dir, ontology)
    graph = to_graph(kb, ontology)
    check(graph, shapes)
    serialised = serialise(graph) if out_dir is not None else serialise(graph, ("graph.nt",))
    failures = run_checks(serialised["graph.nt"])
    if failures:
        raise ValidationError(format_check_failures(failures))
    result = BuildResult(graph, kb, curation_report(kb.registry, kb.documents, kb.mentions))
    if out_dir is not None:
        files = {out_dir / name: content for name, content in serialised.items()}
        files.update({out_dir / name: content for name, content in describe_outputs(graph).items()})
        if extra_outputs is not None:
            files.update({out_dir / name: content for name, content in extra_outputs(result).items()})
        write_atomic(files)
        result.outputs = {p.name: p for p in files}
    return result


def describe_outputs(graph: Graph) -> dict[str, bytes]:
    """What the build writes about the graph: void.ttl (VoID/DCAT description) and ontology.html
    (the ontology's documentation, with examples from the data)."""
    from migration_kg.dataset import void_turtle
    from migration_kg.docs import render_page

    return {"void.ttl": void_turtle(graph), "ontology.html": render_page(graph).encode("utf-8")}


def _build_store(graph_dir: Path, out_dir: Path | None, spec, *, ontology_file: Path, shapes_file: Path,
                 progress, workers) -> BuildResult:
    from migration_kg.store import build_store

    stats, report = build_store(graph_dir, spec, ontology_file=ontology_file, shapes_file=shapes_file,
                                progress=progress, workers=workers)
    result = BuildResult(None, None, report, store=stats.store, stats=stats)
    if out_dir is not None:
        path = out_dir / "graph.nq"
        write_atomic({path: stats.store.nquads()})
        result.outputs = {path.name: path}
    return result


def run_checks(ntriples: bytes, queries_dir: Path = paths.QUERIES_DIR):
    """Run every data check of the query library (``*-violation.rq``) on pyoxigraph.

    Returns [(query, rows)] for the checks that found rows; an empty list means all passed.
    """
    import pyoxigraph as ox

    from migration_kg.sparql import Rows, from_oxigraph, library

    store = ox.Store()
    store.load(ntriples, format=ox.RdfFormat.N_TRIPLES)
    failures = []
    for query in library(queries_dir).values():
        if query.is_check:
            # The library's own files: run directly, without the safety parse user queries get.
            solutions = store.query(query.text)
            names = [v.value for v in solutions.variables]
            rows = Rows(names, [tuple(from_oxigraph(s[n]) for n in names) for s in solutions])
            if rows.rows:
                failures.append((query, rows))
    return failures


def format_check_failures(failures) -> str:
    lines = [f"data checks failed: {len(failures)} check(s) returned rows"]
    for query, rows in failures:
        lines.append(f"  {query.name}: {query.question}")
        for row in rows.rows[:20]:
            lines.append("    " + "  ".join(str(c) if c is not None else "-" for c in row))
        if len(rows.rows) > 20:
            lines.append(f"    ... and {len(rows.rows) - 20} more")
    return "\n".join(lines)
