"""The curated YAML's schemas: one model per kind of entry (migration_kg/curation/schema.py), their
JSON Schemas published with the package and named on the first line of every curated file, so that
an editor checks a file as a curator types; the build refuses a misspelt key with its file and line."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from migration_kg import resources
from migration_kg.build import build
from migration_kg.curation.schema import FILE_KINDS, SLUG, render_schema
from migration_kg.curation.sources import ID_PATTERN
from migration_kg.errors import CurationErrors
from tests import paths

pytestmark = pytest.mark.curation


def kind_of(path: Path) -> str:
    parts = path.relative_to(paths.GRAPH_DIR).parts
    if parts[0] == "registry":
        return "registry"
    return "metadata" if parts[-1] == "metadata.yaml" else "statements"


CURATED = sorted(paths.GRAPH_DIR.glob("registry/*.yaml")) + sorted(paths.GRAPH_DIR.glob("sources/*/metadata.yaml")) \
    + sorted(paths.GRAPH_DIR.glob("sources/*/statements/*.yaml"))


def as_editor_reads(value):
    """A YAML value as a YAML language server checks it: dates are strings."""
    if isinstance(value, dict):
        return {k: as_editor_reads(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_editor_reads(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def validator(kind: str) -> jsonschema.protocols.Validator:
    document = json.loads(resources.schema(kind))
    cls = jsonschema.validators.validator_for(document)
    cls.check_schema(document)
    return cls(document, format_checker=cls.FORMAT_CHECKER)


@pytest.mark.parametrize("kind", sorted(FILE_KINDS))
def test_the_published_schemas_are_the_models(kind):
    assert list(resources.SCHEMA_KINDS) == sorted(FILE_KINDS)
    assert sorted(p.name for p in (paths.ROOT / "schemas").iterdir()) == [f"{k}.schema.json" for k in sorted(FILE_KINDS)]
    assert resources.schema(kind) == render_schema(kind), "stale: run python scripts/schemas.py"


def test_there_are_curated_files_of_every_kind():
    assert {kind_of(p) for p in CURATED} == set(FILE_KINDS)


def _is_seed_file(path: Path) -> bool:
    """A file of the seed report (the bundled seed holds a copy), not one a curator added beside it."""
    return (resources.seed_dir() / path.relative_to(paths.GRAPH_DIR)).is_file()


def test_the_seed_has_curated_files_of_every_kind():
    assert {kind_of(p) for p in CURATED if _is_seed_file(p)} == set(FILE_KINDS)


@pytest.mark.parametrize("path", CURATED, ids=lambda p: str(p.relative_to(paths.GRAPH_DIR)))
def test_every_curated_file_names_its_schema_and_passes_it(path):
    """Every file passes its kind's schema; the seed's files name it on their first line (as the files
    the tool writes do), and a curator's file that names one names the right one."""
    kind = kind_of(path)
    first = path.read_text(encoding="utf-8").splitlines()[0]
    match = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
    assert match or not _is_seed_file(path), f"{path}: the first line names no schema"
    if match:
        assert (path.parent / match.group(1)).resolve() == (paths.ROOT / "schemas" / f"{kind}.schema.json").resolve()
    data = as_editor_reads(yaml.safe_load(path.read_text(encoding="utf-8")))
    errors = [e.message for e in validator(kind).iter_errors(data)]
    assert errors == []


def leaves(errors):
    """The innermost errors (an optional value's error sits inside an anyOf)."""
    for error in errors:
        if error.context:
            yield from leaves(error.context)
        else:
            yield error


@pytest.mark.parametrize("kind, data, misspelt, right", [
    ("registry", [{"id": "iom", "kind": "organisation", "lable": "IOM"}], "lable", "label"),
    ("metadata", {"id": "a", "title": "T", "publisher": "P", "date": "2007-03-07", "text": "source.txt",
                  "sections": [{"id": "s", "title": "S", "heading": "H", "parnet": "x"}]}, "parnet", "parent"),
    ("statements", {"statements": [{"id": "s", "subject": "iom", "relation": "funds", "object": "unfpa",
                                    "qoute": "IOM funds UNFPA"}]}, "qoute", "quote"),
    ("statements", {"partnerships": [{"id": "p", "kind": "Partnership", "partners": ["iom", "unfpa"],
                                      "quote": "IOM and UNFPA", "short_quote_ok": "names both"}]},
     "short_quote_ok", "short-quote-ok"),
])
def test_the_schema_rejects_a_misspelt_key(kind, data, misspelt, right):
    found = [e for e in leaves(validator(kind).iter_errors(data)) if e.validator == "additionalProperties"]
    assert len(found) == 1 and repr(misspelt) in found[0].message
    fixed = json.loads(json.dumps(data).replace(f'"{misspelt}"', f'"{right}"'))
    assert list(validator(kind).iter_errors(fixed)) == []


def test_the_schema_rejects_a_wrong_type():
    errors = leaves(validator("registry").iter_errors([{"id": "IOM!", "kind": "ngo", "label": 3}]))
    assert sorted(e.validator for e in errors) == ["enum", "pattern", "type"]


def test_an_unknown_kind_of_schema_names_the_valid_ones():
    from migration_kg.errors import UsageError

    with pytest.raises(UsageError, match="valid: metadata, registry, statements"):
        resources.schema("registery")


@pytest.mark.parametrize("text", ["iom", "guy-serieys", "a1-b2", "IOM", "iom-", "-iom", "i_om", "iom\n", "", "a--b"])
def test_the_schema_and_the_build_read_ids_alike(text):
    assert bool(re.search(SLUG, text) and "\n" not in text) == bool(ID_PATTERN.match(text))


def _misspell(path: Path, old: str, new: str) -> int:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[:text.index(old)].count("\n") + 1


@pytest.mark.parametrize("where, old, new, message", [
    ("registry/organisations.yaml", "  label:", "  lable:", "unknown key 'lable' (did you mean 'label'?)"),
    ("statements", "    quote:", "    qoute:", "unknown key 'qoute' (did you mean 'quote'?)"),
    ("metadata.yaml", "\nsubtitle:", "\nsubtitel:", "unknown key 'subtitel' (did you mean 'subtitle'?)"),
])
def test_the_build_refuses_a_misspelt_key_naming_file_and_line(graph_copy, where, old, new, message):
    if where == "statements":
        path = sorted(graph_copy.glob("sources/*/statements/*.yaml"))[0]
    elif where == "metadata.yaml":
        path = next(graph_copy.glob("sources/*/metadata.yaml"))
    else:
        path = graph_copy / where
    line = _misspell(path, old, new) + (1 if old.startswith("\n") else 0)
    with pytest.raises(CurationErrors) as caught:
        build(graph_copy, None)
    lines = caught.value.lines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"{path.resolve()}:{line}: ") or f"{path.name}:{line}: " in lines[0], lines[0]
    assert message in lines[0]


def test_the_schema_command_prints_the_published_schema():
    from tests.conftest import cli

    run = cli("schema", "statements")
    assert run.returncode == 0 and run.stdout == resources.schema("statements")
    assert cli("schema", "registery").returncode == 2
