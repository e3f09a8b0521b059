"""The README's commands work as written in a fresh folder after `migration-kg build --seed`: later
commands use the build in ./out and the data it was made from (build.json records it)."""

from __future__ import annotations

import json
import re
import shlex

from tests import paths
from tests.conftest import cli


def readme_commands() -> list[list[str]]:
    text = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("## Five useful commands", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    return [shlex.split(line, comments=True) for line in block.splitlines() if line.strip()]


def test_readme_commands_answer_in_a_fresh_folder_after_build_seed(tmp_path):
    built = cli("build", "--seed", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    # the analyst sees counts, not the curator's report
    assert "Partnerships: 12" in built.stderr and "match no registry entry" not in built.stderr
    assert json.loads((tmp_path / "out" / "build.json").read_text())["data"] == {"seed": True}
    commands = readme_commands()
    assert len(commands) >= 5
    for words in commands:
        assert words[0] == "migration-kg"
        proc = cli(*words[1:], cwd=tmp_path)
        assert proc.returncode == 0, (words, proc.stderr)
        assert "rebuilding" not in proc.stderr, words  # the build in ./out is reused
        out = words[words.index("--out") + 1] if "--out" in words else None
        if out is None:
            assert proc.stdout.strip(), words
        else:
            assert (tmp_path / out).stat().st_size > 0, words
    partnerships = cli("query", "partnerships", cwd=tmp_path).stdout
    assert re.search(r"\(11 rows", partnerships)


def test_build_verbose_prints_the_curators_report(tmp_path):
    proc = cli("build", "--seed", "--verbose", "--force", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "match no registry entry" in proc.stderr or "never mentioned" in proc.stderr


def test_without_data_or_build_the_error_says_what_to_do(tmp_path):
    proc = cli("query", "partnerships", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: no ./graph folder here and no build in out: pass --data DIR")
