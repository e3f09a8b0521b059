"""The query page of `migration-kg serve`, as written: every question of the library with its
parameters, bound as the command line binds them, and nothing from the data run as HTML."""

from __future__ import annotations

import json
import re

from migration_kg.query.resolve import NameIndex, names_query
from migration_kg.query.sparql import library, rows_of, with_values
from migration_kg.outputs.query_page import render_query_page
from tests.test_server import bindings


def page_data(html: str) -> dict:
    return json.loads(re.search(r'<script type="application/json" id="q-data">(.*?)</script>', html, re.S).group(1))


def test_the_page_binds_parameters_as_the_command_line_does(built):
    run = lambda text: rows_of(built.store.solutions(text))  # noqa: E731
    html = render_query_page("http://127.0.0.1:7878/query", run)
    data = page_data(html)
    assert [q["name"] for q in data["queries"]] == list(library())
    index = NameIndex(run(names_query()))
    for q in data["queries"]:
        query = library()[q["name"]]
        assert q["before"] + q["after"] == query.text
        bound = bindings(query, index)
        if not bound:
            continue
        # what the page's script builds from the terms it holds
        names = " ".join(f"?{k}" for k in bound)
        terms = " ".join(str(v) for v in bound.values())
        assert q["before"] + f"  VALUES ({names}) {{ ({terms}) }}\n" + q["after"] == with_values(query.text, bound)
        for p in q["params"]:
            if p["name"] in bound and "choices" in p:
                assert str(bound[p["name"]]) in [term for _, term in p["choices"]]
            elif p["name"] in bound:
                assert str(bound[p["name"]]) in [e[2] for e in data["entities"]]


def test_the_page_is_offline_and_escapes_the_data(built):
    run = lambda text: rows_of(built.store.solutions(text))  # noqa: E731
    html = render_query_page("http://127.0.0.1:7878/query", run)
    assert "connect-src http://127.0.0.1:7878;" in html and "default-src 'none'" in html
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=", html)
    assert html == render_query_page("http://127.0.0.1:7878/query", run)  # the same bytes
    assert html.count("<script") == 2  # the data (JSON, never run) and the page's own script
    # the questions' words are text: partnerships's '"; " between them' escaped
    assert "(partners_label and about: names in alphabetical order, &quot;; &quot; between them;" in html
