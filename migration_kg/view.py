"""The network view: who works with whom, drawn from the RDF graph.

Three steps, each usable on its own:

- :func:`project` turns the RDF graph into a networkx ``MultiDiGraph``: registry entities as
  nodes; curated facts (``mkg`` properties between entities, and the topic scheme's
  ``skos:broader``) as directed edges carrying their evidence quotes; partnerships as one edge
  (two partners) or a hub node joined to each partner (three or more); co-mentions (two entities
  mentioned in the same section) as a second layer of undirected edges. Subsets: by kind, around
  a focus entity, around a topic.
- :func:`render_html` draws the projection with pyvis / vis-network in one self-contained page
  (our template, vis-network inlined, data embedded as escaped JSON, nothing loaded from
  outside), byte-identical for the same input.
- :func:`render_static` draws the same network as a PNG or SVG picture with matplotlib.

No network access, ever; nothing runs at import time (pyvis and matplotlib load on first use).
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import NamedTuple

import networkx as nx
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS
from rdflib.term import Node

from migration_kg import layout
from migration_kg.errors import UsageError
from migration_kg.namespaces import ID, MKG
from migration_kg.ontology import KIND_CLASS

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
TEMPLATE_FILE = TEMPLATE_DIR / "view.html"
DEFAULT_TITLE = "Migration and development network"

#: Above this many nodes the page draws fixed, precomputed positions with physics off.
PHYSICS_LIMIT = layout.SPRING_LIMIT

#: Layers of the view: curated facts (and partnerships) or co-mentions in the same section.
FACTS, MENTIONS = "facts", "mentions"

#: The pseudo-kind of partnership hub nodes.
PARTNERSHIP = "partnership"

_MKG = str(MKG)


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
HUB_STYLE = KindStyle("#555555", "dot", "o", "\u2022")

#: Kinds whose most central members get labels in static pictures.
ACTOR_KINDS = ("organisation", "person", "country")

class Evidence(NamedTuple):
    """The words of the source that state a fact, and where they are."""

    quote: str
    section: str  # the section's title
    section_iri: str


# -- Reading the RDF graph ---------------------------------------------------------------------

@dataclass
class _Entity:
    iri: str
    kind: str
    label: str
    acronyms: list[str]
    aliases: list[str]
    comment: str


@dataclass
class _Partnership:
    iri: str
    kind: str
    label: str
    partners: list[str]
    concerns: list[str]
    date: str
    evidence: list[Evidence]


@dataclass
class _Source:
    """What the view needs from the RDF graph, read once."""

    entities: dict[str, _Entity]
    facts: dict[tuple[str, str, str], list[Evidence]]  # (subject, predicate, object) -> evidence
    relation_labels: dict[str, str]
    partnerships: list[_Partnership]
    sections: dict[str, str]  # section IRI -> title, in document order
    mentions: dict[str, dict[str, int]]  # entity -> section IRI -> count, in document order
    comentions: dict[tuple[str, str], list[str]]  # (a, b), a < b -> section IRIs naming both
    narrower: dict[str, set[str]] = field(default_factory=dict)


def _texts(graph: Graph, subject: Node, predicate: URIRef) -> list[str]:
    return sorted(str(o) for o in graph.objects(subject, predicate) if isinstance(o, Literal))


def _local(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1]


def _humanise(name: str) -> str:
    """``heldIn`` -> ``held in``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).lower()


