"""The HTML network view: one self-contained page drawn with pyvis / vis-network.

:func:`render_html` draws :func:`migration_kg.outputs.projection.project` in our own template, with
vis-network's JS and CSS (shipped inside the pyvis package) inlined and the data embedded as
escaped JSON; nothing is loaded from outside, and the same input gives byte-identical pages.
Static pictures are in :mod:`migration_kg.outputs.picture`. No network access, ever; pyvis loads on
first use.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pyvis
from pyvis.edge import Edge
from pyvis.network import Network
from pyvis.node import Node as VisNode
from markupsafe import Markup

from migration_kg.outputs import layout
from migration_kg.outputs.page import environment, render, script, script_hashes, script_json
from migration_kg.outputs.reading import local_name
from migration_kg.stores import GraphStore
from migration_kg.vocabulary.prefixes import PREFIXES

from migration_kg.outputs.projection import (
    display_label,
    DEFAULT_TITLE,
    Evidence,
    FACTS,
    HUB_STYLE,
    KIND_STYLES,
    MIN_SHARED_SECTIONS,
    NETWORK,
    PARTNERSHIP,
    view_positions,
    document_of,
    project,
)

TEMPLATE = "view.html"
#: The page's script (templates/view.js), put on the page as it is.
SCRIPT = "view.js"

#: Above this many nodes the page has no hover labels and names the links of the selected node only.
LARGE_PAGE = layout.FORCE_ATLAS_LIMIT

# -- The HTML page -----------------------------------------------------------------------------

def _vis_dir() -> Path:
    base = Path(pyvis.__file__).resolve().parent / "templates" / "lib"
    found = sorted(base.glob("vis-*/vis-network.min.js"))
    if not found:  # pragma: no cover - a broken pyvis install
        raise FileNotFoundError(f"vis-network not found under {base}")
    return found[-1].parent


def _options(large: bool) -> dict:
    """vis-network options, set up through pyvis's Options object. Positions are computed in
    Python (networkx), so physics stays off: the page is drawn at once and never moves by itself."""
    net = Network(directed=True)
    options = json.loads(net.options.to_json())
    options["physics"] = {"enabled": False}
    options["layout"] = {"improvedLayout": False, "randomSeed": layout.SEED}
    options["edges"] = {
        "smooth": False,
        "color": {"color": "#a7b0ba", "highlight": "#1d2b36", "inherit": False},
        "font": {"size": 11, "color": "#4a5560", "strokeWidth": 3, "strokeColor": "#ffffff", "align": "middle"},
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.45}},
        "selectionWidth": 2,
        "width": 1,
    }
    options["nodes"] = {"borderWidth": 1, "borderWidthSelected": 3,
                        "font": {"size": 1, "face": "system-ui, sans-serif", "strokeWidth": 3,
                                 "strokeColor": "#ffffff", "color": "#1d2b36"}}
    options["interaction"].update(hover=not large, hideEdgesOnDrag=large, hideEdgesOnZoom=large,
                                  tooltipDelay=3600000, multiselect=False, navigationButtons=False,
                                  keyboard=False)
    return options


def page_data(view: nx.MultiDiGraph, title: str) -> dict:
    """Everything the page's script needs: vis node and edge objects built with pyvis, and the
    side panel's data, compacted (tables of sections and relation names, IRIs relative to the
    entity namespace, no per-edge ids) so that 5,000 entities stay within a few megabytes.

    Co-mention links are not listed: the page derives them from each entity's mention sections,
    exactly as :func:`project` does, and draws those naming both in at least ``minShared``.
    """
    order = sorted(view.nodes, key=lambda n: (-view.nodes[n]["centrality"], n))
    index = {iri: i for i, iri in enumerate(order)}
    large = len(order) > LARGE_PAGE
    pos = view_positions(view)
    base = PREFIXES["id"]

    titles = view.graph.get("sections", {})
    sections: dict[str, int] = {}

    def sec(iri: str) -> int:
        if iri not in sections:
            sections[iri] = len(sections)
        return sections[iri]

    sources: dict[str, int] = {}

    def source(e: Evidence) -> int:
        """Index of "document (date)" in the page's table of sources."""
        name = f"{e.document} ({e.date})" if e.date else e.document
        return sources.setdefault(name, len(sources))

    def ev(evidence: list[Evidence]) -> list[list]:
        """[quote, section, source, status(, note)] per quote: "— section, document (date)"."""
        return [[e.quote, sec(e.section_iri), source(e), e.status] + ([e.note] if e.note else [])
                for e in evidence]

    def ref(iri: str, label: str) -> int | str:
        """A node index when the node is on the page, else the label to print."""
        return index.get(iri, label)

    partnerships: list[dict] = []
    partnership_index: dict[str, int] = {}

    def partnership(data: dict) -> int:
        if data["iri"] not in partnership_index:
            partnership_index[data["iri"]] = len(partnerships)
            partnerships.append({
                "iri": data["iri"], "kind": data["kind"], "label": data["label"],
                "partners": [ref(p, lbl) for p, lbl in zip(data["partners"], data["partner_labels"])],
                "concerns": [ref(c, lbl) for c, lbl in zip(data["concerns"], data["concern_labels"])],
                "date": data["date"], "evidence": ev(data["evidence"])})
        return partnership_index[data["iri"]]

    nodes, info = [], []
    for iri in order:
        a = view.nodes[iri]
        style = KIND_STYLES.get(a["kind"], HUB_STYLE)
        x, y = pos[iri]
        node = VisNode(0, style.shape, label=display_label(a), color=style.colour, size=a["size"],
                       x=round(x, 1), y=round(y, 1)).options
        del node["id"]  # the page numbers nodes by their place in the list
        nodes.append(node)
        item = {"iri": iri[len(base):] if iri.startswith(base) else iri, "label": a["label"], "kind": a["kind"],
                "group": 0 if a["group"] == NETWORK else 1, "base": 1 if a["base"] else 0,
                "degree": a["degree"], "centrality": round(a["centrality"], 4)}
        for key in ("acronyms", "aliases", "comment"):
            if a[key]:
                item[key] = a[key]
        if a["mentions"]:
            item["mentions"] = [[sec(s), n] for s, n in a["mentions"].items()]
        info.append(item)

    relations: dict[str, int] = {}
    facts, fact_info = [], []
    merged: dict[tuple[int, int], int] = {}
    pairs: dict[tuple[int, int], int] = {}
    pkinds: dict[str, str] = {}
    for u, v, key, d in sorted(view.edges(keys=True, data=True), key=lambda t: (index[t[0]], index[t[1]], t[2])):
        if d["layer"] != FACTS:
            continue
        a, b = index[u], index[v]
        if PARTNERSHIP in d:
            j = partnership(d[PARTNERSHIP])
            pkinds.setdefault(d[PARTNERSHIP]["kind"], d["colour"])
            pair = (min(a, b), max(a, b))
            if pair in pairs:  # one drawn link per pair of partners, listing each partnership
                fact_info[pairs[pair]]["p"].append(j)
                continue
            pairs[pair] = len(facts)
            # the kind's colour also when selected or hovered (wider then: edges.selectionWidth),
            # not the options' generic highlight colour
            colour = {"color": d["colour"], "highlight": d["colour"], "hover": d["colour"]}
            facts.append(Edge(pair[0], pair[1], directed=False, color=colour, width=4, arrows="").options)
            fact_info.append({"p": [j]})
            continue
        rel = [relations.setdefault(d["label"], len(relations)), ev(d["evidence"])]
        if (a, b) in merged:  # one drawn edge per ordered pair, listing each relation
            fact_info[merged[(a, b)]]["r"].append(rel)
            continue
        merged[(a, b)] = len(facts)
        facts.append(Edge(a, b, directed=False).options)  # directed: the arrows come from the options
        fact_info.append({"r": [rel]})

    mention_style = Edge(0, 0, directed=False, color={"color": "#9575cd", "opacity": 0.55}, arrows="").options
    del mention_style["from"], mention_style["to"]
    kinds = {view.nodes[n]["kind"] for n in order}
    legend = [{"kind": k, "colour": s.colour, "glyph": s.glyph} for k, s in KIND_STYLES.items() if k in kinds]
    legend += [{"kind": k, "colour": HUB_STYLE.colour, "glyph": HUB_STYLE.glyph}
               for k in sorted(kinds) if k not in KIND_STYLES]
    g = view.graph
    subset = {"focus": g.get("focus"), "topic": g.get("topic"), "depth": g.get("depth"), "kinds": g.get("kinds"),
              "throughEvents": bool(g.get("through_events"))}
    topics = sorted(([index[t], [index[m] for m in members]] for t, members in g.get("topics", {}).items()
                     if members), key=lambda t: (info[t[0]]["label"].lower(), t[0]))
    # per document: its title, the entities it names, its id (the page's #document=<id>)
    documents = [[label, sorted(index[m] for m in g.get("document_members", {}).get(doc, [])), local_name(doc)]
                 for doc, label in g.get("documents", {}).items()]
    # the document of each section, as an index into documents (-1: none on the page)
    place = {doc: k for k, doc in enumerate(g.get("documents", {}))}
    section_documents = [place.get(document_of(iri), -1) for iri in sections]
    return {"title": title, "large": large, "subset": subset, "base": base, "legend": legend,
            "partnershipKinds": [{"kind": k, "colour": c} for k, c in sorted(pkinds.items())],
            "topics": topics, "documents": documents, "minShared": MIN_SHARED_SECTIONS,
            "sections": [titles.get(iri, local_name(iri)) for iri in sections], "sectionDocuments": section_documents,
            "relations": list(relations),
            "sources": list(sources),
            "nodes": nodes, "info": info, "facts": facts, "factInfo": fact_info, "mentionStyle": mention_style,
            "partnerships": partnerships, "options": _options(large)}


