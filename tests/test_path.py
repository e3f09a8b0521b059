"""How two actors are connected: `migration-kg path` finds the shortest chains of curated facts,
each step with the report's words (expectations from the report's text)."""

from __future__ import annotations

import csv
import io

from migration_kg.curation.quotes import normalise
from migration_kg.query.path import find_paths
from migration_kg.query.sparql import rows_of
from tests.conftest import SOURCE_DIR, cli

TEXT = normalise((SOURCE_DIR / "source.txt").read_text(encoding="utf-8"))


def test_unitar_reaches_the_world_bank_through_iom(built):
    run = lambda text: rows_of(built.store.solutions(text))  # noqa: E731
    rows = [{k: v.value for k, v in r.items()} for r in find_paths(run, "UNITAR", "World Bank").as_dicts()]
    assert rows, "no chain from UNITAR to the World Bank"
    first = [r for r in rows if r["path"] == "1"]
    # "UNITAR in collaboration with UNFPA, IOM and the MacArthur Foundation hosted a seminar" and
    # "the Global Migration Group (GMG), through which UN agencies, the IOM and the World Bank coordinate"
    assert [(r["from_label"], r["to_label"]) for r in first] == [
        ("United Nations Institute for Training and Research", "International Organization for Migration"),
        ("International Organization for Migration", "World Bank")]
    assert [r["relation"] for r in first] == ["co-organisation partnership with", "coordination partnership with"]
    for r in rows:
        assert r["status"] == "stated"
        assert normalise(r["quote"]) in TEXT and r["section"]
    steps = {int(r["step"]) for r in rows}
    assert steps == {1, 2}  # a shortest chain: two links


def test_path_command_prints_each_step_with_its_quote(graph_ttl):
    proc = cli("path", "UNITAR", "World Bank", "--graph", str(graph_ttl), "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert rows[0]["from"].endswith("/id/unitar") and rows[-1]["to"].endswith("/id/world-bank")
    assert all(r["quote"] for r in rows)
    table = cli("path", "UNITAR", "World Bank", "--graph", str(graph_ttl))
    assert "World Bank" in table.stdout and "coordinate their" in table.stdout and "id:" not in table.stdout


def test_path_says_when_nothing_links_and_refuses_unknown_names(graph_ttl):
    unknown = cli("path", "UNITAR", "Atlantis", "--graph", str(graph_ttl))
    assert unknown.returncode == 2 and unknown.stderr.startswith("error: unknown actor 'Atlantis'")
    same = cli("path", "IOM", "International Organization for Migration", "--graph", str(graph_ttl))
    assert same.returncode == 2 and "the same" in same.stderr
