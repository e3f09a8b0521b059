"""Regenerate the view's screenshots in docs/ from the seed report (headless Debian chromium).

    python scripts/screenshots.py            # docs/view.png, view-topic.png, view-focus.png, view-path.png

docs/view.png (the README's picture) is the page as it opens; view-topic.png keeps the actors that
address remittances (the page's topic filter, opened from its address); view-focus.png is
`migration-kg view --focus IOM --depth 2`; view-path.png shows how UNITAR and the World Bank are
connected (the page's path, opened from its address). 1280 x 720, the page opened from disk with every other
request blocked. Needs Debian's chromium and Playwright for Python.
"""

from __future__ import annotations

import io
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from migration_kg import resources  # noqa: E402
from migration_kg.build import build  # noqa: E402
from migration_kg.vocabulary.namespaces import ID  # noqa: E402
from migration_kg.outputs.view import render_html  # noqa: E402

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]
DOCS = ROOT / "docs"


def shoot(browser, page_file: Path, target: Path, fragment: str = "", viewport=(1280, 720)) -> None:
    from scripts.offline_page import open_offline

    context, page, url, outside = open_offline(browser, page_file, viewport)
    page.goto(url + fragment)
    page.wait_for_selector("body[data-stabilized=true]", state="attached", timeout=60_000)
    page.wait_for_timeout(800)  # labels are placed after the first drawing; the focus animation ends
    png = page.screenshot()
    context.close()
    if outside:
        raise RuntimeError(f"outside requests: {outside}")
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB").quantize(colors=256, method=Image.Quantize.FASTOCTREE)
    target.parent.mkdir(parents=True, exist_ok=True)
    image.save(target, format="PNG", optimize=True)
    print(f"Wrote {target.relative_to(ROOT)}", file=sys.stderr)


def main() -> int:
    chromium = shutil.which("chromium")
    if chromium is None:
        print("chromium not installed: apt-get install -y chromium", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="screenshots-") as tmp:
        folder = Path(tmp)
        store = build(resources.seed_dir(), None).store  # the seed report, whatever graph/ holds
        whole, focus = folder / "graph.html", folder / "iom.html"
        whole.write_text(render_html(store), encoding="utf-8")
        focus.write_text(render_html(store, focus=str(ID["iom"]), depth=2), encoding="utf-8")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium, args=ARGS)
            shoot(browser, whole, DOCS / "view.png")
            shoot(browser, whole, DOCS / "view-topic.png", "#topic=remittances&context=1")
            shoot(browser, focus, DOCS / "view-focus.png")
            shoot(browser, whole, DOCS / "view-path.png", "#path=unitar+world-bank")
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
