"""Static pictures of the network (PNG, SVG) for slides and briefs, drawn with matplotlib."""

from __future__ import annotations

import io
from collections import defaultdict

import networkx as nx
from rdflib import Graph

from migration_kg.errors import UsageError

from migration_kg.outputs.projection import (
    ACTOR_KINDS,
    DEFAULT_TITLE,
    FACTS,
    HUB_STYLE,
    KIND_STYLES,
    PARTNERSHIP,
    _display_label,
    _layout,
    project,
)

# -- Static pictures ---------------------------------------------------------------------------

def _mpl_text(text: str) -> str:
    """Matplotlib reads '$...$' as mathematics: escape dollars so labels print as written."""
    return text.replace("$", r"\$")


def render_static(graph: Graph, fmt: str, *, focus: str | None = None, depth: int = 1,
                  kinds: list[str] | None = None, topic: str | None = None,
                  title: str = DEFAULT_TITLE, labels: int = 20) -> bytes:
    """The same network as a picture: ``fmt`` "png" (1600 x 1000) or "svg".

    Kind colours and markers as in the page, sizes by centrality, the curated facts and
    partnerships as lines, labels on the ``labels`` most central actors (organisations, people,
    countries; other kinds when there are too few). Deterministic: fixed-seed layout, matplotlib's
    Agg backend, a fixed SVG hash salt and no dates in the metadata, so the bytes are stable.
    """
    fmt = fmt.lower()
    if fmt not in ("png", "svg"):
        raise UsageError(f"unknown picture format {fmt!r}: use png or svg")
    view = project(graph, focus=focus, depth=depth, kinds=kinds, topic=topic)
    pos = _layout(view, facts_only=True)

    import matplotlib
    from matplotlib import patheffects
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    rc = {"svg.hashsalt": "migration-kg", "svg.fonttype": "path", "font.family": "DejaVu Sans",
          "font.size": 10, "path.simplify": True}
    with matplotlib.rc_context(rc):
        fig = Figure(figsize=(16, 10), dpi=100)
        FigureCanvasAgg(fig)
        ax = fig.add_axes((0.01, 0.02, 0.80, 0.90))
        ax.set_axis_off()
        ax.set_aspect("equal", adjustable="datalim")
        segments = [(pos[u], pos[v]) for u, v, d in view.edges(data=True) if d["layer"] == FACTS and u != v]
        if segments:
            ax.add_collection(LineCollection(segments, colors="#a7b0ba", linewidths=0.6, alpha=0.8, zorder=1))
        handles = []
        by_kind: dict[str, list[str]] = defaultdict(list)
        for node, a in sorted(view.nodes(data=True)):
            if FACTS in a["layers"]:
                by_kind[a["kind"]].append(node)
        scale = 1.0 if len(view) <= 300 else 0.35
        for kind in [*KIND_STYLES, PARTNERSHIP]:
            members = by_kind.get(kind)
            if not members:
                continue
            style = KIND_STYLES.get(kind, HUB_STYLE)
            xs = [pos[n][0] for n in members]
            ys = [pos[n][1] for n in members]
            area = 0.25 if kind == PARTNERSHIP else 0.6
            sizes = [(view.nodes[n]["size"] * scale) ** 2 * area for n in members]
            ax.scatter(xs, ys, s=sizes, c=style.colour, marker=style.marker, edgecolors="white",
                       linewidths=0.5, zorder=3 if kind != PARTNERSHIP else 2)
            name = "partnership (3+ partners)" if kind == PARTNERSHIP else kind
            handles.append(Line2D([], [], linestyle="none", marker=style.marker,
                                  markersize=11 if style.marker == "*" else 8,
                                  markerfacecolor=style.colour, markeredgecolor="white",
                                  label=f"{name} ({len(members)})"))
        entities = [(n, a) for n, a in view.nodes(data=True) if a["kind"] != PARTNERSHIP and FACTS in a["layers"]]
        ranked = sorted(entities, key=lambda t: (t[1]["kind"] not in ACTOR_KINDS, -t[1]["centrality"], t[0]))
        for node, a in ranked[:labels]:
            ax.annotate(_mpl_text(_display_label(a)), pos[node], xytext=(0, 7), textcoords="offset points",
                        ha="center", va="bottom", fontsize=9, color="#1d2b36", zorder=4,
                        path_effects=[patheffects.withStroke(linewidth=3, foreground="white")])
        ax.margins(0.03)
        ax.autoscale_view()
        ax.invert_yaxis()  # the page draws y downwards: keep the same picture
        if handles:
            fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.82, 0.92), frameon=False,
                       fontsize=9, title="kind (nodes drawn)")
        entity_count = sum(1 for _, a in entities)
        fig.suptitle(_mpl_text(title), x=0.01, y=0.98, ha="left", fontsize=14, fontweight="bold")
        fig.text(0.01, 0.935, _mpl_text(_describe(view, entity_count)), ha="left", fontsize=9, color="#4a5560")
        out = io.BytesIO()
        metadata = {"Date": None} if fmt == "svg" else {"Software": None}
        fig.savefig(out, format=fmt, metadata=metadata, facecolor="white")
    return out.getvalue()


def _describe(view: nx.MultiDiGraph, entity_count: int) -> str:
    """One line saying what the picture shows."""
    parts = [f"{entity_count} entities, {sum(1 for *_, d in view.edges(data=True) if d['layer'] == FACTS)} "
             "curated links; size = degree centrality; labels on the most central actors"]
    g = view.graph
    if g.get("focus"):
        label = view.nodes[g["focus"]]["label"]
        parts.append(f"around {label} (depth {g.get('depth')})")
    if g.get("topic"):
        parts.append(f"topic: {view.nodes[g['topic']]['label']}")
    if g.get("kinds"):
        parts.append("kinds: " + ", ".join(g["kinds"]))
    return "; ".join(parts)
