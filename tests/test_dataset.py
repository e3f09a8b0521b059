"""void.ttl describes the graph: what it is, from which sources, under which licence, how much of what."""

from __future__ import annotations

from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, VOID

from migration_kg.outputs import dataset
from migration_kg.outputs.dataset import describe
from migration_kg.vocabulary.namespaces import BASE, MKG
from tests.engines import store_of, to_rdflib_term

DATASET = URIRef(dataset.DATASET)


def _void(built) -> Graph:
    return Graph().parse(built.outputs["void.ttl"], format="turtle")


def _partition(void: Graph, cls: URIRef) -> int:
    parts = [p for p in void.objects(DATASET, VOID.classPartition) if void.value(p, VOID["class"]) == cls]
    assert len(parts) == 1, cls
    return void.value(parts[0], VOID.entities).toPython()


def test_void_names_the_dataset_its_sources_licence_and_publisher(built, graph):
    void = _void(built)
    assert {VOID.Dataset, DCAT.Dataset} <= set(void.objects(DATASET, RDF.type))
    assert str(void.value(DATASET, DCTERMS.title)) == "Migration and Development Knowledge Graph"
    assert void.value(DATASET, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    assert void.value(DATASET, DCTERMS.publisher) is not None
    docs = set(graph.subjects(RDF.type, MKG.SourceDocument))
    assert set(void.objects(DATASET, DCTERMS.source)) == docs and docs
    assert void.value(DATASET, DCTERMS.created) == Literal("2007-03-07", datatype=XSD.date)  # the report's date
    assert void.value(DATASET, DCTERMS.conformsTo) == URIRef(BASE + "ontology")


def test_void_counts_match_the_graph(built, records):
    void = _void(built)
    ttl = Graph().parse(built.outputs["graph.ttl"], format="turtle")
    assert void.value(DATASET, VOID.triples).toPython() == len(ttl)
    assert void.value(DATASET, VOID.entities).toPython() == len(records.registry)
    assert _partition(void, MKG.Assertion) == len(records.statements)
    assert _partition(void, MKG.Partnership) == len(records.partnerships)
    assert _partition(void, MKG.Mention) == len(records.mentions)
    organisations = sum(1 for e in records.registry.values() if e.kind == "organisation")
    assert _partition(void, MKG.Organisation) == organisations >= 20  # 26 once collectives are told apart


def test_void_is_made_from_the_store_alone(built):
    from migration_kg.outputs.dataset import void_turtle
    from migration_kg.stores import GraphStore

    store = GraphStore.from_nquads(built.outputs["graph.nq"].read_bytes())
    assert void_turtle(store) == built.outputs["void.ttl"].read_bytes()


def test_created_is_the_newest_source_date_not_the_clock():
    g = Graph()
    for doc, date in (("a", "2007-03-07"), ("b", "2009-11-02")):
        d = URIRef(BASE + "doc/" + doc)
        g.add((d, RDF.type, MKG.SourceDocument))
        g.add((d, DCTERMS.title, Literal(f"Report {doc}")))
        g.add((d, DCTERMS.date, Literal(date, datatype=XSD.date)))
    void = Graph()
    for t in describe(store_of(g)):
        void.add((to_rdflib_term(t.subject), to_rdflib_term(t.predicate), to_rdflib_term(t.object)))
    assert void.value(DATASET, DCTERMS.created) == Literal("2009-11-02", datatype=XSD.date)
    assert len(set(void.objects(DATASET, DCTERMS.source))) == 2
