"""A growing graph: the seed plus a second report (tests/fixtures/second-document) in a scratch
copy. Documents everywhere (query columns, --param document, stats and view --document, the
view's evidence line), the compare and corroborated queries, the vocabulary of issue 14 (signs,
initiates, amounts of money, counts with units), the curator's look-ups and the curation report."""

from __future__ import annotations

import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib import namespace

from migration_kg.build import build
from tests.records import load
from migration_kg.query.sparql import PARAM_KINDS, library
from migration_kg.vocabulary.namespaces import DOC, ID, MKG
from tests import seed
from tests.conftest import DOC_ID, cli
from tests.engines import name_index, run_oxigraph

pytestmark = pytest.mark.slow

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "second-document"
DOC2 = "unitar-2007-06-14-remittances"
TITLE1 = "UNITAR Migration and Development Series: Building Partnerships"
TITLE2 = "Migration and Development Series 2: Remittances"
LIBRARY = library()
PARAMS = {"actor": "IOM", "country": "Ghana", "actor_a": "IOM", "actor_b": "UNITAR", "entity": "UNFPA"}
#: Reports whose rows do not come from a document (the registry's topic scheme).
NOT_FROM_A_DOCUMENT = {"topic-hierarchy"}


def add_second_document(graph_dir: Path) -> Path:
    shutil.copytree(FIXTURE / "sources" / DOC2, graph_dir / "sources" / DOC2)
    for registry_file in (FIXTURE / "registry").glob("*.yaml"):
        shutil.copyfile(registry_file, graph_dir / "registry" / registry_file.name)
    return graph_dir


@pytest.fixture(scope="module")
def two_dir(tmp_path_factory, seed_dir) -> Path:
    target = tmp_path_factory.mktemp("growing") / "graph"
    shutil.copytree(seed_dir, target)
    return add_second_document(target)


@pytest.fixture(scope="module")
def two(two_dir, tmp_path_factory):
    from migration_kg.build.bundle import build_outputs

    out = tmp_path_factory.mktemp("growing-out")
    return build(two_dir, out, outputs=build_outputs(two_dir))


@pytest.fixture(scope="module")
def two_graph(two) -> Graph:
    return Graph().parse(two.outputs["graph.ttl"], format="turtle")


def query_rows(store, name: str, **given) -> list[dict]:
    query = LIBRARY[name]
    index = name_index(store)
    binds = {}
    for p in query.parameters:
        if p.kind == "status":
            binds[p.name] = Literal("stated")
        elif p.kind == "document":
            if p.name in given:
                binds[p.name] = Literal(given[p.name])
        elif p.default is None:
            binds[p.name] = index.resolve(PARAMS[p.name], PARAM_KINDS[p.kind])
    return run_oxigraph(store, query.text, {k: v for k, v in binds.items()}).as_dicts()


# -- the seed survives a growing graph ------------------------------------------------------------

def test_a_seed_only_copy_of_a_grown_graph_is_the_seed(two_dir, tmp_path, records):
    copy = seed.seed_only_copy(two_dir, tmp_path / "seed")
    again = load(copy)
    assert [d.id for d in again.documents] == [DOC_ID]
    # the second report's own entities are gone, every seed entity is there, line numbers kept
    assert set(again.registry) == set(records.registry)
    assert {(e.id, e.line) for e in again.registry.values()} == {(e.id, e.line) for e in records.registry.values()}
    assert len(again.statements) == len(records.statements) and len(again.mentions) == len(records.mentions)
    assert not (copy / "registry" / "second-document.yaml").exists()  # it held only the second report's


def test_the_seed_fixtures_hold_the_seed_report_only(built, records):
    assert built.documents == [DOC_ID] == [d.id for d in records.documents]


# -- the key paths on two documents -----------------------------------------------------------------

def test_two_documents_build_and_validate(two):
    assert two.documents == [DOC_ID, DOC2]
    assert {"graph.ttl", "graph.html", "graph.jsonld"} <= set(two.outputs)