def _read(graph: Graph) -> _Source:
    entities: dict[str, _Entity] = {}
    for subject, kind in graph.subject_objects(MKG.kind):
        if not isinstance(subject, URIRef):
            continue
        iri = str(subject)
        entities[iri] = _Entity(iri=iri, kind=str(kind),
                                label=str(graph.value(subject, RDFS.label) or _local(iri)),
                                acronyms=_texts(graph, subject, MKG.acronym),
                                aliases=_texts(graph, subject, SKOS.altLabel),
                                comment=str(graph.value(subject, RDFS.comment) or ""))

    titles: dict[str, str] = {}
    order: dict[str, tuple] = {}

    def section(annotation: Node) -> str:
        """The IRI of the annotation's section ("" if none), noting its title and place."""
        sec = graph.value(annotation, MKG.section)
        if sec is None:
            return ""
        iri = str(sec)
        if iri not in titles:
            titles[iri] = str(graph.value(sec, RDFS.label) or _local(iri))
            start = graph.value(sec, MKG.startOffset)
            order[iri] = (iri.rsplit("/section/", 1)[0], int(start) if start is not None else 10**12,
                          titles[iri], iri)
        return iri

    def evidence(node: Node) -> list[Evidence]:
        found = set()
        for ev in graph.objects(node, MKG.hasEvidence):
            quote = graph.value(ev, MKG.quote)
            if quote is not None:
                sec = section(ev)
                found.add(Evidence(str(quote), titles.get(sec, ""), sec))
        return sorted(found)

    # curated facts: plain triples between entities whose predicate is an mkg property, with
    # the evidence of their reified assertions; and the topic scheme's broader links
    assertion_evidence: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
    for node in graph.subjects(RDF.type, MKG.Assertion):
        spo = (graph.value(node, RDF.subject), graph.value(node, RDF.predicate), graph.value(node, RDF.object))
        if all(isinstance(t, URIRef) for t in spo):
            assertion_evidence[tuple(str(t) for t in spo)] += evidence(node)
    facts: dict[tuple[str, str, str], list[Evidence]] = {}
    relation_labels: dict[str, str] = {str(SKOS.broader): "broader"}
    for iri in entities:
        for predicate, obj in graph.predicate_objects(URIRef(iri)):
            p = str(predicate)
            if not isinstance(obj, URIRef) or str(obj) not in entities or str(obj) == iri:
                continue
            if not (p.startswith(_MKG) or predicate == SKOS.broader):
                continue
            key = (iri, p, str(obj))
            facts[key] = sorted(set(assertion_evidence.get(key, [])))
            if p not in relation_labels:
                relation_labels[p] = str(graph.value(predicate, RDFS.label) or _humanise(_local(p)))

    narrower: dict[str, set[str]] = defaultdict(set)
    for (s, p, o) in facts:
        if p == str(SKOS.broader):
            narrower[o].add(s)
    for s, o in graph.subject_objects(SKOS.narrower):
        if str(s) in entities and str(o) in entities:
            narrower[str(s)].add(str(o))

    partnerships = []
    for node in graph.subjects(RDF.type, MKG.Partnership):
        partners = sorted({str(p) for p in graph.objects(node, MKG.partner) if str(p) in entities})
        if len(partners) < 2:
            continue
        kind_node = graph.value(node, MKG.partnershipKind)
        kind = str(graph.value(kind_node, SKOS.notation) or _local(str(kind_node))) if kind_node else "partnership"
        date = graph.value(node, DCTERMS.date)
        partnerships.append(_Partnership(
            iri=str(node), kind=kind, label=str(graph.value(node, RDFS.label) or kind),
            partners=partners, concerns=sorted(str(c) for c in graph.objects(node, MKG.concerns)),
            date=str(date or ""), evidence=evidence(node)))
    partnerships.sort(key=lambda p: p.iri)

    by_section: dict[str, set[str]] = defaultdict(set)
    counts: dict[str, Counter] = defaultdict(Counter)
    for node in graph.subjects(RDF.type, MKG.Mention):
        entity = graph.value(node, MKG.mentionOf)
        if entity is None or str(entity) not in entities:
            continue
        sec = section(node)
        by_section[sec].add(str(entity))
        counts[str(entity)][sec] += 1
    ordered = sorted(titles, key=order.__getitem__)
    rank = {iri: i for i, iri in enumerate(ordered)}
    comentions: dict[tuple[str, str], list[str]] = defaultdict(list)
    for sec in sorted(by_section, key=lambda iri: rank.get(iri, -1)):
        for a, b in combinations(sorted(by_section[sec]), 2):
            comentions[(a, b)].append(sec)
    mentions = {e: dict(sorted(c.items(), key=lambda kv: rank.get(kv[0], -1))) for e, c in counts.items()}
    return _Source(entities, facts, relation_labels, partnerships, {iri: titles[iri] for iri in ordered},
                   mentions, dict(comentions), dict(narrower))


