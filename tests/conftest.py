"""Shared fixtures: one build of the real graph per test session, and a scratch copy of graph/."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from migration_kg import paths
from migration_kg.build import BuildResult, build

TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"
DOC_ID = "unitar-2007-03-07-building-partnerships"
SOURCE_DIR = paths.GRAPH_DIR / "sources" / DOC_ID


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> BuildResult:
    """The seed graph, built once into a temporary folder."""
    return build(paths.GRAPH_DIR, tmp_path_factory.mktemp("out"))


@pytest.fixture(scope="session")
def graph_ttl(built) -> Path:
    return built.outputs["graph.ttl"]


@pytest.fixture
def graph_copy(tmp_path) -> Path:
    """A scratch copy of graph/ that a test may break."""
    target = tmp_path / "graph"
    shutil.copytree(paths.GRAPH_DIR, target)
    return target


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run `python -m migration_kg.cli ARGS` in a fresh process, capturing stdout and stderr apart."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "migration_kg.cli", *args], capture_output=True,
                          text=True, cwd=cwd or paths.ROOT, env=full_env, timeout=300)
