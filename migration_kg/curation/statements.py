"""Curated statements and partnerships of one document, checked against registry, ontology and text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from rdflib import XSD, Literal

from migration_kg.curation.collector import Collector
from migration_kg.errors import CurationError
from migration_kg.curation.amounts import STRUCTURED_RANGES, structured_value
from migration_kg.curation.modality import STATED, Modality, read_modality
from migration_kg.vocabulary.ontology import KIND_CLASS, Ontology, Relation
from migration_kg.vocabulary.namespaces import MKG
from migration_kg.curation.quotes import QuoteIndex, Span
from migration_kg.curation.registry import Entity, Registry, closest
from migration_kg.curation.sources import ID_PATTERN, SourceDocument, name_senses
from migration_kg.curation import schema
from migration_kg.curation.yamlio import KEY_LINES, LINE_KEY, clean_text, fields, key_line, line_of, load_yaml



@dataclass(frozen=True)
class Evidence:
    document: str
    span: Span
    section: str
    paragraph: int | None


@dataclass(frozen=True)
class Statement:
    id: str
    document: str
    subject: Entity
    relation: Relation
    object: Entity | None
    value: Literal | None
    title: str | None
    evidence: Evidence
    file: Path
    line: int | None
    modality: Modality = STATED
    as_of: dt.date | None = None


@dataclass(frozen=True)
class Partnership:
    id: str
    document: str
    kind: str
    partners: tuple[Entity, ...]
    about: tuple[Entity, ...]
    date: dt.date | None
    evidence: Evidence
    file: Path
    line: int | None
    modality: Modality = STATED


@dataclass
class Curation:
    statements: list[Statement]
    partnerships: list[Partnership]
    #: ids of entries marked ``proposed: true`` (from ``migration-kg propose --write``), not loaded
    proposed: list[str] = field(default_factory=list)


#: metadata key -> the kinds of entity it may name (co_organisers: each of the list)
METADATA_REFS = {"publisher_entity": ("organisation",), "place_entity": ("place", "country"),
                 "series_entity": ("event-series",), "reports": ("event",),
                 "co_organisers": ("organisation", "person", "country", "collective")}


def check_metadata_refs(doc: SourceDocument, registry: Registry, errors: Collector | None = None) -> None:
    """Every registry id the metadata names exists and is of the kind its key needs (the error
    points at the key's line)."""
    own = errors is None
    errors = errors if errors is not None else Collector()
    meta = doc.metadata
    for key, kinds in METADATA_REFS.items():
        refs = meta.get(key)
        if refs is None:
            continue
        for ref in (refs if key == "co_organisers" and isinstance(refs, list) else [refs]):
            with errors.entry():
                registry.require(ref, file=doc.metadata_file, line=key_line(meta, key), entry=doc.id, role=key,
                                 kinds=kinds)
    for name, ref in name_senses(meta).items():
        with errors.entry():
            entity = registry.require(ref, file=doc.metadata_file, line=key_line(meta, "names"), entry=doc.id,
                                      role=f"names: {name}:")
            if " ".join(name.split()) not in {" ".join(n.split()) for n in entity.names}:
                raise CurationError(f"names: {name!r} is not a name of {ref!r} (its label, acronyms and aliases: "
                                    f"{', '.join(entity.names)}); add it to the entry's aliases or map the name "
                                    "to the entity that has it", file=doc.metadata_file,
                                    line=key_line(meta, "names"), entry=doc.id)
    if own:
        errors.check()


def load_statements(doc: SourceDocument, registry: Registry, ontology: Ontology,
                    errors: Collector | None = None) -> Curation:
    """The statements and partnerships of ``doc``. Errors are collected entry by entry into ``errors``
    (when given; the caller raises them) or raised together at the end (CurationErrors)."""
    own = errors is None
    errors = errors if errors is not None else Collector()
    index = QuoteIndex(doc.text)
    result = Curation([], [])
    seen: dict[str, tuple[Path, int | None]] = {}
    for path in doc.statement_files:
        with errors.entry():
            _load_file(path, doc, index, registry, ontology, result, seen, errors)
    if own:
        errors.check()
    return result


def _load_file(path: Path, doc: SourceDocument, index: QuoteIndex, registry: Registry, ontology: Ontology,
               result: Curation, seen: dict, errors: Collector) -> None:
    data = load_yaml(path)
    if data is None:
        return
    if not isinstance(data, dict) or not fields(data) <= {"statements", "partnerships"}:
        raise CurationError("a statements file is a mapping with the lists 'statements' and "
                            "'partnerships'", file=path, line=line_of(data) or 1)
    for key in ("statements", "partnerships"):
        entries = data.get(key) or []
        if not isinstance(entries, list):
            errors.add(CurationError(f"{key} must be a YAML list (- id: ...)", file=path, line=key_line(data, key)))
            continue
        for raw in entries:
            with errors.entry():
                entry = _entry(raw, key, path, doc, index, registry, ontology, result, seen)
                if isinstance(entry, list):
                    result.statements.extend(entry)
                elif entry is not None:
                    result.partnerships.append(entry)


def _entry(raw: object, key: str, path: Path, doc: SourceDocument, index: QuoteIndex, registry: Registry,
           ontology: Ontology, result: Curation, seen: dict):
    line = line_of(raw)
    if not isinstance(raw, dict):
        raise CurationError(f"each entry of {key} must be a mapping, got {raw!r}"[:300], file=path, line=line)
    if raw.get("proposed") is True:
        result.proposed.append(str(raw.get("id")))
        return None
    if raw.get("proposed", False) is not False:
        raise CurationError(f"proposed must be true (not yet accepted) or false; got {raw['proposed']!r}"[:300],
                            file=path, line=key_line(raw, "proposed"), entry=str(raw.get("id")))
    sid = raw.get("id")
    if not isinstance(sid, str) or not ID_PATTERN.match(sid):
        raise CurationError(f"id {sid!r} must be a lower-case slug"[:300], file=path, line=key_line(raw, "id"))
    if sid in seen:
        first_file, first_line = seen[sid]
        raise CurationError(f"duplicate id {sid!r}, first used at {first_file.name}:{first_line}",
                            file=path, line=line, entry=sid)
    seen[sid] = (path, line)
    if key == "statements":
        schema.check_keys(raw, schema.Statement, path, sid)
        views = expand_parties(raw, path)
        out = [_statement(view, doc, index, registry, ontology, path) for view in views]
        if len(views) > 1:
            for view in views:
                if view["id"] in seen:
                    first_file, first_line = seen[view["id"]]
                    raise CurationError(f"entry {sid!r} gives the id {view['id']!r} to one of its pairs, but "
                                        f"{first_file.name}:{first_line} uses it already", file=path, line=line,
                                        entry=sid)
                seen[view["id"]] = (path, line)
        return out
    return _partnership(raw, doc, index, registry, ontology, path)


#: Key of an expanded pair's view holding the id of the entry it comes from.
_ENTRY = "__entry__"


def expand_parties(raw: dict, path: Path) -> list[dict]:
    """One entry per (subject, object) pair of an entry with ``subjects:`` or ``objects:`` lists
    (sharing its quote), each with the id ``<id>-<subject>`` / ``<id>-<object>`` /
    ``<id>-<subject>-<object>`` (the side that is a list names the pair); an entry without lists as it is."""
    sid = raw["id"]
    if "subjects" not in raw and "objects" not in raw:
        return [raw]
    lines = dict(raw.get(KEY_LINES) or {})
    sides = {}
    for one, many in (("subject", "subjects"), ("object", "objects")):
        if one in raw and many in raw:
            raise CurationError(f"give either '{one}:' or '{many}:', not both", file=path,
                                line=key_line(raw, many), entry=sid)
        if many not in raw:
            sides[one] = None
            continue
        refs = raw[many]
        if not isinstance(refs, list) or not refs or not all(isinstance(r, str) for r in refs) \
                or len(set(refs)) != len(refs):
            raise CurationError(f"{many} must list different registry ids, like [iom, unitar]", file=path,
                                line=key_line(raw, many), entry=sid)
        if "value" in raw and many == "objects":
            raise CurationError("'objects:' names entities; a value relation takes one 'value:'", file=path,
                                line=key_line(raw, many), entry=sid)
        sides[one] = refs
        lines[one] = lines.get(many) or raw.get(LINE_KEY)
    if "title" in raw and sides["subject"] is not None:
        raise CurationError("title is for one person: give it in an entry of its own 'subject:'", file=path,
                            line=key_line(raw, "title"), entry=sid)
    views = []
    for subject in sides["subject"] or [raw.get("subject")]:
        for obj in sides["object"] or ([raw["object"]] if "object" in raw else [None]):
            view = {k: v for k, v in raw.items() if k not in ("subjects", "objects")}
            view[KEY_LINES] = lines
            view["subject"] = subject
            if sides["object"] is not None or "object" in raw:
                view["object"] = obj
            named = [str(x) for x, listed in ((subject, sides["subject"]), (obj, sides["object"])) if listed]
            view["id"], view[_ENTRY] = "-".join([sid, *named]), sid
            views.append(view)
    return views


def locate(raw: dict, doc: SourceDocument, index: QuoteIndex, path: Path, entry: str) -> Evidence:
    line = key_line(raw, "quote")
    quote = raw.get("quote")
    if not isinstance(quote, str) or not quote.strip():
        raise CurationError("missing quote: every fact needs the report's exact words", file=path, line=line,
                            entry=entry)
    spans = index.find_all(quote)
    whole = [s for s in spans if not _cuts_a_word(doc.text, s.start, s.end)]
    if spans and not whole:
        a, b = _whole_words(doc.text, spans[0].start, spans[0].end)
        raise CurationError(f"quote begins or ends inside a word: {quote.strip()[:80]!r}; a quote starts and ends "
                            f"on whole words: “{' '.join(doc.text[a:b].split())[:300]}”", file=path, line=line,
                            entry=entry)
    spans = whole
    if not spans:
        near = index.nearest(quote)
        hint = "copy the words exactly; line breaks and extra spaces are ignored"
        if near is not None:
            hint = (f"nearest passage (section {doc.section_at(near.span.start).id}): “{near.passage}” "
                    f"differs at: {near.differences}")
        raise CurationError(f"quote not found in {doc.text_file.name}: {quote.strip()[:80]!r}; {hint}",
                            file=path, line=line, entry=entry)
    section_hint, occurrence = raw.get("section"), raw.get("occurrence")
    if section_hint is not None:
        line = key_line(raw, "section")
        if not isinstance(section_hint, str) or section_hint not in doc.section_ids():
            raise CurationError(f"section {section_hint!r} is not a section of {doc.id}; valid: "
                                f"{', '.join(s.id for s in doc.sections)}", file=path, line=line, entry=entry)
        spans = [s for s in spans if doc.section_at(s.start).id == section_hint
                 or _within(doc, s.start, section_hint)]
        if not spans:
            raise CurationError(f"quote not found in section {section_hint!r}", file=path, line=line,
                                entry=entry)
    if occurrence is not None:
        line = key_line(raw, "occurrence")
        if not isinstance(occurrence, int) or isinstance(occurrence, bool) or not 1 <= occurrence <= len(spans):
            raise CurationError(f"occurrence must be a whole number from 1 to {len(spans)}", file=path,
                                line=line, entry=entry)
        spans = [spans[occurrence - 1]]
    if len(spans) > 1:
        where = ", ".join(f"{doc.section_at(s.start).id} at {s.start}" for s in spans)
        raise CurationError(f"quote found {len(spans)} times ({where}); add 'section: <id>' or "
                            "'occurrence: N' to pick one", file=path, line=line, entry=entry)
    span = spans[0]
    para = doc.paragraph_at(span.start)
    return Evidence(doc.id, span, doc.section_at(span.start).id, para.index if para else None)


def _cuts_a_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] begins or ends in the middle of a word ("nited Nations", "Organiz")."""
    return (0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum()) or \
        (0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum())


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """text[start:end] widened to the whole words it cuts."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end