def _csp(*scripts: str) -> Markup:
    """A Content-Security-Policy allowing exactly the page's own inline scripts (by hash)."""
    return Markup("default-src 'none'; script-src " + script_hashes(*scripts) + "; style-src 'unsafe-inline'; "
                  "img-src data:; font-src data:; base-uri 'none'; form-action 'none'")


def render_html(store: GraphStore, *, focus: str | None = None, depth: int = 1, kinds: list[str] | None = None,
                topic: str | None = None, through_events: bool = False, title: str = DEFAULT_TITLE) -> str:
    """One self-contained HTML page drawing the graph in ``store`` (or the subset that :func:`project`
    selects).

    vis-network's JavaScript and CSS (shipped with pyvis) are inlined; the data is embedded as
    JSON escaped for <script>; a Content-Security-Policy lets only the page's own scripts run and
    nothing load from outside. The same input gives byte-identical output. Write it as UTF-8.
    """
    view = project(store, focus=focus, depth=depth, kinds=kinds, topic=topic, through_events=through_events)
    data = page_data(view, title)
    vis = _vis_dir()
    vis_js = (vis / "vis-network.min.js").read_text(encoding="utf-8")
    vis_js = re.sub(r"\n?//# sourceMappingURL=\S*\s*$", "\n", vis_js)
    vis_css = (vis / "vis-network.css").read_text(encoding="utf-8")
    vis_css = re.sub(r"/\*# sourceMappingURL=\S* \*/", "", vis_css)
    if "</script" in vis_js.lower() or "</style" in vis_css.lower():  # pragma: no cover - never in 9.1.2
        raise RuntimeError("vis-network cannot be inlined: it contains a closing tag")
    env = environment()
    own = script(env, SCRIPT)
    return render(TEMPLATE, env, title=title, generator="migration-kg view (pyvis / vis-network)",
                  csp=_csp(vis_js, own), vis_css=Markup(vis_css), vis_js=Markup(vis_js),
                  data=script_json(data), script=own)
