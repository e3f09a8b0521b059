"""The report is segmented by its own headings and into paragraphs."""

from __future__ import annotations

from migration_kg.curation.sources import load_document
from tests.conftest import SOURCE_DIR


def test_sections_follow_the_reports_headings():
    doc = load_document(SOURCE_DIR)
    ids = [s.id for s in doc.sections]
    assert ids == ["front-matter", "background", "objectives", "footnote-1", "summary-of-interventions",
                   "approaches", "issues-and-practices", "internal-international-migration-nexus",
                   "skills-management", "remittances", "diasporas", "mainstreaming-migration", "the-process"]
    by_id = {s.id: s for s in doc.sections}
    assert doc.text[by_id["background"].start:].startswith("BACKGROUND")
    assert doc.text[by_id["diasporas"].start:].startswith("Diasporas")
    # Issues and practices spans its five sub-headings; summary spans all three parts.
    ip = by_id["issues-and-practices"]
    for child in ("internal-international-migration-nexus", "skills-management", "remittances", "diasporas",
                  "mainstreaming-migration"):
        assert by_id[child].parent == "issues-and-practices"
        assert ip.start < by_id[child].start and by_id[child].end <= ip.end
    assert by_id["summary-of-interventions"].end == by_id["the-process"].end
    assert doc.text[by_id["the-process"].start:by_id["the-process"].end].endswith("King Baudouin Foundation.")


def test_innermost_section_and_paragraph_of_an_offset():
    doc = load_document(SOURCE_DIR)
    at = doc.text.index("Ayala")
    assert doc.section_at(at).id == "diasporas"
    para = doc.paragraph_at(at)
    assert para is not None and doc.text[para.start:].startswith("Many speakers highlighted")
    assert doc.section_at(doc.text.index("financially supported")).id == "footnote-1"


def test_paragraphs_do_not_overlap_and_lie_inside_their_section():
    doc = load_document(SOURCE_DIR)
    by_id = {s.id: s for s in doc.sections}
    assert len(doc.paragraphs) > 30
    for a, b in zip(doc.paragraphs, doc.paragraphs[1:]):
        assert a.end <= b.start
    for p in doc.paragraphs:
        assert by_id[p.section].start <= p.start < p.end <= by_id[p.section].end
