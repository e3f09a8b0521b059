"""One document folder read and checked into records (its text, statements, partnerships and
mentions): the first step of the build for every document, in this process or in a worker."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from migration_kg.curation.mentions import Mention, MentionMatcher
from migration_kg.curation.registry import Registry
from migration_kg.curation.sources import SourceDocument, load_document
from migration_kg.curation.statements import Curation, check_metadata_refs, load_statements
from migration_kg.errors import Collector
from migration_kg.vocabulary.ontology import Ontology


@dataclass
class DocumentRecords:
    """The checked records of one source document, before any RDF."""

    document: SourceDocument
    curation: Curation
    mentions: list[Mention]


def read_document(folder: Path, registry: Registry, ontology: Ontology, matcher: MentionMatcher) -> DocumentRecords:
    """Read and check one document folder; raises CurationErrors with every problem it holds."""
    errors = Collector()
    doc = load_document(folder)
    check_metadata_refs(doc, registry, errors)
    part = load_statements(doc, registry, ontology, errors)
    errors.check()
    return DocumentRecords(doc, part, matcher.find(doc))
