"""No surprise network: SERVICE, FROM <url>, LOAD and remote JSON-LD contexts make no connection
unless --allow-network is given. A listener on loopback records every connection attempt."""

from __future__ import annotations

import http.server
import json
import threading

import pytest

from tests.conftest import run_cli


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def _answer(self):
        type(self).hits.append(self.path)
        body = json.dumps({"head": {"vars": ["s"]}, "results": {"bindings": []}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802 - http.server naming
        self._answer()

    def do_POST(self):  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self._answer()

    def log_message(self, *args):
        pass


@pytest.fixture
def listener():
    _Recorder.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _Recorder.hits
    server.shutdown()
    server.server_close()


QUERIES = {
    "service": "SELECT ?s WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
    "from": "SELECT ?s WHERE {{ ?s ?p ?o }}".replace("WHERE", "FROM <{url}/data.ttl> WHERE"),
    "from-named": "SELECT ?s FROM NAMED <{url}/g.ttl> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
    "nested-service": "SELECT ?s WHERE {{ {{ SELECT ?s WHERE {{ SERVICE SILENT <{url}/q> {{ ?s ?p ?o }} }} }} }}",
}


@pytest.mark.parametrize("kind", sorted(QUERIES))
def test_network_clauses_are_refused_and_connect_nowhere(listener, tmp_path, graph_ttl, kind):
    url, hits = listener
    rq = tmp_path / "q.rq"
    rq.write_text(QUERIES[kind].format(url=url), encoding="utf-8")
    proc = run_cli("query", str(rq), "--graph", str(graph_ttl))
    assert proc.returncode == 2
    assert "refused" in proc.stderr and "--allow-network" in proc.stderr
    assert hits == []


def test_load_is_refused_and_connects_nowhere(listener, tmp_path, graph_ttl):
    url, hits = listener
    rq = tmp_path / "load.rq"
    rq.write_text(f"LOAD <{url}/data.ttl>", encoding="utf-8")
    proc = run_cli("query", str(rq), "--graph", str(graph_ttl), "--allow-network")
    assert proc.returncode == 2 and "LOAD" in proc.stderr
    assert hits == []


def test_remote_json_ld_context_is_refused(listener, tmp_path):
    url, hits = listener
    doc = tmp_path / "remote.jsonld"
    doc.write_text(json.dumps({"@context": f"{url}/context.jsonld", "@id": "http://example.org/x",
                               "name": "x"}), encoding="utf-8")
    proc = run_cli("query", "partnerships", "--graph", str(doc))
    assert proc.returncode == 2 and "would be fetched over the network; refused" in proc.stderr
    assert hits == []


def test_with_allow_network_the_service_is_contacted(listener, tmp_path, graph_ttl):
    url, hits = listener
    rq = tmp_path / "q.rq"
    rq.write_text(QUERIES["service"].format(url=url), encoding="utf-8")
    proc = run_cli("query", str(rq), "--graph", str(graph_ttl), "--allow-network", "--format", "csv")
    assert hits, proc.stderr
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "s"


def test_an_unreachable_service_with_allow_network_is_one_line_exit_2(tmp_path, graph_ttl):
    import socket

    from tests.conftest import cli

    with socket.socket() as s:  # a port nothing listens on once this socket closes
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    rq = tmp_path / "q.rq"
    rq.write_text(f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}\n", encoding="utf-8")
    run = cli("query", str(rq), "--graph", str(graph_ttl), "--allow-network")
    assert run.returncode == 2, run.stderr
    assert run.stderr.count("\n") == 1 and run.stderr.startswith("error: ") and "Traceback" not in run.stderr
