"""The command line: every command and format, parameters by acronym/label/alias, errors and exit codes.

Most tests query the exported Turtle (--graph) so each does not rebuild; one runs the default build.
"""

from __future__ import annotations

import csv
import io
import json
import sys

import networkx as nx
import pytest
from rdflib import Graph

from tests.conftest import run_cli


@pytest.fixture(scope="module")
def ttl(graph_ttl) -> str:
    return str(graph_ttl)


def test_help_lists_commands_examples_and_exit_codes():
    proc = run_cli("--help")
    assert proc.returncode == 0
    for command in ("build", "validate", "queries", "query", "stats", "export", "view"):
        assert command in proc.stdout
    assert "examples:" in proc.stdout and "exit codes:" in proc.stdout
    assert "--param actor=IOM" in proc.stdout


def test_query_help_documents_formats_and_parameters():
    proc = run_cli("query", "--help")
    assert proc.returncode == 0
    for word in ("--format", "csv", "tsv", "json", "--param", "--out", "--allow-network", "NAME|FILE"):
        assert word in proc.stdout


def test_queries_lists_every_library_query_with_parameters():
    from migration_kg.query.sparql import library

    proc = run_cli("queries")
    assert proc.returncode == 0 and proc.stderr == ""
    for name, query in library().items():
        assert name in proc.stdout
        for p in query.parameters:
            assert f"--param {p.name}=" in proc.stdout
    assert "Data checks" in proc.stdout


def test_query_prints_a_readable_table(ttl):
    proc = run_cli("query", "partnerships", "--graph", ttl)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    lines = proc.stdout.splitlines()
    assert lines[0].split()[:4] == ["partnership", "kind", "status", "partner_a_label"]
    assert set(lines[1]) <= {"-", " "}
    assert "co-organisation" in proc.stdout and "MacArthur Foundation" in proc.stdout
    assert lines[-1].endswith("rows)")


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_query_delimited_formats_parse_with_a_header(ttl, fmt):
    proc = run_cli("query", "figures", "--graph", ttl, "--format", fmt)
    assert proc.returncode == 0, proc.stderr
    reader = csv.reader(io.StringIO(proc.stdout), delimiter="," if fmt == "csv" else "\t")
    rows = list(reader)
    assert rows[0] == ["subject", "subject_label", "counts", "value", "datatype", "quote", "section", "document",
                       "document_date"]
    assert ["1085"] == [r[3] for r in rows[1:] if r[2] == "schools equipped"]


