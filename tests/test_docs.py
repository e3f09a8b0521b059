"""ontology.html documents every term, opens offline in Chromium, and nothing leaves the page."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest
from rdflib import OWL, RDF, URIRef

from migration_kg.cli import main
from migration_kg.outputs.docs import anchor, render_page, terms
from migration_kg.vocabulary.namespaces import MKG

CHROMIUM = shutil.which("chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]


def _used_terms(graph) -> set[URIRef]:
    """mkg: terms the data uses as predicate, class or partnership kind."""
    used = set()
    for s, p, o in graph:
        if str(p).startswith(str(MKG)):
            used.add(p)
        if p in (RDF.type, MKG.partnershipKind) and str(o).startswith(str(MKG)):
            used.add(o)
    return used


def test_the_page_lists_every_term_with_its_definition(built, graph):
    page = built.outputs["ontology.html"].read_text(encoding="utf-8")
    found = {t for members in terms(built.store).values() for t in members}
    assert {str(t) for t in _used_terms(graph)} <= found
    for term in found:
        assert f'id="{anchor(term)}"' in page, term
    assert "Migration and Development Knowledge Graph ontology" in page
    entry = page.split('id="provides"', 1)[1].split("</section>", 1)[0]
    assert "schema:provider" in entry and "Inverse of" in entry and "Domain" in entry and "mkg:Actor" in entry
    assert "id:" in entry  # an example from the data


def test_no_external_resources(built):
    page = render_page(built.store)
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"""<(script|link|img|iframe)\b""", page)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)


def test_docs_command_writes_the_page(tmp_path, capsys):
    assert main(["docs", "--out", str(tmp_path / "site")]) == 0
    assert (tmp_path / "site" / "ontology.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "ontology.html" in capsys.readouterr().err  # "Wrote FILE" goes to standard error


def test_the_page_is_made_from_the_store_alone(built):
    """From graph.nq in a store, in a fresh interpreter: the build's page, byte for byte, without rdflib."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from migration_kg.outputs.docs import render_page\n"
        "from migration_kg.stores import GraphStore\n"
        f"store = GraphStore.from_nquads(Path({str(built.outputs['graph.nq'])!r}).read_bytes())\n"
        "page = render_page(store).encode('utf-8')\n"
        f"print(page == Path({str(built.outputs['ontology.html'])!r}).read_bytes(), 'rdflib' in sys.modules)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["True", "False"]


def test_hostile_labels_are_escaped(built):
    import pyoxigraph as ox
    from rdflib.namespace import RDFS

    from migration_kg.stores import ONTOLOGY_GRAPH, GraphStore

    actor, comment = ox.NamedNode(str(MKG.Actor)), ox.NamedNode(str(RDFS.comment))
    prefix = f"{actor} {comment} ".encode()
    # a copy, with mkg:Actor's comment replaced
    store = GraphStore.from_nquads(b"".join(line for line in built.store.nquads().splitlines(keepends=True)
                                            if not line.startswith(prefix)))
    store.add_quads([ox.Quad(actor, comment, ox.Literal('<script>alert(1)</script> & "quotes"', language="en"),
                             ox.NamedNode(ONTOLOGY_GRAPH))])
    page = render_page(store)
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;" in page


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed: apt-get install -y chromium")
def test_the_page_opens_offline_in_chromium_and_requests_nothing(built, graph):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright not installed: pip install -e '.[test]'")
    path = built.outputs["ontology.html"]
    url = path.resolve().as_uri()
    requests, errors, console = [], [], []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            context = browser.new_context()
            page = context.new_page()
            page.on("request", lambda r: requests.append(r.url))
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("console", lambda m: console.append(m.text))
            context.route("**/*", lambda route: route.continue_() if route.request.url == url else route.abort())
            page.goto(url)
            listed = page.eval_on_selector_all("section.term", "els => els.map(e => e.id)")
            title = page.title()
        finally:
            browser.close()
    assert requests == [url]
    assert errors == [] and console == []
    assert title == "Migration and Development Knowledge Graph ontology"
    assert {anchor(t) for t in _used_terms(graph)} <= set(listed)