# -- The projection ----------------------------------------------------------------------------

def _check_kinds(kinds: Iterable[str] | None) -> set[str] | None:
    if kinds is None:
        return None
    wanted = {k.strip().lower() for k in kinds if k and k.strip()}
    valid = ", ".join(KIND_CLASS)
    if not wanted:
        raise UsageError(f"no kind given; valid kinds: {valid}")
    unknown = sorted(wanted - set(KIND_CLASS))
    if unknown:
        raise UsageError(f"unknown kind{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}; "
                         f"valid kinds: {valid}")
    return wanted


def _check_entity(src: _Source, iri: str | None, role: str) -> str | None:
    if iri is None:
        return None
    iri = str(iri)
    if iri not in src.entities:
        import difflib
        near = difflib.get_close_matches(iri, list(src.entities), n=3, cutoff=0.8)
        hint = f"; did you mean {', '.join(near)}?" if near else ""
        raise UsageError(f"{role} {iri} is not an entity of the graph{hint}")
    return iri


def _ball(adjacency: dict[str, set[str]], seeds: set[str], depth: int) -> set[str]:
    """Nodes within ``depth`` steps of ``seeds``."""
    seen, frontier = set(seeds), set(seeds)
    for _ in range(depth):
        frontier = {n for f in frontier for n in adjacency.get(f, ())} - seen
        if not frontier:
            break
        seen |= frontier
    return seen


