"""SPARQL servers: publish the graph to one, query one, or serve the graph locally with Oxigraph.

- :func:`publish` sends each named graph of an Oxigraph build (ontology, registry, one per
  document; see migration_kg.stores.oxigraph) to a SPARQL 1.1 Graph Store Protocol endpoint with
  ``PUT <endpoint>?graph=<graph IRI>``, which replaces the graph: publishing twice leaves the same
  triples. (A document removed from graph/ keeps its old graph on the server until it is deleted
  there: ``DELETE <endpoint>?graph=https://w3id.org/migration-kg/graph/<document-id>``.)
- :class:`Endpoint` runs SELECT queries over the SPARQL 1.1 Protocol, on the union of the project's
  named graphs: the server's default graph when it already is that union (``oxigraph serve
  --union-default-graph``, which ``migration-kg serve`` uses; Fuseki's ``unionDefaultGraph``...),
  else Oxigraph's per-query ``union-default-graph`` option, else (any SPARQL 1.1 server) the graphs
  listed one by one with ``default-graph-uri``, which Oxigraph answers very slowly for a thousand
  graphs. A probe (how many source documents the default graph shows) picks the first that works.
- :func:`serve` runs ``oxigraph serve-read-only`` (the ``oxigraph`` package's executable) over a
  built store, on loopback by default, with the union of the named graphs as default graph.

HTTP goes through urllib, only to the URL given: no redirects are followed, and for loopback
addresses no proxy is used. Every failure (bad URL, connection refused, timeout, an HTTP error) is
an EndpointError, one line, exit status 2.
"""

from __future__ import annotations

import http.client
import ipaddress
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from migration_kg import resources
from migration_kg.errors import UsageError
from migration_kg.limits import limits
from migration_kg.query.sparql import Rows, check_safe, query_form, rows_of, with_values
from migration_kg.stores import GRAPH_NS, ONTOLOGY_GRAPH, REGISTRY_GRAPH

RESULTS_JSON = "application/sparql-results+json"
DEFAULT_BIND = "127.0.0.1:7878"


class EndpointError(UsageError):
    """A SPARQL endpoint could not be reached, or answered with an error."""


# -- HTTP ----------------------------------------------------------------------------------------

def check_url(url: str, what: str = "--endpoint") -> str:
    """An http(s) URL with a host, or a UsageError."""
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port  # raises ValueError for a bad port
    except ValueError as exc:
        raise EndpointError(f"{what} {url!r} is not a valid URL: {exc}") from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EndpointError(f"{what} {url!r} is not an http:// or https:// URL with a host, "
                            "e.g. http://127.0.0.1:7878/query")
    if parts.fragment:
        raise EndpointError(f"{what} {url!r} has a #fragment; give the endpoint's URL without it")
    del port
    return url


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D102
        raise urllib.error.HTTPError(req.full_url, code, f"redirect to {newurl} not followed", headers, fp)


