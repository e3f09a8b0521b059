"""The data checks: every ``queries/*-violation.rq`` of the library run on the built store; a check
that returns rows fails the build."""

from __future__ import annotations

from migration_kg.query.results import compact
from migration_kg.query.sparql import QueryFile, Rows, library, rows_of


def failures(store) -> list[tuple[QueryFile, Rows]]:
    """Every data check of the library (``*-violation.rq``) on the store: [(query, rows)] for the
    checks that found rows (the library's own files, run without the safety check)."""
    failures = []
    for query in library().values():
        if query.is_check:
            rows = rows_of(store.solutions(query.text))
            if rows.rows:
                failures.append((query, rows))
    return failures


def format_failures(failures) -> str:
    """The data checks (``*-violation.rq``) that returned rows, with up to 20 rows each."""
    lines = [f"data checks failed: {len(failures)} check(s) returned rows"]
    for query, rows in failures:
        lines.append(f"  {query.name}: {query.question}")
        for row in rows.rows[:20]:
            lines.append("    " + "  ".join(compact(c) if c is not None else "-" for c in row))
        if len(rows.rows) > 20:
            lines.append(f"    ... and {len(rows.rows) - 20} more")
    return "\n".join(lines)

