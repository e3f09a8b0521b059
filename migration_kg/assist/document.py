"""Open a document folder for curation, before its metadata has been reviewed."""

from __future__ import annotations

import re
from pathlib import Path

from migration_kg.errors import CurationError, UsageError
from migration_kg.curation.sources import SourceDocument, paragraphs, segment
from migration_kg.curation.yamlio import load_yaml


def document_folder(doc: str | Path, graph_dir: Path) -> Path:
    """A document given by id (a folder of ``graph_dir/sources``) or by the path of its folder."""
    path = Path(doc)
    if (path / "metadata.yaml").is_file():
        return path
    folder = graph_dir / "sources" / str(doc)
    if (folder / "metadata.yaml").is_file():
        return folder
    known = sorted(p.parent.name for p in (graph_dir / "sources").glob("*/metadata.yaml"))
    raise UsageError(f"no document {str(doc)!r} in {graph_dir / 'sources'}; documents: {', '.join(known) or 'none'} "
                     "(give a document id or the path of its folder)")


def open_document(folder: Path) -> SourceDocument:
    """The text, sections and paragraphs of a document, with its metadata as written.

    Unlike the build's loader, this accepts metadata still under review (no date yet, say):
    only the text and the sections must be right.
    """
    meta_file = folder / "metadata.yaml"
    meta = load_yaml(meta_file)
    if not isinstance(meta, dict):
        raise CurationError("metadata must be a mapping with id, title, publisher, date, text, sections",
                            file=meta_file, line=1)
    name = str(meta.get("text") or "source.txt")
    text_file = folder / name
    try:
        text = text_file.read_text(encoding="utf-8")
    except OSError as exc:
        raise CurationError(f"cannot read source text {name!r}: {exc.strerror}", file=meta_file) from exc
    except UnicodeDecodeError as exc:
        raise CurationError("source text is not valid UTF-8", file=text_file) from exc
    doc = SourceDocument(id=str(meta.get("id") or folder.name), folder=folder, metadata_file=meta_file,
                         text_file=text_file, text=text, metadata=meta)
    doc.sections = segment(doc)
    doc.paragraphs = paragraphs(doc)
    return doc


def slug(text: str, max_words: int = 8) -> str:
    """A lower-case id from a name: 'International Labour Organization' -> 'international-labour-organization'."""
    import unicodedata

    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_.lower())
    return "-".join(words[:max_words])


def flow(value) -> str:
    """One YAML scalar or flow list on one line: `Nigeria`, `[ILO]`, `'20 May 2008, Geneva'`."""
    import yaml

    dumped = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=10**6, sort_keys=False)
    return dumped.strip().removesuffix("...").strip()


def yaml_entry(entry: dict, indent: str = "") -> str:
    """A list item in the curated files' style: one key per line, lists in brackets."""
    lines = []
    for i, (key, value) in enumerate(entry.items()):
        lines.append(f"{indent}{'- ' if i == 0 else '  '}{key}: {flow(value)}")
    return "\n".join(lines) + "\n"
