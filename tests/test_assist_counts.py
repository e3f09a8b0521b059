"""Counts are proposed as `quantity` with `value: {count, unit}` (the form graph/CURATION.md gives),
and co-organisers named in one quote as a co-organisation."""

from __future__ import annotations

import yaml

from migration_kg import resources
from migration_kg.assist.patterns import example_document
from migration_kg.assist.propose import grouped_entries, proposals_for, statements_text
from migration_kg.vocabulary.ontology import Ontology

ONTOLOGY = Ontology(resources.ontology_file())


def test_counts_become_quantity_entries_and_co_organisers_a_partnership():
    doc, registry = example_document(
        "The [Delta Institute|organisation] and the [Harbour Foundation|organisation] are holding the "
        "[Forum on Diaspora Skills|event] in [Port Valo|place]. The forum brought together some 150 participants "
        "from 40 countries; 4 billion people own phones.")
    result = proposals_for(doc, registry, ONTOLOGY)
    entries = grouped_entries(result.statements)
    counts = [e for e in entries if e["relation"] == "quantity"]
    assert [(e["subject"], e["value"]) for e in counts] == [
        ("forum-on-diaspora-skills", {"count": 150, "unit": "participants"}),
        ("forum-on-diaspora-skills", {"count": 40, "unit": "countries"})]
    assert all(e["quote"] in " ".join(doc.text.split()) for e in counts)
    assert any(e["relation"] == "heldIn" and e.get("object") == "port-valo" for e in entries)
    [partnership] = result.partnerships
    assert (partnership.kind, partnership.partners, partnership.about) == (
        "co-organisation", ["delta-institute", "harbour-foundation"], ["forum-on-diaspora-skills"])
    written = yaml.safe_load(statements_text(entries, [partnership.entry()], ""))
    assert {"count": 150, "unit": "participants"} in [s.get("value") for s in written["statements"]]