def project(graph: Graph, *, focus: str | None = None, depth: int = 1, kinds: list[str] | None = None,
            topic: str | None = None) -> nx.MultiDiGraph:
    """The network of ``graph``'s entities, or a subset of it, as a networkx ``MultiDiGraph``.

    Nodes are entity IRIs (str) with ``label``, ``kind``, ``acronyms``, ``aliases``, ``comment``,
    ``layers`` (the layers the node is drawn in: ``facts`` and/or ``mentions``), ``mentions``
    (section IRI -> count; section titles are in the graph attribute ``sections``), ``degree`` and
    ``centrality`` (degree centrality over the curated facts and partnerships of the projection),
    ``mention_centrality`` (the same over co-mentions), ``size`` and ``msize`` (drawn sizes from
    those). Partnerships of three or more partners add a hub node (the partnership's IRI, ``kind``
    "partnership", ``partnership`` = its data).

    Edges have ``layer``. ``facts`` edges are curated facts (key = predicate IRI, with ``label``
    and ``evidence``, a list of :class:`Evidence`) or partnerships (key = partnership IRI,
    attribute ``partnership``): one edge between two partners, or one from the hub to each partner.
    ``mentions`` edges join two entities mentioned in the same section (one edge, the smaller IRI
    first, key "co-mention", ``sections`` = IRIs of the sections naming both).

    Subsets: ``kinds`` keeps only entities of those registry kinds; ``focus`` (an entity IRI)
    keeps the entities within ``depth`` steps of it (steps along curated facts and partnerships for
    the facts layer, along co-mentions for the mentions layer); ``topic`` (a topic IRI) does the
    same from the topic and its narrower topics, and adds the partners of partnerships that concern
    them. Focus and topic together keep what both keep. Steps only go through entities of the
    given kinds; the focus and the topics themselves are always kept.

    Raises UsageError for an unknown kind, an IRI that is not an entity, a topic IRI that is not
    a topic, or a negative depth.
    """
    if depth < 0:
        raise UsageError(f"depth must be 0 or more, got {depth}")
    wanted = _check_kinds(kinds)
    src = _read(graph)
    focus = _check_entity(src, focus, "focus")
    topic = _check_entity(src, topic, "topic")
    if topic is not None and src.entities[topic].kind != "topic":
        raise UsageError(f"topic {topic} is of kind {src.entities[topic].kind}, not a topic")

    seeds: set[str] = set()
    if topic is not None:
        seeds = _ball(src.narrower, {topic}, len(src.entities))
    anchors = seeds | ({focus} if focus else set())
    allowed = {iri for iri, e in src.entities.items() if wanted is None or e.kind in wanted} | anchors

    fact_adj: dict[str, set[str]] = defaultdict(set)
    for s, _, o in src.facts:
        if s in allowed and o in allowed:
            fact_adj[s].add(o)
            fact_adj[o].add(s)
    for p in src.partnerships:
        inside = [x for x in p.partners if x in allowed]
        for a, b in combinations(inside, 2):
            fact_adj[a].add(b)
            fact_adj[b].add(a)
    mention_adj: dict[str, set[str]] = defaultdict(set)
    for a, b in src.comentions:
        if a in allowed and b in allowed:
            mention_adj[a].add(b)
            mention_adj[b].add(a)

    if focus is None and topic is None:
        in_facts = in_mentions = allowed
    else:
        fact_sets, mention_sets = [], []
        if focus is not None:
            fact_sets.append(_ball(fact_adj, {focus}, depth))
            mention_sets.append(_ball(mention_adj, {focus}, depth))
        if topic is not None:
            about = {x for p in src.partnerships if seeds & set(p.concerns) for x in p.partners if x in allowed}
            fact_sets.append(_ball(fact_adj, seeds, depth) | about)
            mention_sets.append(_ball(mention_adj, seeds, depth))
        in_facts = set.intersection(*fact_sets) | anchors
        in_mentions = set.intersection(*mention_sets) | anchors

    view = nx.MultiDiGraph(focus=focus, topic=topic, depth=depth, kinds=sorted(wanted) if wanted else None,
                           sections=src.sections)
    for iri in sorted(in_facts | in_mentions):
        e = src.entities[iri]
        layers = tuple(name for name, nodes in ((FACTS, in_facts), (MENTIONS, in_mentions)) if iri in nodes)
        view.add_node(iri, label=e.label, kind=e.kind, acronyms=e.acronyms, aliases=e.aliases,
                      comment=e.comment, layers=layers, mentions=dict(src.mentions.get(iri, {})))

    simple = nx.Graph()  # entity-to-entity links of the facts layer, for centrality
    simple.add_nodes_from(in_facts)
    for (s, p, o), ev in sorted(src.facts.items()):
        if s in in_facts and o in in_facts:
            view.add_edge(s, o, key=p, layer=FACTS, relation=p, label=src.relation_labels[p], evidence=ev)
            simple.add_edge(s, o)
    for p in src.partnerships:
        inside = [x for x in p.partners if x in in_facts]
        if len(inside) < 2:
            continue
        data = {"iri": p.iri, "kind": p.kind, "label": p.label, "partners": p.partners,
                "partner_labels": [src.entities[x].label for x in p.partners], "concerns": p.concerns,
                "concern_labels": [src.entities[c].label if c in src.entities else _local(c) for c in p.concerns],
                "date": p.date, "evidence": p.evidence}
        if len(p.partners) == 2:
            a, b = inside
            view.add_edge(a, b, key=p.iri, layer=FACTS, label=p.kind, partnership=data, evidence=p.evidence)
        else:
            view.add_node(p.iri, label=p.kind, kind=PARTNERSHIP, acronyms=[], aliases=[], comment=p.label,
                          layers=(FACTS,), mentions={}, partnership=data)
            for x in inside:
                view.add_edge(p.iri, x, key=p.iri, layer=FACTS, label="", partnership=data, evidence=p.evidence)
        simple.add_edges_from(combinations(inside, 2))
    mention_graph = nx.Graph()
    mention_graph.add_nodes_from(in_mentions)
    for (a, b), sections in sorted(src.comentions.items()):
        if a in in_mentions and b in in_mentions:
            view.add_edge(a, b, key="co-mention", layer=MENTIONS, label="", sections=sections)
            mention_graph.add_edge(a, b)

    centrality = nx.degree_centrality(simple) if len(simple) > 1 else {n: 0.0 for n in simple}
    mention_centrality = (nx.degree_centrality(mention_graph) if len(mention_graph) > 1
                          else {n: 0.0 for n in mention_graph})
    top = max(centrality.values(), default=0.0)
    mtop = max(mention_centrality.values(), default=0.0)
    for node, attrs in view.nodes(data=True):
        if attrs["kind"] == PARTNERSHIP:
            attrs.update(degree=view.degree(node), centrality=0.0, mention_centrality=0.0, size=6.0, msize=6.0)
            continue
        c, mc = centrality.get(node, 0.0), mention_centrality.get(node, 0.0)
        attrs.update(degree=simple.degree(node) if node in simple else 0, centrality=c, mention_centrality=mc,
                     size=_size(c, top), msize=_size(mc, mtop))
    return view


