"""`locate`: where a quote stands in a document, and the exact words and hint to paste in a statement.

Tolerant of what copying from a PDF viewer changes: line breaks and runs of white space count as
one space, and straight and typographic quotes (and apostrophes) match each other. The text to
paste is the document's own, typographic quotes included, so the build finds it verbatim.
With ``near``, matches are kept only when those words stand close by, and when the quote is not
found as written, the closest passages (difflib) are offered instead.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from migration_kg.assist.candidates import paragraph_bounds, sentence_span
from migration_kg.assist.document import document_folder, open_document
from migration_kg.errors import UsageError
from migration_kg.curation.quotes import QuoteIndex, fold, normalise
from migration_kg.curation.sources import SourceDocument

NEAR_WINDOW = 300  # characters either side of a match in which --near words must stand
SENTENCE_REACH = 600  # characters either side of a match in which its sentence is shown whole


@dataclass
class Match:
    start: int
    end: int
    exact: str  # the text to paste: the document's own words, white space folded
    section: str
    paragraph: int | None
    occurrence: int  # 1-based, among all matches of the quote in the document
    sentence: str  # the sentence around the match; "… " / " …" where it is too long to show whole
    hint: dict = field(default_factory=dict)  # {} when the quote is unique, else section: or occurrence:
    score: float = 1.0  # 1.0 for a match as written, the difflib ratio for a fuzzy one


@dataclass
class LocateResult:
    document: str
    quote: str
    matches: list[Match]
    fuzzy: bool  # True when the quote was not found as written and matches are the closest passages

    @property
    def unique(self) -> bool:
        return len(self.matches) == 1 and not self.fuzzy


def locate_quote(doc_ref: str | Path, graph_dir: Path, quote: str, near: str | None = None) -> LocateResult:
    doc = open_document(document_folder(doc_ref, graph_dir))
    return locate_in(doc, quote, near)


def locate_in(doc: SourceDocument, quote: str, near: str | None = None) -> LocateResult:
    return Locator(doc).locate(quote, near)


class Locator:
    """Finds quotes in one document; its folded text is indexed once for all the quotes asked."""

    def __init__(self, doc: SourceDocument):
        self.doc = doc
        self.index = QuoteIndex(fold(doc.text))

    def locate(self, quote: str, near: str | None = None) -> LocateResult:
        doc = self.doc
        if not normalise(quote):
            raise UsageError("the quote is empty: give the words to find")
        spans = [(s.start, s.end) for s in self.index.find_all(fold(quote))]
        matches = [_match(doc, a, b, i + 1) for i, (a, b) in enumerate(spans)]
        for m in matches:
            m.hint = _hint(doc, m, matches)
        if near:
            matches = [m for m in matches if _near(doc, m.start, m.end, near)]
        if matches:
            return LocateResult(doc.id, quote, matches, fuzzy=False)
        return LocateResult(doc.id, quote, _fuzzy(doc, self.index.text, quote, near), fuzzy=True)


def _match(doc: SourceDocument, start: int, end: int, occurrence: int, score: float = 1.0) -> Match:
    para = doc.paragraph_at(start)
    a, b, cut_before, cut_after = sentence_span(doc.text, start, end, within=paragraph_bounds(doc, start),
                                                reach=SENTENCE_REACH)
    sentence = ("… " if cut_before else "") + normalise(doc.text[a:b]) + (" …" if cut_after else "")
    return Match(start, end, normalise(doc.text[start:end]), doc.section_at(start).id,
                 para.index if para else None, occurrence, sentence, score=score)


def _hint(doc: SourceDocument, match: Match, matches: list[Match]) -> dict:
    """What a statement needs to pick this match: nothing, its section, or its occurrence."""
    if len(matches) == 1:
        return {}
    section = next(s for s in doc.sections if s.id == match.section)
    inside = [m for m in matches if section.start <= m.start < section.end]
    if len(inside) == 1:
        return {"section": match.section}
    return {"occurrence": match.occurrence}


def _near(doc: SourceDocument, start: int, end: int, near: str) -> bool:
    window = fold(normalise(doc.text[max(0, start - NEAR_WINDOW):end + NEAR_WINDOW])).casefold()
    return all(word in window for word in fold(normalise(near)).casefold().split())


def _fuzzy(doc: SourceDocument, folded: str, quote: str, near: str | None, limit: int = 3,
           cutoff: float = 0.6) -> list[Match]:
    """The passages of ``folded`` (the document's folded text) closest to ``quote`` (same number of
    words), best first."""
    needle = normalise(fold(quote)).casefold()
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", folded)]
    n = max(1, len(needle.split()))
    scored: list[tuple[float, int, int]] = []
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(needle)
    for i in range(0, max(1, len(words) - n + 1)):
        j = min(len(words), i + n) - 1
        a, b = words[i][0], words[j][1]
        if near and not _near(doc, a, b, near):
            continue
        matcher.set_seq1(normalise(folded[a:b]).casefold())
        if matcher.real_quick_ratio() < cutoff or matcher.quick_ratio() < cutoff:
            continue
        ratio = matcher.ratio()
        if ratio >= cutoff:
            scored.append((ratio, a, b))
    scored.sort(key=lambda t: (-t[0], t[1]))
    chosen: list[tuple[float, int, int]] = []
    for ratio, a, b in scored:
        if all(b <= ca or a >= cb for _, ca, cb in chosen):  # no overlapping suggestions
            chosen.append((ratio, a, b))
        if len(chosen) == limit:
            break
    return [_match(doc, a, b, 0, round(ratio, 3)) for ratio, a, b in chosen]


def paste_lines(match: Match) -> list[str]:
    """The YAML lines to paste into a statement."""
    import yaml

    lines = [yaml.safe_dump({"quote": match.exact}, allow_unicode=True, width=10**6, sort_keys=False).strip()]
    lines += [f"{k}: {v}" for k, v in match.hint.items()]
    return lines
