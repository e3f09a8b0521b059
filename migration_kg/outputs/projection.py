"""The network projection: the store's graph as a networkx ``MultiDiGraph`` for the view and pictures.

Registry entities are nodes. The actor network of :mod:`migration_kg.outputs.analytics` (actors and the
initiatives they run) is what is drawn first; topics, places, events and initiatives no actor is
linked to are context, drawn on request. Curated facts (``mkg`` properties between entities, and
the topic scheme's ``skos:broader``) are directed edges carrying their evidence quotes; each
partnership is one edge per pair of partners; co-mentions (two entities mentioned in the same
section) are a second layer of undirected edges. Subsets: by kind, around a focus entity, around a
topic. Positions come from :mod:`migration_kg.outputs.layout`.

The store is read once per projection, by the SELECTs of ``queries/internal/view-*.rq``.
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
import pyoxigraph as ox

from migration_kg.outputs import analytics, layout
from migration_kg.errors import UsageError
# the one kind palette (the page, pictures and GEXF draw kinds alike); KindStyle is re-exported
from migration_kg.outputs.palette import HUB_STYLE, KIND_STYLES, KindStyle  # noqa: F401
from migration_kg.outputs.reading import first, grouped, notation, solutions, text
from migration_kg.outputs.reading import local_name as _local
from migration_kg.stores import GraphStore
from migration_kg.vocabulary.kinds import KIND_CLASS_IRI
from migration_kg.vocabulary.prefixes import PREFIXES

DEFAULT_TITLE = "Migration and development network"

#: Layers of the view: curated facts (and partnerships) or co-mentions in the same section.
FACTS, MENTIONS = "facts", "mentions"

#: The edge attribute holding a partnership's data.
PARTNERSHIP = "partnership"

_MKG = PREFIXES["mkg"]
_BROADER, _NARROWER = PREFIXES["skos"] + "broader", PREFIXES["skos"] + "narrower"
_PARTNERSHIP_ROLE = ox.Literal("partnership")  # the role column of view-evidence.rq


#: Partnership kind (skos:notation) -> colour of its links: bold, dark, apart from the kind colours.
PARTNERSHIP_COLOURS: dict[str, str] = {
    "co-organisation": "#1b9e77",
    "funding": "#d95f02",
    "co-financing": "#7570b3",
    "collaboration": "#e7298a",
    "coordination": "#4d7f17",
    "intermediation": "#b8860b",
    "multi-stakeholder": "#a6761d",
    "public-private": "#c51b7d",
    "research": "#1f4e9c",
}
OTHER_PARTNERSHIP_COLOUR = "#444444"

#: Node groups: members of the actor network (drawn first) and context (drawn on request).
NETWORK, CONTEXT = "network", "context"

#: Co-mention links are drawn for pairs named together in at least this many sections.
MIN_SHARED_SECTIONS = 2


class Evidence(NamedTuple):
    """The words of the source that state a fact, where they are, and how the source gives the fact."""

    quote: str
    section: str  # the section's title
    section_iri: str
    document: str = ""  # the document's title
    date: str = ""  # the document's date (ISO)
    status: str = ""  # stated, suggested or inferred (skos:notation of mkg:assertionStatus)
    note: str = ""  # the editorial note of a suggested or inferred fact


# -- Reading the store -------------------------------------------------------------------------

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
    """What the view needs from the store, read once."""

    entities: dict[str, _Entity]
    facts: dict[tuple[str, str, str], list[Evidence]]  # (subject, predicate, object) -> evidence
    relation_labels: dict[str, str]
    partnerships: list[_Partnership]
    sections: dict[str, str]  # section IRI -> title, in document order
    mentions: dict[str, dict[str, int]]  # entity -> section IRI -> count, in document order
    comentions: dict[tuple[str, str], list[str]]  # (a, b), a < b -> section IRIs naming both
    narrower: dict[str, set[str]] = field(default_factory=dict)
    documents: dict[str, str] = field(default_factory=dict)  # document IRI -> title


def _humanise(name: str) -> str:
    """``heldIn`` -> ``held in``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).lower()


