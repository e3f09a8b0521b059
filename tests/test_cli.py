"""The command line: every command's help, completion, every query format, parameters by any
name the tool prints, "Wrote FILE" messages, errors and exit codes.

In-process through `cli()`; most tests query the exported Turtle (--graph) so each does not rebuild.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef

from migration_kg.query.results import FILE_WIDTH
from migration_kg.vocabulary.prefixes import PREFIXES
from tests import paths
from tests.conftest import cli, run_cli

IOM = "https://w3id.org/migration-kg/id/iom"


@pytest.fixture(scope="module")
def ttl(graph_ttl) -> str:
    return str(graph_ttl)


@pytest.fixture(scope="module")
def current(built, seed_dir) -> list[str]:
    """Options naming the seed's current build (build.json matches the seed's folder): no rebuild, no --graph."""
    return ["--data", str(seed_dir), "--build-dir", str(built.outputs["graph.ttl"].parent)]


def _commands() -> dict:
    from migration_kg.cli import cli as group

    return dict(group.commands)


# -- Help, version, completion --------------------------------------------------------------------

def test_help_lists_commands_examples_and_exit_codes():
    proc = cli("--help")
    assert proc.returncode == 0
    for command in _commands():
        assert f"\n  {command} " in proc.stdout
    assert "examples:" in proc.stdout and "exit codes:" in proc.stdout
    assert "--param actor=IOM" in proc.stdout


def test_version():
    from migration_kg import __version__

    proc = cli("--version")
    assert proc.returncode == 0 and proc.stdout == f"migration-kg {__version__}\n"


def test_every_command_has_a_description_an_example_and_help_on_every_option():
    import click

    commands = _commands()
    assert {"build", "validate", "docs", "queries", "query", "stats", "export", "view", "publish", "serve",
            "completion", "init", "add-document", "candidates", "locate", "propose"} <= set(commands)
    for name, command in commands.items():
        assert command.help and len(command.help) > 30, name
        assert command.short_help and len(command.short_help) > 10, name
        examples = command.epilog.split("examples:\n", 1)[1]
        assert f"migration-kg {name}" in examples.split("\n\n")[0] or name == "publish", name
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help and len(param.help) > 10, (name, param.opts)
        help_text = cli(name, "--help")
        assert help_text.returncode == 0 and "examples:" in help_text.stdout, name


def test_main_options_have_help():
    import click

    from migration_kg.cli import cli as group

    options = [p for p in group.params if isinstance(p, click.Option)]
    assert {o.opts[0] for o in options} >= {"--version", "--debug", "--max-input-size"}
    for option in options:
        assert option.help, option.opts


@pytest.mark.parametrize("shell, marker", [("bash", "complete "), ("zsh", "#compdef migration-kg"),
                                           ("fish", "--command migration-kg")])
def test_completion_prints_the_shell_script(shell, marker):
    proc = cli("completion", shell)
    assert proc.returncode == 0 and proc.stderr == ""
    assert marker in proc.stdout and "migration-kg" in proc.stdout


def test_completion_of_an_unknown_shell_is_a_usage_error():
    proc = cli("completion", "powershell")
    assert proc.returncode == 2 and "'powershell' is not one of 'bash', 'zsh', 'fish'" in proc.stderr
    assert proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1


def _complete(line: str) -> list[str]:
    """What click's completion answers the shell for ``line`` (the cursor at its end), in-process."""
    import shlex

    from click.shell_completion import ShellComplete

    from migration_kg.cli import cli as group

    words = shlex.split(line)[1:]
    args, incomplete = (words, "") if line.endswith(" ") else (words[:-1], words[-1])
    complete = ShellComplete(group, {}, "migration-kg", "_MIGRATION_KG_COMPLETE")
    return [item.value for item in complete.get_completions(args, incomplete)]


def test_completion_of_commands_query_names_and_param_names():
    assert _complete("migration-kg que") == ["queries", "query"]
    assert _complete("migration-kg query actor-pro") == ["actor-profile"]
    assert _complete("migration-kg query relation-evidence --param actor_") == ["actor_a=", "actor_b="]
    assert "sparql-json" in _complete("migration-kg query partnerships --format ")


