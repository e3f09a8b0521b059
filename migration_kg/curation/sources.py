"""Source documents: metadata, verbatim text, and segmentation into sections and paragraphs.

Each document is a folder ``graph/sources/<id>/`` with ``metadata.yaml``, the text it names
and ``statements/*.yaml``. Sections come from the headings listed in the metadata (the
report's own), paragraphs from the text's line structure.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from migration_kg.curation.collector import Collector
from migration_kg.errors import CurationError
from migration_kg.curation import schema
from migration_kg.curation.yamlio import (clean_text, decode_utf8, fields, key_line, line_of,
                                          load_yaml, read_limited)

#: A slug: lower-case letters and digits in groups joined by single hyphens (\Z: no trailing newline).
ID_PATTERN = re.compile(r"\A[a-z0-9]+(-[a-z0-9]+)*\Z")  # schema.SLUG is its JSON Schema form
_REQUIRED = ("id", "title", "publisher", "date", "text", "sections")
# A paragraph ends after a line whose last visible character ends a sentence.
_PARAGRAPH_END = re.compile(r"[.!?:;”\")]\s*$")


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    level: int
    parent: str | None
    start: int
    end: int
    heading_end: int  # where the section's own text starts (after its heading line)


@dataclass(frozen=True)
class Paragraph:
    index: int  # 1-based within the document
    section: str
    start: int
    end: int


@dataclass
class SourceDocument:
    id: str
    folder: Path
    metadata_file: Path
    text_file: Path
    text: str
    metadata: dict
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)

    @property
    def statement_files(self) -> list[Path]:
        files = sorted((self.folder / "statements").glob("*.yaml"))
        for path in files:
            check_inside(path, self.folder.parent.parent)
        return files

    def section_ids(self) -> set[str]:
        return {s.id for s in self.sections}

    def section_at(self, offset: int) -> Section:
        """The innermost section containing ``offset``."""
        best = self.sections[0]
        for section in self.sections:
            if section.start <= offset < section.end and section.level >= best.level:
                best = section
        return best

    def paragraph_at(self, offset: int) -> Paragraph | None:
        starts = [p.start for p in self.paragraphs]
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and self.paragraphs[i].start <= offset < self.paragraphs[i].end:
            return self.paragraphs[i]
        return None


def discover(graph_dir: Path) -> list[Path]:
    """Folders of source documents, sorted by name."""
    root = graph_dir / "sources"
    if not root.is_dir():
        raise CurationError("no sources/ folder: each document lives in sources/<id>/", file=graph_dir)
    return sorted(p for p in root.iterdir() if p.is_dir())


def check_inside(path: Path, root: Path, *, file: Path | None = None, line: int | None = None) -> None:
    """Refuse a file that is (or links to) something outside the data folder ``root``."""
    try:
        real = path.resolve()
        real.relative_to(root.resolve())
    except ValueError:
        raise CurationError(f"{path.name} links to {real}, outside the data folder {root}; the build reads "
                            "only files inside it: copy the file in instead of linking to it",
                            file=file or path, line=line) from None
    except OSError as exc:  # a symlink loop
        raise CurationError(f"cannot follow {path.name}: {exc.strerror or exc}", file=file or path,
                            line=line) from exc


def name_senses(meta: dict) -> dict:
    """A document's ``names`` metadata (an ambiguous name -> the registry id it means there) without
    the loader's line keys."""
    senses = meta.get("names")
    return {k: v for k, v in senses.items() if k in fields(senses)} if isinstance(senses, dict) else {}


