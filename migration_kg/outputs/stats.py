"""The graph in figures: counts by kind, totals, documents, and the actor network's most central
actors, brokers and communities (:mod:`migration_kg.outputs.analytics`).

``stats(store, top=10)`` returns a :class:`Stats`: ``report`` (plain data, the JSON format),
``members`` (every member of the actor network with its measures, the CSV format) and renderers for
the titled tables (text or Markdown). Centralities are rounded to :data:`STATS_DECIMALS`.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass

#: Decimals of the centralities in every format (the GEXF/GraphML exports keep 6).
STATS_DECIMALS = 4
#: (report key, measure, title) of each ranking.
RANKINGS = (("most_connected", "degree", "Most connected (degree centrality)"),
            ("bridges", "betweenness", "Bridges (betweenness centrality)"),
            ("brokers", "brokerage", "Brokers (neighbours in other communities)"))
#: The formats :meth:`Stats.render` writes.
FORMATS = ("table", "json", "csv", "markdown")


@dataclass
class Stats:
    """What the graph holds in figures: ``report`` (plain data) and ``members`` (one record per
    member of the actor network)."""

    report: dict
    members: list[dict]

    def json(self) -> str:
        return json.dumps(self.report, indent=2, ensure_ascii=False) + "\n"

    def csv(self) -> str:
        """One row per member of the actor network with its measures."""
        from migration_kg.query.results import delimited

        columns = list(self.members[0]) if self.members else ["entity", "label", "kind"]
        return delimited(columns, [[cell(v) for v in m.values()] for m in self.members], ",")

    def text(self, fmt: str = "table", width: int | None = None) -> str:
        """The report as titled tables: rich tables (``table``) or Markdown tables under headings (``markdown``)."""
        from migration_kg.query.results import markdown, table

        report = self.report
        net = report["actor_network"]
        sections = [
            ("Entities by kind", ["kind", "entities"], [[k, n] for k, n in report["entities_by_kind"].items()]),
            ("Totals", ["what", "count"],
             [[k.replace("_", " ").capitalize(), n] for k, n in report["totals"].items()]),
            (f"Documents ({len(report['documents'])})", ["date", "title", "statements", "partnerships", "mentions"],
             [[d["date"], d["document_title"], d["statements"], d["partnerships"], d["mentions"]]
              for d in report["documents"]]),
            (f"Actor network: {net['actors']} actors and {net['initiatives']} initiatives they run, {net['links']} "
             f"links, {net['components']} components, {net['communities']} communities (Louvain)", None, None),
        ]
        for key, attribute, title in RANKINGS:
            extra = ["cut vertex"] if attribute == "brokerage" else []
            sections.append((title, [attribute, "actor", *extra],
                             [[r[attribute], r["label"], *([r["cut_vertex"]] if extra else [])]
                              for r in report[key]]))
        sections.append(("Communities (largest first)", ["community", "size", "members"],
                         [[c["community"], c["size"],
                           ", ".join(c["members"][:6]) + (" ..." if len(c["members"]) > 6 else "")]
                          for c in report["communities"]]))
        out = []
        for title, columns, rows in sections:
            cells = [[cell(v) for v in row] for row in rows or []]
            if fmt == "markdown":
                out.append(f"## {title}\n" + (f"\n{markdown(columns, cells)}" if columns else ""))
            else:
                out.append(f"{title}:\n{table(columns, cells, width=width)}" if columns else f"{title}\n")
        return "\n".join(out)

    def render(self, fmt: str = "table", width: int | None = None) -> str:
        """The report in one of :data:`FORMATS`."""
        if fmt == "json":
            return self.json()
        if fmt == "csv":
            return self.csv()
        return self.text(fmt, width)


def stats(store, top_n: int = 10) -> Stats:
    """The figures of the graph in ``store``, with ``top_n`` actors per ranking and communities."""
    import networkx as nx

    from migration_kg import resources
    from migration_kg.outputs.analytics import ACTOR_KINDS, actor_network, measures, top
    from migration_kg.query.results import records
    from migration_kg.query.sparql import library, rows_of, select

    counts = {what.value: int(n.value)
              for what, n in rows_of(store.solutions(resources.internal_query("counts"))).rows}
    kinds = {k[len("kind:"):]: n for k, n in counts.items() if k.startswith("kind:")}
    net = actor_network(store)
    m = measures(net)
    actors = sum(1 for _, d in net.nodes(data=True) if d["kind"] in ACTOR_KINDS)
    report: dict = {
        "entities_by_kind": dict(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))),
        "totals": {label.lower().replace(" ", "_"): counts.get(label, 0) for label in
                   ("Curated statements", "Partnerships", "Mentions", "Source documents")} | {"triples": len(store)},
        "documents": records(select(store, library()["documents"].text)),
        "actor_network": {"actors": actors, "initiatives": net.number_of_nodes() - actors,
                          "links": net.number_of_edges(),
                          "components": nx.number_connected_components(net) if net.number_of_nodes() else 0,
                          "communities": len({x.community for x in m.values()})},
    }
    for key, attribute, _ in RANKINGS:
        report[key] = [{"entity": node, "label": label, attribute: measure(value)}
                       | ({"cut_vertex": m[node].cut_vertex} if attribute == "brokerage" else {})
                       for value, label, node in top(m, net, attribute, top_n) if float(value) > 0]
    sizes = Counter(x.community for x in m.values())
    report["communities"] = [
        {"community": c, "size": size,
         "members": sorted(net.nodes[n]["label"] for n, x in m.items() if x.community == c)}
        for c, size in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0]))[:top_n]]
    members = [{"entity": n, "label": net.nodes[n]["label"], "kind": net.nodes[n]["kind"],
                "degree": measure(x.degree), "betweenness": measure(x.betweenness), "brokerage": x.brokerage,
                "community": x.community, "component": x.component, "cut_vertex": x.cut_vertex}
               for n, x in m.items()]
    members.sort(key=lambda r: (-r["degree"], r["label"], r["entity"]))
    return Stats(report, members)


def measure(value):
    """A centrality rounded to :data:`STATS_DECIMALS` (counts stay whole numbers)."""
    return value if isinstance(value, int) else round(float(value), STATS_DECIMALS)


def cell(value) -> str:
    """A stats value as text: centralities with STATS_DECIMALS decimals, booleans as yes/no."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.{STATS_DECIMALS}f}"
    return str(value)
