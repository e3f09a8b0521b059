"""Compact JSON-LD 1.1 from sorted triples: deterministic bytes, no remote context.

The output is what the JSON-LD compaction algorithm gives for a flat graph, written directly:
``{"@context": ..., "@graph": [node, ...]}`` with one node object per subject, sorted by IRI;
``rdf:type`` as ``@type``; IRIs shortened with the project's prefixes (``id:iom``,
``mkg:Organisation``); properties sorted; several values of a property in a list, sorted as the
triples are. Literals: plain strings as JSON strings, canonical ``xsd:integer`` and
``xsd:boolean`` as JSON numbers and booleans, language-tagged and other typed values as value
objects (``{"@value": "2007-03-07", "@type": "xsd:date"}``), so every lexical form survives.

The context is ``ontology/context.jsonld`` (the prefixes, nothing else), embedded by default so
the file reads offline; ``context_ref`` writes a reference to it instead.
"""

from __future__ import annotations

import json
import orjson
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from migration_kg import resources

CONTEXT_NAME = "context.jsonld"
_GEN_DELIMS = tuple(":/?#[]@")
_XSD = "http://www.w3.org/2001/XMLSchema#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def load_context(path: Path | None = None) -> dict[str, str]:
    """The prefixes of ``ontology/context.jsonld``: {prefix: namespace IRI}."""
    path = path or resources.ontology_dir() / CONTEXT_NAME
    context = json.loads(path.read_text(encoding="utf-8"))["@context"]
    return {k: v for k, v in context.items() if isinstance(v, str) and not k.startswith("@")}


class _Compactor:
    def __init__(self, prefixes: dict[str, str]):
        for prefix, ns in prefixes.items():
            if not ns.endswith(_GEN_DELIMS):  # JSON-LD 1.1 uses only these as prefixes
                raise ValueError(f"prefix {prefix!r}: {ns!r} must end with one of {''.join(_GEN_DELIMS)}")
        # Longest namespace first: "id/" beats the base, "ontology#" beats nothing shorter.
        self._by_length = sorted(prefixes.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        self._cache: dict[str, str] = {}

    def iri(self, iri: str) -> str:
        found = self._cache.get(iri)
        if found is None:
            found = iri
            for prefix, ns in self._by_length:
                rest = iri[len(ns):]
                # "p://x" would read as an absolute IRI with scheme p; an empty rest is the namespace itself.
                if iri.startswith(ns) and rest and not rest.startswith("//"):
                    found = f"{prefix}:{rest}"
                    break
            self._cache[iri] = found
        return found

    def value(self, term):
        """A pyoxigraph term as a JSON-LD value (an IRI as a node reference, a literal as a string,
        number, boolean or value object)."""
        if isinstance(term, ox.NamedNode):
            return {"@id": self.iri(term.value)}
        if not isinstance(term, ox.Literal):
            raise ValueError(f"{term} in the graph: every node must have a minted IRI (no blank nodes)")
        lexical, datatype = term.value, term.datatype.value
        if term.language:
            return {"@value": lexical, "@language": term.language}
        if datatype == _XSD + "string":
            return lexical
        if datatype == _XSD + "integer" and lexical == str(_int(lexical)):
            return _int(lexical)
        if datatype == _XSD + "boolean" and lexical in ("true", "false"):
            return lexical == "true"
        return {"@value": lexical, "@type": self.iri(datatype)}


def _int(lexical: str):
    try:
        return int(lexical)
    except ValueError:
        return None


class Compaction:
    """Triples in, one compact JSON-LD document out (see :func:`compact`): :meth:`passing` adds
    each triple as it goes by, so the document can be compacted from a stream another writer
    reads (the build's Turtle), without a list of every triple."""

    def __init__(self, *, prefixes: dict[str, str] | None = None, context_ref: str | None = None):
        self.prefixes = load_context() if prefixes is None else prefixes
        self.context_ref = context_ref
        self._compactor = _Compactor(self.prefixes)
        self._nodes: dict[str, dict[str, list]] = {}  # subject IRI -> {predicate IRI: [object terms]}

    def passing(self, triples: Iterable):
        """Each of ``triples`` (pyoxigraph triples or quads: the graph is ignored), once added."""
        nodes = self._nodes
        for triple in triples:
            s, p, o = triple.subject, triple.predicate, triple.object
            if not isinstance(s, ox.NamedNode):
                raise ValueError(f"{s} in the graph: every node must have a minted IRI (no blank nodes)")
            properties = nodes.get(s.value)
            if properties is None:
                properties = nodes[s.value] = {}
            values = properties.get(p.value)
            if values is None:
                properties[p.value] = [o]
            else:
                values.append(o)
            yield triple

    def add(self, triples: Iterable) -> None:
        """Add every one of ``triples``."""
        for _ in self.passing(triples):
            pass

    def document(self) -> dict:
        """The document: nodes by subject IRI, properties by compact name, the values of one
        property as their N-Triples terms sort (only properties with several values are sorted).
        Once: each node's terms are let go as it is written, so they and the document are not both
        held whole."""
        c = self._compactor
        graph_out = []
        for subject in sorted(self._nodes):
            out = {"@id": c.iri(subject)}
            body = {}
            for predicate, values in self._nodes.pop(subject).items():
                if len(values) > 1:
                    values.sort(key=str)
                if predicate == _RDF_TYPE:
                    types = [c.iri(o.value) for o in values if isinstance(o, ox.NamedNode)]
                    values = [o for o in values if not isinstance(o, ox.NamedNode)]
                    if types:
                        out["@type"] = types[0] if len(types) == 1 else types
                    if not values:
                        continue
                converted = [c.value(o) for o in values]
                body[c.iri(predicate)] = converted[0] if len(converted) == 1 else converted
            for key in sorted(body):
                out[key] = body[key]
            graph_out.append(out)
        context = self.context_ref if self.context_ref is not None else dict(sorted(self.prefixes.items()))
        return {"@context": context, "@graph": graph_out}


def compact(triples: Iterable, *, prefixes: dict[str, str] | None = None, context_ref: str | None = None) -> dict:
    """pyoxigraph triples (or quads: the graph is ignored) as a compact JSON-LD document (a dict),
    nodes and values in a fixed order whatever the order of ``triples``. Each term is read from
    pyoxigraph once (no sorting of the triples by their terms first: see docs/benchmarks.md)."""
    compaction = Compaction(prefixes=prefixes, context_ref=context_ref)
    compaction.add(triples)
    return compaction.document()


def dumps(triples: Iterable, **options) -> bytes:
    """Compact JSON-LD as UTF-8 bytes: two-space indent, one trailing newline, byte-identical per graph."""
    return encode(compact(triples, **options))


def encode(document) -> bytes:
    """``json.dumps(document, ensure_ascii=False, indent=2)`` and a newline, as UTF-8, written by orjson
    (the standard library indents in Python, far slower on a corpus; the bytes are the same,
    tests/test_jsonld.py). An integer beyond 64 bits, which orjson refuses, goes to the
    standard library."""
    try:
        return orjson.dumps(document, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    except TypeError:
        return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
