"""Property-based tests (Hypothesis): no mutation of the seed's curated YAML reaches a traceback.

Each example changes one thing in a scratch copy of graph/: a value replaced by one of another type
(None, numbers, dates, lists, mappings, odd Unicode, control characters, a huge string, another
entity's id), a key removed, an entry duplicated, a cycle (a topic broader than itself, a section
its own parent or a later section's child), or characters dropped into the raw text. The promise:

- the curation checks (``tests.records.load``, the build's first step, no RDF: fast) pass, or raise a KGError with
  exit code 2 whose every line is one line naming what is wrong: never another exception;
- the command line's ``build`` exits 0 or 2 (never 1 from a crash, never 3), prints no traceback,
  one ``error:`` line per error, and writes nothing to ``--out`` when it exits 2.

CI runs a fixed, bounded number of examples (profile ``ci``: 200 for the checks, derandomised).
A longer, random run:

    HYPOTHESIS_PROFILE=long python -m pytest -n 0 tests/test_properties.py
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.records import load
from migration_kg.errors import CurationErrors, KGError
from tests import paths
from tests.conftest import cli

pytestmark = pytest.mark.slow

settings.register_profile("ci", max_examples=200, derandomize=True, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("long", max_examples=5000, derandomize=False, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
settings.load_profile(PROFILE)

FILES = sorted(p.relative_to(paths.GRAPH_DIR) for p in paths.GRAPH_DIR.rglob("*.yaml"))
IDS = sorted({e["id"] for f in FILES if f.parts[0] == "registry"
              for e in yaml.safe_load((paths.GRAPH_DIR / f).read_text(encoding="utf-8")) or []})

_odd_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
HOSTILE = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-10**20, max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True), st.dates(min_value=dt.date(1, 1, 1)),
    _odd_text, st.sampled_from(["", " ", "\n", "id with space", "iom\n", "IOM", "x" * 1_100_000,
                                "\u202etxet", "\x00", "é\u0301", "\ufeffiom", "2007-02-30", "..", "/etc/hostname"]),
    st.sampled_from(IDS),
    st.lists(st.one_of(st.sampled_from(IDS), _odd_text, st.integers()), max_size=4),
    st.dictionaries(st.sampled_from(["id", "kind", "label", "x"]), st.one_of(_odd_text, st.integers()), max_size=3),
)


def _paths(node, prefix=()) -> list[tuple]:
    """Every place in a parsed YAML document where a value stands."""
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _paths(value, prefix + (i,))
    return found


def _get(node, path):
    for step in path:
        node = node[step]
    return node


@st.composite
def mutations(draw) -> tuple[Path, bytes]:
    """(file relative to the data folder, its new bytes)."""
    file = draw(st.sampled_from(FILES))
    raw = (paths.GRAPH_DIR / file).read_text(encoding="utf-8")
    data = yaml.safe_load(raw)
    how = draw(st.sampled_from(["replace", "replace", "replace", "delete", "duplicate", "cycle", "raw"]))
    if how == "raw":
        at = draw(st.integers(0, len(raw)))
        chunk = draw(st.sampled_from([":", "- ", "\t", "&a", "*a", "!!python/object:os.system", "{", "[", "'",
                                      "\"", "? ", "---\n", "%YAML 1.1\n", "\x07", "\n  - x", "#"]) | _odd_text)
        return file, (raw[:at] + chunk + raw[at:]).encode("utf-8")
    places = _paths(data)
    if how == "cycle":
        if file.parts[0] == "registry" and any(e.get("kind") == "topic" for e in data or []):
            topics = [e for e in data if e.get("kind") == "topic"]
            topic = draw(st.sampled_from(topics))
            topic["broader"] = [draw(st.sampled_from([topic["id"], *[t["id"] for t in topics]]))]
        elif file.name == "metadata.yaml":
            sections = data["sections"]
            i = draw(st.integers(0, len(sections) - 1))
            sections[i]["parent"] = draw(st.sampled_from([s["id"] for s in sections]))
        else:
            how = "duplicate"
    if how == "duplicate" and places:
        lists = [p for p in places if isinstance(_get(data, p), list) and _get(data, p)]
        target = _get(data, draw(st.sampled_from(lists))) if lists else None
        if target is not None:
            target.append(target[draw(st.integers(0, len(target) - 1))])
    if how in ("replace", "delete") and places:
        path = draw(st.sampled_from(places))
        parent = _get(data, path[:-1])
        if how == "delete" and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(HOSTILE)
    return file, yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**9).encode("utf-8")


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("prop") / "graph"
    shutil.copytree(paths.GRAPH_DIR, target)
    return target


def _apply(scratch: Path, mutation: tuple[Path, bytes]):
    file, content = mutation
    path = scratch / file
    original = path.read_bytes()
    path.write_bytes(content)
    return path, original


def _assert_lines(lines: list[str]) -> None:
    assert lines
    for line in lines:
        assert line.strip() and "\n" not in line and "Traceback" not in line, lines
        assert len(line) < 5000, line[:200]


@given(mutation=mutations())
def test_curation_checks_accept_or_refuse_in_one_line_each(scratch, mutation):
    path, original = _apply(scratch, mutation)
    try:
        load(scratch)
    except KGError as exc:
        assert exc.exit_code == 2, exc
        _assert_lines(exc.lines() if isinstance(exc, CurationErrors) else [str(exc)])
    finally:
        path.write_bytes(original)


@settings(max_examples=200 if PROFILE == "long" else 6)
@given(mutation=mutations())
def test_build_exits_0_or_2_and_writes_nothing_on_error(scratch, mutation, tmp_path_factory):
    path, original = _apply(scratch, mutation)
    out = tmp_path_factory.mktemp("out") / "out"
    try:
        run = cli("build", "--data", str(scratch), "--out", str(out), "--quiet")
    finally:
        path.write_bytes(original)
    assert run.returncode in (0, 2), run.stderr
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr
    if run.returncode == 2:
        errors = [line for line in run.stderr.splitlines() if line.startswith("error: ")]
        _assert_lines(errors)
        assert not out.exists()
