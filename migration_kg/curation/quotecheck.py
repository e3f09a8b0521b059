"""Quote quality: a statement's quote should be evidence of the relation, not a bare name.

A quote is flagged when it has fewer than ``MIN_WORDS`` words, or when it contains no name (label,
acronym or alias) of the statement's subject or object, unless the statement gives
``short-quote-ok: <reason>``. Flags are warnings: the build prints them on stderr and lists them in
the curation report (migration_kg.curation.mentions.CurationReport); they do not stop it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from migration_kg.errors import display_path
from migration_kg.curation.quotes import normalise
from migration_kg.curation.registry import Entity
from migration_kg.curation.statements import Statement

#: Fewer words than this and a quote is rarely evidence of a relation.
MIN_WORDS = 4
_WORD = re.compile(r"\w[\w’'.,-]*")


@dataclass(frozen=True, order=True)
class QuoteIssue:
    document: str
    file: str
    line: int
    entry: str
    problem: str
    quote: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.entry}: quote {self.problem}: “{self.quote}”"


def words(quote: str) -> int:
    return len(_WORD.findall(quote))


def names_in(entity: Entity, quote: str) -> bool:
    """Whether the quote contains a name of the entity, as a whole word (topics in any case)."""
    for name in entity.names:
        body = r"\s+".join(re.escape(w) for w in name.split())
        flags = re.IGNORECASE if entity.kind == "topic" and name not in entity.acronyms else 0
        if re.search(rf"(?<!\w){body}(?!\w)", quote, flags):
            return True
    return False


def quote_problem(st: Statement, quote: str) -> str | None:
    """What is wrong with the statement's quote as evidence, or None."""
    n = words(quote)
    if n < MIN_WORDS:
        return f"has {n} word{'s' if n != 1 else ''} (fewer than {MIN_WORDS})"
    named = [st.subject] + ([st.object] if st.object is not None else [])
    if not any(names_in(e, quote) for e in named):
        return (f"names neither its subject {st.subject.id} nor its object {st.object.id}" if st.object is not None
                else f"does not name its subject {st.subject.id}")
    return None


def check_quotes(statements: Iterable[Statement], texts: dict[str, str]) -> list[QuoteIssue]:
    """Every statement whose quote is flagged and that does not say ``short-quote-ok``."""
    issues = []
    for st in statements:
        if st.modality.short_quote_ok:
            continue
        span = st.evidence.span
        quote = normalise(texts[st.document][span.start:span.end])
        problem = quote_problem(st, quote)
        if problem:
            issues.append(QuoteIssue(st.document, display_path(st.file), st.line or 0, st.id, problem, quote))
    return sorted(issues)