def load_document(folder: Path) -> SourceDocument:
    """A document's metadata, text, sections and paragraphs: every error in the metadata at once
    (one CurationErrors), then the text's."""
    root = folder.parent.parent  # the data folder (sources/<id>/)
    meta_file = folder / "metadata.yaml"
    if not meta_file.is_file():
        raise CurationError("missing metadata.yaml (title, publisher, date, text, sections)", file=folder)
    check_inside(meta_file, root)
    meta = load_yaml(meta_file)
    if not isinstance(meta, dict):
        raise CurationError("metadata must be a mapping with id, title, publisher, date, text, sections",
                            file=meta_file, line=1)
    errors = Collector()
    at = lambda key: key_line(meta, key)  # noqa: E731 - the line of a key, for the messages
    for key in _REQUIRED:
        if meta.get(key) is None:
            errors.add(CurationError(f"missing required key {key!r}", file=meta_file, line=at(key)))
    with errors.entry():
        schema.check_keys(meta, schema.DocumentMetadata, meta_file)
    for key in ("title", "subtitle", "publisher", "place", "series", "language", "extraction"):
        if meta.get(key) is not None:
            with errors.entry():
                meta[key] = clean_text(meta[key], key, meta_file, at(key), None)
    doc_id = meta.get("id")
    if doc_id is not None and (not isinstance(doc_id, str) or not ID_PATTERN.match(doc_id)):
        errors.add(CurationError(f"document id {doc_id!r} must be a lower-case slug like 'unitar-2007-03-07'",
                                 file=meta_file, line=at("id")))
    elif doc_id is not None and doc_id != folder.name:
        errors.add(CurationError(f"document id {doc_id!r} must equal its folder name {folder.name!r}",
                                 file=meta_file, line=at("id")))
    date = meta.get("date")
    if date is not None and (not isinstance(date, dt.date) or isinstance(date, dt.datetime)):
        errors.add(CurationError(f"date {date!r} must be an ISO date like 2007-03-07", file=meta_file,
                                 line=at("date")))
    review = meta.get("review")
    if review is not None and (not isinstance(review, list) or not all(isinstance(k, str) for k in review)):
        errors.add(CurationError(f"review must be a list of metadata keys still to check, like [date, place]; "
                                 f"got {review!r}"[:300], file=meta_file, line=at("review")))
    number = meta.get("number")
    if number is not None and (isinstance(number, bool) or not isinstance(number, int) or number < 1):
        errors.add(CurationError(f"number {number!r} must be the document's number in its series, a whole "
                                 "number from 1 like 4", file=meta_file, line=at("number"), entry=doc_id))
    for key in ("publisher_entity", "place_entity", "series_entity", "reports"):
        ref = meta.get(key)
        if ref is not None and (not isinstance(ref, str) or not ID_PATTERN.match(ref)):
            errors.add(CurationError(f"{key} {ref!r} must be one registry id (a slug like 'iom')",
                                     file=meta_file, line=at(key)))
    co = meta.get("co_organisers")
    if co is not None and (not isinstance(co, list) or not all(isinstance(r, str) for r in co)):
        errors.add(CurationError(f"co_organisers must be a list of registry ids, like [unfpa, iom]; got {co!r}",
                                 file=meta_file, line=at("co_organisers")))
    senses = meta.get("names")
    if senses is not None and (not isinstance(senses, dict) or not all(
            isinstance(k, str) and k.strip() and isinstance(v, str) and ID_PATTERN.match(v)
            for k, v in name_senses(meta).items())):
        errors.add(CurationError(f"names must map a name the text uses to the registry id it means in this "
                                 f"document, like {{HLD: hld-2006}}; got {name_senses(meta) or senses!r}"[:300], file=meta_file,
                                 line=at("names")))
    name = meta.get("text")
    if name is not None and (not isinstance(name, str) or not name.strip() or "/" in name or "\\" in name
                             or name in (".", "..")):
        errors.add(CurationError(f"text {name!r} must be a file name in the document's folder",
                                 file=meta_file, line=at("text")))
    errors.check()
    text_file = folder / name
    check_inside(text_file, root, file=meta_file, line=at("text"))
    if not text_file.is_file():
        raise CurationError(f"source text {name!r} not found next to metadata.yaml", file=meta_file,
                            line=at("text"), entry=doc_id)
    raw = read_limited(text_file, "source text")
    text = decode_utf8(raw, text_file, "text").replace("\r\n", "\n").replace("\r", "\n")  # as read_text() reads it
    doc = SourceDocument(id=doc_id, folder=folder, metadata_file=meta_file, text_file=text_file,
                         text=text, metadata=meta)
    doc.sections = segment(doc)
    doc.paragraphs = paragraphs(doc)
    return doc


def segment(doc: SourceDocument) -> list[Section]:
    specs = doc.metadata["sections"]
    if not isinstance(specs, list) or not specs:
        raise CurationError("sections must be a non-empty list of {id, title, heading}",
                            file=doc.metadata_file, line=key_line(doc.metadata, "sections"))
    text = doc.text
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]*", text)]
    found: list[tuple[dict, int, int]] = []  # spec, start, heading_end
    cursor = 0
    seen: dict[str, int] = {}
    errors = Collector()
    for i, spec in enumerate(specs):
        with errors.entry():
            cursor = _section(doc, i, spec, lines, cursor, seen, found)
    errors.check()
    levels: dict[str, int] = {}
    parents: dict[str, str | None] = {}
    for spec, _, _ in found:
        parents[spec["id"]] = spec.get("parent")
        levels[spec["id"]] = 1 if spec.get("parent") is None else levels[spec["parent"]] + 1

    def is_descendant(sid: str, ancestor: str) -> bool:
        p = parents[sid]
        while p is not None:
            if p == ancestor:
                return True
            p = parents[p]
        return False

    sections = []
    for i, (spec, start, heading_end) in enumerate(found):
        end = len(text)
        for later, later_start, _ in found[i + 1:]:
            if not is_descendant(later["id"], spec["id"]):
                end = later_start
                break
        end = start + len(text[start:end].rstrip())
        sections.append(Section(id=spec["id"], title=str(spec["title"]), level=levels[spec["id"]],
                                parent=spec.get("parent"), start=start, end=max(end, heading_end),
                                heading_end=heading_end))
    return sections


