"""One report's share of the graph: what `stats --document` counts and `view --document` draws.

The subgraph keeps the ontology, the document itself (its sections, statements, partnerships,
mentions and their evidence), the plain facts it states, and the registry entities it uses
(mentions, facts, partnerships, metadata) with their registry data. It drops what hangs off other
documents, and the plain facts only other documents state.
"""

from __future__ import annotations

import pyoxigraph as ox

from migration_kg.outputs.reading import internal_rows, rows_by, single_value
from migration_kg.stores import GraphStore, document_graph
from migration_kg.vocabulary.prefixes import PREFIXES


def document_subgraph(store: GraphStore, document: str) -> list[ox.Triple]:
    """The triples of ``store`` (the union of its graphs) that come from ``document`` (a document IRI)."""
    docs, ids = PREFIXES["doc"], PREFIXES["id"]

    def own(value: str) -> bool:
        return value == document or value.startswith(document + "/")

    def foreign(value: str) -> bool:
        return value.startswith(docs) and not own(value)

    asserted, stated = set(), set()  # (subject, predicate, object) of every statement, of the document's
    for node, rows in rows_by(internal_rows(store, "statements"), "statement").items():
        spo = (single_value(rows, "subject"), single_value(rows, "predicate"), single_value(rows, "object"))
        asserted.add(spo)
        if own(node.value):
            stated.add(spo)
    # the union of the named graphs, as queries see it (a triple in two graphs once)
    triples = list(dict.fromkeys(quad.triple for quad in store.quads()
                                 if not isinstance(quad.graph_name, ox.DefaultGraph)))
    used = set()
    for s, _, o in triples:
        if own(s.value) and o.value.startswith(ids):
            used.add(o)
        elif own(o.value) and s.value.startswith(ids):
            used.add(s)

    def unused_entity(node) -> bool:
        return isinstance(node, ox.NamedNode) and node.value.startswith(ids) and node not in used

    kept = []
    for triple in triples:
        s, p, o = triple
        if foreign(s.value) or foreign(o.value) or unused_entity(s) or unused_entity(o):
            continue
        if (s, p, o) in asserted and (s, p, o) not in stated:
            continue
        kept.append(triple)
    return kept


def document_store(store: GraphStore, document: dict) -> GraphStore:
    """A store in memory holding :func:`document_subgraph` of ``store`` for ``document`` (as
    :func:`migration_kg.query.sparql.resolve_document` gives it), in the document's graph."""
    graph = ox.NamedNode(document_graph(document["id"]))
    out = GraphStore.memory()
    out.add_quads(ox.Quad(s, p, o, graph) for s, p, o in document_subgraph(store, document["document"]))
    return out
