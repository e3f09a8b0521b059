"""The network view in headless Chromium, opened from disk with every other request blocked.

Needs Debian's chromium (`apt-get install -y chromium`) and Playwright for Python; no browser is
downloaded. Skips with a reason when either is missing.
"""

from __future__ import annotations

from itertools import combinations

import io
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests import paths
from migration_kg.build import build
from rdflib import URIRef

from migration_kg.outputs.analytics import ACTOR_KINDS, INITIATIVE_KINDS
from migration_kg.vocabulary.namespaces import ID, MKG
from migration_kg.outputs.projection import KIND_STYLES, MENTIONS, MIN_SHARED_SECTIONS, PARTNERSHIP_COLOURS, \
    project
from migration_kg.query.sparql import library
from tests.engines import run_rdflib
from migration_kg.outputs.view import render_html
from tests.test_view import HOSTILE_ALIAS, HOSTILE_LABEL, HOSTILE_QUOTE, HOSTILE_SCRIPT, hostile_graph, \
    synthetic_graph

CHROMIUM = shutil.which("chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]
STABLE = "body[data-stabilized=true]"
IOM = str(ID["iom"])

pytestmark = [pytest.mark.browser, pytest.mark.slow,
              pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed: apt-get install -y chromium")]


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
def seed(browser, tmp_path_factory, graph, built):
    """The seed report's graph (built once per session; in rdflib, for the tests' own look-ups) and
    its page on disk."""
    folder = tmp_path_factory.mktemp("view-browser")
    page = folder / "graph.html"
    page.write_text(render_html(built.store), encoding="utf-8")
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

    def opener(path: Path, *, bypass_csp: bool = False, viewport=(1400, 900), fragment: str = "") -> Opened:
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
        page.goto(url + fragment)
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


def test_page_loads_offline_without_errors_or_outside_requests(seed, open_page, built):
    graph, path = seed
    opened = open_page(path)
    assert problems(opened) == []
    assert opened.requests == [path.resolve().as_uri()]
    assert opened.blocked == []
    assert opened.page.evaluate("kgView.stabilized") is True
    # physics stopped once stabilised, so the page stays responsive
    assert opened.page.evaluate("kgView.network.physics.physicsEnabled") is False
    entities = len(set(graph.subjects(MKG.kind, None)))
    drawn = len([n for n, d in project(built.store).nodes(data=True) if d["base"]])
    assert opened.page.inner_text("#kg-counts").startswith(f"{drawn} of {entities} entities drawn")


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
    for kind in ("organisation", "person", "country", "topic"):
        assert kind in legend
    assert "co-organisation" in opened.page.inner_text("#kg-pkinds")


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
    assert page.evaluate(colour, str(ID["unitar"])) == KIND_STYLES["organisation"].colour  # a partner
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
    i, j = index_of(opened, str(ID["world-bank"])), index_of(opened, str(ID["gmg"]))
    edge = page.evaluate("([i, j]) => kgView.data.facts.find(e => e.from === i && e.to === j).id", [i, j])
    ends = page.evaluate("([i, j]) => kgView.network.getPositions([i, j])", [i, j])
    zoom_to(opened, (ends[str(i)]["x"] + ends[str(j)]["x"]) / 2, (ends[str(i)]["y"] + ends[str(j)]["y"]) / 2, 3)
    at = page.evaluate("id => kgView.edgeDomPosition(id)", edge)
    page.mouse.click(at["x"], at["y"])
    panel = page.inner_text("#kg-panel")
    assert "member of" in panel
    assert "Global Migration Group (GMG), through which UN agencies, the IOM and the World Bank" in panel
    assert "The process" in panel


def test_switching_to_co_mentions_and_back(seed, open_page, built):
    _, path = seed
    opened = open_page(path)
    page = opened.page
    page.select_option("#kg-layer", "mentions")
    assert page.evaluate("kgView.layer()") == "mentions"
    ids = page.evaluate("kgView.edges.getIds()")
    assert ids and all(i.startswith("m") for i in ids)
    # drawn: the pairs of drawn entities named together in at least the threshold of sections
    view = project(built.store)
    expected = {tuple(sorted((u, v))) for u, v, d in view.edges(data=True) if d["layer"] == MENTIONS
                and len(d["sections"]) >= MIN_SHARED_SECTIONS and view.nodes[u]["base"] and view.nodes[v]["base"]}
    drawn = page.evaluate("""() => kgView.edges.get().filter(e => !e.hidden)
        .map(e => [e.from, e.to].map(i => kgView.data.info[i].iri))""")
    assert {tuple(sorted(pair)) for pair in drawn} == expected
    assert f"\u2265 {MIN_SHARED_SECTIONS} sections" in page.inner_text("#kg-counts")  # said on the page
    page.fill("#kg-min", "1")
    page.dispatch_event("#kg-min", "change")
    assert len([e for e in page.evaluate("kgView.edges.get()") if not e.get("hidden")]) > len(expected)
    assert "min=1" in page.evaluate("location.hash")
    page.fill("#kg-search", "IOM")
    page.press("#kg-search", "Enter")
    panel = page.inner_text("#kg-panel").lower()  # headings are styled in capitals
    assert "most often mentioned with" in panel and "mentioned in" in panel
    page.select_option("#kg-layer", "facts")
    assert all(i.startswith("f") for i in page.evaluate("kgView.edges.getIds()"))
    assert problems(opened) == []


# -- what the issue asks of the first picture ------------------------------------------------------

def drawn_edges(page) -> set[tuple[str, str]]:
    return {tuple(sorted(p)) for p in page.evaluate("""() => kgView.edges.get().filter(e => !e.hidden)
        .map(e => [e.from, e.to].map(i => kgView.data.info[i].iri))""")}


def test_the_default_view_draws_the_actor_network_and_every_partnership(seed, open_page):
    graph, path = seed
    opened = open_page(path)
    page = opened.page
    visible = page.evaluate("kgView.visibleNodes()")
    kinds = {str(graph.value(URIRef(n), MKG.kind)) for n in visible}
    assert kinds <= set(ACTOR_KINDS) | set(INITIATIVE_KINDS)
    assert "topic" not in kinds and "event" not in kinds
    rows = run_rdflib(graph, library()["partnerships"].text).as_dicts()
    pairs = {pair for r in rows for pair in combinations(sorted(str(r["partners"]).split()), 2)}
    assert len(pairs) >= 10
    assert pairs <= drawn_edges(page)  # every partnership is a visible link
    # drawn boldly, coloured by kind
    bold = page.evaluate("() => kgView.edges.get().filter(e => !e.hidden && e.width >= 3).length")
    assert bold >= len(pairs)
    # topics come as a layer on request
    page.check("#kg-context")
    assert str(ID["remittances"]) in page.evaluate("kgView.visibleNodes()")
    assert "context=1" in page.evaluate("location.hash")
    assert problems(opened) == []


#: How vis-network draws each of the selected node's partnership links now: the colour and width it
#: computes for the canvas (Edge.getFormattingValues), with the link's kind and unselected width.
PARTNERSHIP_LINKS = """i => kgView.data.facts.filter(e => (e.from === i || e.to === i)
    && kgView.data.factInfo[Number(e.id.slice(1))].p !== undefined).map(e => {
  const body = kgView.network.body.edges[e.id], drawn = body.getFormattingValues();
  const first = kgView.data.factInfo[Number(e.id.slice(1))].p[0];
  return {id: e.id, kind: kgView.data.partnerships[first].kind, selected: body.selected,
          colour: drawn.color, hover: body.options.color.hover, width: drawn.width,
          base: body.options.width};
})"""


@pytest.mark.parametrize("how", ["click", "search"])
def test_a_selected_nodes_partnerships_keep_their_kind_colour(seed, open_page, how):
    _, path = seed
    opened = open_page(path)
    page = opened.page
    unitar = str(ID["unitar"])
    if how == "click":
        click_node(opened, unitar)
    else:
        page.fill("#kg-search", "UNITAR")
        page.press("#kg-search", "Enter")
    assert page.evaluate("kgView.selectedNodes()") == [unitar]
    links = page.evaluate(PARTNERSHIP_LINKS, index_of(opened, unitar))
    assert len(links) >= 2
    for link in links:
        assert link["selected"], link  # the node's links are highlighted ...
        assert link["width"] > link["base"], link  # ... drawn wider ...
        assert link["colour"] == PARTNERSHIP_COLOURS[link["kind"]], link  # ... in their kind's colour
        assert link["hover"] == link["colour"], link  # (and so when the pointer is on them)
    # a partnership link clicked on its own keeps its colour too
    page.keyboard.press("Escape")
    page.evaluate("id => kgView.network.selectEdges([id])", links[0]["id"])
    (again,) = [x for x in page.evaluate(PARTNERSHIP_LINKS, index_of(opened, unitar)) if x["id"] == links[0]["id"]]
    assert again["selected"] and again["colour"] == PARTNERSHIP_COLOURS[again["kind"]]
    assert problems(opened) == []


LABELS = """() => {
  const net = kgView.network, scale = net.getScale(), out = [];
  kgView.nodes.get().forEach(n => {
    const body = net.body.nodes[n.id];
    if (n.hidden || !body.labelModule.visible()) return;
    const s = body.labelModule.size, d = net.canvasToDOM({x: s.left, y: s.top});
    out.push({i: n.id, px: body.labelModule.fontOptions.size * scale,
              left: d.x, top: d.y, right: d.x + s.width * scale, bottom: d.y + s.height * scale});
  });
  return out;
}"""


def overlapping(boxes) -> list:
    return [(a["i"], b["i"]) for k, a in enumerate(boxes) for b in boxes[k + 1:]
            if a["left"] < b["right"] - 0.5 and b["left"] < a["right"] - 0.5
            and a["top"] < b["bottom"] - 0.5 and b["top"] < a["bottom"] - 0.5]


@pytest.mark.parametrize("viewport", [(1280, 720), (1400, 900)])
def test_central_labels_are_readable_and_never_overlap(seed, open_page, viewport):
    _, path = seed
    opened = open_page(path, viewport=viewport)
    page = opened.page
    page.wait_for_timeout(400)  # the labels are placed after the first drawing
    boxes = page.evaluate(LABELS)
    central = [b for b in boxes if b["i"] < 5]  # nodes come most central first
    assert {b["i"] for b in central} == set(range(5))
    assert all(b["px"] >= 11 for b in central)
    assert len(boxes) >= 15 and all(b["px"] >= 11 for b in boxes)
    assert overlapping(boxes) == []
    # zoomed in, more labels, still apart
    page.evaluate("kgView.network.moveTo({scale: kgView.network.getScale() * 2.5})")
    page.evaluate("kgView.placeLabels()")
    page.wait_for_timeout(300)
    assert overlapping(page.evaluate(LABELS)) == []


def test_on_a_phone_the_canvas_keeps_the_width(seed, open_page):
    _, path = seed
    opened = open_page(path, viewport=(390, 844))
    page = opened.page
    assert page.locator("#kg-network canvas").bounding_box()["width"] > 300
    assert page.locator("#kg-network").bounding_box()["height"] > 300
    page.fill("#kg-search", "IOM")
    page.press("#kg-search", "Enter")
    page.wait_for_timeout(400)  # the drawer slides in
    drawer = page.locator("#kg-panel").bounding_box()
    assert drawer["x"] >= 0 and drawer["x"] + drawer["width"] <= 391  # the details slide in, on screen
    assert "International Organization for Migration" in page.inner_text("#kg-panel")
    page.keyboard.press("Escape")  # clears the search box
    page.keyboard.press("Escape")  # then the selection
    page.wait_for_timeout(400)
    assert page.locator("#kg-panel").bounding_box()["x"] >= 390  # and out again
    assert problems(opened) == []


def test_a_link_with_a_selection_reopens_it(seed, open_page):
    _, path = seed
    opened = open_page(path)
    page = opened.page
    page.select_option("#kg-topic", str(index_of(opened, str(ID["remittances"]))))
    kept = page.evaluate("kgView.visibleNodes()")
    assert kept and len(kept) < 20  # the actors that address remittances
    target = kept[-1]
    click_node(opened, target)
    fragment = page.evaluate("location.hash")
    short = target.rsplit("/", 1)[-1]
    assert f"sel={short}" in fragment and "topic=remittances" in fragment
    again = open_page(path, fragment=fragment)
    assert again.page.evaluate("kgView.selectedNodes()") == [target]
    assert again.page.input_value("#kg-topic") == str(index_of(again, str(ID["remittances"])))
    assert set(again.page.evaluate("kgView.visibleNodes()")) == set(kept)
    plain = open_page(path, fragment="#sel=iom")
    assert plain.page.evaluate("kgView.selectedNodes()") == [IOM]
    assert "International Organization for Migration" in plain.page.inner_text("#kg-panel")


def test_save_picture_downloads_a_png(seed, open_page):
    _, path = seed
    opened = open_page(path)
    with opened.page.expect_download() as info:
        opened.page.click("#kg-save")
    download = info.value
    assert download.suggested_filename.endswith(".png")
    data = Path(download.path()).read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000


def test_search_forgives_case_accents_and_typos(seed, open_page):
    _, path = seed
    opened = open_page(path)
    search = "q => kgView.search(q)[0]"
    page = opened.page
    assert page.evaluate(search, "iom") == IOM
    assert page.evaluate(search, "internatonal organisation for migration") == IOM
    assert page.evaluate(search, "unitr") == str(ID["unitar"])
    assert page.evaluate(search, "regine de clercq") == page.evaluate(search, "Régine de Clercq")
    # keyboard: arrows through the results, Enter picks, Esc clears
    page.focus("#kg-search")
    page.keyboard.type("united")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    second = page.evaluate("document.querySelectorAll('#kg-results li')[1].getAttribute('aria-selected')")
    assert second == "true"
    page.keyboard.press("Enter")
    assert len(page.evaluate("kgView.selectedNodes()")) == 1
    controls = "header :is(button, select, input):not([aria-label]), #kg-legend :is(button, select, input):not([aria-label])"
    assert page.evaluate("s => document.querySelectorAll(s).length", controls) == 0  # named for screen readers


def test_legend_counts_what_a_focus_page_draws(seed, open_page, tmp_path, built):
    graph, _ = seed
    path = tmp_path / "iom.html"
    path.write_text(render_html(built.store, focus=IOM, depth=2), encoding="utf-8")
    opened = open_page(path)
    page = opened.page
    visible = page.evaluate("kgView.visibleNodes()")
    entities = len(set(graph.subjects(MKG.kind, None)))
    assert len(visible) < entities / 2
    partners = {str(x) for p in graph.subjects(MKG.partner, ID["iom"]) for x in graph.objects(p, MKG.partner)}
    assert partners <= set(visible)
    counts = page.evaluate("""() => Object.fromEntries(Array.from(document.querySelectorAll('#kg-kinds .count'))
        .map(c => [c.getAttribute('data-kind'), Number(c.textContent)]))""")
    kinds = [str(graph.value(URIRef(n), MKG.kind)) for n in visible]
    assert counts == {k: kinds.count(k) for k in counts} and sum(counts.values()) == len(visible)
    page.check("#kg-context")  # with the context drawn, the counts follow
    visible = page.evaluate("kgView.visibleNodes()")
    counts = page.evaluate("""() => Array.from(document.querySelectorAll('#kg-kinds .count'))
        .reduce((s, c) => s + Number(c.textContent), 0)""")
    assert counts == len(visible)
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
