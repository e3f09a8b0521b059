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


#: Picture formats: PNG (pixels), SVG (text stays text), PDF (vector, for print).
PICTURE_FORMATS = ("png", "svg", "pdf")
#: The default picture: 1600 x 1000 pixels at 100 dots per inch.
DEFAULT_SIZE = (1600, 1000)
DEFAULT_DPI = 100
#: Longer names are shortened on the picture ("…" and a footnote number) and given whole in the notes.
NAME_LIMIT = 26
#: Where a label may stand around its node: distances (points) and directions tried, nearest first.
_RADII = (6, 12, 20, 30, 42, 56, 72, 90, 110, 135, 165, 200, 240)
_DIRECTIONS = 16


def parse_size(text: str) -> tuple[int, int]:
    """``WIDTHxHEIGHT`` in pixels (e.g. 1920x1080), or a UsageError."""
    w, sep, h = text.lower().partition("x")
    if not sep or not w.isdigit() or not h.isdigit() or not (200 <= int(w) <= 20000 and 200 <= int(h) <= 20000):
        raise UsageError(f"--size {text}: write WIDTHxHEIGHT in pixels, each 200 to 20000, e.g. 1920x1080")
    return int(w), int(h)


def _candidates():
    import math

    yield 0.0, 8.0  # above the node, as the page draws it
    for r in _RADII:
        for k in range(_DIRECTIONS):
            angle = math.pi / 2 - 2 * math.pi * k / _DIRECTIONS  # from straight up, clockwise
            yield r * math.cos(angle), r * math.sin(angle)


