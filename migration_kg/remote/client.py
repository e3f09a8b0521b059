"""SPARQL servers as a client: publish the graph to one, query one.

- :func:`publish` sends the named graphs of a build (ontology, registry, one per document; see
  migration_kg.stores) to a SPARQL 1.1 Graph Store Protocol endpoint: ``PUT <endpoint>?graph=<IRI>``
  replaces a graph, and a graph above :data:`CHUNK_BYTES` of N-Triples continues with ``POST``
  requests of at most that size (the graph has no blank nodes, so lines can be cut anywhere). Only
  graphs whose digest (SHA-256 of their sorted N-Triples) differs from the one recorded by the last
  publish are sent; the record is the server's graph :data:`PUBLISHED_GRAPH`, one
  ``<graph> <#sha256> "hex"`` triple per graph, rewritten after each publish. ``everything=True``
  (``publish --all``) sends every graph. A graph in that record but no longer in the build (a
  document removed from graph/) is deleted from the server, ``DELETE <endpoint>?graph=<IRI>``, and
  dropped from the record, with or without ``everything``; graphs the record does not list (put
  there another way) and graphs outside ``.../graph/`` are never deleted.
- :class:`Endpoint` runs SELECT queries over the SPARQL 1.1 Protocol, on the union of the project's
  named graphs: the server's default graph when it already is that union (Virtuoso; ``oxigraph
  serve --union-default-graph``, which ``migration-kg serve`` uses; Fuseki's ``unionDefaultGraph``),
  else Oxigraph's per-query ``union-default-graph`` option, else (any SPARQL 1.1 server) the graphs
  listed one by one with ``default-graph-uri``. A probe (how many source documents the default graph
  shows) picks the first that works. The project's graphs are read from the record of the last
  publish when there is one (instant), else found by their triples (a scan of the server).

Credentials (HTTP Basic or Digest, whichever the server asks for) come from the environment
(``MIGRATION_KG_USER`` and ``MIGRATION_KG_PASSWORD``) or else from the ``~/.netrc`` entry (or
``$NETRC``) for the endpoint's host; never from the command line, and they are never printed.

HTTP goes through urllib, only to the URL given: no redirects are followed, and for loopback
addresses no proxy is used. Every failure (bad URL, connection refused, timeout, an HTTP error,
refused credentials) is an EndpointError, one line, exit status 2.
"""

from __future__ import annotations

import hashlib
import http.client
import ipaddress
import netrc
import os
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from migration_kg import resources
from migration_kg.errors import UsageError
from migration_kg.limits import limits
from migration_kg.stores.guards import check_json_depth
from migration_kg.query.sparql import Rows, check_safe, query_form, rows_of, with_values
from migration_kg.stores import GRAPH_NS, ONTOLOGY_GRAPH, REGISTRY_GRAPH

RESULTS_JSON = "application/sparql-results+json"
#: The most N-Triples bytes one request carries; a bigger graph is sent in several.
CHUNK_BYTES = 4 * 2**20
#: Where publish records the digest of each graph it sent (outside .../graph/, so that no query
#: counts it among the project's graphs).
PUBLISHED_GRAPH = "https://w3id.org/migration-kg/published"
DIGEST = "https://w3id.org/migration-kg/published#sha256"
USER_VARIABLE, PASSWORD_VARIABLE = "MIGRATION_KG_USER", "MIGRATION_KG_PASSWORD"


class EndpointError(UsageError):
    """A SPARQL endpoint could not be reached, or answered with an error."""


# -- HTTP ----------------------------------------------------------------------------------------

