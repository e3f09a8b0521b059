"""Two real SPARQL servers, Oxigraph and Virtuoso 7, started on loopback (tests/servers.py): every
library query gives the local store's rows on both, for the seed and for a corpus of several reports;
publishing sends only what changed; credentials are used and never shown.

The servers are started once per session (Virtuoso takes a while to create its database); the tests
skip, saying why, when a server is not installed (Debian: apt-get install virtuoso-opensource).
"""

from __future__ import annotations

import pytest

from migration_kg.build import build
from migration_kg.query.resolve import NameIndex, names_query
from migration_kg.remote import client
from migration_kg.remote.client import PUBLISHED_GRAPH, Endpoint, EndpointError, publish
from migration_kg.stores import GRAPH_NS, GraphStore
from tests.conftest import run_cli
from tests.engines import name_index, run_oxigraph
from tests.servers import ISQL, PUBLISHER, VIRTUOSO, OxigraphServer, VirtuosoServer, oxigraph_executable
from tests.test_server import bindings
from tests.test_stores import LIBRARY, sorted_n3

REASONS = {"oxigraph": "the Oxigraph server (`oxigraph` command of the oxigraph package) is not installed",
           "virtuoso": "Virtuoso 7 is not installed (Debian: apt-get install virtuoso-opensource)"}


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    if oxigraph_executable() is None:
        pytest.skip(REASONS["oxigraph"])
    server = OxigraphServer(tmp_path_factory.mktemp("oxigraph"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory):
    if VIRTUOSO is None or ISQL is None:
        pytest.skip(REASONS["virtuoso"])
    server = VirtuosoServer(tmp_path_factory.mktemp("virtuoso"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def servers(request):
    return lambda name: request.getfixturevalue(f"{name}_server")


@pytest.fixture(scope="session")
def stores(seed_dir, corpora):
    made = {}

    def store(name: str) -> GraphStore:
        if name not in made:
            made[name] = build(seed_dir if name == "seed" else corpora(4), None).store
        return made[name]

    return store


def holding(server, store: GraphStore) -> Endpoint:
    """Make ``server`` hold exactly ``store``'s graphs (removing what an earlier test published)."""
    if getattr(server, "holds", None) is not store:
        for graph in [*getattr(server, "sent", []), PUBLISHED_GRAPH]:
            try:
                client._request("DELETE", client._with_param(server.store_url, "graph", graph))
            except EndpointError:
                pass  # not there
        publish(store, server.store_url, everything=True)
        server.holds, server.sent = store, store.graphs()
    return Endpoint(server.query_url)


@pytest.mark.parametrize("dataset", ["seed", "corpus"])
@pytest.mark.parametrize("name", ["oxigraph", "virtuoso"])
def test_every_library_query_gives_the_local_rows(servers, stores, name, dataset):
    store = stores(dataset)
    endpoint = holding(servers(name), store)
    assert endpoint.graphs() == store.graphs()
    remote_index, local_index = NameIndex(endpoint.solutions_rows(names_query())), name_index(store)
    differ, compared = [], 0
    for query_name, query in sorted(LIBRARY.items()):
        local = run_oxigraph(store, query.text, bindings(query, local_index))
        remote = endpoint.select(query.text, bindings(query, remote_index))
        compared += len(local.rows)
        if remote.variables != local.variables or sorted_n3(remote) != sorted_n3(local):
            differ.append(f"{query_name} ({len(remote.rows)} rows on {name}, {len(local.rows)} locally)")
    assert not differ, f"different rows on {name}: {', '.join(differ)}"
    assert compared > (500 if dataset == "seed" else 100)  # the comparison is not of empty answers


#: Triples the topic check must report: a topic outside the scheme, one below it, and an object of
#: mkg:addresses that is no topic (the seed and the corpus have none of these).
TOPIC_PROBLEMS = """\
<https://w3id.org/migration-kg/id/orphan-topic> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/migration-kg/ontology#Topic> .
<https://w3id.org/migration-kg/id/orphan-child> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/migration-kg/ontology#Topic> .
<https://w3id.org/migration-kg/id/orphan-child> <http://www.w3.org/2004/02/skos/core#broader> <https://w3id.org/migration-kg/id/orphan-topic> .
<https://w3id.org/migration-kg/id/france> <https://w3id.org/migration-kg/ontology#addresses> <https://w3id.org/migration-kg/id/not-a-topic> .
"""


@pytest.mark.parametrize("name", ["oxigraph", "virtuoso"])
def test_the_topic_check_finds_the_same_problems_on_both_servers(servers, stores, name):
    import pyoxigraph as ox

    store = GraphStore.memory()
    store.store.load(stores("seed").nquads(), format=ox.RdfFormat.N_QUADS)
    document = next(g for g in store.graphs() if g.rsplit("/", 1)[1] not in ("ontology", "registry"))
    store.store.load(TOPIC_PROBLEMS.encode(), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(document))
    query = LIBRARY["topic-outside-scheme-violation"].text
    local = run_oxigraph(store, query, {})
    assert len(local.rows) == 3
    assert sorted_n3(holding(servers(name), store).select(query)) == sorted_n3(local)


def _count_requests(monkeypatch) -> list[tuple[str, str]]:
    """Every HTTP request the client makes: (method, graph parameter)."""
    import urllib.parse

    seen: list[tuple[str, str]] = []
    real = client._request

    def counting(method, url, **kwargs):
        graph = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query).get("graph", [""])[0]
        seen.append((method, graph))
        return real(method, url, **kwargs)

    monkeypatch.setattr(client, "_request", counting)
    return seen


def _changed_copy(store: GraphStore, document_graph: str) -> GraphStore:
    import pyoxigraph as ox

    copy = GraphStore.memory()
    copy.store.load(store.nquads(), format=ox.RdfFormat.N_QUADS)
    copy.store.add(ox.Quad(ox.NamedNode(GRAPH_NS + "x"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#comment"),
                           ox.Literal("changed"), ox.NamedNode(document_graph)))
    return copy


@pytest.mark.parametrize("name", ["oxigraph", "virtuoso"])
def test_republishing_sends_only_the_changed_document(servers, stores, monkeypatch, name):
    server = servers(name)
    store = stores("corpus")
    holding(server, store)
    documents = [g for g in store.graphs() if g.rsplit("/", 1)[1] not in ("ontology", "registry")]
    assert len(documents) >= 4
    requests = _count_requests(monkeypatch)
    assert not publish(store, server.store_url).sent  # nothing changed: nothing sent
    assert [m for m, _ in requests] == ["GET"]  # only the record of the last publish is read
    requests.clear()
    changed = _changed_copy(store, documents[1])
    report = publish(changed, server.store_url)
    assert [g for g, _ in report.sent] == [documents[1]] and report.removed == []
    assert requests == [("GET", PUBLISHED_GRAPH), ("PUT", documents[1]), ("PUT", PUBLISHED_GRAPH)]
    requests.clear()
    assert all(sent for _, _, sent in publish(changed, server.store_url, everything=True).graphs)
    assert [m for m, g in requests if g != PUBLISHED_GRAPH].count("PUT") == len(store.graphs())
    server.holds = None  # the server now holds the changed copy


def _without(store: GraphStore, document_graph: str) -> GraphStore:
    """A copy of ``store`` without one document's graph (as a build once the report is removed)."""
    import pyoxigraph as ox

    copy = GraphStore.memory()
    copy.store.load(store.nquads(), format=ox.RdfFormat.N_QUADS)
    copy.store.remove_graph(ox.NamedNode(document_graph))
    return copy


@pytest.mark.parametrize("name", ["oxigraph", "virtuoso"])
def test_a_document_no_longer_in_the_build_is_deleted_from_the_server(servers, stores, monkeypatch, name):
    server = servers(name)
    store = stores("corpus")
    holding(server, store)
    gone = next(g for g in store.graphs() if g.rsplit("/", 1)[1] not in ("ontology", "registry"))
    reduced = _without(store, gone)
    documents = LIBRARY["documents"].text
    requests = _count_requests(monkeypatch)
    report = publish(reduced, server.store_url)
    server.holds = None  # the server now holds the store without that document
    assert report.removed == [gone] and report.sent == []
    assert requests == [("GET", PUBLISHED_GRAPH), ("DELETE", gone), ("PUT", PUBLISHED_GRAPH)]
    after = Endpoint(server.query_url)
    rows = after.select(documents)
    assert sorted_n3(rows) == sorted_n3(run_oxigraph(reduced, documents, {}))  # the report's row is gone
    assert len(rows.rows) == len(run_oxigraph(store, documents, {}).rows) - 1
    count = after._post(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{gone}> {{ ?s ?p ?o }} }}")
    assert int(count.rows[0][0].value) == 0
    assert gone not in client.published_digests(server.store_url) and gone not in after.graphs()
    requests.clear()
    assert publish(_without(store, gone), server.store_url).removed == []  # deleted once, then forgotten
    assert requests == [("GET", PUBLISHED_GRAPH)]


def test_publish_tells_which_removed_documents_it_deleted_and_all_deletes_them_too(servers, corpora, tmp_path,
                                                                                   capsys):
    """The command says so, one line per deleted document; --all deletes them as well."""
    import shutil

    from migration_kg.cli import main

    server = servers("oxigraph")
    data = tmp_path / "graph"
    shutil.copytree(corpora(4), data)
    for graph in [*getattr(server, "sent", []), PUBLISHED_GRAPH]:  # an empty server
        try:
            client._request("DELETE", client._with_param(server.store_url, "graph", graph))
        except EndpointError:
            pass
    server.holds = None
    assert main(["publish", "--endpoint", server.store_url, "--data", str(data)]) == 0
    capsys.readouterr()
    ids = sorted(p.name for p in (data / "sources").iterdir())
    server.sent = [GRAPH_NS + i for i in ids] + [GRAPH_NS + "ontology", GRAPH_NS + "registry"]
    shutil.rmtree(data / "sources" / ids[0])
    assert main(["publish", "--endpoint", server.store_url, "--data", str(data)]) == 0
    out = capsys.readouterr().out
    assert f"Deleted 1 named graphs of documents no longer in the build:\n  {GRAPH_NS}{ids[0]}\n" in out
    shutil.rmtree(data / "sources" / ids[1])
    assert main(["publish", "--all", "--endpoint", server.store_url, "--data", str(data)]) == 0
    out = capsys.readouterr().out
    assert f"Deleted 1 named graphs of documents no longer in the build:\n  {GRAPH_NS}{ids[1]}\n" in out
    assert Endpoint(server.query_url).graphs() == sorted(server.sent[2:])


def test_a_big_graph_goes_in_bounded_chunks_and_arrives_whole(servers, stores, monkeypatch):
    server = servers("oxigraph")
    store = stores("seed")
    requests = _count_requests(monkeypatch)
    publish(store, server.store_url, everything=True, chunk_bytes=64 * 1024)
    document = next(g for g in store.graphs() if g.rsplit("/", 1)[1] not in ("ontology", "registry"))
    size = len(store.graph_ntriples(document))
    methods = [m for m, g in requests if g == document]
    assert size > 2 * 64 * 1024 and len(methods) >= size // (64 * 1024)
    assert methods[0] == "PUT" and set(methods[1:]) == {"POST"}
    endpoint = Endpoint(server.query_url)
    rows = endpoint._post(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{document}> {{ ?s ?p ?o }} }}")
    assert int(rows.rows[0][0].value) == store.graph_ntriples(document).count(b"\n")
    server.holds = store
    assert client.chunks(b"a\nbb\nccc\n", 5) == [b"a\nbb\n", b"ccc\n"]
    assert client.chunks(b"aaaaaaa\nb\n", 3) == [b"aaaaaaa\n", b"b\n"]


def test_digest_credentials_from_netrc_publish_and_wrong_ones_are_one_line(virtuoso_server, seed_dir, tmp_path):
    """Virtuoso's /sparql-graph-crud-auth asks for HTTP Digest: ~/.netrc's entry is used; a wrong
    password is one line, exit 2, and the password shows nowhere: not in the output, not in
    Virtuoso's logs."""
    user, password = PUBLISHER
    home = tmp_path / "home"
    home.mkdir()
    netrc = home / ".netrc"
    netrc.write_text(f"machine 127.0.0.1 login {user} password {password}\n", encoding="utf-8")
    netrc.chmod(0o600)
    env = {"HOME": str(home), "NETRC": str(netrc)}
    store_url = virtuoso_server.auth_store_url
    ok = run_cli("publish", "--all", "--endpoint", store_url, "--data", str(seed_dir), env=env)
    assert ok.returncode == 0 and "Published 3 named graphs" in ok.stdout, ok.stderr
    wrong = "not-the-password-8c1f"
    netrc.write_text(f"machine 127.0.0.1 login {user} password {wrong}\n", encoding="utf-8")
    bad = run_cli("publish", "--all", "--endpoint", store_url, "--data", str(seed_dir), env=env)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and bad.stderr.startswith("error: "), bad.stderr
    assert "refused the credentials (HTTP 401" in bad.stderr
    from_env = run_cli("publish", "--all", "--endpoint", store_url, "--data", str(seed_dir),
                       env={"HOME": str(tmp_path), "NETRC": str(tmp_path / "none"),
                            "MIGRATION_KG_USER": user, "MIGRATION_KG_PASSWORD": wrong})
    assert from_env.returncode == 2 and "refused the credentials" in from_env.stderr
    none = run_cli("publish", "--endpoint", store_url, "--data", str(seed_dir),
                   env={"HOME": str(tmp_path), "NETRC": str(tmp_path / "none")})
    assert none.returncode == 2 and "asks for credentials" in none.stderr and none.stderr.count("\n") == 1
    logs = "".join(p.read_text(errors="replace") for p in virtuoso_server.folder.glob("*.log"))
    for run in (ok, bad, from_env, none):
        for secret in (password, wrong):
            assert secret not in run.stdout + run.stderr
    assert password not in logs and wrong not in logs
    virtuoso_server.holds = None


def test_a_user_or_password_in_the_url_is_refused(capsys):
    from migration_kg.cli import main

    assert main(["publish", "--endpoint", "http://me:s3cret@127.0.0.1:1/store"]) == 2
    err = capsys.readouterr().err
    assert "s3cret" not in err and "refused" in err and err.count("\n") == 1


class _Guarded:
    """A loopback Graph Store that wants HTTP Basic (user `ana`, password `open-sesame-77`), and
    answers a PUT of a graph above 200 bytes with 413 and one to graph .../forbidden with 403."""

    def __init__(self):
        import base64
        import http.server
        import threading

        expected = "Basic " + base64.b64encode(b"ana:open-sesame-77").decode()
        seen = self.seen = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                seen.append((self.command, self.headers.get("Authorization")))
                if self.headers.get("Authorization") != expected:
                    code = 401
                elif self.command == "PUT" and "forbidden" in self.path:
                    code = 403
                elif self.command == "PUT" and length > 200 and "published" not in self.path:
                    code = 413
                else:
                    code = 404 if self.command in ("GET", "HEAD") else 204
                self.send_response(code)
                if code == 401:
                    self.send_header("WWW-Authenticate", 'Basic realm="store"')
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = do_PUT = do_POST = do_HEAD = _answer  # noqa: N815

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/store"

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def test_basic_credentials_and_refusals_403_413_are_one_line(monkeypatch):
    import pyoxigraph as ox

    store = GraphStore.memory()
    for name, size in (("small", 1), ("big", 20)):
        for i in range(size):
            store.store.add(ox.Quad(ox.NamedNode(f"http://example.org/{i}"), ox.NamedNode("http://example.org/p"),
                                    ox.Literal("x"), ox.NamedNode(GRAPH_NS + name)))
    guarded = _Guarded()
    try:
        monkeypatch.setenv("NETRC", "/nonexistent")
        with pytest.raises(EndpointError, match="asks for credentials"):
            publish(store, guarded.url)
        monkeypatch.setenv("MIGRATION_KG_USER", "ana")
        monkeypatch.setenv("MIGRATION_KG_PASSWORD", "wrong-one-42")
        with pytest.raises(EndpointError, match="refused the credentials") as refused:
            publish(store, guarded.url)
        assert "wrong-one-42" not in str(refused.value)
        monkeypatch.setenv("MIGRATION_KG_PASSWORD", "open-sesame-77")
        with pytest.raises(EndpointError, match=r"too large \(HTTP 413\)") as large:
            publish(store, guarded.url)
        assert "\n" not in str(large.value)
        sent = publish(store, guarded.url, chunk_bytes=150)  # the big graph in pieces the server takes
        assert [sent_ for _, _, sent_ in sent.graphs] == [True, True]
        store.store.add(ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"),
                                ox.Literal("x"), ox.NamedNode(GRAPH_NS + "forbidden")))
        with pytest.raises(EndpointError, match="HTTP 403 Forbidden"):
            publish(store, guarded.url, everything=True, chunk_bytes=150)
    finally:
        guarded.close()


