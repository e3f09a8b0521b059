"""The network view without a browser: projection, subsets, self-contained deterministic HTML,
escaping, static pictures."""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from migration_kg.outputs import analytics
from tests import paths
from migration_kg.build import build
from migration_kg.errors import UsageError
from migration_kg.vocabulary.namespaces import DOC, ID, MKG
from migration_kg.vocabulary.ontology import KIND_CLASS
from migration_kg.outputs.picture import render_static
from migration_kg.outputs.projection import (CONTEXT, FACTS, KIND_STYLES, MENTIONS, MIN_SHARED_SECTIONS, NETWORK,
                                     PARTNERSHIP_COLOURS, view_positions, project)
from migration_kg.outputs.view import LARGE_PAGE, TEMPLATE, render_html
from migration_kg.stores import GraphStore, document_graph
from tests.conftest import DOC_ID

HOSTILE_LABEL = "<img src=x onerror=alert(1)>"
HOSTILE_SCRIPT = "</script><script>alert(2)</script>"
HOSTILE_QUOTE = "<b onmouseover=alert(3)>bold</b> & \u2028 line \u2029 end"
HOSTILE_ALIAS = "\"'><svg onload=alert(4)>"


# -- tiny graphs in the build's shape -----------------------------------------------------------

def as_store(graph: Graph, doc: str = "tiny-doc") -> GraphStore:
    """An rdflib graph in a store, as the view reads it (in one named graph: queries see their union)."""
    store = GraphStore.memory()
    store.load_ntriples(graph.serialize(format="nt", encoding="utf-8"), document_graph(doc))
    return store


class TinyGraph:
    """Builds rdflib graphs shaped like the build's output: entities, facts with evidence,
    partnerships, mentions; :meth:`store` puts one in a store for the view."""

    doc = "tiny-doc"

    def __init__(self) -> None:
        self.graph = Graph()
        self._n = 0

    def store(self) -> GraphStore:
        return as_store(self.graph, self.doc)

    def entity(self, eid: str, kind: str, label: str, *, acronyms=(), aliases=(), comment: str = "") -> URIRef:
        g, s = self.graph, ID[eid]
        g.add((s, RDF.type, KIND_CLASS[kind]))
        g.add((s, MKG.kind, Literal(kind)))
        g.add((s, RDFS.label, Literal(label)))
        for a in acronyms:
            g.add((s, MKG.acronym, Literal(a)))
        for a in aliases:
            g.add((s, SKOS.altLabel, Literal(a)))
        if comment:
            g.add((s, RDFS.comment, Literal(comment)))
        return s

    def section(self, title: str) -> URIRef:
        sec = DOC[f"{self.doc}/section/{re.sub(r'[^a-z0-9]+', '-', title.lower())}"]
        self.graph.add((sec, RDF.type, MKG.Section))
        self.graph.add((sec, RDFS.label, Literal(title)))
        return sec

    def _evidence(self, node: URIRef, quote: str, section: str) -> None:
        ev = URIRef(f"{node}/evidence")
        self.graph.add((node, MKG.hasEvidence, ev))
        self.graph.add((ev, RDF.type, MKG.Evidence))
        self.graph.add((ev, MKG.quote, Literal(quote)))
        self.graph.add((ev, MKG.section, self.section(section)))

    def fact(self, s: str, relation: str, o: str, quote: str, section: str = "Background") -> URIRef:
        self._n += 1
        p = MKG[relation]
        self.graph.add((ID[s], p, ID[o]))
        node = DOC[f"{self.doc}/statement/s{self._n}"]
        self.graph.add((node, RDF.type, MKG.Assertion))
        self.graph.add((node, RDF.subject, ID[s]))
        self.graph.add((node, RDF.predicate, p))
        self.graph.add((node, RDF.object, ID[o]))
        self._evidence(node, quote, section)
        return node

    def partnership(self, pid: str, kind: str, partners: list[str], quote: str, about: list[str] = (),
                    section: str = "Background") -> URIRef:
        node = DOC[f"{self.doc}/partnership/{pid}"]
        g = self.graph
        g.add((node, RDF.type, MKG.Partnership))
        g.add((node, MKG.partnershipKind, MKG[kind]))
        g.add((MKG[kind], SKOS.notation, Literal(kind)))
        g.add((node, RDFS.label, Literal(f"{kind}: {', '.join(partners)}")))
        for p in partners:
            g.add((node, MKG.partner, ID[p]))
        for a in about:
            g.add((node, MKG.concerns, ID[a]))
        self._evidence(node, quote, section)
        return node

    def mention(self, eid: str, section: str) -> None:
        self._n += 1
        node = DOC[f"{self.doc}/mention/{self._n}/{eid}"]
        self.graph.add((node, RDF.type, MKG.Mention))
        self.graph.add((node, MKG.mentionOf, ID[eid]))
        self.graph.add((node, MKG.section, self.section(section)))


