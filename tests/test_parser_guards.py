"""Files from outside cannot crash the tool: inputs that would make pyoxigraph's parsers recurse on the
native stack (and end the process with a segmentation fault) are refused with one line, exit 2.

The end-to-end tests run the command in a fresh process: a crash there is exit status -11, not an
exception this process could catch.
"""

from __future__ import annotations

import json

import pytest

from migration_kg.stores.guards import context_chain, query_depth, triple_term_depth
from tests.conftest import cli, run_cli


def prefix_chain(n: int) -> dict:
    """A JSON-LD document whose context defines p0: through p1:, p1: through p2: ... n links."""
    context = {f"p{i}": f"p{i + 1}:" for i in range(n)}
    context[f"p{n}"] = "http://example.org/"
    return {"@context": context, "@id": "p0:x", "p0:name": "x"}


def _one_line_exit_2(proc, *words: str) -> None:
    assert proc.returncode == 2, (proc.returncode, proc.stderr[-500:])
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("error: "), proc.stderr
    assert "Traceback" not in proc.stderr and all(w in proc.stderr for w in words), proc.stderr


@pytest.mark.parametrize("links,runs", [(50_000, 3), (5_000, 3)])
def test_a_json_ld_prefix_chain_is_one_line_exit_2_every_time(tmp_path, links, runs):
    path = tmp_path / "chain.jsonld"
    path.write_text(json.dumps(prefix_chain(links)), encoding="utf-8")
    assert path.stat().st_size > (900_000 if links == 50_000 else 90_000)
    for _ in range(runs):
        _one_line_exit_2(run_cli("query", "partnerships", "--graph", str(path)), str(path), "chain", "refused")


def test_chains_of_terms_and_cycles_are_refused_in_process(tmp_path):
    terms = {f"a{i}": f"a{i + 1}" for i in range(500)} | {"a500": "http://example.org/x"}
    cases = {
        "terms.jsonld": ({"@context": terms, "@id": "http://example.org/s", "a0": "v"}, "chain"),
        "cycle.jsonld": ({"@context": {"a": "b:x", "b": "a:y"}, "@id": "http://example.org/s", "a:z": "v"},
                         "cycle"),
        # a scoped context inside a term definition, and a context listed in an array
        "scoped.jsonld": ({"@context": [{"knows": {"@id": "http://example.org/knows",
                                                   "@context": prefix_chain(300)["@context"]}}],
                           "@id": "http://example.org/s"}, "chain"),
    }
    for name, (document, word) in cases.items():
        path = tmp_path / name
        path.write_text(json.dumps(document), encoding="utf-8")
        run = cli("query", "partnerships", "--graph", str(path))
        assert run.returncode == 2 and run.stderr.count("\n") == 1 and word in run.stderr, (name, run.stderr)


def test_a_chain_within_the_limit_loads(tmp_path):
    path = tmp_path / "ok.jsonld"
    path.write_text(json.dumps(prefix_chain(99)), encoding="utf-8")  # 100 definitions, one chain
    assert context_chain(prefix_chain(99)) == 100
    rq = tmp_path / "all.rq"
    rq.write_text("SELECT ?s ?p ?o WHERE { ?s ?p ?o }\n", encoding="utf-8")
    run = cli("query", str(rq), "--graph", str(path), "--format", "csv")
    assert run.returncode == 0, run.stderr
    assert "http://example.org/x,http://example.org/name,x" in run.stdout


def test_the_package_s_own_files_are_far_below_the_limits(graph_ttl):
    from migration_kg.query.sparql import library

    assert max(query_depth(q.text) for q in library().values()) <= 10
    assert triple_term_depth(graph_ttl.read_bytes()) == 0


def test_deeply_nested_json_ld_is_refused(tmp_path):
    path = tmp_path / "deep.jsonld"
    path.write_text('{"@id": "http://example.org/s", "http://example.org/p": ' + '{"@list": [' * 5000 + '"x"'
                    + "]}" * 5000 + "}", encoding="utf-8")
    run = cli("query", "partnerships", "--graph", str(path))
    assert run.returncode == 2 and "nested more than 100 levels" in run.stderr


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".nq"])
def test_nested_triple_terms_are_one_line_exit_2(tmp_path, suffix):
    """100,000 nested triple terms crash pyoxigraph 0.5's N-Triples and Turtle readers."""
    n = 100_000
    iri = "<http://example.org/{}>".format
    text = f"{iri('s')} {iri('p')} " + f"<<( {iri('s')} {iri('p')} " * n + iri("o") + " )>>" * n + " .\n"
    path = tmp_path / f"nested{suffix}"
    path.write_text(text, encoding="utf-8")
    _one_line_exit_2(run_cli("query", "partnerships", "--graph", str(path)), "triple terms", "refused")


def test_triple_term_marks_inside_strings_iris_and_comments_do_not_count():
    text = b'<http://e/s> <http://e/p> "<<<<<<" . # >> << <<\n<http://e/s> <http://e/p> """<<\n<<""" .\n'
    assert triple_term_depth(text) == 0
    assert triple_term_depth(b"<< <http://e/s> <http://e/p> <<( <http://e/a> <http://e/b> <http://e/c> )>> >> "
                             b"<http://e/q> <http://e/o> .") == 2


def test_deeply_nested_turtle_collections_load(tmp_path):
    """The Turtle reader keeps its own stack for collections and blank nodes: no guard is needed, and
    100,000 nested collections load (in a fresh process, where a crash would show)."""
    n = 100_000
    path = tmp_path / "lists.ttl"
    path.write_text("@prefix : <http://example.org/> .\n:s :p " + "(" * n + ":o" + ")" * n + " .\n"
                    ":s :q " + "[ :p " * n + ":o" + " ]" * n + " .\n", encoding="utf-8")
    proc = run_cli("query", "partnerships", "--graph", str(path), "--format", "csv")
    assert proc.returncode == 0, proc.stderr[-500:]


def test_a_deeply_nested_query_is_one_line_exit_2(tmp_path, graph_ttl):
    rq = tmp_path / "deep.rq"
    rq.write_text("SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * 100_000 + "1" + ")" * 100_000 + ") }\n",
                  encoding="utf-8")
    _one_line_exit_2(run_cli("query", str(rq), "--graph", str(graph_ttl)), str(rq), "nested", "refused")
    groups = "SELECT * WHERE " + "{ " * 50 + "?s ?p ?o" + " }" * 50
    assert query_depth(groups) == 50 and query_depth('SELECT * WHERE { ?s ?p "(((((" } # {{{{') == 1