def _read(store: GraphStore) -> _Source:
    """What the view needs, read from ``store`` by the SELECTs of ``queries/internal/view-*.rq``."""
    entities: dict[str, _Entity] = {}
    for node, rows in grouped(solutions(store, "view-entities"), "entity").items():
        if not isinstance(node, ox.NamedNode):
            continue
        iri = node.value
        entities[iri] = _Entity(iri=iri, kind=text(first(rows, "kind")), label=text(first(rows, "label"), _local(iri)),
                                acronyms=sorted(t.value for t in {r["acronym"] for r in rows} if t is not None),
                                aliases=sorted(t.value for t in {r["alias"] for r in rows} if t is not None),
                                comment=text(first(rows, "comment")))

    # section IRI -> its rows of view-sections: title, start, the title and date of its document
    known = {term.value: rows for term, rows in grouped(solutions(store, "view-sections"), "section").items()}
    titles: dict[str, str] = {}
    order: dict[str, tuple] = {}

    def section(term) -> str:
        """The IRI of a section ("" if none), noting its title and place."""
        if term is None:
            return ""
        iri = term.value
        if iri not in titles:
            rows = known.get(iri, [])
            titles[iri] = text(first(rows, "label"), _local(iri))
            start = first(rows, "start")
            order[iri] = (document_of(iri), int(start.value) if start is not None else 10**12,
                          titles[iri], iri)
        return iri

    def evidence(rows: list) -> list[Evidence]:
        """The quotes of one statement or partnership (its rows of view-evidence), noting their sections."""
        status = notation(rows, "status") or ""
        note = text(first(rows, "note"))
        found = set()
        for quotes in grouped(rows, "evidence").values():
            sec = section(first(quotes, "section"))
            doc = known.get(sec, [])
            title = text(first(doc, "document_title")) or text(first(doc, "document_label"))
            found.add(Evidence(first(quotes, "quote").value, titles.get(sec, ""), sec, title,
                               text(first(doc, "date")), status, note))
        return sorted(found)

    # curated facts: plain triples between entities whose predicate is an mkg property, with
    # the evidence of their reified assertions; and the topic scheme's broader links
    quoted = grouped(solutions(store, "view-evidence"), "role", "node")
    assertion_evidence: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
    for (role, _), rows in quoted.items():
        spo = (first(rows, "subject"), first(rows, "predicate"), first(rows, "object"))
        if role.value == "statement" and all(isinstance(t, ox.NamedNode) for t in spo):
            assertion_evidence[tuple(t.value for t in spo)] += evidence(rows)
    links = solutions(store, "view-facts")
    labels = {p: first(rows, "label") for p, rows in grouped(links, "predicate").items()}
    facts: dict[tuple[str, str, str], list[Evidence]] = {}
    relation_labels: dict[str, str] = {_BROADER: "broader"}
    narrower: dict[str, set[str]] = defaultdict(set)
    for row in links:
        s, p, o = row["subject"].value, row["predicate"].value, row["object"].value
        if s not in entities or o not in entities:
            continue
        if p == _NARROWER:
            narrower[s].add(o)
            continue
        if s == o:
            continue
        facts[(s, p, o)] = sorted(set(assertion_evidence.get((s, p, o), [])))
        if p not in relation_labels:
            relation_labels[p] = text(labels[row["predicate"]], _humanise(_local(p)))
        if p == _BROADER:
            narrower[o].add(s)

    partnerships = []
    for node, rows in sorted(grouped(solutions(store, "view-partnerships"), "partnership").items(),
                             key=lambda kv: kv[0].value):
        partners = sorted({r["partner"].value for r in rows if r["partner"] is not None} & set(entities))
        if len(partners) < 2:
            continue
        kind = notation(rows, "kind") or "partnership"
        partnerships.append(_Partnership(
            iri=node.value, kind=kind, label=text(first(rows, "label"), kind), partners=partners,
            concerns=sorted(t.value for t in {r["concerns"] for r in rows} if t is not None),
            date=text(first(rows, "date")), evidence=evidence(quoted.get((_PARTNERSHIP_ROLE, node), []))))

    by_section: dict[str, set[str]] = defaultdict(set)
    counts: dict[str, Counter] = defaultdict(Counter)
    for rows in grouped(solutions(store, "view-mentions"), "mention").values():
        entity = first(rows, "entity").value
        if entity not in entities:
            continue
        sec = section(first(rows, "section"))
        by_section[sec].add(entity)
        counts[entity][sec] += 1
    ordered = sorted(titles, key=order.__getitem__)
    rank = {iri: i for i, iri in enumerate(ordered)}
    comentions: dict[tuple[str, str], list[str]] = defaultdict(list)
    for sec in sorted(by_section, key=lambda iri: rank.get(iri, -1)):
        for a, b in combinations(sorted(by_section[sec]), 2):
            comentions[(a, b)].append(sec)
    mentions = {e: dict(sorted(c.items(), key=lambda kv: rank.get(kv[0], -1))) for e, c in counts.items()}
    documents = {}
    for iri in ordered:
        doc = document_of(iri)
        if doc not in documents:
            rows = known.get(iri, [])
            documents[doc] = text(first(rows, "document_label")) or text(first(rows, "document_name")) or _local(doc)
    return _Source(entities, facts, relation_labels, partnerships, {iri: titles[iri] for iri in ordered},
                   mentions, dict(comentions), dict(narrower), documents)


