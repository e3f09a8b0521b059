"""Progress on long work: every step of a corpus build reports how far it is, a terminal shows a bar
per step on standard error, and nothing of it reaches a pipe or a log file.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from migration_kg.build import build
from migration_kg.cli import main
from migration_kg.stores import StoreSpec
from tests.conftest import broken_copy

REPORTS = 6


@pytest.fixture(scope="module")
def corpus(corpora) -> Path:
    return corpora(REPORTS)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_each_step_reports_its_progress(corpus, small_parts, tmp_path):
    calls: list[tuple[int, int, str]] = []
    build(corpus, None, store=StoreSpec(tmp_path / "store"), workers=2,
          progress=lambda done, total, step: calls.append((done, total, step)))
    steps = list(dict.fromkeys(step for _, _, step in calls))
    assert steps == ["documents", "SHACL", "store on disk"]
    for step in steps:
        mine = [(d, t) for d, t, s in calls if s == step]
        assert [d for d, _ in mine] == sorted(d for d, _ in mine), step  # never goes back
        assert mine[-1][0] == mine[-1][1], f"{step} ends complete"
    assert [d for d, _, s in calls if s == "documents"] == list(range(1, REPORTS + 1))
    assert [(d, t) for d, t, s in calls if s == "SHACL"] == [(i, REPORTS) for i in range(1, REPORTS + 1)]


def test_a_terminal_sees_a_bar_per_step_on_standard_error(corpus, small_parts, tmp_path, monkeypatch, capsys):
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    code = main(["build", "--data", str(corpus), "--out", str(tmp_path / "out")])
    assert code == 0
    shown = terminal.getvalue()
    assert "documents" in shown and "SHACL" in shown
    assert "documents" not in capsys.readouterr().out  # standard output stays data


def test_a_pipe_sees_no_bar(corpus, small_parts, tmp_path, monkeypatch):
    piped = io.StringIO()
    monkeypatch.setattr(sys, "stderr", piped)
    assert main(["build", "--data", str(corpus), "--out", str(tmp_path / "out")]) == 0
    shown = piped.getvalue()
    assert "SHACL" in shown  # the summary's "Validation: SHACL conforms"
    assert "━" not in shown and "\x1b[" not in shown and "SHACL ━" not in shown
    assert not any(line.startswith("documents") for line in shown.splitlines())


def test_a_failed_build_takes_its_bar_down(corpus, tmp_path, monkeypatch):
    import threading

    broken = broken_copy(corpus, tmp_path, [4])
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["build", "--data", str(broken), "--out", str(tmp_path / "out")]) == 2
    assert "publisherr" in terminal.getvalue()
    assert not [t for t in threading.enumerate() if type(t).__name__ == "_RefreshThread"], "a bar is still drawn"