def small_graph() -> GraphStore:
    """Five organisations, a person, an event and two topics, with one 2- and one 3-partner
    partnership, and mentions (in a store)."""
    return small_tiny_graph().store()


def small_tiny_graph() -> TinyGraph:
    """:func:`small_graph` before it goes into a store."""
    t = TinyGraph()
    t.entity("alpha", "organisation", "Alpha Agency", acronyms=["AA"], aliases=["the Agency"])
    t.entity("beta", "organisation", "Beta Bank", acronyms=["BB"])
    t.entity("gamma", "organisation", "Gamma Group")
    t.entity("delta", "organisation", "Delta Fund")
    t.entity("omega", "organisation", "Omega Office")
    t.entity("pat", "person", "Pat Speaker")
    t.entity("meeting", "event", "The Meeting")
    t.entity("money", "topic", "remittances")
    t.entity("costs", "topic", "transfer costs")
    t.graph.add((ID["costs"], SKOS.broader, ID["money"]))
    t.fact("alpha", "organises", "meeting", "Alpha Agency organised the meeting")
    t.fact("pat", "speaksAt", "meeting", "Pat spoke at the meeting", section="Opening")
    t.fact("beta", "addresses", "costs", "Beta Bank works on transfer costs", section="Remittances")
    t.fact("omega", "memberOf", "delta", "Omega is part of Delta", section="Annex")
    t.partnership("pair", "funding", ["alpha", "beta"], "Alpha and Beta fund it together", about=["money"])
    t.partnership("trio", "collaboration", ["alpha", "gamma", "delta"], "Alpha, Gamma and Delta collaborate")
    for eid, sec in (("alpha", "Opening"), ("pat", "Opening"), ("omega", "Opening"), ("beta", "Remittances"),
                     ("money", "Remittances")):
        t.mention(eid, sec)
    return t


def hostile_graph() -> GraphStore:
    """Labels, aliases and quotes that would run script if they were ever read as HTML."""
    t = TinyGraph()
    t.entity("evil", "organisation", HOSTILE_LABEL, acronyms=["EVIL"], aliases=[HOSTILE_ALIAS],
             comment="<script>alert(5)</script>")
    t.entity("breakout", "person", HOSTILE_SCRIPT)
    t.entity("plain", "organisation", "Plain Partner")
    t.fact("breakout", "memberOf", "evil", HOSTILE_QUOTE, section="<i>Section</i>")
    t.partnership("p", "collaboration", ["evil", "plain"], "they work together <u>href</u>")
    t.mention("evil", "<i>Section</i>")
    t.mention("plain", "<i>Section</i>")
    return t.store()


