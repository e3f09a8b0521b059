"""Curator look-ups: a document's sections, the registry searched by name, the mentions each name makes.

These read the curated files as they are (a document whose statements do not check yet can still
be looked at) and never write anything. The commands ``migration-kg sections DOC``,
``migration-kg entities --search TEXT`` and ``migration-kg mentions DOC`` print what they return.
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from migration_kg.assist.document import document_folder, open_document
from migration_kg.curation.mentions import MentionMatcher
from migration_kg.curation.registry import Entity, Registry, load_registry
from migration_kg.curation.sources import discover


@dataclass(frozen=True)
class SectionRow:
    id: str
    title: str
    start: int
    end: int
    level: int
    parent: str | None


def sections(doc: str | Path, data_dir: Path) -> tuple[str, list[SectionRow]]:
    """The document's id and its sections in text order, with offsets (what ``section:`` and a
    quote's place refer to)."""
    document = open_document(document_folder(doc, data_dir))
    return document.id, [SectionRow(s.id, s.title, s.start, s.end, s.level, s.parent) for s in document.sections]


@dataclass
class EntityHit:
    entity: Entity
    matched: str  # the name that matched the search (label, acronym, alias or id)
    documents: dict[str, int] = field(default_factory=dict)  # document id -> mentions

    @property
    def where(self) -> str:
        return f"{self.entity.file}:{self.entity.line}" if self.entity.file else ""


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def search_entities(text: str, data_dir: Path, limit: int = 20) -> list[EntityHit]:
    """Registry entities whose id, label, acronym or alias contains ``text`` (case and spacing
    ignored), else the closest names; each with the documents that mention it and how often."""
    registry = load_registry(data_dir)
    key = _fold(text)
    hits: dict[str, EntityHit] = {}
    for entity in registry.values():
        for name in (entity.id, *entity.names):
            if key and key in _fold(name):
                hits.setdefault(entity.id, EntityHit(entity, name))
                break
    if not hits:
        names = {_fold(n): (e, n) for e in registry.values() for n in (e.id, *e.names)}
        for near in difflib.get_close_matches(key, list(names), n=limit, cutoff=0.6):
            entity, name = names[near]
            hits.setdefault(entity.id, EntityHit(entity, name))
    found = sorted(hits.values(), key=lambda h: (_fold(h.matched) != key, h.entity.kind, h.entity.id))[:limit]
    if found:
        counts = _mention_counts(registry, data_dir, {h.entity.id for h in found})
        for hit in found:
            hit.documents = counts.get(hit.entity.id, {})
    return found


def _mention_counts(registry: Registry, data_dir: Path, ids: set[str]) -> dict[str, dict[str, int]]:
    matcher = MentionMatcher(registry)
    counts: dict[str, dict[str, int]] = {}
    for folder in discover(data_dir):
        doc = open_document(folder)
        for m in matcher.find(doc):
            if m.entity in ids:
                per_doc = counts.setdefault(m.entity, {})
                per_doc[doc.id] = per_doc.get(doc.id, 0) + 1
    return counts


@dataclass(frozen=True)
class NameCount:
    entity: str
    kind: str
    name: str  # the registry name (label, acronym or alias) that matched
    count: int


def mentions_by_name(doc: str | Path, data_dir: Path, entity: str | None = None) -> tuple[str, list[NameCount]]:
    """For one document: each registry name and how many mentions it produces there (most first).
    Run it on every document after adding an alias, to see what the alias adds to each."""
    registry = load_registry(data_dir)
    if entity is not None:
        registry.require(entity, file=data_dir / "registry", line=None, entry="--entity", role="entity")
    document = open_document(document_folder(doc, data_dir))
    counts: Counter[tuple[str, str]] = Counter()
    for m in MentionMatcher(registry).find(document):
        if entity is not None and m.entity != entity:
            continue
        counts[(m.entity, _name_of(registry[m.entity], document.text[m.start:m.end]))] += 1
    rows = [NameCount(e, registry[e].kind, name, n) for (e, name), n in counts.items()]
    return document.id, sorted(rows, key=lambda r: (-r.count, r.entity, r.name))


def _name_of(entity: Entity, matched: str) -> str:
    """Which of the entity's names the matched text is (white space and, for topics, case ignored)."""
    key = " ".join(matched.split())
    for name in entity.names:
        if " ".join(name.split()) == key:
            return name
    for name in entity.names:
        if _fold(name) == _fold(key):
            return name
    return key
