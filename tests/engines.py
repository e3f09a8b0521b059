"""rdflib as a second, independent SPARQL engine for the tests: the library's queries must give the
same rows on it as on the store (pyoxigraph). Terms come back as pyoxigraph terms to compare."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef, Variable

from migration_kg.query.resolve import NameIndex, names_query
from migration_kg.query.sparql import Rows, check_safe, rows_of, select
from migration_kg.stores import GRAPH_NS, GraphStore
from migration_kg.stores.graphfile import read_graph


def to_rdflib(store: GraphStore) -> Graph:
    """The store's triples as an rdflib graph with the project's prefixes (for tests that read the
    seed triple by triple; the package itself never converts its store)."""
    from migration_kg.vocabulary.namespaces import bind_prefixes

    graph = Graph()
    bind_prefixes(graph)
    graph.parse(data=store.ntriples(), format="nt")
    return graph


def to_ox(term):
    if term is None:
        return None
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return term
    raise TypeError(term)


def to_rdflib_term(term):
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    return term


class RdflibRows(Rows):
    """Rows of rdflib terms (str() gives a literal's text)."""


def as_n3(rows: Rows) -> list[tuple[str | None, ...]]:
    """Each term in N-Triples syntax (rdflib's as pyoxigraph writes them): answers of two engines compared."""
    convert = to_ox if isinstance(rows, RdflibRows) else (lambda term: term)
    return [tuple(str(convert(c)) if c is not None else None for c in row) for row in rows.rows]


def run_rdflib(graph: Graph, query: str, bindings: dict | None = None) -> Rows:
    check_safe(query)
    result = graph.query(query, initBindings={Variable(k): to_rdflib_term(v) for k, v in (bindings or {}).items()})
    return RdflibRows([str(v) for v in result.vars], [tuple(row) for row in result])


def run_oxigraph(store: GraphStore, query: str, bindings: dict | None = None) -> Rows:
    return select(store, query, {k: to_ox(v) for k, v in (bindings or {}).items()})


def oxigraph_store_from_file(path: Path) -> GraphStore:
    return read_graph(path)


def store_of(graph: Graph, graph_iri: str = GRAPH_NS + "test") -> GraphStore:
    """A small rdflib graph made by a test, as a store (in one named graph)."""
    store = GraphStore.memory()
    store.load_ntriples(graph.serialize(format="nt", encoding="utf-8"), graph_iri)
    return store


def name_index(source) -> NameIndex:
    """The NameIndex of an rdflib graph or a GraphStore."""
    if isinstance(source, GraphStore):
        return NameIndex(rows_of(source.solutions(names_query())))
    rows = run_rdflib(source, names_query())
    return RdflibNameIndex(Rows(rows.variables, [tuple(to_ox(c) for c in row) for row in rows.rows]))


class RdflibNameIndex(NameIndex):
    """Resolves to rdflib terms, to compare with rdflib's rows."""

    def resolve(self, *args, **kwargs):
        return to_rdflib_term(super().resolve(*args, **kwargs))
