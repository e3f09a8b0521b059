"""`add-document`: a report (.txt, .md or .pdf) becomes ``sources/<id>/`` with its text and metadata.

The text is cleaned the way a curator would by hand (line breaks normalised, words hyphenated
across lines joined, page headers and footers that repeat dropped), headings are found and listed
as sections in the format the build reads, and title, date, place and publisher are filled in when
the text gives them, listed under ``review:`` for a person to check.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from migration_kg.assist.document import flow, open_document, slug
from migration_kg.errors import CurationError, UsageError
from migration_kg.curation.mentions import MONTHS
from migration_kg.curation.sources import ID_PATTERN
from migration_kg.curation.yamlio import decode_utf8

SUFFIXES = (".txt", ".md", ".pdf")


@dataclass
class Extracted:
    pages: list[str]
    how: str  # how the text was obtained, for the metadata
    title: str | None = None  # from the PDF's document information, when set
    author: str | None = None
    markdown: bool = False


@dataclass
class DetectedSection:
    id: str
    title: str
    heading: str | None
    parent: str | None
    offset: int
    inline: bool = False  # the heading runs into the text of its line ("2 Regional dialogues Since 2010, ...")


@dataclass
class AddedDocument:
    id: str
    folder: Path
    text: str
    metadata: dict
    sections: list[DetectedSection]
    review: list[str]
    notes: list[str] = field(default_factory=list)


# -- Extraction ------------------------------------------------------------------------------------

def extract(file: Path) -> Extracted:
    suffix = file.suffix.lower()
    if suffix not in SUFFIXES:
        raise UsageError(f"{file}: cannot read {suffix or 'a file without extension'}; add-document reads "
                         f"{', '.join(SUFFIXES)}")
    if not file.is_file():
        raise UsageError(f"{file}: no such file")
    if suffix == ".pdf":
        return _extract_pdf(file)
    text = decode_utf8(file.read_bytes(), file, "text", encoding="utf-8-sig")
    kind = "Markdown" if suffix == ".md" else "plain text"
    pages = text.split("\f")
    return Extracted(pages, f"read as UTF-8 {kind} from {file.name}", markdown=suffix == ".md")


def _extract_pdf(file: Path) -> Extracted:
    try:
        import pypdf
    except ImportError as exc:  # pragma: no cover - pypdf is a dependency
        raise UsageError("reading PDF needs the pypdf package: pip install pypdf") from exc
    try:
        reader = pypdf.PdfReader(file)
        pages = [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
        info = reader.metadata or {}
    except (pypdf.errors.PyPdfError, OSError, ValueError) as exc:
        raise CurationError(f"cannot read the PDF: {exc}", file=file) from exc
    if not any(p.strip() for p in pages):
        raise CurationError("the PDF has no text layer (a scan?): run OCR first, or give the text as .txt",
                            file=file)
    title = str(info.get("/Title") or "").strip() or None
    author = str(info.get("/Author") or "").strip() or None
    return Extracted(pages, f"extracted from {file.name} ({len(pages)} page{'s' if len(pages) != 1 else ''}) "
                            f"with pypdf {pypdf.__version__} (layout mode)", title=title, author=author)


# -- Cleaning --------------------------------------------------------------------------------------

_PAGE_NUMBER = re.compile(r"^\W*(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\W*$", re.I)
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def _page_lines(page: str) -> list[str]:
    page = page.replace("\r\n", "\n").replace("\r", "\n").replace("\u00ad", "")
    return [re.sub(r"[ \t\u00a0]{2,}", " ", line).strip() for line in page.split("\n")]


def clean(extracted: Extracted) -> tuple[str, list[str], dict[int, int]]:
    """The cleaned text, notes on what was changed, and Markdown heading levels by line number."""
    pages = [_page_lines(p) for p in extracted.pages]
    notes: list[str] = []
    dropped = _drop_headers_footers(pages)
    if dropped:
        notes.append("dropped repeating page headers/footers: " + "; ".join(
            f"{line!r} ({n} pages)" for line, n in dropped.items()))
    lines: list[str] = []
    levels: dict[int, int] = {}
    for i, page in enumerate(pages):
        if i and lines and lines[-1] != "":
            lines.append("")
        for line in page:
            if extracted.markdown:
                m = _MD_HEADING.match(line)
                if m:
                    levels[len(lines)] = len(m.group(1))
                    line = m.group(2)
            if line == "" and lines and lines[-1] == "":
                continue
            lines.append(line)
    while lines and lines[-1] == "":
        lines.pop()
    while lines and lines[0] == "":
        lines.pop(0)
        levels = {k - 1: v for k, v in levels.items()}
    lines, joined = _join_hyphenation(lines, levels)
    if joined:
        notes.append(f"joined {joined} word{'s' if joined != 1 else ''} hyphenated across lines")
    text = "\n".join(lines) + "\n"
    text = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "", text)
    return text, notes, levels


def _drop_headers_footers(pages: list[list[str]]) -> dict[str, int]:
    """Remove, in place, the first/last lines of pages that repeat on most pages (digits aside),
    and page numbers standing alone at the top or bottom of a page."""
    def edges(page: list[str]) -> list[int]:
        filled = [i for i, line in enumerate(page) if line]
        return sorted(set(filled[:2] + filled[-2:]))

    key = lambda line: re.sub(r"\d+", "#", line.casefold())  # noqa: E731
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({key(page[i]) for i in edges(page)})
    repeating = {k for k, n in counts.items() if len(pages) >= 2 and n >= max(2, (len(pages) + 1) // 2)}
    dropped: Counter[str] = Counter()
    for page in pages:
        for i in edges(page):
            line = page[i]
            if key(line) in repeating or _PAGE_NUMBER.match(line):
                dropped["page numbers" if _PAGE_NUMBER.match(line) else line] += 1
                page[i] = ""
    return dict(dropped)


def _join_hyphenation(lines: list[str], headings: dict[int, int]) -> tuple[list[str], int]:
    """'develop-' / 'ment of' -> 'development' / 'of'; the hyphen stays when the text writes the
    word with a hyphen elsewhere ('migration-development') and never without it."""
    flat = " ".join(lines)
    out = list(lines)
    joined = 0
    for i in range(len(out) - 1):
        m = re.search(r"(\w+)-$", out[i])
        nxt = re.match(r"([a-z]\w*)(.*)$", out[i + 1])
        if not m or not nxt or i in headings or i + 1 in headings or len(m.group(1)) < 2:
            continue
        first, second = m.group(1), nxt.group(1)
        keep_hyphen = f"{first}-{second}" in flat and f"{first}{second}" not in flat
        out[i] = out[i][:-1] + ("-" if keep_hyphen else "") + second
        out[i + 1] = nxt.group(2).lstrip()
        joined += 0 if keep_hyphen else 1
    # a line emptied by the join would read as a paragraph break: drop it
    result, kept_levels = [], {}
    for i, line in enumerate(out):
        if line == "" and lines[i] != "":
            continue
        if i in headings:
            kept_levels[len(result)] = headings[i]
        result.append(line)
    headings.clear()
    headings.update(kept_levels)
    return result, joined


# -- Sections --------------------------------------------------------------------------------------

_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+[A-Z]")
_ENDS_SENTENCE = re.compile(r"[.!?:;”\")]$")


def detect_sections(text: str, markdown_levels: dict[int, int] | None = None) -> list[DetectedSection]:
    """Headings as sections: Markdown '#' lines, numbered headings ('2.1 Remittances'), lines in
    capitals, and short title-like lines standing alone before a paragraph."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    prose_len = _prose_length([c for _, c in lines])
    found: list[tuple[int, int, str]] = []  # line index, level, heading
    if markdown_levels:
        found = [(i, level, lines[i][1].strip()) for i, level in sorted(markdown_levels.items())
                 if lines[i][1].strip()]
    else:
        accepted: dict[int, int] = {}
        for i in range(len(lines) - 1, -1, -1):
            level = _heading_level(lines, i, prose_len, accepted)
            if level:
                accepted[i] = level
        found = [(i, accepted[i], lines[i][1].strip()) for i in sorted(accepted)]
        found = sorted(found + [(i, level, heading) for i, (level, heading) in _inline_headings(lines, accepted).items()])
    if found and min(level for _, level, _ in found) > 1:  # no top-level heading: lift them all
        top = min(level for _, level, _ in found)
        found = [(i, level - top + 1, h) for i, level, h in found]
    sections: list[DetectedSection] = []
    first = found[0][0] if found else len(lines)
    if any(c.strip() for _, c in lines[:first]):
        sections.append(DetectedSection("front-matter", "Front matter", None, None, 0))
    stack: list[tuple[int, str]] = []  # (level, id)
    ids = {s.id for s in sections}
    for i, level, heading in found:
        sid = base = slug(re.sub(r"^\d+(\.\d+)*\.?\s+", "", heading), 6) or "section"
        n = 2
        while sid in ids:
            sid, n = f"{base}-{n}", n + 1
        ids.add(sid)
        while stack and stack[-1][0] >= level:
            stack.pop()
        parent = stack[-1][1] if stack else None
        stack.append((level, sid))
        offset = lines[i][0] + len(lines[i][1]) - len(lines[i][1].lstrip())
        sections.append(DetectedSection(sid, _title(heading), heading, parent, offset,
                                        inline=heading != lines[i][1].strip()))
    return sections


