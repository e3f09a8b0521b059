"""A corpus that grows: the seed plus two invented reports added as a curator adds real ones
(tests/fixtures/more-reports: new folders, new registry files, an alias added to a seed entry).

Cross-report answers read the ontology's hierarchy of relations and every kind of actor; figures
come from every report; a document's ``names`` metadata says which entity an ambiguous name means
there, for its mentions and the drafting tools, and the build warns when no mapping settles one.
"""

from __future__ import annotations

import shutil

import pytest
from rdflib import Literal

from migration_kg.build import build
from tests.records import load
from migration_kg.assist.propose import proposals_for
from migration_kg.curation.mentions import MentionMatcher, unsettled_names
from migration_kg.curation.quotes import normalise
from migration_kg.curation.sources import load_document
from migration_kg.errors import CurationError
from migration_kg.query.sparql import library
from migration_kg.vocabulary.namespaces import DOC, ID
from migration_kg.vocabulary.ontology import Ontology
from migration_kg import resources
from tests.conftest import DOC_ID
from tests.engines import run_oxigraph
from tests.more_reports import DOCUMENTS

DIASPORA, BRIEFING = DOCUMENTS
LIBRARY = library()


def rows(store, name: str, **binds) -> list[dict]:
    binds = {"status": Literal("stated"), **binds} if any(p.kind == "status" for p in LIBRARY[name].parameters) \
        else binds
    return run_oxigraph(store, LIBRARY[name].text, binds).as_dicts()


def _number(text: str):
    return int(text) if text.lstrip("-").isdigit() else float(text)


def test_the_corpus_holds_the_seed_and_both_reports(more_reports):
    assert more_reports.documents == [DOC_ID, DIASPORA, BRIEFING]


def test_corroborated_reads_hosts_as_a_kind_of_organises(more_reports):
    found = [r for r in rows(more_reports.store, "corroborated")
             if r["subject"].value == str(ID["unitar"]) and r["object"].value == str(ID["seminar-2007-03-07"])]
    assert {(r["relation"].value, r["stated_as"].value, int(r["reports"].value)) for r in found} == {
        ("organises", "hosts", 2), ("organises", "organises", 2)}
    by_report = {r["stated_as"].value: normalise(r["quote"].value) for r in found}
    assert "hosted a seminar on Building Partnerships" in by_report["hosts"]
    assert by_report["organises"] == "UNITAR organised the seminar on Building Partnerships"


def test_compare_puts_a_fact_of_two_reports_on_consecutive_rows(more_reports):
    found = [r for r in rows(more_reports.store, "compare", entity=ID["unitar"])
             if r["other"].value == str(ID["seminar-2007-03-07"])]
    assert [(r["relation"].value, r["stated_as"].value, int(r["reports"].value)) for r in found] == [
        ("organises", "hosts", 2), ("organises", "organises", 2)]


def test_actors_in_several_reports_lists_a_collective(more_reports):
    found = {(r["actor"].value, r["actor_kind"].value, r["document"].value) for r in rows(more_reports.store, "actors-in-several-reports")}
    assert {(str(ID["un-member-states"]), "collective", str(DOC[d])) for d in (DOC_ID, DIASPORA, BRIEFING)} <= found


def test_figures_come_from_every_report_with_their_quotes(more_reports):
    found = {(r["subject"].value, r["counts"].value, _number(r["value"].value)): normalise(r["quote"].value)
             for r in rows(more_reports.store, "figures")}
    assert found[(str(ID["seminar-2008-04-10"]), "participants", 85)] == "Some 85 participants attended the seminar"
    assert found[(str(ID["ldf-mentoring-programme"]), "mentors trained", 240)].endswith("has trained 240 mentors since 2007")
    assert (str(ID["ldf-mentoring-programme"]), "amount of money in EUR", 60000) in found
    assert (str(ID["briefing-2013-05-16"]), "UN Member States represented", 64) in found
    assert (str(ID["seminar-2007-03-07"]), "delegates from Permanent Missions", 31) in found  # the seed's own


def test_every_query_answers_on_the_grown_corpus(more_reports):
    for name, query in LIBRARY.items():
        if not query.is_check and not any(p.kind not in ("status", "document") for p in query.parameters):
            rows(more_reports.store, name)  # runs; the parameterised ones are run by tests/test_documents.py


# -- a document's senses of its names --------------------------------------------------------------

def test_a_documents_name_mapping_decides_its_mentions(more_reports_dir):
    records = load(more_reports_dir)
    named = lambda doc: {m.entity for m in records.mentions if m.document == doc and m.entity in ("hld-2006", "hld-2013")}  # noqa: E731
    assert named(BRIEFING) == {"hld-2013"}  # names: {HLD: hld-2013}
    assert named(DOC_ID) == {"hld-2006", "hld-2013"}  # the seed's "HLD", unsettled


def test_a_documents_name_mapping_decides_its_proposals(more_reports_dir):
    registry = load(more_reports_dir).registry
    doc = load_document(more_reports_dir / "sources" / BRIEFING)
    proposed = {(p.subject, p.relation, p.object) for p in
                proposals_for(doc, registry, Ontology(resources.ontology_file())).statements}
    assert ("un-general-assembly", "hosts", "hld-2013") in proposed
    assert not any("hld-2006" in (s, o) for s, _, o in proposed)
    doc.metadata.pop("names")  # without the mapping the name means both events
    proposed = {(p.subject, p.relation, p.object) for p in
                proposals_for(doc, registry, Ontology(resources.ontology_file())).statements}
    assert {("un-general-assembly", "hosts", "hld-2006"), ("un-general-assembly", "hosts", "hld-2013")} <= proposed


def test_the_build_warns_of_a_name_no_mapping_settles(more_reports_dir, tmp_path):
    result = build(more_reports_dir, None)
    warned = [w for w in result.report.warnings() if "matches several registry entities" in w]
    assert len(warned) == 1 and warned[0].startswith(f"{DOC_ID}: the name 'HLD'")
    assert "hld-2006, hld-2013" in warned[0] and "names: {HLD:" in warned[0]
    doc = load_document(more_reports_dir / "sources" / BRIEFING)
    assert unsettled_names(doc, MentionMatcher(load(more_reports_dir).registry).find(doc)) == {}


@pytest.mark.parametrize("mapping, message", [
    ("{HLD: hld-1999}", "unknown names: HLD: id 'hld-1999'"),
    ("{HLD: gfmd}", "names: 'HLD' is not a name of 'gfmd'"),
    ("[HLD]", "names must map a name the text uses to the registry id"),
])
def test_a_bad_name_mapping_is_one_error_at_its_line(more_reports_dir, tmp_path, mapping, message):
    data = tmp_path / "graph"
    shutil.copytree(more_reports_dir, data)
    meta = data / "sources" / BRIEFING / "metadata.yaml"
    text = meta.read_text(encoding="utf-8")
    meta.write_text(text.replace("names: {HLD: hld-2013}", f"names: {mapping}"), encoding="utf-8")
    line = 1 + text.splitlines().index("names: {HLD: hld-2013}")
    with pytest.raises(CurationError) as caught:
        load(data)
    assert message in str(caught.value) and f"metadata.yaml:{line}" in str(caught.value)
