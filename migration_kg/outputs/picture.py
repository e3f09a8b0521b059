"""Static pictures of the network (PNG, SVG) for slides and briefs, drawn with matplotlib."""

from __future__ import annotations

import io
from collections import defaultdict

import matplotlib
import networkx as nx
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from migration_kg.errors import UsageError
from migration_kg.outputs.projection import (
    DEFAULT_TITLE,
    FACTS,
    HUB_STYLE,
    KIND_STYLES,
    PARTNERSHIP,
    display_label,
    view_positions,
    project,
)
from migration_kg.stores import GraphStore

# -- Static pictures ---------------------------------------------------------------------------

#: Room kept around each label's box, in pixels of the 100 dpi figure, so that no two labels touch.
LABEL_GAP = 2.0


def _mpl_text(text: str) -> str:
    """Matplotlib reads '$...$' as mathematics: escape dollars so labels print as written."""
    return text.replace("$", r"\$")


def render_static(store: GraphStore, fmt: str, *, focus: str | None = None, depth: int = 1,
                  kinds: list[str] | None = None, topic: str | None = None, through_events: bool = False,
                  title: str = DEFAULT_TITLE, labels: int = 40) -> bytes:
    """The page's first picture for slides: ``fmt`` "png" (1600 x 1000) or "svg" (text as text).

    What the page draws when it opens (the actor network, or the subset asked for), at the same
    positions, kind colours and markers, sizes by centrality; partnerships as bold lines coloured
    by kind, other facts as thin grey lines; labels on up to ``labels`` nodes, most central first,
    each kept only when its box keeps clear of the labels already placed and stays inside the
    drawing, away from the title and the legend (on a light box, so that SVG text stays text).
    Deterministic: fixed-seed layout, matplotlib's Agg backend, a fixed SVG hash salt and no dates
    in the metadata.
    """
    fmt = fmt.lower()
    if fmt not in ("png", "svg"):
        raise UsageError(f"unknown picture format {fmt!r}: use png or svg")
    view = project(store, focus=focus, depth=depth, kinds=kinds, topic=topic, through_events=through_events)
    pos = view_positions(view, base_only=True)
    drawn = sorted(pos)

    rc = {"svg.hashsalt": "migration-kg", "svg.fonttype": "none", "font.family": "DejaVu Sans",
          "font.size": 10, "path.simplify": True}
    with matplotlib.rc_context(rc):
        fig = Figure(figsize=(16, 10), dpi=100)
        canvas = FigureCanvasAgg(fig)
        ax = fig.add_axes((0.01, 0.02, 0.78, 0.90))
        ax.set_axis_off()
        ax.set_aspect("equal", adjustable="datalim")
        plain, bold, colours, kinds_drawn = [], [], [], {}
        for u, v, d in view.edges(data=True):
            if d["layer"] != FACTS or u == v or u not in pos or v not in pos:
                continue
            if PARTNERSHIP in d:
                bold.append((pos[u], pos[v]))
                colours.append(d["colour"])
                kinds_drawn[d[PARTNERSHIP]["kind"]] = d["colour"]
            else:
                plain.append((pos[u], pos[v]))
        if plain:
            ax.add_collection(LineCollection(plain, colors="#a7b0ba", linewidths=0.7, alpha=0.9, zorder=1))
        if bold:
            ax.add_collection(LineCollection(bold, colors=colours, linewidths=3.0, alpha=0.9, zorder=2))
        handles = []
        by_kind: dict[str, list[str]] = defaultdict(list)
        for node in drawn:
            by_kind[view.nodes[node]["kind"]].append(node)
        scale = 1.0 if len(drawn) <= 300 else 0.35
        for kind in [*KIND_STYLES, *sorted(k for k in by_kind if k not in KIND_STYLES)]:
            members = by_kind.get(kind)
            if not members:
                continue
            style = KIND_STYLES.get(kind, HUB_STYLE)
            sizes = [(view.nodes[n]["size"] * scale) ** 2 * 1.2 for n in members]
            ax.scatter([pos[n][0] for n in members], [pos[n][1] for n in members], s=sizes, c=style.colour,
                       marker=style.marker, edgecolors="white", linewidths=0.5, zorder=3)
            handles.append(Line2D([], [], linestyle="none", marker=style.marker,
                                  markersize=11 if style.marker == "*" else 8,
                                  markerfacecolor=style.colour, markeredgecolor="white",
                                  label=f"{kind} ({len(members)})"))
        handles += [Line2D([], [], color=c, linewidth=3, label=f"{k} partnership") for k, c in sorted(kinds_drawn.items())]
        ax.margins(0.04)
        ax.autoscale_view()
        ax.invert_yaxis()  # the page draws y downwards: keep the same picture
        ranked = sorted(drawn, key=lambda n: (-view.nodes[n]["centrality"], n))
        canvas.draw()
        renderer = canvas.get_renderer()
        placed = []
        inside = ax.bbox  # the drawing: the title, the description and the legend are outside it
        for node in ranked[:max(0, labels)]:
            a = view.nodes[node]
            text = ax.annotate(_mpl_text(display_label(a)), pos[node], xytext=(0, 8), textcoords="offset points",
                               ha="center", va="bottom", fontsize=10, color="#1d2b36", zorder=4,
                               bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.75})
            # the label as drawn: its light box (the text's extent and the box's pad), and a small gap
            text.update_positions(renderer)
            text.update_bbox_position_size(renderer)
            box = text.get_bbox_patch().get_window_extent(renderer).padded(LABEL_GAP)
            if any(box.overlaps(other) for other in placed) or not (
                    inside.contains(box.x0, box.y0) and inside.contains(box.x1, box.y1)):
                text.remove()
                continue
            placed.append(box)
        if handles:
            fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.80, 0.92), frameon=False,
                       fontsize=9, title="drawn")
        fig.suptitle(_mpl_text(title), x=0.01, y=0.98, ha="left", fontsize=14, fontweight="bold")
        fig.text(0.01, 0.935, _mpl_text(_describe(view, len(drawn), len(placed))), ha="left", fontsize=9,
                 color="#4a5560")
        out = io.BytesIO()
        metadata = {"Date": None} if fmt == "svg" else {"Software": None}
        fig.savefig(out, format=fmt, metadata=metadata, facecolor="white")
    return out.getvalue()


def _describe(view: nx.MultiDiGraph, drawn: int, labelled: int) -> str:
    """One line saying what the picture shows."""
    parts = [f"{drawn} of {len(view)} entities (actors and the initiatives they run); bold lines: partnerships; "
             f"size: degree centrality; {labelled} most central labelled"]
    g = view.graph
    if g.get("focus"):
        label = view.nodes[g["focus"]]["label"]
        parts.append(f"around {label} ({g.get('depth')} steps)")
    if g.get("topic"):
        parts.append(f"topic: {view.nodes[g['topic']]['label']}")
    if g.get("kinds"):
        parts.append("kinds: " + ", ".join(g["kinds"]))
    return "; ".join(parts)
