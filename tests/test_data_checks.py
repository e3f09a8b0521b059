"""The library's data checks (``queries/*-violation.rq``) find what they are for.

tests/test_ontology.py and tests/test_queries.py show that every check returns no rows on the seed
graph; here each check gets the seed graph plus a few broken triples and must name exactly the node
at fault (a check that can never return a row would pass those tests too).
"""

from __future__ import annotations

import pytest

from migration_kg.query.sparql import library, rows_of
from migration_kg.stores import GraphStore

MKG = "https://w3id.org/migration-kg/ontology#"
ID = "https://w3id.org/migration-kg/id/"
OA = "http://www.w3.org/ns/oa#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
BROKEN = "https://w3id.org/migration-kg/graph/broken"


def _quads(*triples: tuple[str, str, str]) -> bytes:
    return "".join(f"{s} {p} {o} <{BROKEN}> .\n" for s, p, o in triples).encode()


def _rows(built, name: str, extra: bytes) -> list[tuple[str, ...]]:
    store = GraphStore.from_nquads(built.store.nquads() + extra)
    return [tuple(str(c.value) if c is not None else "" for c in row)
            for row in rows_of(store.solutions(library()[name].text)).rows]


CASES = {
    "undeclared-term-violation": (
        _quads((f"<{ID}unitar>", f"<{MKG}madeUpRelation>", f"<{ID}iom>"),
               (f"<{ID}unitar>", f"<{RDF}type>", f"<{MKG}MadeUpClass>")),
        {(f"{MKG}MadeUpClass", "class"), (f"{MKG}madeUpRelation", "predicate")},
    ),
    "relation-kind-violation": (
        # a topic cannot organise, and an organisation is not an undertaking
        _quads((f"<{ID}broken-assertion>", f"<{RDF}type>", f"<{MKG}Assertion>"),
               (f"<{ID}broken-assertion>", f"<{RDF}predicate>", f"<{MKG}organises>"),
               (f"<{ID}broken-assertion>", f"<{RDF}subject>", f"<{ID}international-migration>"),
               (f"<{ID}broken-assertion>", f"<{RDF}object>", f"<{ID}iom>")),
        {(f"{ID}broken-assertion", f"{MKG}organises", f"{ID}international-migration", "subject", f"{MKG}Actor"),
         (f"{ID}broken-assertion", f"{MKG}organises", f"{ID}iom", "object", f"{MKG}Undertaking")},
    ),
    "evidence-span-violation": (
        _quads((f"<{ID}broken-evidence>", f"<{MKG}section>", "<SECTION>"),
               (f"<{ID}broken-evidence>", f"<{OA}hasTarget>", f"<{ID}broken-target>"),
               (f"<{ID}broken-target>", f"<{OA}hasSelector>", f"<{ID}broken-selector>"),
               (f"<{ID}broken-selector>", f"<{RDF}type>", f"<{OA}TextPositionSelector>"),
               (f"<{ID}broken-selector>", f"<{OA}start>", '"20"^^<http://www.w3.org/2001/XMLSchema#integer>'),
               (f"<{ID}broken-selector>", f"<{OA}end>", '"10"^^<http://www.w3.org/2001/XMLSchema#integer>')),
        {f"{ID}broken-evidence"},
    ),
    "topic-outside-scheme-violation": (
        _quads((f"<{ID}orphan-topic>", f"<{RDF}type>", f"<{MKG}Topic>"),
               (f"<{ID}unitar>", f"<{MKG}addresses>", f"<{ID}iom>")),
        {(f"{ID}iom", "object of mkg:addresses is not a mkg:Topic"),
         (f"{ID}orphan-topic", "no path to a top concept of mkg:TopicScheme")},
    ),
}


def test_every_data_check_has_a_broken_case():
    assert set(CASES) == {name for name, q in library().items() if q.is_check}


@pytest.mark.parametrize("name", sorted(CASES))
def test_data_check_names_the_node_at_fault(built, name):
    extra, expected = CASES[name]
    if b"<SECTION>" in extra:  # a real section of the seed report, so only the span is wrong
        section = rows_of(built.store.solutions(
            f"SELECT ?s WHERE {{ ?s <{MKG}startOffset> ?o }} ORDER BY ?s LIMIT 1")).rows[0][0].value
        extra = extra.replace(b"<SECTION>", f"<{section}>".encode())
    rows = _rows(built, name, extra)
    if name == "evidence-span-violation":
        assert {r[0] for r in rows} == expected and all(r[1:3] == ("20", "10") for r in rows)
    else:
        assert set(rows) == expected and len(rows) == len(expected)
