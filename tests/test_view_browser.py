"""The network view in headless Chromium, opened from disk with every other request blocked.

Needs Debian's chromium (`apt-get install -y chromium`) and Playwright for Python; no browser is
downloaded. Skips with a reason when either is missing.
"""

from __future__ import annotations

import io
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests import paths
from migration_kg.build import build
from migration_kg.vocabulary.namespaces import ID, MKG
from migration_kg.outputs.projection import KIND_STYLES, MENTIONS, project
from migration_kg.outputs.view import render_html
from tests.test_view import HOSTILE_ALIAS, HOSTILE_LABEL, HOSTILE_QUOTE, HOSTILE_SCRIPT, hostile_graph, \
    synthetic_graph

CHROMIUM = shutil.which("chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]
STABLE = "body[data-stabilized=true]"
IOM = str(ID["iom"])

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed: apt-get install -y chromium")


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("chromium not installed: apt-get install -y chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright not installed: pip install -e '.[test]'")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def seed(browser, tmp_path_factory, graph):
    """The seed report's graph (built once per session) and its page on disk."""
    folder = tmp_path_factory.mktemp("view-browser")
    page = folder / "graph.html"
    page.write_text(render_html(graph), encoding="utf-8")
    return graph, page


@dataclass
class Opened:
    page: object
    console: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture
def open_page(browser):
    """Open an HTML file from disk, recording console messages, page errors, requests and dialogs."""
    contexts = []

    def opener(path: Path, *, bypass_csp: bool = False, viewport=(1400, 900)) -> Opened:
        context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]},
                                      bypass_csp=bypass_csp)
        contexts.append(context)
        page = context.new_page()
        opened = Opened(page)
        url = path.resolve().as_uri()

        def route(r):
            opened.requests.append(r.request.url)
            if r.request.url == url:
                r.continue_()
            else:
                opened.blocked.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.on("console", lambda m: opened.console.append(f"{m.type}: {m.text}"))
        page.on("pageerror", lambda e: opened.errors.append(str(e)))

        def dialog(d):
            opened.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", dialog)
        page.goto(url)
        page.wait_for_selector(STABLE, state="attached", timeout=60_000)
        return opened

    yield opener
    for context in contexts:
        context.close()


def problems(opened: Opened) -> list[str]:
    return [m for m in opened.console if m.startswith(("error", "warning"))] + opened.errors


