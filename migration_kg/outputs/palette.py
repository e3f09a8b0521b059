"""The one palette of kinds: how each registry kind is drawn in the page, in pictures and in GEXF."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KindStyle:
    """How one kind is drawn: colour, vis-network shape, matplotlib marker, legend glyph."""

    colour: str
    shape: str
    marker: str
    glyph: str


#: Registry kind -> style. Actors are round, square or starred; places point down; events are
#: diamonds; initiatives hexagons or triangles; topics light green dots.
KIND_STYLES: dict[str, KindStyle] = {
    "organisation": KindStyle("#1f77b4", "dot", "o", "\u25cf"),
    "person": KindStyle("#ff7f0e", "star", "*", "\u2605"),
    "country": KindStyle("#2ca02c", "square", "s", "\u25a0"),
    "collective": KindStyle("#aec7e8", "dot", "o", "\u25cb"),
    "place": KindStyle("#8c564b", "triangleDown", "v", "\u25bc"),
    "event": KindStyle("#d62728", "diamond", "D", "\u25c6"),
    "event-series": KindStyle("#ff9896", "diamond", "D", "\u25c6"),
    "programme": KindStyle("#9467bd", "hexagon", "h", "\u2b22"),
    "project": KindStyle("#c5b0d5", "hexagon", "h", "\u2b22"),
    "policy": KindStyle("#17becf", "triangle", "^", "\u25b2"),
    "process": KindStyle("#9edae5", "triangle", "^", "\u25b2"),
    "forum": KindStyle("#bcbd22", "hexagon", "h", "\u2b22"),
    "agreement": KindStyle("#7f7f7f", "triangle", "^", "\u25b2"),
    "service": KindStyle("#e377c2", "square", "s", "\u25a0"),
    "product": KindStyle("#f7b6d2", "square", "s", "\u25a0"),
    "publication": KindStyle("#c49c94", "triangleDown", "v", "\u25bc"),
    "network": KindStyle("#dbdb8d", "hexagon", "h", "\u2b22"),
    "topic": KindStyle("#98df8a", "dot", "o", "\u25cf"),
}
#: How an entity of a kind missing from KIND_STYLES is drawn.
HUB_STYLE = KindStyle("#555555", "dot", "o", "\u2022")
