"""Run SPARQL files on rdflib or pyoxigraph and get the same rows back as rdflib terms."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node


@dataclass
class Rows:
    variables: list[str]
    rows: list[tuple[Node | None, ...]]

    def as_n3(self) -> list[tuple[str | None, ...]]:
        return [tuple(c.n3() if c is not None else None for c in row) for row in self.rows]


def run_rdflib(graph: Graph, query: str, bindings: dict[str, Node] | None = None) -> Rows:
    result = graph.query(query, initBindings=bindings or {})
    variables = [str(v) for v in result.vars]
    return Rows(variables, [tuple(row) for row in result])


def run_oxigraph(store, query: str) -> Rows:
    """``store`` is a pyoxigraph.Store."""
    solutions = store.query(query)
    variables = [v.value for v in solutions.variables]
    rows = []
    for solution in solutions:
        rows.append(tuple(from_oxigraph(solution[v]) for v in variables))
    return Rows(variables, rows)


def from_oxigraph(term) -> Node | None:
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def oxigraph_store_from_turtle(path: Path):
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    return store
