"""Stated, suggested or inferred: every library query that shows curated facts (a ``quote`` column)
says which each row is, and answers stated facts only unless ``--param status=`` says otherwise,
the same way in every query."""

from __future__ import annotations

import pytest

from migration_kg.query.params import bind_parameters as bind
from migration_kg.query.sparql import library, rows_of

LIBRARY = library()
#: Queries that show curated facts: each row quotes the report.
FACT_QUERIES = sorted(n for n, q in LIBRARY.items() if not q.is_check and "quote" in q.columns.split(", "))
#: What an analyst would type for the required parameters.
VALUES = {"actor": "IOM", "country": "Ghana", "actor_a": "IOM", "actor_b": "World Bank", "entity": "IOM"}


@pytest.fixture(scope="module")
def store(built):
    return built.store


def answer(store, name: str, status: str | None) -> list[dict]:
    query = LIBRARY[name]
    params = [f"{p.name}={VALUES[p.name]}" for p in query.parameters if p.default is None]
    if status is not None:
        params.append(f"status={status}")
    bindings = bind(query, params, lambda text: rows_of(store.solutions(text)))
    from migration_kg.query.sparql import select

    return [{k: (v.value if v is not None else None) for k, v in row.items()}
            for row in select(store, query.text, bindings).as_dicts()]


def test_the_fact_queries_are_the_ones_analysts_read():
    assert {"partnerships", "actor-profile", "actors-by-topic", "people", "organisers-and-funders",
            "country-profile", "what-each-report-says", "initiatives", "when-and-where",
            "relation-evidence"} <= set(FACT_QUERIES)


@pytest.mark.parametrize("name", FACT_QUERIES)
def test_every_fact_query_has_a_status_column_and_parameter(name):
    query = LIBRARY[name]
    assert "status" in query.columns.split(", ")
    (status,) = [p for p in query.parameters if p.kind == "status"]
    assert status.name == "status" and status.default == "stated"


@pytest.mark.parametrize("name", FACT_QUERIES)
def test_every_fact_query_honours_the_status_parameter(store, name):
    default = answer(store, name, None)
    every = answer(store, name, "all")
    assert default == answer(store, name, "stated")
    assert {r["status"] for r in default if r["quote"] is not None} <= {"stated"}
    for status in ("suggested", "inferred"):
        only = answer(store, name, status)
        assert {r["status"] for r in only if r["quote"] is not None} <= {status}
        assert all(r in every for r in only if r["quote"] is not None)
    assert all(r in every for r in default)
    assert {r["status"] for r in every} - {None} <= {"stated", "suggested", "inferred"}


def test_inferred_facts_are_shown_only_when_asked_and_then_marked(store):
    """The seed holds inferred facts about IOM (it takes part in the GFMD by inference)."""
    stated = answer(store, "what-each-report-says", None)
    every = answer(store, "what-each-report-says", "all")
    assert len(every) > len(stated)
    assert {r["status"] for r in every} == {"stated", "inferred"} or "suggested" in {r["status"] for r in every}
    # and the same facts come out of actor-profile
    assert len(answer(store, "actor-profile", "all")) == len(every)