# -- The projection ----------------------------------------------------------------------------

def _check_kinds(kinds: Iterable[str] | None) -> set[str] | None:
    if kinds is None:
        return None
    wanted = {k.strip().lower() for k in kinds if k and k.strip()}
    valid = ", ".join(KIND_CLASS_IRI)
    if not wanted:
        raise UsageError(f"no kind given; valid kinds: {valid}")
    unknown = sorted(wanted - set(KIND_CLASS_IRI))
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


def _network(src: _Source) -> nx.Graph:
    """The actor network (the one definition of :func:`migration_kg.analytics.network_of`)."""
    return analytics.network_of({e: x.kind for e, x in src.entities.items()},
                                {e: x.label for e, x in src.entities.items()},
                                list(src.facts), [(p.iri, p.kind, p.partners) for p in src.partnerships])


def topic_members(src: _Source, net: nx.Graph, topic: str) -> set[str]:
    """Members of the actor network that address ``topic`` or a narrower topic, or are partners in
    a partnership about one: what "pick a topic" keeps, on the page and with ``--topic``."""
    seeds = _ball(src.narrower, {topic}, len(src.entities))
    address = _MKG + "addresses"
    found = {s for (s, p, o) in src.facts if p == address and o in seeds and s in net}
    found |= {x for p in src.partnerships if seeds & set(p.concerns) for x in p.partners if x in net}
    return found


def document_of(section: str) -> str:
    """The document of a section IRI (``<document>/section/<id>``), as ``_read`` names documents."""
    return section.rsplit("/section/", 1)[0]


def document_members(src: _Source) -> dict[str, set[str]]:
    """Per document: the entities mentioned in it or in a fact or partnership it states (in one pass
    over the mentions, facts and partnerships, not one per document)."""
    found: dict[str, set[str]] = defaultdict(set)
    for entity, sections in src.mentions.items():
        for section in sections:
            found[document_of(section)].add(entity)
    for (s, _, o), evidence in src.facts.items():
        for ev in evidence:
            found[document_of(ev.section_iri)].update((s, o))
    for p in src.partnerships:
        for ev in p.evidence:
            found[document_of(ev.section_iri)].update(p.partners)
    return found


