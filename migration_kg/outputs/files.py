"""The build's files, serialised deterministically from the store and written atomically.

Every node has a minted IRI (no blank nodes), so sorted N-Triples lines fix the output; Turtle and
JSON-LD are pyoxigraph's serialisations of the triples in that order. Files are written to
temporary siblings first and renamed only when all are written, with the permissions the user's
umask gives a new file (0644 under umask 022).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from migration_kg.stores import GraphStore
from migration_kg.vocabulary.prefixes import PREFIXES

GRAPH_FILES = ("graph.ttl", "graph.nt", "graph.jsonld")


def serialise(store: GraphStore, names=GRAPH_FILES) -> dict[str, bytes]:
    """The union of the store's graphs in each named format: sorted N-Triples, Turtle with the
    project's prefixes (pyoxigraph, triples in the N-Triples order), compact JSON-LD with its
    @context embedded (migration_kg.outputs.jsonld), all from one N-Triples dump."""
    import pyoxigraph as ox

    nt = store.ntriples()
    triples = None  # parsed once, for Turtle and JSON-LD
    out = {}
    for name in names:
        if name == "graph.nt":
            out[name] = nt
            continue
        if name not in GRAPH_FILES:
            raise ValueError(f"unknown graph file {name}")
        if triples is None:
            triples = list(ox.parse(nt, format=ox.RdfFormat.N_TRIPLES))
        if name == "graph.ttl":
            prefixes = {k: v for k, v in PREFIXES.items() if k != "sh"}
            out[name] = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
        else:
            from migration_kg.outputs.jsonld import dumps

            out[name] = dumps(triples)
    return out


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(files: dict[Path, bytes]) -> None:
    """Write every file, all of them or none: each goes to a temporary sibling first; when all are
    written, each old file is kept as a hidden backup (a hard link) and the new one renamed over it.
    On any failure (a file where a folder is expected, read-only folder, full disk, a rename that
    fails, Ctrl-C or SIGTERM) the files already renamed are put back from their backups, the
    temporary files and backups removed, and an OutputError (one line) raised (KeyboardInterrupt is
    re-raised as it is)."""
    mode = 0o666 & ~_umask()
    staged: list[tuple[Path, Path]] = []  # (temporary file, target)
    backups: dict[Path, Path | None] = {}  # target -> its backup (None: there was no old file)
    done: list[Path] = []  # targets renamed into place
    made: list[Path] = []  # folders this call created (removed again on failure)
    current = None
    try:
        for path in files:
            current = path
            _check_target(path)
        for path, content in files.items():
            current = path
            missing = [p for p in (path.parent, *path.parent.parents) if not p.exists()]
            path.parent.mkdir(parents=True, exist_ok=True)
            made += [p for p in missing if p not in made]
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            staged.append((Path(tmp), path))
            with os.fdopen(fd, "wb") as fh:
                fh.write(content)
            os.chmod(tmp, mode)
        for _, path in staged:
            current = path
            backups[path] = _backup(path)
        for tmp, path in staged:
            current = path
            os.replace(tmp, path)
            done.append(path)
    except BaseException as exc:
        _roll_back(staged, backups, done)
        for folder in sorted(made, key=lambda p: len(p.parts), reverse=True):
            try:
                folder.rmdir()
            except OSError:
                pass
        if isinstance(exc, OSError):
            from migration_kg.errors import OutputError

            why = exc.strerror or str(exc) or type(exc).__name__
            raise OutputError(f"cannot write {current}: {why}; nothing was written (the previous files are "
                              "as they were)") from exc
        raise
    for backup in backups.values():
        if backup is not None:
            backup.unlink(missing_ok=True)


def _check_target(path: Path) -> None:
    """Refuse, before writing anything, a target that is a folder or whose folder is a file."""
    if path.is_dir():
        raise IsADirectoryError(21, "a folder is there, not a file")
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise NotADirectoryError(20, f"{parent} is a file, not a folder")
            break


def _backup(path: Path) -> Path | None:
    """A hidden hard link to the current ``path`` (a copy where links are not possible), or None."""
    if not path.exists():
        return None
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".bak", dir=path.parent)
    os.close(fd)
    backup = Path(name)
    backup.unlink()
    try:
        os.link(path, backup)
    except OSError:
        shutil.copy2(path, backup)
    return backup


def _roll_back(staged: list[tuple[Path, Path]], backups: dict[Path, Path | None], done: list[Path]) -> None:
    """Put the old files back (best effort: each step is tried even if another fails)."""
    for path in reversed(done):
        backup = backups.get(path)
        try:
            if backup is None:
                path.unlink(missing_ok=True)
            else:
                os.rename(backup, path)
        except OSError:
            pass
    for tmp, _ in staged:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
    for backup in backups.values():
        if backup is not None:
            try:
                backup.unlink(missing_ok=True)
            except OSError:
                pass
