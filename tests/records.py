"""A data folder's checked records, read by the build's own first step (one document at a time,
every error of the run reported together), for tests that look at records rather than triples."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from migration_kg import resources
from migration_kg.curation.records import DocumentReader
from migration_kg.curation.registry import Registry, load_registry
from migration_kg.curation.sources import discover
from migration_kg.curation.collector import Collector
from migration_kg.vocabulary.ontology import Ontology


@dataclass
class Records:
    registry: Registry
    documents: list = field(default_factory=list)
    statements: list = field(default_factory=list)
    partnerships: list = field(default_factory=list)
    mentions: list = field(default_factory=list)


def load(data_dir: Path) -> Records:
    """Every curated file of ``data_dir`` read and checked (CurationErrors on bad input)."""
    ontology = Ontology(resources.ontology_file())
    errors = Collector()
    registry = load_registry(data_dir, errors)
    read = DocumentReader(registry, ontology)
    records = Records(registry)
    for folder in discover(data_dir):
        with errors.entry():
            one = read(folder)
            records.documents.append(one.document)
            records.statements += one.curation.statements
            records.partnerships += one.curation.partnerships
            records.mentions += one.mentions
    errors.check()
    return records
