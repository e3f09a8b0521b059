"""SHACL validation of the built graph, on the store that holds it, with pyshacl-turbo.

pyshacl-turbo is pySHACL's API over a SHACL engine written in Rust: it validates a pyoxigraph store
in place (no copy into rdflib), at every size, from one report to a corpus of thousands. The tests
run pySHACL, the reference implementation, on every fixture and on broken graphs, and assert that
both give the same verdicts and the same focus nodes (tests/test_shapes.py).
"""

from __future__ import annotations

from pathlib import Path

from migration_kg.errors import CurationError, ValidationError


def load_shapes(path: Path):
    """The shapes as an rdflib graph (both engines take it; a violation of a property shape is then
    reported with the blank node of the shapes graph, which names its node shape)."""
    from rdflib import Graph

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
        from pyshacl_turbo import validate
    else:
        from pyshacl import validate
    try:
        conforms, report, _ = validate(data, shacl_graph=shapes, inference="none", advanced=True,
                                       allow_warnings=True)
    except Exception as exc:  # the engines raise their own types for shapes they cannot read
        raise CurationError(f"the SHACL shapes cannot be used: {str(exc).splitlines()[0] if str(exc) else exc}") from exc
    if conforms:
        return []
    return _results(report, shapes)


def _results(report, shapes) -> list[dict]:
    from rdflib import RDF, BNode
    from rdflib.namespace import SH

    from migration_kg.query.results import shorten

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


def format_check_failures(failures) -> str:
    """The data checks (``*-violation.rq``) that returned rows, with up to 20 rows each."""
    from migration_kg.query.results import compact

    lines = [f"data checks failed: {len(failures)} check(s) returned rows"]
    for query, rows in failures:
        lines.append(f"  {query.name}: {query.question}")
        for row in rows.rows[:20]:
            lines.append("    " + "  ".join(compact(c) if c is not None else "-" for c in row))
        if len(rows.rows) > 20:
            lines.append(f"    ... and {len(rows.rows) - 20} more")
    return "\n".join(lines)


def run(store, shapes, beside=None):
    """SHACL, then the data checks, on a :class:`migration_kg.stores.GraphStore`; raise ValidationError
    (SHACL's first) when one fails. ``beside()`` (the build's outputs) runs while SHACL does, once the
    data checks pass: pyshacl-turbo lets go of Python's lock while it validates, so the two share the
    machine's cores. Returns what ``beside()`` returned (None without it); on a failure it is dropped."""
    from concurrent.futures import ThreadPoolExecutor

    from migration_kg.query.sparql import library_checks

    with ThreadPoolExecutor(1, thread_name_prefix="shacl") as pool:
        validated = pool.submit(check, store.store, shapes)
        failures = library_checks(store)  # here: pyoxigraph's queries keep Python's lock
        done = beside() if beside is not None and not failures else None
        validated.result()
    if failures:
        raise ValidationError(format_check_failures(failures))
    return done
