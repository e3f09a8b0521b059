"""Reading the store for the view, the pictures and the analytics: the rows of the package's own
SELECTs (``queries/internal/*.rq``), grouped by a column, and single values read one way.

A property that should have one value (a label, a quote, a section) is read as the first of its
values in N-Triples order (the order of the sorted ``graph.nt``), so that even a graph that gives
two values draws the same page every time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from migration_kg import resources


def internal_rows(store, name: str) -> list:
    """The rows of ``queries/internal/NAME.rq`` on ``store`` (a :class:`migration_kg.stores.GraphStore`);
    a row's unbound columns are None."""
    return list(store.solutions(resources.internal_query(name)))


def rows_by(rows: Iterable, *columns: str) -> dict:
    """Rows by the term in ``columns`` (one column), or by the tuple of terms (several), first seen first."""
    out: dict = {}
    for row in rows:
        key = row[columns[0]] if len(columns) == 1 else tuple(row[c] for c in columns)
        out.setdefault(key, []).append(row)
    return out


def single_value(rows: list, column: str, **where):
    """The one value of ``column`` in ``rows`` (those whose columns equal ``where``): the first in
    N-Triples order, or None when there is none."""
    if len(rows) == 1 and not where:  # most properties have one value: one row
        return rows[0][column]
    values = [row[column] for row in rows if all(row[k] == v for k, v in where.items())]
    values = [v for v in values if v is not None]
    return min(values, key=str) if len(values) > 1 else (values[0] if values else None)


def value_text(term, default: str = "") -> str:
    """A term's value (an IRI, a literal's lexical form), or ``default`` when there is none or it is empty."""
    return (term.value if term is not None else "") or default


def local_name(iri: str) -> str:
    """The last part of an IRI, after its last ``#`` or ``/``."""
    return re.split(r"[#/]", iri)[-1]


def notation(rows: list, column: str) -> str | None:
    """The ``skos:notation`` of the term in ``column`` (the rows' ``notation`` where ``column`` is that
    term), else the term's local name; None when the rows have no such term."""
    node = single_value(rows, column)
    if node is None:
        return None
    return value_text(single_value(rows, "notation", **{column: node}), local_name(node.value))
