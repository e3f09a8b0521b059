"""Modality of curated facts: stated (the default), suggested, or inferred with a note saying how.

A curator's ``status:`` and ``note:`` reach the graph as ``mkg:assertionStatus`` (a concept of
``mkg:AssertionStatuses``) and ``skos:editorialNote`` on the assertion or partnership node; ``as_of:``
as ``mkg:asOf``. A suggested or inferred fact without a note is bad input (one line, exit 2). The
partnership and actor queries answer what the report states unless asked for more.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import XSD, Literal, URIRef
from rdflib.namespace import SKOS

from migration_kg.build import build
from migration_kg.cli import main
from migration_kg.vocabulary.namespaces import DOC, MKG
from tests.conftest import DOC_ID

STATEMENTS = Path("sources") / DOC_ID / "statements"


def _edit(graph_dir: Path, name: str, old: str, new: str) -> int:
    path = graph_dir / STATEMENTS / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[:text.index(old)].count("\n") + 1


def test_a_fact_is_stated_unless_it_says_otherwise(built, graph, records):
    g = graph
    for st in records.statements:
        node = URIRef(f"{DOC}{DOC_ID}/statement/{st.id}")
        status = g.value(node, MKG.assertionStatus)
        assert status == MKG[st.modality.status.capitalize()], st.id
        note = g.value(node, SKOS.editorialNote)
        assert (note is None) == (st.modality.note is None), st.id
    for p in records.partnerships:
        assert g.value(URIRef(f"{DOC}{DOC_ID}/partnership/{p.id}"), MKG.assertionStatus) is not None, p.id


def test_status_note_and_as_of_reach_the_graph(graph_copy, tmp_path):
    _edit(graph_copy, "02-objectives.yaml", "  - id: ", "  - status: inferred\n    note: a test note\n"
          "    as_of: 2007-03-01\n    id: ")
    from tests.records import load
    from tests.engines import to_rdflib

    g = to_rdflib(build(graph_copy, None).store)
    st = next(s for s in load(graph_copy).statements if s.file.name == "02-objectives.yaml")
    node = URIRef(f"{DOC}{DOC_ID}/statement/{st.id}")
    assert g.value(node, MKG.assertionStatus) == MKG.Inferred
    assert g.value(node, SKOS.editorialNote) == Literal("a test note")
    assert g.value(node, MKG.asOf) == Literal("2007-03-01", datatype=XSD.date)


@pytest.mark.parametrize("status", ["suggested", "inferred"])
def test_a_fact_that_is_not_stated_needs_a_note(graph_copy, tmp_path, capsys, status):
    line = _edit(graph_copy, "02-objectives.yaml", "  - id: ", f"  - status: {status}\n    id: ")
    out = tmp_path / "out"
    assert main(["build", "--data", str(graph_copy), "--out", str(out), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert f"02-objectives.yaml:{line}: " in err and f"a {status} fact needs 'note:'" in err
    assert not out.exists()


@pytest.mark.parametrize("edit, message", [
    ("  - status: likely\n    id: ", "status 'likely' is not one of: stated, suggested, inferred"),
    ("  - as_of: March 2007\n    id: ", "as_of 'March 2007' must be an ISO date"),
    ("  - status: inferred\n    note: |\n      two\n      lines\n    id: ", "note must be one line"),
])
def test_bad_modality_keys_are_refused(graph_copy, tmp_path, capsys, edit, message):
    _edit(graph_copy, "02-objectives.yaml", "  - id: ", edit)
    assert main(["validate", "--data", str(graph_copy)]) == 2
    err = capsys.readouterr().err
    assert message in err and "02-objectives.yaml:" in err


# -- quote quality ----------------------------------------------------------------------------------

def test_curated_facts_not_stated_have_notes_and_no_quote_is_weak_without_a_reason(built, records):
    """The curated data itself: each suggested or inferred fact says how, and no statement rests on a
    quote that is shorter than the threshold or names neither subject nor object without saying why."""
    from migration_kg.curation.quotecheck import MIN_WORDS, check_quotes, words

    facts = records.statements + records.partnerships
    for fact in facts:
        if not fact.modality.stated:
            assert fact.modality.note and len(fact.modality.note.split()) >= 4, fact.id
    texts = {d.id: d.text for d in records.documents}
    assert check_quotes(records.statements, texts) == []
    assert built.report.weak_quotes == []
    for st in records.statements:
        quote = texts[st.document][st.evidence.span.start:st.evidence.span.end]
        assert words(quote) >= MIN_WORDS or st.modality.short_quote_ok, st.id


def test_a_weak_quote_is_a_warning_on_stderr_and_in_the_report(graph_copy, tmp_path, capsys):
    line = _edit(graph_copy, "02-objectives.yaml", "  - id: ",
                 "  - id: unitar-named\n    subject: unitar\n    relation: addresses\n    object: remittances\n"
                 "    quote: SEMINAR REPORT\n  - id: ")
    assert main(["build", "--data", str(graph_copy), "--out", str(tmp_path / "out")]) == 0
    captured = capsys.readouterr()
    warning = [x for x in captured.err.splitlines() if "unitar-named" in x and x.startswith("warning:")]
    assert warning == [f"warning: {graph_copy / STATEMENTS / '02-objectives.yaml'}:{line}: unitar-named: quote has "
                       "2 words (fewer than 4): “SEMINAR REPORT”"]
    report = [x for x in captured.err.splitlines() if "unitar-named" in x and not x.startswith("warning:")]
    assert len(report) == 1 and "unitar-named: quote has 2 words" in report[0]  # the curation report lists it too


def test_short_quote_ok_silences_the_warning(graph_copy, tmp_path, capsys):
    _edit(graph_copy, "02-objectives.yaml", "  - id: ",
          "  - id: unitar-named\n    subject: unitar\n    relation: addresses\n    object: remittances\n"
          "    quote: SEMINAR REPORT\n    short-quote-ok: a test of the reason\n  - id: ")
    assert main(["validate", "--data", str(graph_copy)]) == 0
    assert "unitar-named" not in capsys.readouterr().err


# -- queries: stated by default, the rest on request ---------------------------------------------------

def test_actor_profile_answers_stated_facts_unless_asked_for_all(built, capsys):
    ttl = str(built.outputs["graph.ttl"])
    assert main(["query", "actor-profile", "--graph", ttl, "--param", "actor=UNDP", "--format", "csv"]) == 0
    stated = capsys.readouterr().out
    assert main(["query", "actor-profile", "--graph", ttl, "--param", "actor=UNDP", "--param", "status=all",
                 "--format", "csv"]) == 0
    every = capsys.readouterr().out
    import csv
    import io

    stated_rows = list(csv.DictReader(io.StringIO(stated)))
    every_rows = list(csv.DictReader(io.StringIO(every)))
    assert {r["status"] for r in stated_rows} == {"stated"}
    assert {r["status"] for r in every_rows} == {"stated", "suggested", "inferred"}
    # "UNDP plans to compare different experiences ...": planned, so suggested, not stated
    leads = {(r["relation"], r["status"]) for r in every_rows if "comparison" in r["other_label"]}
    assert ("leads", "suggested") in leads
    assert not any(r["relation"] == "leads" and "comparison" in r["other_label"] for r in stated_rows)
    assert len(stated_rows) < len(every_rows)


def test_partnerships_status_parameter_filters_and_refuses_unknown_values(built, capsys):
    ttl = str(built.outputs["graph.ttl"])
    assert main(["query", "partnerships", "--graph", ttl, "--param", "status=inferred", "--format", "csv"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1  # header only: every partnership left is stated
    assert main(["query", "partnerships", "--graph", ttl, "--param", "status=likely"]) == 2
    assert "valid values are stated, suggested, inferred, all" in capsys.readouterr().err


def test_the_title_page_footnote_call_is_not_a_series_number(built, graph):
    """ "UNITAR MIGRATION AND DEVELOPMENT SERIES ¶ 1: ¶ BUILDING PARTNERSHIPS": the 1 calls footnote 1."""
    from rdflib.namespace import DCTERMS

    g = graph
    assert str(g.value(URIRef(f"{DOC}{DOC_ID}"), DCTERMS.title)) == "UNITAR Migration and Development Series: Building Partnerships"
    assert not list(g.subject_objects(MKG.seriesPosition)) and not list(g.subject_objects(MKG.seriesNumber))