def project(store: GraphStore, *, focus: str | None = None, depth: int = 1, kinds: list[str] | None = None,
            topic: str | None = None, through_events: bool = False) -> nx.MultiDiGraph:
    """The network of the entities in ``store``, or a subset of it, as a networkx ``MultiDiGraph``.

    Nodes are entity IRIs (str) with ``label``, ``kind``, ``acronyms``, ``aliases``, ``comment``,
    ``group`` (``network``: a member of the actor network; ``context``: topics, places, events and
    unlinked initiatives), ``base`` (drawn when the page opens: the network members, or the subset
    the options select), ``mentions`` (section IRI -> count; titles in the graph attribute
    ``sections``), ``degree`` and ``centrality`` (degree centrality in the whole actor network, the
    number `stats` prints; 0 for context) and ``size`` (drawn size from it).

    Edges have ``layer``. ``facts`` edges are curated facts (key = predicate IRI, with ``label``
    and ``evidence``, a list of :class:`Evidence`) or partnerships (key = partnership IRI, one edge
    per pair of partners, attribute ``partnership`` = its data, ``colour`` by its kind).
    ``mentions`` edges join two entities mentioned in the same section (the smaller IRI first, key
    "co-mention", ``sections`` = IRIs of the sections naming both).

    Subsets: ``kinds`` keeps only entities of those registry kinds; ``focus`` (an entity IRI) keeps
    what is within ``depth`` steps of it along the actor network (partnerships and relations
    between actors and initiatives; the focus's own links are always walked), or along every
    curated fact with ``through_events`` (then events, places, topics and documents are walked
    through too); ``topic`` (a topic IRI) keeps the members of the actor network that address it
    or a narrower topic, or are partners in a partnership about one, and the topics themselves as
    context. Focus and topic together keep what both keep. Context entities linked by a fact to
    what is kept come along, undrawn until the page shows context.

    Raises UsageError for an unknown kind, an IRI that is not an entity, a topic IRI that is not
    a topic, or a negative depth.
    """
    if depth < 0:
        raise UsageError(f"depth must be 0 or more, got {depth}")
    wanted = _check_kinds(kinds)
    src = _read(store)
    focus = _check_entity(src, focus, "focus")
    topic = _check_entity(src, topic, "topic")
    if topic is not None and src.entities[topic].kind != "topic":
        raise UsageError(f"topic {topic} is of kind {src.entities[topic].kind}, not a topic")

    net = _network(src)
    anchors = {focus} if focus else set()
    allowed = {iri for iri, e in src.entities.items() if wanted is None or e.kind in wanted} | anchors

    fact_adj: dict[str, set[str]] = defaultdict(set)  # every curated fact and partnership pair
    for s, _, o in src.facts:
        fact_adj[s].add(o)
        fact_adj[o].add(s)
    for p in src.partnerships:
        for a, b in combinations(p.partners, 2):
            fact_adj[a].add(b)
            fact_adj[b].add(a)

    # drawn first: the actor network, or every entity of the kinds asked for
    base = {n for n in net if n in allowed} if wanted is None else set(allowed)
    if focus is not None:
        if through_events:
            walk = {n: {m for m in near if m in allowed} for n, near in fact_adj.items() if n in allowed}
        else:
            walk = {n: {m for m in net.neighbors(n) if m in allowed} for n in net if n in allowed}
            walk.setdefault(focus, set())
            walk[focus] = walk[focus] | {m for m in fact_adj.get(focus, ()) if m in allowed and m in net}
        base = _ball(walk, {focus}, depth)
    if topic is not None:
        about = topic_members(src, net, topic) & allowed
        base = (base & about) | anchors if focus is not None else about
    seeds = _ball(src.narrower, {topic}, len(src.entities)) if topic is not None else set()
    kept = set(base)
    if focus is None and topic is None:
        kept = set(allowed)
    else:
        kept |= {m for n in base for m in fact_adj.get(n, ()) if m in allowed and m not in net} | seeds

    view = nx.MultiDiGraph(focus=focus, topic=topic, depth=depth, kinds=sorted(wanted) if wanted else None,
                           through_events=through_events, sections=src.sections, documents=src.documents)
    cent = analytics.centrality(net)
    top = max(cent.values(), default=0.0)
    for iri in sorted(kept):
        e = src.entities[iri]
        member = iri in net
        c = cent.get(iri, 0.0)
        view.add_node(iri, label=e.label, kind=e.kind, acronyms=e.acronyms, aliases=e.aliases,
                      comment=e.comment, group=NETWORK if member else CONTEXT, base=iri in base,
                      mentions=dict(src.mentions.get(iri, {})), degree=net.degree(iri) if member else 0,
                      centrality=c, size=_size(c, top) if member else 6.0)

    for (s, p, o), ev in sorted(src.facts.items()):
        if s in kept and o in kept:
            view.add_edge(s, o, key=p, layer=FACTS, relation=p, label=src.relation_labels[p], evidence=ev)
    for p in src.partnerships:
        inside = [x for x in p.partners if x in kept]
        data = {"iri": p.iri, "kind": p.kind, "label": p.label, "partners": p.partners,
                "partner_labels": [src.entities[x].label for x in p.partners], "concerns": p.concerns,
                "concern_labels": [src.entities[c].label if c in src.entities else _local(c) for c in p.concerns],
                "date": p.date, "evidence": p.evidence}
        colour = PARTNERSHIP_COLOURS.get(p.kind, OTHER_PARTNERSHIP_COLOUR)
        for a, b in combinations(inside, 2):
            view.add_edge(a, b, key=p.iri, layer=FACTS, label=p.kind, partnership=data, evidence=p.evidence,
                          colour=colour)
    for (a, b), sections in sorted(src.comentions.items()):
        if a in kept and b in kept:
            view.add_edge(a, b, key="co-mention", layer=MENTIONS, label="", sections=sections)
    view.graph["topics"] = {t: sorted(topic_members(src, net, t) & kept) for t in sorted(kept)
                            if src.entities[t].kind == "topic"}
    members = document_members(src)
    view.graph["document_members"] = {d: sorted(members.get(d, set()) & kept) for d in src.documents}
    return view