#: A numbered heading in sentence case that runs into its paragraph: "2 Regional dialogues Since 2010, ...".
_INLINE_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+[A-Z][\w’'\-]*(?:\s+(?:[a-z][\w’'\-]*|and|of))"
                              r"{0,7}(?=\s+[A-Z][\w’'\-]*\s)")
#: A heading in capitals that runs into its paragraph: "BACKGROUND On 20 May 2008, ...".
_INLINE_CAPITALS = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?[A-Z][A-Z’'\-]{2,}(?:\s+(?:[A-Z][A-Z’'\-]+|&))*"
                              r"(?=\s+[A-Z][a-z])")


def _inline_headings(lines: list[tuple[int, str]], accepted: dict[int, int]) -> dict[int, tuple[int, str]]:
    """Lines that start a paragraph with a heading and go on with its text: line index -> (level, heading)."""
    out = {}
    for i, (_, content) in enumerate(lines):
        content = content.strip()
        if i in accepted or not content:
            continue
        previous = lines[i - 1][1].strip() if i else ""
        if previous and not (_ENDS_SENTENCE.search(previous) or i - 1 in accepted):
            continue  # inside a paragraph (after a blank line, a line starts one)
        m = _INLINE_CAPITALS.match(content)
        level = 1
        if m is None:
            m = _INLINE_NUMBERED.match(content)
            level = m.group(1).count(".") + 1 if m else 0
        elif re.match(r"\d", m.group(0)):
            level = re.match(r"[\d.]+", m.group(0)).group(0).rstrip(".").count(".") + 1
        if m is None or len(content) - m.end() < 30 or find_date(m.group(0)):
            continue
        out[i] = (level, m.group(0))
    return out