def render_static(store: GraphStore, fmt: str, *, focus: str | None = None, depth: int = 1,
                  kinds: list[str] | None = None, topic: str | None = None, through_events: bool = False,
                  title: str = DEFAULT_TITLE, size: tuple[int, int] = DEFAULT_SIZE, dpi: int = DEFAULT_DPI,
                  source: str | None = None, labels: int | None = None) -> bytes:
    """The page's first picture for slides: ``fmt`` "png", "svg" (text as text) or "pdf", ``size``
    pixels (width, height) at ``dpi`` dots per inch (the drawing keeps its proportions whatever the
    dpi: text is sized to the picture).

    What the page draws when it opens (the actor network, or the subset asked for), at the same
    positions, kind colours and markers, sizes by centrality; partnerships as bold lines coloured
    by kind, other facts as thin grey lines; a title, a line saying what is drawn, a legend and the
    source. Every node is labelled: names over NAME_LIMIT characters are shortened with a footnote
    number (the whole name in the notes under the legend), and each label is placed, most central
    first, at the nearest spot around its node where its box overlaps no label already placed and
    stays inside the drawing (joined to its node by a thin line when moved away). Each label is an
    SVG group ``label-<id>``. ``labels``: label only the N most central (None: every node). Deterministic: fixed-seed layout, matplotlib's Agg backend, a fixed SVG
    hash salt and no dates in the metadata.
    """
    fmt = fmt.lower()
    if fmt not in PICTURE_FORMATS:
        raise UsageError(f"unknown picture format {fmt!r}: use png, svg or pdf")
    if not 30 <= dpi <= 1200:
        raise UsageError(f"--dpi {dpi}: give 30 to 1200")
    view = project(store, focus=focus, depth=depth, kinds=kinds, topic=topic, through_events=through_events)
    pos = view_positions(view, base_only=True)
    drawn = sorted(pos)

    width_in, height_in = size[0] / dpi, size[1] / dpi
    scale = width_in / 16.0  # text and markers keep their share of the picture at any size and dpi
    rc = {"svg.hashsalt": "migration-kg", "svg.fonttype": "none", "font.family": "DejaVu Sans",
          "font.size": 10 * scale, "path.simplify": True, "pdf.fonttype": 42}
    with matplotlib.rc_context(rc):
        fig = Figure(figsize=(width_in, height_in), dpi=dpi)
        canvas = FigureCanvasAgg(fig)
        ax = fig.add_axes((0.01, 0.05, 0.74, 0.86))
        ax.set_axis_off()
        ax.set_aspect("equal", adjustable="datalim")
        plain, bold, colours, kinds_drawn = [], [], [], {}
        offsets: dict = defaultdict(int)  # a second link between the same two nodes is drawn beside the first
        for u, v, d in sorted(view.edges(data=True), key=lambda t: (t[0], t[1], str(t[2].get("colour")))):
            if d["layer"] != FACTS or u == v or u not in pos or v not in pos:
                continue
            if PARTNERSHIP in d:
                pair = tuple(sorted((u, v)))
                shift = offsets[pair]
                offsets[pair] += 1
                (x0, y0), (x1, y1) = pos[u], pos[v]
                dx, dy = x1 - x0, y1 - y0
                norm = (dx * dx + dy * dy) ** 0.5 or 1.0
                step = 0.006 * shift * (1 if shift % 2 else -1)
                nx_, ny_ = -dy / norm * step, dx / norm * step
                bold.append(((x0 + nx_, y0 + ny_), (x1 + nx_, y1 + ny_)))
                colours.append(d["colour"])
                kinds_drawn[d[PARTNERSHIP]["kind"]] = d["colour"]
            else:
                plain.append((pos[u], pos[v]))
        if plain:
            ax.add_collection(LineCollection(plain, colors="#a7b0ba", linewidths=0.7 * scale, alpha=0.9, zorder=1))
        if bold:
            ax.add_collection(LineCollection(bold, colors=colours, linewidths=3.0 * scale, alpha=0.85, zorder=2))
        handles = []
        by_kind: dict[str, list[str]] = defaultdict(list)
        for node in drawn:
            by_kind[view.nodes[node]["kind"]].append(node)
        dot = (1.0 if len(drawn) <= 300 else 0.35) * scale
        for kind in [*KIND_STYLES, *sorted(k for k in by_kind if k not in KIND_STYLES)]:
            members = by_kind.get(kind)
            if not members:
                continue
            style = KIND_STYLES.get(kind, HUB_STYLE)
            sizes = [(view.nodes[n]["size"] * dot) ** 2 * 1.2 for n in members]
            ax.scatter([pos[n][0] for n in members], [pos[n][1] for n in members], s=sizes, c=style.colour,
                       marker=style.marker, edgecolors="white", linewidths=0.5 * scale, zorder=3)
            handles.append(Line2D([], [], linestyle="none", marker=style.marker,
                                  markersize=(11 if style.marker == "*" else 8) * scale,
                                  markerfacecolor=style.colour, markeredgecolor="white",
                                  label=f"{kind} ({len(members)})"))
        handles += [Line2D([], [], color=c, linewidth=3 * scale, label=f"{k} partnership")
                    for k, c in sorted(kinds_drawn.items())]
        ax.margins(0.06)
        ax.autoscale_view()
        ax.invert_yaxis()  # the page draws y downwards: keep the same picture
        ranked = sorted(drawn, key=lambda n: (-view.nodes[n]["centrality"], n))
        notes = _label_texts(view, ranked)
        canvas.draw()
        renderer = canvas.get_renderer()
        placed = []
        inside = ax.bbox  # the drawing: the title, the description and the legend are outside it
        points = fig.dpi / 72.0
        for node in ranked[:len(ranked) if labels is None else max(0, labels)]:
            label = notes["labels"][node]
            best = None
            for dx, dy in _candidates():
                text = ax.annotate(_mpl_text(label), pos[node], xytext=(dx, dy), textcoords="offset points",
                                   ha="center", va="center" if (dx, dy) != (0.0, 8.0) else "bottom",
                                   fontsize=9 * scale, color="#1d2b36", zorder=5,
                                   bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "#c9d1d9",
                                         "lw": 0.4 * scale, "alpha": 0.9})
                text.update_positions(renderer)
                text.update_bbox_position_size(renderer)
                box = text.get_bbox_patch().get_window_extent(renderer).padded(LABEL_GAP * points)
                if not any(box.overlaps(other) for other in placed) and \
                        inside.contains(box.x0, box.y0) and inside.contains(box.x1, box.y1):
                    best = (text, box, (dx, dy))
                    break
                text.remove()
            if best is None:  # nowhere clear: the last resort is above the node, still labelled
                text = ax.annotate(_mpl_text(label), pos[node], xytext=(0, 8), textcoords="offset points",
                                   ha="center", va="bottom", fontsize=9 * scale, color="#1d2b36", zorder=5,
                                   bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "#c9d1d9",
                                         "lw": 0.4 * scale, "alpha": 0.9})
                text.update_positions(renderer)
                text.update_bbox_position_size(renderer)
                best = (text, text.get_bbox_patch().get_window_extent(renderer).padded(LABEL_GAP * points), (0, 8))
            text, box, (dx, dy) = best
            if (dx * dx + dy * dy) ** 0.5 > 14:
                text.arrow_patch = None
                leader = ax.annotate("", pos[node], xytext=(dx, dy), textcoords="offset points", zorder=4,
                                     arrowprops={"arrowstyle": "-", "color": "#8a96a3", "lw": 0.5 * scale,
                                                 "shrinkA": 0, "shrinkB": 2})
                leader.set_gid(f"leader-{_slug(node)}")
            text.set_gid(f"label-{_slug(node)}")
            placed.append(box)
        below = 0.91
        if handles:
            legend = fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.76, 0.91), frameon=False,
                                fontsize=9 * scale, title="drawn", title_fontsize=10 * scale)
            legend.set_gid("legend")
            below = fig.transFigure.inverted().transform(
                (0, legend.get_window_extent(renderer).y0))[1] - 0.015
        if notes["footnotes"]:  # under the legend, the long names whole
            fig.text(0.76, below, _mpl_text("\n".join(notes["footnotes"])), ha="left", va="top",
                     fontsize=7 * scale, color="#33414d").set_gid("name-notes")
        fig.suptitle(_mpl_text(title), x=0.01, y=0.98, ha="left", fontsize=14 * scale, fontweight="bold")
        fig.text(0.01, 0.935, _mpl_text(_describe(view, len(drawn), len(placed))), ha="left", fontsize=9 * scale,
                 color="#4a5560")
        fig.text(0.01, 0.015, _mpl_text(source or _source_line(store)), ha="left", fontsize=8 * scale,
                 color="#4a5560")
        out = io.BytesIO()
        metadata = {"Date": None} if fmt == "svg" else ({"CreationDate": None, "Producer": "migration-kg"}
                                                       if fmt == "pdf" else {"Software": None})
        fig.savefig(out, format=fmt, metadata=metadata, facecolor="white", dpi=dpi)
    return out.getvalue()


