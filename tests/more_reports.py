"""Two invented reports added to a data folder the way a curator adds real ones (tests/fixtures/more-reports):
their folders under ``sources/``, their entities in new registry files, and aliases added to entries
the folder's registry already holds.

``python -m tests.more_reports DATA_DIR`` adds them to ``DATA_DIR`` (scripts/ci_more_reports.sh runs
the whole suite on a copy of the repository whose graph/ holds them).
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import yaml

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "more-reports"
DOCUMENTS = ("unitar-2008-04-10-diaspora-networks", "unitar-2013-05-16-hld-briefing")


def add_more_reports(data_dir: Path) -> Path:
    """``data_dir`` with the two invented reports added (its existing files otherwise unchanged)."""
    for doc in DOCUMENTS:
        shutil.copytree(FIXTURE / "sources" / doc, data_dir / "sources" / doc)
    for registry_file in sorted((FIXTURE / "registry").glob("*.yaml")):
        target = data_dir / "registry" / registry_file.name
        if target.exists():
            raise FileExistsError(f"{target} exists already")
        shutil.copyfile(registry_file, target)
    aliases = yaml.safe_load((FIXTURE / "aliases.yaml").read_text(encoding="utf-8"))
    for entity, names in aliases.items():
        _add_aliases(data_dir / "registry", entity, names)
    return data_dir


def _add_aliases(registry_dir: Path, entity: str, names: list[str]) -> None:
    """Add ``names`` to the aliases of ``entity`` in whichever registry file defines it, editing the
    text (comments and the other entries' lines stay as they are)."""
    entry = re.compile(rf"^- id:\s*['\"]?{re.escape(entity)}['\"]?\s*$")
    for path in sorted(registry_dir.glob("*.yaml")):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        start = next((i for i, line in enumerate(lines) if entry.match(line)), None)
        if start is None:
            continue
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("- ")), len(lines))
        added = ", ".join(names)
        for i in range(start + 1, end):
            m = re.match(r"^(\s+aliases:\s*\[)(.*)\]\s*$", lines[i])
            if m:
                lines[i] = f"{m.group(1)}{m.group(2)}, {added}]\n"
                break
        else:
            lines.insert(start + 1, f"  aliases: [{added}]\n")
        path.write_text("".join(lines), encoding="utf-8")
        return
    raise KeyError(f"no registry entry {entity!r} in {registry_dir}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m tests.more_reports DATA_DIR")
    add_more_reports(Path(sys.argv[1]))
