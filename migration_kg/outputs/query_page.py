"""The query page of ``migration-kg serve``: one offline HTML page with the library's questions
(queries/*.rq: the header's question as the description, the parameters as inputs), each run
against the served endpoint with fetch() and answered as an HTML table.

The page is rendered from templates/queries.html; its one script (templates/queries.js) runs by its
hash in the page's Content-Security-Policy, which lets the page talk to the endpoint and nothing
else, and puts every answer on the page as text. Parameters are bound as :func:`with_values` binds
them on the command line: a VALUES block of RDF terms (written here, by pyoxigraph) at the end of the
query's WHERE group; the page only picks among the terms it holds (the statuses, the documents,
the partnership kinds and the entities' names, read from the endpoint when the page is made).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

import pyoxigraph as ox
from markupsafe import Markup

from migration_kg.errors import UsageError
from migration_kg.outputs.page import environment, render, script, script_hashes, script_json
from migration_kg.query.resolve import names_query
from migration_kg.query.sparql import (PARAM_KINDS, STATUS_CHOICES, Rows, document_names_query, library,
                                       partnership_kinds_query, values_at)

TEMPLATE = "queries.html"
#: The page's script (templates/queries.js), put on the page as it is.
SCRIPT = "queries.js"


def _choices(kind: str, documents: Rows, kinds: Rows) -> list[list]:
    """The values of a status, document or kind parameter: [what the page shows, the term bound or None]."""
    if kind == "status":
        return [[value, None if value == "all" else str(ox.Literal(value))] for value in STATUS_CHOICES]
    if kind == "document":
        return [["all", None]] + [[f"{d['id'].value} ({d['title'].value})", str(ox.Literal(d["title"].value))]
                                  for d in documents.as_dicts()]
    return [["all", None]] + [[k, str(ox.Literal(k))] for k in sorted(row[0].value for row in kinds.rows)]


def _entities(names: Rows) -> list[list]:
    """Every entity: [label, kind, term, every name (label, acronyms, aliases)], by label."""
    found: dict[str, dict] = {}
    for row in names.as_dicts():
        entity = found.setdefault(row["entity"].value, {"kind": row["kind"].value, "label": None, "names": set()})
        entity["names"].add(row["name"].value)
        if row["is_label"] is not None and row["is_label"].value == "true":
            entity["label"] = row["name"].value
    return sorted(([e["label"] or iri, e["kind"], str(ox.NamedNode(iri)), sorted(e["names"])]
                   for iri, e in found.items()), key=lambda e: (e[0].casefold(), e[2]))


def render_query_page(endpoint: str, run: Callable[[str], Rows], *, title: str = "Questions to the graph") -> str:
    """The query page for the SPARQL endpoint ``endpoint`` (its query URL); ``run(query text) -> Rows``
    asks it for the names, documents and partnership kinds the inputs offer."""
    documents, kinds = run(document_names_query()), run(partnership_kinds_query())
    entities = _entities(run(names_query()))
    queries = []
    for query in library().values():
        params = []
        for p in query.parameters:
            param = {"name": p.name, "kind": p.kind, "description": p.description, "default": p.default}
            if PARAM_KINDS[p.kind] is None and p.kind != "entity":
                param["choices"] = _choices(p.kind, documents, kinds)
            else:
                allowed = PARAM_KINDS[p.kind]
                param["list"] = f"names-{p.kind}"
                param["kinds"] = sorted(allowed) if allowed else None
            params.append(param)
        closing = values_at(query.text)
        queries.append({"name": query.name, "question": query.question, "columns": query.columns,
                        "check": query.is_check, "params": params,
                        "before": query.text[:closing], "after": query.text[closing:]})
    lists = {}
    for q in queries:
        for p in q["params"]:
            if "list" in p:
                lists[p["list"]] = [e[0] for e in entities if p["kinds"] is None or e[1] in p["kinds"]]
    origin = urlsplit(endpoint)
    csp_connect = f"{origin.scheme}://{origin.netloc}"
    if not re.fullmatch(r"https?://[\w.\-\[\]:]+", csp_connect):
        raise UsageError(f"cannot make a query page for the endpoint {endpoint!r}: give http://HOST:PORT/query")
    env = environment()
    own = script(env, SCRIPT)
    csp = Markup(f"default-src 'none'; script-src {script_hashes(own)}; style-src 'unsafe-inline'; "
                 f"connect-src {csp_connect}; img-src data:; base-uri 'none'; form-action 'none'")
    data = {"endpoint": endpoint, "entities": entities,
            "queries": [{k: q[k] for k in ("name", "before", "after", "params")} for q in queries]}
    return render(TEMPLATE, env, title=title, generator="migration-kg serve", csp=csp, endpoint=endpoint,
                  queries=queries, lists=lists, data=script_json(data), script=own)
