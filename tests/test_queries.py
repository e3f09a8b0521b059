"""The query library: every .rq file runs on rdflib and pyoxigraph with identical rows, and each
report answers with what the report itself says (expectations written from the text)."""

from __future__ import annotations

import re

import pytest
from rdflib import Graph, URIRef

from migration_kg.curation.quotes import normalise
from migration_kg.query.sparql import NOT_ENTITY_KINDS, PARAM_DEFAULTS, PARAM_KINDS, library, status_binding
from tests.engines import as_n3, name_index, oxigraph_store_from_file, run_oxigraph, run_rdflib
from tests.conftest import SOURCE_DIR

LIBRARY = library()
#: Parameter values an analyst would type, for the queries that declare parameters.
#: Reports that need several documents to answer (tests/test_curate.py and tests/test_documents.py
#: check their rows).
CROSS_DOCUMENT = {"actors-in-several-reports", "corroborated"}
PARAMS = {"actor": "IOM", "country": "Ghana", "actor_a": "IOM", "actor_b": "ILO", "entity": "remittances"}
TEXT = normalise((SOURCE_DIR / "source.txt").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def exported(graph_ttl) -> Graph:
    """The exported Turtle alone, parsed fresh (no Python-side state from the build)."""
    return Graph().parse(graph_ttl, format="turtle")


@pytest.fixture(scope="module")
def store(graph_ttl):
    return oxigraph_store_from_file(graph_ttl)


def bindings_for(query, graph: Graph, status: str | None = None) -> dict:
    index = name_index(graph)
    binds = {p.name: index.resolve(PARAMS[p.name], PARAM_KINDS[p.kind]) for p in query.parameters
             if p.kind not in NOT_ENTITY_KINDS and not p.optional}  # an optional filter: all, nothing bound
    # a document parameter takes its default (all reports: nothing bound), as on the command line
    # a status parameter takes its default, as on the command line
    binds.update({p.name: status_binding(status or PARAM_DEFAULTS[p.kind])
                  for p in query.parameters if p.kind == "status"})
    return {name: term for name, term in binds.items() if term is not None}


def rows(name: str, graph: Graph, status: str | None = None):
    """The rows of a library query; ``status`` as ``--param status=`` gives it (stated by default)."""
    query = LIBRARY[name]
    return run_rdflib(graph, query.text, bindings_for(query, graph, status)).as_dicts()


def texts(rows_, column: str) -> set[str]:
    return {str(r[column]) for r in rows_ if r[column] is not None}


def test_library_has_at_least_ten_reports_and_some_checks():
    reports = [q for q in LIBRARY.values() if not q.is_check]
    checks = [q for q in LIBRARY.values() if q.is_check]
    assert len(reports) >= 10 and len(checks) >= 1


@pytest.mark.parametrize("name", sorted(LIBRARY))
def test_query_header_states_question_columns_and_terms(name):
    query = LIBRARY[name]
    assert query.question, "header needs '# Question:'"
    assert re.search(r"^#\s*Terms:", query.text, re.M), "header needs '# Terms:'"
    declared = [c.strip() for c in query.columns.split(",")]
    select = re.search(r"^SELECT\s+(?:DISTINCT\s+)?(.*?)\s*$\s*WHERE", query.text, re.M | re.S).group(1)
    projected = re.findall(r"\?(\w+)(?=\s|\)|$)(?![^()]*\bAS\b)", re.sub(r"\(.*?AS\s+\?(\w+)\)", r"?\1", select))
    assert declared == projected, f"# Columns: {declared} but SELECT gives {projected}"


@pytest.mark.parametrize("name", sorted(LIBRARY))
def test_every_query_gives_identical_rows_on_rdflib_and_pyoxigraph(name, exported, store):
    query = LIBRARY[name]
    binds = bindings_for(query, exported)
    on_rdflib = run_rdflib(exported, query.text, binds)
    on_oxigraph = run_oxigraph(store, query.text, binds)
    assert on_rdflib.variables == on_oxigraph.variables
    assert as_n3(on_rdflib) == as_n3(on_oxigraph)
    if not query.is_check and name not in CROSS_DOCUMENT:
        assert on_rdflib.rows, f"report {name} returned no rows on the seed report"


@pytest.mark.parametrize("name", sorted(n for n, q in LIBRARY.items() if q.is_check))
def test_data_checks_find_nothing_in_the_seed_graph(name, exported):
    assert rows(name, exported) == []


def test_every_quote_in_every_report_is_the_reports_own_words(exported):
    for name, query in LIBRARY.items():
        if "quote" in query.columns.split(", "):
            for row in rows(name, exported):
                if row["quote"] is not None:
                    assert normalise(str(row["quote"])) in TEXT, (name, row["quote"])


# -- Content, written from the report's text ----------------------------------------------------

def test_organisers_and_funders_of_the_seminar_and_the_series(exported):
    r = rows("organisers-and-funders", exported)
    seminar = {x["actor_label"].value for x in r if x["undertaking_kind"].value == "event"
               and x["role"].value in ("organises", "hosts") and "Building Partnerships" in x["undertaking_label"]}
    # "UNITAR in collaboration with UNFPA, IOM and the MacArthur Foundation hosted a seminar"
    assert {"United Nations Institute for Training and Research", "United Nations Population Fund",
            "International Organization for Migration", "MacArthur Foundation"} <= seminar
    # Footnote: "This Series is financially supported by the MacArthur Foundation and UNFPA."
    series_funders = {x["actor_label"].value for x in r
                      if x["undertaking_kind"].value == "event-series" and x["role"].value == "funds"}
    assert series_funders == {"MacArthur Foundation", "United Nations Population Fund"}


def test_people_with_title_organisation_and_country(exported):
    r = rows("people", exported)
    people = texts(r, "person_label")
    assert {"Guy Serieys", "Mensa Bonsu", "Régine de Clercq", "Kofi Annan"} <= people
    bonsu = [x for x in r if x["person_label"].value == "Mensa Bonsu"]
    # "Mr. Mensa Bonsu, Director of Ghana's National Planning Commission"
    assert any(x["relation"].value == "member of" and "National Planning Commission" in x["related_label"]
               and x["title"] is not None and "Director" in x["title"] for x in bonsu)
    serieys = [x for x in r if x["person_label"].value == "Guy Serieys"]
    # "Mr. Guy Serieys, French Ambassador in charge of this matter"
    assert any(x["related_label"].value == "France" and "Ambassador" in str(x["title"]) for x in serieys)
    clercq = [x for x in r if x["person_label"].value == "Régine de Clercq"]
    # "Ambassador Régine de Clercq, Executive Director of the first Global Forum"
    assert any("Executive Director" in str(x["title"]) and "Global Forum" in str(x["related_label"]) for x in clercq)


def test_initiatives_with_who_leads_and_provides(exported):
    r = rows("initiatives", exported, status="all")
    pairs = {(x["undertaking_label"].value, x["role"].value if x["role"] else None,
              x["actor_label"].value if x["actor_label"] else None) for x in r}
    # "the IOM led International Migration and Development Initiative (IMDI)"
    assert any("International Migration and Development Initiative" in u and role == "leads"
               and a == "International Organization for Migration" for u, role, a in pairs)
    # "the French postal service launched a new worldwide money transferring service"
    assert any("money transferring service" in u and role == "provides" and a and "postal" in a
               for u, role, a in pairs)
    kinds = texts(r, "kind")
    assert {"programme", "policy", "agreement", "product", "service", "event"} <= kinds


def test_when_and_where(exported):
    r = rows("when-and-where", exported, status="all")  # the first Global Forum's dates are planned
    facts = {(x["undertaking_label"].value, x["property"].value, x["value"].value) for x in r}
    # "the first Global Forum ... that will be held in Belgium from 9-11 July 2007"
    assert any("Global Forum" in u and p == "start date" and v == "2007-07-09" for u, p, v in facts)
    assert any("Global Forum" in u and p == "end date" and v == "2007-07-11" for u, p, v in facts)
    assert any("Global Forum" in u and p == "held in" and v == "Belgium" for u, p, v in facts)
    # "The event was held in Conference room 9 at United Nations (UN) Headquarters."
    assert any(p == "held in" and v == "Conference room 9" for u, p, v in facts)
    # "International Conference on Population and Development (ICPD) in 1994"
    assert any("Population and Development" in u and p == "year" and v == "1994" for u, p, v in facts)


def test_actors_by_topic_are_curated_facts(exported):
    r = rows("actors-by-topic", exported)
    pairs = {(x["topic_label"].value, x["actor_label"].value) for x in r}
    # "UNDP approaches the issue of remittances as part of a broader agenda"
    assert ("remittances", "United Nations Development Programme") in pairs
    # "Over the last 20 years, France has developed activities" (co-development)
    assert any(a == "France" and "co-development" in t for t, a in pairs)


def test_topic_co_mentions_are_labelled_as_such(exported):
    r = rows("topic-co-mentions", exported)
    assert texts(r, "evidence_type") == {"co-mention"}
    # The Diasporas section names the Ayala Foundation and diaspora philanthropy.
    assert any(x["actor_label"].value == "Ayala Foundation" and x["topic_label"].value == "diaspora philanthropy"
               and x["section"].value == "Diasporas" for x in r)


def test_topics_by_section(exported):
    r = rows("topics-by-section", exported)
    remittances = {x["section"].value: int(x["mentions"]) for x in r if x["topic_label"].value == "remittances"}
    # The Remittances section says "remittances" several times (heading included).
    assert remittances.get("Remittances", 0) >= 3
    assert "Approaches" in remittances


def test_topic_hierarchy_has_a_root_and_the_reports_themes(exported):
    r = rows("topic-hierarchy", exported)
    broader = {(x["topic_label"].value, x["broader_label"].value) for x in r if x["broader_label"] is not None}
    # 'social remittances', "such as skills and attitudes", are not money: not narrower than remittances
    assert ("social remittances", "migration and development") in broader
    assert ("social remittances", "remittances") not in broader
    assert ("diaspora philanthropy", "diasporas") in broader
    tops = texts(r, "top_label")
    assert tops == {"migration and development"}
    labels = texts(r, "topic_label")
    for theme in ("brain drain", "brain circulation", "circular migration", "temporary migration",
                  "permanent migration", "internal migration", "co-development", "citizenship",
                  "informal labour", "policy coherence", "feminisation of migration"):
        assert theme in labels, theme


def test_figures_the_report_gives(exported):
    r = rows("figures", exported)
    values = {(x["counts"].value, str(x["value"])) for x in r}
    # Attendance: thirty-one delegates, sixteen staff, twenty-two civil society participants.
    assert ("delegates from Permanent Missions", "31") in values
    assert ("staff of the UN system and other international organisations", "16") in values
    assert ("participants from civil society", "22") in values
    # "1,085 public high schools ... reaching 520,000 underprivileged youths and training about 2,000 teachers"
    assert {("schools equipped", "1085"), ("youths reached", "520000"), ("teachers trained", "2000")} <= values
    # "119 responses", "Eighty-seven countries", "191 UN member states"
    assert {("questionnaire responses", "119"), ("countries listing priorities", "87"),
            ("member states", "191")} <= values


def test_actor_profile_of_iom(exported):
    r = rows("actor-profile", exported)
    partners = {x["other_label"].value for x in r if x["direction"].value == "partner"}
    # ILO and IOM research network; IOM collaboration with Ghana; IOM co-organised the seminar.
    assert {"International Labour Organization", "Ghana", "United Nations Institute for Training and Research"} <= partners
    assert all(r_["actor"] == URIRef("https://w3id.org/migration-kg/id/iom") for r_ in r)


def test_country_profile_of_ghana(exported):
    r = rows("country-profile", exported, status="all")
    assert {(x["iso2"].value, x["iso3"].value) for x in r} == {("GH", "GHA")}
    # "Mr. Mensa Bonsu, Director of Ghana’s National Planning Commission": the commission is Ghana's, and its
    # director represents Ghana by our reading (an inferred fact; the report never says he speaks for Ghana).
    assert any(x["direction"].value == "in" and x["other_label"].value == "National Planning Commission"
               and x["relation"].value == "based in" for x in r)
    assert any(x["direction"].value == "in" and x["other_label"].value == "Mensa Bonsu"
               and x["relation"].value == "represents" for x in r)
    # "the wages of doctors have risen in Ghana as a result of the emigration of many health care professionals"
    assert any(x["direction"].value == "out" and x["other_label"].value == "health workers"
               and "wages of doctors have risen in Ghana" in x["quote"].value for x in r)
    # "In collaboration with the IOM"
    assert any(x["direction"].value == "partner" and x["other_label"].value == "International Organization for Migration"
               for x in r)


def test_relation_evidence_between_iom_and_ilo(exported):
    r = rows("relation-evidence", exported)
    assert any("research network by ILO and IOM" in x["quote"] for x in r)


def test_entity_sections_for_remittances(exported):
    r = rows("entity-sections", exported)
    sections = {x["section"].value: int(x["mentions"]) for x in r}
    assert {"Approaches", "Remittances", "Mainstreaming Migration"} <= set(sections)
    starts = [int(x["section_start"]) for x in r]
    assert starts == sorted(starts)
