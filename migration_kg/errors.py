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
            where = _display(self.file)
            if self.line is not None:
                where += f":{self.line}"
            where += ": "
        entry = f"{self.entry}: " if self.entry else ""
        return one_line(f"{where}{entry}{self.message}")


class ValidationError(KGError):
    """The built graph does not conform to the SHACL shapes (or a data check returned rows)."""

    exit_code = 1

    def __init__(self, report: str):
        self.report = report
        super().__init__(report)


class UsageError(KGError):
    """A command was called with arguments that cannot work (unknown query, bad parameter...)."""

    exit_code = 2


def _display(path: Path) -> str:
    """Show a path relative to the working directory when it is below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def one_line(text: str) -> str:
    """Escape line breaks and control characters so a message is one safe terminal line."""
    return "".join(ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
                   for ch in text)
