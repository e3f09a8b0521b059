"""The store: memory and disk hold the same quads, each triple in one named graph; a store on disk
is replaced only by a build that passes; later commands reuse the build while it is current."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from benchmarks.corpus import generate
from migration_kg.build import build
from migration_kg.errors import CurationError, UsageError
from migration_kg.query.sparql import library
from migration_kg.stores import MARKER, GraphStore, StoreSpec, parse_store
from tests import paths
from tests.conftest import DOC_ID, FIXTURES, cli
from tests.engines import as_n3, name_index, run_oxigraph

pytestmark = pytest.mark.slow

SECOND = FIXTURES / "second-document"
LIBRARY = library()


def sorted_n3(rows) -> list:
    return sorted(as_n3(rows), key=lambda row: tuple("" if cell is None else cell for cell in row))


def per_graph(store: GraphStore) -> dict[str, int]:
    return {g: store.graph_ntriples(g).count(b"\n") for g in store.graphs()}


@pytest.fixture(scope="module")
def two_docs(tmp_path_factory, seed_dir) -> Path:
    """The seed plus the second-document fixture: facts and roles the two reports share."""
    target = tmp_path_factory.mktemp("two-docs") / "graph"
    shutil.copytree(seed_dir, target)
    for folder in (SECOND / "sources").iterdir():
        shutil.copytree(folder, target / "sources" / folder.name)
    for registry_file in (SECOND / "registry").glob("*.yaml"):
        shutil.copyfile(registry_file, target / "registry" / registry_file.name)
    return target


def test_each_triple_lives_in_exactly_one_named_graph(built):
    store = built.store
    counts = per_graph(store)
    assert sum(counts.values()) == len(store)
    assert set(counts) >= {"https://w3id.org/migration-kg/graph/ontology",
                           "https://w3id.org/migration-kg/graph/registry",
                           f"https://w3id.org/migration-kg/graph/{DOC_ID}"}
    assert store.ntriples().count(b"\n") == len(store)


def test_shared_facts_are_kept_once_and_workers_change_nothing(two_docs):
    one = build(two_docs, None, workers=1)
    two = build(two_docs, None, workers=2)
    assert len(one.documents) == 2
    assert one.store.nquads() == two.store.nquads()
    assert sum(per_graph(two.store).values()) == len(two.store)
    assert two.report.lines() == one.report.lines()


def test_a_store_on_disk_holds_the_same_quads_and_answers_alike(tmp_path, built, seed_dir):
    folder = tmp_path / "kg"
    disk = build(seed_dir, None, store=StoreSpec(folder)).store
    assert (folder / MARKER).is_file()
    assert disk.nquads() == built.store.nquads()
    query = LIBRARY["relation-evidence"]
    names = name_index(built.store)
    binds = {"actor_a": names.resolve("IOM"), "actor_b": names.resolve("ILO")}
    assert sorted_n3(run_oxigraph(disk, query.text, binds)) == sorted_n3(run_oxigraph(built.store, query.text, binds))
    disk.close()


def test_a_store_on_disk_is_replaced_only_by_a_build_that_passes(graph_copy, tmp_path):
    folder = tmp_path / "kg"
    first = build(graph_copy, None, store=StoreSpec(folder))
    triples = len(first.store)
    first.store.close()
    before = sorted(p.name for p in folder.iterdir())
    objectives = graph_copy / "sources" / DOC_ID / "statements" / "02-objectives.yaml"
    text = objectives.read_text(encoding="utf-8")
    objectives.write_text(text.replace("quote: ", "quote: NOT IN THE REPORT ", 1), encoding="utf-8")
    run = cli("build", "--data", str(graph_copy), "--store", str(folder), "--out", str(tmp_path / "out"))
    assert run.returncode == 2, run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and "02-objectives.yaml:" in run.stderr
    assert sorted(p.name for p in folder.iterdir()) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".kg")] == []
    assert not (tmp_path / "out").exists()
    again = GraphStore.open(folder)
    assert len(again) == triples
    again.close()


def test_a_folder_that_is_not_a_store_is_never_replaced(tmp_path):
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "thesis.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(UsageError, match="refusing to replace"):
        build(paths.GRAPH_DIR, None, store=StoreSpec(folder))
    assert (folder / "thesis.txt").read_text(encoding="utf-8") == "keep me"
    with pytest.raises(UsageError, match="holds no store"):
        GraphStore.open(folder)


def test_query_and_stats_read_a_built_store_without_rebuilding(tmp_path, graph_ttl, seed_dir):
    folder = tmp_path / "kg"
    build(seed_dir, None, store=StoreSpec(folder)).store.close()
    nowhere = tmp_path / "no-graph-here"  # proves nothing is rebuilt
    nowhere.mkdir()
    args = ["query", "relation-evidence", "--param", "actor_a=IOM", "--param", "actor_b=ILO", "--format", "csv"]
    on_store = cli(*args, "--store", str(folder), "--data", str(nowhere))
    assert on_store.returncode == 0, on_store.stderr
    on_file = cli(*args, "--graph", str(graph_ttl))
    assert sorted(on_store.stdout.splitlines()) == sorted(on_file.stdout.splitlines())
    assert len(on_file.stdout.splitlines()) > 1
    stats_store = cli("stats", "--store", str(folder), "--data", str(nowhere))
    assert stats_store.returncode == 0, stats_store.stderr
    assert stats_store.stdout == cli("stats", "--graph", str(graph_ttl)).stdout


def test_commands_reuse_a_current_build_and_rebuild_a_stale_one(graph_copy, tmp_path):
    out = tmp_path / "out"
    assert cli("build", "--data", str(graph_copy), "--out", str(out)).returncode == 0
    first = cli("query", "partnerships", "--data", str(graph_copy), "--build-dir", str(out), "--format", "csv")
    assert first.returncode == 0 and first.stderr == ""  # reused: nothing said, nothing rebuilt
    graph_nq = (out / "graph.nq").stat().st_mtime_ns
    registry = graph_copy / "registry" / "organisations.yaml"
    registry.write_text(registry.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    second = cli("query", "partnerships", "--data", str(graph_copy), "--build-dir", str(out), "--format", "csv")
    assert second.returncode == 0
    assert "out of date" in second.stderr and "rebuilding" in second.stderr
    assert second.stdout == first.stdout
    assert (out / "graph.nq").stat().st_mtime_ns != graph_nq
    third = cli("query", "partnerships", "--data", str(graph_copy), "--build-dir", str(out), "--format", "csv")
    assert third.stderr == ""


def test_build_writes_every_output_with_the_users_umask(tmp_path):
    import os

    old = os.umask(0o022)
    try:
        assert cli("build", "--seed", "--out", str(tmp_path / "o"), "--quiet").returncode == 0
    finally:
        os.umask(old)
    names = sorted(p.name for p in (tmp_path / "o").iterdir())
    assert names == ["build.json", "graph.html", "graph.jsonld", "graph.nq", "graph.nt", "graph.ttl",
                     "ontology.html", "void.ttl"]
    assert {oct((tmp_path / "o" / n).stat().st_mode & 0o777) for n in names} == {"0o644"}


@pytest.mark.parametrize("value", ["oxigraph:", ""])
def test_bad_store_option_is_a_usage_error(value):
    with pytest.raises(UsageError, match="--store"):
        parse_store(value)


def test_query_on_a_folder_without_a_store_says_how_to_build_one(tmp_path):
    run = cli("query", "partnerships", "--store", str(tmp_path / "missing"))
    assert run.returncode == 2
    assert len(run.stderr.strip().splitlines()) == 1 and "build --store" in run.stderr


def test_synthetic_reports_build_and_answer_the_queries(tmp_path):
    folder = generate(tmp_path / "graph", 3)
    result = build(folder, None, workers=2)
    assert len(result.documents) == 3 and result.statements == 45 and result.partnerships == 6
    rows = run_oxigraph(result.store, LIBRARY["partnerships"].text)
    assert len({r[0] for r in rows.rows}) == 6


def test_the_corpus_generator_is_deterministic(tmp_path):
    a, b = generate(tmp_path / "a", 4), generate(tmp_path / "b", 4)
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    assert all((a / f).read_bytes() == (b / f).read_bytes() for f in files)


def test_curation_errors_name_the_file_and_line(graph_copy):
    registry = graph_copy / "registry" / "organisations.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace("id: iom\n", "id: iom\n  colour: blue\n", 1),
                        encoding="utf-8")
    with pytest.raises(CurationError) as info:
        build(graph_copy, None)
    assert "organisations.yaml:" in str(info.value) and "colour" in str(info.value)