def _prose_length(lines: list[str]) -> int:
    lengths = sorted(len(c) for c in lines if len(c.split()) >= 5)
    return lengths[int(len(lengths) * 0.75)] if lengths else 60


def _heading_level(lines: list[tuple[int, str]], i: int, prose_len: int, accepted: dict[int, int]) -> int:
    content = lines[i][1].strip()
    words = content.split()
    if not words or len(words) > 12 or len(content) > 90 or _ENDS_SENTENCE.search(content) \
            or content.endswith(",") or _PAGE_NUMBER.match(content):
        return 0
    if not (content[0].isupper() or content[0].isdigit()) or find_date(content):
        return 0  # a date line ("7 March 2007, New York") is front matter, not a heading
    previous = next((c.strip() for _, c in reversed(lines[:i]) if c.strip()), None)
    if previous is not None and not (_ENDS_SENTENCE.search(previous) or _is_heading_like(previous)):
        return 0  # a line wrapped in the middle of a sentence
    j = next((k for k in range(i + 1, len(lines)) if lines[k][1].strip()), None)
    if j is None:
        return 0
    following = lines[j][1].strip()
    is_prose = len(following) >= 0.6 * prose_len or (len(following.split()) >= 6 and _ENDS_SENTENCE.search(following))
    if not (j in accepted or is_prose):
        return 0
    numbered = _NUMBERED.match(content)
    letters = [c for c in content if c.isalpha()]
    if numbered:
        return numbered.group(1).count(".") + 1
    if len(letters) >= 3 and all(c.isupper() for c in letters):
        return 1
    if len(words) <= 8 and sum(w[0].isupper() for w in words if w[0].isalpha()) >= 1:
        return 2
    return 0


