"""The local SPARQL server: :class:`Server` runs ``oxigraph serve-read-only`` (the ``oxigraph``
package's executable) over a built store, on loopback by default, with the union of the named graphs
as default graph; :func:`preflight` checks before any build that it can start. Talking to a server,
this one or any other, is migration_kg.remote.client's job.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from migration_kg.errors import UsageError

DEFAULT_BIND = "127.0.0.1:7878"


def find_oxigraph() -> str:
    """The Oxigraph server executable: next to this Python (pip's scripts folder), or on PATH."""
    name = "oxigraph.exe" if os.name == "nt" else "oxigraph"
    beside = Path(sys.executable).parent / name
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise UsageError("the Oxigraph server is not installed: pip install 'oxigraph>=0.5,<0.6' "
                     "(it provides the `oxigraph` command)")


def parse_bind(text: str) -> tuple[str, int]:
    """HOST:PORT (IPv6 in brackets: [::1]:7878)."""
    host, sep, port = text.rpartition(":")
    host = host.strip("[]")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise UsageError(f"--bind {text!r}: write HOST:PORT, e.g. {DEFAULT_BIND}")
    return host, int(port)


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _port_free(host: str, port: int) -> bool:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        if os.name != "nt":  # as the server does: a port in TIME_WAIT is free, a listening one is not
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def preflight(bind: str) -> str:
    """Check that the server can start on ``bind`` (executable installed, address free); the host."""
    host, port = parse_bind(bind)
    find_oxigraph()
    if not _port_free(host, port):
        raise UsageError(f"cannot listen on {_url_host(host)}:{port}: the address is in use "
                         "or not available here (choose another with --bind HOST:PORT)")
    return host


class Server:
    """A running ``oxigraph serve-read-only`` over ``location``; stop() or use as a context manager."""

    def __init__(self, location: Path, bind: str = DEFAULT_BIND, *, timeout: float = 30):
        self.host, self.port = parse_bind(bind)
        preflight(bind)
        exe = find_oxigraph()
        self._err = tempfile.TemporaryFile()
        cmd = [exe, "serve-read-only", "--location", str(location), "--bind",
               f"{_url_host(self.host)}:{self.port}", "--union-default-graph"]
        self.process = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self._err)
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise UsageError(f"the Oxigraph server stopped at start: {self.last_error() or 'no message'}")
            try:
                with socket.create_connection((self.host, self.port), timeout=0.5):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    self.stop()
                    raise UsageError(f"the Oxigraph server did not answer within {timeout:g} s")
                time.sleep(0.1)

    @property
    def base(self) -> str:
        return f"http://{_url_host(self.host)}:{self.port}"

    def last_error(self) -> str:
        self._err.seek(0)
        lines = [line for line in self._err.read().decode("utf-8", "replace").splitlines() if line.strip()]
        return lines[-1].strip() if lines else ""

    def stop(self) -> None:
        stop_process(self.process, timeout=10)
        self._err.close()

    def __enter__(self) -> "Server":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def stop_process(process: subprocess.Popen, timeout: float) -> None:
    """Ask a server process to stop (SIGTERM), and kill it when it has not stopped after ``timeout`` seconds."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
