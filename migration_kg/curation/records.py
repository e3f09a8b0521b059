"""One document folder read and checked into records (its text, statements, partnerships and
mentions): the first step of the build for every document, in this process or in a worker."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from migration_kg.curation.collector import Collector
from migration_kg.curation.mentions import Mention, MentionMatcher, unsettled_names
from migration_kg.curation.registry import Registry
from migration_kg.curation.sources import SourceDocument, load_document
from migration_kg.curation.statements import Curation, check_metadata_refs, load_statements
from migration_kg.limits import limits, using_limits
from migration_kg.vocabulary.ontology import Ontology


@dataclass
class DocumentRecords:
    """The checked records of one source document, before any RDF."""

    document: SourceDocument
    curation: Curation
    mentions: list[Mention]

    def notices(self) -> list[str]:
        """What the build skipped or a curator marked to check again (for the curation report)."""
        doc, found = self.document, []
        review = doc.metadata.get("review")
        if review:
            found.append(f"{doc.id}: metadata still marked for review: {', '.join(review)} "
                         "(remove them from 'review' once checked)")
        for name, ids in unsettled_names(doc, self.mentions).items():
            found.append(f"{doc.id}: the name {name!r} matches several registry entities ({', '.join(ids)}); say "
                         f"which one this document means in its metadata.yaml, like names: {{{name}: {ids[0]}}}")
        if self.curation.proposed:
            found.append(f"{doc.id}: skipped {len(self.curation.proposed)} proposed statement(s) (proposed: true); "
                         "remove the flag to accept one")
        return found


class DocumentReader:
    """Reads document folders against one registry and ontology, under the limits in force when it
    was made (also in a worker process, where it arrives pickled)."""

    def __init__(self, registry: Registry, ontology: Ontology):
        self.registry = registry
        self.ontology = ontology
        self.matcher = MentionMatcher(registry)
        self.limits = limits()

    def __call__(self, folder: Path) -> DocumentRecords:
        """Read and check one document folder; raises CurationErrors with every problem it holds."""
        with using_limits(**vars(self.limits)):
            errors = Collector()
            doc = load_document(folder)
            check_metadata_refs(doc, self.registry, errors)
            part = load_statements(doc, self.registry, self.ontology, errors)
            errors.check()
            return DocumentRecords(doc, part, self.matcher.find(doc))
