"""A normal install works wherever it runs: the wheel carries the ontology, shapes, queries,
templates and the seed data, found with importlib.resources (end to end, in a fresh venv)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests import paths

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel, built offline (the test environment's setuptools, no build isolation) from a copy of
    the source tree, so that two test workers never share its build/ folder."""
    source = tmp_path_factory.mktemp("source") / "migration-kg"
    anywhere = shutil.ignore_patterns(".git", ".venv", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis")

    def ignore(folder, names):  # out/ and build/ at the top only: migration_kg/build is the pipeline
        return anywhere(folder, names) | ({"out", "build", "dist"} & set(names) if Path(folder) == paths.ROOT else set())

    shutil.copytree(paths.ROOT, source, symlinks=True, ignore=ignore)
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                           "-w", str(out), str(source)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, f"pip wheel failed: {proc.stderr.strip()[-2000:]}"
    return next(out.glob("migration_kg-*.whl"))


def test_the_wheel_carries_the_package_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ("migration_kg/ontology/migration-kg.ttl", "migration_kg/ontology/shapes.ttl",
                     "migration_kg/queries/partnerships.rq", "migration_kg/queries/internal/names.rq",
                     "migration_kg/templates/view.html", "migration_kg/seed/registry/organisations.yaml",
                     "migration_kg/seed/sources/unitar-2007-03-07-building-partnerships/source.txt"):
        assert required in names, required


def test_installed_wheel_builds_and_answers_from_an_unrelated_folder(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    # the dependencies come from the test environment (no network); the package only from the wheel
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(site)
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # the package from the wheel only

    def run(*args):
        return subprocess.run([str(python), "-m", "migration_kg.cli", *args], capture_output=True, text=True,
                              cwd=work, timeout=300, env=env)

    located = subprocess.run([str(python), "-c", "import migration_kg; print(migration_kg.__file__)"],
                             capture_output=True, text=True, cwd=work, env=env)
    assert located.stdout.startswith(str(site)), located.stdout + located.stderr
    built = run("build", "--seed")
    assert built.returncode == 0, built.stderr
    assert (work / "out" / "graph.ttl").is_file() and (work / "out" / "build.json").is_file()
    listed = run("queries")
    assert listed.returncode == 0 and "partnerships" in listed.stdout, listed.stderr
    answered = run("query", "partnerships", "--seed", "--format", "csv")
    assert answered.returncode == 0, answered.stderr
    assert answered.stderr == ""  # the build in ./out is current: reused, not rebuilt
    assert "International Organization for Migration" in answered.stdout
    nothing = run("build")
    assert nothing.returncode == 2 and "--seed" in nothing.stderr and "Traceback" not in nothing.stderr
