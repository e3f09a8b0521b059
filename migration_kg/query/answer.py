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
                 short=False, pager=True, write, write_bytes, name: str = "answer") -> None:
    """Render ``rows`` in ``fmt`` and write them to ``out`` (standard output when None) with
    ``write(text, out)`` or ``write_bytes(data, out)``; ``run(query) -> Rows`` names the IRIs;
    ``name``: the query's, for the workbook's sheet."""
    from migration_kg.errors import UsageError
    from migration_kg.query.results import BINARY, render
    from migration_kg.query.sparql import Rows

    if fmt in BINARY:
        if out is None and sys.stdout.isatty():
            raise UsageError(f"--format {fmt} writes a binary file: give --out FILE (or redirect the output)")
        from migration_kg.query.spreadsheet import workbook

        shown = rows if limit is None else Rows(rows.variables, rows.rows[:limit])
        write_bytes(workbook([(name, shown)], headers=headers), out)
        return

    labels = None
    if fmt in HUMAN and not (iris or full):
        from migration_kg.query.labels import names

        shown = rows if limit is None else Rows(rows.variables, rows.rows[:limit])
        labels = names(shown, run)
    text = render(rows, fmt, limit=limit, headers=headers, full=full, iris=iris, short=short, labels=labels,
                  width=table_width(out))
    if out is None and fmt in HUMAN:
        from migration_kg.query.pager import show

        show(text, enabled=pager)
    else:
        write(text, out)