def _within(doc: SourceDocument, offset: int, section_id: str) -> bool:
    section = next(s for s in doc.sections if s.id == section_id)
    return section.start <= offset < section.end


def _check_kind(entity: Entity, target, ontology: Ontology, *, path: Path, line, entry: str, what: str,
                relation: Relation) -> None:
    if not ontology.is_a(KIND_CLASS[entity.kind], target):
        valid = ", ".join(ontology.kinds_for(target)) or "none"
        raise CurationError(f"{what} {entity.id!r} is of kind {entity.kind}, but '{relation.name}' needs "
                            f"{what} of kind: {valid}", file=path, line=line, entry=entry)


def _statement(raw: dict, doc: SourceDocument, index: QuoteIndex, registry: Registry, ontology: Ontology,
               path: Path) -> Statement:
    sid, line = raw.get(_ENTRY, raw["id"]), line_of(raw)  # errors name the entry the curator wrote
    name = raw.get("relation")
    relation = ontology.relations.get(name) if isinstance(name, str) else None
    if relation is None:
        near = closest(str(name), ontology.relations)
        hint = f" (did you mean {', '.join(near)}?)" if near else ""
        raise CurationError(f"unknown relation {name!r}{hint}; valid: {', '.join(ontology.relations)}"[:1000],
                            file=path, line=key_line(raw, "relation"), entry=sid)
    subject = registry.require(raw.get("subject"), file=path, line=key_line(raw, "subject"), entry=sid,
                               role="subject")
    _check_kind(subject, relation.domain, ontology, path=path, line=key_line(raw, "subject"), entry=sid,
                what="subject", relation=relation)
    obj = value = None
    if relation.is_value:
        if "object" in raw or "value" not in raw:
            raise CurationError(f"'{relation.name}' takes 'value:' (a {_range_name(relation)}), not 'object:'",
                                file=path, line=line, entry=sid)
        value = _literal(raw["value"], relation, path, key_line(raw, "value"), sid)
    else:
        if "value" in raw or "object" not in raw:
            raise CurationError(f"'{relation.name}' takes 'object:' (a registry id), not 'value:'",
                                file=path, line=line, entry=sid)
        obj = registry.require(raw.get("object"), file=path, line=key_line(raw, "object"), entry=sid, role="object")
        _check_kind(obj, relation.range, ontology, path=path, line=key_line(raw, "object"), entry=sid,
                    what="object", relation=relation)
    title = raw.get("title")
    if title is not None:
        if subject.kind != "person":
            raise CurationError("title is only for statements about a person", file=path,
                                line=key_line(raw, "title"), entry=sid)
        title = clean_text(title, "title", path, key_line(raw, "title"), sid)
    as_of = raw.get("as_of")
    if as_of is not None and (not isinstance(as_of, dt.date) or isinstance(as_of, dt.datetime)):
        raise CurationError(f"as_of {as_of!r} must be an ISO date like 2007-03-01 (the day the fact held)"[:300],
                            file=path, line=key_line(raw, "as_of"), entry=sid)
    return Statement(raw["id"], doc.id, subject, relation, obj, value, title,
                     locate(raw, doc, index, path, sid), path, line, read_modality(raw, path, sid), as_of)


