"""What the ontology allows: entity kinds, relations with their domain and range.

The YAML vocabulary is read from ``ontology/migration-kg.ttl`` itself: a relation a curator
writes is the local name of an ontology property, so adding a property to the ontology makes
it usable without a code change.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from rdflib import OWL, RDF, RDFS, XSD, Graph, URIRef

from migration_kg.errors import CurationError
from migration_kg.vocabulary.kinds import KIND_CLASS_IRI
from migration_kg.vocabulary.namespaces import MKG

#: Ranges of relations whose statements give ``value:`` as a mapping (migration_kg.curation.amounts).
STRUCTURED_RANGES = {URIRef("https://schema.org/MonetaryAmount"), URIRef("https://schema.org/QuantitativeValue")}

#: Registry kind -> ontology class.
KIND_CLASS: dict[str, URIRef] = {kind: URIRef(iri) for kind, iri in KIND_CLASS_IRI.items()}

#: Properties the build writes itself; curators cannot use them as statement relations.
_NOT_FOR_STATEMENTS = {
    MKG.partner, MKG.partnershipKind, MKG.concerns, MKG.acronym, MKG.kind, MKG.iso3166Alpha2,
    MKG.iso3166Alpha3, MKG.title, MKG.sourceId, MKG.seriesTitle, MKG.seriesPosition,
    MKG.coOrganiser, MKG.placeOfPublication, MKG.reports, MKG.section, MKG.paragraph,
    MKG.startOffset, MKG.endOffset, MKG.level, MKG.hasEvidence, MKG.mentionOf, MKG.membership,
    MKG.quote, MKG.figure, MKG.assertionStatus, MKG.asOf,
}


@dataclass(frozen=True)
class Relation:
    name: str
    iri: URIRef
    domain: URIRef
    range: URIRef
    is_value: bool  # a datatype property: the statement gives `value`, not `object`


class Ontology:
    """The parsed ontology with the lookups the curation checks need."""

    def __init__(self, path: Path):
        self.path = path
        try:
            self.graph = Graph().parse(path, format="turtle")
        except FileNotFoundError as exc:
            raise CurationError("ontology file not found", file=path) from exc
        except Exception as exc:  # rdflib raises several parser error types
            raise CurationError(f"ontology is not valid Turtle: {exc}", file=path) from exc

    @cached_property
    def relations(self) -> dict[str, Relation]:
        found = {}
        for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
            for prop in self.graph.subjects(RDF.type, kind):
                if not isinstance(prop, URIRef) or not str(prop).startswith(str(MKG)):
                    continue
                if prop in _NOT_FOR_STATEMENTS:
                    continue
                name = str(prop)[len(str(MKG)):]
                rng = self._range(prop)
                found[name] = Relation(name=name, iri=prop,
                                       domain=self.graph.value(prop, RDFS.domain) or RDFS.Resource,
                                       range=rng,
                                       # a literal, or an amount or count the build makes a node of
                                       is_value=kind == OWL.DatatypeProperty or rng in STRUCTURED_RANGES)
        return dict(sorted(found.items()))

    def _range(self, prop: URIRef) -> URIRef:
        """The datatype a value must carry: mkg:valueDatatype where OWL 2 has none (the rdfs:range
        is then rdfs:Literal, e.g. for xsd:date), else the rdfs:range."""
        return (self.graph.value(prop, MKG.valueDatatype) or self.graph.value(prop, RDFS.range)
                or RDFS.Resource)

    @cached_property
    def _superclasses(self) -> dict[URIRef, set[URIRef]]:
        closure: dict[URIRef, set[URIRef]] = {}
        for cls in set(self.graph.subjects(RDF.type, OWL.Class)):
            seen, todo = {cls}, [cls]
            while todo:
                for sup in self.graph.objects(todo.pop(), RDFS.subClassOf):
                    if sup not in seen:
                        seen.add(sup)
                        todo.append(sup)
            closure[cls] = seen
        return closure

    def is_a(self, cls: URIRef, target: URIRef) -> bool:
        if target in (RDFS.Resource, OWL.Thing):
            return True
        return target in self._superclasses.get(cls, {cls})

    def kinds_for(self, target: URIRef) -> list[str]:
        """Registry kinds whose class falls under ``target``: for 'what would be valid' messages."""
        return [k for k, c in KIND_CLASS.items() if self.is_a(c, target)]

    def label(self, term: URIRef) -> str:
        return str(self.graph.value(term, RDFS.label) or term)

    @cached_property
    def partnership_kinds(self) -> dict[str, URIRef]:
        return {str(self.graph.value(k, URIRef("http://www.w3.org/2004/02/skos/core#notation"))): k
                for k in self.graph.subjects(RDF.type, MKG.PartnershipKind)}