def _section(doc: SourceDocument, i: int, spec: object, lines: list, cursor: int, seen: dict,
             found: list) -> int:
    """Check one section spec and find its heading after ``cursor``; the new cursor."""
    file, line = doc.metadata_file, line_of(spec)
    if not isinstance(spec, dict) or not {"id", "title"} <= fields(spec):
        raise CurationError("each section needs id and title (and heading, parent)", file=file,
                            line=line or key_line(doc.metadata, "sections"))
    sid = spec["id"]
    if not isinstance(sid, str) or not ID_PATTERN.match(sid):
        raise CurationError(f"section id {sid!r} must be a lower-case slug", file=file, line=key_line(spec, "id"))
    schema.check_keys(spec, schema.Section, file, sid)
    spec["title"] = clean_text(spec["title"], "title", file, key_line(spec, "title"), sid)
    if sid in seen:
        raise CurationError(f"duplicate section id {sid!r} (first at line {seen[sid]})", file=file, line=line,
                            entry=sid)
    seen[sid] = line
    parent = spec.get("parent")
    before = sorted(s for s in seen if s != sid) or "none"
    if parent is not None and not isinstance(parent, str):
        raise CurationError(f"parent {parent!r} must be the id of a section listed before this one",
                            file=file, line=key_line(spec, "parent"), entry=sid)
    if parent == sid:
        raise CurationError(f"section {sid!r} cannot be its own parent; parent must be a section listed "
                            f"before this one: {before}", file=file, line=key_line(spec, "parent"), entry=sid)
    if parent is not None and parent not in seen:
        raise CurationError(f"parent {parent!r} must be a section listed before this one; "
                            f"listed so far: {before}", file=file, line=key_line(spec, "parent"), entry=sid)
    heading = spec.get("heading")
    if heading is None:
        if i != 0:
            raise CurationError("only the first section may have no heading (it starts the text)",
                                file=file, line=line, entry=sid)
        lead = len(doc.text) - len(doc.text.lstrip())
        found.append((spec, lead, lead))
        return cursor
    if not isinstance(heading, (str, int, float)) or isinstance(heading, bool):
        raise CurationError(f"heading {heading!r} must be the heading's line of text", file=file,
                            line=key_line(spec, "heading"), entry=sid)
    heading = " ".join(str(heading).split())
    inline = spec.get("inline", False)
    if not isinstance(inline, bool):
        raise CurationError("inline must be true (the heading runs into the text of its line) or false",
                            file=file, line=key_line(spec, "inline"), entry=sid)
    if inline:
        # the heading's words at the start of a line or after a sentence's end, followed by its text
        words = r"\s+".join(re.escape(w) for w in heading.split())
        m = re.compile(rf"(?:(?<=\n)|(?<=^)|(?<=[.!?:;]\s)|(?<=[.!?:;]”\s))[ \t]*({words})(?=\s)").search(doc.text, cursor)
        if m is None:
            raise CurationError(f"heading {heading!r} not found after the previous section's heading, at the start "
                                "of a line or of a sentence", file=file, line=key_line(spec, "heading"), entry=sid)
        found.append((spec, m.start(1), m.end(1)))
        return m.end(1)
    for start, content in lines:
        if start < cursor:
            continue
        if " ".join(content.split()) == heading:
            lead = len(content) - len(content.lstrip())
            found.append((spec, start + lead, start + len(content)))
            return start + len(content)
    raise CurationError(f"heading {heading!r} not found as a line of the text after the previous section's "
                        "heading (a heading that runs into its text needs inline: true)", file=file,
                        line=key_line(spec, "heading"), entry=sid)


def paragraphs(doc: SourceDocument) -> list[Paragraph]:
    """Paragraphs of each section's own text (between its heading and the next heading)."""
    text = doc.text
    bounds = sorted((s.heading_end, s.id) for s in doc.sections)
    starts = sorted(s.start for s in doc.sections) + [len(text)]
    found: list[Paragraph] = []
    for own_start, sid in bounds:
        own_end = min(x for x in starts if x >= own_start) if any(x >= own_start for x in starts) else len(text)
        if own_end <= own_start:
            own_end = next((x for x in starts if x > own_start), len(text))
        current: tuple[int, int] | None = None
        for m in re.finditer(r"[^\n]+", text[own_start:own_end]):
            content = m.group(0)
            if not content.strip():
                continue
            lead = len(content) - len(content.lstrip())
            a = own_start + m.start() + lead
            b = own_start + m.start() + len(content.rstrip())
            current = (current[0], b) if current else (a, b)
            if _PARAGRAPH_END.search(content):
                found.append(Paragraph(len(found) + 1, sid, *current))
                current = None
        if current:
            found.append(Paragraph(len(found) + 1, sid, *current))
    found.sort(key=lambda p: p.start)
    return [Paragraph(i + 1, p.section, p.start, p.end) for i, p in enumerate(found)]
