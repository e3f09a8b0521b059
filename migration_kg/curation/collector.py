"""Every curation error of a run, gathered so that all of them are reported at once."""

from __future__ import annotations

from contextlib import contextmanager

from migration_kg.errors import CurationError, CurationErrors
from migration_kg.limits import limits


class Collector:
    """Gathers the CurationErrors of a run so that all of them are reported at once.

    ``with collector.entry(): ...`` checks one entry: a CurationError (or CurationErrors) raised in
    it is kept and the run goes on with the next entry. ``check()`` raises one CurationErrors when
    anything was kept. At ``limit`` errors the run stops at once (a CurationErrors with the first
    ``limit``)."""

    def __init__(self, limit: int | None = None):
        self.limit = limit if limit is not None else limits().max_errors
        self.errors: list[CurationError] = []

    def add(self, error: CurationError) -> None:
        new = error.errors if isinstance(error, CurationErrors) else [error]
        self.errors.extend(e for e in new if not getattr(e, "consequence", False))
        if isinstance(error, CurationErrors) and error.truncated or len(self.errors) >= self.limit:
            raise CurationErrors(self.errors[:self.limit], truncated=True)

    @contextmanager
    def entry(self):
        try:
            yield
        except CurationError as exc:
            self.add(exc)

    def __bool__(self) -> bool:
        return bool(self.errors)

    def check(self) -> None:
        if self.errors:
            raise CurationErrors(self.errors)
