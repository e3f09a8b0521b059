"""Shared fixtures: one build of the seed per test session, a scratch copy of graph/, and the
command line run in-process."""

from __future__ import annotations

import inspect
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from migration_kg import resources
from migration_kg.build import BuildResult, build
from tests import paths, seed

TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"
DOC_ID = seed.DOC_ID
SOURCE_DIR = resources.seed_dir() / "sources" / DOC_ID


def pytest_collection_modifyitems(items):
    """A test that runs the tool in a fresh process (``run_cli``, ``subprocess.run``) is ``slow``."""
    for item in items:
        function = getattr(item, "function", None)
        if function is not None and ("run_cli(" in (source := inspect.getsource(function))
                                     or "subprocess.run(" in source):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def seed_dir(tmp_path_factory) -> Path:
    """The seed report alone, as the package bundles it (``--seed``), copied once per session: what
    tests about the seed's content read, whatever graph/ holds."""
    target = tmp_path_factory.mktemp("seed") / "graph"
    shutil.copytree(resources.seed_dir(), target)
    return target


@pytest.fixture(scope="session")
def more_reports_dir(tmp_path_factory, seed_dir) -> Path:
    """The seed plus two invented reports added as a curator adds real ones (tests/more_reports.py):
    new folders, new registry files, an alias added to a seed entry. Read-only."""
    from tests.more_reports import add_more_reports

    target = tmp_path_factory.mktemp("more-reports") / "graph"
    shutil.copytree(seed_dir, target)
    return add_more_reports(target)


@pytest.fixture(scope="session")
def more_reports(tmp_path_factory, more_reports_dir) -> BuildResult:
    """The build of :func:`more_reports_dir`, with every output of `migration-kg build`."""
    from migration_kg.build.bundle import build_outputs

    return build(more_reports_dir, tmp_path_factory.mktemp("more-reports-out"),
                 outputs=build_outputs(more_reports_dir))


@pytest.fixture(scope="session")
def corpora(tmp_path_factory):
    """``corpora(n)``: a synthetic corpus of ``n`` reports (benchmarks/corpus.py: a registry and one
    folder per report, quotes really in the texts), made once per session. Read-only: tests that
    change files work on a copy (:func:`broken_copy`)."""
    from benchmarks.corpus import generate

    made: dict[int, Path] = {}

    def corpus(reports: int) -> Path:
        if reports not in made:
            made[reports] = generate(tmp_path_factory.mktemp(f"corpus-{reports}") / "graph", reports)
        return made[reports]

    return corpus


@pytest.fixture
def small_parts(monkeypatch):
    """SHACL parts of about one synthetic report each, so that a small corpus is validated in parts."""
    from migration_kg.checks import shacl

    monkeypatch.setattr(shacl, "PART_TRIPLES", 1_000)


def broken_copy(corpus: Path, tmp_path: Path, reports: list[int]) -> Path:
    """A copy of ``corpus`` whose reports at these positions have a misspelt key in metadata.yaml
    (``publisherr:``, a one-line curation error naming the file and line)."""
    broken = tmp_path / "graph"
    shutil.copytree(corpus, broken)
    folders = sorted((broken / "sources").iterdir())
    for index in reports:
        meta = folders[index] / "metadata.yaml"
        meta.write_text(meta.read_text(encoding="utf-8").replace("publisher:", "publisherr:", 1), encoding="utf-8")
    return broken


@pytest.fixture(scope="session")
def built(tmp_path_factory, seed_dir) -> BuildResult:
    """The seed graph, built once into a temporary folder (with every output of `migration-kg build`)."""
    from migration_kg.build.bundle import build_outputs

    return build(seed_dir, tmp_path_factory.mktemp("out"), outputs=build_outputs(seed_dir))


@pytest.fixture(scope="session")
def graph(built):
    """The seed graph as an rdflib Graph (for tests that read it triple by triple)."""
    from tests.engines import to_rdflib

    return to_rdflib(built.store)


@pytest.fixture(scope="session")
def graph_ttl(built) -> Path:
    return built.outputs["graph.ttl"]


@pytest.fixture
def graph_copy(tmp_path, seed_dir) -> Path:
    """A scratch copy of the bundled seed report that a test may break."""
    target = tmp_path / "graph"
    shutil.copytree(seed_dir, target)
    return target


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


def cli(*args: str, cwd: Path | None = None) -> Run:
    """`migration-kg ARGS` in this process (click's CliRunner): exit code, standard output and
    standard error apart. An exception the command line lets through (--debug) is raised here."""
    from click.testing import CliRunner

    from migration_kg.cli import cli as command

    previous = Path.cwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        result = CliRunner().invoke(command, list(args), prog_name="migration-kg", catch_exceptions=False)
    finally:
        os.chdir(previous)
    return Run(result.exit_code, result.stdout, result.stderr)


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run `python -m migration_kg.cli ARGS` in a fresh process (the few end-to-end tests)."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "migration_kg.cli", *args], capture_output=True,
                          text=True, cwd=cwd or paths.ROOT, env=full_env, timeout=300)


@pytest.fixture(scope="session")
def records(seed_dir):
    """The seed's checked records (registry, documents, statements, partnerships, mentions)."""
    from tests.records import load

    return load(seed_dir)
