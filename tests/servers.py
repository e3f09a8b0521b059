"""Real SPARQL servers on loopback for the tests and the benchmarks: Oxigraph (the ``oxigraph`` command
of the oxigraph package) and Virtuoso 7 (Debian's ``virtuoso-opensource``: ``virtuoso-t`` and
``isql-vt``), each in a folder of its own with free ports, stopped afterwards.

Virtuoso runs with the ini :func:`virtuoso_ini` writes (every file in the folder; ``ServerPort`` and
the HTTP ``ServerPort`` bound to 127.0.0.1; no row cap and no time limit on SPARQL answers, which
Virtuoso otherwise truncates silently). After start, ``isql-vt`` grants SPARQL updates to the
anonymous ``SPARQL`` user (the Graph Store at ``/sparql-graph-crud``) and creates a user
``publisher`` with that role for the Digest-protected ``/sparql-graph-crud-auth``.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

from migration_kg.errors import UsageError
from migration_kg.remote.server import find_oxigraph, stop_process

VIRTUOSO = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt")
#: The Digest user the tests publish with on Virtuoso's /sparql-graph-crud-auth.
PUBLISHER = ("publisher", "correct-horse-battery-staple")


def oxigraph_executable() -> str | None:
    try:
        return find_oxigraph()
    except UsageError:
        return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for_port(port: int, proc: subprocess.Popen, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.2)
    return False


class OxigraphServer:
    """``oxigraph serve`` (read-write, plain default graph) over a store in ``folder``."""

    name = "oxigraph"

    def __init__(self, folder: Path, timeout: float = 60):
        self.port = free_port()
        self._log = (folder / "server.log").open("wb")
        self.process = subprocess.Popen([find_oxigraph(), "serve", "--location", str(folder / "store"),
                                         "--bind", f"127.0.0.1:{self.port}"],
                                        stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT)
        self.folder = folder
        if not _wait_for_port(self.port, self.process, timeout):
            self.stop()
            raise RuntimeError(f"the Oxigraph server did not start: {(folder / 'server.log').read_text()[-300:]}")

    base = property(lambda self: f"http://127.0.0.1:{self.port}")
    query_url = property(lambda self: f"{self.base}/query")
    store_url = property(lambda self: f"{self.base}/store")

    def stop(self) -> None:
        stop_process(self.process, timeout=30)
        self._log.close()


def virtuoso_ini(folder: Path, port: int, http_port: int, buffers: int = 20_000) -> str:
    """An ini keeping every file of the database in ``folder``, listening on loopback only.
    ``buffers`` are 8 kB pages of memory (Virtuoso's guidance: about two thirds of free memory)."""
    return f"""\
[Database]
DatabaseFile       = {folder}/virtuoso.db
ErrorLogFile       = {folder}/virtuoso.log
LockFile           = {folder}/virtuoso.lck
TransactionFile    = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile    = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
Striping        = 0

[Parameters]
ServerPort         = 127.0.0.1:{port}
DisableUnixSocket  = 1
CheckpointInterval = 60
CaseMode           = 2
DirsAllowed        = ., {folder}
NumberOfBuffers    = {buffers}
MaxDirtyBuffers    = {buffers * 3 // 4}
ThreadsPerQuery    = 2

[HTTPServer]
ServerPort           = 127.0.0.1:{http_port}
ServerRoot           = {folder}
ServerThreads        = 4
MaxClientConnections = 4
Charset              = UTF-8
EnabledGzipContent   = 0

[SPARQL]
ResultSetMaxRows           = 10000000
MaxQueryExecutionTime      = 0
MaxQueryCostEstimationTime = 0
"""


class VirtuosoServer:
    """``virtuoso-t -f -c virtuoso.ini`` with its database in ``folder``; Graph Store open to updates."""

    name = "virtuoso"

    def __init__(self, folder: Path, timeout: float = 300, buffers: int = 20_000):
        if VIRTUOSO is None or ISQL is None:
            raise RuntimeError("Virtuoso is not installed (apt-get install virtuoso-opensource)")
        self.folder = folder
        self.port, self.http_port = free_port(), free_port()
        ini = folder / "virtuoso.ini"
        ini.write_text(virtuoso_ini(folder, self.port, self.http_port, buffers), encoding="utf-8")
        self._log = (folder / "stdout.log").open("wb")
        self.process = subprocess.Popen([VIRTUOSO, "-f", "-c", str(ini)], cwd=folder, stdin=subprocess.DEVNULL,
                                        stdout=self._log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while True:  # the HTTP port opens last, once the database is ready
            if _wait_for_port(self.http_port, self.process, 2) and self._answers():
                break
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"Virtuoso did not start: {(folder / 'stdout.log').read_text()[-300:]}")
        user, password = PUBLISHER
        self.isql('GRANT SPARQL_UPDATE TO "SPARQL";',
                  f"DB.DBA.USER_CREATE('{user}', '{password}');",
                  f'GRANT SPARQL_UPDATE TO "{user}";')

    def _answers(self) -> bool:
        try:
            self.isql("SELECT 1;")
            return True
        except RuntimeError:
            return False

    def isql(self, *statements: str, timeout: float = 600) -> str:
        """Run SQL statements through isql-vt as dba (the database's own administrator)."""
        run = subprocess.run([ISQL, str(self.port), "dba", "dba", "exec=" + " ".join(statements)],
                             capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
        if run.returncode != 0 or "*** Error" in run.stdout + run.stderr:
            raise RuntimeError(f"isql-vt failed: {(run.stdout + run.stderr).strip()[-300:]}")
        return run.stdout

    base = property(lambda self: f"http://127.0.0.1:{self.http_port}")
    query_url = property(lambda self: f"{self.base}/sparql")
    store_url = property(lambda self: f"{self.base}/sparql-graph-crud")
    auth_store_url = property(lambda self: f"{self.base}/sparql-graph-crud-auth")

    def stop(self) -> None:
        stop_process(self.process, timeout=60)
        self._log.close()
