"""Each SHACL shape in ontology/shapes.ttl has a conforming and a violating fixture.

For every node shape with a target there must be ``tests/fixtures/shacl/<Shape>-good.ttl`` and
``<Shape>-bad.ttl``. A fixture is validated together with the ontology, as the build does: targetClass
follows rdfs:subClassOf in the data graph, so without the ontology most shapes would target nothing.

* good: no validation result at all, from any shape.
* bad: at least one result. Every top-level result has the culprit named by the fixture's
  ``# focus: <iri>`` line as its focus node, and has the shape under test, or one of its property
  shapes, as its source. pySHACL also reports the failures inside an ``sh:node`` check (such as
  TargetShape, reached from EvidenceShape and MentionShape) as ``sh:detail`` results. Those results must
  focus on the value that the ``sh:node`` check examined, and come from the referenced shape.

A new shape without a fixture pair fails ``test_shape`` for that shape. A fixture without a shape
fails ``test_every_fixture_belongs_to_a_shape``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest
from rdflib import RDF, BNode, Graph, URIRef
from rdflib.namespace import SH

from tests import paths
from migration_kg.errors import ValidationError
from migration_kg.checks.shacl import check, load_shapes, violations

SHACL_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "shacl"
TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)
FOCUS_LINE = re.compile(r"^#\s*focus:\s*<([^>]+)>\s*$", re.MULTILINE)

SHAPES = load_shapes(paths.SHAPES_FILE)
ONTOLOGY = Graph().parse(paths.ONTOLOGY_FILE, format="turtle")


def _name(shape: URIRef) -> str:
    return re.split(r"[#/]", str(shape))[-1]


def _node_shapes() -> list[URIRef]:
    return sorted(s for s in SHAPES.subjects(RDF.type, SH.NodeShape) if isinstance(s, URIRef))


def _targeted(shape: URIRef) -> bool:
    return any(SHAPES.value(shape, t) is not None for t in TARGETS)


TARGETED = [s for s in _node_shapes() if _targeted(s)]
UNTARGETED = [s for s in _node_shapes() if not _targeted(s)]


def _fixture(shape: URIRef, kind: str) -> Path:
    return SHACL_FIXTURES / f"{_name(shape)}-{kind}.ttl"


def _data(path: Path) -> Graph:
    """Fixture + ontology as one graph, with no prefix bindings.

    The shapes must not rely on the data graph's prefixes. Until sh:prefixes was added, the SPARQL
    constraint of TypedValueShape resolved ``mkg:`` only through them. Copying the triples into a
    graph that binds no prefixes keeps a regression visible.
    """
    src = Graph().parse(path, format="turtle")
    src += ONTOLOGY
    g = Graph(bind_namespaces="none")
    for t in src:
        g.add(t)
    return g


def _culprit(path: Path) -> URIRef:
    m = FOCUS_LINE.search(path.read_text(encoding="utf-8"))
    assert m, f"{path.name} must name its culprit in a '# focus: <iri>' comment line"
    return URIRef(m.group(1))


def _own_shapes(shape: URIRef) -> set:
    """The node shape and its property shapes (pySHACL reports a property shape's blank node)."""
    return {shape, *SHAPES.objects(shape, SH.property)}


@lru_cache(maxsize=None)
def _report(path: Path) -> tuple[bool, Graph]:
    from pyshacl import validate

    conforms, report, _ = validate(_data(path), shacl_graph=SHAPES, inference="none", advanced=True,
                                   allow_warnings=True)
    return conforms, report


def _describe(report: Graph, result) -> str:
    src = report.value(result, SH.sourceShape)
    owner = SHAPES.value(predicate=SH.property, object=src) if isinstance(src, BNode) else None
    return (f"focus {report.value(result, SH.focusNode)}; source "
            f"{f'property shape of {_name(owner)}' if owner else src}; "
            f"path {report.value(result, SH.resultPath)}; {report.value(result, SH.resultMessage)}")


def _check_results(report: Graph, results, focus: URIRef, allowed: set, where: str) -> None:
    """Each result focuses on `focus`, comes from `allowed`, is a violation; recurse into sh:detail."""
    for r in results:
        what = f"{where}: {_describe(report, r)}"
        assert report.value(r, SH.focusNode) == focus, f"unexpected focus node, {what}"
        source = report.value(r, SH.sourceShape)
        assert source in allowed, f"result from another shape, {what}"
        assert report.value(r, SH.resultSeverity) == SH.Violation, what
        details = list(report.objects(r, SH.detail))
        if details:
            nested = set(SHAPES.objects(source, SH.node))
            assert nested, f"sh:detail under a result that is not an sh:node check, {what}"
            value = report.value(r, SH.value)
            _check_results(report, details, value, set().union(*(_own_shapes(n) for n in nested)), where)


# -- one good and one bad fixture per targeted shape -------------------------------------------------

def test_shapes_are_discovered():
    assert len(TARGETED) >= 14, [_name(s) for s in TARGETED]


@pytest.mark.parametrize("shape", TARGETED, ids=_name)
def test_shape(shape):
    good, bad = _fixture(shape, "good"), _fixture(shape, "bad")
    missing = [p.name for p in (good, bad) if not p.is_file()]
    assert not missing, f"{_name(shape)} has no fixture {missing} in {SHACL_FIXTURES}"

    assert violations(_data(good), SHAPES) == [], f"{good.name} must conform"

    culprit = _culprit(bad)
    conforms, report = _report(bad)
    assert not conforms, f"{bad.name} must violate {_name(shape)}"
    top = list(report.objects(None, SH.result))
    assert top, f"{bad.name}: no validation result"
    _check_results(report, top, culprit, _own_shapes(shape), bad.name)


def test_every_fixture_belongs_to_a_shape():
    expected = {f"{_name(s)}-{k}.ttl" for s in TARGETED for k in ("good", "bad")}
    stray = sorted(p.name for p in SHACL_FIXTURES.glob("*.ttl") if p.name not in expected)
    assert not stray, f"fixtures for no targeted shape: {stray}"


@pytest.mark.parametrize("shape", UNTARGETED, ids=_name)
def test_untargeted_shape_is_used_and_violated_through_sh_node(shape):
    """A shape without a target only counts through sh:node. It must be referenced that way, and some bad
    fixture must break it (TargetShape: EvidenceShape-bad, a target without a position selector)."""
    referrers = set(SHAPES.subjects(SH.node, shape))
    assert referrers, f"{_name(shape)} has no target and no sh:node reference: it is never checked"
    own = _own_shapes(shape)
    hits = []
    for s in TARGETED:
        bad = _fixture(s, "bad")
        if bad.is_file():
            _, report = _report(bad)
            hits += [bad.name for r in report.objects(None, SH.detail)
                     if report.value(r, SH.sourceShape) in own]
    assert hits, f"no bad fixture violates {_name(shape)} (through sh:node)"


# -- the real build, and what the user sees ------------------------------------------------------------

def test_seed_build_conforms(built, graph):
    """The fixture `built` runs build(), which raises ValidationError on any SHACL violation. The graph is
    also checked here for results of any severity, by the build's engine and by pySHACL."""
    assert violations(built.store.store, SHAPES) == []
    assert violations(graph, SHAPES, engine="pyshacl") == []


# -- the build's engine (pyshacl-turbo) against the reference (pySHACL) --------------------------------

def _store_of(graph: Graph):
    import pyoxigraph as ox

    store = ox.Store()
    store.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


@pytest.mark.parametrize("fixture", sorted(p.name for p in SHACL_FIXTURES.glob("*.ttl")))
def test_turbo_gives_pyshacls_verdict_on_every_fixture(fixture):
    """Same results (focus, shape, path, severity) from pyshacl-turbo on a pyoxigraph store as from pySHACL
    on the rdflib graph, for every good and bad fixture."""
    data = _data(SHACL_FIXTURES / fixture)

    def key(results):
        return sorted((r["focus"], r["shape"], r["path"], r["severity"]) for r in results)

    assert key(violations(_store_of(data), SHAPES)) == key(violations(data, SHAPES, engine="pyshacl"))


def _user_graph(name: str) -> Graph:
    """A bad fixture as the build would hold it: parsed normally, so its prefixes shorten IRIs."""
    g = Graph().parse(SHACL_FIXTURES / f"{name}-bad.ttl", format="turtle")
    g += ONTOLOGY
    return g


def _assert_check_names_focus_and_shape(name: str) -> None:
    g = _user_graph(name)
    culprit = _culprit(SHACL_FIXTURES / f"{name}-bad.ttl")
    with pytest.raises(ValidationError) as info:
        check(g, SHAPES)
    message = str(info.value)
    assert message.startswith("SHACL validation failed:")
    from migration_kg.vocabulary.prefixes import shorten

    assert str(culprit) in message or shorten(str(culprit)) in message, message
    assert name in message, message


def test_check_reports_focus_and_shape_name():
    # ActorShape's constraint (sh:xone) sits on the node shape itself, so the report names it.
    _assert_check_names_focus_and_shape("ActorShape")


def test_check_names_the_shape_of_a_property_constraint():
    _assert_check_names_focus_and_shape("PartnershipShape")