def synthetic_graph(n: int, seed: int = 1) -> GraphStore:
    """``n`` entities with preferential-attachment facts and partnerships, for size tests."""
    import random

    rng = random.Random(seed)
    t = TinyGraph()
    kinds = ["organisation"] * 5 + ["person", "country", "event", "programme", "topic"]
    for i in range(n):
        t.entity(f"e{i}", kinds[i % len(kinds)], f"Entity {i}", acronyms=[f"E{i}"])
    ends: list[int] = [0]
    for i in range(1, n):
        for _ in range(2):
            j = rng.choice(ends)
            if j != i:
                t.fact(f"e{i}", "participatesIn", f"e{j}", f"Entity {i} takes part in Entity {j}")
                ends += [i, j]
    for k in range(n // 10):
        size = rng.choice([2, 2, 3, 4])
        members = sorted(rng.sample(range(n), size))
        t.partnership(f"p{k}", "collaboration", [f"e{m}" for m in members], f"Partnership {k}")
    return t.store()


# -- fixtures -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_graph(graph) -> Graph:
    """The seed in rdflib, for the tests' own look-ups."""
    return graph


@pytest.fixture(scope="module")
def seed_store(built) -> GraphStore:
    """The seed's store: what the view, pictures and analytics read."""
    return built.store


@pytest.fixture(scope="module")
def seed_html(seed_store) -> str:
    return render_html(seed_store)


def page_data(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, flags=re.S)
    assert match, "data block not found"
    return json.loads(match.group(1))


def iri(eid: str) -> str:
    return str(ID[eid])


# -- styles -------------------------------------------------------------------------------------

def test_every_registry_kind_has_a_distinct_colour_and_shape():
    assert set(KIND_STYLES) == set(KIND_CLASS)
    styles = {(s.colour, s.shape) for s in KIND_STYLES.values()}
    assert len(styles) == len(KIND_STYLES)
    assert len({s.colour for s in KIND_STYLES.values()}) == len(KIND_STYLES)


def test_template_ships_with_the_package():
    from migration_kg import resources

    assert (resources.templates_dir() / TEMPLATE).is_file() and (resources.templates_dir() / "head.html").is_file()
    pyproject = (paths.ROOT / "pyproject.toml").read_text(encoding="utf-8")
    shipped = pyproject.split("[tool.setuptools.package-data]")[1]
    assert '"templates/*.html"' in shipped and '"templates/*.js"' in shipped


# -- the projection -----------------------------------------------------------------------------

ACTORS_AND_INITIATIVES = set(analytics.ACTOR_KINDS) | set(analytics.INITIATIVE_KINDS)


def _base(view) -> set[str]:
    """What the page draws when it opens."""
    return {n for n, d in view.nodes(data=True) if d["base"]}


def test_projection_of_the_seed_graph_has_every_entity_and_evidence(seed_graph, seed_store):
    view = project(seed_store)
    entities = {str(s) for s in seed_graph.subjects(MKG.kind, None)}
    assert set(view.nodes) == entities
    iom = view.nodes[iri("iom")]
    assert iom["label"] == "International Organization for Migration" and iom["acronyms"] == ["IOM"]
    assert iom["centrality"] > 0 and iom["size"] > 10 and iom["group"] == NETWORK
    hosts = view.get_edge_data(iri("unitar"), iri("seminar-2007-03-07"))[str(MKG.hosts)]
    assert hosts["layer"] == FACTS and hosts["label"] == "hosts"
    assert any("hosted a seminar" in ev.quote and ev.section == "Background" and ev.section_iri.endswith("/background")
               for ev in hosts["evidence"])
    assert view.graph["sections"][hosts["evidence"][0].section_iri] == "Background"
    assert any(d["layer"] == MENTIONS for *_, d in view.edges(data=True))


def test_the_first_picture_is_the_actor_network(seed_graph, seed_store):
    view = project(seed_store)
    base = _base(view)
    assert {view.nodes[n]["kind"] for n in base} <= ACTORS_AND_INITIATIVES
    actors = {str(s) for s, k in seed_graph.subject_objects(MKG.kind) if str(k) in analytics.ACTOR_KINDS}
    assert actors <= base  # every actor
    # not the hubs: the seminar, topics, places
    for hub in ("seminar-2007-03-07", "remittances"):
        assert iri(hub) in view and iri(hub) not in base and view.nodes[iri(hub)]["group"] == CONTEXT
    assert len(base) < len(view) / 2


def test_one_centrality_for_stats_page_picture_and_gexf(seed_store):
    net = analytics.actor_network(seed_store)
    measured = analytics.measures(net)
    view = project(seed_store)
    assert set(net) == _base(view)
    for node in net:
        assert view.nodes[node]["centrality"] == pytest.approx(measured[node].degree, abs=1e-6)
    iom = view.nodes[iri("iom")]["centrality"]
    assert iom == max(view.nodes[n]["centrality"] for n in view)
    # the same number on a subset page: the actor network's, not the subset's
    assert project(seed_store, focus=iri("iom"), depth=1).nodes[iri("iom")]["centrality"] == iom
    data = page_data(render_html(seed_store, focus=iri("iom"), depth=1))
    assert next(i for i in data["info"] if i["iri"] == "iom")["centrality"] == round(iom, 4)


@pytest.mark.parametrize("make", [
    lambda: nx.Graph(),
    lambda: nx.path_graph(["a"]),
    lambda: nx.path_graph(["a", "b"]),
    lambda: nx.path_graph(["a", "b", "c"]),
    lambda: nx.relabel_nodes(nx.gnm_random_graph(120, 200, seed=7), str),  # several components
    lambda: nx.relabel_nodes(nx.barabasi_albert_graph(300, 2, seed=3), lambda n: f"id:{n}"),
])
def test_betweenness_is_networkx_figure_and_the_same_every_time(make):
    """rustworkx computes what networkx defines (its normalisation, every pair, several components,
    lone members) and, on one thread, the same bits on every run: stats and GEXF never change."""
    net = make()
    found = analytics.betweenness(net)
    expected = nx.betweenness_centrality(net, normalized=True)
    assert list(found) == list(net)
    assert found == pytest.approx(expected, abs=1e-12)
    assert all(analytics.betweenness(net) == found for _ in range(3))


def test_betweenness_in_the_measures_of_the_seed(seed_store):
    net = analytics.actor_network(seed_store)
    expected = nx.betweenness_centrality(net, normalized=True)
    measured = analytics.measures(net)
    assert {n: m.betweenness for n, m in measured.items()} == {n: round(v, 6) for n, v in expected.items()}
    assert max(m.betweenness for m in measured.values()) > 0


def test_the_actor_networks_relations_are_relations_of_the_ontology():
    from migration_kg.vocabulary.ontology import Ontology

    relations = {str(r.iri) for r in Ontology(paths.ONTOLOGY_FILE).relations.values()}
    assert set(analytics.RELATIONS) <= relations


def test_the_view_pictures_and_analytics_read_the_store_without_rdflib(built):
    """The store is read by SPARQL (queries/internal/view-*.rq), never converted to rdflib first."""
    script = (
        "import sys\n"
        "from migration_kg.stores import GraphStore\n"
        "from migration_kg.outputs.analytics import annotated_network\n"
        "from migration_kg.outputs.by_document import document_store\n"
        "from migration_kg.outputs.picture import render_static\n"
        "from migration_kg.outputs.view import render_html\n"
        "store = GraphStore.from_nquads(open(sys.argv[1], 'rb').read())\n"
        f"page = render_html(store, focus={iri('iom')!r}, depth=2, topic={iri('remittances')!r})\n"
        "svg = render_static(store, 'svg', kinds=['organisation', 'person'])\n"
        "net = annotated_network(store)\n"
        f"sub = document_store(store, {{'id': {DOC_ID!r}, 'document': {str(DOC[DOC_ID])!r}}})\n"
        "print(len(page) > 0 and len(svg) > 0 and len(net) > 0 and len(sub) > 0, 'rdflib' in sys.modules)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script, str(built.outputs["graph.nq"])], capture_output=True,
                          text=True, cwd=paths.ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["True", "False"]


def test_partnerships_are_one_edge_per_pair_of_partners_coloured_by_kind(seed_store):
    view = project(seed_store)
    gmg = str(DOC["unitar-2007-03-07-building-partnerships/partnership/gmg-coordination"])
    pairs = {tuple(sorted((u, v))) for u, v, k in view.edges(keys=True) if k == gmg}
    assert pairs == {(iri("iom"), iri("un-agencies")), (iri("iom"), iri("world-bank")),
                     (iri("un-agencies"), iri("world-bank"))}
    d = view.edges[iri("iom"), iri("un-agencies"), gmg] if view.has_edge(iri("iom"), iri("un-agencies"), gmg) \
        else view.edges[iri("un-agencies"), iri("iom"), gmg]
    assert d["partnership"]["kind"] == "coordination" and d["colour"] == PARTNERSHIP_COLOURS["coordination"]
    small = project(small_graph())
    duo = str(DOC["tiny-doc/partnership/pair"])
    assert [(u, v) for u, v, k in small.edges(keys=True) if k == duo] == [(iri("alpha"), iri("beta"))]
    assert small.edges[iri("alpha"), iri("beta"), duo]["label"] == "funding"


def test_focus_walks_partnerships_and_relations_not_event_hubs(seed_graph, seed_store):
    everything = project(seed_store)
    view = project(seed_store, focus=iri("iom"), depth=2)
    drawn = _base(view)
    partners = {str(x) for p in seed_graph.subjects(MKG.partner, ID["iom"]) for x in seed_graph.objects(p, MKG.partner)}
    assert partners >= {iri("iom"), iri("unitar"), iri("unfpa"), iri("macarthur-foundation"), iri("world-bank")}
    assert partners <= drawn  # every partner of IOM
    assert len(drawn) < len(everything) / 2  # not half the graph through the seminar
    assert iri("seminar-2007-03-07") not in drawn
    assert iri("kofi-annan") not in drawn  # only linked to IOM through the seminar and the UN
    through = _base(project(seed_store, focus=iri("iom"), depth=2, through_events=True))
    assert iri("seminar-2007-03-07") in through and len(through) > len(drawn)
    one = _base(project(seed_store, focus=iri("iom"), depth=1))
    assert partners <= one < drawn
    assert _base(project(seed_store, focus=iri("iom"), depth=0)) == {iri("iom")}


def test_focus_on_an_event_starts_from_its_actors(seed_graph, seed_store):
    view = project(seed_store, focus=iri("seminar-2007-03-07"), depth=1)
    drawn = _base(view)
    hosts = {str(s) for s in seed_graph.subjects(MKG.hosts, ID["seminar-2007-03-07"])}
    assert iri("seminar-2007-03-07") in drawn and hosts and hosts <= drawn


def test_focus_on_the_small_graph_goes_through_partnerships():
    view = project(small_graph(), focus=iri("gamma"), depth=1)
    assert _base(view) == {iri("gamma"), iri("alpha"), iri("delta")}
    view = project(small_graph(), focus=iri("gamma"), depth=2)
    assert _base(view) == {iri("gamma"), iri("alpha"), iri("delta"), iri("beta"), iri("omega")}
    assert iri("meeting") in view and iri("meeting") not in _base(view)  # context, drawn on request


def test_kinds_keep_only_those_kinds(seed_store):
    view = project(seed_store, kinds=["organisation", "person"])
    kinds = {d["kind"] for _, d in view.nodes(data=True)}
    assert kinds == {"organisation", "person"}
    assert iri("iom") in view and iri("remittances") not in view
    both = project(seed_store, kinds=["person"], focus=iri("iom"))
    assert iri("iom") in both  # the focus stays, whatever its kind
    assert {d["kind"] for n, d in both.nodes(data=True) if n != iri("iom")} <= {"person"}


def test_topic_keeps_the_actors_that_address_it_and_its_narrower_topics():
    view = project(small_graph(), topic=iri("money"))
    # who addresses the topic or a narrower one, and the partners of the partnership about it
    assert _base(view) == {iri("beta"), iri("alpha")}
    assert {iri("money"), iri("costs")} <= set(view)  # the topics, as context
    assert iri("gamma") not in view


def test_topic_on_the_seed_graph(seed_graph, seed_store):
    view = project(seed_store, topic=iri("remittances"))
    kept = _base(view)
    addressing = {str(s) for s in seed_graph.subjects(MKG.addresses, ID["remittances"])}
    actors = {a for a in addressing if str(seed_graph.value(URIRef(a), MKG.kind)) in ACTORS_AND_INITIATIVES}
    assert actors and actors <= kept
    assert {view.nodes[n]["kind"] for n in kept} <= ACTORS_AND_INITIATIVES
    assert iri("gmg") not in kept
    # the page's topic filter keeps the same members
    data = page_data(render_html(seed_store))
    index = {("" if "://" in i["iri"] else data["base"]) + i["iri"]: k for k, i in enumerate(data["info"])}
    members = dict((t, m) for t, m in data["topics"])[index[iri("remittances")]]
    assert {data["info"][m]["iri"] for m in members} == {n[len(data["base"]):] for n in kept}


@pytest.mark.parametrize("kwargs, message", [
    ({"kinds": ["organisation", "spaceship"]}, "unknown kind spaceship; valid kinds: organisation, person"),
    ({"kinds": []}, "valid kinds"),
    ({"focus": iri("nobody")}, "focus https://w3id.org/migration-kg/id/nobody is not an entity"),
    ({"topic": iri("iom")}, "is of kind organisation, not a topic"),
    ({"topic": iri("nothing")}, "is not an entity"),
    ({"depth": -1}, "depth must be 0 or more"),
])
def test_bad_arguments_raise_usage_errors(seed_store, kwargs, message):
    with pytest.raises(UsageError, match=re.escape(message)):
        project(seed_store, **kwargs)
    with pytest.raises(UsageError):
        render_html(seed_store, **kwargs)


def test_unknown_kind_lists_every_valid_kind(seed_store):
    with pytest.raises(UsageError) as info:
        render_html(seed_store, kinds=["organization"])
    for kind in KIND_CLASS:
        assert kind in str(info.value)
    assert info.value.exit_code == 2


def test_the_layout_spreads_the_actor_network(seed_store):
    view = project(seed_store)
    pos = view_positions(view)
    base = sorted(_base(view))
    # no two drawn nodes on top of each other, and the most central not in a crowd
    close = [(a, b) for i, a in enumerate(base) for b in base[i + 1:] if math.dist(pos[a], pos[b]) < 15]
    assert close == []
    near_iom = [n for n in base if n != iri("iom") and math.dist(pos[n], pos[iri("iom")]) < 100]
    assert len(near_iom) < len(base) / 4


# -- the page -----------------------------------------------------------------------------------

def test_page_is_self_contained(seed_html):
    assert seed_html.startswith("<!DOCTYPE html>")
    lower = seed_html.lower()
    # nothing to load: no src/href to a URL, no <link>, no @import, no url() but data:
    assert not re.search(r"""(?:src|href|action|srcset|poster|data)\s*=\s*["']?\s*(?:https?:)?//""", lower)
    assert not re.search(r"<link\b", lower)
    assert not re.search(r"<script[^>]*\ssrc\s*=", lower)
    assert "@import" not in lower
    css = "".join(re.findall(r"<style>(.*?)</style>", lower, flags=re.S))
    assert all(u.startswith(("data:", '"data:', "'data:")) for u in re.findall(r"url\(\s*([^)]{0,12})", css))
    for cdn in ("cdnjs", "jsdelivr", "unpkg", "//cdn.", "bootstrap", "googleapis"):
        assert cdn not in lower
    assert "sourcemappingurl" not in lower
    # vis-network is inlined, and a CSP allows nothing from outside
    assert "vis-network" in seed_html and "new vis.Network(" in seed_html
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', seed_html).group(1)
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp and "unsafe-inline" not in csp.split(";")[1]


def test_page_is_deterministic(seed_store, seed_html):
    assert render_html(seed_store) == seed_html
    focus = render_html(seed_store, focus=iri("iom"), depth=2, kinds=["organisation", "topic"])
    assert focus == render_html(seed_store, focus=iri("iom"), depth=2, kinds=["organisation", "topic"])


def test_page_is_identical_across_processes_and_hash_seeds(tmp_path):
    script = ("import sys, hashlib; from rdflib import Graph; from migration_kg.outputs.view import render_html; "
              "sys.path.insert(0, sys.argv[1]); from tests.test_view import small_graph; "
              "print(hashlib.sha256(render_html(small_graph()).encode()).hexdigest())")
    digests = set()
    for seed in ("1", "2"):
        proc = subprocess.run([sys.executable, "-c", script, str(paths.ROOT)], capture_output=True, text=True,
                              env={"PYTHONHASHSEED": seed, "PATH": ""}, cwd=paths.ROOT, timeout=120)
        assert proc.returncode == 0, proc.stderr
        digests.add(proc.stdout.strip())
    assert len(digests) == 1


def test_page_data_matches_the_projection(seed_store, seed_html):
    data = page_data(seed_html)
    view = project(seed_store)
    assert len(data["nodes"]) == len(data["info"]) == len(view)
    assert {i["iri"] if "://" in i["iri"] else data["base"] + i["iri"] for i in data["info"]} == set(view.nodes)
    assert data["options"]["physics"]["enabled"] is False  # positions from networkx: drawn at once
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    # nodes come most central first (the page labels them in that order)
    cents = [i["centrality"] for i in data["info"]]
    assert cents == sorted(cents, reverse=True) and data["info"][0]["iri"] == "iom"
    assert data["minShared"] == MIN_SHARED_SECTIONS >= 2
    kinds = {k["kind"] for k in data["legend"]}
    assert {"organisation", "person", "topic"} <= kinds
    assert data["nodes"][0]["label"] == "IOM" and data["nodes"][0]["color"] == KIND_STYLES["organisation"].colour
    assert data["nodes"][0]["shape"] == KIND_STYLES["organisation"].shape
    assert all("title" not in n for n in data["nodes"])  # no HTML tooltips, ever
    assert all("title" not in e for e in data["facts"]) and "title" not in data["mentionStyle"]
    # curated facts: arrows from the options; partnerships: bold, coloured by kind, no arrows
    assert data["options"]["edges"]["arrows"]["to"]["enabled"] is True
    bold = [(e, meta) for e, meta in zip(data["facts"], data["factInfo"]) if "p" in meta]
    assert bold and all(e["width"] >= 3 and e["arrows"] == "" for e, _ in bold)
    for e, meta in bold:
        assert e["color"]["color"] == PARTNERSHIP_COLOURS[data["partnerships"][meta["p"][0]]["kind"]]
    assert {k["kind"] for k in data["partnershipKinds"]} == {p["kind"] for p in data["partnerships"]}
    facts = sum(1 for *_, d in view.edges(data=True) if d["layer"] == FACTS and "partnership" not in d)
    assert sum(len(meta.get("r", [])) for meta in data["factInfo"]) == facts


def test_hostile_strings_are_escaped_in_the_page():
    page = render_html(hostile_graph(), title="<b>Title</b>")
    for raw in (HOSTILE_LABEL, HOSTILE_SCRIPT, "<b onmouseover", "<svg onload", "<script>alert(5)", "<i>Section"):
        assert raw not in page
    assert "\u2028" not in page and "\u2029" not in page
    assert page.count("</script>") == 3  # data, vis-network, the view: nothing closes early
    assert "<title>&lt;b&gt;Title&lt;/b&gt;</title>" in page
    data = page_data(page)
    labels = {i["label"] for i in data["info"]}
    assert {HOSTILE_LABEL, HOSTILE_SCRIPT} <= labels
    quotes = [q for meta in data["factInfo"] for r in meta.get("r", []) for q, *_ in r[1]]
    assert HOSTILE_QUOTE in quotes
    assert "<i>Section</i>" in data["sections"]


def test_large_graphs_get_fixed_positions_and_no_physics():
    n = LARGE_PAGE + 50
    page = render_html(synthetic_graph(n))
    data = page_data(page)
    assert len(data["info"]) == n
    assert data["large"] is True and data["options"]["physics"]["enabled"] is False
    assert data["options"]["edges"]["smooth"] is False
    assert all(isinstance(node["x"], float) and isinstance(node["y"], float) for node in data["nodes"])
    assert len({(node["x"], node["y"]) for node in data["nodes"]}) == len(data["nodes"])


# -- static pictures ----------------------------------------------------------------------------

def test_png_is_a_png(seed_store):
    png = render_static(seed_store, "png")
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 20_000
    assert render_static(seed_store, "png") == png


def test_svg_parses_and_is_byte_stable(seed_store):
    svg = render_static(seed_store, "svg", focus=iri("iom"), depth=2)
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    assert render_static(seed_store, "svg", focus=iri("iom"), depth=2) == svg
    assert b"<dc:date>" not in svg


def test_a_property_given_twice_is_read_as_its_first_value_in_n_triples_order():
    t = small_tiny_graph()
    t.graph.add((ID["alpha"], RDFS.label, Literal("Aardvark Agency")))  # besides "Alpha Agency"
    t.graph.add((DOC["tiny-doc/section/opening"], RDFS.label, Literal("A second title")))
    store = t.store()
    view = project(store)
    assert view.nodes[iri("alpha")]["label"] == "Aardvark Agency"
    assert view.graph["sections"][str(DOC["tiny-doc/section/opening"])] == "A second title"
    assert analytics.actor_network(store).nodes[iri("alpha")]["label"] == "Aardvark Agency"
    assert render_html(store) == render_html(t.store())


def test_static_pictures_take_the_same_subsets_and_odd_labels():
    t = small_tiny_graph()
    t.graph.add((ID["alpha"], RDFS.label, Literal("Alpha $5 fund_{x}")))
    g = t.store()
    svg = render_static(g, "svg", kinds=["organisation"], labels=50)
    ET.fromstring(svg)
    ET.fromstring(render_static(hostile_graph(), "svg"))
    with pytest.raises(UsageError, match="png, svg or pdf"):
        render_static(g, "gif")


def drawn_texts(store: GraphStore, fmt: str, monkeypatch, **subset) -> tuple[object, list]:
    """The figure :func:`render_static` saved, and every text on it with the box it covers there
    (a node's label with its light box), measured as drawn: [(text, Bbox, is a node's label)]."""
    from matplotlib.figure import Figure
    from matplotlib.text import Annotation, Text
    from matplotlib.transforms import Bbox

    saved, savefig = [], Figure.savefig

    def recording(fig, *args, **kwargs):
        saved.append(fig)
        return savefig(fig, *args, **kwargs)

    monkeypatch.setattr(Figure, "savefig", recording)
    render_static(store, fmt, **subset)
    (fig,) = saved
    fig.canvas.draw()  # as drawn on the 100 dpi canvas (an SVG is the same picture, scaled)
    renderer = fig.canvas.get_renderer()
    texts = []
    for text in fig.findobj(Text):
        if not text.get_visible() or not text.get_text().strip():
            continue
        box = text.get_window_extent(renderer)
        if text.get_bbox_patch() is not None:
            box = Bbox.union([box, text.get_bbox_patch().get_window_extent(renderer)])
        texts.append((text.get_text(), box, isinstance(text, Annotation)))
    return fig, texts


@pytest.mark.parametrize("fmt", ["png", "svg"])
@pytest.mark.parametrize("subset", [{}, {"labels": 500}, {"focus": str(ID["iom"]), "depth": 2}],
                         ids=["default", "every-label", "focus"])
def test_picture_labels_never_overlap(seed_store, monkeypatch, fmt, subset):
    """No two texts of the picture (node labels on their light boxes, the legend, the title and
    the description) cover the same spot, and none runs off the picture."""
    fig, texts = drawn_texts(seed_store, fmt, monkeypatch, **subset)
    labels = [t for t, _, label in texts if label]
    assert len(labels) >= (10 if "focus" in subset else 25)  # labels are drawn, not dropped wholesale
    overlapping = [(a, b) for k, (a, box, _) in enumerate(texts) for b, other, _ in texts[k + 1:]
                   if box.x0 < other.x1 and other.x0 < box.x1 and box.y0 < other.y1 and other.y0 < box.y1]
    assert overlapping == []
    off = [t for t, box, _ in texts
           if not (fig.bbox.contains(box.x0, box.y0) and fig.bbox.contains(box.x1, box.y1))]
    assert off == []


def test_svg_text_is_editable_text(seed_store):
    svg = render_static(seed_store, "svg")
    root = ET.fromstring(svg)
    words = " ".join("".join(t.itertext()) for t in root.iter() if t.tag.endswith("}text"))
    assert "IOM" in words and "Migration and development network" in words and "partnership" in words