def test_publish_deletes_only_the_project_graphs_its_record_lists(monkeypatch):
    """A graph outside .../graph/ in the record (put there by someone else) is neither deleted nor
    forgotten; a recorded project graph the build no longer has is deleted and forgotten."""
    import urllib.parse

    import pyoxigraph as ox

    other = "http://example.org/someone-elses-graph"
    record = f'<{GRAPH_NS}old-report> <{client.DIGEST}> "00" .\n<{other}> <{client.DIGEST}> "00" .\n'
    seen, bodies = [], {}

    def server(method, url, *, data=None, headers=None, timeout=None):
        graph = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)["graph"][0]
        seen.append((method, graph))
        bodies[graph] = data
        if method == "GET":
            return 200, {"Content-Type": "application/n-triples"}, record.encode()
        return 204, {}, b""

    monkeypatch.setattr(client, "_request", server)
    store = GraphStore.memory()
    store.store.add(ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"),
                            ox.Literal("x"), ox.NamedNode(GRAPH_NS + "new-report")))
    report = publish(store, "http://127.0.0.1:1/store")
    assert report.removed == [GRAPH_NS + "old-report"]
    assert seen == [("GET", PUBLISHED_GRAPH), ("PUT", GRAPH_NS + "new-report"), ("DELETE", GRAPH_NS + "old-report"),
                    ("PUT", PUBLISHED_GRAPH)]
    kept = bodies[PUBLISHED_GRAPH].decode()
    assert other in kept and "old-report" not in kept and "new-report" in kept
