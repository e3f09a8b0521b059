"""The entity registry: every organisation, person, country, place, undertaking and topic."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from migration_kg.curation.collector import Collector
from migration_kg.errors import CurationError
from migration_kg.vocabulary.ontology import KIND_CLASS
from migration_kg.curation.sources import ID_PATTERN, check_inside
from migration_kg.curation import schema
from migration_kg.curation.yamlio import clean_text, key_line, line_of, load_yaml

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
    broader_line: int | None = field(default=None, compare=False)

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
        #: ids of entries with errors (reported once; a reference to one is not reported again)
        self.broken: set[str] = set()

    def notices(self) -> list[str]:
        """What the build skipped and a curator may want to accept (for the curation report)."""
        n = len(self.proposed)
        return [f"registry: skipped {n} proposed entr{'y' if n == 1 else 'ies'} (proposed: true); "
                "remove the flag to accept one"] if n else []

    def require(self, ref: object, *, file: Path, line: int | None, entry: str, role: str,
                kinds: tuple[str, ...] | None = None) -> Entity:
        """The entity ``ref`` names (a CurationError when unknown, proposed, or not one of ``kinds``)."""
        if not isinstance(ref, str):
            raise CurationError(f"{role} must be one registry id (a slug like 'iom'), got {ref!r}"[:300],
                                file=file, line=line, entry=entry)
        if ref in self.broken:
            error = CurationError(f"{role} {ref!r} has errors of its own", file=file, line=line, entry=entry)
            error.consequence = True  # a Collector drops it: the entity's own error says it all
            raise error
        if ref in self.proposed:
            raise CurationError(f"{role} {ref!r} is only proposed (proposed: true in "
                                f"{self.proposed[ref].name}); remove the flag there to accept it",
                                file=file, line=line, entry=entry)
        if ref not in self:
            near = closest(ref, self)
            hint = f"; did you mean {', '.join(near)}?" if near else ""
            raise CurationError(f"unknown {role} id {ref!r}: not in the registry{hint}",
                                file=file, line=line, entry=entry)
        entity = self[ref]
        if kinds is not None and entity.kind not in kinds:
            raise CurationError(f"{role} {ref!r} is of kind {entity.kind}; {role} must be of kind: "
                                f"{', '.join(kinds)}", file=file, line=line, entry=entry)
        return entity


def closest(name: str, candidates) -> list[str]:
    return difflib.get_close_matches(name, list(candidates), n=3, cutoff=0.6)


def _text(value: object, what: str, file: Path, line: int | None, entry: str) -> str:
    return clean_text(value, what, file, line, entry)


def _text_list(value: object, what: str, file: Path, line: int | None, entry: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CurationError(f"{what} must be a list of strings, like [IOM]", file=file, line=line,
                            entry=entry)
    return tuple(_text(v, what, file, line, entry) for v in value)


def load_registry(graph_dir: Path, errors: Collector | None = None) -> Registry:
    """Every entity of ``graph_dir/registry/*.yaml``. Errors are collected, entry by entry, into
    ``errors`` (when given; the caller raises them) or raised together at the end (CurationErrors)."""
    own = errors is None
    errors = errors if errors is not None else Collector()
    folder = graph_dir / "registry"
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise CurationError("no registry files: put entity lists in registry/*.yaml", file=folder)
    registry = Registry()
    whole_file = False  # a file that could not be read at all: its ids are unknown, stop after the registry
    for path in files:
        try:
            _load_file(path, graph_dir, registry, errors)
        except CurationError as exc:
            whole_file = True
            errors.add(exc)
    if whole_file:
        errors.check()
    for entity in registry.values():
        for b in entity.broader:
            with errors.entry():
                registry.require(b, file=entity.file, line=entity.broader_line or entity.line, entry=entity.id, role="broader",
                                 kinds=("topic",))
    if not errors:
        with errors.entry():
            _check_cycles(registry)
    if own:
        errors.check()
    return registry


def _load_file(path: Path, graph_dir: Path, registry: Registry, errors: Collector) -> None:
    check_inside(path, graph_dir)
    data = load_yaml(path)
    if data is None:
        return
    if not isinstance(data, list):
        raise CurationError("a registry file must be a YAML list of entities (- id: ...)",
                            file=path, line=line_of(data) or 1)
    for raw in data:
        if isinstance(raw, dict) and raw.get("proposed") is True:
            registry.proposed.setdefault(str(raw.get("id")), path)
            continue
        try:
            entity = _entity(raw, path)
        except CurationError as exc:
            eid = raw.get("id") if isinstance(raw, dict) else None
            if isinstance(eid, str):
                registry.broken.add(eid)
            errors.add(exc)
            continue
        if entity.id in registry:
            first = registry[entity.id]
            errors.add(CurationError(f"duplicate id {entity.id!r}, first defined in {first.file.name}:{first.line}",
                                     file=path, line=entity.line, entry=entity.id))
            continue
        registry[entity.id] = entity


def _entity(raw: object, path: Path) -> Entity:
    line = line_of(raw)
    if not isinstance(raw, dict):
        raise CurationError(f"each entity must be a mapping with id, kind, label; got {raw!r}"[:300],
                            file=path, line=line)
    at = lambda key: key_line(raw, key)  # noqa: E731 - the line of a key, for the messages
    eid = raw.get("id")
    if not isinstance(eid, str) or not ID_PATTERN.match(eid):
        raise CurationError(f"id {eid!r} must be a lower-case slug like 'iom' or 'guy-serieys'"[:300],
                            file=path, line=at("id"))
    schema.check_keys(raw, schema.RegistryEntry, path, eid)
    if raw.get("proposed", False) is not False:
        raise CurationError(f"proposed must be true (not yet accepted) or false; got {raw['proposed']!r}"[:300],
                            file=path, line=at("proposed"), entry=eid)
    kind = raw.get("kind")
    if not isinstance(kind, str) or kind not in KIND_CLASS:
        raise CurationError(f"kind {kind!r} is not one of: {', '.join(KIND_CLASS)}"[:600], file=path,
                            line=at("kind"), entry=eid)
    iso2, iso3 = raw.get("iso2"), raw.get("iso3")
    if kind == "country":
        if not (isinstance(iso2, str) and _ISO2.fullmatch(iso2)) or not (isinstance(iso3, str) and _ISO3.fullmatch(iso3)):
            raise CurationError(f"a country needs iso2 (two capitals, e.g. FR) and iso3 (three, e.g. FRA); "
                                f"got {iso2!r}, {iso3!r}"[:300], file=path, line=at("iso2" if "iso2" in raw else "iso3"),
                                entry=eid)
    elif iso2 is not None or iso3 is not None:
        raise CurationError(f"iso2/iso3 are for countries only; this entity is a {kind}", file=path,
                            line=at("iso2" if "iso2" in raw else "iso3"), entry=eid)
    broader = raw.get("broader") or []
    if broader and kind != "topic":
        raise CurationError(f"broader is for topics only; this entity is a {kind}", file=path, line=at("broader"),
                            entry=eid)
    if not isinstance(broader, list) or not all(isinstance(b, str) for b in broader):
        raise CurationError("broader must be a list of topic ids, like [migration]", file=path, line=at("broader"),
                            entry=eid)
    comment = raw.get("comment")
    return Entity(
        id=eid, kind=kind, label=_text(raw.get("label"), "label", path, at("label"), eid),
        acronyms=_text_list(raw.get("acronyms"), "acronyms", path, at("acronyms"), eid),
        aliases=_text_list(raw.get("aliases"), "aliases", path, at("aliases"), eid),
        comment=_text(comment, "comment", path, at("comment"), eid) if comment is not None else None,
        iso2=iso2, iso3=iso3, broader=tuple(broader), file=path, line=line, broader_line=at("broader"))


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