def _slug(iri: str) -> str:
    import re

    return re.sub(r"[^A-Za-z0-9_-]", "-", iri.rstrip("/").rsplit("/", 1)[-1])


def _label_texts(view, ranked: list[str]) -> dict:
    """Each node's label (its acronym, else its name; a long one shortened and numbered) and the
    footnotes giving those names whole."""
    labels, footnotes = {}, []
    for node in ranked:
        a = view.nodes[node]
        name = a["acronyms"][0] if a.get("acronyms") else a["label"]
        if len(name) > NAME_LIMIT:
            n = len(footnotes) + 1
            labels[node] = name[:NAME_LIMIT - 1].rstrip() + f"… [{n}]"
            footnotes.append(_wrap_note(f"[{n}] {a['label']}"))
        else:
            labels[node] = name
    return {"labels": labels, "footnotes": footnotes}


def _wrap_note(text: str, width: int = 60) -> str:
    import textwrap

    return "\n    ".join(textwrap.wrap(text, width)) or text


def _source_line(store: GraphStore) -> str:
    """Where the picture's facts come from: the reports' titles and dates."""
    from migration_kg.query.sparql import document_names_query, rows_of

    docs = rows_of(store.solutions(document_names_query())).as_dicts()
    titles = [f"{d['title'].value} ({d['date'].value})" if d["date"] is not None else d["title"].value for d in docs]
    return "Source: " + "; ".join(titles) + " (curated facts, each with the report's own words)"


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
