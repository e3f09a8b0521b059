"""The seed report on its own, however much graph/ holds.

Tests about the seed's content (its 4 people, its 3 named graphs, its statements) must not change
when a curator adds a second report to graph/. :func:`seed_data_dir` gives them a data folder with
the seed document only: graph/ itself while it holds nothing else, else a copy holding the seed's
source folder and the registry without the entries that only other documents use (blanked, so
every other entry keeps its line number).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

DOC_ID = "unitar-2007-03-07-building-partnerships"

_ENTRY = re.compile(r"^- id:\s*(\S+)")
_ENTRY_LINE = re.compile(r"^- id:", re.M)


def other_documents(data_dir: Path) -> list[str]:
    return sorted(p.name for p in (data_dir / "sources").iterdir()
                  if p.is_dir() and p.name != DOC_ID and (p / "metadata.yaml").is_file())


def used_by(records, doc_id: str) -> set[str]:
    """Registry ids a document uses: in its metadata, facts, partnerships and mentions."""
    used = {m.entity for m in records.mentions if m.document == doc_id}
    for s in records.statements:
        if s.document == doc_id:
            used |= {s.subject.id} | ({s.object.id} if s.object is not None else set())
    for p in records.partnerships:
        if p.document == doc_id:
            used |= {e.id for e in (*p.partners, *p.about)}
    for doc in records.documents:
        if doc.id == doc_id:
            meta = doc.metadata
            used |= {meta.get(k) for k in ("publisher_entity", "place_entity", "series_entity", "reports")}
            used |= set(meta.get("co_organisers") or [])
    return {u for u in used if isinstance(u, str)}


def seed_only_copy(data_dir: Path, target: Path) -> Path:
    """``target`` made a data folder holding only the seed document of ``data_dir``."""
    from tests.records import load

    records = load(data_dir)
    seed = used_by(records, DOC_ID)
    others = set().union(*(used_by(records, d) for d in other_documents(data_dir)))
    keep_broader = {b for e in records.registry.values() if e.id in seed for b in e.broader}
    drop = others - seed - keep_broader
    (target / "sources").mkdir(parents=True)
    shutil.copytree(data_dir / "sources" / DOC_ID, target / "sources" / DOC_ID)
    for extra in data_dir.iterdir():
        if extra.is_file():
            shutil.copyfile(extra, target / extra.name)
    (target / "registry").mkdir()
    for path in sorted((data_dir / "registry").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        kept = _without(text, drop)
        if _ENTRY_LINE.search(text) and not _ENTRY_LINE.search(kept):
            continue  # a file of another report's entities only
        (target / "registry" / path.name).write_text(kept, encoding="utf-8")
    return target


def _without(text: str, drop: set[str]) -> str:
    """The YAML list ``text`` with the entries whose id is in ``drop`` blanked line for line."""
    out, blank = [], False
    for line in text.splitlines(keepends=True):
        m = _ENTRY.match(line)
        if m:
            blank = m.group(1).strip("'\"") in drop
        elif line.startswith("- ") or (line.strip() and not line.startswith((" ", "#"))):
            blank = False
        out.append("\n" if blank else line)
    return "".join(out)


def seed_data_dir(data_dir: Path, scratch: Path) -> Path:
    """``data_dir`` when it holds the seed document only, else a seed-only copy under ``scratch``."""
    if not other_documents(data_dir):
        return data_dir
    return seed_only_copy(data_dir, scratch / "graph")
