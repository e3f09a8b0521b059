"""A second report is added by copying folders, with no code change, and the first report is untouched.

The fixture ``tests/fixtures/second-document/`` holds an invented one-page note (see its README):
``sources/<doc>/`` (text, metadata, statements) and ``registry/second-document.yaml`` (its new
entities). The test copies the project's ``graph/`` and the fixture into a scratch folder and builds.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from migration_kg.build import build
from migration_kg.vocabulary.namespaces import DOC, ID, MKG
from migration_kg.curation.quotes import normalise
from migration_kg.query.sparql import library
from tests.engines import run_rdflib
from migration_kg.curation.yamlio import load_yaml
from tests.conftest import DOC_ID

pytestmark = pytest.mark.slow

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "second-document"
DOC2 = "unitar-2007-06-14-remittances"
DOC2_DIR = FIXTURE / "sources" / DOC2
OA = "http://www.w3.org/ns/oa#"


def _oa(term: str) -> URIRef:
    return URIRef(OA + term)


def _fixture_entries() -> dict[str, list[dict]]:
    entries: dict[str, list[dict]] = {"statements": [], "partnerships": []}
    for path in sorted((DOC2_DIR / "statements").glob("*.yaml")):
        data = load_yaml(path) or {}
        for key in entries:
            entries[key] += data.get(key) or []
    return entries


@pytest.fixture(scope="module")
def two_docs(tmp_path_factory, graph_dir_with_second_document):
    """The build of graph/ plus the second document, written to a scratch folder."""
    return build(graph_dir_with_second_document, tmp_path_factory.mktemp("out-two-docs"))


@pytest.fixture(scope="module")
def graph_dir_with_second_document(tmp_path_factory, seed_dir) -> Path:
    target = tmp_path_factory.mktemp("two-docs") / "graph"
    shutil.copytree(seed_dir, target)
    shutil.copytree(DOC2_DIR, target / "sources" / DOC2)
    for registry_file in (FIXTURE / "registry").glob("*.yaml"):
        assert not (target / "registry" / registry_file.name).exists()
        shutil.copyfile(registry_file, target / "registry" / registry_file.name)
    return target


@pytest.fixture(scope="module")
def exported(two_docs) -> Graph:
    return Graph().parse(two_docs.outputs["graph.ttl"], format="turtle")


def test_fixture_is_a_complete_document_folder():
    assert {p.name for p in DOC2_DIR.iterdir()} == {"metadata.yaml", "source.txt", "statements"}
    meta = load_yaml(DOC2_DIR / "metadata.yaml")
    assert meta["id"] == DOC2 and meta["text"] == "source.txt"
    entries = _fixture_entries()
    assert len(entries["statements"]) >= 3 and len(entries["partnerships"]) == 1


def test_both_documents_are_in_the_graph(exported):
    docs = set(exported.subjects(RDF.type, MKG.SourceDocument))
    assert docs == {DOC[DOC_ID], DOC[DOC2]}
    assert str(exported.value(DOC[DOC2], DCTERMS.title)) == "Migration and Development Series 2: Remittances"
    assert exported.value(DOC[DOC2], MKG.seriesPosition).toPython() == 2
    assert exported.value(DOC[DOC2], MKG.reports) == ID["seminar-2007-06-14"]


def test_sections_of_the_second_document_exist_with_titles_and_ranges(exported):
    text = (DOC2_DIR / "source.txt").read_text(encoding="utf-8")
    meta = load_yaml(DOC2_DIR / "metadata.yaml")
    for spec in meta["sections"]:
        section = DOC[f"{DOC2}/section/{spec['id']}"]
        assert (section, RDF.type, MKG.Section) in exported
        assert str(exported.value(section, DCTERMS.title)) == spec["title"]
        assert exported.value(section, DCTERMS.isPartOf) == DOC[DOC2]
        start = int(exported.value(section, MKG.startOffset))
        end = int(exported.value(section, MKG.endOffset))
        assert 0 <= start < end <= len(text)
        if "heading" in spec:
            assert text[start:].startswith(spec["heading"])


def test_the_new_partnership_is_in_the_partnerships_query(exported):
    rows = run_rdflib(exported, library()["partnerships"].text).as_dicts()
    ours = [r for r in rows if str(r["document"]) == "Migration and Development Series 2: Remittances"]
    assert ours, "no partnership row from the second document"
    assert [str(r["partners_label"]) for r in ours] == ["Hometown Savings Alliance; International Organization for Migration"]
    row = ours[0]
    assert str(row["kind"]) == "collaboration"
    assert str(row["about"]) == "financial literacy project"
    assert str(row["section"]) == "Partnerships on remittances"
    text = normalise((DOC2_DIR / "source.txt").read_text(encoding="utf-8"))
    assert str(row["quote"]) in text
    # The first report's partnerships are all still there.
    first = {str(r["partnership"]) for r in rows if str(r["partnership"]).startswith(str(DOC[DOC_ID]))}
    assert len(first) == len(set(exported.subjects(RDF.type, MKG.Partnership))) - 1


def test_mentions_of_iom_come_from_both_documents(exported):
    sources = set()
    for mention in exported.subjects(MKG.mentionOf, ID["iom"]):
        sources.add(exported.value(exported.value(mention, _oa("hasTarget")), _oa("hasSource")))
    assert sources == {DOC[DOC_ID], DOC[DOC2]}
    doc2_text = normalise((DOC2_DIR / "source.txt").read_text(encoding="utf-8"))
    in_doc2 = [m for m in exported.subjects(MKG.mentionOf, ID["iom"])
               if str(m).startswith(str(DOC[DOC2]) + "/")]
    # "IOM" (acronym, case-sensitive, whole word) and the full name, each time the note uses them.
    expected = len(re.findall(r"\bIOM\b", doc2_text)) + doc2_text.count("International Organization for Migration")
    assert len(in_doc2) == expected


def test_evidence_of_a_new_statement_points_at_the_second_text_with_exact_offsets(exported):
    text = (DOC2_DIR / "source.txt").read_text(encoding="utf-8")
    for entry in _fixture_entries()["statements"]:
        node = DOC[f"{DOC2}/statement/{entry['id']}"]
        evidence = exported.value(node, MKG.hasEvidence)
        assert evidence is not None, entry["id"]
        target = exported.value(evidence, _oa("hasTarget"))
        assert exported.value(target, _oa("hasSource")) == DOC[DOC2]
        selectors = list(exported.objects(target, _oa("hasSelector")))
        position = next(s for s in selectors if (s, RDF.type, _oa("TextPositionSelector")) in exported)
        quote = next(s for s in selectors if (s, RDF.type, _oa("TextQuoteSelector")) in exported)
        start, end = int(exported.value(position, _oa("start"))), int(exported.value(position, _oa("end")))
        assert text[start:end] == str(exported.value(quote, _oa("exact")))
        assert normalise(text[start:end]) == normalise(entry["quote"])
        assert str(exported.value(evidence, MKG.quote)) == normalise(entry["quote"])
        section = exported.value(evidence, MKG.section)
        assert str(section).startswith(str(DOC[DOC2]) + "/section/")
        assert int(exported.value(section, MKG.startOffset)) <= start < int(exported.value(section, MKG.endOffset))
    # One exact check, counted by hand: the partnership quote starts the section's first paragraph.
    partnership = DOC[f"{DOC2}/partnership/iom-hsa-financial-literacy"]
    target = exported.value(exported.value(partnership, MKG.hasEvidence), _oa("hasTarget"))
    position = next(s for s in exported.objects(target, _oa("hasSelector"))
                    if exported.value(s, _oa("start")) is not None)
    expected = text.index("IOM presented a joint programme")
    assert int(exported.value(position, _oa("start"))) == expected
    assert int(exported.value(position, _oa("end"))) == expected + len(
        "IOM presented a joint programme with the Hometown Savings Alliance (HSA)")


def test_new_statements_are_in_the_graph_as_plain_triples(exported):
    assert (ID["iom"], MKG.leads, ID["financial-literacy-project"]) in exported
    assert (ID["seminar-2007-06-14"], MKG.partOf, ID["migration-and-development-seminar-series"]) in exported
    assert (ID["seminar-2007-06-14"], MKG.seriesNumber, Literal(2)) in exported


def test_the_first_documents_facts_are_unchanged(built, graph, records, two_docs, exported,
                                                 graph_dir_with_second_document):
    from tests.records import load

    new = _fixture_entries()
    seed, both = records, load(graph_dir_with_second_document)
    assert len(both.statements) == len(seed.statements) + len(new["statements"])
    assert len(both.partnerships) == len(seed.partnerships) + len(new["partnerships"])

    def facts(curation, doc_id):
        return ({(s.id, s.subject.id, s.relation.name, s.object.id if s.object else None, str(s.value),
                  s.evidence) for s in curation.statements if s.document == doc_id},
                {(p.id, p.kind, tuple(e.id for e in p.partners), p.evidence)
                 for p in curation.partnerships if p.document == doc_id})

    assert facts(both, DOC_ID) == facts(seed, DOC_ID)
    assert {m for m in both.mentions if m.document == DOC_ID} == set(seed.mentions)
    # In RDF too: every triple about the first document's statements and partnerships is unchanged.
    prefix = str(DOC[DOC_ID]) + "/"

    def about_first(graph):
        return {t for t in graph if str(t[0]).startswith(prefix)}
    assert about_first(exported) == about_first(graph)


def test_the_seed_graph_is_not_touched_by_the_test(built, records):
    from tests import paths

    # the invented note never lands in graph/ (curators' real reports may)
    assert not (paths.GRAPH_DIR / "sources" / DOC2).exists()
    assert not (paths.GRAPH_DIR / "registry" / "second-document.yaml").exists()
    assert [d.id for d in records.documents] == [DOC_ID] == built.documents
