"""Refresh the package's bundled seed (migration_kg/seed/) from the working graph/.

The bundled seed is the seed report alone: its source folder and the registry entries it uses
(entries only other reports use are blanked line for line, so line numbers match graph/'s). Run it
after correcting the seed report in graph/; tests/test_seed_bundle.py fails while the two differ and
graph/ holds the seed report only.

    python scripts/update_seed.py
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import seed  # noqa: E402


def main() -> int:
    target = ROOT / "migration_kg" / "seed"
    with tempfile.TemporaryDirectory() as scratch:
        fresh = seed.seed_only_copy(ROOT / "graph", Path(scratch) / "seed")
        (fresh / "CURATION.md").unlink(missing_ok=True)
        if target.is_symlink():
            target.unlink()
        elif target.exists():
            shutil.rmtree(target)
        shutil.copytree(fresh, target)
    print(f"Wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
