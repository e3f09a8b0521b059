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

import pyoxigraph as ox

from migration_kg.errors import OutputError
from migration_kg.outputs.jsonld import Compaction, encode
from migration_kg.stores import GraphStore
from migration_kg.vocabulary.prefixes import PREFIXES

GRAPH_FILES = ("graph.ttl", "graph.nt", "graph.jsonld")


def serialise(store: GraphStore, names=GRAPH_FILES) -> dict[str, bytes]:
    """The union of the store's graphs in each named format: sorted N-Triples, Turtle with the
    project's prefixes (pyoxigraph, triples in the N-Triples order), compact JSON-LD with its
    @context embedded (migration_kg.outputs.jsonld), all from one N-Triples dump parsed once: the
    JSON-LD is compacted from the triples as they stream to the Turtle writer, never held in a list."""
    unknown = [name for name in names if name not in GRAPH_FILES]
    if unknown:
        raise ValueError(f"unknown graph file {unknown[0]}")
    made = {"graph.nt": store.ntriples()}
    triples = ox.parse(made["graph.nt"], format=ox.RdfFormat.N_TRIPLES)
    compaction = Compaction() if "graph.jsonld" in names else None
    if "graph.ttl" in names:
        prefixes = {k: v for k, v in PREFIXES.items() if k != "sh"}
        made["graph.ttl"] = ox.serialize(triples if compaction is None else compaction.passing(triples),
                                         format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    elif compaction is not None:
        compaction.add(triples)
    if compaction is not None:
        made["graph.jsonld"] = encode(compaction.document())
    return {name: made[name] for name in names}


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class Staging:
    """Files written all together or not at all, each to a temporary sibling as soon as it is made
    (:meth:`stage`, so a build need not hold every file in memory until its checks pass), renamed
    into place together (:meth:`commit`) or removed (:meth:`abandon`, which also removes the folders
    staging created). Used as a context manager, any exception abandons what is staged.

    At commit each old file is kept as a hidden backup (a hard link) and the new one renamed over
    it. On any failure (a file where a folder is expected, read-only folder, full disk, a rename
    that fails, Ctrl-C or SIGTERM) the files already renamed are put back from their backups, the
    temporary files and backups removed, and an OutputError (one line) raised (KeyboardInterrupt is
    re-raised as it is)."""

    def __init__(self):
        self.mode = 0o666 & ~_umask()
        self.staged: list[tuple[Path, Path]] = []  # (temporary file, target)
        self.made: list[Path] = []  # folders staging created (removed again on failure)

    def __enter__(self) -> "Staging":
        return self

    def __exit__(self, *exc_info) -> None:
        if exc_info[1] is not None:
            self.abandon()

    def stage(self, path: Path, content: bytes) -> None:
        """Write ``content`` to a temporary sibling of ``path``."""
        try:
            _check_target(path)
            missing = [p for p in (path.parent, *path.parent.parents) if not p.exists()]
            path.parent.mkdir(parents=True, exist_ok=True)
            self.made += [p for p in missing if p not in self.made]
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            self.staged.append((Path(tmp), path))
            with os.fdopen(fd, "wb") as fh:
                fh.write(content)
            os.chmod(tmp, self.mode)
        except BaseException as exc:
            self._fail(exc, path, [], {})

    def commit(self) -> None:
        """Rename every staged file into place, or none of them."""
        backups: dict[Path, Path | None] = {}  # target -> its backup (None: there was no old file)
        done: list[Path] = []  # targets renamed into place
        current = None
        try:
            for _, path in self.staged:
                current = path
                backups[path] = _backup(path)
            for tmp, path in self.staged:
                current = path
                os.replace(tmp, path)
                done.append(path)
        except BaseException as exc:
            self._fail(exc, current, done, backups)
        for backup in backups.values():
            if backup is not None:
                backup.unlink(missing_ok=True)
        self.staged, self.made = [], []

    def abandon(self) -> None:
        """Remove the staged files and the folders staging created (best effort)."""
        _roll_back(self.staged, {}, [])
        for folder in sorted(self.made, key=lambda p: len(p.parts), reverse=True):
            try:
                folder.rmdir()
            except OSError:
                pass
        self.staged, self.made = [], []

    def _fail(self, exc: BaseException, current: Path | None, done: list[Path], backups: dict) -> None:
        _roll_back(self.staged, backups, done)
        self.staged = []
        self.abandon()
        if isinstance(exc, OSError):
            why = exc.strerror or str(exc) or type(exc).__name__
            raise OutputError(f"cannot write {current}: {why}; nothing was written (the previous files are "
                              "as they were)") from exc
        raise exc


def write_atomic(files: dict[Path, bytes]) -> None:
    """Write every file, all of them or none (see :class:`Staging`); every target is checked before
    anything is written."""
    with Staging() as staging:
        for path in files:
            try:
                _check_target(path)
            except OSError as exc:
                staging._fail(exc, path, [], {})
        for path, content in files.items():
            staging.stage(path, content)
        staging.commit()


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
