"""The package's own files (ontology, shapes, query library, templates, seed data), found with
importlib.resources: the same whether the package runs from a checkout, an editable install or
a wheel. In a checkout, ``migration_kg/ontology`` and ``queries`` are links to the top-level
``ontology/`` and ``queries/`` folders, so there is one copy of each. ``migration_kg/seed`` holds the
seed report's own files (its source folder and the registry entries it uses), apart from the working
``graph/``, which grows as curators add reports: ``--seed`` is the same report in every install mode.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from migration_kg.errors import UsageError

PACKAGE = "migration_kg"
ONTOLOGY_FILE = "migration-kg.ttl"
SHAPES_FILE = "shapes.ttl"


def package_dir(name: str) -> Path:
    """A folder of package data as a real path (the package is always installed unzipped)."""
    path = Path(str(resources.files(PACKAGE) / name))
    if not path.is_dir():
        raise UsageError(f"package data folder {name!r} is missing from the installed package ({path}); "
                         "reinstall migration-kg")
    return path


def ontology_dir() -> Path:
    return package_dir("ontology")


def ontology_file() -> Path:
    return ontology_dir() / ONTOLOGY_FILE


def shapes_file() -> Path:
    return ontology_dir() / SHAPES_FILE


def queries_dir() -> Path:
    return package_dir("queries")


def internal_query(name: str) -> str:
    """The text of ``queries/internal/NAME.rq``: a query of the package's own (names, counts, graphs),
    not part of the library users list."""
    return (queries_dir() / "internal" / f"{name}.rq").read_text(encoding="utf-8")


def templates_dir() -> Path:
    return package_dir("templates")


#: The kinds of curated file with a JSON Schema published in ``schemas/<kind>.schema.json``.
SCHEMA_KINDS = ("metadata", "registry", "statements")


def schema(kind: str) -> str:
    """The JSON Schema of one kind of curated file, as published with the package in
    ``schemas/<kind>.schema.json`` (what a curated file's first line names for editors)."""
    if kind not in SCHEMA_KINDS:
        raise UsageError(f"no schema for {kind!r}; valid: {', '.join(SCHEMA_KINDS)}")
    return (package_dir("schemas") / f"{kind}.schema.json").read_text(encoding="utf-8")


def seed_dir() -> Path:
    """The bundled seed data: the curated UNITAR report alone (``--seed``), whatever ``graph/`` holds."""
    return package_dir("seed")


def input_files() -> list[Path]:
    """Every package file a build reads (ontology, shapes, queries, the pages' templates): part of the
    build digest, so a build made with other ones is not reused."""
    files = sorted(ontology_dir().glob("*.ttl")) + sorted(ontology_dir().glob("*.jsonld"))
    return files + sorted(queries_dir().rglob("*.rq")) + sorted(p for p in templates_dir().iterdir() if p.is_file())