def check_url(url: str, what: str = "--endpoint") -> str:
    """An http(s) URL with a host and no user or password in it, or a UsageError."""
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port  # raises ValueError for a bad port
    except ValueError as exc:
        raise EndpointError(f"{what} {_display(url)!r} is not a valid URL: {exc}") from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EndpointError(f"{what} {_display(url)!r} is not an http:// or https:// URL with a host, "
                            "e.g. http://127.0.0.1:7878/query")
    if parts.username is not None or parts.password is not None:
        raise EndpointError(f"{what} {_display(url)!r}: a user or password in the URL is refused (it would "
                            f"show in process lists and logs); set {USER_VARIABLE} and {PASSWORD_VARIABLE} "
                            "or a ~/.netrc entry instead")
    if parts.fragment:
        raise EndpointError(f"{what} {url!r} has a #fragment; give the endpoint's URL without it")
    del port
    return url


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def credentials(url: str) -> tuple[str, str] | None:
    """(user, password) for ``url``: from the environment, else from ~/.netrc (or $NETRC)."""
    user, password = os.environ.get(USER_VARIABLE), os.environ.get(PASSWORD_VARIABLE)
    if user and password is not None:
        return user, password
    host = urllib.parse.urlsplit(url).hostname or ""
    path = Path(os.environ.get("NETRC") or Path.home() / ".netrc")
    if not path.is_file():
        return None
    try:
        entry = netrc.netrc(str(path)).authenticators(host)
    except netrc.NetrcParseError as exc:  # its message may quote a token of the file: not shown
        raise EndpointError(f"{path}: cannot read it as a .netrc file (line {exc.lineno})") from None
    except OSError as exc:
        raise EndpointError(f"{path}: cannot read: {exc.strerror}") from None
    if entry is None or entry[2] is None:
        return None
    return entry[0] or "", entry[2]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D102
        raise urllib.error.HTTPError(req.full_url, code, f"redirect to {newurl} not followed", headers, fp)


def _opener(url: str):
    host = urllib.parse.urlsplit(url).hostname or ""
    handlers: list = [_NoRedirect()]
    if is_loopback(host):
        handlers.append(urllib.request.ProxyHandler({}))
    found = credentials(url)
    if found is not None:
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, url, *found)
        handlers += [urllib.request.HTTPBasicAuthHandler(passwords), urllib.request.HTTPDigestAuthHandler(passwords)]
    return urllib.request.build_opener(*handlers), found is not None


def _authorization(url: str, method: str, found: tuple[str, str], timeout: float) -> str | None:
    """The Authorization header for a request that carries a body, worked out before sending it: a
    server that refuses a request unauthenticated closes the connection without reading the body,
    which the client would see as a broken pipe. A HEAD request fetches the server's challenge
    (Basic or Digest); a second one checks the answer, so refused credentials are told as such."""
    import base64

    plain = urllib.request.build_opener(_NoRedirect(), *([urllib.request.ProxyHandler({})]
                                                         if is_loopback(urllib.parse.urlsplit(url).hostname or "")
                                                         else []))

    def status(headers: dict) -> tuple[int, str]:
        try:
            with plain.open(urllib.request.Request(url, method="HEAD", headers=headers), timeout=timeout) as answer:
                return answer.status, ""
        except urllib.error.HTTPError as exc:
            return exc.code, exc.headers.get("WWW-Authenticate", "") if exc.headers else ""

    code, challenge = status({})
    if code != 401:
        return None
    scheme, _, rest = challenge.partition(" ")
    if scheme.lower() == "basic":
        header = "Basic " + base64.b64encode(f"{found[0]}:{found[1]}".encode("utf-8")).decode("ascii")
    elif scheme.lower() == "digest":
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, url, *found)
        fields = urllib.request.parse_keqv_list(filter(None, urllib.request.parse_http_list(rest)))
        digest = urllib.request.HTTPDigestAuthHandler(passwords)
        check = digest.get_authorization(urllib.request.Request(url, method="HEAD"), fields)
        if check and status({"Authorization": "Digest " + check})[0] == 401:
            return "refused"
        answer = digest.get_authorization(urllib.request.Request(url, data=b"", method=method), fields)
        return "Digest " + answer if answer else None
    else:
        return None
    return "refused" if status({"Authorization": header})[0] == 401 else header


