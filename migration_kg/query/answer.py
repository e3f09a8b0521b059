"""A query's answer written where the user asked: the human formats (table, markdown) with names for
IRIs and through a pager on a terminal, the formats for tools as they are, spreadsheets as bytes."""

from __future__ import annotations

import sys
from pathlib import Path

#: Formats people read: names instead of IRIs, a pager on a terminal.
HUMAN = ("table", "markdown")


def table_width(out: Path | None) -> int | None:
    """The terminal's width when the table goes to one; None (a fixed width, the same wherever the
    command runs: migration_kg.query.results.FILE_WIDTH) for a file or a pipe."""
    import shutil

    if out is None and sys.stdout.isatty():
        return max(shutil.get_terminal_size().columns, 20)
    return None


def write_answer(rows, fmt: str, out: Path | None, *, run, limit=None, headers=True, full=False, iris=False,
                 short=False, pager=True, write, write_bytes) -> None:
    """Render ``rows`` in ``fmt`` and write them to ``out`` (standard output when None) with
    ``write(text, out)`` or ``write_bytes(data, out)``; ``run(query) -> Rows`` names the IRIs."""
    from migration_kg.query.results import render

    labels = None
    if fmt in HUMAN and not (iris or full):
        from migration_kg.query.labels import names
        from migration_kg.query.sparql import Rows

        shown = rows if limit is None else Rows(rows.variables, rows.rows[:limit])
        labels = names(shown, run)
    text = render(rows, fmt, limit=limit, headers=headers, full=full, iris=iris, short=short, labels=labels,
                  width=table_width(out))
    if out is None and fmt in HUMAN:
        from migration_kg.query.pager import show

        show(text, enabled=pager)
    else:
        write(text, out)
