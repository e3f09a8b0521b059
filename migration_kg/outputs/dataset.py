"""A VoID + DCAT description of the built graph, written as ``void.ttl`` next to it.

Apart from the graph, not inside it: its counts (triples, entities) describe graph.ttl exactly, and
adding them to the graph would change the count they state. Everything comes from the store itself
(two queries of queries/internal: void-counts.rq, void-documents.rq), so the description is as
deterministic as the graph: the creation date is the newest source document's ``dcterms:date``,
never the clock.
"""

from __future__ import annotations

import pyoxigraph as ox

from migration_kg import resources
from migration_kg.vocabulary.kinds import KIND_CLASS_IRI
from migration_kg.vocabulary.prefixes import BASE, PREFIXES

DATASET = BASE + "dataset"
ONTOLOGY = BASE + "ontology"
#: The licence of the curated graph (the ontology states the same). Quoted passages of source
#: documents remain their publishers'; see dcterms:rights.
LICENSE = "https://creativecommons.org/licenses/by/4.0/"
PUBLISHER = "The migration-kg project"
MKG = PREFIXES["mkg"]
#: Classes counted as class partitions: every kind of registry entity and every kind of record.
RECORD_CLASSES = tuple(MKG + name for name in ("Assertion", "Partnership", "Evidence", "Mention", "SourceDocument",
                                               "Section", "Paragraph"))
VOCABULARIES = ("mkg", "org", "foaf", "schema", "prov", "dcterms", "oa", "skos")
VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"
RDF_TYPE = PREFIXES["rdf"] + "type"
DCTERMS = PREFIXES["dcterms"]
XSD = PREFIXES["xsd"]


def describe(store) -> list[ox.Triple]:
    """The VoID/DCAT description of ``store`` (a migration_kg.stores.GraphStore: the whole built
    graph, ontology included), as triples sorted by their N-Triples lines."""
    classes: dict[str, int] = {}
    kinds: dict[str, int] = {}
    sizes: dict[str, int] = {}
    for row in store.solutions(resources.internal_query("void-counts")):
        what, n = row["what"].value, int(row["n"].value)
        if what == "class":
            classes[row["term"].value] = n
        elif what == "kind":
            kinds[row["term"].value] = n
        else:
            sizes[what] = n
    titles: dict[str, ox.Literal | None] = {}
    dates: dict[str, ox.Literal | None] = {}
    for row in store.solutions(resources.internal_query("void-documents")):
        doc = row["document"].value
        titles.setdefault(doc, row["title"])
        dates.setdefault(doc, row["date"])
    docs = sorted(titles)
    entities = sum(kinds.values())

    d: set[ox.Triple] = set()

    def add(s: str, p: str, o) -> None:
        d.add(ox.Triple(ox.NamedNode(s), ox.NamedNode(p), o if isinstance(o, ox.Literal) else ox.NamedNode(o)))

    add(DATASET, RDF_TYPE, VOID + "Dataset")
    add(DATASET, RDF_TYPE, DCAT + "Dataset")
    add(DATASET, DCTERMS + "title", _en("Migration and Development Knowledge Graph"))
    named = "; ".join(titles[doc].value for doc in docs if titles[doc] is not None)
    add(DATASET, DCTERMS + "description", _en(
        f"Who works with whom, on what, in {len(docs)} report(s) on migration and development ({named}): "
        f"{entities} entities, {classes.get(MKG + 'Assertion', 0)} curated statements and "
        f"{classes.get(MKG + 'Partnership', 0)} partnerships, each traced to the exact words of its source "
        "as a Web Annotation, with the ontology that defines the terms."))
    add(DATASET, DCTERMS + "license", LICENSE)
    add(DATASET, DCTERMS + "rights", _en(
        "The curated graph is under CC BY 4.0. Quoted passages of the source documents remain their "
        "publishers'."))
    add(DATASET, DCTERMS + "publisher", _en(PUBLISHER))
    known = sorted(date.value for date in dates.values() if date is not None)  # xsd:date: text order is time order
    if known:
        add(DATASET, DCTERMS + "created", ox.Literal(known[-1], datatype=ox.NamedNode(XSD + "date")))
    for doc in docs:
        add(DATASET, DCTERMS + "source", doc)
        if titles[doc] is not None:
            add(doc, DCTERMS + "title", titles[doc])
        if dates[doc] is not None:
            add(doc, DCTERMS + "date", dates[doc])
    add(DATASET, DCTERMS + "conformsTo", ONTOLOGY)
    add(DATASET, VOID + "uriSpace", ox.Literal(BASE))
    for prefix in VOCABULARIES:
        add(DATASET, VOID + "vocabulary", PREFIXES[prefix])
    add(DATASET, VOID + "triples", _int(len(store)))
    add(DATASET, VOID + "entities", _int(entities))
    add(DATASET, VOID + "distinctSubjects", _int(sizes.get("subjects", 0)))
    add(DATASET, VOID + "properties", _int(sizes.get("properties", 0)))
    add(DATASET, VOID + "classes", _int(len(classes)))
    # One class partition per registry kind (entities per kind) and per kind of record.
    for kind, n in sorted(kinds.items()):
        if kind in KIND_CLASS_IRI:
            _partition(add, KIND_CLASS_IRI[kind], n)
    for cls in RECORD_CLASSES:
        _partition(add, cls, classes.get(cls, 0))
    return sorted(d, key=str)  # pyoxigraph writes a triple as its N-Triples line


def _partition(add, cls: str, n: int) -> None:
    part = f"{DATASET}/class/{cls[len(MKG):]}"
    add(DATASET, VOID + "classPartition", part)
    add(part, RDF_TYPE, VOID + "Dataset")
    add(part, VOID + "class", cls)
    add(part, VOID + "entities", _int(n))


def _en(text: str) -> ox.Literal:
    return ox.Literal(text, language="en")


def _int(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=ox.NamedNode(XSD + "integer"))


def void_turtle(store) -> bytes:
    """``void.ttl``: the description as sorted Turtle with the project's prefixes (plus void, dcat)."""
    prefixes = {k: v for k, v in PREFIXES.items() if k != "sh"} | {"void": VOID, "dcat": DCAT}
    return ox.serialize(describe(store), format=ox.RdfFormat.TURTLE, prefixes=prefixes)