def test_query_json_is_sparql_results_json(ttl):
    proc = run_cli("query", "people", "--graph", ttl, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["head"]["vars"][:2] == ["person", "person_label"]
    labels = {b["person_label"]["value"] for b in doc["results"]["bindings"]}
    assert "Régine de Clercq" in labels
    first = doc["results"]["bindings"][0]
    assert first["person"]["type"] == "uri"


def test_query_markdown_table(ttl):
    proc = run_cli("query", "topic-hierarchy", "--graph", ttl, "--format", "markdown")
    assert proc.returncode == 0
    assert proc.stdout.startswith("| topic | topic_label |")


def test_query_out_writes_a_file_and_nothing_to_stdout(ttl, tmp_path):
    out = tmp_path / "partners.csv"
    proc = run_cli("query", "partnerships", "--graph", ttl, "--format", "csv", "--out", str(out))
    assert proc.returncode == 0 and proc.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("partnership,kind,")


@pytest.mark.parametrize("name", ["IOM", "iom", "International Organization for Migration", "iom"])
def test_parameter_resolves_acronym_label_and_id(ttl, name):
    proc = run_cli("query", "actor-profile", "--param", f"actor={name}", "--graph", ttl, "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert rows and {r["actor"] for r in rows} == {"https://w3id.org/migration-kg/id/iom"}


def test_parameter_resolves_an_alias(ttl):
    # "the Belgian Government had received 119 responses": an alias of Belgium
    proc = run_cli("query", "country-profile", "--param", "country=Belgian Government", "--graph", ttl,
                   "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert {r["iso3"] for r in rows} == {"BEL"}


def test_two_parameters(ttl):
    proc = run_cli("query", "relation-evidence", "--param", "actor_a=ILO", "--param", "actor_b=IOM",
                   "--graph", ttl, "--format", "tsv")
    assert proc.returncode == 0, proc.stderr
    assert "research network by ILO and IOM" in proc.stdout


def test_unknown_name_suggests_the_closest(ttl):
    proc = run_cli("query", "actor-profile", "--param", "actor=IMO", "--graph", ttl)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "unknown actor 'IMO'" in proc.stderr and "IOM" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_name_of_the_wrong_kind_is_refused(ttl):
    proc = run_cli("query", "country-profile", "--param", "country=IOM", "--graph", ttl)
    assert proc.returncode == 2 and "IOM is an organisation" in proc.stderr and "takes a country: " in proc.stderr
    assert "Ghana" in proc.stderr


@pytest.mark.parametrize("args, message", [
    (["--param", "who=IOM"], "has no parameter 'who'"),
    ([], "needs --param actor="),
    (["--param", "actor"], "write NAME=VALUE"),
])
def test_parameter_usage_errors(ttl, args, message):
    proc = run_cli("query", "actor-profile", *args, "--graph", ttl)
    assert proc.returncode == 2 and message in proc.stderr


def test_unknown_query_name_suggests_and_exits_2(ttl):
    proc = run_cli("query", "partnership", "--graph", ttl)
    assert proc.returncode == 2
    assert "did you mean partnerships" in proc.stderr


def test_a_name_is_never_a_path_into_the_library(ttl):
    proc = run_cli("query", "../queries/partnerships", "--graph", ttl)
    assert proc.returncode == 2 and "not found" in proc.stderr


def test_query_runs_the_users_own_file(ttl, tmp_path):
    rq = tmp_path / "mine.rq"
    rq.write_text("PREFIX mkg: <https://w3id.org/migration-kg/ontology#>\n"
                  "SELECT ?kind (COUNT(?e) AS ?n) WHERE { ?e mkg:kind ?kind } GROUP BY ?kind ORDER BY ?kind\n",
                  encoding="utf-8")
    proc = run_cli("query", str(rq), "--graph", ttl, "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    assert "person,4" in proc.stdout


def test_invalid_sparql_is_a_usage_error(ttl, tmp_path):
    rq = tmp_path / "broken.rq"
    rq.write_text("SELECT ?x WHERE { ?x ", encoding="utf-8")
    proc = run_cli("query", str(rq), "--graph", ttl)
    assert proc.returncode == 2 and "not a valid SPARQL 1.1 query" in proc.stderr


def test_unreadable_graph_file_is_a_usage_error(tmp_path):
    bad = tmp_path / "graph.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    proc = run_cli("query", "partnerships", "--graph", str(bad))
    assert proc.returncode == 2 and "cannot parse" in proc.stderr


def test_query_without_graph_builds_from_the_curated_files():
    proc = run_cli("query", "figures", "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    assert "520000" in proc.stdout


def test_validate_checks_and_writes_nothing(tmp_path):
    proc = run_cli("validate", "--seed", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "SHACL conforms" in proc.stderr and "data checks pass" in proc.stderr
    assert list(tmp_path.iterdir()) == []


def test_stats_prints_counts_and_central_actors(ttl):
    proc = run_cli("stats", "--graph", ttl, "--top", "5")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    for heading in ("Entities by kind:", "organisation", "Partnerships:", "Actor network:",
                    "Most connected", "Bridges", "Brokers", "Communities"):
        assert heading in out
    most_connected = out.split("Most connected")[1].split("\n\n")[0]
    assert "International Organization for Migration" in most_connected


@pytest.mark.parametrize("fmt, rdf_format", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_export_rdf_formats(ttl, tmp_path, fmt, rdf_format):
    out = tmp_path / f"g.{fmt}"
    proc = run_cli("export", "--format", fmt, "--graph", ttl, "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert len(Graph().parse(out, format=rdf_format)) == len(Graph().parse(ttl))


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_network_formats_keep_labels_kinds_and_measures(ttl, tmp_path, fmt):
    out = tmp_path / f"actors.{fmt}"
    proc = run_cli("export", "--format", fmt, "--graph", ttl, "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    net = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    iom = net.nodes["https://w3id.org/migration-kg/id/iom"]
    assert iom["label"] == "International Organization for Migration"
    assert iom["kind"] == "organisation"
    for measure in ("degree", "betweenness", "community", "brokerage"):
        assert measure in iom
    assert float(iom["degree"]) > 0
    kinds = {d["kind"] for _, d in net.nodes(data=True)}
    assert {"organisation", "person", "country", "project"} <= kinds  # actors and the initiatives they run
    assert not kinds & {"topic", "event", "place"}
    if fmt == "gexf":
        assert "viz" in iom and iom["viz"]["color"] == {"r": 31, "g": 119, "b": 180, "a": 1.0}


@pytest.mark.parametrize("fmt, magic", [("png", b"\x89PNG"), ("svg", b"<?xml")])
def test_export_pictures(ttl, tmp_path, fmt, magic):
    out = tmp_path / f"net.{fmt}"
    proc = run_cli("export", "--format", fmt, "--graph", ttl, "--out", str(out), "--kinds",
                   "organisation,person,country")
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes().startswith(magic)
    assert proc.stderr == f"Wrote {out}\n" and proc.stdout == ""


def test_view_writes_one_offline_html_file_for_a_focus(ttl, tmp_path):
    out = tmp_path / "iom.html"
    proc = run_cli("view", "--focus", "IOM", "--depth", "1", "--graph", ttl, "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    html = out.read_text(encoding="utf-8")
    assert "International Organization for Migration" in html
    assert 'src="http' not in html and "href=\"http" not in html


def test_view_unknown_focus_is_a_usage_error(ttl, tmp_path):
    proc = run_cli("view", "--focus", "Nobody At All", "--graph", ttl, "--out", str(tmp_path / "x.html"))
    assert proc.returncode == 2 and "unknown entity" in proc.stderr
    assert not (tmp_path / "x.html").exists()


def test_build_writes_html_view_with_the_graph(tmp_path):
    proc = run_cli("build", "--out", str(tmp_path / "out"), "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["build.json", "graph.html", "graph.jsonld",
                                                                    "graph.nq", "graph.nt", "graph.ttl",
                                                                    "ontology.html", "void.ttl"]


def test_export_png_refuses_to_write_binary_to_a_terminal(ttl, capsys, monkeypatch):
    from migration_kg.cli import main

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["export", "--format", "png", "--graph", ttl]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "--out FILE" in err
