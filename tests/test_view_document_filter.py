"""The page's document filter in headless Chromium, on the seed plus two invented reports: only the
chosen document's links (its facts, partnerships and co-mentions) are drawn, entities that several
documents name stay with that document's links only, and the address names the document by its id.
Skips, saying why, without Debian's chromium or Playwright."""

from __future__ import annotations

import json

import pytest

from migration_kg.outputs.view import render_html
from tests.more_reports import DOCUMENTS
from tests.test_view_browser import CHROMIUM, browser, open_page, problems  # noqa: F401 - fixtures

pytestmark = [pytest.mark.browser, pytest.mark.slow,
              pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed: apt-get install -y chromium")]

DIASPORA, BRIEFING = DOCUMENTS


@pytest.fixture(scope="module")
def page_file(more_reports, tmp_path_factory):
    page = tmp_path_factory.mktemp("view-documents") / "graph.html"
    page.write_text(render_html(more_reports.store), encoding="utf-8")
    return page


def page_data(page) -> dict:
    return json.loads(page.evaluate("document.getElementById('kg-data').textContent"))


def documents_of_links(data: dict) -> dict[str, set[int]]:
    """Per fact link of the page (id "f<j>"): the documents its quotes come from (indices)."""
    of_section = data["sectionDocuments"]
    out = {}
    for j, meta in enumerate(data["factInfo"]):
        quotes = [q for r in meta.get("r", []) for q in r[1]]
        quotes += [q for k in meta.get("p", []) for q in data["partnerships"][k]["evidence"]]
        out[f"f{j}"] = {of_section[q[1]] for q in quotes}
    return out


def drawn_links(page) -> list[dict]:
    return page.evaluate("() => kgView.edges.get().filter(e => !e.hidden).map(e => ({id: e.id, color: e.color}))")


def test_the_document_filter_draws_exactly_one_documents_links(page_file, open_page):
    opened = open_page(page_file, fragment=f"#document={DIASPORA}")
    page = opened.page
    data = page_data(page)
    chosen = [d[2] for d in data["documents"]].index(DIASPORA)
    assert page.evaluate("document.getElementById('kg-document').value") == str(chosen)
    by_link = documents_of_links(data)
    drawn = drawn_links(page)
    assert drawn, "the report's links are drawn"
    assert all(chosen in by_link[e["id"]] for e in drawn)
    # an entity every report names (UNITAR) stays, with this report's links only
    unitar = page.evaluate("iri => kgView.index(iri)", "https://w3id.org/migration-kg/id/unitar")
    assert not page.evaluate("i => kgView.nodes.get(i).hidden", unitar)
    around = page.evaluate("i => kgView.edges.get().filter(e => e.from === i || e.to === i).map(e => ({id: e.id,"
                           " hidden: !!e.hidden, ends: !kgView.nodes.get(e.from).hidden && !kgView.nodes.get(e.to).hidden}))",
                           unitar)
    assert {e["id"] for e in around if not e["hidden"]} == {e["id"] for e in around
                                                           if e["ends"] and chosen in by_link[e["id"]]}
    assert any(e["hidden"] for e in around), "UNITAR's links from other reports are hidden"
    # partnership links take the colour of a partnership this report states (collaboration)
    collaboration = next(k["colour"] for k in data["partnershipKinds"] if k["kind"] == "collaboration")
    colours = {e["color"]["color"] for e in drawn if isinstance(e.get("color"), dict) and "highlight" in e["color"]}
    assert colours == {collaboration}
    assert not problems(opened)


def test_choosing_another_document_keeps_its_id_in_the_address(page_file, open_page):
    opened = open_page(page_file, fragment="#context=1")  # the briefing links actors to events
    page = opened.page
    data = page_data(page)
    every = len(drawn_links(page))
    briefing = [d[2] for d in data["documents"]].index(BRIEFING)
    page.select_option("#kg-document", str(briefing))
    assert page.evaluate("location.hash") == f"#context=1&document={BRIEFING}"
    by_link = documents_of_links(data)
    drawn = drawn_links(page)
    assert drawn and len(drawn) < every
    assert all(briefing in by_link[e["id"]] for e in drawn)
    page.select_option("#kg-document", "")
    assert len(drawn_links(page)) == every
    assert not problems(opened)
