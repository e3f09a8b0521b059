"""Every benchmark runs as the docs say, ``python benchmarks/<script>.py``, from outside the checkout
and without PYTHONPATH, on its smallest size (a smoke run: the figures are not checked)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests import paths

pytestmark = pytest.mark.slow

RUNS = {
    "agreement_benchmark.py": ["--pair", str(paths.ROOT / "graph"), str(paths.ROOT / "graph")],
    "assist_benchmark.py": [str(paths.ROOT / "graph")],
    "corpus.py": ["--reports", "2", "--out", "{tmp}/corpus"],
    "corpus_benchmark.py": ["--sizes", "10"],
    "seed_benchmark.py": ["--runs", "1"],
    "propose_benchmark.py": [],
    "servers_benchmark.py": ["--sizes", "2"],
    "view_benchmark.py": ["--sizes", "100", "--repeat", "1"],
}


def test_every_benchmark_is_smoke_tested():
    assert sorted(RUNS) == sorted(p.name for p in (paths.ROOT / "benchmarks").glob("*.py"))


@pytest.mark.parametrize("script", sorted(RUNS))
def test_the_benchmark_runs(script, tmp_path):
    if script == "view_benchmark.py" and shutil.which("chromium") is None:
        pytest.skip("chromium not installed: apt-get install -y chromium")
    if script == "servers_benchmark.py" and shutil.which("virtuoso-t") is None:
        pytest.skip("Virtuoso not installed: apt-get install -y virtuoso-opensource")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    args = [a.format(tmp=tmp_path) for a in RUNS[script]]
    done = subprocess.run([sys.executable, str(paths.ROOT / "benchmarks" / script), *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() or list(tmp_path.iterdir()), "the benchmark printed or wrote nothing"