@pytest.mark.parametrize("name", sorted(n for n, q in LIBRARY.items() if not q.is_check))
def test_every_report_names_the_document_of_each_row(name, two):
    query = LIBRARY[name]
    columns = [c.strip() for c in query.columns.split(",")]
    if name in NOT_FROM_A_DOCUMENT:
        assert "document" not in columns
        return
    assert "document" in columns, f"{name} has no document column"
    rows = query_rows(two.store, name)
    assert rows, f"{name} returned no rows on two documents"
    from_a_document = [r for r in rows if any(r.get(c) is not None for c in ("quote", "section"))]
    assert all(r["document"] is not None for r in from_a_document), name
    if "document_date" in columns:
        assert all(r["document_date"] is not None for r in from_a_document), name
    documents = {r["document"].value for r in rows if r["document"] is not None}
    assert documents <= {TITLE1, TITLE2, str(DOC[DOC_ID]), str(DOC[DOC2])}


def test_the_document_parameter_keeps_one_reports_rows(two):
    for name in ("partnerships", "actor-profile", "initiatives", "entity-sections"):
        both = {r["document"].value for r in query_rows(two.store, name) if r["document"] is not None}
        assert both == {TITLE1, TITLE2}, name
        second = query_rows(two.store, name, document=TITLE2)
        assert second and {r["document"].value for r in second if r["document"] is not None} == {TITLE2}, name


def test_query_document_param_takes_an_id_or_a_title(two_dir, tmp_path):
    out = tmp_path / "out"
    by_id = cli("query", "partnerships", "--param", f"document={DOC2}", "--format", "csv",
                "--data", str(two_dir), "--build-dir", str(out))
    assert by_id.returncode == 0, by_id.stderr
    lines = by_id.stdout.strip().splitlines()
    assert len(lines) == 2 and TITLE2 in lines[1] and "2007-06-14" in lines[1]
    by_title = cli("query", "partnerships", "--param", f"document={TITLE2.lower()}", "--format", "csv",
                   "--data", str(two_dir), "--build-dir", str(out))
    assert by_title.stdout == by_id.stdout
    wrong = cli("query", "partnerships", "--param", "document=nope", "--data", str(two_dir), "--build-dir", str(out))
    assert wrong.returncode == 2 and wrong.stdout == ""
    assert "no such document" in wrong.stderr and DOC2 in wrong.stderr and "all" in wrong.stderr


def test_corroborated_finds_the_fact_both_reports_state(two):
    rows = query_rows(two.store, "corroborated")
    assert {(r["subject_label"].value, r["relation"].value, r["object_label"].value) for r in rows} == {
        ("United Nations Population Fund", "funds", "Migration and Development Seminar Series")}
    assert sorted(r["document"].value for r in rows) == sorted([TITLE1, TITLE2])
    assert {int(r["reports"].value) for r in rows} == {2}
    assert all("This Series is financially supported by the MacArthur Foundation and UNFPA" in r["quote"].value
               for r in rows)


def test_corroborated_is_empty_on_one_report(built):
    assert query_rows(built.store, "corroborated") == []


def test_compare_puts_each_reports_words_side_by_side(two):
    rows = query_rows(two.store, "compare")
    funds = [r for r in rows if r["relation"].value == "funds"]
    assert [r["document"].value for r in funds] == [TITLE1, TITLE2]  # by date: side by side
    assert {int(r["reports"].value) for r in funds} == {2}
    # "organized jointly with UNFPA, IOM and the MacArthur Foundation": only the seed report says it
    organises = [r for r in rows if r["relation"].value == "organises"]
    assert organises and {r["document"].value for r in organises} == {TITLE1}
    assert {int(r["reports"].value) for r in organises} == {1}


def test_stats_for_one_document(two_dir, tmp_path):
    run = cli("stats", "--document", DOC2, "--data", str(two_dir), "--build-dir", str(tmp_path / "out"))
    assert run.returncode == 0, run.stderr
    assert re.search(r"^Source documents +1$", run.stdout, re.M) and "Documents (1):" in run.stdout
    assert TITLE2 in run.stdout and TITLE1 not in run.stdout
    whole = cli("stats", "--data", str(two_dir), "--build-dir", str(tmp_path / "out"))
    assert re.search(r"^Source documents +2$", whole.stdout, re.M)


def _page_data(html: str) -> dict:
    from tests.test_view import page_data

    return page_data(html)


