"""The entity registry: every organisation, person, country, place, undertaking and topic."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from migration_kg.errors import CurationError
from migration_kg.vocabulary.ontology import KIND_CLASS
from migration_kg.curation.sources import ID_PATTERN
from migration_kg.curation.yamlio import check_keys, clean_text, line_of, load_yaml

_KEYS = {"id", "kind", "label", "acronyms", "aliases", "comment", "iso2", "iso3", "broader", "proposed"}
_log = logging.getLogger(__name__)
_ISO2 = re.compile(r"^[A-Z]{2}$")
_ISO3 = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Entity:
    id: str
    kind: str
    label: str
    acronyms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    comment: str | None = None
    iso2: str | None = None
    iso3: str | None = None
    broader: tuple[str, ...] = ()
    file: Path | None = field(default=None, compare=False)
    line: int | None = field(default=None, compare=False)

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the text may use for this entity."""
        return (self.label, *self.acronyms, *self.aliases)


class Registry(dict[str, Entity]):
    """Entities by id, loaded from every ``graph/registry/*.yaml`` file.

    Entries marked ``proposed: true`` (written by ``migration-kg candidates --write``) are not
    entities yet: they are kept apart in ``proposed`` (id -> file) until a curator removes the flag.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.proposed: dict[str, Path] = {}

    def require(self, ref: object, *, file: Path, line: int | None, entry: str, role: str) -> Entity:
        if isinstance(ref, str) and ref in self.proposed:
            raise CurationError(f"{role} {ref!r} is only proposed (proposed: true in "
                                f"{self.proposed[ref].name}); remove the flag there to accept it",
                                file=file, line=line, entry=entry)
        if not isinstance(ref, str) or ref not in self:
            near = closest(str(ref), self)
            hint = f"; did you mean {', '.join(near)}?" if near else ""
            raise CurationError(f"unknown {role} id {ref!r}: not in the registry{hint}",
                                file=file, line=line, entry=entry)
        return self[ref]


def closest(name: str, candidates) -> list[str]:
    import difflib
    return difflib.get_close_matches(name, list(candidates), n=3, cutoff=0.6)


def _text(value: object, what: str, file: Path, line: int | None, entry: str) -> str:
    return clean_text(value, what, file, line, entry)


def _text_list(value: object, what: str, file: Path, line: int | None, entry: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise CurationError(f"{what} must be a list of strings, like [IOM]", file=file, line=line,
                            entry=entry)
    return tuple(_text(v, what, file, line, entry) for v in value)


def load_registry(graph_dir: Path) -> Registry:
    folder = graph_dir / "registry"
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise CurationError("no registry files: put entity lists in registry/*.yaml", file=folder)
    registry = Registry()
    for path in files:
        data = load_yaml(path)
        if data is None:
            continue
        if not isinstance(data, list):
            raise CurationError("a registry file must be a YAML list of entities (- id: ...)",
                                file=path, line=line_of(data) or 1)
        for raw in data:
            if isinstance(raw, dict) and raw.get("proposed") is True:
                registry.proposed.setdefault(str(raw.get("id")), path)
                continue
            entity = _entity(raw, path)
            if entity.id in registry:
                first = registry[entity.id]
                raise CurationError(f"duplicate id {entity.id!r}, first defined in "
                                    f"{first.file.name}:{first.line}", file=path, line=entity.line,
                                    entry=entity.id)
            registry[entity.id] = entity
    for entity in registry.values():
        for b in entity.broader:
            target = registry.require(b, file=entity.file, line=entity.line, entry=entity.id, role="broader")
            if target.kind != "topic":
                raise CurationError(f"broader {b!r} is a {target.kind}; broader must name a topic",
                                    file=entity.file, line=entity.line, entry=entity.id)
    _check_cycles(registry)
    if registry.proposed:
        _log.warning("registry: skipped %d proposed entr%s (proposed: true); remove the flag to accept one",
                     len(registry.proposed), "y" if len(registry.proposed) == 1 else "ies")
    return registry


def _entity(raw: object, path: Path) -> Entity:
    line = line_of(raw)
    if not isinstance(raw, dict):
        raise CurationError(f"each entity must be a mapping with id, kind, label; got {raw!r}",
                            file=path, line=line)
    eid = raw.get("id")
    if not isinstance(eid, str) or not ID_PATTERN.match(eid):
        raise CurationError(f"id {eid!r} must be a lower-case slug like 'iom' or 'guy-serieys'",
                            file=path, line=line)
    check_keys(raw, _KEYS, path, eid)
    if raw.get("proposed", False) is not False:
        raise CurationError(f"proposed must be true (not yet accepted) or false; got {raw['proposed']!r}",
                            file=path, line=line, entry=eid)
    kind = raw.get("kind")
    if kind not in KIND_CLASS:
        raise CurationError(f"kind {kind!r} is not one of: {', '.join(KIND_CLASS)}", file=path,
                            line=line, entry=eid)
    iso2, iso3 = raw.get("iso2"), raw.get("iso3")
    if kind == "country":
        if not (isinstance(iso2, str) and _ISO2.match(iso2)) or not (isinstance(iso3, str) and _ISO3.match(iso3)):
            raise CurationError(f"a country needs iso2 (two capitals, e.g. FR) and iso3 (three, e.g. FRA); "
                                f"got {iso2!r}, {iso3!r}", file=path, line=line, entry=eid)
    elif iso2 is not None or iso3 is not None:
        raise CurationError(f"iso2/iso3 are for countries only; this entity is a {kind}", file=path,
                            line=line, entry=eid)
    broader = raw.get("broader") or []
    if broader and kind != "topic":
        raise CurationError(f"broader is for topics only; this entity is a {kind}", file=path, line=line,
                            entry=eid)
    if not isinstance(broader, list):
        raise CurationError("broader must be a list of topic ids", file=path, line=line, entry=eid)
    comment = raw.get("comment")
    return Entity(
        id=eid, kind=kind, label=_text(raw.get("label"), "label", path, line, eid),
        acronyms=_text_list(raw.get("acronyms"), "acronyms", path, line, eid),
        aliases=_text_list(raw.get("aliases"), "aliases", path, line, eid),
        comment=_text(comment, "comment", path, line, eid) if comment is not None else None,
        iso2=iso2, iso3=iso3, broader=tuple(str(b) for b in broader), file=path, line=line)


def _check_cycles(registry: Registry) -> None:
    state: dict[str, int] = {}

    def visit(eid: str, trail: list[str]) -> None:
        if state.get(eid) == 2:
            return
        if state.get(eid) == 1:
            e = registry[eid]
            raise CurationError(f"broader links form a cycle: {' -> '.join(trail + [eid])}",
                                file=e.file, line=e.line, entry=eid)
        state[eid] = 1
        for b in registry[eid].broader:
            visit(b, trail + [eid])
        state[eid] = 2

    for eid, e in registry.items():
        if e.kind == "topic":
            visit(eid, [])
