"""Deterministic node positions for the network view (HTML and static pictures).

Small graphs use networkx's ForceAtlas2 (``forceatlas2_layout``) with a fixed seed, with hubs
dissuaded (their pull shared out by their degree) so that clusters spread rather than fall into
one star. It is quadratic in time and memory (1,000 nodes: about 6 s; 5,000 nodes: well over a minute), so
larger graphs use :func:`multilevel_layout`: the same Fruchterman-Reingold forces with the
all-pairs repulsion computed on a grid by FFT convolution (a particle-mesh method, about
O(n + m) per iteration), run on a hierarchy of coarsened graphs so that large graphs unfold
instead of folding: a second or two for 5,000 nodes. Both are seeded, so the same graph
always gets the same positions.
"""

from __future__ import annotations

import math
import random
from collections.abc import Hashable

import networkx as nx
import numpy as np

#: Up to this many nodes networkx's ForceAtlas2 lays a graph out; above, the multilevel force layout
#: (its repulsion read off a grid) does.
FORCE_ATLAS_LIMIT = 300

#: Seed of every layout: same graph, same picture.
SEED = 7

Positions = dict[Hashable, tuple[float, float]]


def positions(graph: nx.Graph, *, seed: int = SEED, spacing: float = 100.0) -> Positions:
    """Positions for the nodes of an undirected ``graph`` (edge attribute ``weight``, default 1).

    Coordinates are scaled so that linked nodes sit roughly ``spacing`` units apart (vis-network
    draws one unit as one pixel at zoom 1). Node order does not matter: nodes are sorted by their
    string form first.
    """
    nodes = sorted(graph.nodes, key=str)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    ordered = nx.Graph()
    ordered.add_nodes_from(nodes)
    ordered.add_edges_from(sorted(((u, v, d) for u, v, d in graph.edges(data=True)),
                                  key=lambda t: (str(t[0]), str(t[1]))))
    if n <= FORCE_ATLAS_LIMIT:
        raw = nx.forceatlas2_layout(ordered, seed=seed, max_iter=300, weight="weight", distributed_action=True,
                                    scaling_ratio=10.0, gravity=1.0, strong_gravity=True)
        xy = [(float(raw[v][0]), float(raw[v][1])) for v in nodes]
    else:
        index = {v: i for i, v in enumerate(nodes)}
        edges = [(index[u], index[v], float(d.get("weight", 1.0))) for u, v, d in ordered.edges(data=True)]
        xy = [(float(x), float(y)) for x, y in multilevel_layout(n, edges, seed=seed)]
    factor = spacing / _median_edge(xy, nodes, ordered)
    return {v: (xy[i][0] * factor, xy[i][1] * factor) for i, v in enumerate(nodes)}


def extend(graph: nx.Graph, placed: Positions, *, seed: int = SEED, spacing: float = 100.0) -> Positions:
    """Positions for every node of ``graph``, keeping those already ``placed``: each new node starts
    next to its placed neighbours and networkx's ``spring_layout`` moves the new ones only (for
    large graphs, where that is too slow, they stay where they start)."""
    rng = random.Random(seed)
    todo = sorted((v for v in graph.nodes if v not in placed), key=str)
    if not todo:
        return {v: placed[v] for v in graph.nodes}
    start = dict(placed)
    if placed:
        xs, ys = [p[0] for p in placed.values()], [p[1] for p in placed.values()]
        centre, radius = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2), max(max(xs) - min(xs), max(ys) - min(ys), spacing) / 2
    else:
        centre, radius = (0.0, 0.0), spacing
    for v in todo:
        near = sorted((placed[u] for u in graph.neighbors(v) if u in placed))
        angle = rng.uniform(0, 2 * math.pi)
        if near:
            x = sum(p[0] for p in near) / len(near) + spacing * 0.6 * math.cos(angle)
            y = sum(p[1] for p in near) / len(near) + spacing * 0.6 * math.sin(angle)
        else:
            x, y = centre[0] + radius * 1.1 * math.cos(angle), centre[1] + radius * 1.1 * math.sin(angle)
        start[v] = (x, y)
    if not placed or len(graph) >= 500:  # spring_layout needs scipy from 500 nodes on
        return {v: start[v] for v in graph.nodes}
    ordered = nx.Graph()
    ordered.add_nodes_from(sorted(graph.nodes, key=str))
    ordered.add_edges_from(sorted(graph.edges, key=lambda e: (str(e[0]), str(e[1]))))
    raw = nx.spring_layout(ordered, pos=start, fixed=sorted(placed, key=str), k=spacing * 0.8, iterations=50,
                           seed=seed)
    return {v: (float(raw[v][0]), float(raw[v][1])) for v in graph.nodes}