def test_completion_of_entity_names_from_the_current_build(current):
    data, build_dir = current[1], current[3]
    line = f"migration-kg query actor-profile --data {data} --build-dir {build_dir} --param actor="
    actors = _complete(line)
    assert "actor=IOM" in actors and "actor=International Organization for Migration" in actors
    assert "actor=iom" in actors and not any(a.startswith("actor=Building Partnerships") for a in actors)
    assert _complete(line + "Belg") == ["actor=Belgian Government", "actor=Belgium"]
    countries = _complete(f"migration-kg query country-profile --data {data} --build-dir {build_dir} "
                          "--param country=")
    assert "country=Ghana" in countries and "country=IOM" not in countries
    assert _complete(f"migration-kg view --data {data} --build-dir {build_dir} --focus Guy") == ["Guy Serieys"]


def test_completion_of_partnership_kinds_and_documents(current):
    data, build_dir = current[1], current[3]
    line = f"migration-kg query partnerships --data {data} --build-dir {build_dir} --param "
    assert _complete(line + "kind=fu") == ["kind=funding"]
    kinds = _complete(line + "kind=")
    assert kinds[0] == "kind=all" and {"kind=co-organisation", "kind=co-financing"} <= set(kinds)
    assert _complete(line + "document=") == ["document=all", "document=unitar-2007-03-07-building-partnerships"]
    # with no current build: only the values every build has
    assert _complete(f"migration-kg query partnerships --data {data} --build-dir {build_dir}/none "
                     "--param kind=") == ["kind=all"]


def test_completion_never_builds_without_a_current_build(tmp_path):
    line = f"migration-kg query actor-profile --data {paths.GRAPH_DIR} --build-dir {tmp_path} --param actor=I"
    assert _complete(line) == []
    assert list(tmp_path.iterdir()) == []


def test_completion_through_the_entry_point():
    """The real `main()`: the shell's request (environment variables) is answered before parsing."""
    proc = run_cli(env={"_MIGRATION_KG_COMPLETE": "bash_complete", "COMP_WORDS": "migration-kg query partner",
                        "COMP_CWORD": "2"})
    assert proc.returncode == 0, proc.stderr
    words = [line.split(",", 1)[1] for line in proc.stdout.splitlines()]
    from migration_kg.query.sparql import library

    assert sorted(words) == sorted(n for n in library() if n.startswith("partner")) and "partnerships" in words


def test_completion_of_a_path_is_left_to_the_shell():
    assert _complete("migration-kg query ./my-q") == ["./my-q"]


def test_query_help_documents_formats_and_parameters():
    proc = cli("query", "--help")
    assert proc.returncode == 0
    for word in ("--format", "csv", "tsv", "jsonl", "sparql-json", "markdown", "--param", "--out", "--limit",
                 "--no-headers", "--full", "--allow-network", "NAME|FILE", "id:iom"):
        assert word in proc.stdout, word


def test_queries_lists_every_library_query_with_parameters():
    from migration_kg.query.sparql import library

    proc = cli("queries")
    assert proc.returncode == 0 and proc.stderr == ""
    for name, query in library().items():
        assert name in proc.stdout
        for p in query.parameters:
            assert f"--param {p.name}=" in proc.stdout
    assert "Data checks" in proc.stdout


# -- Query formats --------------------------------------------------------------------------------

def test_query_prints_a_readable_table(ttl):
    proc = cli("query", "people", "--graph", ttl)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    lines = proc.stdout.splitlines()
    assert lines[0].split() == ["person", "relation", "title", "related", "related_kind", "status", "quote",
                                "section", "document"]
    assert set(lines[1]) == {"─"}
    assert "Régine de Clercq" in proc.stdout
    assert lines[-1] == "(14 rows; names shown, --iris for the IRIs)"
    assert "(2007-03-07)" in proc.stdout  # the document's date beside its title
    assert max(len(line) for line in lines[:-1]) <= FILE_WIDTH  # a file or a pipe: a fixed width


def test_a_table_too_wide_for_the_width_shows_one_row_after_the_other(ttl, monkeypatch):
    from migration_kg.query import results

    monkeypatch.setattr(results, "FILE_WIDTH", 80)  # a narrower page than the 160 columns of a file or a pipe
    proc = cli("query", "partnerships", "--graph", ttl, "--limit", "2")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("-[ row 1 ]--") and lines[1].split()[:1] == ["partnership"]
    assert any(line.startswith("kind ") and "co-financing" in line for line in lines)
    assert proc.stdout.count("-[ row ") == 2 and lines[-1].startswith("(first 2 of ")