def _size(value: float, top: float) -> float:
    """Drawn size, 10 to 40, by the square root of the share of the largest value."""
    return round(10.0 + 30.0 * math.sqrt(value / top), 1) if top > 0 else 10.0


def _layout(view: nx.MultiDiGraph, *, facts_only: bool = False) -> dict[str, tuple[float, float]]:
    """Positions for a projection: curated facts and partnership links pull; entities without
    any fact are held near the entities they are most often mentioned with. ``facts_only`` lays
    out only the nodes of the facts layer (static pictures draw no others)."""
    g = nx.Graph()
    g.add_nodes_from(n for n, d in view.nodes(data=True) if not facts_only or FACTS in d["layers"])
    for u, v, d in view.edges(data=True):
        if d["layer"] == FACTS and u != v and u in g and v in g:
            g.add_edge(u, v, weight=1.0)
    lonely = [n for n in g.nodes if g.degree(n) == 0]
    for n in lonely:
        mentioned = sorted(((len(d["sections"]), str(v if u == n else u)) for u, v, d in
                            list(view.out_edges(n, data=True)) + list(view.in_edges(n, data=True))
                            if d["layer"] == MENTIONS), key=lambda t: (-t[0], t[1]))
        for _, other in [m for m in mentioned if m[1] in g][:3]:
            g.add_edge(n, other, weight=0.3)
    return layout.positions(g)


# -- The HTML page -----------------------------------------------------------------------------

def _vis_dir() -> Path:
    import pyvis

    base = Path(pyvis.__file__).resolve().parent / "templates" / "lib"
    found = sorted(base.glob("vis-*/vis-network.min.js"))
    if not found:  # pragma: no cover - a broken pyvis install
        raise FileNotFoundError(f"vis-network not found under {base}")
    return found[-1].parent


def _script_json(value: object) -> str:
    """JSON that is safe inside <script>: no '<', '>', '&', U+2028 or U+2029 left as such."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def _short(label: str, limit: int = 32) -> str:
    return label if len(label) <= limit else label[:limit - 1].rstrip() + "\u2026"


def _display_label(attrs: dict) -> str:
    """What the canvas shows next to a node: the first acronym, else the (shortened) label."""
    return _short(attrs["acronyms"][0] if attrs["acronyms"] else attrs["label"])


def _options(large: bool) -> dict:
    """vis-network options, set up through pyvis's Options object."""
    from pyvis.network import Network

    net = Network(directed=True)
    net.barnes_hut(gravity=-6000, central_gravity=0.12, spring_length=110, spring_strength=0.03,
                   damping=0.35, overlap=0.4)
    options = json.loads(net.options.to_json())
    options["physics"]["enabled"] = not large
    options["physics"]["stabilization"].update(enabled=not large, iterations=150, updateInterval=25, fit=True)
    options["physics"]["minVelocity"] = 1.0
    options["layout"] = {"improvedLayout": False, "randomSeed": layout.SEED}
    options["edges"] = {
        "smooth": False if large else {"enabled": True, "type": "continuous", "roundness": 0.3},
        "color": {"color": "#a7b0ba", "highlight": "#1d2b36", "inherit": False},
        "font": {"size": 10, "color": "#4a5560", "strokeWidth": 3, "strokeColor": "#ffffff", "align": "middle"},
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
        "selectionWidth": 2,
        "width": 1,
    }
    options["nodes"] = {"borderWidth": 1, "borderWidthSelected": 3,
                        "font": {"size": 13, "face": "system-ui, sans-serif", "strokeWidth": 3,
                                 "strokeColor": "#ffffff", "color": "#1d2b36"}}
    options["interaction"].update(hover=False, hideEdgesOnDrag=large, hideEdgesOnZoom=large,
                                  tooltipDelay=3600000, multiselect=False, navigationButtons=False,
                                  keyboard=False)
    return options


