"""How the report gives a curated fact: stated, reported as suggested, or our inference.

Every statement and partnership may say ``status: stated | suggested | inferred`` (``stated`` when
absent). A fact that is not stated needs a one-line ``note:`` saying how it was suggested or inferred.
``short-quote-ok: <reason>`` accepts a quote that the quote-quality check (migration_kg.curation.quotecheck)
would otherwise flag.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from migration_kg.errors import CurationError
from migration_kg.curation.yamlio import clean_text, key_line, line_of

#: status value -> local name of its SKOS concept in the ontology (mkg:Stated ...).
STATUSES = {"stated": "Stated", "suggested": "Suggested", "inferred": "Inferred"}


@dataclass(frozen=True)
class Modality:
    status: str = "stated"
    note: str | None = None
    short_quote_ok: str | None = None

    @property
    def stated(self) -> bool:
        return self.status == "stated"


STATED = Modality()


def read_modality(raw: dict, path: Path, entry: str) -> Modality:
    line = line_of(raw)
    status = raw.get("status", "stated")
    if not isinstance(status, str) or status not in STATUSES:
        raise CurationError(f"status {status!r} is not one of: {', '.join(STATUSES)} (leave it out for stated)"[:300],
                            file=path, line=key_line(raw, "status"), entry=entry)
    note = raw.get("note")
    if note is not None:
        note = _one_line(note, "note", path, key_line(raw, "note"), entry)
    elif status != "stated":
        raise CurationError(f"a {status} fact needs 'note:', one line saying how the report "
                            f"{'suggests it' if status == 'suggested' else 'supports the inference'}",
                            file=path, line=line, entry=entry)
    ok = raw.get("short-quote-ok")
    if ok is not None:
        ok = _one_line(ok, "short-quote-ok (the reason the quote is enough)", path, key_line(raw, "short-quote-ok"),
                       entry)
    return Modality(status, note, ok)


def _one_line(value: object, what: str, path: Path, line: int | None, entry: str) -> str:
    if isinstance(value, str) and "\n" in value.strip():
        raise CurationError(f"{what} must be one line", file=path, line=line, entry=entry)
    return clean_text(value, what, path, line, entry)
