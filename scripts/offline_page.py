"""Open a page saved on disk in headless Chromium with every request leaving it refused (shared by
scripts/screenshots.py and benchmarks/view_benchmark.py)."""

from __future__ import annotations

from pathlib import Path


def open_offline(browser, page_file: Path, viewport: tuple[int, int]):
    """(context, page, url, outside): a new context and page at ``viewport`` whose requests other than
    the page itself are aborted and listed in ``outside``; navigate with ``page.goto(url + ...)``."""
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
    page = context.new_page()
    url, outside = page_file.resolve().as_uri(), []

    def route(r):
        if r.request.url == url:
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    return context, page, url, outside