def _range_name(relation: Relation) -> str:
    return {XSD.integer: "whole number", XSD.decimal: "decimal number", XSD.date: "date like 2007-03-07",
            XSD.gYear: "year like 1994"}.get(relation.range, "text")


def _literal(value: object, relation: Relation, path: Path, line, entry: str) -> Literal:
    rng = relation.range
    if rng in STRUCTURED_RANGES:  # an amount of money or a count with its unit
        return structured_value(value, rng, relation.name, path, line, entry)
    bad = CurationError(f"value {str(value)[:80]!r} is not a {_range_name(relation)}, as '{relation.name}' needs",
                        file=path, line=line, entry=entry)
    if rng == XSD.integer:
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad
        return Literal(value, datatype=XSD.integer)
    if rng == XSD.decimal:
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            raise bad
        try:
            return Literal(Decimal(str(value)), datatype=XSD.decimal)
        except InvalidOperation as exc:
            raise bad from exc
    if rng == XSD.date:
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            raise bad
        return Literal(value, datatype=XSD.date)
    if rng == XSD.gYear:
        if isinstance(value, bool) or not isinstance(value, int) or not 1000 <= value <= 9999:
            raise bad
        return Literal(f"{value:04d}", datatype=XSD.gYear)
    if not isinstance(value, str):
        raise bad
    return Literal(clean_text(value, "value", path, line, entry))


