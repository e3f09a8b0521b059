"""A real Oxigraph server on loopback: publish, query, publish again, serve, and the failures.

The tests start ``oxigraph serve`` (the executable of the ``oxigraph`` package) on a free port of
127.0.0.1 with a store in a temporary folder, and stop it afterwards. They skip, saying why, when the
executable is missing; ``pip install -e '.[test]'`` installs it.
"""

from __future__ import annotations

import http.server
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time

import pytest

from tests import paths
from migration_kg.build import build
from migration_kg.errors import UsageError
from migration_kg.remote.client import Endpoint, EndpointError, publish
from migration_kg.remote.server import find_oxigraph
from migration_kg.query.sparql import library
from migration_kg.query.resolve import NameIndex, names_query
from migration_kg.query.sparql import PARAM_DEFAULTS, PARAM_KINDS, status_binding
from migration_kg.stores import StoreSpec
from tests.engines import name_index, run_oxigraph
from tests.test_stores import LIBRARY, per_graph, sorted_n3

PARAMS = {"actor": "IOM", "country": "Ghana", "actor_a": "IOM", "actor_b": "ILO", "entity": "remittances"}


def bindings(query, index: NameIndex) -> dict:
    """The parameters as the command line binds them (a status parameter takes its default)."""
    return {p.name: status_binding(PARAM_DEFAULTS[p.kind]) if p.kind == "status"
            else index.resolve(PARAMS[p.name], PARAM_KINDS[p.kind]) for p in query.parameters
            if p.kind == "status" or p.default is None}  # the others default to all: nothing bound


def memory_rows(name: str, store):
    query = LIBRARY[name]
    return run_oxigraph(store, query.text, bindings(query, name_index(store)))

try:
    OXIGRAPH = find_oxigraph()
except UsageError:
    OXIGRAPH = None

