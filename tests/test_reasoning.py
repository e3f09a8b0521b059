"""The ontology survives the vocabularies it extends: no contradiction, no property pointing backwards.

* OWL-RL (``owlrl``) over the built graph (ontology + data) and the PROV-O, ORG, Web Annotation,
  FOAF and SKOS axioms the ontology relies on (``tests/fixtures/vocab-axioms.ttl``): owlrl reports no
  inconsistency, no individual is in two disjoint classes, nothing is an owl:Nothing.
* every mkg property runs in the direction of what it specialises: subjects and objects in the data
  are of the domain and range of each super-property (or, for an ``owl:inverseOf``, of its range
  and domain), and none runs from schema.org's expected range to its expected domain.
* HermiT (OWL 2 DL, via owlready2, when Java is present) loads the ontology with the same axioms
  and finds every class satisfiable, and the ontology with the data consistent.
"""

from __future__ import annotations

import importlib.util
import shutil
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef

from tests import paths
from migration_kg.vocabulary.namespaces import MKG

pytestmark = [pytest.mark.java, pytest.mark.slow]

AXIOMS_FILE = Path(__file__).resolve().parent / "fixtures" / "vocab-axioms.ttl"
ERRNS = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
MKG_NS = str(MKG)


def _axioms() -> Graph:
    return Graph().parse(AXIOMS_FILE, format="turtle")


def _closure(graph: Graph) -> Graph:
    import owlrl

    g = Graph()
    g += graph
    g += _axioms()
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(g)
    return g


@pytest.fixture(scope="session")
def closure(built, graph) -> Graph:
    """OWL-RL closure of ontology + data + vocabulary axioms (about 10 s: computed once)."""
    return _closure(graph)


def _errors(g: Graph) -> list[str]:
    return sorted(str(m) for m in g.objects(None, ERRNS.error))


def _disjoint_members(g: Graph) -> list[tuple[str, str, str]]:
    pairs = set(g.subject_objects(OWL.disjointWith))
    found = []
    for a, b in sorted(pairs):
        for x in sorted(set(g.subjects(RDF.type, a)) & set(g.subjects(RDF.type, b))):
            found.append((str(x), str(a), str(b)))
    return found


def test_the_axioms_fixture_holds_what_the_checks_rely_on():
    ax = _axioms()
    assert (PROV.Activity, OWL.disjointWith, PROV.Entity) in ax
    assert (URIRef("http://xmlns.com/foaf/0.1/Person"), OWL.disjointWith, URIRef("http://xmlns.com/foaf/0.1/Organization")) in ax
    assert (PROV.wasAssociatedWith, RDFS.domain, PROV.Activity) in ax
    assert (URIRef("http://www.w3.org/ns/org#memberOf"), OWL.inverseOf, URIRef("http://www.w3.org/ns/org#hasMember")) in ax
    assert (SCHEMA.provider, SCHEMA.rangeIncludes, SCHEMA.Organization) in ax


def test_owlrl_finds_no_inconsistency(closure):
    assert _errors(closure) == []


def test_no_individual_is_in_two_disjoint_classes(closure):
    assert _disjoint_members(closure) == []
    assert list(closure.subjects(RDF.type, OWL.Nothing)) == []


def test_the_check_catches_an_event_that_is_also_a_prov_entity():
    """The contradiction this ontology once had (mkg:Undertaking under prov:Entity) is found."""
    onto = Graph().parse(paths.ONTOLOGY_FILE, format="turtle")
    onto.add((MKG.Undertaking, RDFS.subClassOf, PROV.Entity))
    event = URIRef("https://w3id.org/migration-kg/id/some-seminar")
    onto.add((event, RDF.type, MKG.Event))
    g = _closure(onto)
    assert (str(event), str(PROV.Activity), str(PROV.Entity)) in _disjoint_members(g)
    assert any(str(event) in m for m in _errors(g))


# -- direction of every property -----------------------------------------------------------------------

def _told(graph: Graph):
    """Asserted types and the told class hierarchy (subClassOf/equivalentClass, transitive), no domain/range inference."""
    supers: dict[URIRef, set[URIRef]] = defaultdict(set)
    for a, b in graph.subject_objects(RDFS.subClassOf):
        supers[a].add(b)
    for a, b in graph.subject_objects(OWL.equivalentClass):
        supers[a].add(b)
        supers[b].add(a)

    def ancestors(cls: URIRef) -> set[URIRef]:
        seen, todo = {cls}, [cls]
        while todo:
            for s in supers.get(todo.pop(), ()):
                if s not in seen:
                    seen.add(s)
                    todo.append(s)
        return seen

    cache: dict = {}

    def classes(node) -> set[URIRef]:
        if node not in cache:
            cache[node] = set().union(*(ancestors(c) for c in graph.objects(node, RDF.type))) if not isinstance(node, Literal) else set()
        return cache[node]

    return classes


def _super_relations(graph: Graph, prop: URIRef) -> list[tuple[URIRef, bool]]:
    """(external property, inverted?) for every property ``prop`` specialises, through sub-property and inverse chains."""
    found, todo = set(), [(prop, False)]
    while todo:
        p, inv = todo.pop()
        for q in graph.objects(p, RDFS.subPropertyOf):
            todo.append((q, inv))
        for q in list(graph.objects(p, OWL.inverseOf)) + list(graph.subjects(OWL.inverseOf, p)):
            if (q, not inv) not in found:
                todo.append((q, not inv))
        if (p, inv) in found:
            continue
        found.add((p, inv))
    return sorted((p, inv) for p, inv in found if not str(p).startswith(MKG_NS))