def _is_heading_like(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 12 and not _ENDS_SENTENCE.search(line) and (line[0].isupper() or line[0].isdigit())


def _title(heading: str) -> str:
    letters = [c for c in heading if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        heading = heading[0] + heading[1:].lower()
    return " ".join(heading.split())


# -- Metadata --------------------------------------------------------------------------------------

_MONTH = rf"({'|'.join(MONTHS)})"
_DATES = [
    (re.compile(r"\b(\d{1,2})\s+" + _MONTH + r"\s+(\d{4})\b"), lambda m: (m[3], m[2], m[1])),
    (re.compile(r"\b" + _MONTH + r"\s+(\d{1,2}),?\s+(\d{4})\b"), lambda m: (m[3], m[1], m[2])),
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), lambda m: (m[1], m[2], m[3])),
]


def find_date(text: str) -> tuple[dt.date, int, int] | None:
    """The first full date in the text, with where it stands."""
    best = None
    for pattern, parts in _DATES:
        for m in pattern.finditer(text):
            y, mo, d = parts(m)
            month = int(mo) if mo.isdigit() else MONTHS.index(mo.capitalize()) + 1
            try:
                date = dt.date(int(y), month, int(d))
            except ValueError:
                continue
            if best is None or m.start() < best[1]:
                best = (date, m.start(), m.end())
            break
    return best


def find_place(text: str, date_at: tuple[int, int] | None) -> str | None:
    if date_at is not None:
        line_end = text.find("\n", date_at[1])
        rest = text[date_at[1]:line_end if line_end != -1 else len(text)]
        m = re.match(r"^\s*[,–-]\s*([A-Z][^.;()]{2,80}?)\s*\.?$", rest)
        if m:
            return m.group(1).strip()
    m = re.search(r"\b(?:held|took place|hosted)\s+(?:in|at)\s+((?:the\s+)?[A-Z][^.;()\n]{2,60}?)\s*[.;,(\n]", text)
    return m.group(1).strip() if m else None


def detect_metadata(text: str, sections: list[DetectedSection], extracted: Extracted, registry) -> tuple[dict, list[str]]:
    """Title, date, place and publisher found in the text (and the PDF's information); the keys found
    are listed for review."""
    front_end = next((s.offset for s in sections if s.heading is not None), len(text))
    head = text[:max(front_end, 2000)]
    found: dict = {}
    title = extracted.title or next((line.strip() for line in text.split("\n") if line.strip()), None)
    if title:
        found["title"] = " ".join(title.split())
    date = find_date(head)
    if date:
        found["date"] = date[0]
    place = find_place(head, (date[1], date[2]) if date else None)
    if place:
        found["place"] = place
    publisher, entity = extracted.author, None
    if registry:
        from migration_kg.curation.mentions import MentionMatcher

        matcher = MentionMatcher(registry)
        if matcher.pattern is not None:
            for m in matcher.pattern.finditer(text[:front_end] if front_end else head):
                ids = [e for e in sorted(matcher.entities_for(m.group(0))) if registry[e].kind == "organisation"]
                if ids:
                    entity = ids[0]
                    publisher = publisher or registry[entity].label
                    break
    if publisher:
        found["publisher"] = publisher
    if entity:
        found["publisher_entity"] = entity
    return found, sorted(found)


