"""graph.jsonld is compact JSON-LD people can use: an embedded @context, @type, short IRIs, same triples."""

from __future__ import annotations

import json
import random

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from tests import paths
from migration_kg.outputs.jsonld import CONTEXT_NAME, compact, dumps, encode, load_context

CONTEXT_FILE = paths.ONTOLOGY_DIR / CONTEXT_NAME
from migration_kg.vocabulary.namespaces import BASE, MKG, PREFIXES


@pytest.fixture(scope="module")
def doc(built) -> dict:
    return json.loads(built.outputs["graph.jsonld"].read_text(encoding="utf-8"))


def _ox(g: Graph) -> list:
    """An rdflib graph's triples as pyoxigraph triples (what the build hands to the writer)."""
    return list(ox.parse(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES))


def _diff(a: Graph, b: Graph) -> str:
    _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
    return "\n".join([f"- {t}" for t in sorted(only_a)][:10] + [f"+ {t}" for t in sorted(only_b)][:10])


def test_context_file_holds_the_projects_prefixes():
    from migration_kg import resources

    assert (resources.ontology_dir() / CONTEXT_NAME).read_bytes() == CONTEXT_FILE.read_bytes()
    assert load_context() == {k: v for k, v in PREFIXES.items() if k != "sh"}


def test_graph_jsonld_embeds_the_context(doc):
    assert set(doc) == {"@context", "@graph"}
    assert doc["@context"] == json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]


def test_graph_jsonld_has_the_same_triples_as_the_turtle(built):
    ttl = Graph().parse(built.outputs["graph.ttl"], format="turtle")
    jsonld = Graph().parse(built.outputs["graph.jsonld"], format="json-ld")  # embedded context: no fetch
    assert isomorphic(ttl, jsonld), _diff(ttl, jsonld)


def test_pyoxigraph_reads_the_same_number_of_triples(built, graph):
    triples = list(ox.parse(built.outputs["graph.jsonld"].read_bytes(), format=ox.RdfFormat.JSON_LD))
    assert len(triples) == len(graph)


def test_classes_are_at_type_and_entities_use_prefixes(built, doc, graph):
    organisations = {str(s) for s in graph.subjects(RDF.type, MKG.Organisation)}
    typed = [n for n in doc["@graph"] if "mkg:Organisation" in ([n["@type"]] if isinstance(n.get("@type"), str)
                                                                  else n.get("@type", []))]
    assert len(typed) == len(organisations) >= 20  # 26 once collectives are told apart
    assert all("rdf:type" not in n for n in doc["@graph"])
    iom = next(n for n in doc["@graph"] if n["@id"] == "id:iom")
    assert iom["@type"] == "mkg:Organisation" and iom["rdfs:label"] == "International Organization for Migration"
    # no IRI the project minted is written in full
    iris = set()
    for node in doc["@graph"]:
        iris.add(node["@id"])
        iris.update([node["@type"]] if isinstance(node.get("@type"), str) else node.get("@type", []))
        iris.update(k for k in node if not k.startswith("@"))
        for values in node.values():
            for v in values if isinstance(values, list) else [values]:
                if isinstance(v, dict):
                    iris.update(str(x) for k, x in v.items() if k in ("@id", "@type"))
    assert len(iris) > 1000
    full = sorted(i for i in iris if i.startswith(BASE + "id/") or i.startswith(BASE + "doc/")
                  or i.startswith(BASE + "role/") or i.startswith(str(MKG)))
    assert full == []


def test_nodes_and_keys_are_sorted(doc):
    ids = [n["@id"] for n in doc["@graph"]]
    assert len(ids) == len(set(ids))
    for node in doc["@graph"]:
        keys = [k for k in node if not k.startswith("@")]
        assert keys == sorted(keys)


