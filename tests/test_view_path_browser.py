"""The network view in headless Chromium: how two entities are connected (the chains of `migration-kg
path`, found in the page), the status of every curated fact shown, and "Save picture" drawing the
whole view with a title and a legend.

Needs Debian's chromium and Playwright for Python; skips with a reason when either is missing.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from migration_kg.query.path import find_paths, network, links_query, shortest_paths
from migration_kg.query.sparql import rows_of
from migration_kg.vocabulary.namespaces import ID
from tests.test_view_browser import CHROMIUM, browser, click_node, index_of, open_page, seed, \
    wait_until, zoom_to  # noqa: F401 - fixtures

pytestmark = [pytest.mark.browser, pytest.mark.slow,
              pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed: apt-get install -y chromium")]

UNITAR, IOM, WORLD_BANK = (str(ID[x]) for x in ("unitar", "iom", "world-bank"))


def cli_rows(built, a: str, b: str, status: str = "stated") -> list[dict]:
    """What `migration-kg path A B` answers."""
    run = lambda text: rows_of(built.store.solutions(text))  # noqa: E731
    return [{k: v.value for k, v in r.items()} for r in find_paths(run, a, b, status=status).as_dicts()]


def test_shift_clicking_a_second_node_shows_the_chains_with_their_quotes(seed, open_page, built):
    _, path = seed
    opened = open_page(path)
    page = opened.page
    click_node(opened, UNITAR)
    assert page.evaluate("kgView.selectedNodes()") == [UNITAR]
    page.wait_for_timeout(400)  # the focus animation
    i = index_of(opened, WORLD_BANK)
    at = page.evaluate("i => kgView.network.getPositions([i])[i]", i)
    zoom_to(opened, at["x"], at["y"])
    spot = page.evaluate("iri => kgView.domPosition(iri)", WORLD_BANK)
    page.keyboard.down("Shift")
    page.mouse.click(spot["x"], spot["y"])
    page.keyboard.up("Shift")
    assert wait_until(page, lambda: page.evaluate("kgView.pathChains()") is not None)
    assert page.evaluate("kgView.pathChains()") == [[UNITAR, IOM, WORLD_BANK]]
    panel = page.inner_text("#kg-panel")
    assert "How United Nations Institute for Training and Research and World Bank are connected" in panel
    rows = cli_rows(built, "UNITAR", "World Bank")
    assert rows and all(r["quote"] in panel for r in rows)  # every step's words, as `path` gives them
    for relation in {r["relation"].removesuffix(" with") for r in rows}:  # "coordination partnership"
        assert relation in panel
    assert "stated: the report says so" in panel
    assert problems_free(opened)
    # the chain's links are selected on the canvas, the rest of the network greyed
    selected = page.evaluate("kgView.network.getSelectedNodes().map(i => kgView.data.info[i].iri)")
    assert set(selected) == {UNITAR, IOM, WORLD_BANK}
    assert len(page.evaluate("kgView.network.getSelectedEdges()")) == 2
    # the chain's nodes are labelled first
    assert wait_until(page, lambda: {UNITAR, IOM, WORLD_BANK} <= set(page.evaluate("kgView.labelledNodes()")))
    # the address keeps it; Esc clears it
    assert "path=unitar+world-bank" in page.url
    page.keyboard.press("Escape")
    assert page.evaluate("kgView.pathChains()") is None


def problems_free(opened) -> bool:
    return not [m for m in opened.console if m.startswith(("error", "warning"))] and not opened.errors


def test_the_keyboard_alone_finds_a_path_and_its_status_can_change(seed, open_page, built):
    _, path = seed
    opened = open_page(path)
    page = opened.page
    assert "shift-click the other" in page.inner_text("#kg-help-path")  # the instructions are on the page
    page.focus("#kg-search")
    page.keyboard.type("UNITAR")
    page.keyboard.press("Enter")
    page.focus("#kg-connect")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "kg-search"  # back to the search box
    page.keyboard.type("World Bank")
    page.keyboard.press("Enter")
    assert page.evaluate("kgView.pathChains()") == [[UNITAR, IOM, WORLD_BANK]]
    # any status: the same chains as `path --status all`
    page.select_option("#kg-path-status", "all")
    graph = network(rows_of(built.store.solutions(links_query())), "all")
    expected = shortest_paths(graph, UNITAR, WORLD_BANK)
    assert page.evaluate("kgView.pathChains()") == expected
    assert "status=" not in page.url and "through=all" in page.url


def test_every_panel_showing_a_curated_fact_shows_its_status(seed, open_page, graph):
    _, path = seed
    opened = open_page(path)
    page = opened.page
    click_node(opened, IOM)
    panel = page.locator("#kg-panel")
    quotes = panel.locator("blockquote").count()
    assert quotes >= 3
    # one status line per quote, in words
    assert panel.locator(".status").count() == quotes
    texts = set(panel.locator(".status").all_inner_texts())
    assert texts and all(t.startswith(("stated: the report says so", "suggested: the report suggests it",
                                       "inferred: our reading")) for t in texts)
    # a link's panel too
    i, j = index_of(opened, str(ID["world-bank"])), index_of(opened, str(ID["gmg"]))
    edge = page.evaluate("([i, j]) => kgView.data.facts.find(e => e.from === i && e.to === j).id", [i, j])
    page.evaluate("id => { kgView.network.emit('click', {nodes: [], edges: [id]}); }", edge)
    assert panel.locator(".status").count() == panel.locator("blockquote").count() >= 1


def test_save_picture_draws_the_whole_network_with_a_title_and_a_legend(seed, open_page):
    from PIL import Image

    _, path = seed
    opened = open_page(path, viewport=(900, 700))
    page = opened.page
    # zoomed in on one node: the picture is still the whole view, not the screen
    zoom_to(opened, 0, 0, 4)
    with page.expect_download() as info:
        page.click("#kg-save")
    image = Image.open(io.BytesIO(Path(info.value.path()).read_bytes())).convert("RGB")
    made = page.evaluate("kgView.lastPicture")
    assert image.size == (made["width"], made["height"])
    visible = len(page.evaluate("kgView.visibleNodes()"))
    assert made["nodes"] == visible > 30
    left, top, right, bottom = made["network"]
    assert all(left <= p["x"] <= right and top <= p["y"] <= bottom for p in made["points"])
    canvas = page.evaluate("[kgView.network.canvas.frame.canvas.width, kgView.network.canvas.frame.canvas.height]")
    assert made["width"] > canvas[0] or made["height"] > canvas[1]
    # the title: the page's title and the filter in force
    assert made["title"] == [page.title(), "the whole network"]
    # the legend: every kind drawn, and its text is on the picture (dark pixels in each row)
    kinds = set(page.evaluate("kgView.visibleNodes().map(iri => kgView.data.info[kgView.index(iri)].kind)"))
    legend = {row["text"]: row["box"] for row in made["legend"]}
    assert kinds <= set(legend) and "Kinds" in legend and "Partnerships" in legend
    for text, (x, y, w, h) in legend.items():
        darkest, _ = image.crop((x, y, x + w, y + h)).convert("L").getextrema()
        assert darkest < 160, f"legend row {text!r} not drawn"
    # every node labelled: its name, or (a shortened name, or no room for it) a number whose full name
    # the notes under the legend give; no label overlaps another
    boxes = [label["box"] for label in made["labels"]]
    assert len(boxes) == visible
    numbered = {label["label"]: label["iri"] for label in made["labels"] if label["label"].isdigit()}
    notes = {note["mark"]: note["text"] for note in made["notes"]}
    assert set(numbered) == set(notes) and "Numbered labels" in legend
    labels = page.evaluate("Object.fromEntries(kgView.data.info.map(x => [x.iri, x.label]))")
    assert all(notes[mark] == labels[iri] for mark, iri in numbered.items())
    assert any(len(text) > 30 for text in notes.values())  # long names are given whole
    assert not [(a, b) for k, a in enumerate(boxes) for b in boxes[k + 1:]
                if a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]]
