"""Serve the graph on a local, read-only SPARQL endpoint for as long as a ``with`` block runs.

``with serve("127.0.0.1:7878", data=lambda: Path("graph")) as serving: serving.wait()`` builds the
data into a temporary Oxigraph store (or opens ``store_dir``, a store built earlier), starts
``oxigraph serve-read-only`` over it (:class:`migration_kg.remote.server.Server`), and on leaving
stops the server and removes the temporary store. While it runs, Ctrl-C and SIGTERM raise
KeyboardInterrupt in the main thread (SIGINT is handled explicitly: a shell leaves it ignored in a
command started in the background), so the block ends and everything is cleaned up.
"""

from __future__ import annotations

import contextlib
import signal
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from migration_kg.errors import UsageError
from migration_kg.remote.client import is_loopback
from migration_kg.remote.server import Server, preflight


@dataclass
class Serving:
    """A running endpoint: the server, the host it listens on, and how many documents were built into
    its temporary store (None when it serves a store given)."""

    server: Server
    host: str
    built_documents: int | None = None

    @property
    def loopback(self) -> bool:
        """Only this machine can reach the endpoint."""
        return is_loopback(self.host)

    def wait(self) -> None:
        """Wait for the server; it stops only by itself (an error, raised as a usage error) or when
        the block is interrupted."""
        code = self.server.process.wait()
        raise UsageError(f"the Oxigraph server stopped (exit status {code}): "
                         f"{self.server.last_error() or 'no message'}")


def _interrupt(signum, frame):
    raise KeyboardInterrupt


@contextlib.contextmanager
def serve(bind: str, *, store_dir: Path | None = None, data: Callable[[], Path] | None = None,
          progress=None, cors: bool = False) -> Iterator[Serving]:
    """Serve ``store_dir``, or the data folder ``data()`` built into a temporary store, on ``bind``
    (HOST:PORT); ``cors``: answer pages of any origin (see :class:`Server`). The address and the
    executable are checked before anything is built."""
    from migration_kg.build import build
    from migration_kg.stores import GraphStore, StoreSpec

    host = preflight(bind)
    with tempfile.TemporaryDirectory(prefix="migration-kg-serve-") as tmp:
        built = None
        if store_dir is not None:
            location = store_dir
            GraphStore.open(location).close()  # checks that the folder holds a built store
        else:
            if data is None:
                raise UsageError("serve: give a store folder or a data folder")
            location = Path(tmp) / "store"
            result = build(data(), None, store=StoreSpec(location), progress=progress)
            result.store.close()
            built = len(result.documents)
        previous = {}
        if threading.current_thread() is threading.main_thread():
            previous = {sig: signal.signal(sig, _interrupt) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            with Server(location, bind, cors=cors) as server:
                yield Serving(server, host, built)
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
