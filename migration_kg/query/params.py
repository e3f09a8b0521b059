"""Bind a query's ``--param NAME=VALUE`` values as RDF terms: entity names through the names index,
``status``, ``document`` and ``kind`` through their own checks; a parameter left out takes its
default (``stated`` for status, ``all`` for the others and for optional filters, which binds nothing)."""

from __future__ import annotations

from migration_kg.errors import UsageError


def parse(query, params: list[str]) -> dict[str, str]:
    """``NAME=VALUE`` items as {name: value}, every parameter the query declares given a value
    (its default when left out); a UsageError for an unknown or missing parameter."""
    declared = {p.name: p for p in query.parameters}
    given: dict[str, str] = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name or not value:
            raise UsageError(f"--param {item!r}: write NAME=VALUE, e.g. actor=IOM")
        if name not in declared:
            valid = ", ".join(declared) or "none"
            raise UsageError(f"query {query.name!r} has no parameter {name!r}; its parameters: {valid}")
        given[name] = value
    for p in declared.values():
        if p.name not in given and p.default is not None:
            given[p.name] = p.default
    missing = [p for p in declared.values() if p.name not in given]
    if missing:
        p = missing[0]
        raise UsageError(f"query {query.name!r} needs --param {p.name}=... ({p.kind}: {p.description})")
    return given


def bind(query, params: list[str], run) -> dict:
    """``--param NAME=VALUE`` items as {name: RDF term}; ``run(query text) -> Rows`` answers the
    names, document and kind queries (on a store or an endpoint)."""
    from migration_kg.query.resolve import NameIndex, names_query
    from migration_kg.query.sparql import (PARAM_KINDS, document_binding, document_names_query, kind_binding,
                                           partnership_kinds_query, status_binding)

    declared = {p.name: p for p in query.parameters}
    given = parse(query, params)
    bound = {}
    entities = {}
    for name, value in given.items():
        kind = declared[name].kind
        if kind == "status":
            term = status_binding(value, name)
        elif kind == "document":
            term = None if value == "all" else document_binding(value, run(document_names_query()), name)
        elif kind == "kind":
            term = None if value == "all" else kind_binding(value, run(partnership_kinds_query()), name)
        elif declared[name].optional and value == "all":
            term = None
        else:
            entities[name] = value
            continue
        if term is not None:
            bound[name] = term
    if not entities:
        return bound
    index = NameIndex(run(names_query()))
    return {**{name: index.resolve(value, PARAM_KINDS[declared[name].kind], what=declared[name].kind)
               for name, value in entities.items()}, **bound}
