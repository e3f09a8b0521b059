"""The build's outputs: files, summary, byte-identical reruns."""

from __future__ import annotations

import subprocess
import sys

from rdflib import Graph

from tests import paths
from tests.conftest import run_cli


def test_build_writes_three_serialisations_that_parse_to_the_same_graph(built, graph):
    ttl = Graph().parse(built.outputs["graph.ttl"], format="turtle")
    nt = Graph().parse(built.outputs["graph.nt"], format="nt")
    jsonld = Graph().parse(built.outputs["graph.jsonld"], format="json-ld")
    assert len(ttl) == len(nt) == len(jsonld) == len(graph) == len(built.store)
    assert len(ttl) > 5000


def test_two_builds_in_separate_processes_are_byte_identical(tmp_path):
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}"
        proc = subprocess.run([sys.executable, str(paths.ROOT / "build_graph.py"), "--out", str(out), "--quiet"],
                              capture_output=True, text=True, env={"PYTHONHASHSEED": seed, "PATH": ""},
                              cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        outs.append(out)
    for name in ("graph.ttl", "graph.nt", "graph.jsonld", "graph.nq", "graph.html", "build.json", "void.ttl",
                 "ontology.html"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_build_prints_summary_counts_and_with_verbose_the_curation_report(tmp_path, seed_dir):
    proc = run_cli("build", "--data", str(seed_dir), "--out", str(tmp_path / "o"), "--verbose")
    assert proc.returncode == 0, proc.stderr
    out = proc.stderr  # what the build did goes to standard error; standard output stays empty
    for heading in ("Entities:", "organisation", "person", "country", "topic", "Statements:",
                    "Partnerships:", "Mentions:", "Validation: SHACL conforms; data checks pass"):
        assert heading in out
    # the seed registers one project its text never names: listed, one per line, with kind and label
    assert ("Registry entities never mentioned in any source (1):\n  undp-prsp-comparison (project): comparison of "
            "experiences with the mainstreaming of migration into national PRSPs\n") in out
    assert "Every registry entity is mentioned" not in out
    assert proc.stdout == ""


def test_turtle_has_no_blank_nodes(built):
    assert b"_:" not in built.outputs["graph.nt"].read_bytes()


def test_a_changed_page_template_makes_the_last_build_stale(tmp_path, monkeypatch, seed_dir):
    """graph.html and ontology.html come from the package's templates: a build made with other
    templates (an upgrade, an edited checkout) is not reused."""
    import shutil

    from migration_kg import resources
    from migration_kg.build.cache import input_digest

    before = input_digest(seed_dir)
    package = tmp_path / "migration_kg"  # the package's data files, copied
    for name in ("ontology", "queries", "templates"):
        shutil.copytree(resources.package_dir(name), package / name)
    monkeypatch.setattr(resources, "package_dir", lambda name: (package / name).resolve())
    assert input_digest(seed_dir) == before
    view = package / "templates" / "view.js"
    view.write_text(view.read_text(encoding="utf-8") + "\n// changed\n", encoding="utf-8")
    assert input_digest(seed_dir) != before
