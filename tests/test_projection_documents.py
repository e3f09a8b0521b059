"""The view's "pick a document" lists: the entities each report mentions or states a fact or a
partnership about, on a corpus of several reports.

The projection works them out in one pass over the mentions, facts and partnerships (it used to scan
everything once per document: 31 s of the 1,000-report view). This test keeps the old per-document
definition as the reference and requires the same members for every document.
"""

from __future__ import annotations

import pytest

from migration_kg.build import build
from migration_kg.outputs import projection
from migration_kg.outputs.reading import solutions


@pytest.fixture(scope="module")
def corpus_store(corpora):
    return build(corpora(5), None, workers=1).store


def _reference(src, document: str) -> set[str]:
    prefix = document + "/section/"
    found = {e for e, secs in src.mentions.items() if any(s.startswith(prefix) for s in secs)}
    for (s, _, o), evidence in src.facts.items():
        if any(ev.section_iri.startswith(prefix) for ev in evidence):
            found |= {s, o}
    for p in src.partnerships:
        if any(ev.section_iri.startswith(prefix) for ev in p.evidence):
            found |= set(p.partners)
    return found


def test_each_documents_members_are_the_per_document_definitions(corpus_store):
    src = projection._read(corpus_store)
    assert len(src.documents) == 5
    members = projection.document_members(src)
    for document in src.documents:
        expected = _reference(src, document)
        assert expected, document
        assert members[document] == expected, document


def test_the_view_lists_them_for_every_document(corpus_store):
    view = projection.project(corpus_store)
    src = projection._read(corpus_store)
    kept = set(view.nodes)
    assert set(view.graph["document_members"]) == set(src.documents)
    for document, listed in view.graph["document_members"].items():
        assert listed == sorted(_reference(src, document) & kept)


def test_every_section_has_its_documents_title(corpus_store):
    # view-sections finds the document through dcterms:isPartOf (it used to cut the section's IRI)
    src = projection._read(corpus_store)
    for section in src.sections:
        assert projection.document_of(section) in src.documents
    rows = solutions(corpus_store, "view-sections")
    assert len(rows) == len(src.sections)
    assert all(r["document_title"] is not None and r["date"] is not None for r in rows)
