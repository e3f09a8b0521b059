"""How the report gives a curated fact: stated, reported as suggested, or our inference.

Every statement and partnership may say ``status: stated | suggested | inferred`` (``stated`` when
absent). A fact that is not stated needs a one-line ``note:`` saying how it was suggested or inferred.
``short-quote-ok: <reason>`` accepts a quote that the quote-quality check (migration_kg.curation.quotecheck)
would otherwise flag.

A fact whose quote gives it as planned, proposed or possible ("will be held", "the intention of the
Forum", "it was suggested", "should", "may") is ``suggested`` (or ``inferred``) unless the curator says
why it is stated all the same: ``stated-ok: <reason>`` (for instance, that the seminar took up a topic is
stated even when what it said about it was a proposal). A stated fact with such a quote and no reason is
bad input, pointing at the quote's line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from migration_kg.errors import CurationError
from migration_kg.curation.yamlio import clean_text, key_line, line_of

#: status value -> local name of its SKOS concept in the ontology (mkg:Stated ...).
STATUSES = {"stated": "Stated", "suggested": "Suggested", "inferred": "Inferred"}

#: Words that give a fact as planned, proposed or possible rather than done, as whole words and in any
#: case, except "may" (lower case only: "1 May 2007" is a date). "will" after "political", "the" or
#: "good" is the noun.
_EDGE_BEFORE, _EDGE_AFTER = r"(?<![\w’'-])", r"(?![\w’'-])"
PLAN_CUES = re.compile(
    _EDGE_BEFORE + r"(?:(?i:(?<!political )(?<!the )(?<!good )will|would|intends?|intended|intentions?|plans? to"
    r"|planned|(?:is|are) expected to|should|could|suggest(?:s|ed|ions?)?|propos(?:es|ed|als?))|may)" + _EDGE_AFTER)


@dataclass(frozen=True)
class Modality:
    status: str = "stated"
    note: str | None = None
    short_quote_ok: str | None = None
    #: why a fact whose quote has a cue of plan, proposal or possibility is stated all the same
    stated_ok: str | None = None

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
    stated_ok = raw.get("stated-ok")
    if stated_ok is not None:
        at = key_line(raw, "stated-ok")
        stated_ok = _one_line(stated_ok, "stated-ok (the reason the fact is stated)", path, at, entry)
        if status != "stated":
            raise CurationError(f"stated-ok is only for stated facts; this one is {status} (drop stated-ok, "
                                "or drop status: to say the report states it)", file=path, line=at, entry=entry)
    elif status == "stated":
        cue = plan_cue(raw.get("quote"))
        if cue is not None:
            raise CurationError(
                f"the quote gives the fact as planned, proposed or possible (“{cue}”) but it is stated: "
                "write 'status: suggested' with a note (planned, proposed or possible), 'status: inferred' "
                "with a note (our reading), or 'stated-ok: <why the report states it all the same>'",
                file=path, line=key_line(raw, "quote"), entry=entry)
    return Modality(status, note, ok, stated_ok)


def plan_cue(quote: object) -> str | None:
    """The first word of ``quote`` that gives a fact as planned, proposed or possible, or None."""
    if not isinstance(quote, str):
        return None
    found = PLAN_CUES.search(" ".join(quote.split()))
    return found.group(0) if found else None


def _one_line(value: object, what: str, path: Path, line: int | None, entry: str) -> str:
    if isinstance(value, str) and "\n" in value.strip():
        raise CurationError(f"{what} must be one line", file=path, line=line, entry=entry)
    return clean_text(value, what, path, line, entry)