def _median_edge(xy: list[tuple[float, float]], nodes: list, graph: nx.Graph) -> float:
    """The median length of the drawn edges (or a guess from the spread when there are none)."""
    index = {v: i for i, v in enumerate(nodes)}
    lengths = sorted(math.dist(xy[index[u]], xy[index[v]]) for u, v in graph.edges if u != v)
    if lengths and lengths[len(lengths) // 2] > 0:
        return lengths[len(lengths) // 2]
    spread = max(max(abs(c) for c in p) for p in xy) or 1.0
    return 2 * spread / math.sqrt(len(xy))


def force_layout(n: int, edges: list[tuple[int, int, float]], *, seed: int = SEED, iterations: int = 120,
                 grid: int | None = None, initial=None, temperature: float | None = None):
    """Fruchterman-Reingold layout of ``n`` nodes with the ideal edge length 1, as an (n, 2) array.

    Attraction runs along the weighted ``edges`` (d²/k). Repulsion (k²/d from every other node)
    is read off a force field: node counts binned on a ``grid`` x ``grid`` mesh are convolved
    with the repulsion kernel by FFT. A weak pull towards the centre keeps separate components
    together. Each step moves a node at most the current temperature, which cools linearly.
    """
    rng = np.random.default_rng(seed)
    side = math.sqrt(n)
    pos = rng.uniform(-side, side, size=(n, 2)) if initial is None else np.array(initial, dtype=float)
    if grid is None:
        grid = int(min(256, max(32, 2 ** math.ceil(math.log2(2 * side)))))
    src = np.array([e[0] for e in edges], dtype=np.int64)
    dst = np.array([e[1] for e in edges], dtype=np.int64)
    weight = np.array([e[2] for e in edges], dtype=float)

    # repulsion kernel on a (2g x 2g) mesh, cell offsets in grid units, zero at the centre
    offsets = np.arange(-grid, grid, dtype=float)
    dx, dy = np.meshgrid(offsets, offsets, indexing="ij")
    r2 = dx * dx + dy * dy
    r2[grid, grid] = 1.0
    kx, ky = dx / r2, dy / r2
    kx[grid, grid] = ky[grid, grid] = 0.0
    # shift so the kernel's centre is at index (0, 0), as the FFT convolution expects
    kx_f = np.fft.rfft2(np.fft.ifftshift(kx))
    ky_f = np.fft.rfft2(np.fft.ifftshift(ky))

    if temperature is None:
        temperature = side / 2
    cool = temperature / (iterations + 1)
    gravity = 0.02
    for _ in range(iterations):
        lo = pos.min(axis=0)
        span = float((pos.max(axis=0) - lo).max()) * 1.0001 + 1e-9
        cell = span / grid
        cells = np.clip(((pos - lo) / cell).astype(np.int64), 0, grid - 1)
        flat = cells[:, 0] * grid + cells[:, 1]
        density = np.zeros((2 * grid, 2 * grid))
        density[:grid, :grid] = np.bincount(flat, minlength=grid * grid).reshape(grid, grid)
        density_f = np.fft.rfft2(density)
        field_x = np.fft.irfft2(density_f * kx_f, s=density.shape)[:grid, :grid]
        field_y = np.fft.irfft2(density_f * ky_f, s=density.shape)[:grid, :grid]
        # the kernel is in grid units: k²/d with d = cell * grid distance, k = 1
        disp = np.stack([field_x.ravel()[flat], field_y.ravel()[flat]], axis=1) / cell
        if len(src):
            delta = pos[dst] - pos[src]
            dist = np.sqrt((delta * delta).sum(axis=1))
            pull = delta * (dist * weight)[:, None]
            np.add.at(disp, src, pull)
            np.add.at(disp, dst, -pull)
        disp -= gravity * pos
        length = np.sqrt((disp * disp).sum(axis=1))
        step = np.minimum(length, temperature) / np.maximum(length, 1e-9)
        pos += disp * step[:, None]
        temperature -= cool
    return pos - pos.mean(axis=0)


def multilevel_layout(n: int, edges: list[tuple[int, int, float]], *, seed: int = SEED, coarsest: int = 150):
    """:func:`force_layout` on a hierarchy of coarsened graphs, coarsest first (as sfdp does).

    Each level merges every node with its least-connected free neighbour, and leaves (one
    neighbour) into that neighbour's group. The coarsest graph is laid out from random positions;
    each finer level starts from its group's position (plus a small seeded jitter) and is refined
    at a lower temperature. This untangles large graphs that a single-level layout folds.
    """
    rng = np.random.default_rng(seed)
    levels: list[tuple[int, list[tuple[int, int, float]], list[int]]] = []  # (n, edges, group of each node)
    cur_n, cur_edges = n, edges
    while cur_n > coarsest:
        group, coarse_n = _coarsen(cur_n, cur_edges)
        if coarse_n > 0.85 * cur_n:
            break
        merged: dict[tuple[int, int], float] = {}
        for u, v, w in cur_edges:
            a, b = group[u], group[v]
            if a != b:
                key = (a, b) if a < b else (b, a)
                merged[key] = merged.get(key, 0.0) + w
        levels.append((cur_n, cur_edges, group))
        cur_n, cur_edges = coarse_n, [(a, b, w) for (a, b), w in sorted(merged.items())]
    pos = force_layout(cur_n, _unit(cur_edges), seed=seed)
    for fine_n, fine_edges, group in reversed(levels):
        grow = math.sqrt(fine_n / cur_n)
        start = pos[np.array(group)] * grow + rng.normal(0.0, 0.5, size=(fine_n, 2))
        pos = force_layout(fine_n, _unit(fine_edges), seed=seed, initial=start, iterations=60,
                           temperature=math.sqrt(fine_n) / 12)
        cur_n = fine_n
    return pos


def _unit(edges: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Coarse edge weights sum merged edges; the layout wants them near 1, so compress them."""
    return [(u, v, 1.0 + math.log(w) if w > 1 else w) for u, v, w in edges]


def _coarsen(n: int, edges: list[tuple[int, int, float]]) -> tuple[list[int], int]:
    """Group of each node (0..groups-1) and the number of groups."""
    neighbours: list[list[int]] = [[] for _ in range(n)]
    for u, v, _ in edges:
        if u != v:
            neighbours[u].append(v)
            neighbours[v].append(u)
    degree = [len(set(a)) for a in neighbours]
    group = [-1] * n
    count = 0
    order = sorted(range(n), key=lambda i: (degree[i], i))
    leaves = []
    for v in order:
        if group[v] != -1:
            continue
        if degree[v] == 1:
            leaves.append(v)
            continue
        free = [u for u in neighbours[v] if group[u] == -1 and degree[u] != 1]
        group[v] = count
        if free:
            group[min(free, key=lambda u: (degree[u], u))] = count
        count += 1
    for v in leaves:
        (u,) = set(neighbours[v])
        if group[u] == -1:  # two leaves joined only to each other
            group[u] = count
            count += 1
        group[v] = group[u]
    return group, count
