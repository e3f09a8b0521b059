"""No dead code in the package: vulture at 80% confidence reports nothing, except the names
tests/vulture_whitelist.py lists with the reason each stays."""

from __future__ import annotations

import pytest
import subprocess
import sys

from tests import paths

pytestmark = pytest.mark.slow


def test_vulture_finds_no_dead_code():
    found = subprocess.run([sys.executable, "-m", "vulture", "migration_kg", "tests/vulture_whitelist.py",
                            "--min-confidence", "80"], capture_output=True, text=True, cwd=paths.ROOT, timeout=120)
    assert found.returncode == 0, found.stdout + found.stderr


def test_vulture_reports_dead_code(tmp_path):
    (tmp_path / "dead.py").write_text("import os\n\n\ndef f():\n    return 1\n    print('never')\n", encoding="utf-8")
    found = subprocess.run([sys.executable, "-m", "vulture", str(tmp_path), "--min-confidence", "80"],
                           capture_output=True, text=True, timeout=120)
    assert found.returncode != 0 and "unused import 'os'" in found.stdout and "unreachable code" in found.stdout
