"""The project's HTML pages (the network view, the ontology page, the review page, the query page),
rendered by Jinja2 from the package's templates/ with one shared page head (templates/head.html).

Every value put on a page is HTML-escaped unless it is :class:`markupsafe.Markup` (the page's own
scripts and styles, JSON already escaped for <script>): the environment autoescapes, and escapes as
:func:`html.escape` does (``&quot;`` and ``&#x27;`` for quotes). A name a template uses but is not
given is an error (StrictUndefined). A page's inline scripts are files of templates/ put on the
page as they are (:func:`script`), allowed to run by their hashes in the page's
Content-Security-Policy (:func:`script_hashes`): nothing else on the page can run.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json

import jinja2
from markupsafe import Markup

from migration_kg import resources


def _escape(value: object) -> object:
    """Every value a template prints, escaped by html.escape; Markup and None as they are."""
    if value is None or isinstance(value, Markup):
        return value
    return Markup(html.escape(str(value), quote=True))


def environment() -> jinja2.Environment:
    """A Jinja2 environment over the package's templates/: autoescaping, strict about undefined
    names, a template's last newline kept."""
    return jinja2.Environment(loader=jinja2.FileSystemLoader(resources.templates_dir()), autoescape=True,
                              undefined=jinja2.StrictUndefined, keep_trailing_newline=True, finalize=_escape)


def script(env: jinja2.Environment, name: str) -> Markup:
    """The text of a <script> element holding ``templates/NAME`` as it is (not rendered): a line
    break, then the file."""
    text, _, _ = env.loader.get_source(env, name)
    return Markup("\n" + text)


def script_json(value: object) -> Markup:
    """JSON to put inside <script>: no '<', '>', '&', U+2028 or U+2029 left as such."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return Markup(text)


def render(name: str, env: jinja2.Environment | None = None, **values: object) -> str:
    """``templates/NAME`` rendered with ``values`` (title, csp, generator, ...)."""
    return (env or environment()).get_template(name).render(**values)


def script_hashes(*scripts: str) -> str:
    """The CSP sources allowing exactly these inline scripts (the text of each <script> element)."""
    return " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode('utf-8')).digest()).decode('ascii')}'"
                    for s in scripts)