def test_the_table_fits_the_terminal(ttl, capsys, monkeypatch):
    import shutil

    from migration_kg.cli import main

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(shutil, "get_terminal_size", lambda *a: os.terminal_size((72, 24)))
    assert main(["query", "topic-hierarchy", "--graph", ttl, "--no-pager"]) == 0
    out = capsys.readouterr().out
    assert max(len(line) for line in out.splitlines()[:-1]) <= 72
    assert "migration and" in out and "(60 rows" in out


def test_partnerships_table_one_row_per_partnership_whole_quotes_short_and_iris(ttl):
    proc = cli("query", "partnerships", "--graph", ttl)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].split()[:4] == ["partnership", "kind", "status", "partners"]
    assert lines[-1] == "(11 rows; names shown, --iris for the IRIs)"
    assert "https:" not in proc.stdout and "id:" not in proc.stdout
    markdown = cli("query", "partnerships", "--graph", ttl, "--format", "markdown").stdout
    assert "| co-organisation: UNITAR, UNFPA, IOM, MacArthur Foundation |" in markdown  # the partnership's name
    quote = cli("query", "partnerships", "--graph", ttl, "--format", "json").stdout
    longest = max((r["quote"] for r in json.loads(quote)), key=len)
    assert len(longest) > 160 and "…" not in proc.stdout  # quotes whole
    start, end = lines[0].index("quote"), lines[0].index("section")  # the quote column, read down the table
    column = " ".join(" ".join(line[start:end].split()) for line in lines[2:-1])
    assert longest in " ".join(column.split())
    short = cli("query", "partnerships", "--graph", ttl, "--short")
    assert "…" in short.stdout and "values over 160 characters shortened" in short.stdout.splitlines()[-1]
    for option in ("--full", "--iris"):
        full = cli("query", "partnerships", "--graph", ttl, option).stdout
        # every column, IRIs too: too wide for 160 columns, so one row after the other
        assert full.startswith("-[ row 1 ]") and "\npartnership_label " in full and "\npartners_label " in full
        assert "id:" in full or "https://w3id.org/" in full
        assert "…" not in full and full.splitlines()[-1] == "(11 rows)"


def test_a_long_table_on_a_terminal_goes_through_the_pager(ttl, tmp_path, monkeypatch, capsys):
    import shutil

    from migration_kg.cli import main

    paged = tmp_path / "paged.txt"
    pager = tmp_path / "pager.sh"
    pager.write_text(f"#!/bin/sh\necho \"LESS=$LESS\" > {paged}\ncat >> {paged}\n")
    pager.chmod(0o755)
    monkeypatch.setenv("PAGER", str(pager))
    monkeypatch.delenv("MIGRATION_KG_PAGER", raising=False)
    monkeypatch.delenv("LESS", raising=False)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(shutil, "get_terminal_size", lambda *a: os.terminal_size((100, 24)))
    assert main(["query", "partnerships", "--graph", ttl]) == 0
    assert capsys.readouterr().out == ""
    text = paged.read_text(encoding="utf-8")
    assert text.startswith("LESS=FRX\n") and "(11 rows" in text and "co-organisation" in text
    paged.unlink()
    assert main(["query", "partnerships", "--graph", ttl, "--no-pager"]) == 0
    assert "(11 rows" in capsys.readouterr().out and not paged.exists()
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False)  # a pipe: never paged
    assert main(["query", "partnerships", "--graph", ttl]) == 0
    assert "(11 rows" in capsys.readouterr().out and not paged.exists()


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_query_delimited_formats_parse_with_a_header(ttl, fmt):
    proc = cli("query", "figures", "--graph", ttl, "--format", fmt)
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.reader(io.StringIO(proc.stdout), delimiter="," if fmt == "csv" else "\t"))
    assert rows[0] == ["subject", "subject_label", "counts", "value", "datatype", "status", "quote", "section",
                       "document", "document_date"]
    assert ["1085"] == [r[3] for r in rows[1:] if r[2] == "schools equipped"]


