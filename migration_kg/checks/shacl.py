"""SHACL validation of the built graph, on the store that holds it, with pyshacl-turbo.

pyshacl-turbo is pySHACL's API over a SHACL engine written in Rust: it validates a pyoxigraph store
(no copy into rdflib), at every size, from one report to a corpus of thousands. The tests run
pySHACL, the reference implementation, on every fixture and on broken graphs, and assert that both
give the same verdicts and the same focus nodes (tests/test_shapes.py).

A corpus is validated in parts of about :data:`PART_TRIPLES` triples, side by side, each with the
triples every part needs (:class:`Partition`), when the shapes allow it (:func:`shapes_are_local`); any part that
does not conform sends the whole graph to the engine once more, for the report. tests/test_shacl_parts.py
shows the verdicts are the whole graph's.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pyshacl_turbo import compile_shapes, validate as turbo_validate
from pyshacl_turbo.rdf import Input
from rdflib import RDF, RDFS, BNode, Graph, URIRef
from rdflib.namespace import SH

from migration_kg.errors import CurationError, ValidationError
from migration_kg.vocabulary.prefixes import shorten

#: The SHACL terms whose constraints read only a focus node, the triples of which it is the subject
#: (following paths forward, to any depth) and the types of the nodes they reach. Shapes made of these
#: alone give a focus node the same verdict in any part of the graph that holds every triple of every
#: subject it reaches; anything else (inverse paths, SPARQL, rules, JavaScript, node expressions) is
#: validated on the whole graph.
LOCAL_TERMS = frozenset("""
    and class closed datatype deactivated declare defaultValue description disjoint equals flags group
    hasValue ignoredProperties in languageIn lessThan lessThanOrEquals maxCount maxExclusive maxInclusive
    maxLength message minCount minExclusive minInclusive minLength name namespace node nodeKind not
    oneOrMorePath or order path pattern prefix prefixes property qualifiedMaxCount qualifiedMinCount
    qualifiedValueShape qualifiedValueShapesDisjoint severity targetClass targetNode targetObjectsOf
    targetSubjectsOf uniqueLang xone zeroOrMorePath zeroOrOnePath alternativePath