def _refusal(code: int, shown: str, url: str, with_credentials: bool, size: int) -> str | None:
    """The one line for a server's refusal of who we are or of what we sent."""
    host = urllib.parse.urlsplit(url).hostname
    if code == 401 and with_credentials:
        return (f"{shown}: the server refused the credentials (HTTP 401 Unauthorized); check "
                f"{USER_VARIABLE}/{PASSWORD_VARIABLE} or the ~/.netrc entry for {host}")
    if code == 401:
        return (f"{shown}: the server asks for credentials (HTTP 401 Unauthorized); set {USER_VARIABLE} and "
                f"{PASSWORD_VARIABLE}, or a ~/.netrc entry for {host}")
    if code == 403:
        return (f"{shown}: the server forbids this (HTTP 403 Forbidden); the user needs the right to write "
                "to its graph store (on Virtuoso: GRANT SPARQL_UPDATE TO the user)")
    if code == 413:
        return (f"{shown}: the server refuses a request of {size:,} bytes as too large (HTTP 413); "
                "raise its request size limit")
    return None


def _request(method: str, url: str, *, data: bytes | None = None, headers: dict | None = None,
             timeout: float | None = None) -> tuple[int, dict, bytes]:
    """One HTTP exchange: (status, headers, body). ``timeout`` (default Limits.timeout, the command
    line's --timeout) bounds the wait for the connection and for each read; an answer above
    Limits.max_input_size is refused."""
    timeout = limits().timeout if timeout is None else timeout
    most = limits().max_input_size
    host = urllib.parse.urlsplit(url).hostname or ""
    opener, with_credentials = _opener(url)
    shown = _display(url)
    headers = dict(headers or {})
    try:
        if data and with_credentials:
            header = _authorization(url, method, credentials(url), timeout)
            if header == "refused":
                raise EndpointError(_refusal(401, shown, url, True, len(data)))
            if header:
                headers["Authorization"] = header
        request = urllib.request.Request(url, data=data, method=method, headers=headers)
        with opener.open(request, timeout=timeout) as response:
            body = response.read(most + 1)
            if len(body) > most:
                raise EndpointError(f"{shown}: the answer is above the input size limit of {most / 2**20:.1f} MB "
                                    "(raise it with --max-input-size)")
            return response.status, dict(response.headers.items()), body
    except urllib.error.HTTPError as exc:
        refused = _refusal(exc.code, shown, url, with_credentials, len(data or b""))
        if refused:
            raise EndpointError(refused) from None
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
    except ValueError as exc:  # urllib's Digest handler: an algorithm it does not know
        raise EndpointError(f"{shown}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None
    except (OSError, http.client.HTTPException) as exc:  # connection reset, bad status line...
        raise EndpointError(f"{shown}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from exc


def _display(url: str) -> str:
    """The URL without its query string (a query can be long) and without a user or password."""
    try:
        parts = urllib.parse.urlsplit(url)
        netloc = parts.hostname or ""
        if parts.port:
            netloc += f":{parts.port}"
    except ValueError:
        return url.rpartition("@")[2]
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def _with_param(url: str, name: str, value: str) -> str:
    parts = urllib.parse.urlsplit(url)
    query = parts.query + ("&" if parts.query else "") + urllib.parse.urlencode({name: value})
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


# -- publish ---------------------------------------------------------------------------------------

def chunks(ntriples: bytes, most: int = CHUNK_BYTES) -> list[bytes]:
    """N-Triples cut at line ends into pieces of at most ``most`` bytes (a longer line alone)."""
    pieces, start = [], 0
    while start < len(ntriples):
        end = start + most
        if end < len(ntriples):
            cut = ntriples.rfind(b"\n", start, end)
            end = cut + 1 if cut >= start else ntriples.find(b"\n", end) + 1 or len(ntriples)
        pieces.append(ntriples[start:end])
        start = end
    return pieces or [b""]


def published_digests(endpoint: str, timeout: float | None = None) -> dict[str, str]:
    """{graph IRI: digest} as the last publish to this Graph Store recorded them ({} if none)."""
    import pyoxigraph as ox

    try:
        _, headers, body = _request("GET", _with_param(endpoint, "graph", PUBLISHED_GRAPH), timeout=timeout,
                                    headers={"Accept": "application/n-triples"})
    except EndpointError as exc:
        if "HTTP 404" in str(exc):  # never published here
            return {}
        raise
    kind = {k.lower(): v for k, v in headers.items()}.get("content-type", "").split(";")[0].strip()
    fmt = ox.RdfFormat.from_media_type(kind) or ox.RdfFormat.N_TRIPLES
    try:
        return {t.subject.value: t.object.value for t in ox.parse(body, format=fmt)
                if t.predicate.value == DIGEST}
    except (SyntaxError, ValueError):
        return {}  # an unreadable record: everything is sent again


@dataclass(frozen=True)
class Published:
    """What :func:`publish` did: ``graphs`` [(graph IRI, triples, sent)] for every graph of the build,
    in order (ontology, registry, documents); ``removed``, the graphs deleted from the server because
    the last publish there recorded them and the build no longer has them."""

    graphs: list[tuple[str, int, bool]]
    removed: list[str]

    @property
    def sent(self) -> list[tuple[str, int]]:
        return [(graph, triples) for graph, triples, sent in self.graphs if sent]


def publish(store, endpoint: str, *, everything: bool = False, progress=None, timeout: float | None = None,
            chunk_bytes: int = CHUNK_BYTES) -> Published:
    """Send the named graphs of ``store`` (a GraphStore) to a Graph Store Protocol endpoint: those
    whose digest changed since the last publish there, or all with ``everything``; then delete the
    graphs that publish recorded and the build no longer has.

    ``progress(done, total, "graphs")`` is called after each graph sent or deleted."""
    check_url(endpoint)
    order = sorted(store.graphs(), key=lambda g: (g != ONTOLOGY_GRAPH, g != REGISTRY_GRAPH, g))
    before = published_digests(endpoint, timeout)
    gone = sorted(g for g in set(before) - set(order) if g.startswith(GRAPH_NS))  # only the project's graphs
    record = dict(before)
    report, removed = [], []
    total = len(order) + len(gone)
    try:
        for index, graph in enumerate(order):
            body = store.graph_ntriples(graph)
            digest = hashlib.sha256(body).hexdigest()
            sent = everything or before.get(graph) != digest
            if sent:
                record.pop(graph, None)
                for number, piece in enumerate(chunks(body, chunk_bytes)):
                    status, _, _ = _request("PUT" if number == 0 else "POST", _with_param(endpoint, "graph", graph),
                                            data=piece, timeout=timeout,
                                            headers={"Content-Type": "application/n-triples"})
                    if status not in (200, 201, 204):
                        raise EndpointError(f"{_display(endpoint)}: unexpected HTTP {status} for graph {graph}")
                record[graph] = digest
            report.append((graph, body.count(b"\n"), sent))
            if progress is not None:
                progress(index + 1, total, "graphs")
        for index, graph in enumerate(gone):
            _delete_graph(endpoint, graph, timeout)
            record.pop(graph)
            removed.append(graph)
            if progress is not None:
                progress(len(order) + index + 1, total, "graphs")
    finally:
        if record != before:  # what was sent or deleted is recorded, even when a later request failed
            lines = "".join(f"<{g}> <{DIGEST}> \"{d}\" .\n" for g, d in sorted(record.items()))
            _request("PUT", _with_param(endpoint, "graph", PUBLISHED_GRAPH), data=lines.encode("ascii"),
                     timeout=timeout, headers={"Content-Type": "application/n-triples"})
    return Published(report, removed)


def _delete_graph(endpoint: str, graph: str, timeout: float | None) -> None:
    """``DELETE <endpoint>?graph=<graph>``; a graph already gone (HTTP 404) is as good as deleted."""
    try:
        status, _, _ = _request("DELETE", _with_param(endpoint, "graph", graph), timeout=timeout)
    except EndpointError as exc:
        if "HTTP 404" in str(exc):
            return
        raise
    if status not in (200, 202, 204):
        raise EndpointError(f"{_display(endpoint)}: unexpected HTTP {status} deleting graph {graph}")


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
            # the record of the last publish, else (graphs loaded another way) every graph with a triple
            for name in ("published-graphs", "graphs"):
                found = self._post(resources.internal_query(name))
                self._graphs = sorted({row[0].value for row in found.rows if row[0] is not None})
                if self._graphs:
                    break
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
