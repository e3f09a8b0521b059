"""Registry comments stay neutral across reports: a comment says what the entity is.

The registry is shared by every report, and its comments show beside every report's facts. A
comment that names an event ("co-organiser of the seminar") or a report ("the report names it")
is true of one report only; that role belongs in a statement of that report. This check flags such
comments as warnings in the build's curation report (it does not stop the build).
"""

from __future__ import annotations

import re

from migration_kg.curation.registry import Registry

#: Words that tie a comment to one event or one report, and why.
_PATTERNS = [
    (re.compile(r"\b(?:this|the)\s+(?:report|seminar|meeting|conference|note|paper|document)s?\b", re.I),
     "names one report or event"),
    (re.compile(r"\bseminars?\b(?!\s+series)", re.I), "names a seminar"),
    (re.compile(r"\b(?:the\s+)?reports?\s+(?:names?|says?|mentions?|describes?|calls?)\b", re.I),
     "says what a report says"),
]
#: Entities whose comment may name events: the events themselves and their series.
_EXEMPT_KINDS = {"event", "event-series"}


def check_comments(registry: Registry) -> list[str]:
    """One line per registry comment that names an event or a report: ``file:line: id: why: comment``."""
    found = []
    for entity in registry.values():
        if not entity.comment or entity.kind in _EXEMPT_KINDS:
            continue
        for pattern, why in _PATTERNS:
            m = pattern.search(entity.comment)
            if m:
                where = f"{entity.file}:{entity.line}: " if entity.file else ""
                found.append(f"{where}{entity.id}: comment {why} ({m.group(0)!r}): {entity.comment}")
                break
    return found
