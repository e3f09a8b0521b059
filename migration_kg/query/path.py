"""How two actors are connected: the shortest chains of curated facts and partnerships between
them, each link with the report's words. The chains run through actors and initiatives (not
through topics or places, which would link everyone who mentions remittances)."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from migration_kg.errors import UsageError

#: Kinds a chain may not pass through (it may still start or end there).
NOT_THROUGH = {"topic", "place"}
#: Columns of the answer (a Rows, so that every query format prints it).
COLUMNS = ["path", "step", "from", "from_label", "relation", "to", "to_label", "status", "quote", "section",
           "document"]


@dataclass(frozen=True)
class Link:
    a: str
    a_label: str
    b: str
    b_label: str
    relation: str
    status: str
    quote: str
    section: str
    document: str


def links_query() -> str:
    from migration_kg import resources

    return resources.internal_query("path-links")


def network(rows, status: str = "stated"):
    """An undirected networkx graph of the links (``rows`` answer :func:`links_query`), each edge
    holding its links; ``status``: stated, suggested, inferred or all. Node attributes: label, kind."""
    import networkx as nx

    graph = nx.Graph()
    for r in rows.as_dicts():
        if status != "all" and r["status"].value != status:
            continue
        a, b = r["a"].value, r["b"].value
        if a == b:
            continue
        graph.add_node(a, label=r["a_label"].value, kind=r["a_kind"].value)
        graph.add_node(b, label=r["b_label"].value, kind=r["b_kind"].value)
        link = Link(a, r["a_label"].value, b, r["b_label"].value, r["relation"].value, r["status"].value,
                    r["quote"].value, r["section"].value, r["document"].value)
        if graph.has_edge(a, b):
            graph[a][b]["links"].append(link)
        else:
            graph.add_edge(a, b, links=[link])
    return graph


def shortest_paths(graph, source: str, target: str, limit: int = 10) -> list[list[str]]:
    """Up to ``limit`` shortest chains from ``source`` to ``target`` (node IRIs), in a stable order,
    passing through no topic or place."""
    import networkx as nx

    if source == target:
        raise UsageError("the two actors are the same; name two different ones")
    for node in (source, target):
        if node not in graph:
            return []
    allowed = [n for n, kind in graph.nodes(data="kind") if kind not in NOT_THROUGH or n in (source, target)]
    view = graph.subgraph(allowed)
    try:
        paths = list(nx.all_shortest_paths(view, source, target))
    except nx.NetworkXNoPath:
        return []
    labels = nx.get_node_attributes(graph, "label")
    paths.sort(key=lambda p: ([labels[n].casefold() for n in p], p))
    return paths[:limit]


def path_rows(graph, paths: list[list[str]]):
    """The chains as Rows of :data:`COLUMNS`: one row per link of each step (a step backed by two
    facts has two rows), the relation read from ``from`` to ``to``, or marked "← " when the fact
    runs from ``to`` to ``from`` ("← participates in": ``to`` participates in ``from``)."""
    from migration_kg.query.sparql import Rows

    out = []
    for number, path in enumerate(paths, start=1):
        for step, (a, b) in enumerate(zip(path, path[1:]), start=1):
            for link in graph[a][b]["links"]:
                forward = link.a == a or "partnership" in link.relation
                relation = link.relation if forward else f"← {link.relation}"
                out.append((ox.Literal(str(number), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
                            ox.Literal(str(step), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
                            ox.NamedNode(a), ox.Literal(graph.nodes[a]["label"]), ox.Literal(relation),
                            ox.NamedNode(b), ox.Literal(graph.nodes[b]["label"]), ox.Literal(link.status),
                            ox.Literal(link.quote), ox.Literal(link.section), ox.Literal(link.document)))
    return Rows(list(COLUMNS), out)


def find_paths(run, source: str, target: str, *, status: str = "stated", limit: int = 10):
    """The shortest chains between two actors named as an analyst types them (label, acronym, id),
    as Rows; ``run(query text) -> Rows`` asks the store or an endpoint."""
    from migration_kg.query.resolve import NameIndex, names_query
    from migration_kg.query.sparql import PARAM_KINDS, status_binding

    status_binding(status, "--status")  # a UsageError for a value that is not a status
    index = NameIndex(run(names_query()))
    actors = PARAM_KINDS["actor"]
    a = index.resolve(source, actors, what="actor").value
    b = index.resolve(target, actors, what="actor").value
    graph = network(run(links_query()), status)
    return path_rows(graph, shortest_paths(graph, a, b, limit))
