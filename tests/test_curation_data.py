"""Fast checks of the curated data alone, for curators: `pytest -m curation` (no RDF, no SHACL).

They read graph/ as it is, every report in it: the curated files load and check (every id known,
every quote found in its text, every value well typed), every fact that is not stated says how
in a note, and registry comments stay neutral across reports.
"""

from __future__ import annotations

import pytest

from tests.records import load
from migration_kg.curation.comments import check_comments
from migration_kg.curation.quotes import normalise
from tests import paths

pytestmark = pytest.mark.curation


@pytest.fixture(scope="module")
def curated():
    return load(paths.GRAPH_DIR)  # raises CurationError (file:line: entry: what) on bad input


def test_the_curated_data_loads(curated):
    assert curated.documents and curated.statements and curated.registry


def test_every_quote_is_found_in_its_document(curated):
    """The words each fact cites are, white space and quote styles aside, the words at its span."""
    from migration_kg.curation.statements import expand_parties
    from migration_kg.curation.yamlio import load_yaml

    written = {}
    for path in {f.file for f in [*curated.statements, *curated.partnerships]}:
        data = load_yaml(path) or {}
        for entry in [*(data.get("statements") or []), *(data.get("partnerships") or [])]:
            for fact in expand_parties(entry, path):  # an entry naming several parties: one fact per pair
                written[(path, fact["id"])] = entry["quote"]
    texts = {d.id: d.text for d in curated.documents}
    wrong = []
    for fact in [*curated.statements, *curated.partnerships]:
        span = fact.evidence.span
        if normalise(texts[fact.document][span.start:span.end]) != normalise(written[(fact.file, fact.id)]):
            wrong.append(f"{fact.file}:{fact.line}: {fact.id}")
    assert not wrong, "quotes whose span holds other words:\n" + "\n".join(wrong)


def test_every_fact_that_is_not_stated_has_a_note(curated):
    missing = [f"{f.file}:{f.line}: {f.id}" for f in [*curated.statements, *curated.partnerships]
               if f.modality.status != "stated" and not (f.modality.note or "").strip()]
    assert not missing, "suggested or inferred facts need `note:` saying how:\n" + "\n".join(missing)


def test_registry_comments_are_neutral_across_reports(curated):
    flagged = check_comments(curated.registry)
    assert not flagged, "registry comments naming an event or a report:\n" + "\n".join(flagged)
