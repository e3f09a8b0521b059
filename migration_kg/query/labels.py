"""Names for the IRIs a result shows: the table and Markdown print them instead of the IRIs."""

from __future__ import annotations

import pyoxigraph as ox

from migration_kg import resources


def unnamed_iris(rows) -> list:
    """The IRIs of the columns that have no X_label column beside them, each once, sorted."""
    named = {v for v in rows.variables if f"{v}_label" in rows.variables}
    found = {term for row in rows.rows for var, term in zip(rows.variables, row)
             if var not in named and isinstance(term, ox.NamedNode)}
    return sorted(found, key=lambda t: t.value)


def names(rows, run) -> dict[str, str]:
    """{IRI: name} for :func:`unnamed_iris` of ``rows`` (the first label, or a document's title);
    ``run(query text) -> Rows`` asks the store or the endpoint. Nothing asked when there are none."""
    iris = unnamed_iris(rows)
    if not iris:
        return {}
    text = resources.internal_query("labels").rstrip() + "\nVALUES ?node { " + " ".join(str(t) for t in iris) + " }\n"
    found: dict[str, str] = {}
    for node, name in run(text).rows:
        found.setdefault(node.value, name.value)
    return found
