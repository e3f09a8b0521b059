"""Where a command's data and graph come from, and where it may not write.

- :func:`data_dir`: the curated data folder: the bundled seed, a folder given, or ``./graph``;
- :func:`refuse_inside_data`: no output (a build's folder, a page, an export) goes into that folder;
- :func:`graph_store`: the graph to read: an exported file, a store on disk, or the current build
  (rebuilt when the inputs changed).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from migration_kg.errors import UsageError

#: The data folder used when none is given.
DEFAULT_DATA = Path("graph")


def data_dir(data: Path | None = None, seed: bool = False) -> Path:
    """The bundled seed (``seed``), the folder ``data``, or ``./graph``; a usage error when it is missing."""
    if seed:
        if data is not None:
            raise UsageError("--seed and --data both name the data; give one")
        from migration_kg import resources

        return resources.seed_dir()
    if data is not None:
        if not data.is_dir():
            raise UsageError(f"--data {data}: no such folder")
        return data
    if not DEFAULT_DATA.is_dir():
        raise UsageError("no ./graph folder here: pass --data DIR (a folder with registry/ and sources/), "
                         "--seed for the bundled seed report, or start one with `migration-kg init DIR`")
    return DEFAULT_DATA


def given_data_dir(data: Path | None = None, seed: bool = False) -> Path | None:
    """The folder :func:`data_dir` would choose, or None when there is none (never an error): for
    checks made before a command runs and for completing words."""
    if seed:
        from migration_kg import resources

        return resources.seed_dir()
    chosen = data if data is not None else DEFAULT_DATA
    return chosen if chosen.is_dir() else None


def refuse_inside_data(place: Path, data: Path, option: str, shown: Path | None = None) -> None:
    """A usage error when ``place`` (what ``option`` names, shown as ``shown``) is the data folder
    ``data`` or inside it: no command writes into the curated data."""
    p, d = place.resolve(), data.resolve()
    if p == d or d in p.parents:
        raise UsageError(f"{option} {shown if shown is not None else place} is inside the data folder {data}; "
                         "give a place outside it")


def graph_store(data: Callable[[], Path], *, graph: Path | None = None, store=None,
                build_dir: Path = Path("out"), allow_network: bool = False,
                say: Callable[[str], None] | None = None, rebuild: Callable | None = None):
    """The graph to read: an exported file (``graph``), a store on disk (``store``, a StoreSpec), or the
    build in ``build_dir`` of the data folder ``data()`` when current; when it is not, ``rebuild(data,
    out, digest)`` builds it there (see :func:`migration_kg.stores.current.current_store`)."""
    from migration_kg.stores import GraphStore
    from migration_kg.stores.current import current_store

    chosen = [o for o, v in (("--graph", graph), ("--store", store)) if v is not None]
    if len(chosen) > 1:
        raise UsageError(f"{' and '.join(chosen)} both name the graph; give one")
    if graph is not None:
        from migration_kg.stores.graphfile import read_graph

        return read_graph(graph, allow_network=allow_network)
    if store is not None:
        if store.path is None:
            raise UsageError("--store memory holds nothing between commands; give the DIR of "
                             "`build --store DIR`")
        return GraphStore.open(store.path)
    return current_store(data(), build_dir, say=say, rebuild=rebuild)
