"""A library query's parameters: ``NAME=VALUE`` text as RDF terms, and the values a shell may offer.

``bind_parameters(query, ["actor=IOM"], run)`` checks the names against the query's declared
parameters, applies the defaults (``status=stated``; ``all`` for ``document``, ``kind`` and optional
filters, which binds nothing) and resolves every value:
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
    declared = {p.name: p for p in query.parameters}
    given = {}
    for item in params:
        name, value = split_param(item)
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


def bind_parameters(query, params: Iterable[str], run: Callable) -> dict:
    """``NAME=VALUE`` texts as RDF terms for ``query``; ``run(query text) -> Rows`` answers the names query."""
    from migration_kg.query.resolve import NameIndex, names_query
    from migration_kg.query.sparql import (NOT_ENTITY_KINDS, PARAM_KINDS, document_binding, document_names_query,
                                           kind_binding, partnership_kinds_query, status_binding)

    declared = {p.name: p for p in query.parameters}
    given = given_values(query, params)
    bound = {}
    for name, value in given.items():
        kind = declared[name].kind
        term = None
        if kind == "status":
            term = status_binding(value, name)
        elif kind == "document" and value != "all":
            term = document_binding(value, run(document_names_query()), name)
        elif kind == "kind" and value != "all":
            term = kind_binding(value, run(partnership_kinds_query()), name)
        if term is not None:
            bound[name] = term
    # an optional filter left at "all" binds nothing
    entities = {n: v for n, v in given.items() if declared[n].kind not in NOT_ENTITY_KINDS
                and not (declared[n].optional and v == "all")}
    if not entities:
        return bound
    index = NameIndex(run(names_query()))
    return {**{name: index.resolve(value, PARAM_KINDS[declared[name].kind], what=declared[name].kind)
               for name, value in entities.items()}, **bound}


def complete(query, prefix: str, run: Callable | None) -> list[str]:
    """What a shell may offer for ``--param PREFIX`` of ``query``: ``NAME=`` for each parameter, and
    after ``NAME=`` the values of that parameter's kind that start with what is typed: the status
    values; ``all`` and the partnership kinds or the documents' ids; the names of the entities of the
    parameter's kind. ``run(query text) -> Rows`` answers the names queries (None: no build to ask,
    so only the values every build has)."""
    from migration_kg.query.resolve import names_query
    from migration_kg.query.sparql import (PARAM_KINDS, STATUS_CHOICES, document_names_query,
                                           partnership_kinds_query)

    declared = {p.name: p for p in query.parameters}
    name, sep, typed = prefix.partition("=")
    if not sep:
        return [f"{p}=" for p in declared if p.startswith(prefix)]
    if name not in declared:
        return []
    kind = declared[name].kind
    if kind == "status":
        values = list(STATUS_CHOICES)
    elif kind in ("document", "kind"):
        values = ["all"]
        if run is not None:
            asked = run(partnership_kinds_query() if kind == "kind" else document_names_query())
            values += [row[0 if kind == "kind" else 1].value for row in asked.rows]
    elif run is None:
        values = []
    else:
        values = entity_names(run(names_query()), PARAM_KINDS[kind])
    if declared[name].optional and "all" not in values:
        values.insert(0, "all")
    return [f"{name}={v}" for v in starting_with(values, typed)]


def entity_names(rows, kinds: set[str] | None) -> list[str]:
    """Labels, acronyms, aliases and ids of the entities of ``kinds`` (all when None) in ``rows``
    (answering ``queries/internal/names.rq``), sorted as people read them."""
    from migration_kg.query.resolve import ID

    names = set()
    for entity, kind, name, _ in rows.rows:
        if kinds is None or kind.value in kinds:
            names.add(name.value)
            if entity.value.startswith(ID):
                names.add(entity.value[len(ID):])
    return sorted(names, key=str.casefold)


def starting_with(values: Iterable[str], typed: str) -> list[str]:
    """The values that start with ``typed`` as written; when none does, those that start with it
    in any case."""
    values = list(values)
    exact = [v for v in values if v.startswith(typed)]
    return exact or [v for v in values if v.casefold().startswith(typed.casefold())]