def _direction_problems(graph: Graph) -> tuple[list[str], int]:
    ax = _axioms()
    full = Graph()
    full += graph
    full += ax
    classes = _told(full)
    problems, checked = [], 0
    props = sorted({p for t in (OWL.ObjectProperty, OWL.DatatypeProperty) for p in graph.subjects(RDF.type, t)
                    if str(p).startswith(MKG_NS)})
    for prop in props:
        triples = sorted(graph.subject_objects(prop))
        for sup, inverted in _super_relations(full, prop):
            domain, rng = set(full.objects(sup, RDFS.domain)), set(full.objects(sup, RDFS.range))
            dom_incl, rng_incl = set(full.objects(sup, SCHEMA.domainIncludes)), set(full.objects(sup, SCHEMA.rangeIncludes))
            if inverted:
                domain, rng, dom_incl, rng_incl = rng, domain, rng_incl, dom_incl
            name = f"{prop.n3(full.namespace_manager)} ({'inverse of ' if inverted else 'under '}{sup.n3(full.namespace_manager)})"
            for s, o in triples:
                checked += 1
                for node, required, side in ((s, domain, "subject"), (o, rng, "object")):
                    for cls in required:
                        if isinstance(cls, URIRef) and cls != RDFS.Literal and not isinstance(node, Literal) \
                                and cls not in classes(node):
                            problems.append(f"{name}: {side} {node} is not a {cls}")
                if dom_incl and rng_incl and not isinstance(o, Literal):
                    forwards = classes(s) & dom_incl and classes(o) & rng_incl
                    backwards = classes(s) & rng_incl and classes(o) & dom_incl
                    if backwards and not forwards:
                        problems.append(f"{name} points backwards: {s} -> {o}")
    return problems, checked


def test_every_property_runs_in_the_direction_of_what_it_specialises(built, graph):
    problems, checked = _direction_problems(graph)
    assert checked > 100  # the data does use aligned properties
    assert problems == []


def test_the_direction_check_catches_provides_under_schema_provider():
    """mkg:provides was a sub-property of schema:provider (service -> provider): backwards."""
    g = Graph().parse(paths.ONTOLOGY_FILE, format="turtle")
    g.remove((MKG.provides, OWL.inverseOf, None))
    g.add((MKG.provides, RDFS.subPropertyOf, SCHEMA.provider))
    actor, service = URIRef("https://w3id.org/migration-kg/id/a-bank"), URIRef("https://w3id.org/migration-kg/id/a-service")
    g.add((actor, RDF.type, MKG.Organisation))
    g.add((service, RDF.type, MKG.Service))
    g.add((actor, MKG.provides, service))
    problems, _ = _direction_problems(g)
    assert any("points backwards" in p and "provides" in p for p in problems), problems


def test_the_direction_check_catches_an_initiative_under_a_prov_activity_property():
    g = Graph().parse(paths.ONTOLOGY_FILE, format="turtle")
    g.add((MKG.participatesIn, OWL.inverseOf, PROV.wasAssociatedWith))
    actor, policy = URIRef("https://w3id.org/migration-kg/id/a-country"), URIRef("https://w3id.org/migration-kg/id/a-policy")
    g.add((actor, RDF.type, MKG.Country))
    g.add((policy, RDF.type, MKG.Policy))
    g.add((actor, MKG.participatesIn, policy))
    problems, _ = _direction_problems(g)
    assert any("participatesIn" in p and str(PROV.Activity) in p for p in problems), problems


# -- HermiT (OWL 2 DL) ------------------------------------------------------------------------------------

def _hermit_available() -> str | None:
    if importlib.util.find_spec("owlready2") is None:
        return "owlready2 is not installed (pip install -e '.[test]')"
    if shutil.which("java") is None:
        return "no Java on PATH: HermiT runs on the JVM"
    return None


def _hermit(graph: Graph, tmp_path: Path, *, ignore_unsupported_datatypes: bool):
    """Run HermiT on ``graph``; returns (consistent, unsatisfiable classes)."""
    import owlready2

    nt = tmp_path / "input.nt"
    graph.serialize(nt, format="nt", encoding="utf-8")
    world = owlready2.World()
    onto = world.get_ontology(nt.as_uri()).load(format="ntriples")
    try:
        with onto:
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0,
                                           ignore_unsupported_datatypes=ignore_unsupported_datatypes)
    except owlready2.OwlReadyInconsistentOntologyError:
        return False, []
    return True, sorted(str(c.iri) for c in world.inconsistent_classes() if c is not owlready2.Nothing)


def _dl_axioms() -> Graph:
    """The fixture without what OWL 2 DL cannot say (disjointness of annotation properties)."""
    ax = _axioms()
    ax.remove((None, OWL.propertyDisjointWith, None))
    return ax


@pytest.mark.skipif(_hermit_available() is not None, reason=_hermit_available() or "")
def test_hermit_finds_every_class_satisfiable(tmp_path):
    g = Graph().parse(paths.ONTOLOGY_FILE, format="turtle")
    g += _dl_axioms()
    # No --ignoreUnsupportedDatatypes: the ontology itself uses only OWL 2 datatypes.
    consistent, unsatisfiable = _hermit(g, tmp_path, ignore_unsupported_datatypes=False)
    assert consistent
    assert unsatisfiable == []


@pytest.mark.skipif(_hermit_available() is not None, reason=_hermit_available() or "")
def test_hermit_finds_the_ontology_consistent_with_the_data(built, tmp_path, graph):
    g = Graph()
    g += graph
    g += _dl_axioms()
    # The data's dates are xsd:date literals, which the OWL 2 datatype map lacks (SHACL checks them).
    consistent, unsatisfiable = _hermit(g, tmp_path, ignore_unsupported_datatypes=True)
    assert consistent
    assert unsatisfiable == []
