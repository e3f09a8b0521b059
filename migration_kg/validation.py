"""SHACL validation of the built graph with pySHACL; a violation becomes a readable report."""

from __future__ import annotations

from pathlib import Path

from rdflib import RDF, BNode, Graph, URIRef
from rdflib.namespace import SH

from migration_kg.errors import CurationError, ValidationError


def load_shapes(path: Path) -> Graph:
    try:
        return Graph().parse(path, format="turtle")
    except FileNotFoundError as exc:
        raise CurationError("SHACL shapes file not found", file=path) from exc
    except Exception as exc:
        raise CurationError(f"shapes are not valid Turtle: {exc}", file=path) from exc


def violations(data: Graph, shapes: Graph) -> list[dict]:
    """Each result of a failed validation as {focus, shape, path, message, severity}."""
    from pyshacl import validate

    conforms, report, _ = validate(data, shacl_graph=shapes, inference="none", advanced=True,
                                   allow_warnings=True, inplace=True)
    if conforms:
        return []
    out = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        shape = report.value(result, SH.sourceShape)
        if isinstance(shape, BNode):  # a property shape: name the node shape that owns it
            shape = shapes.value(predicate=SH.property, object=shape) or shape
        out.append({
            "focus": _short(data, report.value(result, SH.focusNode)),
            "shape": _short(shapes, shape),
            "path": _short(data, report.value(result, SH.resultPath)),
            "message": str(report.value(result, SH.resultMessage) or ""),
            "severity": _short(shapes, report.value(result, SH.resultSeverity)),
        })
    return sorted(out, key=lambda r: (r["focus"], r["shape"], r["path"], r["message"]))


def check(data: Graph, shapes: Graph) -> None:
    found = [v for v in violations(data, shapes) if v["severity"] == "sh:Violation"]
    if found:
        lines = [f"SHACL validation failed: {len(found)} violation(s)"]
        for v in found:
            lines.append(f"  focus {v['focus']}  shape {v['shape']}  path {v['path']}: {v['message']}")
        raise ValidationError("\n".join(lines))


def _short(graph: Graph, node) -> str:
    if node is None:
        return "-"
    if isinstance(node, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(node)
        except Exception:
            return str(node)
    return str(node)
