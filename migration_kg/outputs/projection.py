"""The network projection: the RDF graph as a networkx ``MultiDiGraph`` for the view and pictures.

Registry entities are nodes; curated facts (``mkg`` properties between entities, and the topic
scheme's ``skos:broader``) are directed edges carrying their evidence quotes; partnerships are one
edge (two partners) or a hub node joined to each partner (three or more); co-mentions (two
entities mentioned in the same section) are a second layer of undirected edges. Subsets: by kind,
around a focus entity, around a topic. Positions come from :mod:`migration_kg.outputs.layout`.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from typing import NamedTuple

import networkx as nx
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS
from rdflib.term import Node

from migration_kg.outputs import layout
from migration_kg.errors import UsageError
from migration_kg.vocabulary.namespaces import MKG
from migration_kg.vocabulary.ontology import KIND_CLASS

DEFAULT_TITLE = "Migration and development network"

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
HUB_STYLE = KindStyle("#555555", "dot", "o", "\u2022")

#: Kinds whose most central members get labels in static pictures.
ACTOR_KINDS = ("organisation", "person", "country", "collective")

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


def _short(label: str, limit: int = 32) -> str:
    return label if len(label) <= limit else label[:limit - 1].rstrip() + "\u2026"


def _display_label(attrs: dict) -> str:
    """What the canvas shows next to a node: the first acronym, else the (shortened) label."""
    return _short(attrs["acronyms"][0] if attrs["acronyms"] else attrs["label"])