def test_query_json_is_a_list_of_records_with_plain_values(ttl):
    proc = cli("query", "people", "--graph", ttl, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    records = json.loads(proc.stdout)
    assert isinstance(records, list) and list(records[0])[:2] == ["person", "person_label"]
    assert "Régine de Clercq" in {r["person_label"] for r in records}
    assert records[0]["person"].startswith("https://w3id.org/migration-kg/id/")
    figures = json.loads(cli("query", "figures", "--graph", ttl, "--format", "json").stdout)
    schools = next(r for r in figures if r["counts"] == "schools equipped")
    assert schools["value"] == 1085  # a number, not "1085"


def test_query_jsonl_is_one_record_a_line(ttl):
    proc = cli("query", "people", "--graph", ttl, "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines == [json.dumps(r, ensure_ascii=False) for r in
                     json.loads(cli("query", "people", "--graph", ttl, "--format", "json").stdout)]


def test_query_sparql_json_is_the_w3c_format_pyoxigraph_writes(ttl, built):
    from migration_kg.query.sparql import library

    proc = cli("query", "figures", "--param", "status=all", "--graph", ttl, "--format", "sparql-json")
    assert proc.returncode == 0, proc.stderr
    ours = ox.parse_query_results(proc.stdout.encode(), format=ox.QueryResultsFormat.JSON)
    theirs_bytes = built.store.solutions(library()["figures"].text).serialize(format=ox.QueryResultsFormat.JSON)
    theirs = ox.parse_query_results(theirs_bytes, format=ox.QueryResultsFormat.JSON)
    assert [v.value for v in ours.variables] == [v.value for v in theirs.variables]
    variables = ours.variables
    assert [tuple(s[v] for v in variables) for s in ours] == [tuple(s[v] for v in variables) for s in theirs]
    assert json.loads(proc.stdout)["head"]["vars"][0] == "subject"


def test_query_markdown_table(ttl):
    proc = cli("query", "topic-hierarchy", "--graph", ttl, "--format", "markdown")
    assert proc.returncode == 0
    assert proc.stdout.startswith("| topic | broader | top |")  # names under the IRI columns' names
    assert "id:" not in proc.stdout
    iris = cli("query", "topic-hierarchy", "--graph", ttl, "--format", "markdown", "--iris").stdout
    assert iris.startswith("| topic | topic_label |") and "id:" in iris


def test_limit_keeps_the_first_rows(ttl):
    full = list(csv.reader(io.StringIO(cli("query", "partnerships", "--graph", ttl, "--format", "csv").stdout)))
    three = list(csv.reader(io.StringIO(cli("query", "partnerships", "--graph", ttl, "--format", "csv",
                                            "--limit", "3").stdout)))
    assert three == full[:4]
    assert json.loads(cli("query", "people", "--graph", ttl, "--format", "json", "--limit", "0").stdout) == []
    bad = cli("query", "people", "--graph", ttl, "--limit", "-1")
    assert bad.returncode == 2 and "--limit" in bad.stderr


@pytest.mark.parametrize("fmt", ["csv", "tsv", "table", "markdown"])
def test_no_headers(ttl, fmt):
    with_headers = cli("query", "people", "--graph", ttl, "--format", fmt).stdout
    without = cli("query", "people", "--graph", ttl, "--format", fmt, "--no-headers").stdout
    assert "related_kind" in with_headers.splitlines()[0]
    assert "related_kind" not in without
    assert "Régine de Clercq" in without


@pytest.mark.parametrize("args, message", [
    (["--format", "json", "--no-headers"], "--no-headers applies to"),
    (["--format", "sparql-json", "--no-headers"], "--no-headers applies to"),
    (["--format", "csv", "--full"], "--full applies to --format table"),
])
def test_options_that_do_not_apply_to_a_format_are_refused(ttl, args, message):
    proc = cli("query", "people", "--graph", ttl, *args)
    assert proc.returncode == 2 and message in proc.stderr and proc.stdout == ""


def test_query_out_writes_a_file_says_so_and_nothing_to_stdout(ttl, tmp_path):
    out = tmp_path / "partners.csv"
    proc = cli("query", "partnerships", "--graph", ttl, "--format", "csv", "--out", str(out))
    assert proc.returncode == 0 and proc.stdout == ""
    assert proc.stderr == f"Wrote {out}\n"
    assert out.read_text(encoding="utf-8").startswith("partnership,partnership_label,kind,status,partners,")


def test_query_out_table_is_fixed_width(ttl, tmp_path):
    out = tmp_path / "people.txt"
    assert cli("query", "people", "--graph", ttl, "--out", str(out)).returncode == 0
    assert max(len(line) for line in out.read_text(encoding="utf-8").splitlines()) <= FILE_WIDTH


# -- Names in every form the tool prints ----------------------------------------------------------

@pytest.mark.parametrize("name", ["IOM", "iom", "International Organization for Migration",
                                  "international organization  for migration", "id:iom", IOM, f"<{IOM}>"])
def test_parameter_resolves_every_form_of_a_name(ttl, name):
    proc = cli("query", "actor-profile", "--param", f"actor={name}", "--graph", ttl, "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert rows and {r["actor"] for r in rows} == {IOM}


def test_the_names_a_table_prints_resolve(ttl):
    """Each id:x that Markdown (and the table) prints is known when given back: an actor's profile, or
    for a policy or topic the message that says what it is."""
    table = cli("query", "people", "--graph", ttl, "--format", "markdown", "--iris").stdout
    printed = sorted(set(re.findall(r"\| (id:[a-z0-9-]+) \|", table)))
    assert len(printed) >= 8
    from migration_kg.outputs.analytics import ACTOR_KINDS

    graph = Graph().parse(ttl)
    kinds = {f"id:{s.rsplit('/', 1)[-1]}": str(o) for s, o in graph.subject_objects(URIRef(PREFIXES["mkg"] + "kind"))}
    assert {kinds[name] in ACTOR_KINDS for name in printed} == {True, False}  # both answers are exercised
    for name in printed:
        proc = cli("query", "actor-profile", "--param", f"actor={name}", "--graph", ttl, "--format", "json")
        if kinds[name] in ACTOR_KINDS:
            assert proc.returncode == 0 and json.loads(proc.stdout), (name, proc.stderr)
        else:
            article = "an" if kinds[name][0] in "aeiou" else "a"
            assert proc.returncode == 2 and proc.stderr.startswith(f"error: {name} is {article} {kinds[name]} ("), \
                (name, proc.stderr)


def test_parameter_resolves_an_alias(ttl):
    # "the Belgian Government had received 119 responses": an alias of Belgium
    proc = cli("query", "country-profile", "--param", "country=Belgian Government", "--param", "status=all",
               "--graph", ttl, "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert {r["iso3"] for r in rows} == {"BEL"}


def test_two_parameters(ttl):
    proc = cli("query", "relation-evidence", "--param", "actor_a=ILO", "--param", "actor_b=IOM",
               "--graph", ttl, "--format", "tsv")
    assert proc.returncode == 0, proc.stderr
    assert "research network by ILO and IOM" in proc.stdout


def test_unknown_name_suggests_the_closest(ttl):
    proc = cli("query", "actor-profile", "--param", "actor=IMO", "--graph", ttl)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "unknown actor 'IMO'" in proc.stderr and "IOM" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_name_of_the_wrong_kind_says_what_it_is(ttl):
    proc = cli("query", "country-profile", "--param", "country=IOM", "--graph", ttl)
    assert proc.returncode == 2 and "IOM is an organisation" in proc.stderr and "takes a country: " in proc.stderr
    assert "Ghana" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("args, message", [
    (["--param", "who=IOM"], "has no parameter 'who'"),
    ([], "needs --param actor="),
    (["--param", "actor"], "write NAME=VALUE"),
])
def test_parameter_usage_errors(ttl, args, message):
    proc = cli("query", "actor-profile", *args, "--graph", ttl)
    assert proc.returncode == 2 and message in proc.stderr


def test_unknown_query_name_suggests_and_exits_2(ttl):
    proc = cli("query", "partnership", "--graph", ttl)
    assert proc.returncode == 2
    assert "did you mean partnerships" in proc.stderr


def test_a_name_is_never_a_path_into_the_library(ttl):
    proc = cli("query", "../queries/partnerships", "--graph", ttl)
    assert proc.returncode == 2 and "not found" in proc.stderr


def test_query_runs_the_users_own_file(ttl, tmp_path):
    rq = tmp_path / "mine.rq"
    rq.write_text("PREFIX mkg: <https://w3id.org/migration-kg/ontology#>\n"
                  "SELECT ?kind (COUNT(?e) AS ?n) WHERE { ?e mkg:kind ?kind } GROUP BY ?kind ORDER BY ?kind\n",
                  encoding="utf-8")
    proc = cli("query", str(rq), "--graph", ttl, "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    assert "person,4" in proc.stdout


def test_invalid_sparql_is_a_usage_error(ttl, tmp_path):
    rq = tmp_path / "broken.rq"
    rq.write_text("SELECT ?x WHERE { ?x ", encoding="utf-8")
    proc = cli("query", str(rq), "--graph", ttl)
    assert proc.returncode == 2 and "not a valid SPARQL 1.1 query" in proc.stderr


def test_unreadable_graph_file_is_a_usage_error(tmp_path):
    bad = tmp_path / "graph.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    proc = cli("query", "partnerships", "--graph", str(bad))
    assert proc.returncode == 2 and "cannot parse" in proc.stderr


def test_query_uses_the_current_build(current):
    proc = cli("query", "figures", "--format", "csv", *current)
    assert proc.returncode == 0, proc.stderr
    assert "520000" in proc.stdout and "rebuilding" not in proc.stderr


def test_query_without_a_build_builds_from_the_curated_files(tmp_path, seed_dir):
    proc = cli("query", "figures", "--format", "csv", "--data", str(seed_dir), "--build-dir",
               str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stderr
    assert "520000" in proc.stdout and "rebuilding" in proc.stderr


def test_validate_checks_and_writes_nothing(tmp_path):
    proc = cli("validate", "--seed", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "SHACL conforms" in proc.stderr and "data checks pass" in proc.stderr
    assert list(tmp_path.iterdir()) == []


# -- stats ----------------------------------------------------------------------------------------

def test_stats_prints_counts_and_central_actors(ttl):
    proc = cli("stats", "--graph", ttl, "--top", "5")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    for heading in ("Entities by kind:", "organisation", "Totals:", "Partnerships", "Actor network:",
                    "Most connected", "Bridges", "Brokers", "Communities"):
        assert heading in out
    most_connected = out.split("Most connected")[1].split("\n\n")[0]
    assert "International Organization for Migration" in most_connected
    assert len(most_connected.strip().splitlines()) == 1 + 2 + 5  # title, header and rule, 5 actors
    centralities = re.findall(r"^(\d+\.\d+)\s", out.split("Most connected")[1].split("Brokers")[0], re.M)
    assert centralities and all(re.fullmatch(r"\d\.\d{4}", c) for c in centralities)


def test_stats_json(ttl):
    proc = cli("stats", "--graph", ttl, "--top", "3", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["entities_by_kind"]["person"] == 4
    assert doc["totals"]["source_documents"] == 1 and doc["totals"]["triples"] > 1000
    assert doc["most_connected"][0]["entity"] == IOM and len(doc["most_connected"]) == 3
    for key, attribute in (("most_connected", "degree"), ("bridges", "betweenness")):
        assert all(round(r[attribute], 4) == r[attribute] for r in doc[key])
    assert doc["actor_network"]["actors"] > 10 and len(doc["communities"]) == 3


def test_stats_csv_is_one_row_per_actor_with_its_measures(ttl):
    proc = cli("stats", "--graph", ttl, "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert list(rows[0]) == ["entity", "label", "kind", "degree", "betweenness", "brokerage", "community",
                             "component", "cut_vertex"]
    assert rows[0]["entity"] == IOM
    assert all(re.fullmatch(r"\d\.\d{4}", r["degree"]) and re.fullmatch(r"\d\.\d{4}", r["betweenness"])
               for r in rows)
    doc = json.loads(cli("stats", "--graph", ttl, "--format", "json").stdout)
    assert len(rows) == doc["actor_network"]["actors"] + doc["actor_network"]["initiatives"]


def test_stats_markdown(ttl):
    proc = cli("stats", "--graph", ttl, "--top", "2", "--format", "markdown")
    assert proc.returncode == 0, proc.stderr
    assert "## Most connected (degree centrality)\n\n| degree | actor |\n|---|---|\n" in proc.stdout


# -- export, view, docs, build: "Wrote FILE" ----------------------------------------------------

@pytest.mark.parametrize("fmt, rdf_format", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_export_rdf_formats(ttl, tmp_path, fmt, rdf_format):
    out = tmp_path / f"g.{fmt}"
    proc = cli("export", "--format", fmt, "--graph", ttl, "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == f"Wrote {out}\n" and proc.stdout == ""
    assert len(Graph().parse(out, format=rdf_format)) == len(Graph().parse(ttl))


def test_export_to_standard_output_writes_data_only(ttl):
    proc = cli("export", "--format", "nt", "--graph", ttl)
    assert proc.returncode == 0 and proc.stderr == ""
    assert len(Graph().parse(data=proc.stdout, format="nt")) == len(Graph().parse(ttl))


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_network_formats_keep_labels_kinds_and_measures(ttl, tmp_path, fmt):
    out = tmp_path / f"actors.{fmt}"
    proc = cli("export", "--format", fmt, "--graph", ttl, "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    net = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    iom = net.nodes[IOM]
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
    proc = cli("export", "--format", fmt, "--graph", ttl, "--out", str(out), "--kinds",
               "organisation,person,country")
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes().startswith(magic)
    assert proc.stderr == f"Wrote {out}\n" and proc.stdout == ""


def test_export_png_refuses_to_write_binary_to_a_terminal(ttl, capsys, monkeypatch):
    from migration_kg.cli import main

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["export", "--format", "png", "--graph", ttl]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "--out FILE" in err


def test_view_writes_one_offline_html_file_for_a_focus(ttl, tmp_path):
    out = tmp_path / "iom.html"
    proc = cli("view", "--focus", "id:iom", "--depth", "1", "--graph", ttl, "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == f"Wrote {out}\n" and proc.stdout == ""
    html = out.read_text(encoding="utf-8")
    assert "International Organization for Migration" in html
    assert 'src="http' not in html and "href=\"http" not in html


def test_view_unknown_focus_is_a_usage_error(ttl, tmp_path):
    proc = cli("view", "--focus", "Nobody At All", "--graph", ttl, "--out", str(tmp_path / "x.html"))
    assert proc.returncode == 2 and "unknown entity" in proc.stderr
    assert not (tmp_path / "x.html").exists()


def test_docs_says_wrote(tmp_path):
    proc = cli("docs", "--seed", "--out", str(tmp_path / "site"))
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == f"Wrote {tmp_path / 'site' / 'ontology.html'}\n" and proc.stdout == ""


def test_build_says_wrote_for_every_file_and_quiet_says_nothing(tmp_path):
    out = tmp_path / "out"
    proc = cli("build", "--seed", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    files = sorted(p.name for p in out.iterdir())
    assert files == ["build.json", "graph.html", "graph.jsonld", "graph.nq", "graph.nt", "graph.ttl",
                     "ontology.html", "void.ttl"]
    wrote = sorted(line[len("Wrote "):] for line in proc.stderr.splitlines() if line.startswith("Wrote "))
    assert wrote == sorted(str(out / f) for f in files)
    quiet = cli("build", "--seed", "--out", str(out), "--quiet")
    assert quiet.returncode == 0 and quiet.stdout == "" and quiet.stderr == ""


def test_query_and_completion_import_no_rdflib_shacl_networkx_or_pyvis(built, tmp_path, seed_dir):
    """Answering a question (and completing a word) stays fast: none of the heavy libraries load."""
    out = built.outputs["graph.ttl"].parent
    script = ("import sys\nfrom migration_kg.cli import main\n"
              f"code = main(['query', 'actor-profile', '--param', 'actor=id:iom', '--format', 'jsonl', "
              f"'--data', {str(seed_dir)!r}, '--build-dir', {str(out)!r}])\n"
              "from click.shell_completion import ShellComplete\n"
              "from migration_kg.cli import cli\n"
              "words = ShellComplete(cli, {}, 'migration-kg', 'X').get_completions(\n"
              f"    ['query', 'actor-profile', '--data', {str(seed_dir)!r}, '--build-dir', {str(out)!r}, "
              "'--param'], 'actor=I')\n"
              "assert 'actor=IOM' in [w.value for w in words]\n"
              "heavy = sorted(m for m in ('rdflib', 'pyshacl', 'networkx', 'pyvis', 'matplotlib') if m in sys.modules)\n"
              "print(code, heavy)\n")
    import subprocess

    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=paths.ROOT,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1] == "0 []"
