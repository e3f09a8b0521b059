"""The docs are generated from the code and kept current: a stale sample, an undocumented command,
option or query fails here. Regenerate with
`cog -I . -r docs/commands.md docs/queries.md docs/curation-walkthrough.md` (the walkthrough runs the
curator's commands on a scratch copy of the seed: scripts/walkthrough.py)."""

from __future__ import annotations

import re

import pytest

from migration_kg.query.sparql import library
from scripts.docgen import subcommands
from tests import paths

pytestmark = pytest.mark.slow

DOCS = paths.ROOT / "docs"
GENERATED = ["commands.md", "queries.md", "curation-walkthrough.md"]


@pytest.mark.parametrize("name", GENERATED)
def test_generated_docs_are_current(name):
    from cogapp import Cog

    cog = Cog()
    code = cog.main(["cog", "-I", str(paths.ROOT), "--check", str(DOCS / name)])
    assert code == 0, f"docs/{name} is stale: run `cog -I . -r docs/{name}`"


def test_every_command_and_option_is_documented():
    text = (DOCS / "commands.md").read_text(encoding="utf-8")
    import click

    _, commands = subcommands()
    for name, command in commands.items():
        assert f"## {name}\n" in text, f"command {name} is not in docs/commands.md"
        section = text.split(f"## {name}\n", 1)[1].split("\n## ", 1)[0]
        for param in command.params:
            if not isinstance(param, click.Option):
                continue
            for option in [*param.opts, *param.secondary_opts]:
                assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", section), \
                    f"{name} {option} is not in docs/commands.md"
            if not param.help:
                pytest.fail(f"{name} {param.opts[0]} has no help text")


def test_every_query_is_documented_with_a_sample():
    text = (DOCS / "queries.md").read_text(encoding="utf-8")
    for name, query in library().items():
        assert f"### {name}\n" in text, f"query {name} is not in docs/queries.md"
        section = text.split(f"### {name}\n", 1)[1].split("\n### ", 1)[0]
        assert f"migration-kg query {name}" in section
        if not query.is_check:
            has_rows = "|---|" in section
            across = "needs two or more reports" in section and re.search(r"more than one report|two or more reports|"
                                                                           r"several reports|each report",
                                                                           query.question)
            assert has_rows or across, f"query {name} has no sample rows"


def test_the_readme_names_only_real_commands_and_pages():
    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    _, commands = subcommands()
    for used in re.findall(r"migration-kg ([a-z][a-z-]+)", readme):
        assert used in commands, f"README uses `migration-kg {used}`, which does not exist"
    for link in re.findall(r"\]\(((?:docs|graph)/[^)#]+)\)", readme):
        assert (paths.ROOT / link).is_file(), f"README links to {link}, which does not exist"
    two = re.findall(r"```sh\n(.*?)\n```", readme, re.S)[:2]
    assert all("python3 -m venv .venv" in c and "pip install -e '.[test]'" in c for c in two)
    assert "python build_graph.py" in two[0] and two[1].endswith("python -m pytest -q -n auto")


def test_ci_runs_the_readmes_test_command():
    ci = (paths.ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python3 -m venv .venv" in ci and "pip install --quiet -e '.[test]'" in ci and "&& python -m pytest -q -n auto\n" in ci
    # then the same suite on a graph/ grown by the invented reports, in the environment just made
    assert ci.rstrip().endswith("\nbash scripts/ci_more_reports.sh -n auto")
