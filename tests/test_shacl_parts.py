"""SHACL in parts: a corpus is validated a few hundred documents at a time, side by side, with the
verdict of the whole graph.

Each part holds the ontology, the registry, every document's triples about registry entities and its
own documents' triples (migration_kg.checks.shacl.Partition). These tests lower the part size so that
a small synthetic corpus splits, and require:

* the parts really run (and the whole graph is not validated as well when they conform);
* a violation inside one document fails the build with the report of the whole graph;
* a violation that only shows across documents (one entity, facts from several reports) is found;
* shapes that look beyond a node's own triples (an inverse path) send the whole graph to SHACL.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from migration_kg import resources
from migration_kg.build import build, self_contained
from migration_kg.checks import shacl
from migration_kg.errors import ValidationError

pytestmark = pytest.mark.slow

REPORTS = 6


@pytest.fixture(scope="module")
def corpus(corpora) -> Path:
    return corpora(REPORTS)


@pytest.fixture
def spied(monkeypatch, small_parts):
    """Parts of about one report each; counts the parts validated and the whole-graph checks."""
    calls = {"parts": 0, "whole": 0, "failed": 0}
    conforms, check = shacl.part_conforms, shacl.check

    def part(program, data):
        calls["parts"] += 1
        verdict = conforms(program, data)
        calls["failed"] += not verdict
        return verdict

    def whole(data, shapes):
        calls["whole"] += 1
        return check(data, shapes)

    monkeypatch.setattr(shacl, "part_conforms", part)
    monkeypatch.setattr(shacl, "check", whole)
    return calls


def _shapes(tmp_path: Path, extra: str) -> Path:
    path = tmp_path / "shapes.ttl"
    path.write_text(resources.shapes_file().read_text(encoding="utf-8") + extra, encoding="utf-8")
    return path


def _report(corpus: Path, shapes: Path) -> str:
    with pytest.raises(ValidationError) as failed:
        build(corpus, None, shapes_file=shapes, workers=1)
    return str(failed.value)


def test_a_conforming_corpus_is_validated_in_parts_only(corpus, spied):
    result = build(corpus, None, workers=1)
    assert len(result.documents) == REPORTS
    assert spied == {"parts": REPORTS, "whole": 0, "failed": 0}


def test_a_violation_in_one_document_gives_the_whole_graphs_report(corpus, spied, tmp_path, monkeypatch):
    shapes = _shapes(tmp_path, """
shape:OnePartnerOnly a sh:NodeShape ; sh:targetClass mkg:Partnership ;
    sh:property [ sh:path mkg:partner ; sh:maxCount 1 ; sh:message "one partner at most" ] .
""")
    in_parts = _report(corpus, shapes)
    assert spied["parts"] == REPORTS and spied["whole"] == 1
    monkeypatch.setattr(shacl, "PART_TRIPLES", 10**9)  # one part: the whole graph at once
    assert _report(corpus, shapes) == in_parts
    assert in_parts.startswith(f"SHACL validation failed: {2 * REPORTS} violation(s)")


def test_a_violation_across_documents_is_found(corpus, spied, tmp_path):
    # reports 3 and 4 (two parts) each say once what this project addresses: twice in the whole graph
    shapes = _shapes(tmp_path, """
shape:AddressesOnce a sh:NodeShape ; sh:targetNode <https://w3id.org/migration-kg/id/migrant-welfare-project-in-malawi> ;
    sh:property [ sh:path mkg:addresses ; sh:maxCount 1 ; sh:message "addresses one topic at most" ] .
""")
    report = _report(corpus, shapes)
    assert "focus id:migrant-welfare-project-in-malawi" in report and "addresses one topic at most" in report
    assert spied == {"parts": REPORTS, "whole": 1, "failed": REPORTS}  # every part holds both facts


def test_shapes_that_look_backwards_are_checked_on_the_whole_graph(corpus, spied, tmp_path):
    shapes = _shapes(tmp_path, """
shape:MentionedOnce a sh:NodeShape ; sh:targetClass mkg:Organisation ;
    sh:property [ sh:path [ sh:inversePath mkg:mentionOf ] ; sh:maxCount 1 ; sh:message "mentioned once" ] .
""")
    assert not shacl.shapes_are_local(shacl.load_shapes(shapes))
    assert "mentioned once" in _report(corpus, shapes)
    assert spied == {"parts": 0, "whole": 1, "failed": 0}


def test_the_package_shapes_are_local():
    assert shacl.shapes_are_local(shacl.load_shapes(resources.shapes_file()))


def test_a_document_naming_another_documents_node_is_not_self_contained():
    doc = "https://w3id.org/migration-kg/doc/"
    own = [f"<{doc}a/statement/s1> <p> <{doc}a/evidence/e1>", f"<{doc}a> <p> \"x\""]
    assert self_contained("a", own, ["<https://w3id.org/migration-kg/id/x> <p> <https://w3id.org/migration-kg/id/y>"])
    assert not self_contained("a", own + [f"<{doc}a/statement/s1> <p> <{doc}ab/evidence/e1>"], [])
    assert not self_contained("a", own, [f"<https://w3id.org/migration-kg/id/x> <p> <{doc}a/statement/s1>"])


def test_a_closed_shape_sees_every_predicate(corpus, spied, tmp_path):
    # parts keep only the predicates the shapes name; a closed shape reads them all, so then they keep
    # everything: oa:motivatedBy, named by no shape, must still break this one
    built = build(corpus, None, workers=1)
    found = built.store.solutions("SELECT DISTINCT ?p WHERE { ?e a <https://w3id.org/migration-kg/ontology#Evidence> ; ?p ?o }")
    allowed = sorted(f"<{row[0].value}>" for row in found if row[0].value != "http://www.w3.org/ns/oa#motivatedBy")
    motivated = b"<http://www.w3.org/ns/oa#motivatedBy>"
    assert motivated not in shacl.predicates_read_by(shacl.load_shapes(resources.shapes_file()))
    assert len(allowed) >= 5
    shapes = _shapes(tmp_path, """
shape:ClosedEvidence a sh:NodeShape ; sh:targetClass mkg:Evidence ; sh:closed true ;
    sh:ignoredProperties ( %s ) .
""" % " ".join(allowed))
    assert shacl.predicates_read_by(shacl.load_shapes(shapes)) is None
    spied.update(parts=0, whole=0, failed=0)
    report = _report(corpus, shapes)
    assert "path oa:motivatedBy" in report
    assert spied["parts"] == REPORTS and spied["failed"] >= 1 and spied["whole"] == 1


def test_how_a_corpus_is_cut():
    docs = [f"g{i}" for i in range(10)]
    partition = shacl.Partition(("o", "r"), docs, {})
    assert partition.parts(10_000, threads=2) == [docs]  # small: one validation costs less
    assert partition.parts(shacl.PART_TRIPLES // 4, threads=2) == [docs[:5], docs[5:]]  # one per thread
    assert partition.parts(8 * shacl.PART_TRIPLES, threads=2) == [docs[i:i + 2] for i in range(0, 10, 2)][:5]
    assert [len(p) for p in partition.parts(30 * shacl.PART_TRIPLES, threads=2)] == [1] * 10  # a document at least
    assert shacl.Partition(("o", "r"), [], {}).parts(10**6, threads=2) == []
