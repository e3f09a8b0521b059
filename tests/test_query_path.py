"""Answers in a blink: a question on a current build loads graph.nq with pyoxigraph and imports no
rdflib, pySHACL, networkx or pyvis (end to end, in a fresh interpreter, since imports are global)."""

from __future__ import annotations

import pytest
import subprocess
import sys

from tests import paths

pytestmark = pytest.mark.slow

HEAVY = ("rdflib", "pyshacl", "pyshacl_turbo", "networkx", "pyvis", "matplotlib")


def test_a_question_on_a_current_build_imports_no_heavy_library(tmp_path):
    out = tmp_path / "out"
    built = subprocess.run([sys.executable, "-m", "migration_kg.cli", "build", "--data", str(paths.GRAPH_DIR),
                            "--out", str(out), "--quiet"], capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    script = (
        "import sys, io, contextlib\n"
        "from migration_kg.cli import main\n"
        "buf = io.StringIO()\n"
        "with contextlib.redirect_stdout(buf):\n"
        f"    code = main(['query', 'partnerships', '--data', {str(paths.GRAPH_DIR)!r}, '--build-dir', {str(out)!r},"
        " '--format', 'csv'])\n"
        f"loaded = sorted(m for m in {HEAVY!r} if m in sys.modules)\n"
        "print(code, len(buf.getvalue().splitlines()), ','.join(loaded) or '-')\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    code, lines, loaded = proc.stdout.split()
    assert code == "0" and int(lines) > 5
    assert loaded == "-", f"the query path imported {loaded}"
    assert "rebuilding" not in proc.stderr  # the build was current: reused, not rebuilt