# -- The command -----------------------------------------------------------------------------------

def add_document(file: Path, graph_dir: Path, doc_id: str | None = None) -> AddedDocument:
    """Create ``graph_dir/sources/<id>/`` (source.txt, metadata.yaml, statements/) from ``file``.

    Nothing is written when anything fails; an existing document folder is never replaced.
    """
    from migration_kg.curation.registry import load_registry

    doc_id = doc_id or slug(file.stem, 10)
    if not ID_PATTERN.match(doc_id or ""):
        raise UsageError(f"document id {doc_id!r} must be a lower-case slug like 'unitar-2007-03-07-remittances' "
                         "(give one with --id)")
    sources = graph_dir / "sources"
    if not sources.is_dir():
        raise UsageError(f"{graph_dir} has no sources/ folder: give the graph folder of a project "
                         "(--data DIR), or start one with `migration-kg init DIR`")
    target = sources / doc_id
    if target.exists():
        raise UsageError(f"{target} already exists: choose another --id, or remove that folder first")
    extracted = extract(file)
    text, notes, levels = clean(extracted)
    if not text.strip():
        raise CurationError("no text found in the file", file=file)
    sections = detect_sections(text, levels)
    registry = load_registry(graph_dir) if (graph_dir / "registry").is_dir() else None
    found, review = detect_metadata(text, sections, extracted, registry)
    how = "; ".join([extracted.how] + notes)
    metadata_text = _metadata_yaml(doc_id, found, review, how, sections, file.name)
    with tempfile.TemporaryDirectory(prefix="migration-kg-add-") as tmp:
        staged = Path(tmp) / doc_id
        (staged / "statements").mkdir(parents=True)
        (staged / "source.txt").write_text(text, encoding="utf-8")
        (staged / "metadata.yaml").write_text(metadata_text, encoding="utf-8")
        open_document(staged)  # the sections must be found again exactly as the build will find them
        shutil.copytree(staged, target)
    metadata = {k: v for k, v in found.items()}
    return AddedDocument(doc_id, target, text, metadata, sections, review, notes)


def _metadata_yaml(doc_id: str, found: dict, review: list[str], how: str, sections: list[DetectedSection],
                   file_name: str) -> str:
    out = [f"# Metadata of {doc_id}, written by `migration-kg add-document {file_name}`.",
           "# Check every key listed under `review`, correct it, then remove it from the list.",
           f"id: {doc_id}"]

    def key(name: str, missing: str) -> None:
        if name in found:
            out.append(f"{name}: {flow(found[name])}")
        else:
            out.append(f"{name}: null  # not found in the text: {missing}")

    key("title", "write the report's title")
    key("publisher", "write who published the report")
    if "publisher_entity" in found:
        out.append(f"publisher_entity: {found['publisher_entity']}  # a registry id; remove if wrong")
    key("date", "write the date of the report or event, like 2007-03-07")
    if "place" in found:
        out.append(f"place: {flow(found['place'])}")
    out.append("text: source.txt")
    out.append(f"extraction: {flow(how)}")
    out.append(f"review: {flow(review)}")
    out.append("# Sections found from the report's headings, in reading order; the offset is where the")
    out.append("# heading starts in source.txt. Fix titles, merge or nest them with `parent:` as needed.")
    out.append("sections:")
    for s in sections:
        entry = {"id": s.id, "title": s.title}
        if s.heading is not None:
            entry["heading"] = s.heading
        if s.inline:
            entry["inline"] = True
        if s.parent is not None:
            entry["parent"] = s.parent
        out.append(f"  - {flow(entry)}  # offset {s.offset}")
    return "\n".join(out) + "\n"
