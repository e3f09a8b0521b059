"""SHACL shapes checked by SPARQL queries on an Oxigraph store, for graphs too big for pySHACL.

pySHACL walks every focus node in Python: about 0.6 ms per node on this project's shapes, so the
curated part of a thousand reports alone takes over a minute (numbers in benchmarks/corpus_benchmark.py).
Here each property shape (and each node-level constraint) becomes one SPARQL query that returns
the focus nodes violating it; Oxigraph answers them over a million triples in seconds.

The translation covers the SHACL Core components ``ontology/shapes.ttl`` uses and a few more:
targets (``sh:targetClass`` with ``rdfs:subClassOf*``, implicit class targets, ``sh:targetNode``,
``sh:targetSubjectsOf``, ``sh:targetObjectsOf``), predicate and property paths, ``sh:minCount``,
``sh:maxCount``, ``sh:datatype`` (ill-typed literals fail), ``sh:class``, ``sh:nodeKind``,
``sh:minLength``, ``sh:maxLength``, ``sh:pattern``, ``sh:in``, ``sh:hasValue``, the range
components, ``sh:lessThan``, ``sh:lessThanOrEquals``, ``sh:equals``, ``sh:disjoint``, ``sh:node``
(nested to any depth), ``sh:qualifiedValueShape`` with ``sh:qualifiedMinCount``/``MaxCount``, and
``sh:xone``/``sh:or``/``sh:and``/``sh:not`` over shapes made of value constraints. Anything else
(SHACL-SPARQL, ``sh:closed``, disjoint qualified shapes...) raises :class:`UnsupportedShapes`, and the
caller validates with pySHACL instead. ``tests/test_stores.py`` runs both validators on every SHACL
fixture and on broken copies of the seed graph and requires the same (focus node, shape, path) results.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import count

from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH, XSD

from migration_kg.errors import ValidationError


class UnsupportedShapes(Exception):
    """The shapes use a SHACL feature this translator does not cover."""


@dataclass(frozen=True)
class Check:
    shape: URIRef | BNode  # the node shape a result is reported under
    path: URIRef | None
    message: str
    severity: URIRef
    query: str  # SELECT ?focus ... : the focus nodes that violate


#: Parameters a shape may carry without changing what it checks.
_IGNORED = {SH.message, SH.severity, SH.deactivated, SH.name, SH.description, SH.order, SH.group,
            SH.declare, SH.defaultValue, RDF.type, RDFS.comment, RDFS.label, RDFS.seeAlso}
_TARGETS = {SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf}
#: Constraints on the value node itself: each becomes a SPARQL expression that is true when it fails.
_VALUE = {SH["class"], SH.datatype, SH.nodeKind, SH.minLength, SH.maxLength, SH.pattern, SH.flags, SH["in"],
          SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive, SH.xone, SH["or"], SH["and"],
          SH["not"], SH.hasValue}
_PROPERTY = {SH.path, SH.minCount, SH.maxCount, SH.lessThan, SH.lessThanOrEquals, SH.equals, SH.disjoint,
             SH.qualifiedValueShape, SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.node, SH.property}
_PREFIXES = ("PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
             "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
             "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n")
#: XSD datatypes Oxigraph can cast to: a literal of one of them is well-formed if the cast succeeds.
_CASTABLE = {XSD[t] for t in ("integer", "decimal", "double", "float", "boolean", "dateTime", "date", "time",
                              "gYear", "gYearMonth", "gMonthDay", "gDay", "gMonth", "duration",
                              "dayTimeDuration", "yearMonthDuration")}
#: Integer types derived by range, checked as xsd:integer plus a bound.
_INTEGER_RANGE = {XSD.nonNegativeInteger: ">= 0", XSD.positiveInteger: "> 0", XSD.nonPositiveInteger: "<= 0",
                  XSD.negativeInteger: "< 0", XSD.long: None, XSD.int: None, XSD.short: None, XSD.byte: None,
                  XSD.unsignedLong: ">= 0", XSD.unsignedInt: ">= 0", XSD.unsignedShort: ">= 0",
                  XSD.unsignedByte: ">= 0"}


def _n3(term) -> str:
    if isinstance(term, BNode):
        raise UnsupportedShapes("a blank node used as a constant in a constraint")
    if isinstance(term, URIRef):
        return f"<{term}>"
    return term.n3()


class _Compiler:
    def __init__(self, shapes: Graph):
        self.g = shapes
        self._vars = count(1)
        self.checks: list[Check] = []

    # -- helpers --------------------------------------------------------------------------------
    def var(self) -> str:
        return f"?v{next(self._vars)}"

    def _keys(self, shape, allowed: set) -> None:
        for p in set(self.g.predicates(shape, None)):
            if p in _IGNORED or p in allowed:
                continue
            raise UnsupportedShapes(f"{p} on shape {shape}")

    def _list(self, node) -> list:
        return list(Collection(self.g, node))

    def _one(self, shape, predicate):
        values = list(self.g.objects(shape, predicate))
        if len(values) > 1:
            raise UnsupportedShapes(f"{predicate} given {len(values)} times on {shape}")
        return values[0] if values else None

    def message(self, shape, fallback: str) -> str:
        messages = sorted(str(m) for m in self.g.objects(shape, SH.message))
        return messages[0] if messages else fallback

    def severity(self, shape) -> URIRef:
        return self._one(shape, SH.severity) or SH.Violation

    def path(self, node) -> str:
        """A SHACL property path as a SPARQL property path."""
        if isinstance(node, URIRef):
            return f"<{node}>"
        if (node, RDF.first, None) in self.g:
            return "(" + "/".join(self.path(p) for p in self._list(node)) + ")"
        for predicate, template in ((SH.inversePath, "^{}"), (SH.zeroOrMorePath, "{}*"),
                                    (SH.oneOrMorePath, "{}+"), (SH.zeroOrOnePath, "{}?")):
            inner = self._one(node, predicate)
            if inner is not None:
                return "(" + template.format(self.path(inner)) + ")"
        alternatives = self._one(node, SH.alternativePath)
        if alternatives is not None:
            return "(" + "|".join(self.path(p) for p in self._list(alternatives)) + ")"
        raise UnsupportedShapes(f"property path {node}")

    # -- value constraints: an expression true when ?x fails ---------------------------------------
    def failing(self, shape, x: str, node_level: bool = True) -> str | None:
        """A SPARQL expression over ``x`` that is true when ``x`` fails a value constraint of ``shape``.

        On a property shape (``node_level`` false) sh:hasValue is about the set of values, not each
        value, and is checked by :meth:`_property`."""
        g, parts = self.g, []
        for cls in g.objects(shape, SH["class"]):
            parts.append(f"NOT EXISTS {{ {x} rdf:type/rdfs:subClassOf* {_n3(cls)} }}")
        for dt in g.objects(shape, SH.datatype):
            parts.append(f"!({self._datatype_ok(x, dt)})")
        for kind in g.objects(shape, SH.nodeKind):
            ok = {SH.IRI: f"isIRI({x})", SH.BlankNode: f"isBlank({x})", SH.Literal: f"isLiteral({x})",
                  SH.BlankNodeOrIRI: f"(isBlank({x}) || isIRI({x}))",
                  SH.BlankNodeOrLiteral: f"(isBlank({x}) || isLiteral({x}))",
                  SH.IRIOrLiteral: f"(isIRI({x}) || isLiteral({x}))"}.get(kind)
            if ok is None:
                raise UnsupportedShapes(f"sh:nodeKind {kind}")
            parts.append(f"!{ok}")
        for n in g.objects(shape, SH.minLength):
            parts.append(f"(isBlank({x}) || STRLEN(STR({x})) < {int(n)})")
        for n in g.objects(shape, SH.maxLength):
            parts.append(f"(isBlank({x}) || STRLEN(STR({x})) > {int(n)})")
        flags = self._one(shape, SH.flags)
        for pattern in g.objects(shape, SH.pattern):
            args = f"{Literal(str(pattern)).n3()}" + (f", {Literal(str(flags)).n3()}" if flags else "")
            parts.append(f"(isBlank({x}) || !COALESCE(REGEX(STR({x}), {args}), false))")
        for members in g.objects(shape, SH["in"]):
            options = " || ".join(f"sameTerm({x}, {_n3(v)})" for v in self._list(members)) or "false"
            parts.append(f"!({options})")
        for predicate, op in ((SH.minInclusive, ">="), (SH.maxInclusive, "<="), (SH.minExclusive, ">"),
                              (SH.maxExclusive, "<")):
            for bound in g.objects(shape, predicate):
                parts.append(f"!COALESCE({x} {op} {_n3(bound)}, false)")
        for value in g.objects(shape, SH.hasValue) if node_level else ():
            parts.append(f"!sameTerm({x}, {_n3(value)})")
        for members in g.objects(shape, SH.xone):
            terms = " + ".join(f"IF({self.conforms(m, x)}, 1, 0)" for m in self._list(members))
            parts.append(f"({terms or '0'}) != 1")
        for members in g.objects(shape, SH["or"]):
            parts.append("!(" + (" || ".join(self.conforms(m, x) for m in self._list(members)) or "false") + ")")
        for members in g.objects(shape, SH["and"]):
            parts.append("!(" + (" && ".join(self.conforms(m, x) for m in self._list(members)) or "true") + ")")
        for inner in g.objects(shape, SH["not"]):
            parts.append(self.conforms(inner, x))
        return " || ".join(f"({p})" for p in parts) if parts else None

    def conforms(self, shape, x: str) -> str:
        """An expression true when ``x`` conforms to ``shape``, a shape of value constraints only."""
        self._keys(shape, _VALUE)
        fails = self.failing(shape, x)
        return f"!({fails})" if fails else "true"

    def _datatype_ok(self, x: str, dt) -> str:
        if dt == RDF.langString:
            return f"(isLiteral({x}) && LANG({x}) != \"\")"
        ok = f"isLiteral({x}) && DATATYPE({x}) = {_n3(dt)}"
        if dt in _CASTABLE:
            ok += f" && COALESCE(DATATYPE({_n3(dt)}(STR({x}))) = {_n3(dt)}, false)"
        elif dt in _INTEGER_RANGE:
            # Oxigraph stores every integer type as xsd:integer ("150"^^xsd:nonNegativeInteger reads back as
            # "150"^^xsd:integer), so the derived type cannot be told apart: its value range is checked.
            bound = _INTEGER_RANGE[dt]
            test = f"xsd:integer(STR({x})) {bound}" if bound else f"DATATYPE(xsd:integer(STR({x}))) = xsd:integer"
            ok = (f"isLiteral({x}) && DATATYPE({x}) IN ({_n3(dt)}, xsd:integer) && COALESCE({test}, false)")
        return ok

    # -- shapes -------------------------------------------------------------------------------------
    def node_shape(self, shape) -> None:
        if (shape, SH.deactivated, Literal(True)) in self.g:
            return
        if (shape, SH.path, None) in self.g:
            raise UnsupportedShapes(f"a property shape with its own target ({shape})")
        focus = self._targets(shape)
        if focus is None:
            return
        report = (shape, None, self.message(shape, f"value does not conform to {shape}"), self.severity(shape))
        self._shape_checks(shape, focus, "?focus", report)

    def _targets(self, shape) -> str | None:
        g, branches = self.g, []
        classes = list(g.objects(shape, SH.targetClass))
        if (shape, RDF.type, RDFS.Class) in g or (shape, RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class")) in g:
            classes.append(shape)
        for cls in classes:
            branches.append(f"?focus rdf:type/rdfs:subClassOf* {_n3(cls)} .")
        for node in g.objects(shape, SH.targetNode):
            branches.append(f"VALUES ?focus {{ {_n3(node)} }}")
        for p in g.objects(shape, SH.targetSubjectsOf):
            branches.append(f"?focus {_n3(p)} ?target_any .")
        for p in g.objects(shape, SH.targetObjectsOf):
            branches.append(f"?target_any {_n3(p)} ?focus .")
        if (shape, SH.target, None) in g:
            raise UnsupportedShapes(f"sh:target (SHACL-AF targets) on {shape}")
        if not branches:
            return None
        union = " UNION ".join(f"{{ {b} }}" for b in branches)
        return f"{{ SELECT DISTINCT ?focus WHERE {{ {union} }} }}"

    def _shape_checks(self, shape, context: str, x: str, report) -> None:
        """The constraints of ``shape`` on the value node ``x``, bound by ``context``."""
        self._keys(shape, _TARGETS | _VALUE | {SH.property, SH.node})
        fails = self.failing(shape, x)
        if fails:
            self._emit(report, f"SELECT DISTINCT ?focus WHERE {{ {context} FILTER ({fails}) }}")
        for inner in self.g.objects(shape, SH.node):
            self._shape_checks(inner, context, x, report)
        for prop in self.g.objects(shape, SH.property):
            if (prop, SH.deactivated, Literal(True)) in self.g:
                continue
            path = self._one(prop, SH.path)
            if path is None:
                raise UnsupportedShapes(f"property shape {prop} without sh:path")
            own = report
            if x == "?focus":  # a top-level property shape reports itself
                owner_message = self.message(prop, f"{prop} violated")
                own = (report[0], path if isinstance(path, URIRef) else None, owner_message, self.severity(prop))
            self._property(prop, self.path(path), context, x, own)

    def _property(self, prop, path: str, context: str, x: str, report) -> None:
        g = self.g
        self._keys(prop, _VALUE | _PROPERTY)
        if (prop, SH.qualifiedValueShapesDisjoint, Literal(True)) in g:
            raise UnsupportedShapes("sh:qualifiedValueShapesDisjoint")
        v = self.var()
        group = f"?focus {x}" if x != "?focus" else "?focus"
        having = []
        exprs = [f"(COUNT(DISTINCT {v}) AS ?n)"]
        optional = [f"{x} {path} {v} ."]
        minimum, maximum = self._one(prop, SH.minCount), self._one(prop, SH.maxCount)
        if minimum is not None:
            having.append(f"?n < {int(minimum)}")
        if maximum is not None:
            having.append(f"?n > {int(maximum)}")
        fails = self.failing(prop, v, node_level=False)
        for value in g.objects(prop, SH.hasValue):
            self._emit(report, f"SELECT DISTINCT ?focus WHERE {{ {context} FILTER NOT EXISTS "
                               f"{{ {x} {path} {_n3(value)} }} }}")
        if fails:
            exprs.append(f"(MAX(IF(BOUND({v}) && COALESCE({fails}, true), 1, 0)) AS ?bad)")
            having.append("?bad = 1")
        pairs = []
        for other, test in ((SH.lessThan, "{v} < {w}"), (SH.lessThanOrEquals, "{v} <= {w}")):
            for p2 in g.objects(prop, other):
                w = self.var()
                pairs.append((w, f"{x} {_n3(p2)} {w} .", f"!COALESCE({test.format(v=v, w=w)}, false)"))
        for p2 in g.objects(prop, SH.equals):
            w = self.var()
            self._emit(report, f"SELECT DISTINCT ?focus WHERE {{ {context} {{ {x} {path} {w} . FILTER NOT EXISTS "
                               f"{{ {x} {_n3(p2)} {w} }} }} UNION {{ {x} {_n3(p2)} {w} . FILTER NOT EXISTS "
                               f"{{ {x} {path} {w} }} }} }}")
        for p2 in g.objects(prop, SH.disjoint):
            w = self.var()
            self._emit(report, f"SELECT DISTINCT ?focus WHERE {{ {context} {x} {path} {w} . {x} {_n3(p2)} {w} . }}")
        if having:
            body = f"{context} OPTIONAL {{ {' '.join(optional)} }}"
            self._emit(report, f"SELECT DISTINCT ?focus WHERE {{ {{ SELECT {group} {' '.join(exprs)} WHERE "
                               f"{{ {body} }} GROUP BY {group} }} FILTER ({' || '.join(having)}) }}")
        for w, pattern, bad in pairs:
            self._emit(report, f"SELECT DISTINCT ?focus WHERE {{ {context} {x} {path} {v} . {pattern} "
                               f"FILTER ({bad}) }}")
        qualified = self._one(prop, SH.qualifiedValueShape)
        if qualified is not None:
            q = self.var()
            ok = self.conforms(qualified, q)
            qmin, qmax = self._one(prop, SH.qualifiedMinCount), self._one(prop, SH.qualifiedMaxCount)
            tests = ([f"?nq < {int(qmin)}"] if qmin is not None else []) + (
                [f"?nq > {int(qmax)}"] if qmax is not None else [])
            if tests:
                self._emit(report, f"SELECT DISTINCT ?focus WHERE {{ {{ SELECT {group} (COUNT(DISTINCT {q}) AS ?nq) "
                                   f"WHERE {{ {context} OPTIONAL {{ {x} {path} {q} . FILTER ({ok}) }} }} "
                                   f"GROUP BY {group} }} FILTER ({' || '.join(tests)}) }}")
        for inner in g.objects(prop, SH.node):
            n = self.var()
            self._shape_checks(inner, f"{context} {x} {path} {n} .", n, report)
        for nested in g.objects(prop, SH.property):
            n = self.var()
            path2 = self._one(nested, SH.path)
            if path2 is None:
                raise UnsupportedShapes(f"property shape {nested} without sh:path")
            self._property(nested, self.path(path2), f"{context} {x} {path} {n} .", n, report)

    def _emit(self, report, where: str) -> None:
        shape, path, message, severity = report
        self.checks.append(Check(shape, path, message, severity, _PREFIXES + where))


def compile_shapes(shapes: Graph) -> list[Check]:
    """One query per constraint group of every targeted node shape; raises UnsupportedShapes."""
    c = _Compiler(shapes)
    targeted = set()
    for predicate in _TARGETS | {SH.target}:
        targeted.update(s for s in shapes.subjects(predicate, None))
    targeted.update(s for s in shapes.subjects(RDF.type, SH.NodeShape)
                    if (s, RDF.type, RDFS.Class) in shapes)
    for shape in sorted(targeted, key=str):
        if isinstance(shape, BNode):
            raise UnsupportedShapes(f"a targeted shape that is a blank node ({shape})")
        c.node_shape(shape)
    return c.checks


def violations(store, checks: list[Check], namespaces: dict[str, str] | None = None, pool=None) -> list[dict]:
    """Run ``checks`` on a pyoxigraph Store (default graph = union of its graphs): one dict per
    (focus, shape, path, message), like :func:`migration_kg.validation.violations`. With ``pool``
    (a concurrent.futures executor) the queries run on its threads."""
    def run(check: Check) -> list:
        return [s["focus"] for s in store.query(check.query, use_default_graph_as_union=True)]

    found = pool.map(run, checks) if pool is not None else map(run, checks)
    out = set()
    for check, focuses in zip(checks, found):
        for focus in focuses:
            out.add((_short(focus, namespaces), _short(check.shape, namespaces),
                     _short(check.path, namespaces), check.message, _short(check.severity, namespaces)))
    return [dict(zip(("focus", "shape", "path", "message", "severity"), row)) for row in sorted(out)]


def check_store(store, checks: list[Check], namespaces: dict[str, str] | None = None, pool=None) -> None:
    """Raise ValidationError (same report as migration_kg.validation.check) on any sh:Violation."""
    found = [v for v in violations(store, checks, namespaces, pool) if v["severity"] == "sh:Violation"]
    if found:
        lines = [f"SHACL validation failed: {len(found)} violation(s)"]
        for v in found:
            lines.append(f"  focus {v['focus']}  shape {v['shape']}  path {v['path']}: {v['message']}")
        raise ValidationError("\n".join(lines))


def _short(term, namespaces: dict[str, str] | None) -> str:
    """An IRI with the project's prefixes (doc:..., id:..., shape:...), other terms as their value."""
    if term is None:
        return "-"
    if isinstance(term, (URIRef, BNode, Literal)):
        value, is_iri = str(term), isinstance(term, URIRef)
    else:  # a pyoxigraph term
        value, is_iri = term.value, type(term).__name__ == "NamedNode"
    if is_iri:
        for prefix, base in sorted((_DEFAULT_NS if namespaces is None else namespaces).items(),
                                    key=lambda kv: -len(kv[1])):
            if value.startswith(base) and len(value) > len(base):
                return f"{prefix}:{value[len(base):]}"
    return value


def _default_namespaces() -> dict[str, str]:
    from migration_kg.namespaces import PREFIXES

    ns = dict(PREFIXES)
    ns["shape"] = "https://w3id.org/migration-kg/shapes#"
    return ns


_DEFAULT_NS = _default_namespaces()
