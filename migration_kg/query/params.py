"""A library query's parameters: ``NAME=VALUE`` text as RDF terms, and the values a shell may offer.

``bind_parameters(query, ["actor=IOM"], run)`` checks the names against the query's declared
parameters, applies the defaults (``status=stated``, ``document=all``) and resolves every value:
a status to its term, a document by id or title, an entity by any name the tool prints (label,
acronym, alias, id, ``id:x`` or the full IRI). ``run(query text) -> Rows`` answers the names queries,
so the same code binds for a store and for a SPARQL endpoint. :func:`complete` gives the words a
shell completes, from the same declarations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from migration_kg.errors import UsageError


def split_param(item: str) -> tuple[str, str]:
    """``NAME=VALUE`` as (name, value); a usage error for anything else."""
    name, sep, value = item.partition("=")
    if not sep or not name or not value:
        raise UsageError(f"--param {item!r}: write NAME=VALUE, e.g. actor=IOM")
    return name, value


def given_values(query, params: Iterable[str]) -> dict[str, str]:
    """The text value of every parameter of ``query``: the ones given, then the defaults; a usage
    error names an undeclared parameter or the first one missing."""
    from migration_kg.query.sparql import PARAM_DEFAULTS

    declared = {p.name: p for p in query.parameters}
    given = {}
    for item in params:
        name, value = split_param(item)
        if name not in declared:
            valid = ", ".join(declared) or "none"
            raise UsageError(f"query {query.name!r} has no parameter {name!r}; its parameters: {valid}")
        given[name] = value
    for p in declared.values():
        if p.name not in given and p.kind in PARAM_DEFAULTS:
            given[p.name] = PARAM_DEFAULTS[p.kind]
    missing = [p for p in declared.values() if p.name not in given]
    if missing:
        p = missing[0]
        raise UsageError(f"query {query.name!r} needs --param {p.name}=... ({p.kind}: {p.description})")
    return given


def bind_parameters(query, params: Iterable[str], run: Callable) -> dict:
    """``NAME=VALUE`` texts as RDF terms for ``query``; ``run(query text) -> Rows`` answers the names query."""
    from migration_kg.query.resolve import NameIndex, names_query
    from migration_kg.query.sparql import (NOT_ENTITY_KINDS, PARAM_KINDS, document_binding, document_names_query,
                                           status_binding)

    declared = {p.name: p for p in query.parameters}
    given = given_values(query, params)
    bound = {}
    for name, value in given.items():
        if declared[name].kind == "status":
            term = status_binding(value, name)
            if term is not None:
                bound[name] = term
        elif declared[name].kind == "document" and value != "all":
            bound[name] = document_binding(value, run(document_names_query()), name)
    entities = {n: v for n, v in given.items() if declared[n].kind not in NOT_ENTITY_KINDS}
    if not entities:
        return bound
    index = NameIndex(run(names_query()))
    return {**{name: index.resolve(value, PARAM_KINDS[declared[name].kind], what=declared[name].kind)
               for name, value in entities.items()}, **bound}


def complete(query, prefix: str, names: Callable[[set[str] | None], list[str]]) -> list[str]:
    """What a shell may offer for ``--param PREFIX`` of ``query``: ``NAME=`` for each parameter, and
    after ``NAME=`` the values of that parameter's kind that start with what is typed (the status values, or ``names(kinds)``, the
    entity names of those kinds)."""
    from migration_kg.query.sparql import PARAM_KINDS, STATUS_CHOICES

    declared = {p.name: p for p in query.parameters}
    name, sep, typed = prefix.partition("=")
    if not sep:
        return [f"{p}=" for p in declared if p.startswith(prefix)]
    if name not in declared:
        return []
    kind = declared[name].kind
    values = list(STATUS_CHOICES) if kind == "status" else names(PARAM_KINDS[kind])
    return [f"{name}={v}" for v in starting_with(values, typed)]


def starting_with(values: Iterable[str], typed: str) -> list[str]:
    """The values that start with ``typed`` as written; when none does, those that start with it
    in any case."""
    values = list(values)
    exact = [v for v in values if v.startswith(typed)]
    return exact or [v for v in values if v.casefold().startswith(typed.casefold())]
