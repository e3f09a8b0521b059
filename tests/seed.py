"""The seed report on its own, cut out of a data folder that holds more.

:func:`seed_only_copy` makes a data folder holding the seed's source folder and the registry without
the entries that only other documents use (blanked, so every other entry keeps its line number):
``scripts/update_seed.py`` refreshes the package's bundled seed (migration_kg/seed/) with it, and
tests/test_documents.py checks it on a grown folder. Tests about the seed's content read the bundled
seed (``seed_dir`` in tests/conftest.py).
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