""".split())
#: About this many triples per part: the engine reads a part of 150,000 triples more than eight times
#: as fast as a graph of 1.2 million (it reads a graph in time that grows faster than its size).
PART_TRIPLES = 150_000


def load_shapes(path: Path):
    """The shapes as an rdflib graph (both engines take it; a violation of a property shape is then
    reported with the blank node of the shapes graph, which names its node shape)."""
    try:
        return Graph().parse(path, format="turtle")
    except FileNotFoundError as exc:
        raise CurationError("SHACL shapes file not found", file=path) from exc
    except Exception as exc:  # rdflib's parser raises many types
        raise CurationError(f"shapes are not valid Turtle: {exc}", file=path) from exc


def violations(data, shapes, engine: str = "turbo") -> list[dict]:
    """Each result of a failed validation as {focus, shape, path, message, severity}, sorted.

    ``data`` is a pyoxigraph Store (pyshacl-turbo) or an rdflib Graph; ``engine`` ``pyshacl``
    runs the reference implementation (the tests compare the two)."""
    if engine == "turbo":
        validate = turbo_validate
    else:
        from pyshacl import validate  # here: the reference engine is a test dependency
    with _engine_errors():
        conforms, report, _ = validate(data, shacl_graph=shapes, inference="none", advanced=True,
                                       allow_warnings=True)
    if conforms:
        return []
    return _results(report, shapes)


def _results(report, shapes) -> list[dict]:
    def short(node) -> str:
        if node is None:
            return "-"
        if isinstance(node, BNode):
            return "-"
        text = shorten(str(node))
        if text == str(node):  # not one of the data's prefixes: perhaps the shapes' own
            try:
                text = shapes.namespace_manager.normalizeUri(node)
            except Exception:
                pass
        return text

    out = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        shape = report.value(result, SH.sourceShape)
        if isinstance(shape, BNode):  # a property shape: name the node shape that owns it
            shape = shapes.value(predicate=SH.property, object=shape) or shape
        out.append({
            "focus": short(report.value(result, SH.focusNode)),
            "shape": short(shape),
            "path": short(report.value(result, SH.resultPath)),
            "message": str(report.value(result, SH.resultMessage) or ""),
            "severity": short(report.value(result, SH.resultSeverity)),
        })
    return sorted(out, key=lambda r: (r["focus"], r["shape"], r["path"], r["message"]))


def check(data, shapes) -> None:
    """Raise ValidationError listing every violation (warnings do not fail the build)."""
    found = [v for v in violations(data, shapes) if v["severity"] == "sh:Violation"]
    if found:
        lines = [f"SHACL validation failed: {len(found)} violation(s)"]
        for v in found:
            lines.append(f"  focus {v['focus']}  shape {v['shape']}  path {v['path']}: {v['message']}")
        raise ValidationError("\n".join(lines))


@dataclass(frozen=True)
class Partition:
    """Where a corpus may be cut for SHACL, from the build: the graphs every part needs (the ontology and
    the registry), the document graphs, and, per document graph, its triples about subjects that no
    document mints (facts on registry entities, roles), which every part needs too.

    The build gives one only when no document's triples name another document's nodes and no shared
    triple names a document's node. A part then holds every triple of every subject its focus nodes
    reach, and with shapes of :data:`LOCAL_TERMS` alone SHACL gives each focus node the whole graph's
    verdict: the parts are validated side by side (the engine lets go of Python's lock) and, when one
    of them does not conform, the whole graph once more, for one exact report."""

    common: tuple[str, ...]
    documents: list[str]
    shared: dict[str, bytes]

    def parts(self, triples: int, threads: int = 1) -> list[list[str]]:
        """The document graphs in parts of about PART_TRIPLES triples; at least one per thread once
        the graph has a quarter of that (below, one validation costs less than splitting)."""
        if not self.documents:
            return []
        count = max(round(triples / PART_TRIPLES), threads if triples >= PART_TRIPLES // 4 else 1)
        count = max(1, min(len(self.documents), count))
        size = -(-len(self.documents) // count)
        return [self.documents[i:i + size] for i in range(0, len(self.documents), size)]

    def data(self, store, part: list[str], common: bytes, predicates: frozenset[bytes] | None = None) -> bytes:
        """One part as N-Triples: ``common`` (the common graphs, dumped and kept once for every part),
        the other documents' shared triples and its documents, the last two :func:`filter_predicates`."""
        inside = set(part)
        others = b"".join(lines for graph, lines in self.shared.items() if graph not in inside)
        return common + filter_predicates(others + store.graphs_ntriples(part), predicates)


def filter_predicates(data: bytes, predicates: frozenset[bytes] | None) -> bytes:
    """The N-Triples lines of ``data`` whose predicate is in ``predicates`` (see :func:`predicates_read_by`);
    all of them when it is None."""
    if predicates is None:
        return data
    # N-Triples: a subject IRI or blank node has no space, so the second field is the predicate
    return b"".join(line for line in data.splitlines(keepends=True) if line.split(b" ", 2)[1] in predicates)


def shapes_are_local(shapes) -> bool:
    """The shapes use only :data:`LOCAL_TERMS` of the SHACL vocabulary (as predicates)."""
    prefix = str(SH)
    return all(str(p)[len(prefix):] in LOCAL_TERMS for p in set(shapes.predicates()) if str(p).startswith(prefix))


def predicates_read_by(shapes) -> frozenset[bytes] | None:
    """The predicates (as N-Triples IRIs) that local shapes can read: every IRI of the shapes graph,
    rdf:type and rdfs:subClassOf (targets and sh:class). None when a shape is closed (it reads every
    predicate of its focus nodes). A part keeps only these triples: a fifth fewer to validate."""
    if any(shapes.triples((None, SH.closed, None))):
        return None
    iris = {t for triple in shapes for t in triple if isinstance(t, URIRef)} | {RDF.type, RDFS.subClassOf}
    return frozenset(f"<{iri}>".encode("utf-8") for iri in iris)


def part_conforms(program, data: bytes) -> bool:
    # the engine's own input record for serialised data (what it makes of a pyoxigraph store), so the
    # part is read in Rust and never becomes Python terms
    with _engine_errors():
        conforms, _, _ = program.validate(Input(data.decode("utf-8"), "nt", None, {}, preserve_ids=True),
                                          allow_warnings=True)
    return conforms


@contextmanager
def _engine_errors():
    """The engines raise their own types for shapes they cannot read or use: one CurationError line."""
    try:
        yield
    except Exception as exc:
        first = str(exc).splitlines()[0] if str(exc) else exc
        raise CurationError(f"the SHACL shapes cannot be used: {first}") from exc


def _check_parts(store, shapes, parts: list[list[str]], partition: Partition, pool, progress=None) -> None:
    """Each part on its own; the whole graph (for the report) only when a part does not conform.
    ``progress(done, total, "SHACL")`` as each part is validated."""
    with _engine_errors():
        program = compile_shapes(shapes, advanced=True)
    predicates = predicates_read_by(shapes)
    common = filter_predicates(store.graphs_ntriples(partition.common), predicates)
    verdicts = [pool.submit(lambda p: part_conforms(program, partition.data(store, p, common, predicates)), part)
                for part in parts]
    for done, _ in enumerate(as_completed(verdicts), start=1):
        if progress is not None:
            progress(done, len(verdicts), "SHACL")
    if not all(v.result() for v in verdicts):
        check(store.pyoxigraph_store(), shapes)


def validate(store, shapes, partition: Partition | None = None, threads: int = 1, progress=None) -> None:
    """SHACL on a :class:`migration_kg.stores.GraphStore`; raise ValidationError listing every
    violation. A large graph with a :class:`Partition` is validated in parts, ``threads`` at a time
    (``progress(done, total, "SHACL")`` after each)."""
    parts = partition.parts(len(store), threads) if partition is not None and shapes_are_local(shapes) else []
    if len(parts) > 1:
        with ThreadPoolExecutor(max(1, min(len(parts), threads)), thread_name_prefix="shacl") as pool:
            _check_parts(store, shapes, parts, partition, pool, progress)
    else:
        check(store.pyoxigraph_store(), shapes)