def _partnership(raw: dict, doc: SourceDocument, index: QuoteIndex, registry: Registry, ontology: Ontology,
                 path: Path) -> Partnership:
    pid, line = raw["id"], line_of(raw)
    schema.check_keys(raw, schema.Partnership, path, pid)
    kind = raw.get("kind")
    if not isinstance(kind, str) or kind not in ontology.partnership_kinds:
        raise CurationError(f"partnership kind {str(kind)[:80]!r} is not one of: "
                            f"{', '.join(sorted(ontology.partnership_kinds))}", file=path, line=key_line(raw, "kind"),
                            entry=pid)
    partners_raw = raw.get("partners")
    at = key_line(raw, "partners")
    if (not isinstance(partners_raw, list) or not all(isinstance(r, str) for r in partners_raw)
            or len(set(partners_raw)) < 2):
        raise CurationError("partners must list two or more different actor ids, like [iom, unitar]", file=path,
                            line=at, entry=pid)
    partners = []
    for ref in partners_raw:
        e = registry.require(ref, file=path, line=at, entry=pid, role="partner")
        if not ontology.is_a(KIND_CLASS[e.kind], MKG.Actor):
            raise CurationError(f"partner {e.id!r} is of kind {e.kind}; partners must be of kind: "
                                f"{', '.join(ontology.kinds_for(MKG.Actor))}", file=path, line=at, entry=pid)
        partners.append(e)
    about_raw = raw.get("about") or []
    at = key_line(raw, "about")
    if not isinstance(about_raw, list) or not all(isinstance(r, str) for r in about_raw):
        raise CurationError("about must be a list of registry ids (initiatives, events, topics)", file=path,
                            line=at, entry=pid)
    about = []
    for ref in about_raw:
        e = registry.require(ref, file=path, line=at, entry=pid, role="about")
        if ontology.is_a(KIND_CLASS[e.kind], MKG.Actor):
            raise CurationError(f"about {e.id!r} is of kind {e.kind}; a partnership is about an undertaking or a "
                                "topic, its actors go in partners", file=path, line=at, entry=pid)
        about.append(e)
    date = raw.get("date")
    if date is not None and (not isinstance(date, dt.date) or isinstance(date, dt.datetime)):
        raise CurationError(f"date {str(date)[:80]!r} must be an ISO date like 2007-03-07", file=path,
                            line=key_line(raw, "date"), entry=pid)
    return Partnership(pid, doc.id, kind, tuple(partners), tuple(about), date,
                       locate(raw, doc, index, path, pid), path, line, read_modality(raw, path, pid))