def test_view_evidence_names_section_document_date_and_status(two_dir, tmp_path):
    page = tmp_path / "all.html"
    run = cli("view", "--data", str(two_dir), "--build-dir", str(tmp_path / "out"), "--out", str(page))
    assert run.returncode == 0, run.stderr
    data = _page_data(page.read_text(encoding="utf-8"))
    assert sorted(data["sources"]) == sorted([f"{TITLE1} (2007-03-07)", f"{TITLE2} (2007-06-14)"])
    evidence = [q for meta in data["factInfo"] for r in meta.get("r", []) for q in r[1]]
    signs = [q for q in evidence if q[0].startswith("IOM and UNITAR signed")]
    assert signs and all(data["sections"][q[1]] == "Agreement and funding" for q in signs)
    assert all(data["sources"][q[2]] == f"{TITLE2} (2007-06-14)" and q[3] == "stated" for q in signs)
    assert "data.sources[q[2]]" in page.read_text(encoding="utf-8")  # the page prints it


def test_view_for_one_document_draws_only_its_facts(two_dir, tmp_path):
    page = tmp_path / "doc2.html"
    run = cli("view", "--document", TITLE2, "--data", str(two_dir), "--build-dir", str(tmp_path / "out"),
              "--out", str(page))
    assert run.returncode == 0, run.stderr
    data = _page_data(page.read_text(encoding="utf-8"))
    assert data["sources"] == [f"{TITLE2} (2007-06-14)"]
    labels = {i["label"] for i in data["info"]}
    assert "Hometown Savings Alliance" in labels and "Kofi Annan" not in labels


def test_the_view_shows_the_note_of_a_fact_that_is_not_stated(built, tmp_path, seed_dir):
    from migration_kg.outputs.view import page_data as page_data_of
    from migration_kg.outputs.projection import project

    data = page_data_of(project(built.store), "t")
    evidence = [q for meta in data["factInfo"] for r in meta.get("r", []) for q in r[1]]
    evidence += [q for p in data["partnerships"] for q in p["evidence"]]
    statuses = {q[3] for q in evidence}
    assert "stated" in statuses
    unstated = [q for q in evidence if q[3] != "stated"]
    assert all(len(q) == 5 and q[4] for q in unstated)
    assert all(q[2] == 0 for q in evidence) and data["sources"] == [f"{TITLE1} (2007-03-07)"]


# -- vocabulary: signs, initiates, amounts, counts -------------------------------------------------

def test_signing_initiating_money_and_counts_in_the_graph(two_graph):
    g = two_graph
    assert (ID["iom"], MKG.signs, ID["iom-unitar-framework-agreement"]) in g
    assert (ID["unitar"], MKG.initiates, ID["iom-unitar-framework-agreement"]) in g
    budget = g.value(ID["financial-literacy-project"], MKG.amount)
    assert budget == URIRef(f"{DOC[DOC2]}/statement/financial-literacy-project-budget/value")
    assert (budget, RDF.type, namespace.SDO.MonetaryAmount) in g
    assert g.value(budget, namespace.SDO.value) == Literal(Decimal("250000"), datatype=namespace.XSD.decimal)
    assert g.value(budget, namespace.SDO.currency) == Literal("USD")
    count = g.value(ID["financial-literacy-project"], MKG.quantity)
    assert (count, RDF.type, namespace.SDO.QuantitativeValue) in g
    assert g.value(count, namespace.SDO.value) == Literal(4300, datatype=namespace.XSD.integer)
    assert g.value(count, namespace.SDO.unitText) == Literal("households")
    statement = DOC[f"{DOC2}/statement/financial-literacy-project-budget"]
    assert g.value(statement, RDF.object) == budget


def _add_statement(graph_dir: Path, text: str) -> Path:
    path = graph_dir / "sources" / DOC_ID / "statements" / "99-test.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("value, message", [
    ("{amount: 1000, currency: DOLLARS}", "not an ISO 4217 code"),
    ("{amount: 1000}", "got the keys amount"),
    ("1000", "takes value: {amount: 250000, currency: USD}"),
    ("{amount: lots, currency: USD}", "is not a number"),
])
def test_a_bad_amount_is_refused_at_its_line(graph_copy, tmp_path, value, message):
    path = _add_statement(graph_copy, f"""statements:
  - id: zz-amount
    subject: imdi
    relation: amount
    value: {value}
    quote: "the IOM led International Migration and Development Initiative (IMDI)"
""")
    out = tmp_path / "out"
    run = cli("build", "--data", str(graph_copy), "--out", str(out), "--quiet")
    assert run.returncode == 2 and not out.exists()
    assert f"{path}:5" in run.stderr  # the line of its value: key and "zz-amount" in run.stderr and message in run.stderr