def test_literals_keep_their_lexical_form_datatype_and_language():
    s = URIRef(BASE + "id/x")
    g = Graph()
    values = [Literal("plain"), Literal("typed string", datatype=XSD.string), Literal("Genève", lang="fr"),
              Literal("2007-03-07", datatype=XSD.date), Literal("0.3333", datatype=XSD.decimal),
              Literal("4", datatype=XSD.integer), Literal("007", datatype=XSD.integer),
              Literal("12", datatype=XSD.nonNegativeInteger), Literal("true", datatype=XSD.boolean),
              Literal("1994", datatype=XSD.gYear), Literal('quote " and \\ and \n newline')]
    for i, v in enumerate(values):
        g.add((s, URIRef(f"{MKG}p{i}"), v))
    g.add((s, RDF.type, MKG.Organisation))
    g.add((s, URIRef(str(MKG) + "link"), URIRef("https://example.org/not-a-prefix")))
    out = dumps(_ox(g))
    # RDF 1.1: "typed string"^^xsd:string is the plain literal "typed string" (as pyoxigraph reads it)
    assert set(ox.parse(out, format=ox.RdfFormat.JSON_LD)) == set(_ox(g))
    back = Graph().parse(data=out, format="json-ld")
    g.remove((s, URIRef(f"{MKG}p1"), Literal("typed string", datatype=XSD.string)))
    g.add((s, URIRef(f"{MKG}p1"), Literal("typed string")))
    assert isomorphic(g, back), _diff(g, back)
    node = json.loads(out)["@graph"][0]
    assert node["mkg:p5"] == 4 and node["mkg:p7"] == {"@value": "12", "@type": "xsd:nonNegativeInteger"}
    assert node["mkg:p4"] == {"@value": "0.3333", "@type": "xsd:decimal"}
    assert node["mkg:link"] == {"@id": "https://example.org/not-a-prefix"}


def test_output_does_not_depend_on_insertion_order(built, graph):
    triples = _ox(graph)
    random.Random(7).shuffle(triples)
    assert dumps(triples) == built.outputs["graph.jsonld"].read_bytes()


def test_several_values_keep_the_order_of_their_n_triples_terms_whatever_comes_first():
    """Values of one property sort as N-Triples terms ("<...a-b>" before "<...a>", "-" < ">"), types
    too; a literal typed with rdf:type stays a value of rdf:type."""
    s, a, ab = BASE + "id/x", BASE + "id/a", BASE + "id/a-b"
    triples = [ox.Triple(ox.NamedNode(s), ox.NamedNode(str(MKG) + "link"), ox.NamedNode(o)) for o in (a, ab)]
    triples += [ox.Triple(ox.NamedNode(s), ox.NamedNode(str(RDF.type)), t)
                for t in (ox.NamedNode(str(MKG) + "Organisation"), ox.NamedNode(str(MKG) + "Actor"),
                          ox.Literal("odd"))]
    outs = {dumps(order) for order in (triples, triples[::-1], triples[2:] + triples[:2])}
    assert len(outs) == 1
    node = json.loads(outs.pop())["@graph"][0]
    assert node["mkg:link"] == [{"@id": "id:a-b"}, {"@id": "id:a"}]
    assert node["@type"] == ["mkg:Actor", "mkg:Organisation"] and node["rdf:type"] == "odd"
    assert list(node) == ["@id", "@type", "mkg:link", "rdf:type"]


def test_a_referenced_context_is_written_as_given():
    g = Graph()
    g.add((URIRef(BASE + "id/x"), RDF.type, MKG.Organisation))
    assert compact(_ox(g), context_ref="context.jsonld")["@context"] == "context.jsonld"


# -- the encoder: the standard library's bytes, written faster -----------------------------------

_SCALARS = st.one_of(st.text(), st.booleans(), st.integers(min_value=-(2**70), max_value=2**70), st.none())
_JSON = st.recursive(_SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                        st.dictionaries(st.text(), inner, max_size=4)), max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(_JSON)
def test_encode_writes_the_standard_librarys_bytes(document):
    assert encode(document) == (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def test_encode_writes_the_seed_graph_as_before(built):
    document = json.loads((built.outputs["graph.jsonld"]).read_bytes())
    assert encode(document) == built.outputs["graph.jsonld"].read_bytes()
