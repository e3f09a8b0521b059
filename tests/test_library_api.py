"""What the command line does is there from Python too: the stats report, parameter binding, network
exports as bytes, choosing the data folder and the graph, and the rule that nothing is written
into the data folder."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest

from migration_kg.errors import UsageError
from migration_kg.query.sparql import library, rows_of
from tests import paths

IOM = "https://w3id.org/migration-kg/id/iom"


def _run(store):
    return lambda text: rows_of(store.solutions(text))


# -- stats ----------------------------------------------------------------------------------------

def test_stats_from_python(built):
    from migration_kg.outputs.stats import stats

    result = stats(built.store, 3)
    assert result.report["entities_by_kind"]["person"] == 4
    assert result.report["most_connected"][0]["entity"] == IOM and len(result.report["most_connected"]) == 3
    assert result.members[0]["entity"] == IOM
    assert len(result.members) == result.report["actor_network"]["actors"] + result.report["actor_network"]["initiatives"]
    assert json.loads(result.render("json")) == result.report
    rows = list(csv.DictReader(io.StringIO(result.render("csv"))))
    assert rows[0]["entity"] == IOM and rows[0]["cut_vertex"] in ("yes", "no")
    text = result.render("markdown")
    assert "## Most connected (degree centrality)\n\n| degree | actor |\n" in text
    assert result.render("table", width=100).startswith("Entities by kind:\n")


def test_stats_cells():
    from migration_kg.outputs.stats import cell, measure

    assert (cell(True), cell(False), cell(0.5), cell(3)) == ("yes", "no", "0.5000", "3")
    assert measure(0.123456) == 0.1235 and measure(7) == 7


# -- parameters -----------------------------------------------------------------------------------

def test_bind_parameters_resolves_names_and_applies_defaults(built):
    from migration_kg.query.params import bind_parameters

    bound = bind_parameters(library()["actor-profile"], ["actor=International Organization for Migration"],
                            _run(built.store))
    assert bound["actor"].value == IOM
    evidence = bind_parameters(library()["relation-evidence"], ["actor_a=ILO", "actor_b=id:iom"], _run(built.store))
    assert evidence["actor_b"].value == IOM and evidence["actor_a"].value.endswith("/ilo")


@pytest.mark.parametrize("params, message", [
    (["who=IOM"], "has no parameter 'who'; its parameters: actor"),
    ([], "needs --param actor="),
    (["actor"], "write NAME=VALUE"),
    (["actor=IMO"], "unknown actor 'IMO'"),
])
def test_bind_parameters_refuses_with_one_message(built, params, message):
    from migration_kg.query.params import bind_parameters

    with pytest.raises(UsageError, match=message):
        bind_parameters(library()["actor-profile"], params, _run(built.store))


def test_parameter_completion_uses_the_declarations(built):
    from migration_kg.query.params import complete

    query, run = library()["relation-evidence"], _run(built.store)
    assert complete(query, "actor_", None) == ["actor_a=", "actor_b="]
    assert complete(query, "actor_a=Belg", run) == ["actor_a=Belgian Government", "actor_a=Belgium"]
    assert complete(query, "actor_a=iom", run) == ["actor_a=iom"]  # the id, as typed
    assert complete(query, "actor_a=IO", run) == ["actor_a=IOM"]
    assert complete(query, "actor_a=IO", None) == []  # no build to ask
    assert complete(query, "nobody=", run) == []
    assert complete(library()["partnerships"], "kind=res", run) == ["kind=research"]


# -- network exports ------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_export_returns_bytes_that_networkx_reads_back(built, fmt, read):
    from migration_kg.outputs.analytics import annotated_network, export

    net = annotated_network(built.store)
    content = export(net, fmt)
    assert isinstance(content, bytes) and content.startswith(b"<?xml")
    back = read(io.BytesIO(content))
    assert back.number_of_nodes() == net.number_of_nodes()
    assert back.nodes[IOM]["label"] == "International Organization for Migration"
    assert ("viz" in back.nodes[IOM]) == (fmt == "gexf")
    assert export(net, fmt) == content  # the same bytes every time


def test_export_refuses_an_unknown_format(built):
    from migration_kg.outputs.analytics import export

    with pytest.raises(ValueError, match="graphml, gexf"):
        export(nx.Graph(), "dot")


# -- data folder, graph source, the data folder stays unwritten ----------------------------------

def test_data_dir_chooses_seed_data_or_graph(tmp_path, monkeypatch):
    from migration_kg import resources
    from migration_kg.build.source import data_dir, given_data_dir

    assert data_dir(seed=True) == resources.seed_dir()
    assert data_dir(paths.GRAPH_DIR) == paths.GRAPH_DIR
    with pytest.raises(UsageError, match="--seed and --data both name the data"):
        data_dir(paths.GRAPH_DIR, seed=True)
    with pytest.raises(UsageError, match="no such folder"):
        data_dir(tmp_path / "missing")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UsageError, match="no ./graph folder here"):
        data_dir()
    assert given_data_dir() is None
    (tmp_path / "graph").mkdir()
    assert data_dir() == Path("graph") and given_data_dir() == Path("graph")


def test_refuse_inside_data(tmp_path):
    from migration_kg.build.source import refuse_inside_data

    data = tmp_path / "graph"
    data.mkdir()
    refuse_inside_data(tmp_path / "out", data, "--out")
    for place in (data, data / "out", data / "sources" / ".." / "x"):
        with pytest.raises(UsageError, match=r"--out .* is inside the data folder .*; give a place outside it"):
            refuse_inside_data(place, data, "--out")


def test_graph_store_chooses_one_source(graph_ttl, built, tmp_path, seed_dir):
    from migration_kg.stores import MEMORY, StoreSpec
    from migration_kg.build.source import graph_store

    def no_data():
        raise AssertionError("the data folder is not needed")

    from_file = graph_store(no_data, graph=graph_ttl)
    assert len(from_file) == len(built.store)
    with pytest.raises(UsageError, match="--graph and --store both name the graph"):
        graph_store(no_data, graph=graph_ttl, store=StoreSpec(tmp_path))
    with pytest.raises(UsageError, match="--store memory holds nothing"):
        graph_store(no_data, store=MEMORY)
    current = graph_store(lambda: seed_dir, build_dir=built.outputs["graph.ttl"].parent)  # built from seed_dir
    assert len(current) == len(built.store)
    with pytest.raises(UsageError, match="no current build"):
        graph_store(lambda: paths.GRAPH_DIR, build_dir=tmp_path)


def test_subset_and_only_document_resolve_names(built):
    from migration_kg.outputs.projection import only_document, subset

    options = subset(built.store, focus="IOM", depth=2, kinds="organisation, person", topic=None)
    assert options == {"depth": 2, "kinds": ["organisation", "person"], "focus": IOM}
    with pytest.raises(UsageError, match="unknown entity"):
        subset(built.store, focus="Nobody At All")
    assert only_document(built.store, None) is built.store
    one = only_document(built.store, "unitar-2007-03-07-building-partnerships")
    assert 0 < len(one) <= len(built.store)


def test_serve_checks_the_address_before_building_anything():
    import socket

    from migration_kg.remote.serve import serve

    def no_data():
        raise AssertionError("nothing is built when the address is busy")

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        with pytest.raises(UsageError, match="in use"):
            with serve(f"127.0.0.1:{busy.getsockname()[1]}", data=no_data):
                pass