def wait_until(page, condition, timeout: float = 10.0) -> bool:
    """Poll ``condition()`` (page.wait_for_function cannot run: the page's CSP forbids eval)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        page.wait_for_timeout(100)
    return condition()


def index_of(opened: Opened, iri: str) -> int:
    return opened.page.evaluate("iri => kgView.index(iri)", iri)


def zoom_to(opened: Opened, x: float, y: float, scale: float = 2.5) -> None:
    opened.page.evaluate("([x, y, s]) => kgView.network.moveTo({position: {x, y}, scale: s})", [x, y, scale])
    opened.page.wait_for_timeout(100)


def click_node(opened: Opened, iri: str) -> None:
    i = index_of(opened, iri)
    pos = opened.page.evaluate("i => kgView.network.getPositions([i])[i]", i)
    zoom_to(opened, pos["x"], pos["y"])
    at = opened.page.evaluate("iri => kgView.domPosition(iri)", iri)
    opened.page.mouse.click(at["x"], at["y"])


def test_page_loads_offline_without_errors_or_outside_requests(seed, open_page):
    graph, path = seed
    opened = open_page(path)
    assert problems(opened) == []
    assert opened.requests == [path.resolve().as_uri()]
    assert opened.blocked == []
    assert opened.page.evaluate("kgView.stabilized") is True
    # physics stopped once stabilised, so the page stays responsive
    assert opened.page.evaluate("kgView.network.physics.physicsEnabled") is False
    entities = len(set(graph.subjects(MKG.kind, None)))
    assert opened.page.inner_text("#kg-counts").startswith(f"{entities} of {entities} entities")


def test_canvas_draws_the_network(seed, open_page):
    PIL = pytest.importorskip("PIL.Image")
    _, path = seed
    opened = open_page(path)
    shot = opened.page.locator("#kg-network canvas").screenshot()
    image = PIL.open(io.BytesIO(shot)).convert("RGB")
    colours = image.getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 200
    # not one colour filling the canvas
    assert max(count for count, _ in colours) < 0.97 * image.width * image.height
    legend = opened.page.inner_text("#kg-kinds")
    for kind in ("organisation", "person", "country", "topic", "partnership"):
        assert kind in legend


def test_search_focuses_and_highlights_the_node(seed, open_page):
    _, path = seed
    opened = open_page(path)
    page = opened.page
    page.fill("#kg-search", "IOM")
    assert "International Organization for Migration" in page.inner_text("#kg-results")
    page.press("#kg-search", "Enter")
    assert page.evaluate("kgView.selectedNodes()") == [IOM]
    assert "International Organization for Migration" in page.inner_text("#kg-panel")
    i = index_of(opened, IOM)
    # the view is centred on the node (after the short focus animation)
    box = page.locator("#kg-network").bounding_box()

    def centred() -> bool:
        at = page.evaluate("i => kgView.network.canvasToDOM(kgView.network.getPositions([i])[i])", i)
        return abs(at["x"] - box["width"] / 2) < 5 and abs(at["y"] - box["height"] / 2) < 5

    assert wait_until(page, centred)
    # neighbours keep their colour, the rest is greyed
    colour = "iri => kgView.nodes.get(kgView.index(iri)).color"
    assert page.evaluate(colour, str(ID["gmg"])) == KIND_STYLES["organisation"].colour  # linked
    assert page.evaluate(colour, str(ID["unitar"])) == KIND_STYLES["organisation"].colour  # partner via a hub
    assert page.evaluate(colour, str(ID["malawi"]))["background"] == "#e4e7eb"  # unrelated: greyed
    # aliases are searchable too
    page.fill("#kg-search", "")
    page.keyboard.press("Escape")
    page.fill("#kg-search", "Belgian Government")
    page.press("#kg-search", "Enter")
    assert page.evaluate("kgView.selectedNodes()") == [str(ID["belgium"])]


def test_hiding_a_kind_hides_its_nodes(seed, open_page):
    graph, path = seed
    opened = open_page(path)
    page = opened.page
    people = sorted(str(s) for s in graph.subjects(MKG.kind, None) if str(graph.value(s, MKG.kind)) == "person")
    assert people
    page.uncheck('#kg-kinds input[data-kind="person"]')
    visible = set(page.evaluate("kgView.visibleNodes()"))
    assert not visible & set(people)
    assert IOM in visible
    hidden = page.evaluate("iris => iris.map(iri => kgView.nodes.get(kgView.index(iri)).hidden)", people)
    assert all(hidden)
    edges_to_people = page.evaluate("""iris => { const ids = new Set(iris.map(i => kgView.index(i)));
        return kgView.edges.get().filter(e => ids.has(e.from) || ids.has(e.to)).map(e => e.hidden); }""", people)
    assert edges_to_people and all(edges_to_people)
    page.check('#kg-kinds input[data-kind="person"]')
    assert set(people) <= set(page.evaluate("kgView.visibleNodes()"))
    page.click("#kg-none")
    assert page.evaluate("kgView.visibleNodes()") == []
    page.click("#kg-all")
    assert IOM in page.evaluate("kgView.visibleNodes()")
    assert problems(opened) == []


def test_clicking_a_node_shows_its_evidence(seed, open_page):
    graph, path = seed
    opened = open_page(path)
    click_node(opened, IOM)
    page = opened.page
    assert page.evaluate("kgView.selectedNodes()") == [IOM]
    panel = page.inner_text("#kg-panel")
    assert "International Organization for Migration" in panel and "organisation" in panel
    quotes = [str(q) for a in graph.subjects(MKG.hasEvidence, None) if (a, None, ID["iom"]) in graph
              for e in graph.objects(a, MKG.hasEvidence) for q in graph.objects(e, MKG.quote)]
    hosted = "the International Organization for Migration (IOM) and the MacArthur Foundation hosted a seminar"
    assert hosted in panel
    assert sum(q in panel for q in quotes) >= 3
    assert "Background" in panel  # the section the quote is in
    # clicking empty canvas clears the selection
    page.keyboard.press("Escape")
    assert page.evaluate("kgView.selectedNodes()") == []


def test_clicking_a_link_shows_its_quote(seed, open_page):
    _, path = seed
    opened = open_page(path)
    page = opened.page
    i, j = index_of(opened, IOM), index_of(opened, str(ID["gmg"]))
    edge = page.evaluate("([i, j]) => kgView.data.facts.find(e => e.from === i && e.to === j).id", [i, j])
    mid = page.evaluate("id => kgView.network.body.edges[id].edgeType.getPoint(0.5)", edge)
    zoom_to(opened, mid["x"], mid["y"], 3)
    at = page.evaluate("id => kgView.edgeDomPosition(id)", edge)
    page.mouse.click(at["x"], at["y"])
    panel = page.inner_text("#kg-panel")
    assert "member of" in panel
    assert "Global Migration Group (GMG), through which UN agencies, the IOM and the World Bank" in panel
    assert "The process" in panel


def test_switching_to_co_mentions_and_back(seed, open_page):
    graph, path = seed
    opened = open_page(path)
    page = opened.page
    facts = page.evaluate("kgView.edges.length")
    page.check('input[name="kg-layer"][value="mentions"]')
    assert page.evaluate("kgView.layer()") == "mentions"
    ids = page.evaluate("kgView.edges.getIds()")
    assert ids and all(i.startswith("m") for i in ids)
    assert len(ids) > facts
    # the page derives the same co-mention links as the projection
    expected = {(u, v) for u, v, d in project(graph).edges(data=True) if d["layer"] == MENTIONS}
    drawn = page.evaluate("() => kgView.edges.get().map(e => [e.from, e.to].map(i => kgView.data.info[i].iri))")
    assert {tuple(sorted(pair)) for pair in drawn} == expected
    # partnership hubs belong to the facts layer only
    assert not any("/partnership/" in iri for iri in page.evaluate("kgView.visibleNodes()"))
    page.fill("#kg-search", "IOM")
    page.press("#kg-search", "Enter")
    panel = page.inner_text("#kg-panel").lower()  # headings are styled in capitals
    assert "most often mentioned with" in panel and "mentioned in" in panel
    page.check('input[name="kg-layer"][value="facts"]')
    assert all(i.startswith("f") for i in page.evaluate("kgView.edges.getIds()"))
    assert problems(opened) == []


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "without-csp"])
def test_hostile_labels_show_as_text_and_run_nothing(open_page, tmp_path, bypass_csp):
    path = tmp_path / "hostile.html"
    path.write_text(render_html(hostile_graph(), title=HOSTILE_LABEL), encoding="utf-8")
    opened = open_page(path, bypass_csp=bypass_csp)
    page = opened.page
    assert page.inner_text("#kg-title") == HOSTILE_LABEL
    assert page.title() == HOSTILE_LABEL
    page.fill("#kg-search", "img")
    assert HOSTILE_LABEL in page.inner_text("#kg-results")
    page.press("#kg-search", "Enter")
    assert page.inner_text("#kg-panel h2") == HOSTILE_LABEL
    panel = page.inner_text("#kg-panel")
    assert HOSTILE_ALIAS in panel and "<script>alert(5)</script>" in panel
    assert HOSTILE_SCRIPT in panel
    click_node(opened, str(ID["breakout"]))
    panel = page.inner_text("#kg-panel")
    assert page.inner_text("#kg-panel h2") == HOSTILE_SCRIPT
    assert HOSTILE_QUOTE.split("\u2028")[0] in panel and "<i>Section</i>" in panel
    page.wait_for_timeout(300)
    assert opened.dialogs == []
    assert opened.blocked == []  # <img src=x> never became an element, so nothing was fetched
    assert page.evaluate("document.querySelectorAll('img, svg, iframe, object, embed').length") == 0
    assert page.evaluate("document.scripts.length") == 3
    assert problems(opened) == []


def test_a_large_page_draws_fixed_positions_quickly(open_page, tmp_path):
    path = tmp_path / "large.html"
    path.write_text(render_html(synthetic_graph(600)), encoding="utf-8")
    opened = open_page(path)
    page = opened.page
    assert page.evaluate("kgView.network.physics.physicsEnabled") is False
    before = page.evaluate("kgView.network.getPositions([0, 1])")
    page.wait_for_timeout(300)
    assert page.evaluate("kgView.network.getPositions([0, 1])") == before  # nothing moves
    # on large pages, link labels are drawn only for the selected node's links
    assert page.evaluate("kgView.edges.get().filter(e => e.label).length") == 0
    page.fill("#kg-search", "E42")
    page.press("#kg-search", "Enter")
    assert page.evaluate("kgView.selectedNodes()") == [str(ID["e42"])]
    i = index_of(opened, str(ID["e42"]))
    labels = page.evaluate("i => kgView.edges.get().filter(e => e.label).map(e => [e.from, e.to, e.label])", i)
    assert labels and all(i in (a, b) for a, b, _ in labels)
    assert any("participates in" in label for *_, label in labels)
    page.press("#kg-search", "Escape")  # clears the search box
    assert page.evaluate("kgView.selectedNodes()") == [str(ID["e42"])]
    page.press("#kg-search", "Escape")  # then the selection
    assert page.evaluate("kgView.selectedNodes()") == []
    assert page.evaluate("kgView.edges.get().filter(e => e.label).length") == 0
    assert problems(opened) == []
