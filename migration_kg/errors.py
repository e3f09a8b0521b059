"""Typed errors that point at the file, line and entry at fault.

Exit codes (see README): 0 ok, 1 checks failed (SHACL or data checks), 2 bad input or usage.
"""

from __future__ import annotations

from pathlib import Path


class KGError(Exception):
    """Base of every error this package raises on purpose."""

    exit_code = 2


class CurationError(KGError):
    """Bad input: malformed YAML, unknown or duplicate id, wrong kind, quote not found..."""

    exit_code = 2

    def __init__(self, message: str, file: Path | str | None = None, line: int | None = None,
                 entry: str | None = None):
        self.message = message
        self.file = Path(file) if file is not None else None
        self.line = line
        self.entry = entry
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.file is not None:
            where = display_path(self.file)
            if self.line is not None:
                where += f":{self.line}"
            where += ": "
        entry = f"{self.entry}: " if self.entry else ""
        return one_line(f"{where}{entry}{self.message}")


class CurationErrors(CurationError):
    """Several CurationErrors found in one run, sorted by file and line (``errors``); the first one's
    message, file, line and entry are this error's own. ``truncated`` tells that the checks stopped
    at the limit (migration_kg.limits.Limits.max_errors)."""

    def __init__(self, errors: list[CurationError], truncated: bool = False):
        flat: list[CurationError] = []
        for e in errors:
            flat.extend(e.errors if isinstance(e, CurationErrors) else [e])
        self.errors = sorted(flat, key=_where)
        self.truncated = truncated
        first = self.errors[0]
        super().__init__(first.message, first.file, first.line, first.entry)

    def lines(self) -> list[str]:
        """One line per error, and a last one saying the list was cut, when it was."""
        lines = [CurationError.__str__(e) for e in self.errors]
        if self.truncated:
            lines.append(f"stopped after {len(self.errors)} errors; fix these and run again for the rest")
        return lines

    def __str__(self) -> str:
        return "\n".join(self.lines())


def _where(error: CurationError) -> tuple:
    return (str(error.file) if error.file is not None else "", error.line or 0, error.entry or "",
            error.message)


class ValidationError(KGError):
    """The built graph does not conform to the SHACL shapes (or a data check returned rows)."""

    exit_code = 1

    def __init__(self, report: str):
        self.report = report
        super().__init__(report)


class UsageError(KGError):
    """A command was called with arguments that cannot work (unknown query, bad parameter...)."""

    exit_code = 2


class OutputError(UsageError):
    """An output could not be written (a file where a folder is expected, read-only, disk full...);
    nothing was replaced."""


class InputTooLarge(UsageError):
    """An input file, string or structure is above a limit (see migration_kg.limits.Limits)."""


def display_path(path: Path) -> str:
    """Show a path relative to the working directory when it is below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def one_line(text: str) -> str:
    """Escape line breaks and control characters so a message is one safe terminal line."""
    return "".join(ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
                   for ch in text)
