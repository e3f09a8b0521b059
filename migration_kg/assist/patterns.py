"""The phrasings `propose` reads, loaded from ``patterns.yaml`` (package data a curator can read and extend).

``load_patterns`` checks each entry (one ``error:`` line per problem, naming the file, line and
pattern); ``example_document`` turns a pattern's marked-up example sentence into a one-paragraph
document and a registry of its names, so that each example can be run through ``proposals_for``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from migration_kg.curation.collector import Collector
from migration_kg.errors import CurationError
from migration_kg.curation.registry import Entity, Registry
from migration_kg.curation.sources import Paragraph, Section, SourceDocument
from migration_kg.curation.yamlio import fields, key_line, line_of, load_yaml

READINGS = {"passive", "forward", "verb", "speakers", "speech", "partnership", "dates", "dateline", "count", "together", "affiliation", "members"}
_KEYS = {"name", "cue", "reading", "relation", "kind", "subject_kinds", "object_kinds", "gap", "first_only",
         "joiners", "case", "fallback", "example", "yields"}
#: A marked name in an example: [Name|kind]
_MARK = re.compile(r"\[([^\]|]+)\|([a-z-]+)\]")


@dataclass(frozen=True)
class Pattern:
    name: str
    cue: re.Pattern
    reading: str
    relation: str  # the ontology relation, or the partnership kind ("auto" for co-organisation or collaboration)
    subject_kinds: frozenset[str] | None
    object_kinds: frozenset[str] | None
    gap: str  # forward or passive reading: "short" or "clause"
    first_only: bool
    joiners: str | None
    fallback: str | None  # "document-event": the object when none follows the cue
    example: str
    yields: tuple[str, ...]
    line: int | None


def patterns_file() -> Path:
    return Path(str(resources.files("migration_kg.assist") / "patterns.yaml"))


def load_patterns(path: Path | None = None, relations: set[str] | None = None,
                  kinds: set[str] | None = None) -> list[Pattern]:
    """The patterns of ``path`` (default: the package's), every problem reported at once."""
    path = path or patterns_file()
    data = load_yaml(path)
    errors = Collector()
    entries = data.get("patterns") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise CurationError("a patterns file is a mapping with the list 'patterns'", file=path, line=1)
    out: list[Pattern] = []
    lines: dict[str, int | None] = {}  # each name's first line
    for raw in entries:
        with errors.entry():
            pattern = _pattern(raw, path, relations, kinds)
            if pattern.name in lines:
                raise CurationError(f"the name {pattern.name!r} is taken (line {lines[pattern.name]}); give each "
                                    "pattern its own name", file=path, line=pattern.line, entry=pattern.name)
            lines[pattern.name] = pattern.line
            out.append(pattern)
    errors.check()
    return out


def _pattern(raw: object, path: Path, relations: set[str] | None, kinds: set[str] | None) -> Pattern:
    line = line_of(raw)
    if not isinstance(raw, dict):
        raise CurationError("each pattern is a mapping (name, cue, reading, relation, example, yields)",
                            file=path, line=line)
    name = str(raw.get("name"))
    unknown = fields(raw) - _KEYS
    if unknown:
        raise CurationError(f"unknown key(s) {', '.join(sorted(map(str, unknown)))}; valid: {', '.join(sorted(_KEYS))}",
                            file=path, line=line, entry=name)
    reading = raw.get("reading")
    if reading not in READINGS:
        raise CurationError(f"reading {reading!r} is not one of: {', '.join(sorted(READINGS))}", file=path,
                            line=key_line(raw, "reading"), entry=name)
    relation = raw.get("kind") if reading == "partnership" else raw.get("relation")
    if not isinstance(relation, str):
        raise CurationError("a pattern needs 'relation:' (a partnership pattern 'kind:')", file=path, line=line,
                            entry=name)
    if raw.get("fallback") not in (None, "document-event", "named-before"):
        raise CurationError("fallback may only be document-event or named-before", file=path, line=key_line(raw, "fallback"),
                            entry=name)
    if relations is not None and reading not in ("partnership", "dates") and relation not in relations:
        raise CurationError(f"relation {relation!r} is not in the ontology", file=path,
                            line=key_line(raw, "relation"), entry=name)
    flags = 0 if raw.get("case") == "sensitive" else re.I
    cue_text = raw.get("cue")
    try:
        # whole words: no word character just before a cue that starts with one, or just after one that
        # ends with one (a cue may start or end with punctuation or a lookahead)
        cue = re.compile(r"(?:(?<!\w)(?=\w)|(?!\w))(?:" + str(cue_text).replace(" ", r"\s+") + r")(?:(?<=\w)(?!\w)|(?<!\w))",
                         flags)
    except re.error as exc:
        raise CurationError(f"cue is not a regular expression: {exc}", file=path, line=key_line(raw, "cue"),
                            entry=name) from None
    kind_sets = []
    for key in ("subject_kinds", "object_kinds"):
        value = raw.get(key)
        if value is not None and (not isinstance(value, list) or (kinds is not None and not set(value) <= kinds)):
            raise CurationError(f"{key} must list registry kinds" + (f" ({', '.join(sorted(kinds))})" if kinds else ""),
                                file=path, line=key_line(raw, key), entry=name)
        kind_sets.append(frozenset(value) if value is not None else None)
    example, yields = raw.get("example"), raw.get("yields")
    if not isinstance(example, str) or not isinstance(yields, list) or not yields:
        raise CurationError("a pattern needs an example sentence and the statements it yields", file=path,
                            line=line, entry=name)
    gap = raw.get("gap", "clause")
    if gap not in ("short", "clause"):
        raise CurationError("gap must be short or clause", file=path, line=key_line(raw, "gap"), entry=name)
    return Pattern(name, cue, reading, relation, kind_sets[0], kind_sets[1], gap, bool(raw.get("first_only")),
                   raw.get("joiners"), raw.get("fallback"), example, tuple(map(str, yields)), line)


def example_id(name: str) -> str:
    from migration_kg.assist.document import slug

    return slug(re.sub(r"^(?:the)\s+", "", name, flags=re.I), 12)


def example_document(example: str, folder: Path = Path("example")) -> tuple[SourceDocument, Registry]:
    """The example sentence as a one-paragraph document (marks removed) and a registry of its names."""
    registry = Registry()
    for name, kind in _MARK.findall(example):
        eid = example_id(name)
        registry.setdefault(eid, Entity(eid, kind, name))
    text = _MARK.sub(lambda m: m.group(1), example) + "\n"
    doc = SourceDocument(id="example", folder=folder, metadata_file=folder / "metadata.yaml",
                         text_file=folder / "source.txt", text=text, metadata={})
    doc.sections = [Section("text", "", 1, None, 0, len(text), 0)]
    doc.paragraphs = [Paragraph(1, "text", 0, len(text))]
    return doc, registry
