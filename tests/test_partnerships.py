"""The partnerships query finds the partnerships the report states.

The expectations below are written from the report's text (``source.txt``), not from the query's
output: the kind of partnership, the partners as the report names them (a label or an acronym,
resolved through the graph's rdfs:label / mkg:acronym / skos:altLabel, not internal ids), the words
that state it, what it is about and the section it is in. The query runs on the exported Turtle,
parsed fresh, with rdflib and with pyoxigraph; both must give identical rows.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef

from migration_kg.vocabulary.namespaces import MKG
from migration_kg.curation.quotes import normalise
from tests.engines import as_n3, name_index, to_ox
from migration_kg.query.sparql import library
from tests.engines import oxigraph_store_from_file, run_oxigraph, run_rdflib
from tests.conftest import SOURCE_DIR

TEXT = normalise((SOURCE_DIR / "source.txt").read_text(encoding="utf-8"))
QUERY = library()["partnerships"]
#: The title page reads "UNITAR MIGRATION AND DEVELOPMENT SERIES ¹ BUILDING PARTNERSHIPS": the "1" is the call of
#: footnote 1 ("This Series is financially supported by ..."), not a number in the series.
TITLE = "UNITAR Migration and Development Series: Building Partnerships"
ACTOR_KINDS = {"organisation", "person", "country", "collective"}


@dataclass(frozen=True)
class Stated:
    """A partnership as the report states it."""

    kind: str
    partners: tuple[str, ...]  # as the report names them
    words: str  # the report's words that state it; the row's quote must contain them
    section: str  # the heading it stands under
    about: str | None = None  # a name of what it is about, as the report words it
    status: str = "stated"  # how the report gives it: stated, suggested or inferred (our reading)

    def __str__(self) -> str:
        return f"{self.kind}: {', '.join(self.partners)}"


STATED = [
    # BACKGROUND: "UNITAR in collaboration with UNFPA, IOM and the MacArthur Foundation hosted a seminar"
    Stated("co-organisation", ("UNITAR", "UNFPA", "IOM", "MacArthur Foundation"),
           "the United Nations Institute for Training and Research (UNITAR) in collaboration with the United "
           "Nations Population Fund (UNFPA), the International Organization for Migration (IOM) and the "
           "MacArthur Foundation hosted a seminar on Building Partnerships",
           "Background", about="Building Partnerships"),
    # Footnote 1: the series' funders.
    Stated("funding", ("MacArthur Foundation", "UNFPA"),
           "This Series is financially supported by the MacArthur Foundation and UNFPA",
           "Footnote 1", about="Migration and Development Seminar Series"),
    # APPROACHES: co-development scaled up to the European level.
    Stated("co-financing", ("EU", "migrants who want to contribute to the development of their home countries"),
           "the EU acts as co-financer of projects that migrants implement in their countries of origin",
           "Approaches", about="projects that migrants implement in their countries of origin"),
    # Mainstreaming Migration: Ghana's GPRS.
    Stated("collaboration", ("IOM", "Ghana"),
           "In collaboration with the IOM, the issue of migration is channelled into Ghana’s second generation "
           "growth and poverty reduction strategy (GPRS)",
           "Mainstreaming Migration", about="GPRS"),
    # THE PROCESS: the Global Migration Group.
    Stated("coordination", ("UN agencies", "IOM", "World Bank"),
           "through which UN agencies, the IOM and the World Bank coordinate their activities",
           "The process"),
    Stated("research", ("ILO", "IOM", "EU"),
           "the launching of a research network by ILO and IOM in partnership with the EU",
           "The process", about="research network"),
    # Diasporas: intermediaries and the schools partnership.
    Stated("intermediation", ("Ayala Foundation", "diaspora donors"),
           "intermediaries, such as the Ayala Foundation that operate in both countries of origin and residence, "
           "can play an important role as facilitators by offering diaspora donors tax benefits",
           "Diasporas", about="diaspora philanthropy", status="inferred"),  # "can play", Ayala as an example
    Stated("multi-stakeholder",
           ("national and local governments", "companies, business and professional organizations",
            "Filipinos overseas"),
           "A multi-stakeholder partnership between national and local governments, companies, business and "
           "professional organizations and Filipinos overseas, has led to the equipment of 1,085 public high "
           "schools in the Philippines",
           "Diasporas"),
    # Remittances: UNDP's public private partnership.
    Stated("public-private", ("UNDP", "insurance companies"),
           "a current project with insurance companies on health care coverage for migrants",
           "Remittances", about="project with insurance companies on health care coverage for migrants"),
]


@pytest.fixture(scope="module")
def exported(graph_ttl) -> Graph:
    """The exported Turtle alone, parsed fresh."""
    return Graph().parse(graph_ttl, format="turtle")


@pytest.fixture(scope="module")
def rows(exported):
    return run_rdflib(exported, QUERY.text)


@pytest.fixture(scope="module")
def names(exported) -> NameIndex:
    return name_index(exported)


def _partners(row: dict) -> set[URIRef]:
    """The partners of a row: its ``partners`` column, IRIs joined by spaces."""
    return {URIRef(iri) for iri in str(row["partners"]).split()}


def _rows_of(rows, stated: Stated) -> list[dict]:
    words = normalise(stated.words)
    found = [r for r in rows.as_dicts() if str(r["kind"]) == stated.kind and words in str(r["quote"])]
    assert found, f"no {stated.kind} row quoting {stated.words!r}"
    partnerships = {r["partnership"] for r in found}
    assert len(partnerships) == 1, f"{stated}: several partnerships quote these words: {partnerships}"
    return found


# -- the expectations themselves come from the report ---------------------------------------------------

@pytest.mark.parametrize("stated", STATED, ids=str)
def test_expectation_is_the_reports_own_words(stated):
    assert normalise(stated.words) in TEXT
    for name in stated.partners + ((stated.about,) if stated.about else ()):
        assert normalise(name) in TEXT, name


# -- the query finds them ---------------------------------------------------------------------------

@pytest.mark.parametrize("stated", STATED, ids=str)
def test_partnerships_query_finds_what_the_report_states(rows, names, stated):
    partners = {names.resolve(n, ACTOR_KINDS, what="actor") for n in stated.partners}
    assert len(partners) == len(stated.partners)
    found = _rows_of(rows, stated)
    assert len(found) == 1, "one row per partnership"
    row = found[0]
    assert _partners(row) == set(partners)
    labels = sorted((names.labels[to_ox(p)] for p in partners), key=lambda label: (label.casefold(), label))
    assert str(row["partners_label"]) == "; ".join(labels)  # alphabetical, in the same order as the IRIs
    assert [names.labels[to_ox(URIRef(i))] for i in str(row["partners"]).split()] == labels
    assert str(row["section"]) == stated.section
    assert str(row["document"]) == TITLE
    assert str(row["status"]) == stated.status
    if stated.about:
        about = names.labels[to_ox(names.resolve(stated.about))]
        assert about in str(row["about"]).split("; "), f"{stated} is not about {stated.about}"


def test_the_schools_partnership_is_about_the_1085_schools(rows, exported):
    """ "... has led to the equipment of 1,085 public high schools in the Philippines" """
    stated = next(s for s in STATED if s.kind == "multi-stakeholder")
    (row,) = _rows_of(rows, stated)
    about = {s for s in exported.subjects(MKG.schoolsEquipped, Literal(1085))}
    assert {str(exported.value(a, RDFS.label)) for a in about} <= set(str(row["about"]).split("; "))


def test_every_quote_in_the_rows_is_in_the_report(rows):
    assert rows.rows
    for r in rows.as_dicts():
        assert normalise(str(r["quote"])) in TEXT, r["partnership"]


def test_every_partnership_in_the_graph_has_rows(rows, exported):
    """No partnership is lost by the query (say, for a partner without a label)."""
    in_graph = set(exported.subjects(RDF.type, MKG.Partnership))
    assert sorted(r["partnership"] for r in rows.as_dicts()) == sorted(in_graph)  # each once
    for r in rows.as_dicts():
        assert _partners(r) == set(exported.objects(r["partnership"], MKG.partner))


def test_rows_are_identical_on_rdflib_and_pyoxigraph(rows, graph_ttl):
    on_oxigraph = run_oxigraph(oxigraph_store_from_file(graph_ttl), QUERY.text)
    assert rows.variables == on_oxigraph.variables
    assert as_n3(rows) == as_n3(on_oxigraph)
    assert len(rows.rows) >= len(STATED)