def _size(value: float, top: float) -> float:
    """Drawn size, 7 to 25, by the square root of the share of the largest value."""
    return round(7.0 + 18.0 * math.sqrt(value / top), 1) if top > 0 else 7.0


def _layout(view: nx.MultiDiGraph, *, base_only: bool = False) -> dict[str, tuple[float, float]]:
    """Positions for a projection. The nodes drawn first are laid out on their own, joined by the
    facts and partnerships between them (so no context hub pulls them in); the context is then
    placed around them, the first positions held. ``base_only`` lays out only the first."""
    first = nx.Graph()
    first.add_nodes_from(n for n, d in view.nodes(data=True) if d["base"])
    for u, v, d in view.edges(data=True):
        if d["layer"] == FACTS and u != v and u in first and v in first:
            w = first.edges[u, v]["weight"] + 1.0 if first.has_edge(u, v) else 1.0
            first.add_edge(u, v, weight=w)
    pos = layout.positions(first)
    if base_only:
        return pos
    whole = nx.Graph()
    whole.add_nodes_from(view.nodes)
    whole.add_edges_from((u, v) for u, v, d in view.edges(data=True) if d["layer"] == FACTS and u != v)
    return layout.extend(whole, pos)


def _short(label: str, limit: int = 32) -> str:
    return label if len(label) <= limit else label[:limit - 1].rstrip() + "\u2026"


def _display_label(attrs: dict) -> str:
    """What the canvas shows next to a node: the first acronym, else the (shortened) label."""
    return _short(attrs["acronyms"][0] if attrs["acronyms"] else attrs["label"])


# -- What a command draws: one report, a focus, a topic, some kinds --------------------------------

def only_document(store: GraphStore, document: str | None) -> GraphStore:
    """``store``, or the part of it one report gives (named by its id or title) in a new store."""
    if document is None:
        return store
    from migration_kg.outputs.by_document import document_store
    from migration_kg.query.sparql import document_names_query, resolve_document, rows_of

    found = resolve_document(document, rows_of(store.solutions(document_names_query())), "--document")
    if found is None:
        return store
    return document_store(store, found)


def subset(store: GraphStore, *, focus: str | None = None, depth: int = 1, kinds: str | None = None,
           topic: str | None = None, through_events: bool = False) -> dict:
    """The keyword arguments of :func:`project` (and the pictures) for a subset named as a user types
    it: ``focus`` and ``topic`` by any name the tool prints, ``kinds`` as ``K1,K2``."""
    from migration_kg.query.resolve import NameIndex, names_query
    from migration_kg.query.sparql import rows_of

    options: dict = {"depth": depth}
    if through_events:
        options["through_events"] = True
    if kinds:
        options["kinds"] = [k.strip() for k in kinds.split(",") if k.strip()]
    if focus or topic:
        index = NameIndex(rows_of(store.solutions(names_query())))
        if focus:
            options["focus"] = index.resolve(focus, None, what="entity").value
        if topic:
            options["topic"] = index.resolve(topic, {"topic"}, what="topic").value
    return options
