"""A build's summary stays about a screen long whatever the corpus; `validate` lists every finding.

A 1,000-report corpus used to print some 5,000 lines after a build (every weak quote twice, every
registry comment, every document a stray name appears in). The build now shows the first ten items of
each list and how many more there are, and names the command that lists them all.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from migration_kg.cli import SUMMARY_ITEMS, main

REPORTS = 12  # two weak quotes per report: more than SUMMARY_ITEMS


@pytest.fixture(scope="module")
def corpus(corpora) -> Path:
    return corpora(REPORTS)


def _section(err: str, heading: str) -> list[str]:
    lines = err.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(heading))
    items = []
    for line in lines[start + 1:]:
        if not line.startswith("  "):
            break
        items.append(line)
    return items


def test_a_builds_summary_shows_ten_of_each_list_and_how_many_more(corpus, tmp_path, capsys):
    assert main(["build", "--data", str(corpus), "--out", str(tmp_path / "out"), "--verbose"]) == 0
    err = capsys.readouterr().err
    quotes = _section(err, "Quotes that are short")
    assert len(quotes) == SUMMARY_ITEMS + 1
    assert quotes[-1] == f"  ... and {2 * REPORTS - SUMMARY_ITEMS} more (`migration-kg validate` lists them all)"
    warnings = [line for line in err.splitlines() if line.startswith("warning:")]
    assert len(warnings) == SUMMARY_ITEMS + 1 and "more quotes" in warnings[-1]
    names = _section(err, "Names and acronyms in the text")
    assert all(line.count("; in ") <= 2 for line in names)  # three documents at most per name
    assert any(line.endswith("more documents") for line in names)
    assert len(err.splitlines()) < 90


def test_validate_lists_every_finding(corpus, capsys):
    assert main(["validate", "--data", str(corpus)]) == 0
    err = capsys.readouterr().err
    quotes = _section(err, "Quotes that are short")
    assert len(quotes) == 2 * REPORTS and not any("more (" in line for line in quotes)
    assert len([line for line in err.splitlines() if line.startswith("warning:")]) == 2 * REPORTS
    assert not any(line.endswith("more documents") for line in _section(err, "Names and acronyms in the text"))
