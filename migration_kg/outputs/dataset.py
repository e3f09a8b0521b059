"""A VoID + DCAT description of the built graph, written as ``void.ttl`` next to it.

Apart from the graph, not inside it: its counts (triples, entities) describe graph.ttl exactly, and
adding them to the graph would change the count they state. Everything comes from the graph itself,
so the description is as deterministic as the graph: the creation date is the newest source
document's ``dcterms:date``, never the clock.
"""

from __future__ import annotations

from collections import Counter

from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, VOID

from migration_kg.vocabulary.namespaces import BASE, MKG, PREFIXES

DATASET = URIRef(BASE + "dataset")
ONTOLOGY = URIRef(BASE + "ontology")
#: The licence of the curated graph (the ontology states the same). Quoted passages of source
#: documents remain their publishers'; see dcterms:rights.
LICENSE = URIRef("https://creativecommons.org/licenses/by/4.0/")
PUBLISHER = Literal("The migration-kg project", lang="en")
#: Classes counted as class partitions: every kind of registry entity and every kind of record.
RECORD_CLASSES = (MKG.Assertion, MKG.Partnership, MKG.Evidence, MKG.Mention, MKG.SourceDocument,
                  MKG.Section, MKG.Paragraph)
VOCABULARIES = ("mkg", "org", "foaf", "schema", "prov", "dcterms", "oa", "skos")


def describe(graph: Graph) -> Graph:
    """The VoID/DCAT description of ``graph`` (the whole built graph, ontology included)."""
    d = Graph()
    for prefix, ns in {**PREFIXES, "void": str(VOID), "dcat": str(DCAT)}.items():
        d.bind(prefix, ns, override=True, replace=True)
    docs = sorted(graph.subjects(RDF.type, MKG.SourceDocument))
    dates = sorted(graph.value(doc, DCTERMS.date) for doc in docs if graph.value(doc, DCTERMS.date) is not None)
    kinds = Counter(str(k) for k in graph.objects(None, MKG.kind))
    d.add((DATASET, RDF.type, VOID.Dataset))
    d.add((DATASET, RDF.type, DCAT.Dataset))
    d.add((DATASET, DCTERMS.title, Literal("Migration and Development Knowledge Graph", lang="en")))
    titles = "; ".join(str(graph.value(doc, DCTERMS.title)) for doc in docs)
    d.add((DATASET, DCTERMS.description, Literal(
        f"Who works with whom, on what, in {len(docs)} report(s) on migration and development ({titles}): "
        f"{sum(kinds.values())} entities, {_count(graph, MKG.Assertion)} curated statements and "
        f"{_count(graph, MKG.Partnership)} partnerships, each traced to the exact words of its source "
        "as a Web Annotation, with the ontology that defines the terms.", lang="en")))
    d.add((DATASET, DCTERMS.license, LICENSE))
    d.add((DATASET, DCTERMS.rights, Literal(
        "The curated graph is under CC BY 4.0. Quoted passages of the source documents remain their "
        "publishers'.", lang="en")))
    d.add((DATASET, DCTERMS.publisher, PUBLISHER))
    if dates:
        d.add((DATASET, DCTERMS.created, Literal(str(dates[-1]), datatype=XSD.date)))
    for doc in docs:
        d.add((DATASET, DCTERMS.source, doc))
        d.add((doc, DCTERMS.title, graph.value(doc, DCTERMS.title)))
        if graph.value(doc, DCTERMS.date) is not None:
            d.add((doc, DCTERMS.date, graph.value(doc, DCTERMS.date)))
    d.add((DATASET, DCTERMS.conformsTo, ONTOLOGY))
    d.add((DATASET, VOID.uriSpace, Literal(BASE)))
    for prefix in VOCABULARIES:
        d.add((DATASET, VOID.vocabulary, URIRef(PREFIXES[prefix])))
    d.add((DATASET, VOID.triples, _int(len(graph))))
    d.add((DATASET, VOID.entities, _int(sum(kinds.values()))))
    d.add((DATASET, VOID.distinctSubjects, _int(len(set(graph.subjects())))))
    d.add((DATASET, VOID.properties, _int(len(set(graph.predicates())))))
    d.add((DATASET, VOID.classes, _int(len(set(graph.objects(None, RDF.type))))))
    # One class partition per registry kind (entities per kind) and per kind of record.
    from migration_kg.vocabulary.ontology import KIND_CLASS

    for kind, n in sorted(kinds.items()):
        if kind in KIND_CLASS:
            _partition(d, KIND_CLASS[kind], n)
    for cls in RECORD_CLASSES:
        _partition(d, cls, _count(graph, cls))
    return d


def _partition(d: Graph, cls: URIRef, n: int) -> None:
    part = URIRef(f"{DATASET}/class/{str(cls)[len(str(MKG)):]}")
    d.add((DATASET, VOID.classPartition, part))
    d.add((part, RDF.type, VOID.Dataset))
    d.add((part, VOID["class"], cls))
    d.add((part, VOID.entities, _int(n)))


def _count(graph: Graph, cls: URIRef) -> int:
    return len(set(graph.subjects(RDF.type, cls)))


def _int(n: int) -> Literal:
    return Literal(n, datatype=XSD.integer)


def void_turtle(graph: Graph) -> bytes:
    """``void.ttl``: the description as sorted Turtle with the project's prefixes (plus void, dcat)."""
    import pyoxigraph as ox

    from migration_kg.vocabulary.terms import NTriples, ntriples

    lines = sorted(NTriples().lines(describe(graph)))
    triples = list(ox.parse(ntriples(lines), format=ox.RdfFormat.N_TRIPLES))
    prefixes = {k: v for k, v in PREFIXES.items() if k != "sh"} | {"void": str(VOID), "dcat": str(DCAT)}
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
