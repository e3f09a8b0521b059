"""Automatic mentions: every label, acronym and alias of every registry entity found in a text.

Kept apart from curated facts. Matching is whole-word, leftmost-longest, with any white space
between words; acronyms and names match case-sensitively, topic labels and aliases in any case.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from migration_kg.curation.registry import Entity, Registry
from migration_kg.curation.sources import SourceDocument, name_senses


@dataclass(frozen=True)
class Mention:
    document: str
    entity: str
    start: int
    end: int
    section: str
    paragraph: int | None


class MentionMatcher:
    """One compiled pattern for the whole registry; reusable across documents."""

    def __init__(self, registry: Registry):
        self._kinds = {e.id: e.kind for e in registry.values()}
        self._sensitive: dict[str, set[str]] = {}
        self._insensitive: dict[str, set[str]] = {}
        for entity in registry.values():
            for name in entity.names:
                if entity.kind == "topic" and name not in entity.acronyms:
                    self._insensitive.setdefault(_key(name).casefold(), set()).add(entity.id)
                else:
                    self._sensitive.setdefault(_key(name), set()).add(entity.id)
        alternatives = [(n, False) for n in self._sensitive] + [(n, True) for n in self._insensitive]
        alternatives.sort(key=lambda t: (-len(t[0]), t[0], t[1]))
        self.pattern = re.compile(r"(?<!\w)(?:" + _by_first_character(alternatives) + r")(?!\w)") if alternatives else None

    def entities_for(self, matched: str) -> set[str]:
        key = _key(matched)
        return self._sensitive.get(key, set()) | self._insensitive.get(key.casefold(), set())

    def entities_in(self, matched: str, senses: dict[str, str]) -> set[str]:
        """The entities a name found in a document names there: the one the document's metadata
        maps it to (:func:`senses`), else every entity that has the name. A sense naming an entity
        this registry lacks is passed over (the curated data's checks report it; a registry with
        entries held back, as the assistant's benchmark uses, simply does not know it)."""
        key = _key(matched)
        if senses.get(key) in self._kinds:
            return {senses[key]}
        return self.entities_for(matched)

    def find(self, doc: SourceDocument) -> list[Mention]:
        if self.pattern is None:
            return []
        found = []
        own = senses(doc)
        for start, end in self._spans(doc.text, 0, len(doc.text), nested=True):
            section = doc.section_at(start).id
            para = doc.paragraph_at(start)
            for eid in sorted(self.entities_in(doc.text[start:end], own)):
                found.append(Mention(doc.id, eid, start, end, section, para.index if para else None))
        return found

    def _spans(self, text: str, start: int, end: int, nested: bool) -> list[tuple[int, int]]:
        """Leftmost-longest matches; inside the name of an undertaking or topic (a descriptive
        name such as 'Investment of the UK in ... Malawi'), the names it contains count too."""
        spans = []
        for m in self.pattern.finditer(text, start, end):
            spans.append((m.start(), m.end()))
            outer = self.entities_for(m.group(0))
            if nested and outer and all(self._kinds[e] not in _NAME_KINDS for e in outer):
                # names starting after the first character (a name at the very start is not seen)
                spans.extend(self._spans(text, m.start() + 1, m.end(), nested=False))
        return spans


def senses(doc: SourceDocument) -> dict[str, str]:
    """The senses a document gives its ambiguous names (metadata ``names: {HLD: hld-2006}``): name,
    white space normalised, to the registry id it means in that document."""
    return {_key(name): ref for name, ref in name_senses(doc.metadata).items()}


def unsettled_names(doc: SourceDocument, mentions: list[Mention]) -> dict[str, list[str]]:
    """Names of ``doc`` that its mentions give several entities at the same place (no ``names``
    entry settles them): name -> the entities, sorted."""
    at: dict[tuple[int, int], set[str]] = {}
    for m in mentions:
        if m.document == doc.id:
            at.setdefault((m.start, m.end), set()).add(m.entity)
    out: dict[str, set[str]] = {}
    for (start, end), entities in at.items():
        if len(entities) > 1:
            out.setdefault(_key(doc.text[start:end]), set()).update(entities)
    return {name: sorted(ids) for name, ids in sorted(out.items())}


def _by_first_character(alternatives: list[tuple[str, bool]]) -> str:
    """The names (longest first; ``True``: in any case) as one alternation that matches what
    ``name1|name2|...`` matches, in the same order of preference, but grouped by first character:
    ``A(?:...)|B(?:...)|...``, so that the regex engine skips a group on one character instead of
    trying every name at every word.

    A group holds, in their order, every name whose first character can be the group's character
    (asked of the regex engine itself, so case folding is exactly re's); a character that starts
    no group falls through to the names in any case, in their order."""
    def body(name: str) -> str:
        return r"\s+".join(re.escape(w) for w in name.split(" "))

    firsts = {name[0] for name, _ in alternatives}
    firsts |= {c for name, insensitive in alternatives if insensitive for c in (name[0].lower(), name[0].upper())
               if len(c) == 1}
    groups = []
    for c in sorted(firsts):
        rests = []
        for name, insensitive in alternatives:
            if insensitive and re.fullmatch(f"(?i:{re.escape(name[0])})", c):
                rests.append(f"(?i:{body(name)[len(re.escape(name[0])):]})")
            elif not insensitive and name[0] == c:
                rests.append(body(name)[len(re.escape(c)):])
        groups.append(f"{re.escape(c)}(?:{'|'.join(rests)})")
    others = [f"(?i:{body(name)})" for name, insensitive in alternatives if insensitive]
    if others:
        groups.append(f"(?![{''.join(re.escape(c) for c in sorted(firsts))}])(?:{'|'.join(others)})")
    return "|".join(groups)


#: Kinds whose names are proper names: names nested inside them are not separate mentions.
_NAME_KINDS = {"organisation", "person", "country", "place"}


def _key(name: str) -> str:
    return " ".join(name.split())


# -- Curation report ------------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F’'-]*\.?")
#: Small words inside a name's run of capitalised words, in English, French, Spanish and Portuguese ("Instituto de
#: los Mexicanos en el Exterior", "Instituto das Comunidades").
CONNECTORS = frozenset({"of", "for", "and", "on", "the", "de", "des", "du", "la", "le", "in", "to", "del", "los", "las",
                        "el", "en", "da", "das", "do", "dos"})
_OPENERS = {"The", "In", "A", "An", "Both", "For", "Thus", "Also", "It", "This", "These", "Former", "Over",
            "By", "On", "At", "As", "Many", "Some", "Other", "Based", "Speakers", "Participants", "However",
            "Even", "Newer", "Questions", "Comments", "Development", "Recipients", "Investment", "Progressively",
            "Assistance", "Given", "While", "Focusing", "Information", "Catering", "One", "Finally", "Public",
            "Remittances", "Lower-skilled", "Human-rights", "Policy", "Ambassador", "Mr.", "Mrs.", "Ms.", "Dr."}


#: Names whose year is part of them: "SADC Vision 2050", "Agenda 2063".
_YEAR_NAMED = {"Vision", "Agenda"}
#: The months, in their order (their number is their place plus one).
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
_HONORIFICS = {"Mr.", "Mrs.", "Ms.", "Dr."}


@dataclass
class CurationReport:
    never_mentioned: list[Entity]
    unmatched: list[tuple[str, int]]  # name, occurrences
    #: statements whose quote is short or names neither subject nor object (migration_kg.curation.quotecheck)
    weak_quotes: list = field(default_factory=list)
    #: name -> [(document id, offset)] of each unmatched name, for the report's "where"
    unmatched_at: dict = field(default_factory=dict)
    #: registry comments that name an event or a report (migration_kg.curation.comments)
    comment_issues: list = field(default_factory=list)
    #: what the build skipped or a curator marked to check again (proposed entries, metadata to review)
    notices: list[str] = field(default_factory=list)

    def warnings(self, limit: int | None = None) -> list[str]:
        """The warnings of a build, one line each (not fatal): the notices, then the quotes that are
        short or name neither subject nor object (the first ``limit``, and how many more)."""
        out = [*self.notices, *(str(issue) for issue in self.weak_quotes[:limit])]
        if limit is not None and len(self.weak_quotes) > limit:
            out.append(f"... and {len(self.weak_quotes) - limit} more quotes (`migration-kg validate` lists them all)")
        return out

    def lines(self, limit: int | None = None) -> list[str]:
        """The report, a heading and the items of each list; with ``limit``, at most that many items
        per list (and three documents per name), each cut list ending with how many more there are
        (for the summary of a build: about a screen, whatever the size of the corpus)."""
        out = []
        if self.notices:
            out.append(f"Skipped, or marked to check again ({len(self.notices)}):")
            out += _capped([f"  {notice}" for notice in self.notices], limit)
        if self.never_mentioned:
            out.append(f"Registry entities never mentioned in any source ({len(self.never_mentioned)}):")
            out += _capped([f"  {e.id} ({e.kind}): {e.label}" for e in self.never_mentioned], limit)
        else:
            out.append("Every registry entity is mentioned in a source.")
        if self.unmatched:
            out.append(f"Names and acronyms in the text that match no registry entry ({len(self.unmatched)}):")
            places = None if limit is None else 3  # documents shown per name
            out += _capped([f"  {name}" + (f" (x{n})" if n > 1 else "") + self._where(name, places)
                            for name, n in self.unmatched], limit)
        else:
            out.append("Every capitalised name and acronym in the text matches a registry entry.")
        if self.comment_issues:
            out.append(f"Registry comments that name an event or a report; say what the entity is, and put "
                       f"report-specific roles in statements ({len(self.comment_issues)}):")
            out += _capped([f"  {issue}" for issue in self.comment_issues], limit)
        if self.weak_quotes:
            out.append(f"Quotes that are short or name neither subject nor object, without short-quote-ok "
                       f"({len(self.weak_quotes)}):")
            out += _capped([f"  {issue}" for issue in self.weak_quotes], limit)
        else:
            out.append("Every statement's quote has a name of its subject or object and enough words "
                       "(or says short-quote-ok).")
        return out


    def _where(self, name: str, limit: int | None = None) -> str:
        """": in DOC at offsets 12, 345; in DOC2 at offset 6" (the first five offsets per document;
        with ``limit``, the first ``limit`` documents and how many more)."""
        by_doc: dict[str, list[int]] = {}
        for doc, offset in self.unmatched_at.get(name, []):
            by_doc.setdefault(doc, []).append(offset)
        parts = []
        for doc, offsets in sorted(by_doc.items())[:limit]:
            shown = ", ".join(str(o) for o in sorted(offsets)[:5]) + (", ..." if len(offsets) > 5 else "")
            parts.append(f"in {doc} at offset{'s' if len(offsets) > 1 else ''} {shown}")
        if limit is not None and len(by_doc) > limit:
            parts.append(f"and {len(by_doc) - limit} more documents")
        return (": " + "; ".join(parts)) if parts else ""


def _capped(items: list[str], limit: int | None) -> list[str]:
    if limit is None or len(items) <= limit:
        return items
    return items[:limit] + [f"  ... and {len(items) - limit} more (`migration-kg validate` lists them all)"]


def curation_report(registry: Registry, docs: list[SourceDocument], mentions: list[Mention]) -> CurationReport:
    mentioned = {m.entity for m in mentions}
    never = [e for e in registry.values() if e.id not in mentioned]
    covered: dict[str, list[tuple[int, int]]] = {}
    for m in mentions:
        covered.setdefault(m.document, []).append((m.start, m.end))
    counts: Counter[str] = Counter()
    where: dict[str, list[tuple[str, int]]] = {}
    for doc in docs:
        for name, offset in _unmatched_at(doc, sorted(covered.get(doc.id, []))):
            counts[name] += 1
            where.setdefault(name, []).append((doc.id, offset))
    return CurationReport(never, sorted(counts.items(), key=lambda t: (-t[1], t[0])), unmatched_at=where)


def _unmatched_at(doc: SourceDocument, spans: list[tuple[int, int]]) -> list[tuple[str, int]]:
    """Runs of capitalised words (joined by of/for/and...) and acronyms that no mention covers, each
    with the offset at which it starts."""
    names = []
    for line in re.finditer(r"[^\n]+", doc.text):
        letters = [c for c in line.group(0) if c.isalpha()]
        if letters and all(c.isupper() for c in letters):
            continue  # an all-capitals title or heading line
        run: list[tuple[str, int]] = []
        found = list(_WORD.finditer(line.group(0))) + [None]
        for before, w, after in zip([None] + found, found, found[1:] + [None]):
            word = w.group(0) if w else ""
            at = line.start() + w.start() if w else 0
            if run and w and before and re.search(r"\d", line.group(0)[before.end():w.start()]):
                year = re.match(r" (\d{4})\b", line.group(0)[before.end():w.start()])
                if year and run[-1][0] in _YEAR_NAMED:  # "SADC Vision 2050", "Agenda 2063": the year is in the name
                    run.append((year.group(1), line.start() + before.end() + 1))
                names.extend(_close(run, doc))  # "the Norwegian Financial Mechanism for 2014-2021. The ..."
                run = []
            if run and w and before and re.search(r"[.!?][)\]”\"’']*\s", line.group(0)[before.end():w.start()]):
                names.extend(_close(run, doc))  # "(ECOWAS, European Union). Others": a sentence ends between
                run = []
            capital = bool(word) and word[0].isupper() and not _is_covered(at, spans)
            if capital or (run and word in CONNECTORS) or (run and word in ("a", "an") and run[-1][0] in ("for", "to")):
                run.append((word, at))
                if capital and word.endswith(".") and word not in _HONORIFICS \
                        and not _initial_in_name(run, line.group(0), w, after):
                    names.extend(_close(run, doc))
                    run = []
                continue
            names.extend(_close(run, doc))
            run = []
    return names


def _initial_in_name(run: list[tuple[str, int]], line: str, word: re.Match, after: re.Match | None) -> bool:
    """A middle initial inside a name: "John D. and Catherine T. MacArthur Foundation", "George C.
    Marshall Center": a capital and its full stop after a capitalised word, the next word right
    after it capitalised (not a sentence's opener: "Plan B. The ...") or "and"."""
    return bool(len(run) > 1 and re.fullmatch(r"[A-Z]\.", word.group(0)) and run[-2][0][:1].isupper()
                and after is not None and line[word.end():after.start()] == " "
                and (after.group(0)[:1].isupper() and after.group(0) not in _OPENERS or after.group(0) == "and"))


def _close(run: list[tuple[str, int]], doc: SourceDocument) -> list[tuple[str, int]]:
    """Trim a run of capitalised words to a candidate name and its offset; single words count only
    as acronyms."""
    run = [(w, at) for w, at in run if w.rstrip(".") not in MONTHS and w not in _HONORIFICS]
    while run and (run[-1][0] in CONNECTORS or run[-1][0] in ("a", "an")):  # "... for a" before a lower-case word
        run = run[:-1]
    while run and (run[0][0] in CONNECTORS
                   or (run[0][0] in _OPENERS and _sentence_start(doc, run[0][1]))):
        run = run[1:]
    words = [w if re.fullmatch(r"[A-Z]\.", w) and i < len(run) - 1 else w.rstrip(".")  # "John D. and ..."
             for i, (w, _) in enumerate(run)]
    if not words:
        return []
    if len(words) == 1 and sum(c.isupper() for c in words[0]) < 2:
        return []
    return [(" ".join(words), run[0][1])]


def _is_covered(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in spans)


def _sentence_start(doc: SourceDocument, offset: int) -> bool:
    paragraph = doc.paragraph_at(offset)
    if paragraph is None or paragraph.start == offset:
        return True
    before = doc.text[paragraph.start:offset].rstrip()
    return not before or before[-1] in ".!?:;“\"(–"
