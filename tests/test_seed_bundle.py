"""The seed the package bundles (migration_kg/seed/, what --seed reads) is the seed report alone, in
every install mode, and matches the repository's graph/ while graph/ holds nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from migration_kg import resources
from tests.records import load
from tests import paths, seed


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.suffix in (".yaml", ".txt")}


def test_the_bundled_seed_is_its_own_folder_with_the_seed_report_only():
    bundled = resources.seed_dir()
    assert not bundled.is_symlink() and paths.GRAPH_DIR.resolve() not in bundled.resolve().parents
    assert bundled.resolve() != paths.GRAPH_DIR.resolve()
    assert [d.id for d in load(bundled).documents] == [seed.DOC_ID]


def test_the_bundled_seed_matches_graph_while_graph_holds_the_seed_alone():
    if seed.other_documents(paths.GRAPH_DIR):
        pytest.skip("graph/ holds more reports than the seed: the bundled seed is compared with the repository's")
    assert _files(resources.seed_dir()) == _files(paths.GRAPH_DIR), \
        "migration_kg/seed/ differs from graph/: run python scripts/update_seed.py"
