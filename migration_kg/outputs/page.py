"""The project's HTML pages (the network view, the ontology page) from the package's templates/:
one page head (templates/head.html) and one way of filling a template's ``{{ name }}`` slots."""

from __future__ import annotations

import re

from migration_kg import resources


def template(name: str) -> str:
    """``templates/NAME`` with the shared head (its ``{{ head }}``) in place."""
    folder = resources.templates_dir()
    head = (folder / "head.html").read_text(encoding="utf-8").rstrip("\n")
    return (folder / name).read_text(encoding="utf-8").replace("{{ head }}", head, 1)


def fill(text: str, values: dict[str, str]) -> str:
    """Replace each ``{{ name }}`` once; replacements are not scanned again."""
    return re.sub(r"\{\{ ([a-z_]+) \}\}", lambda match: values[match.group(1)], text)


def render(name: str, values: dict[str, str]) -> str:
    """``templates/NAME`` with its head, every slot filled from ``values`` (title, csp, generator, ...)."""
    return fill(template(name), values)
