"""The review page in headless Chromium: keyboard accept, reject and relation edit; the decisions file
it saves, applied by `accept --decisions`, gives the same YAML as editing by hand; no script from the
report's text or the proposals runs.

Needs Debian's chromium and Playwright for Python (no browser is downloaded); skips with a reason
when either is missing.
"""

from __future__ import annotations

import shutil

import pytest

from migration_kg.assist.review import review_page
from migration_kg.cli import main
from tests.conftest import DOC_ID
from tests.test_assist_accept import PROPOSED, Q1, Q2, Q3
from tests.test_view_browser import CHROMIUM, browser  # noqa: F401 - the fixture

HOSTILE = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">'

pytestmark = [pytest.mark.browser, pytest.mark.slow,
              pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed: apt-get install -y chromium")]


def test_keyboard_review_saves_decisions_that_accept_applies_as_by_hand(browser, graph_copy, tmp_path):
    folder = graph_copy / "sources" / DOC_ID
    with (folder / "source.txt").open("a", encoding="utf-8") as f:
        f.write(f"\n{HOSTILE}\n")
    hostile_entry = (f"  - id: hostile\n    subject: unfpa\n    relation: memberOf\n    object: iom\n"
                     f"    quote: '{HOSTILE}'\n    proposed: true\n")
    (folder / "statements" / "proposed.yaml").write_text(
        PROPOSED.replace("\npartnerships:", hostile_entry + "\npartnerships:"), encoding="utf-8")
    by_hand = tmp_path / "by-hand"
    shutil.copytree(graph_copy, by_hand)
    page_file = tmp_path / "review.html"
    page_file.write_text(review_page(DOC_ID, graph_copy).html, encoding="utf-8")

    context = browser.new_context(accept_downloads=True)
    requests = []
    context.route("**/*", lambda route: (requests.append(route.request.url), route.continue_()
                                         if route.request.url.startswith(("file:", "blob:")) else route.abort()))
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(page_file.as_uri())
    page.wait_for_selector("body[data-ready=true]")
    assert page.locator("li.item").count() == 5
    page.keyboard.press("a")                       # unfpa-member-of-iom: accept
    page.keyboard.press("e")                       # member-of-macarthur-foundation: change the relation...
    page.keyboard.press("ArrowDown")               # ... to the next one that fits (subOrganisationOf)
    page.keyboard.press("Enter")
    page.keyboard.press("a")
    page.keyboard.press("j")                       # unitar-member-of-unfpa: left undecided
    page.keyboard.press("r")                       # hostile: reject
    page.keyboard.press("r")                       # unitar-unfpa-collaboration: reject
    assert page.get_attribute("body", "data-decided") == "4"
    assert page.locator("li[data-decision=accept]").count() == 2
    with page.expect_download() as info:
        page.keyboard.press("s")
    decisions = tmp_path / "decisions.json"
    info.value.save_as(decisions)
    # nothing from the text or the YAML ran, and it is shown as text
    assert page.evaluate("window.pwned") is None and not dialogs
    assert HOSTILE in page.inner_text("#text") and HOSTILE in page.inner_text("#items")
    assert not [u for u in requests if not u.startswith(("file:", "blob:"))]
    context.close()

    assert main(["accept", DOC_ID, "--data", str(graph_copy), "--decisions", str(decisions)]) == 0
    # the same by hand: delete the flags of the accepted, the rejected entries, change one relation
    proposed = by_hand / "sources" / DOC_ID / "statements" / "proposed.yaml"
    text = proposed.read_text(encoding="utf-8")
    text = text.replace(f"    quote: \"{Q1}\"\n    proposed: true\n", f"    quote: \"{Q1}\"\n")
    text = text.replace(f"    relation: memberOf\n    object: macarthur-foundation\n    quote: \"{Q2}\"\n    proposed: true\n",
                        f"    relation: subOrganisationOf\n    object: macarthur-foundation\n    quote: \"{Q2}\"\n")
    text = text.replace(hostile_entry, "").replace(
        f"  - id: unitar-unfpa-collaboration\n    kind: collaboration\n    partners: [unitar, unfpa]\n"
        f"    quote: \"{Q3}\"\n    proposed: true\n", "")
    proposed.write_text(text, encoding="utf-8")
    assert main(["accept", DOC_ID, "--data", str(by_hand)]) == 0
    for name in ("accepted.yaml", "proposed.yaml"):
        assert (by_hand / "sources" / DOC_ID / "statements" / name).read_bytes() == \
            (folder / "statements" / name).read_bytes(), name
