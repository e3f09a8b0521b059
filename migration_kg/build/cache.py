"""The graph a command works on: the validated build in the output folder when it is current.

``build`` writes ``build.json`` beside the graph files: a digest of every input it read (the
curated data, the source texts, the package's ontology, shapes and queries, the package version).
``query``, ``stats``, ``export`` and ``view`` load ``graph.nq`` from that folder when the digest of
today's inputs matches, and rebuild (saying so on standard error) when it does not. Working out
the digest reads the input files' bytes but parses nothing, so it imports no RDF library.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from migration_kg import __version__, resources
from migration_kg.errors import UsageError
from migration_kg.stores import GraphStore

MANIFEST = "build.json"
GRAPH_FILE = "graph.nq"


def data_files(data_dir: Path) -> list[Path]:
    """Every file of the curated data a build reads (registry, metadata, texts, statements)."""
    files = sorted((data_dir / "registry").glob("*.yaml"))
    sources = data_dir / "sources"
    if sources.is_dir():
        for folder in sorted(p for p in sources.iterdir() if p.is_dir()):
            files += sorted(f for f in folder.iterdir() if f.is_file())
            files += sorted((folder / "statements").glob("*.yaml"))
    return files


def input_digest(data_dir: Path) -> str:
    h = hashlib.sha256(f"migration-kg {__version__}\n".encode())
    for group, root, files in (("data", data_dir, data_files(data_dir)),
                               ("package", resources.package_dir("."), resources.input_files())):
        for f in files:
            h.update(f"{group}:{f.relative_to(root).as_posix()}\n".encode())
            h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()


def data_source(data_dir: Path) -> dict:
    """Where a build's data came from, as build.json records it: ``{"seed": true}`` for the bundled
    seed, ``{"folder": absolute path}`` for a data folder."""
    if data_dir.resolve() == resources.seed_dir().resolve():
        return {"seed": True}
    return {"folder": str(data_dir.resolve())}


def recorded_data(out_dir: Path) -> Path | None:
    """The data folder the build in ``out_dir`` was made from (the seed's, or the folder build.json
    names when it is still there), or None: what later commands use when no data option is given."""
    recorded = _recorded(out_dir)
    source = recorded.get("data") if recorded is not None else None
    if not isinstance(source, dict):
        return None
    if source.get("seed") is True:
        return resources.seed_dir()
    folder = source.get("folder")
    if isinstance(folder, str) and Path(folder).is_dir():
        return Path(folder)
    return None


def manifest(result, digest: str, files: list[str], data: dict | None = None) -> bytes:
    """``build.json``: the digest, where the data came from (:func:`data_source`), the files written
    and what the build holds (no clock: builds stay byte-identical)."""
    doc = {"digest": digest, "documents": result.documents, "triples": len(result.store),
           "statements": result.statements, "partnerships": result.partnerships,
           "graph": GRAPH_FILE, "files": sorted(files), "built_by": "migration-kg"}
    if data is not None:
        doc["data"] = data
    return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _recorded(out_dir: Path) -> dict | None:
    try:
        recorded = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return recorded if isinstance(recorded, dict) else None


def _current(out_dir: Path, digest: str) -> dict | None:
    """The build.json of ``out_dir`` when it records ``digest`` (today's inputs), else None."""
    recorded = _recorded(out_dir)
    return recorded if recorded is not None and recorded.get("digest") == digest else None


def is_current(out_dir: Path, digest: str) -> bool:
    """The build in ``out_dir`` is of the inputs with ``digest`` and every file it wrote is still there."""
    recorded = _current(out_dir, digest)
    return recorded is not None and all((out_dir / name).is_file()
                                        for name in recorded.get("files", [GRAPH_FILE]))


def load_current(out_dir: Path, digest: str) -> GraphStore | None:
    """The store of the build in ``out_dir`` when its inputs have ``digest`` (today's), else None."""
    if _current(out_dir, digest) is None:
        return None
    try:
        return GraphStore.from_nquads((out_dir / GRAPH_FILE).read_bytes())
    except (OSError, SyntaxError):
        return None


def current_store(data_dir: Path, out_dir: Path, *, say=None, rebuild=None) -> GraphStore:
    """The validated graph of ``data_dir``: from ``out_dir`` when current, else rebuilt there
    (``rebuild(data_dir, out_dir, digest)`` returns a BuildResult; ``say`` reports it on stderr).
    The inputs are digested once, before anything is built."""
    digest = input_digest(data_dir)
    store = load_current(out_dir, digest)
    if store is not None:
        return store
    if rebuild is None:
        raise UsageError(f"no current build in {out_dir}: run `migration-kg build`")
    if say is not None:
        reason = "has no build" if not (out_dir / MANIFEST).exists() else "is out of date (inputs changed)"
        say(f"{out_dir} {reason}: rebuilding")
    return rebuild(data_dir, out_dir, digest).store
