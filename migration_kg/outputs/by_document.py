"""One report's share of the graph: what `stats --document` counts and `view --document` draws.

The subgraph keeps the ontology, the document itself (its sections, statements, partnerships,
mentions and their evidence), the plain facts it states, and the registry entities it uses
(mentions, facts, partnerships, metadata) with their registry data. It drops what hangs off other
documents, and the plain facts only other documents state.
"""

from __future__ import annotations

from rdflib import RDF, Graph, URIRef

from migration_kg.vocabulary.namespaces import DOC, ID, MKG, bind_prefixes


def document_subgraph(graph: Graph, document: str) -> Graph:
    """The part of ``graph`` that comes from ``document`` (a document IRI), as a new graph."""
    docs, ids = str(DOC), str(ID)

    def foreign(node) -> bool:
        s = str(node)
        return s.startswith(docs) and not (s == document or s.startswith(document + "/"))

    def own(node) -> bool:
        s = str(node)
        return s == document or s.startswith(document + "/")

    asserted, stated = set(), set()
    for node in graph.subjects(RDF.type, MKG.Assertion):
        spo = (graph.value(node, RDF.subject), graph.value(node, RDF.predicate), graph.value(node, RDF.object))
        asserted.add(spo)
        if own(node):
            stated.add(spo)
    used = set()
    for s, _, o in graph:
        if own(s) and str(o).startswith(ids):
            used.add(o)
        elif own(o) and str(s).startswith(ids):
            used.add(s)

    def unused_entity(node) -> bool:
        return isinstance(node, URIRef) and str(node).startswith(ids) and node not in used

    sub = Graph()
    bind_prefixes(sub)
    for triple in graph:
        s, _, o = triple
        if foreign(s) or foreign(o) or unused_entity(s) or unused_entity(o):
            continue
        if triple in asserted and triple not in stated:
            continue
        sub.add(triple)
    return sub


def document_store(store, document: dict):
    """A store in memory holding :func:`document_subgraph` of ``store`` (a GraphStore) for
    ``document`` (as :func:`migration_kg.query.sparql.resolve_document` gives it)."""
    from migration_kg.stores import GraphStore, document_graph
    from migration_kg.stores.graphfile import to_rdflib

    sub = document_subgraph(to_rdflib(store), document["document"])
    out = GraphStore.memory()
    out.load_ntriples(sub.serialize(format="nt", encoding="utf-8"), document_graph(document["id"]))
    return out
