"""Network analytics over the actor network projected from the RDF graph (networkx).

Actors (organisations, people, countries, collectives) are nodes. Two actors are linked when the report
states a partnership between them, a membership, representation or sub-organisation, or when
both organise, host, fund, co-finance, lead or coordinate the same undertaking.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import networkx as nx
from rdflib import RDF, RDFS, Graph, URIRef

from migration_kg.vocabulary.namespaces import MKG

ACTOR_KINDS = ("organisation", "person", "country", "collective")
#: Direct actor-to-actor facts that become links.
DIRECT = {MKG.memberOf: "member of", MKG.represents: "represents", MKG.subOrganisationOf: "sub-organisation of",
          MKG.nationality: "nationality"}
#: Roles in an undertaking that link the actors sharing it.
SHARED = {MKG.organises: "co-organising", MKG.hosts: "co-organising", MKG.funds: "co-funding",
          MKG.coFinances: "co-funding", MKG.leads: "co-leading", MKG.coordinates: "co-leading"}
#: Colours per kind (also used by the view's legend), as RGB.
KIND_RGB = {"organisation": (31, 119, 180), "person": (214, 39, 40), "country": (44, 160, 44),
            "collective": (174, 199, 232)}


def actor_network(graph: Graph) -> nx.Graph:
    """Undirected weighted actor network; each edge lists how the two actors are linked."""
    net = nx.Graph()
    kinds = {}
    for node, kind in graph.subject_objects(MKG.kind):
        if str(kind) in ACTOR_KINDS:
            kinds[node] = str(kind)
            net.add_node(str(node), label=str(graph.value(node, RDFS.label) or node), kind=str(kind))
    links: dict[tuple[str, str], set[str]] = defaultdict(set)

    def link(a, b, why: str) -> None:
        if a != b and a in kinds and b in kinds:
            links[tuple(sorted((str(a), str(b))))].add(why)

    for partnership in graph.subjects(RDF.type, MKG.Partnership):
        kind = graph.value(partnership, MKG.partnershipKind)
        why = f"{str(kind).rsplit('#', 1)[-1]} partnership"
        partners = sorted(graph.objects(partnership, MKG.partner))
        for i, a in enumerate(partners):
            for b in partners[i + 1:]:
                link(a, b, why)
    for predicate, why in DIRECT.items():
        for a, b in graph.subject_objects(predicate):
            link(a, b, why)
    by_undertaking: dict[tuple[URIRef, str], set] = defaultdict(set)
    for predicate, why in SHARED.items():
        for actor, undertaking in graph.subject_objects(predicate):
            by_undertaking[(undertaking, why)].add(actor)
    for (_, why), actors in by_undertaking.items():
        ordered = sorted(actors)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                link(a, b, why)
    for (a, b), whys in sorted(links.items()):
        net.add_edge(a, b, weight=len(whys), relations="; ".join(sorted(whys)))
    return net


@dataclass(frozen=True)
class ActorMeasures:
    degree: float
    betweenness: float
    community: int
    component: int
    brokerage: int  # how many communities other than its own its neighbours belong to
    cut_vertex: bool  # removing it splits its component


def measures(net: nx.Graph, seed: int = 42) -> dict[str, ActorMeasures]:
    """Degree and betweenness centrality, Louvain communities, components, brokers."""
    if net.number_of_nodes() == 0:
        return {}
    degree = nx.degree_centrality(net)
    betweenness = nx.betweenness_centrality(net, normalized=True)
    communities = nx.community.louvain_communities(net, seed=seed)
    ranked = sorted(communities, key=lambda c: (-len(c), min(c)))
    community = {n: i + 1 for i, c in enumerate(ranked) for n in c}
    components = sorted(nx.connected_components(net), key=lambda c: (-len(c), min(c)))
    component = {n: i + 1 for i, c in enumerate(components) for n in c}
    cut = set(nx.articulation_points(net))
    out = {}
    for n in sorted(net.nodes):
        others = {community[m] for m in net.neighbors(n)} - {community[n]}
        out[n] = ActorMeasures(round(degree[n], 6), round(betweenness[n], 6), community[n], component[n],
                               len(others), n in cut)
    return out


def annotated_network(graph: Graph) -> nx.Graph:
    """The actor network with measures as node attributes, and Gephi colours and sizes (viz)."""
    net = actor_network(graph)
    for node, m in measures(net).items():
        data = net.nodes[node]
        data.update(degree=m.degree, betweenness=m.betweenness, community=m.community,
                    component=m.component, brokerage=m.brokerage, cut_vertex=m.cut_vertex)
    return net


def with_viz(net: nx.Graph) -> nx.Graph:
    """A copy with GEXF 'viz' colour (by kind) and size (by degree) for Gephi."""
    out = net.copy()
    for node, data in out.nodes(data=True):
        r, g, b = KIND_RGB.get(data.get("kind"), (127, 127, 127))
        data["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0},
                       "size": round(5.0 + 40.0 * float(data.get("degree", 0.0)), 3)}
    return out


def top(measures_by_node: dict[str, ActorMeasures], net: nx.Graph, attribute: str, n: int = 10):
    """The n actors with the highest value of ``attribute`` (ties broken by label)."""
    rows = [(getattr(m, attribute), net.nodes[node]["label"], node) for node, m in measures_by_node.items()]
    rows.sort(key=lambda r: (-float(r[0]), r[1]))
    return rows[:n]
