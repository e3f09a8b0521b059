"""The actor network and its measures (networkx): one definition for `stats`, the page, the
picture and the GraphML/GEXF export.

Nodes are the actors (organisations, people, countries, collectives) and the initiatives they run
or take part in (programmes, projects, policies, processes, forums, agreements, services,
products, publications, networks), an initiative only when the report links it to an actor.
Links: every partnership between two of its partners (so a partnership of four is six links),
and every curated relation of :data:`RELATIONS` between two members. Topics, places, events and
documents are not in it: they are context, drawn on request, and would otherwise be hubs that
every actor hangs from. Degree centrality over this network is *the* centrality of the project.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from migration_kg.outputs.reading import first, grouped, notation, solutions, text
from migration_kg.stores import GraphStore
from migration_kg.vocabulary.prefixes import PREFIXES

_MKG = PREFIXES["mkg"]

#: Who acts: nodes of the actor network, always.
ACTOR_KINDS = ("organisation", "person", "country", "collective")
#: What actors run or take part in: nodes of the actor network when linked to an actor.
INITIATIVE_KINDS = ("programme", "project", "policy", "process", "forum", "agreement", "service", "product",
                    "publication", "network")
#: Relations between two actors.
ACTOR_RELATIONS = {_MKG + "memberOf": "member of", _MKG + "represents": "represents",
                   _MKG + "subOrganisationOf": "sub-organisation of", _MKG + "nationality": "nationality",
                   _MKG + "basedIn": "based in"}
#: Relations from an actor to an initiative (its roles), and between initiatives.
ROLE_RELATIONS = {_MKG + "organises": "organises", _MKG + "hosts": "hosts", _MKG + "funds": "funds",
                  _MKG + "coFinances": "co-finances", _MKG + "leads": "leads", _MKG + "coordinates": "coordinates",
                  _MKG + "participatesIn": "participates in", _MKG + "provides": "provides",
                  _MKG + "supports": "supports", _MKG + "operatesIn": "operates in", _MKG + "partOf": "part of",
                  _MKG + "produces": "produces", _MKG + "followsUp": "follows up", _MKG + "signs": "signs",
                  _MKG + "initiates": "initiates"}
#: Every relation that links two members of the actor network.
RELATIONS = {**ACTOR_RELATIONS, **ROLE_RELATIONS}
#: The names :meth:`migration_kg.store.OxigraphStore.network` reads (all relations the network uses).
DIRECT, SHARED = ACTOR_RELATIONS, ROLE_RELATIONS



def network_of(kinds: dict[str, str], labels: dict[str, str], relations: Iterable[tuple[str, str, str]],
               partnerships: Iterable[tuple[str, str, list[str]]]) -> nx.Graph:
    """The actor network from plain data: entity IRI -> kind and label, (subject, predicate,
    object) relations, and (partnership IRI, kind, partner IRIs). The one definition.

    Each edge has ``weight`` (how many facts and partnerships join the two), ``relations`` (their
    names, "; "-joined) and ``partnerships`` (partnership IRIs, " "-joined; empty when none).
    """
    relation_names = {str(p): name for p, name in RELATIONS.items()}
    actors = {e for e, k in kinds.items() if k in ACTOR_KINDS}
    initiatives = {e for e, k in kinds.items() if k in INITIATIVE_KINDS}
    facts = sorted({(s, p, o) for s, p, o in relations
                    if p in relation_names and s != o and s in actors | initiatives and o in actors | initiatives})
    run = {o if s in actors else s for s, _, o in facts if (s in actors) != (o in actors)}
    members = actors | (initiatives & run)
    links: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: {"why": set(), "p": set()})
    for iri, kind, partners in partnerships:
        inside = sorted({p for p in partners if p in actors})
        for i, a in enumerate(inside):
            for b in inside[i + 1:]:
                links[(a, b)]["why"].add(f"{kind} partnership")
                links[(a, b)]["p"].add(iri)
    for s, p, o in facts:
        if s in members and o in members:
            links[tuple(sorted((s, o)))]["why"].add(relation_names[p])
    net = nx.Graph()
    for e in sorted(members):
        net.add_node(e, label=labels.get(e, e), kind=kinds[e])
    for (a, b), why in sorted(links.items()):
        net.add_edge(a, b, weight=len(why["why"] | why["p"]), relations="; ".join(sorted(why["why"])),
                     partnerships=" ".join(sorted(why["p"])))
    return net


def actor_network(store: GraphStore) -> nx.Graph:
    """The actor network of the graph in ``store`` (see :func:`network_of`), read by the view's
    SELECTs (``queries/internal/view-entities.rq``, ``view-facts.rq``, ``view-partnerships.rq``)."""
    kinds, labels = {}, {}
    for node, rows in grouped(solutions(store, "view-entities"), "entity").items():
        kinds[node.value] = text(first(rows, "kind"))
        labels[node.value] = text(first(rows, "label"), node.value)
    relations = [(row["subject"].value, row["predicate"].value, row["object"].value)
                 for row in solutions(store, "view-facts")]
    partnerships = []
    for node, rows in sorted(grouped(solutions(store, "view-partnerships"), "partnership").items(),
                             key=lambda kv: kv[0].value):
        partnerships.append((node.value, notation(rows, "kind") or "partnership",
                             sorted({r["partner"].value for r in rows if r["partner"] is not None})))
    return network_of(kinds, labels, relations, partnerships)


def centrality(net: nx.Graph) -> dict[str, float]:
    """Degree centrality: the share of the other members a member is linked to."""
    if len(net) <= 1:
        return {n: 0.0 for n in net}
    return nx.degree_centrality(net)


def betweenness(net: nx.Graph) -> dict[str, float]:
    """Normalised betweenness centrality, exactly as ``networkx.betweenness_centrality`` defines it
    (Brandes' algorithm, every pair of members), computed by rustworkx in Rust: for the 2,577 members
    of a 1,000-report corpus about 2.5 s instead of networkx's 22 s. On one thread: rustworkx's
    parallel sum changes the last bits of a figure from run to run, and the figures must not."""
    import rustworkx as rx

    nodes = list(net)
    index = {n: i for i, n in enumerate(nodes)}
    graph = rx.PyGraph(multigraph=False)
    graph.add_nodes_from(nodes)
    graph.add_edges_from_no_data([(index[u], index[v]) for u, v in net.edges])
    found = rx.betweenness_centrality(graph, normalized=True, parallel_threshold=len(nodes) + 1)
    return {n: found[i] for i, n in enumerate(nodes)}


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
    degree = centrality(net)
    between = betweenness(net)
    communities = nx.community.louvain_communities(net, seed=seed)
    ranked = sorted(communities, key=lambda c: (-len(c), min(c)))
    community = {n: i + 1 for i, c in enumerate(ranked) for n in c}
    components = sorted(nx.connected_components(net), key=lambda c: (-len(c), min(c)))
    component = {n: i + 1 for i, c in enumerate(components) for n in c}
    cut = set(nx.articulation_points(net))
    out = {}
    for n in sorted(net.nodes):
        others = {community[m] for m in net.neighbors(n)} - {community[n]}
        out[n] = ActorMeasures(round(degree[n], 6), round(between[n], 6), community[n], component[n],
                               len(others), n in cut)
    return out


def annotated_network(store: GraphStore) -> nx.Graph:
    """The actor network of the graph in ``store`` with measures as node attributes."""
    net = actor_network(store)
    for node, m in measures(net).items():
        data = net.nodes[node]
        data.update(degree=m.degree, betweenness=m.betweenness, community=m.community,
                    component=m.component, brokerage=m.brokerage, cut_vertex=m.cut_vertex)
    return net


def with_viz(net: nx.Graph) -> nx.Graph:
    """A copy with GEXF 'viz' colour (by kind, as in the view) and size (by degree) for Gephi."""
    from migration_kg.outputs.palette import KIND_STYLES

    out = net.copy()
    for node, data in out.nodes(data=True):
        style = KIND_STYLES.get(data.get("kind"))
        colour = style.colour if style else "#7f7f7f"
        r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
        data["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0},
                       "size": round(5.0 + 40.0 * float(data.get("degree", 0.0)), 3)}
    return out


#: The network file formats :func:`export` writes.
EXPORT_FORMATS = ("graphml", "gexf")


def export(net: nx.Graph, fmt: str) -> bytes:
    """``net`` (an :func:`annotated_network`) as GraphML, or as GEXF with Gephi's colours and sizes
    (:func:`with_viz`)."""
    import io

    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"export format {fmt!r}: valid formats are {', '.join(EXPORT_FORMATS)}")
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(net, buf)
    else:
        nx.write_gexf(with_viz(net), buf)
    return buf.getvalue()


def top(measures_by_node: dict[str, ActorMeasures], net: nx.Graph, attribute: str, n: int = 10):
    """The n members with the highest value of ``attribute`` (ties broken by label)."""
    rows = [(getattr(m, attribute), net.nodes[node]["label"], node) for node, m in measures_by_node.items()]
    rows.sort(key=lambda r: (-float(r[0]), r[1]))
    return rows[:n]
