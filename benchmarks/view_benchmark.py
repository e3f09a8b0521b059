"""How big and how fast is the network view? Synthetic graphs of 100, 1,000 and 5,000 entities.

    python benchmarks/view_benchmark.py                       # the table
    python benchmarks/view_benchmark.py --sizes 100 300 301   # other sizes
    python benchmarks/view_benchmark.py --screenshot docs/view.png   # also the seed report's view

For each size: a synthetic rdflib graph in the build's shape (entities of every kind with labels
and acronyms; curated facts with preferential attachment, each reified as an assertion with an
evidence quote and section; partnerships of two to five partners; mentions in sections, giving
co-mentions), loaded into a store, the time to render the page in Python from the store, the page's size, and the time from
navigation start until the network has stabilised (``window.kgView.stabilized``) in headless
Chromium, the page opened from disk with every other request blocked. Goal at 5,000 entities:
at most 3 s and 5 MB. Needs Debian's chromium and Playwright for Python.
"""

from __future__ import annotations

import argparse
import io
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from migration_kg.stores import GraphStore, document_graph  # noqa: E402
from migration_kg.vocabulary.namespaces import DOC, ID, MKG  # noqa: E402
from migration_kg.vocabulary.ontology import KIND_CLASS  # noqa: E402

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]

#: Roughly the seed report's mix of kinds.
KIND_MIX = (["organisation"] * 22 + ["person"] * 3 + ["country"] * 5 + ["place"] * 2 + ["event"] * 5
            + ["programme", "project", "project", "policy", "process", "process", "agreement", "publication"]
            + ["topic"] * 40)
RELATIONS = ["organises", "funds", "leads", "participatesIn", "supports", "memberOf", "addresses", "partOf"]
WORDS = ("migration development remittances diaspora partnership agency fund council network office "
         "programme labour health education finance policy capacity dialogue").split()


