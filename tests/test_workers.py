"""The build's worker processes: what goes wrong in one of them reaches the user as it would from one
process, and no worker outlives the build.

Worker ``i`` of ``n`` reads documents ``i, i + n, ...`` and hands its parts back in order (the
processor reaches it once, with the fork). tests/test_stores.py shows that one or two workers give
the same store.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from pathlib import Path

import pytest

from migration_kg.build import pipeline as build_module
from migration_kg.build.workers import parts_in_order
from migration_kg.build import build
from migration_kg.cli import main
from migration_kg.errors import CurationError, InputTooLarge
from migration_kg.limits import using_limits
from tests.conftest import broken_copy

pytestmark = pytest.mark.slow

REPORTS = 8


@pytest.fixture(scope="module")
def corpus(corpora) -> Path:
    return corpora(REPORTS)


def _children() -> list:
    return [p for p in mp.active_children()]


def test_an_input_too_large_in_a_worker_is_the_same_one_line_error(corpus, tmp_path, capsys):
    import shutil

    large = tmp_path / "graph"
    shutil.copytree(corpus, large)
    source = sorted((large / "sources").iterdir())[5] / "source.txt"
    limit = max(p.stat().st_size for p in large.rglob("*") if p.is_file())
    source.write_text(source.read_text(encoding="utf-8") + "\n" * (limit + 1), encoding="utf-8")
    with using_limits(max_input_size=limit), pytest.raises(InputTooLarge) as raised:
        build(large, None, workers=2)
    assert str(source) in str(raised.value) and "above the input size limit" in str(raised.value)
    assert _children() == []
    code = main(["--max-input-size", str(limit), "build", "--data", str(large), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2 and "above the input size limit" in err and "Traceback" not in err


def test_curation_errors_from_both_workers_are_reported_together(corpus, tmp_path):
    broken = broken_copy(corpus, tmp_path, [2, 5])  # one for each worker
    folders = sorted((broken / "sources").iterdir())
    with pytest.raises(CurationError) as raised:
        build(broken, None, workers=2)
    message = str(raised.value)
    assert folders[2].name in message and folders[5].name in message
    assert _children() == []


def test_a_worker_that_dies_stops_the_build_with_a_message(corpus, monkeypatch):
    real = build_module.DocumentProcessor.__call__

    def dies_on_the_fourth(self, folder):
        if folder.endswith("0004"):
            os._exit(3)  # as if the kernel had killed it
        return real(self, folder)

    monkeypatch.setattr(build_module.DocumentProcessor, "__call__", dies_on_the_fourth)
    with pytest.raises(RuntimeError, match=r"a worker process ended unexpectedly \(exit code 3\)"):
        build(corpus, None, workers=2)
    assert _children() == []


def test_a_build_on_the_command_line_ends_its_workers_quietly(corpus, tmp_path, capfd):
    # main() turns SIGTERM into Ctrl-C; a worker must not inherit that and print a traceback when
    # the build stops it (file descriptors are captured: the workers write to them directly)
    for round_ in range(3):
        assert main(["build", "--data", str(corpus), "--out", str(tmp_path / f"out{round_}")]) == 0
    err = capfd.readouterr().err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert _children() == []


def test_workers_leave_ctrl_c_to_the_build_and_end_quietly_on_sigterm(corpus, monkeypatch):
    import signal

    def dispositions(self, folder):
        return build_module.DocPart(doc_id=f"{signal.getsignal(signal.SIGINT)}|{signal.getsignal(signal.SIGTERM)}")

    monkeypatch.setattr(build_module.DocumentProcessor, "__call__", dispositions)
    previous = signal.signal(signal.SIGTERM, lambda *_: None)  # as main() does, for the command
    try:
        parts = list(parts_in_order(sorted((corpus / "sources").iterdir()), build_module.DocumentProcessor.__new__(
            build_module.DocumentProcessor), workers=2))
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert {p.doc_id for p in parts} == {f"{signal.SIG_IGN}|{signal.SIG_DFL}"}
    assert _children() == []