def _request(method: str, url: str, *, data: bytes | None = None, headers: dict | None = None,
             timeout: float | None = None) -> tuple[int, dict, bytes]:
    """One HTTP exchange: (status, headers, body). ``timeout`` (default Limits.timeout, the command
    line's --timeout) bounds the wait for the connection and for each read; an answer above
    Limits.max_input_size is refused."""
    timeout = limits().timeout if timeout is None else timeout
    most = limits().max_input_size
    host = urllib.parse.urlsplit(url).hostname or ""
    handlers = [_NoRedirect()]
    if _is_loopback(host):
        handlers.append(urllib.request.ProxyHandler({}))
    opener = urllib.request.build_opener(*handlers)
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    shown = _display(url)
    try:
        with opener.open(request, timeout=timeout) as response:
            body = response.read(most + 1)
            if len(body) > most:
                raise EndpointError(f"{shown}: the answer is above the input size limit of {most / 2**20:.1f} MB "
                                    "(raise it with --max-input-size)")
            return response.status, dict(response.headers.items()), body
    except urllib.error.HTTPError as exc:
        try:
            body = exc.read().decode("utf-8", "replace")
        except Exception:  # noqa: BLE001 - the body is only a hint
            body = ""
        hint = " ".join(body.split())[:200]
        raise EndpointError(f"{shown}: the server answered HTTP {exc.code} {exc.reason}"
                            + (f": {hint}" if hint else "")) from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, ConnectionRefusedError):
            why = "connection refused (is the server running, on this port?)"
        elif isinstance(reason, socket.gaierror):
            why = f"unknown host {host!r}"
        elif isinstance(reason, (TimeoutError, socket.timeout)):
            why = f"no answer within {timeout:g} s"
        else:
            why = str(reason)
        raise EndpointError(f"cannot reach {shown}: {why}") from exc
    except (TimeoutError, socket.timeout) as exc:
        raise EndpointError(f"{shown}: no answer within {timeout:g} s") from exc
    except (OSError, ValueError, http.client.HTTPException) as exc:  # connection reset, bad status line...
        raise EndpointError(f"{shown}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from exc


def _display(url: str) -> str:
    """The URL without its query string (a query can be long) and without a password."""
    parts = urllib.parse.urlsplit(url)
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def _with_param(url: str, name: str, value: str) -> str:
    parts = urllib.parse.urlsplit(url)
    query = parts.query + ("&" if parts.query else "") + urllib.parse.urlencode({name: value})
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


# -- publish ---------------------------------------------------------------------------------------

def publish(store, endpoint: str, *, progress=None, timeout: float | None = None) -> list[tuple[str, int]]:
    """PUT every named graph of ``store`` (an OxigraphStore) to a Graph Store Protocol endpoint.

    Returns [(graph IRI, triples)] in the order sent (ontology, registry, documents);
    ``progress(done, total, "graphs sent")`` is called after each graph."""
    check_url(endpoint)
    graphs = store.graphs()
    order = sorted(graphs, key=lambda g: (g != ONTOLOGY_GRAPH, g != REGISTRY_GRAPH, g))
    sent = []
    for index, graph in enumerate(order):
        body = store.graph_ntriples(graph)
        status, _, _ = _request("PUT", _with_param(endpoint, "graph", graph), data=body, timeout=timeout,
                                headers={"Content-Type": "application/n-triples"})
        if status not in (200, 201, 204):
            raise EndpointError(f"{_display(endpoint)}: unexpected HTTP {status} for graph {graph}")
        sent.append((graph, body.count(b"\n")))
        if progress is not None:
            progress(index + 1, len(order), "graphs sent")
    return sent


# -- query ---------------------------------------------------------------------------------------

class Endpoint:
    """A SPARQL 1.1 Protocol query endpoint holding the project's named graphs."""

    def __init__(self, url: str, timeout: float | None = None):
        self.url = check_url(url)
        self.timeout = timeout
        self._graphs: list[str] | None = None
        self._dataset: list[tuple[str, str]] | None = None

    def _post(self, query: str, dataset: list[tuple[str, str]] = ()) -> Rows:
        import pyoxigraph as ox

        form = [("query", query)] + list(dataset)
        status, headers, body = _request(
            "POST", self.url, data=urllib.parse.urlencode(form).encode("utf-8"), timeout=self.timeout,
            headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
                     "Accept": RESULTS_JSON})
        from migration_kg.stores.graphfile import check_json_depth

        check_json_depth(body, f"the answer of {_display(self.url)}")
        try:
            return rows_of(ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON))
        except (SyntaxError, ValueError) as exc:
            kind = {k.lower(): v for k, v in headers.items()}.get("content-type", "no content type")
            raise EndpointError(f"{_display(self.url)} did not answer with SPARQL JSON results ({kind}); "
                                "give the query endpoint, e.g. http://127.0.0.1:7878/query for Oxigraph") from exc

    def graphs(self) -> list[str]:
        """The project's named graphs on the server (ontology, registry, documents)."""
        if self._graphs is None:
            found = self._post(resources.internal_query("graphs"))
            self._graphs = sorted(row[0].value for row in found.rows if row[0] is not None)
            if not self._graphs:
                raise EndpointError(f"{_display(self.url)} holds no migration-kg graphs ({GRAPH_NS}...); "
                                    "publish them first: migration-kg publish --endpoint <graph store URL>")
        return self._graphs

    def dataset(self) -> list[tuple[str, str]]:
        """The request parameters that make the default graph the union of the project's graphs."""
        if self._dataset is None:
            graphs = self.graphs()
            documents = len([g for g in graphs if g not in (ONTOLOGY_GRAPH, REGISTRY_GRAPH)])
            probe = resources.internal_query("count-documents")
            candidates = ([], [("union-default-graph", "")])
            for candidate in candidates:
                try:
                    n = int(self._post(probe, candidate).rows[0][0].value)
                except (EndpointError, UsageError, IndexError, ValueError, AttributeError):
                    continue
                if n == documents:
                    self._dataset = candidate
                    break
            else:
                self._dataset = [("default-graph-uri", g) for g in graphs]
        return self._dataset

    def select(self, query: str, bindings: dict | None = None, allow_network: bool = False) -> Rows:
        """Rows of a SELECT over the union of the project's graphs; parameters bound by VALUES."""
        check_safe(query, allow_network)
        form = query_form(query)
        if form != "SELECT":
            raise UsageError(f"only SELECT queries give rows; this is {'an' if form == 'ASK' else 'a'} {form} query")
        return self._post(with_values(query, bindings or {}), self.dataset())

    def solutions_rows(self, query: str) -> Rows:
        """Rows of one of the package's own queries (names, counts)."""
        return self._post(query, self.dataset())


# -- serve ---------------------------------------------------------------------------------------

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
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._err.close()

    def __enter__(self) -> "Server":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