# -- curator look-ups ------------------------------------------------------------------------------

def test_sections_lists_ids_titles_and_offsets(two_dir):
    run = cli("sections", DOC2, "--data", str(two_dir))
    assert run.returncode == 0, run.stderr
    text = (FIXTURE / "sources" / DOC2 / "source.txt").read_text(encoding="utf-8")
    start = text.index("AGREEMENT AND FUNDING")
    line = next(l for l in run.stdout.splitlines() if "agreement-and-funding" in l)
    assert re.match(rf"\s*{start}\s+{len(text.rstrip())}\s+1\s+agreement-and-funding\s+\(Agreement and funding\)", line)
    nested = next(l for l in cli("sections", DOC_ID, "--data", str(two_dir)).stdout.splitlines() if " remittances " in l)
    assert "in issues-and-practices" in nested and re.search(r"\s3\s", nested)


def test_entities_search_finds_a_reusable_id_with_file_line_and_documents(two_dir):
    run = cli("entities", "--search", "member states", "--data", str(two_dir))
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("un-member-states  [collective]  UN Member States")
    assert re.search(r"registry/collectives\.yaml:\d+", run.stdout)
    iom = cli("entities", "--search", "IOM", "--data", str(two_dir)).stdout
    first = iom.split("\n\n")[0].splitlines()
    assert first[0].startswith("iom  [organisation]  International Organization for Migration")
    assert f"{DOC_ID} (" in first[2] and f"{DOC2} (" in first[2]
    none = cli("entities", "--search", "zzzzqqq", "--data", str(two_dir))
    assert none.returncode == 2 and "zzzzqqq" in none.stderr


def test_mentions_counts_what_each_name_adds(two_dir):
    run = cli("mentions", DOC2, "--entity", "iom-unitar-framework-agreement", "--data", str(two_dir))
    assert run.returncode == 0, run.stderr
    text = (FIXTURE / "sources" / DOC2 / "source.txt").read_text(encoding="utf-8")
    assert text.count("framework agreement") == 1
    assert "   1  iom-unitar-framework-agreement [agreement]  'framework agreement'" in run.stdout
    seed_side = cli("mentions", DOC_ID, "--entity", "iom-unitar-framework-agreement", "--data", str(two_dir))
    assert "(0 in all)" in seed_side.stdout
    iom = cli("mentions", DOC2, "--entity", "iom", "--data", str(two_dir)).stdout
    expected = len(re.findall(r"\bIOM\b", text))
    assert f"  {expected}  iom [organisation]  'IOM'" in iom


# -- the curation report ---------------------------------------------------------------------------

def test_unmatched_names_say_where_they_are(two, two_dir):
    lines = two.report.lines()
    text = (two_dir / "sources" / DOC_ID / "source.txt").read_text(encoding="utf-8")
    line = next(l for l in lines if l.strip().startswith("Executive Director"))
    offsets = [int(o) for o in re.search(rf"in {DOC_ID} at offsets? ([\d, ]+)", line).group(1).split(", ")]
    assert all(text[o:].startswith("Executive Director") for o in offsets)
    usd = next(l for l in lines if l.strip().startswith("USD"))
    text2 = (two_dir / "sources" / DOC2 / "source.txt").read_text(encoding="utf-8")
    assert f"in {DOC2} at offset {text2.index('USD')}" in usd


def test_registry_comments_naming_an_event_or_report_are_flagged(graph_copy, tmp_path):
    path = graph_copy / "registry" / "organisations.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("comment: The intergovernmental organisation for migration.",
                                 "comment: The intergovernmental organisation for migration, co-organiser of the seminar."),
                    encoding="utf-8")
    run = cli("build", "--data", str(graph_copy), "--out", str(tmp_path / "out"), "--verbose")
    assert run.returncode == 0, run.stderr  # a warning in the curator's report, not an error
    flagged = [l for l in run.stderr.splitlines() if ": iom: comment" in l]
    assert len(flagged) == 1 and "'the seminar'" in flagged[0] and "organisations.yaml:" in flagged[0]


def test_the_seeds_registry_comments_are_neutral(built):
    assert built.report.comment_issues == []
