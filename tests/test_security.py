"""The claims of docs/security.md that no other test file checks: no code runs from data (YAML
tags, the package's own source), SPARQL updates are refused, and a build writes only in --out."""

from __future__ import annotations

import ast
import hashlib

import pytest

from tests import paths
from tests.conftest import cli

PACKAGE = paths.ROOT / "migration_kg"


@pytest.mark.parametrize("tag", ["!!python/object/apply:os.system", "!!python/object/new:os.system",
                                 "!!python/name:os.system"])
def test_yaml_tags_that_would_run_code_are_refused(graph_copy, tmp_path, tag):
    marker = tmp_path / "ran"
    registry = graph_copy / "registry" / "organisations.yaml"
    registry.write_text(registry.read_text(encoding="utf-8")
                        + f"\n- id: evil\n  kind: organisation\n  label: {tag} [\"touch {marker}\"]\n",
                        encoding="utf-8")
    proc = cli("build", "--data", str(graph_copy), "--out", str(tmp_path / "out"), "--quiet")
    assert proc.returncode == 2, proc.stderr
    assert "organisations.yaml" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert not marker.exists() and not (tmp_path / "out").exists()


_FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__"}
_FORBIDDEN_ATTRIBUTES = {("yaml", "load"), ("yaml", "unsafe_load"), ("yaml", "full_load"), ("pickle", "load"),
                         ("pickle", "loads"), ("marshal", "loads"), ("os", "system"), ("os", "popen")}


def test_the_package_never_evaluates_code():
    """No eval/exec/compile, no unsafe YAML or pickle loading, no shell: nothing in the data can
    become code (subprocess runs only the `oxigraph` executable, with a list of arguments)."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id in _FORBIDDEN_CALLS:
                found.append(f"{path.name}:{node.lineno} {func.id}()")
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
                    and (func.value.id, func.attr) in _FORBIDDEN_ATTRIBUTES:
                found.append(f"{path.name}:{node.lineno} {func.value.id}.{func.attr}()")
            to_subprocess = isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
                and func.value.id == "subprocess"
            if to_subprocess and any(k.arg == "shell" and not (isinstance(k.value, ast.Constant) and k.value.value is False)
                   for k in node.keywords):
                found.append(f"{path.name}:{node.lineno} shell=")
    assert found == []


@pytest.mark.parametrize("update", [
    "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "CLEAR ALL",
    "DROP GRAPH <https://w3id.org/migration-kg/graph/registry>",
    "PREFIX x: <http://x/> SELECT * WHERE { ?s ?p ?o } ; INSERT DATA { x:a x:b x:c }",
])
def test_sparql_updates_are_refused(graph_ttl, tmp_path, update):
    rq = tmp_path / "update.rq"
    rq.write_text(update + "\n", encoding="utf-8")
    before = graph_ttl.read_bytes()
    proc = cli("query", str(rq), "--graph", str(graph_ttl))
    assert proc.returncode == 2 and "updates" in proc.stderr and proc.stdout == ""
    assert graph_ttl.read_bytes() == before


def _snapshot(folder):
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_build_writes_only_in_out_and_never_in_the_data_folder(graph_copy, tmp_path):
    before = _snapshot(tmp_path)
    proc = cli("build", "--data", str(graph_copy), "--out", str(tmp_path / "out"), "--quiet", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    after = _snapshot(tmp_path)
    assert {k: v for k, v in after.items() if not k.startswith("out/")} == before
    assert sorted(k for k in after if k.startswith("out/")) == [
        "out/build.json", "out/graph.html", "out/graph.jsonld", "out/graph.nq", "out/graph.nt", "out/graph.ttl",
        "out/ontology.html", "out/void.ttl"]


@pytest.mark.parametrize("inside", [".", "out", "sources/out"])
def test_out_inside_the_data_folder_is_refused(graph_copy, inside):
    before = _snapshot(graph_copy)
    proc = cli("build", "--data", str(graph_copy), "--out", str(graph_copy / inside), "--quiet")
    assert proc.returncode == 2 and "inside the data folder" in proc.stderr
    assert _snapshot(graph_copy) == before and not (graph_copy / "out").exists()


def test_query_export_and_stats_on_a_graph_file_write_nothing(graph_ttl, tmp_path):
    for args in (["query", "partnerships"], ["stats"], ["export", "--format", "ttl"]):
        proc = cli(*args, "--graph", str(graph_ttl), cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", ["candidates", "propose"])
def test_candidates_and_propose_without_write_change_nothing(graph_copy, tmp_path, command):
    from tests.conftest import DOC_ID

    before = _snapshot(graph_copy)
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    proc = cli(command, DOC_ID, "--data", str(graph_copy), cwd=cwd)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout  # it printed what it found
    assert _snapshot(graph_copy) == before and list(cwd.iterdir()) == []


def test_every_test_docs_security_names_exists():
    """docs/security.md says which test checks each claim: a renamed or removed test fails here."""
    import re

    text = (paths.ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    named, current = [], None
    for m in re.finditer(r"`(tests/\w+\.py)(?:::(\w+))?`|`::(\w+)`", text):
        if m.group(1):
            current = m.group(1)
        name = m.group(2) or m.group(3)
        if name:
            named.append((current, name))
    assert len(named) > 20
    missing = [f"{file}::{name}" for file, name in named
               if not re.search(rf"^(async )?def {name}\(", (paths.ROOT / file).read_text(encoding="utf-8"), re.M)]
    assert missing == []
