"""`benchmarks/agreement_benchmark.py` scores a second curation of the same texts against the first:
entities matched by id or by name, pairs through those matches, kinds compared."""

from __future__ import annotations

import re
import shutil

import pytest

from migration_kg import resources
from migration_kg.vocabulary.ontology import Ontology
from tests import paths

DOC = "unitar-2007-03-07-building-partnerships"


@pytest.fixture(scope="module")
def bench():
    import sys
    sys.path.insert(0, str(paths.ROOT / "benchmarks"))
    try:
        import agreement_benchmark
    finally:
        sys.path.remove(str(paths.ROOT / "benchmarks"))
    return agreement_benchmark


@pytest.fixture(scope="module")
def ontology():
    return Ontology(resources.ontology_file())


def _copy(tmp_path, name):
    folder = tmp_path / name
    shutil.copytree(paths.ROOT / "graph", folder)
    return folder


def _rename(folder, old, new):
    """Give entity ``old`` the id ``new`` everywhere a second curator would write it."""
    for path in [*folder.glob("registry/*.yaml"), *folder.glob("sources/*/metadata.yaml"),
                 *folder.glob("sources/*/statements/*.yaml")]:
        path.write_text(re.sub(rf"(?<![\w-]){re.escape(old)}(?![\w-])", new, path.read_text()))


def _row(bench, ontology, first, second):
    return bench.Agreement(bench.Curation(first, ontology), bench.Curation(second, ontology), DOC).second_curator()


def test_another_id_for_the_same_entity_is_matched_by_its_names(bench, ontology, tmp_path):
    second = _copy(tmp_path, "second")
    _rename(second, "macarthur-foundation", "john-and-catherine-macarthur")
    gold, found, right, pairs, hits, proposed, _ = _row(bench, ontology, paths.ROOT / "graph", second)
    assert (found, right) == (gold, gold)
    assert hits == pairs == proposed


def test_a_fact_the_second_curator_left_out_lowers_recall_not_precision(bench, ontology, tmp_path):
    second = _copy(tmp_path, "second")
    (second / "sources" / DOC / "statements" / "02-objectives.yaml").unlink()
    gold, found, right, pairs, hits, proposed, _ = _row(bench, ontology, paths.ROOT / "graph", second)
    assert hits == proposed < pairs
    assert right == found <= gold


def test_an_entity_registered_under_another_kind_lowers_kind_accuracy(bench, ontology, tmp_path):
    second = _copy(tmp_path, "second")
    registry = second / "registry" / "organisations.yaml"
    registry.write_text(registry.read_text().replace(
        "- id: macarthur-foundation\n  kind: organisation", "- id: macarthur-foundation\n  kind: collective"))
    gold, found, right, *_ = _row(bench, ontology, paths.ROOT / "graph", second)
    assert found == gold and right == gold - 1


def test_a_second_curators_own_entity_matches_nothing(bench, ontology, tmp_path):
    first = _copy(tmp_path, "first")
    _rename(first, "macarthur-foundation", "foundation-one")
    second = _copy(tmp_path, "second")
    registry = second / "registry" / "organisations.yaml"
    registry.write_text(registry.read_text().replace("label: MacArthur Foundation", "label: A Foundation Unnamed"))
    _rename(second, "macarthur-foundation", "foundation-two")
    gold, found, right, pairs, hits, proposed, _ = _row(bench, ontology, first, second)
    assert found == gold - 1
    assert hits < pairs == proposed
