"""Bounds on what an input may hold, set for one run (the command line's --max-input-size and --timeout)."""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Limits:
    """Bounds on what an input may hold, so that no file can make the tool hang or run out of memory.

    Set for a run with ``using_limits(...)`` (the command line's --max-input-size and --timeout)."""

    max_input_size: int = 20 * 1024 * 1024  # bytes of one YAML, text, --graph file or endpoint answer
    max_yaml_nodes: int = 200_000  # YAML values in one file, aliases expanded (an alias bomb stops here)
    max_depth: int = 100  # nesting of YAML or JSON values
    max_string: int = 1_000_000  # characters of one YAML string
    max_errors: int = 50  # curation errors reported in one run
    timeout: float = 30.0  # seconds to wait for a network answer


#: The limits of the run in progress: a context variable (like decimal's context), set only by
#: ``using_limits`` and restored after, so concurrent runs in threads each see their own.
_LIMITS: ContextVar[Limits] = ContextVar("migration_kg_limits", default=Limits())


def limits() -> Limits:
    """The limits in force."""
    return _LIMITS.get()


@contextmanager
def using_limits(**changes):
    """Limits changed for the duration of a ``with`` block (restored after)."""
    token = _LIMITS.set(replace(_LIMITS.get(), **changes))
    try:
        yield _LIMITS.get()
    finally:
        _LIMITS.reset(token)