pytestmark = [pytest.mark.slow, pytest.mark.skipif(OXIGRAPH is None, reason="the Oxigraph server (`oxigraph` command of the "
                                                         "oxigraph package) is not installed")]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, proc: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`oxigraph serve` (read-write, plain default graph) on a free loopback port."""
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph-server")
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_for_port(port, proc)
    if proc.poll() is not None:
        pytest.skip(f"the Oxigraph server did not start: {proc.stderr.read().decode(errors='replace')[:300]}")
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture(scope="module")
def seed_store(seed_dir):
    return build(seed_dir, None).store


@pytest.fixture(scope="module")
def published(server, seed_store):
    """The seed graph published twice, the second time with everything=True (sending unchanged
    graphs again); the triple counts seen after each publication."""
    endpoint = Endpoint(f"{server}/query")
    counts = []
    for everything in (False, True):
        sent = publish(seed_store, f"{server}/store", everything=everything).graphs
        rows = endpoint._post("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                              "FILTER (STRSTARTS(STR(?g), 'https://w3id.org/migration-kg/graph/')) } GROUP BY ?g")
        counts.append({g.value: int(n.value) for g, n in rows.rows})
    return sent, counts


def test_publishing_twice_leaves_the_same_graphs_and_triples(published, seed_store):
    sent, (first, second) = published
    assert all(changed for _, _, changed in sent)
    assert [g for g, _, _ in sent][:2] == ["https://w3id.org/migration-kg/graph/ontology",
                                        "https://w3id.org/migration-kg/graph/registry"]
    assert first == second == per_graph(seed_store)
    assert sum(second.values()) == len(seed_store)


@pytest.mark.parametrize("name", sorted(LIBRARY))
def test_every_query_gives_the_memory_rows_on_the_server(name, published, server, built, seed_store):
    query = LIBRARY[name]
    endpoint = Endpoint(f"{server}/query")
    on_server = endpoint.select(query.text, bindings(query, NameIndex(endpoint.solutions_rows(names_query()))))
    on_memory = memory_rows(name, built.store)
    on_store = run_oxigraph(seed_store, query.text, bindings(query, name_index(seed_store)))
    assert on_server.variables == on_memory.variables == on_store.variables
    assert sorted_n3(on_server) == sorted_n3(on_memory) == sorted_n3(on_store)


def test_the_dataset_is_the_union_of_the_project_graphs(published, server, built):
    """This server's default graph is empty: Oxigraph's union option is found; the portable
    default-graph-uri list gives the same rows."""
    endpoint = Endpoint(f"{server}/query")
    assert endpoint.dataset() == [("union-default-graph", "")]
    listed = Endpoint(f"{server}/query")
    listed._dataset = [("default-graph-uri", g) for g in listed.graphs()]
    query = library()["partnerships"]
    given = bindings(query, NameIndex(endpoint.solutions_rows(names_query())))  # stated, as the command line
    assert sorted_n3(listed.select(query.text, given)) == sorted_n3(endpoint.select(query.text, given)) == \
        sorted_n3(memory_rows("partnerships", built.store))


def test_publish_and_query_commands(published, server, graph_ttl, capsys, seed_dir):
    from migration_kg.cli import main

    assert main(["publish", "--endpoint", f"{server}/store", "--data", str(seed_dir)]) == 0
    assert "Published 0 named graphs (0 triples)" in capsys.readouterr().out  # unchanged since `published`
    assert main(["publish", "--all", "--endpoint", f"{server}/store", "--data", str(seed_dir)]) == 0
    assert "Published 3 named graphs" in capsys.readouterr().out
    args = ["query", "actor-profile", "--param", "actor=IOM", "--format", "csv"]
    assert main([*args, "--endpoint", f"{server}/query"]) == 0
    on_server = capsys.readouterr().out
    assert main([*args, "--graph", str(graph_ttl)]) == 0
    on_file = capsys.readouterr().out
    assert sorted(on_server.splitlines()) == sorted(on_file.splitlines()) and len(on_file.splitlines()) > 5


# -- migration-kg serve ---------------------------------------------------------------------------------

def _start_serve(*args: str, env: dict | None = None) -> tuple[subprocess.Popen, int, list[str]]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "migration_kg.cli", "serve", "--bind", f"127.0.0.1:{port}", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=paths.ROOT,
                            env={**os.environ, **(env or {})})
    lines: list[str] = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line.rstrip("\n"))
        if line.startswith("Press Ctrl-C"):
            return proc, port, lines
    proc.kill()
    pytest.fail(f"serve did not start: {lines} {proc.stderr.read()}")


def _stop(proc: subprocess.Popen) -> tuple[int, str]:
    proc.send_signal(signal.SIGINT)
    out, _ = proc.communicate(timeout=30)
    return proc.returncode, out


def test_serve_answers_read_only_on_loopback_and_stops_on_ctrl_c(tmp_path, built, seed_dir):
    folder = tmp_path / "kg"
    build(seed_dir, None, store=StoreSpec(folder)).store.close()
    proc, port, lines = _start_serve("--store", f"oxigraph:{folder}", "--page", str(tmp_path / "queries.html"))
    try:
        assert f"SPARQL endpoint (read-only): http://127.0.0.1:{port}/query" in lines
        assert (tmp_path / "queries.html").is_file()
        endpoint = Endpoint(f"http://127.0.0.1:{port}/query")
        assert endpoint.dataset() == []  # --union-default-graph
        query = library()["partnerships"]
        rows = endpoint.select(query.text, bindings(query, NameIndex(endpoint.solutions_rows(names_query()))))
        assert sorted_n3(rows) == sorted_n3(memory_rows("partnerships", built.store))
        with pytest.raises(EndpointError, match="HTTP 403|read-only|HTTP 405"):
            publish(build(seed_dir, None).store,
                    f"http://127.0.0.1:{port}/store")
    finally:
        code, out = _stop(proc)
    assert code == 0 and "Stopped." in out
    with socket.socket() as s:  # the port is free again: the server process is gone
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", port))


def test_serve_without_a_store_builds_a_temporary_one_and_removes_it(tmp_path):
    proc, port, lines = _start_serve("--page", str(tmp_path / "page" / "queries.html"), env={"TMPDIR": str(tmp_path)})
    try:
        # ./graph holds the seed and whatever reports curators have added
        assert any(re.match(r"Built [1-9]\d* documents", line) for line in lines), lines
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith("migration-kg-serve-")]
        assert Endpoint(f"http://127.0.0.1:{port}/query").graphs()
    finally:
        code, _ = _stop(proc)
    assert code == 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("migration-kg-serve-")] == []
    assert (tmp_path / "page" / "queries.html").is_file()


def test_serve_on_a_busy_port_is_one_line_exit_2(capsys):
    from migration_kg.cli import main

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        code = main(["serve", "--bind", f"127.0.0.1:{busy.getsockname()[1]}"])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1 and "in use" in err


# -- failures: one line, exit status 2, no traceback ---------------------------------------------------------

def _one_line_error(capsys, *argv: str) -> str:
    from migration_kg.cli import main

    code = main(list(argv))
    err = capsys.readouterr().err
    assert code == 2, err
    assert len(err.strip().splitlines()) == 1 and err.startswith("error: ") and "Traceback" not in err, err
    return err


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/store", "http://", "127.0.0.1:7878/query",
                                 "http://127.0.0.1:99999/query", "http://127.0.0.1:7878/query#x"])
def test_bad_endpoint_urls(capsys, url):
    for command in (["query", "partnerships"], ["publish"]):
        err = _one_line_error(capsys, *command, "--endpoint", url)
        assert "--endpoint" in err


def test_connection_refused(capsys):
    url = f"http://127.0.0.1:{free_port()}"
    assert "connection refused" in _one_line_error(capsys, "query", "partnerships", "--endpoint", f"{url}/query")
    assert "connection refused" in _one_line_error(capsys, "publish", "--endpoint", f"{url}/store")


def test_http_errors(capsys, server, published):
    err = _one_line_error(capsys, "query", "partnerships", "--endpoint", f"{server}/no-such-endpoint")
    assert "HTTP 404" in err
    err = _one_line_error(capsys, "publish", "--endpoint", f"{server}/query")  # not a graph store
    assert "HTTP" in err


def test_network_clauses_are_refused_on_an_endpoint_too(capsys, server, published, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text(f"SELECT ?s WHERE {{ SERVICE <{server}/query> {{ ?s ?p ?o }} }}", encoding="utf-8")
    err = _one_line_error(capsys, "query", str(rq), "--endpoint", f"{server}/query")
    assert "refused" in err and "--allow-network" in err


class _Redirect(http.server.BaseHTTPRequestHandler):
    target = ""
    hits: list[str] = []

    def _redirect(self):
        type(self).hits.append(self.path)
        self.send_response(307)
        self.send_header("Location", type(self).target)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = do_PUT = _redirect  # noqa: N815

    def log_message(self, *args):
        pass


def test_redirects_are_not_followed(capsys, server, published):
    """Only the URL the user gives is contacted: a redirect to another address is an error."""
    _Redirect.target, _Redirect.hits = f"{server}/query", []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Redirect)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        err = _one_line_error(capsys, "query", "partnerships", "--endpoint",
                              f"http://127.0.0.1:{httpd.server_address[1]}/query")
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert "redirect" in err and len(_Redirect.hits) == 1