def _page_data(view: nx.MultiDiGraph, title: str) -> dict:
    """Everything the page's script needs: vis node and edge objects built with pyvis, and the
    side panel's data, compacted (tables of sections and relation names, IRIs relative to the
    entity namespace, no per-edge ids) so that 5,000 entities stay within a few megabytes.

    Co-mention links are not listed: the page derives them from each entity's mention sections,
    exactly as :func:`project` does.
    """
    from pyvis.edge import Edge
    from pyvis.node import Node as VisNode

    entities = sorted(n for n, d in view.nodes(data=True) if d["kind"] != PARTNERSHIP)
    hubs = sorted(n for n, d in view.nodes(data=True) if d["kind"] == PARTNERSHIP)
    order = entities + hubs
    index = {iri: i for i, iri in enumerate(order)}
    large = len(order) > PHYSICS_LIMIT
    pos = _layout(view)
    base = str(ID)

    titles = view.graph.get("sections", {})
    sections: dict[str, int] = {}

    def sec(iri: str) -> int:
        if iri not in sections:
            sections[iri] = len(sections)
        return sections[iri]

    def ev(evidence: list[Evidence]) -> list[list]:
        return [[e.quote, sec(e.section_iri)] for e in evidence]

    def ref(iri: str, label: str) -> int | str:
        """A node index when the node is drawn, else the label to print."""
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
    kinds = Counter()
    for i, iri in enumerate(order):
        a = view.nodes[iri]
        hub = a["kind"] == PARTNERSHIP
        style = HUB_STYLE if hub else KIND_STYLES.get(a["kind"], HUB_STYLE)
        x, y = pos[iri]
        options = {"color": style.colour, "size": a["size"], "x": round(x, 1), "y": round(y, 1)}
        if not large and a["degree"] > 4:  # heavy hubs push their many neighbours apart
            options["mass"] = round(1 + a["degree"] / 8, 1)
        if hub:
            options["font"] = {"size": 9, "color": "#555555"}
        node = VisNode(i, style.shape, label=_display_label(a), **options).options
        del node["id"]  # the page numbers nodes by their place in the list
        nodes.append(node)
        item = {"iri": iri[len(base):] if iri.startswith(base) else iri, "label": a["label"], "kind": a["kind"],
                "layers": (1 if FACTS in a["layers"] else 0) + (2 if MENTIONS in a["layers"] else 0),
                "msize": a["msize"], "degree": a["degree"], "centrality": round(a["centrality"], 4)}
        for key in ("acronyms", "aliases", "comment"):
            if a[key]:
                item[key] = a[key]
        if a["mentions"]:
            item["mentions"] = [[sec(s), n] for s, n in a["mentions"].items()]
        if hub:
            item["partnership"] = partnership(a["partnership"])
        info.append(item)
        kinds[a["kind"]] += 1

    relations: dict[str, int] = {}
    facts, fact_info = [], []
    merged: dict[tuple[int, int], int] = {}
    for u, v, key, d in sorted(view.edges(keys=True, data=True), key=lambda t: (index[t[0]], index[t[1]], t[2])):
        if d["layer"] != FACTS:
            continue
        a, b = index[u], index[v]
        if "partnership" in d:
            hub = view.nodes[u]["kind"] == PARTNERSHIP
            options = {"dashes": True, "color": {"color": "#6d7882"}, "arrows": ""}
            if not hub and not large:
                options["label"] = d["label"]
            facts.append(Edge(a, b, directed=False, **options).options)
            fact_info.append({"p": partnership(d["partnership"])})
            continue
        rel = [relations.setdefault(d["label"], len(relations)), ev(d["evidence"])]
        if (a, b) in merged:  # one drawn edge per ordered pair, listing each relation
            j = merged[(a, b)]
            fact_info[j]["r"].append(rel)
            if not large:
                facts[j]["label"] += ", " + d["label"]
            continue
        merged[(a, b)] = len(facts)
        # directed: the arrows come from the options; labels on large graphs only for the
        # selected node's links (vis-network measures every label on every frame)
        facts.append(Edge(a, b, directed=False, **({} if large else {"label": d["label"]})).options)
        fact_info.append({"r": [rel]})

    mention_style = Edge(0, 0, directed=False, color={"color": "#b39ddb", "opacity": 0.45}, arrows="").options
    del mention_style["from"], mention_style["to"]
    legend = [{"kind": k, "colour": s.colour, "glyph": s.glyph, "count": kinds[k]}
              for k, s in KIND_STYLES.items() if kinds[k]]
    legend += [{"kind": k, "colour": HUB_STYLE.colour, "glyph": HUB_STYLE.glyph, "count": kinds[k]}
               for k in sorted(kinds) if k not in KIND_STYLES]
    subset = {"focus": view.graph.get("focus"), "topic": view.graph.get("topic"),
              "depth": view.graph.get("depth"), "kinds": view.graph.get("kinds")}
    return {"title": title, "large": large, "subset": subset, "base": base, "legend": legend,
            "sections": [titles.get(iri, _local(iri)) for iri in sections], "relations": list(relations),
            "nodes": nodes, "info": info, "facts": facts, "factInfo": fact_info, "mentionStyle": mention_style,
            "partnerships": partnerships, "options": _options(large)}


