"""The query page of `migration-kg serve` in headless Chromium: opened from disk, it asks the served
endpoint (on loopback) the library's questions and shows the answers as tables; nothing else is
requested, and the answers are text.

Needs Debian's chromium, Playwright for Python and the Oxigraph server; skips with a reason when one
is missing.
"""

from __future__ import annotations

import time

import pytest

from migration_kg.errors import UsageError
from migration_kg.query.sparql import library
from migration_kg.remote.server import find_oxigraph
from tests.engines import name_index, run_oxigraph
from tests.test_server import _start_serve, _stop, memory_rows
from tests.test_view_browser import CHROMIUM, browser  # noqa: F401 - the fixture

try:
    OXIGRAPH = find_oxigraph()
except UsageError:
    OXIGRAPH = None

pytestmark = [pytest.mark.browser, pytest.mark.slow,
              pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed: apt-get install -y chromium"),
              pytest.mark.skipif(OXIGRAPH is None, reason="the Oxigraph server (`oxigraph` command of the oxigraph "
                                                          "package) is not installed")]


def wait_for(page, selector: str, timeout: float = 30) -> None:
    """Poll for ``selector`` (page.wait_for_function cannot run: the page's CSP forbids eval)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and page.locator(selector).count() == 0:
        page.wait_for_timeout(100)


def test_the_query_page_runs_the_library_against_the_endpoint(browser, tmp_path, built):
    page_file = tmp_path / "queries.html"
    proc, port, lines = _start_serve("--seed", "--page", str(page_file))
    try:
        assert f"Query page:                  {page_file.as_uri()} (open it in a browser)" in lines
        endpoint = f"http://127.0.0.1:{port}"
        html = page_file.read_text(encoding="utf-8")
        assert f"connect-src {endpoint};" in html and "cdn" not in html.lower()
        context = browser.new_context()
        requests = []

        def route(r):
            requests.append(r.request.url)
            if r.request.url.startswith((page_file.as_uri(), f"{endpoint}/query")):
                r.continue_()
            else:
                r.abort()

        context.route("**/*", route)
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(page_file.as_uri())
        wait_for(page, "body[data-ready=true]")
        # every question of the library is offered, with its parameters as inputs
        offered = page.eval_on_selector_all("#q-choice option", "options => options.map(o => o.value)")
        assert offered == list(library())
        assert page.is_visible("#q-partnerships")  # the first question shown
        page.click("#q-partnerships button[type=submit]")
        wait_for(page, "#q-partnerships[data-rows]")
        expected = memory_rows("partnerships", built.store)
        rows = page.locator("#q-partnerships tbody tr")
        assert rows.count() == len(expected.rows) > 0
        headers = page.locator("#q-partnerships th").all_inner_texts()
        assert headers == expected.variables
        text = page.inner_text("#q-partnerships table")
        assert "International Organization for Migration" in text and "stated" in text
        # a parameter typed as an analyst would: IOM's partnerships only, of any status
        page.fill("#q-partnerships input[name=actor]", "iom")
        page.select_option("#q-partnerships select[name=status]", label="all")
        page.press("#q-partnerships input[name=actor]", "Enter")
        wait_for(page, "#q-partnerships[data-rows]")
        only = page.locator("#q-partnerships tbody tr").all_inner_texts()
        query = library()["partnerships"]
        expected = run_oxigraph(built.store, query.text, {"actor": name_index(built.store).resolve("IOM", None)})
        assert len(only) == len(expected.rows) > 0
        assert all("International Organization for Migration" in row for row in only)
        # a name the graph does not hold: one line saying so, nothing asked
        asked = len(requests)
        page.fill("#q-partnerships input[name=actor]", "Atlantis")
        page.press("#q-partnerships input[name=actor]", "Enter")
        assert "no actor is named" in page.inner_text("#q-partnerships .error") and len(requests) == asked
        assert not errors
        assert all(u.startswith((page_file.as_uri(), f"{endpoint}/query")) for u in requests)
        context.close()
    finally:
        code, _ = _stop(proc)
    assert code == 0
