"""One network definition: `stats`, the exports and the view count the same links (pairs of members
joined by at least one fact or partnership), and the rankings list actors unless asked otherwise."""

from __future__ import annotations

import json

import networkx as nx

from migration_kg.outputs import analytics
from migration_kg.outputs.projection import FACTS, project
from tests.conftest import cli


def test_the_views_first_picture_has_the_links_stats_counts(built):
    net = analytics.actor_network(built.store)
    view = project(built.store)
    base = {n for n, d in view.nodes(data=True) if d.get("base")}
    pairs = {frozenset((u, v)) for u, v, d in view.edges(data=True)
             if d["layer"] == FACTS and u in base and v in base and u != v}
    assert base == set(net)
    assert pairs == {frozenset(e) for e in net.edges}
    stats = json.loads(cli("stats", "--graph", str(built.outputs["graph.ttl"]), "--format", "json").stdout)
    assert stats["actor_network"]["links"] == len(pairs) == net.number_of_edges()


def test_the_gexf_export_has_the_same_links(built, tmp_path):
    out = tmp_path / "actors.gexf"
    assert cli("export", "--graph", str(built.outputs["graph.ttl"]), "--format", "gexf", "--out", str(out)).returncode == 0
    exported = nx.read_gexf(out)
    assert exported.number_of_edges() == analytics.actor_network(built.store).number_of_edges()


def test_the_page_counts_pairs_and_partnerships_not_drawn_edges():
    from migration_kg import resources

    page = resources.package_dir("templates").joinpath("view.js").read_text(encoding="utf-8")
    assert "pairs.add(" in page and "links = pairs.size" in page and "counted.has(j)" in page


def test_rankings_list_actors_unless_asked(built):
    ttl = str(built.outputs["graph.ttl"])
    stats = json.loads(cli("stats", "--graph", ttl, "--format", "json", "--top", "20").stdout)
    kinds = {n: d["kind"] for n, d in analytics.actor_network(built.store).nodes(data=True)}
    for key in ("most_connected", "bridges"):
        assert stats[key] and all(kinds[r["entity"]] in analytics.ACTOR_KINDS for r in stats[key])
    every = json.loads(cli("stats", "--graph", ttl, "--format", "json", "--top", "20", "--rank", "all").stdout)
    assert any(kinds[r["entity"]] not in analytics.ACTOR_KINDS for key in ("most_connected", "bridges")
               for r in every[key])