def _csp(page: str) -> str:
    """A Content-Security-Policy allowing exactly the page's own inline scripts (by hash)."""
    hashes = []
    for match in re.finditer(r"<script>(.*?)</script>", page, flags=re.S):
        digest = hashlib.sha256(match.group(1).encode("utf-8")).digest()
        hashes.append(f"'sha256-{base64.b64encode(digest).decode('ascii')}'")
    return ("default-src 'none'; script-src " + " ".join(hashes) + "; style-src 'unsafe-inline'; "
            "img-src data:; font-src data:; base-uri 'none'; form-action 'none'")


def _fill(template: str, values: dict[str, str]) -> str:
    """Replace each ``{{ name }}`` once; replacements are not scanned again."""
    def value(match: re.Match) -> str:
        return values[match.group(1)]

    return re.sub(r"\{\{ ([a-z_]+) \}\}", value, template)


def render_html(graph: Graph, *, focus: str | None = None, depth: int = 1, kinds: list[str] | None = None,
                topic: str | None = None, title: str = DEFAULT_TITLE) -> str:
    """One self-contained HTML page drawing ``graph`` (or the subset that :func:`project` selects).

    vis-network's JavaScript and CSS (shipped with pyvis) are inlined; the data is embedded as
    JSON escaped for <script>; a Content-Security-Policy lets only the page's own scripts run and
    nothing load from outside. The same input gives byte-identical output. Write it as UTF-8.
    """
    view = project(graph, focus=focus, depth=depth, kinds=kinds, topic=topic)
    data = _page_data(view, title)
    vis = _vis_dir()
    vis_js = (vis / "vis-network.min.js").read_text(encoding="utf-8")
    vis_js = re.sub(r"\n?//# sourceMappingURL=\S*\s*$", "\n", vis_js)
    vis_css = (vis / "vis-network.css").read_text(encoding="utf-8")
    vis_css = re.sub(r"/\*# sourceMappingURL=\S* \*/", "", vis_css)
    if "</script" in vis_js.lower() or "</style" in vis_css.lower():  # pragma: no cover - never in 9.1.2
        raise RuntimeError("vis-network cannot be inlined: it contains a closing tag")
    page = _fill(TEMPLATE_FILE.read_text(encoding="utf-8"), {
        "title": html.escape(title, quote=True),
        "vis_css": vis_css,
        "vis_js": vis_js,
        "data": _script_json(data),
        "csp": "{{ csp }}",
    })
    return page.replace("{{ csp }}", _csp(page), 1)


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
