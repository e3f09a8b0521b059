"""Slide-ready pictures: the seed's whole actor network as PNG and SVG, every node labelled, no two
label boxes overlapping (read back from the SVG), a legend, a title, a chosen size and resolution."""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from itertools import combinations

import pytest

from migration_kg.outputs import analytics
from migration_kg.outputs.picture import _slug, parse_size, render_static
from migration_kg.errors import UsageError

SVG = "{http://www.w3.org/2000/svg}"


def _boxes(svg: bytes) -> dict[str, tuple[float, float, float, float]]:
    """Each label group's box (x0, y0, x1, y1) from its background path, by the group's id."""
    root = ET.fromstring(svg)
    boxes = {}
    for g in root.iter(SVG + "g"):
        gid = g.get("id", "")
        if not gid.startswith("label-"):
            continue
        path = next(g.iter(SVG + "path"))
        numbers = [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?", path.get("d"))]
        xs, ys = numbers[0::2], numbers[1::2]
        assert "".join(t.text or "" for t in g.iter(SVG + "text")).strip(), f"{gid} has no text"
        boxes[gid[len("label-"):]] = (min(xs), min(ys), max(xs), max(ys))
    return boxes


@pytest.fixture(scope="module")
def svg(built) -> bytes:
    return render_static(built.store, "svg")


def test_every_node_of_the_actor_network_is_labelled(built, svg):
    net = analytics.actor_network(built.store)
    boxes = _boxes(svg)
    assert set(boxes) == {_slug(n) for n in net}
    assert len(boxes) == net.number_of_nodes() >= 60
    text = svg.decode("utf-8")
    for person in ("Kofi Annan", "Mensa Bonsu", "Guy Serieys", "Régine de Clercq"):  # every person
        assert person in text
    assert 'id="legend"' in text and "Migration and development network" in text and "Source: " in text


def test_no_two_label_boxes_overlap(svg):
    boxes = _boxes(svg)
    for (a, p), (b, q) in combinations(sorted(boxes.items()), 2):
        apart = p[2] <= q[0] or q[2] <= p[0] or p[3] <= q[1] or q[3] <= p[1]
        assert apart, f"labels {a} and {b} overlap: {p} {q}"


def test_long_names_are_shortened_and_given_whole_in_the_notes(svg):
    text = svg.decode("utf-8")
    assert "[1]" in text and "migrants who want to contribute to the development of" in text


def test_png_at_a_chosen_size_and_resolution(built):
    png = render_static(built.store, "png", size=(1920, 1080), dpi=200)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (1920, 1080)
    assert render_static(built.store, "pdf")[:5] == b"%PDF-"


def test_sizes_are_checked():
    assert parse_size("1920x1080") == (1920, 1080)
    for bad in ("1920", "x1080", "10x10", "axb"):
        with pytest.raises(UsageError):
            parse_size(bad)
