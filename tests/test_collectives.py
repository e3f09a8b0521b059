"""Collectives (groups of people or of states that are not organisations) are actors, never organisations.

"Filipinos overseas", "diaspora donors", "UN Member States" and the migrants co-development assists act
in the report (they partner, take part, are sent a questionnaire) but have no membership or officers:
counting them as organisations would inflate the organisation counts of queries and analytics.
"""

from __future__ import annotations

from rdflib import RDF
from rdflib.namespace import ORG

from migration_kg.outputs.analytics import actor_network
from migration_kg.vocabulary.namespaces import ID, MKG
from migration_kg.vocabulary.ontology import KIND_CLASS, Ontology
from tests import paths

COLLECTIVES = {"filipinos-overseas", "diaspora-donors", "migrant-project-holders", "un-member-states"}


def test_the_reports_collectives_are_of_kind_collective(built, records):
    kinds = {e.id: e.kind for e in records.registry.values()}
    assert {kinds[c] for c in COLLECTIVES} == {"collective"}


def test_a_collective_is_an_actor_and_an_agent_but_not_an_organisation():
    onto = Ontology(paths.ONTOLOGY_FILE)
    assert KIND_CLASS["collective"] == MKG.Collective
    assert onto.is_a(MKG.Collective, MKG.Actor)
    assert not onto.is_a(MKG.Collective, MKG.Organisation)
    assert not onto.is_a(MKG.Collective, ORG.Organization)
    assert "collective" in onto.kinds_for(MKG.Actor)


def test_collectives_are_typed_collective_only(built, graph):
    g = graph
    for c in COLLECTIVES:
        assert set(g.objects(ID[c], RDF.type)) == {MKG.Collective}, c
    organisations = set(g.subjects(RDF.type, MKG.Organisation))
    assert not {ID[c] for c in COLLECTIVES} & organisations


def test_analytics_keep_collectives_as_actors_of_their_own_kind(built, records):
    net = actor_network(built.store)
    kinds = {n: d["kind"] for n, d in net.nodes(data=True)}
    # "A multi-stakeholder partnership between national and local governments, companies, business and
    # professional organizations and Filipinos overseas"
    assert kinds[str(ID["filipinos-overseas"])] == "collective"
    assert net.has_edge(str(ID["filipinos-overseas"]), str(ID["philippine-governments"]))
    assert sum(k == "organisation" for k in kinds.values()) == sum(
        e.kind == "organisation" for e in records.registry.values())