def synthetic_graph(n: int, seed: int = 2007) -> Graph:
    """``n`` entities in the shape of the build's graph (about 2 facts and 2 mentions each)."""
    rng = random.Random(seed)
    g = Graph()
    doc = f"synthetic-{n}"
    sections = []
    for k in range(max(3, n // 12)):
        sec = DOC[f"{doc}/section/s{k}"]
        g.add((sec, RDF.type, MKG.Section))
        g.add((sec, RDFS.label, Literal(f"Section {k}: {' '.join(rng.sample(WORDS, 2)).title()}")))
        sections.append(sec)
    for i in range(n):
        s, kind = ID[f"e{i}"], rng.choice(KIND_MIX)
        name = " ".join(w.title() for w in rng.sample(WORDS, 3))
        g.add((s, RDF.type, KIND_CLASS[kind]))
        g.add((s, MKG.kind, Literal(kind)))
        g.add((s, RDFS.label, Literal(f"{name} {i}")))
        if kind == "organisation":
            g.add((s, MKG.acronym, Literal("".join(w[0] for w in name.split()).upper() + str(i))))
        if rng.random() < 0.2:
            g.add((s, SKOS.altLabel, Literal(f"the {name.split()[0]} body {i}")))
    ends = [0]
    for i in range(1, n):
        for _ in range(2):
            j = rng.choice(ends)
            if j == i:
                continue
            p = MKG[rng.choice(RELATIONS)]
            g.add((ID[f"e{i}"], p, ID[f"e{j}"]))
            node = DOC[f"{doc}/statement/s{i}-{j}-{p.split('#')[-1]}"]
            for t in ((node, RDF.type, MKG.Assertion), (node, RDF.subject, ID[f"e{i}"]), (node, RDF.predicate, p),
                      (node, RDF.object, ID[f"e{j}"])):
                g.add(t)
            _evidence(g, node, f"entity {i} and entity {j} work on {' '.join(rng.sample(WORDS, 4))} together",
                      rng.choice(sections))
            ends += [i, j]
    for k in range(n // 12):
        node = DOC[f"{doc}/partnership/p{k}"]
        kind = rng.choice(["collaboration", "funding", "co-organisation", "research"])
        g.add((node, RDF.type, MKG.Partnership))
        g.add((node, MKG.partnershipKind, MKG[kind]))
        g.add((MKG[kind], SKOS.notation, Literal(kind)))
        g.add((node, RDFS.label, Literal(f"{kind} {k}")))
        for m in rng.sample(range(n), rng.choice([2, 2, 2, 3, 3, 4, 5])):
            g.add((node, MKG.partner, ID[f"e{m}"]))
        g.add((node, MKG.concerns, ID[f"e{rng.randrange(n)}"]))
        _evidence(g, node, f"a {kind} partnership on {' '.join(rng.sample(WORDS, 3))}", rng.choice(sections))
    for i in range(n):
        for sec in rng.sample(sections, 2 if rng.random() < 0.3 else 1):
            node = DOC[f"{doc}/mention/{i}/{sec.split('/')[-1]}"]
            g.add((node, RDF.type, MKG.Mention))
            g.add((node, MKG.mentionOf, ID[f"e{i}"]))
            g.add((node, MKG.section, sec))
    return g


def synthetic_store(n: int, seed: int = 2007) -> GraphStore:
    """:func:`synthetic_graph` in a store, as the view reads it."""
    store = GraphStore.memory()
    store.load_ntriples(synthetic_graph(n, seed).serialize(format="nt", encoding="utf-8"),
                        document_graph(f"synthetic-{n}"))
    return store


def _evidence(g: Graph, node: URIRef, quote: str, section: URIRef) -> None:
    ev = URIRef(f"{node}/evidence")
    g.add((node, MKG.hasEvidence, ev))
    g.add((ev, RDF.type, MKG.Evidence))
    g.add((ev, MKG.quote, Literal(quote)))
    g.add((ev, MKG.section, section))


def open_and_time(browser, path: Path, *, screenshot: Path | None = None, viewport=(1400, 900)) -> float:
    """Seconds from navigation start to ``kgView.stabilized``; fails on any outside request."""
    from scripts.offline_page import open_offline

    context, page, url, outside = open_offline(browser, path, viewport)
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(url, timeout=300_000)
    page.wait_for_selector("body[data-stabilized=true]", state="attached", timeout=300_000)
    seconds = page.evaluate("kgView.stabilizedAt") / 1000
    if screenshot is not None:  # the whole network, with IOM clicked: neighbours, panel, quotes
        iom = str(ID["iom"])
        at = page.evaluate("iri => kgView.domPosition(iri)", iom)
        page.mouse.click(at["x"], at["y"])
        page.wait_for_timeout(500)
        if page.evaluate("kgView.selectedNodes()") != [iom]:
            raise RuntimeError("could not select IOM for the screenshot")
        _save_png(page.screenshot(), screenshot)
    context.close()
    if outside or errors:
        raise RuntimeError(f"{path.name}: outside requests {outside}, errors {errors}")
    return seconds


def _save_png(png: bytes, target: Path) -> None:
    """Save a screenshot, reduced to a 256-colour palette when Pillow is there (smaller file)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        from PIL import Image
    except ImportError:
        target.write_bytes(png)
        return
    image = Image.open(io.BytesIO(png)).convert("RGB").quantize(colors=256, method=Image.Quantize.FASTOCTREE)
    image.save(target, format="PNG", optimize=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    parser.add_argument("--screenshot", type=Path, help="also save the seed report's view as this PNG")
    parser.add_argument("--keep", type=Path, help="keep the generated pages in this folder")
    parser.add_argument("--repeat", type=int, default=3, help="page loads per size; the median counts (default 3)")
    args = parser.parse_args(argv)

    chromium = shutil.which("chromium")
    if chromium is None:
        print("chromium not installed: apt-get install -y chromium", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    from migration_kg.outputs.projection import project
    from migration_kg.outputs.view import render_html

    folder = args.keep or Path(tempfile.mkdtemp(prefix="view-benchmark-"))
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=ARGS)
        open_and_time(browser, _warm_up(folder, render_html))
        for n in args.sizes:
            store = synthetic_store(n)
            view = project(store)
            start = time.perf_counter()
            page = render_html(store, title=f"Synthetic network, {n} entities")
            render = time.perf_counter() - start
            path = folder / f"synthetic-{n}.html"
            path.write_text(page, encoding="utf-8")
            size = path.stat().st_size
            stable = statistics.median(open_and_time(browser, path) for _ in range(max(1, args.repeat)))
            facts = sum(1 for *_, d in view.edges(data=True) if d["layer"] == "facts")
            mentions = sum(1 for *_, d in view.edges(data=True) if d["layer"] == "mentions")
            mode = "physics, then stopped" if n <= 300 else "fixed layout"
            rows.append((n, len(view), facts, mentions, mode, render, size, stable))
        if args.screenshot:
            from migration_kg import resources
            from migration_kg.build import build

            result = build(resources.seed_dir(), None)
            seed = folder / "graph.html"
            seed.write_text(render_html(result.store), encoding="utf-8")
            open_and_time(browser, seed, screenshot=args.screenshot)
            print(f"screenshot: {args.screenshot} ({args.screenshot.stat().st_size / 1024:.0f} KB)")
        browser.close()

    print("| entities | nodes drawn | fact links | co-mention links | drawing | render (Python) "
          "| HTML size | load to stabilised (Chromium, median) |")
    print("| ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |")
    for n, nodes, facts, mentions, mode, render, size, stable in rows:
        print(f"| {n:,} | {nodes:,} | {facts:,} | {mentions:,} | {mode} | {render:.2f} s | {size / 1e6:.2f} MB "
              f"| {stable:.2f} s |")
    worst = [r for r in rows if r[0] == 5000]
    if worst:
        _, _, _, _, _, _, size, stable = worst[0]
        ok = size <= 5e6 and stable <= 3.0
        print(f"\n5,000 entities: {'meets' if ok else 'misses'} the goal (<= 3 s, <= 5 MB)")
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


def _warm_up(folder: Path, render_html) -> Path:
    """A first small page, so that browser start-up does not count against the first size."""
    path = folder / "warm-up.html"
    path.write_text(render_html(synthetic_store(20)), encoding="utf-8")
    return path


if __name__ == "__main__":
    sys.exit(main())
