"""The pages' templates (migration_kg/outputs/page.py): every value escaped unless it is Markup, a
name a template does not get is an error, and a page's scripts are allowed by their hashes."""

from __future__ import annotations

import base64
import hashlib

import jinja2
import pytest
from markupsafe import Markup

from migration_kg import resources
from migration_kg.outputs.page import environment, script, script_hashes, script_json


def test_values_are_escaped_as_html_escape_does_and_markup_is_not():
    template = environment().from_string('<p title="{{ a }}">{{ a }}{{ b }}</p>')
    page = template.render(a='<b>"Tom" & \'Jerry\'</b>', b=Markup("<i>ours</i>"))
    assert page == ('<p title="&lt;b&gt;&quot;Tom&quot; &amp; &#x27;Jerry&#x27;&lt;/b&gt;">'
                    "&lt;b&gt;&quot;Tom&quot; &amp; &#x27;Jerry&#x27;&lt;/b&gt;<i>ours</i></p>")


def test_a_name_the_template_is_not_given_is_an_error():
    with pytest.raises(jinja2.UndefinedError):
        environment().get_template("ontology.html").render(title="t", csp="", generator="g")


def test_scripts_are_put_on_the_page_as_they_are_and_hashed():
    env = environment()
    own = script(env, "view.js")
    assert own == "\n" + (resources.templates_dir() / "view.js").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(own.encode("utf-8")).digest()).decode("ascii")
    assert script_hashes(own) == f"'sha256-{digest}'"


def test_json_inside_a_script_cannot_close_it():
    text = script_json({"label": "</script><script>alert(1)</script>", "line": "\u2028&"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
