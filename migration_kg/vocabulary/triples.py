"""Turn checked records into RDF triples: knowledge + provenance + mentions.

Every node gets a stable IRI minted from curator ids and character offsets (no blank nodes), so
serialisations are byte-identical from run to run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, SDO as SCHEMA, SKOS

from migration_kg.vocabulary.namespaces import DOC, ID, MKG, ROLE
from migration_kg.vocabulary.ontology import KIND_CLASS, Ontology
from migration_kg.curation.amounts import StructuredValue
from migration_kg.curation.mentions import Mention
from migration_kg.curation.modality import STATUSES, Modality
from migration_kg.curation.quotes import normalise
from migration_kg.curation.registry import Registry
from migration_kg.curation.sources import SourceDocument
from migration_kg.curation.statements import Curation, Evidence, Partnership, Statement

OA = URIRef("http://www.w3.org/ns/oa#")


def oa(term: str) -> URIRef:
    return URIRef(str(OA) + term)


def entity_iri(eid: str) -> URIRef:
    return ID[eid]


def document_iri(doc_id: str) -> URIRef:
    return DOC[doc_id]


def section_iri(doc_id: str, section_id: str) -> URIRef:
    return DOC[f"{doc_id}/section/{section_id}"]


def paragraph_iri(doc_id: str, index: int) -> URIRef:
    return DOC[f"{doc_id}/paragraph/{index}"]


def statement_iri(doc_id: str, sid: str) -> URIRef:
    return DOC[f"{doc_id}/statement/{sid}"]


def partnership_iri(doc_id: str, pid: str) -> URIRef:
    return DOC[f"{doc_id}/partnership/{pid}"]


def evidence_iri(fact: URIRef) -> URIRef:
    """The evidence of a curated fact (assertion or partnership) hangs off the fact's own IRI."""
    return URIRef(f"{fact}/evidence")


def _nni(n: int) -> Literal:
    return Literal(n, datatype=XSD.integer)


class TripleList(list):
    """Where the builder puts its triples, in order (``add`` as on an rdflib graph)."""

    def add(self, triple) -> None:
        self.append(triple)


class GraphBuilder:
    """Makes the triples of the registry, of documents, curated facts and mentions (into
    ``self.graph``, a TripleList; the ontology's own triples are loaded by the build from its file)."""

    def __init__(self, ontology: Ontology | None = None):
        self.graph = TripleList()
        self._texts: dict[str, str] = {}

    def add(self, *triples: tuple) -> None:
        for t in triples:
            self.graph.add(t)

    # -- registry -----------------------------------------------------------------------------
    def add_registry(self, registry: Registry) -> None:
        g = self.graph
        narrower: dict[str, list[str]] = {}
        for e in registry.values():
            for b in e.broader:
                narrower.setdefault(b, []).append(e.id)
        for e in registry.values():
            s = entity_iri(e.id)
            g.add((s, RDF.type, KIND_CLASS[e.kind]))
            g.add((s, MKG.kind, Literal(e.kind)))
            g.add((s, RDFS.label, Literal(e.label)))
            g.add((s, SKOS.prefLabel, Literal(e.label)))
            for a in e.acronyms:
                g.add((s, MKG.acronym, Literal(a)))
            for a in e.aliases:
                g.add((s, SKOS.altLabel, Literal(a)))
            if e.comment:
                g.add((s, RDFS.comment, Literal(e.comment)))
            if e.kind == "country":
                g.add((s, MKG.iso3166Alpha2, Literal(e.iso2)))
                g.add((s, MKG.iso3166Alpha3, Literal(e.iso3)))
            if e.kind == "topic":
                g.add((s, RDF.type, SKOS.Concept))
                g.add((s, SKOS.inScheme, MKG.TopicScheme))
                if not e.broader:
                    g.add((s, SKOS.topConceptOf, MKG.TopicScheme))
                    g.add((MKG.TopicScheme, SKOS.hasTopConcept, s))
                for b in e.broader:
                    g.add((s, SKOS.broader, entity_iri(b)))
                for n in narrower.get(e.id, []):
                    g.add((s, SKOS.narrower, entity_iri(n)))

    # -- documents ----------------------------------------------------------------------------
    def add_document(self, doc: SourceDocument) -> None:
        g, meta = self.graph, doc.metadata
        self._texts[doc.id] = doc.text
        d = document_iri(doc.id)
        g.add((d, RDF.type, MKG.SourceDocument))
        g.add((d, MKG.sourceId, Literal(doc.id)))
        g.add((d, RDFS.label, Literal(str(meta["title"]))))
        g.add((d, DCTERMS.title, Literal(str(meta["title"]))))
        if meta.get("subtitle"):
            g.add((d, DCTERMS.alternative, Literal(str(meta["subtitle"]))))
        g.add((d, DCTERMS.date, Literal(meta["date"], datatype=XSD.date)))
        g.add((d, DCTERMS.publisher, entity_iri(meta["publisher_entity"]) if meta.get("publisher_entity")
               else Literal(str(meta["publisher"]))))
        if meta.get("publisher_entity"):
            g.add((d, DCTERMS.creator, entity_iri(meta["publisher_entity"])))
        for co in meta.get("co_organisers") or []:
            g.add((d, MKG.coOrganiser, entity_iri(co)))
        if meta.get("place_entity"):
            g.add((d, MKG.placeOfPublication, entity_iri(meta["place_entity"])))
        if meta.get("place"):
            g.add((d, DCTERMS.spatial, Literal(str(meta["place"]))))
        if meta.get("series"):
            g.add((d, MKG.seriesTitle, Literal(str(meta["series"]))))
        if meta.get("series_entity"):
            g.add((d, DCTERMS.isPartOf, entity_iri(meta["series_entity"])))
        if meta.get("number") is not None:
            g.add((d, MKG.seriesPosition, Literal(int(meta["number"]), datatype=XSD.integer)))
        if meta.get("reports"):
            g.add((d, MKG.reports, entity_iri(meta["reports"])))
        if meta.get("language"):
            g.add((d, DCTERMS.language, Literal(str(meta["language"]))))
        g.add((d, DCTERMS.source, Literal(doc.text_file.name)))
        for s in doc.sections:
            si = section_iri(doc.id, s.id)
            g.add((si, RDF.type, MKG.Section))
            g.add((si, MKG.sourceId, Literal(s.id)))
            g.add((si, RDFS.label, Literal(s.title)))
            g.add((si, DCTERMS.title, Literal(s.title)))
            g.add((si, MKG.level, Literal(s.level, datatype=XSD.integer)))
            g.add((si, MKG.startOffset, _nni(s.start)))
            g.add((si, MKG.endOffset, _nni(s.end)))
            parent = section_iri(doc.id, s.parent) if s.parent else d
            g.add((si, DCTERMS.isPartOf, parent))
            g.add((parent, DCTERMS.hasPart, si))
        for p in doc.paragraphs:
            pi = paragraph_iri(doc.id, p.index)
            title = next(s.title for s in doc.sections if s.id == p.section)
            g.add((pi, RDF.type, MKG.Paragraph))
            g.add((pi, RDFS.label, Literal(f"{title}, paragraph {p.index}")))
            g.add((pi, MKG.startOffset, _nni(p.start)))
            g.add((pi, MKG.endOffset, _nni(p.end)))
            g.add((pi, DCTERMS.isPartOf, section_iri(doc.id, p.section)))

    def _annotation(self, node: URIRef, cls: URIRef, doc_id: str, start: int, end: int, section: str,
                    paragraph: int | None) -> None:
        g, text = self.graph, self._texts[doc_id]
        target, qsel, psel = URIRef(f"{node}/target"), URIRef(f"{node}/quote"), URIRef(f"{node}/position")
        exact = text[start:end]
        g.add((node, RDF.type, cls))
        g.add((node, RDF.type, oa("Annotation")))
        g.add((node, oa("hasTarget"), target))
        g.add((node, MKG.quote, Literal(normalise(exact))))
        g.add((node, MKG.section, section_iri(doc_id, section)))
        if paragraph is not None:
            g.add((node, MKG.paragraph, paragraph_iri(doc_id, paragraph)))
        g.add((target, RDF.type, oa("SpecificResource")))
        g.add((target, oa("hasSource"), document_iri(doc_id)))
        g.add((target, oa("hasSelector"), qsel))
        g.add((target, oa("hasSelector"), psel))
        g.add((qsel, RDF.type, oa("TextQuoteSelector")))
        g.add((qsel, oa("exact"), Literal(exact)))
        g.add((qsel, oa("prefix"), Literal(text[max(0, start - 32):start])))
        g.add((qsel, oa("suffix"), Literal(text[end:end + 32])))
        g.add((psel, RDF.type, oa("TextPositionSelector")))
        g.add((psel, oa("start"), _nni(start)))
        g.add((psel, oa("end"), _nni(end)))

    def _evidence(self, ev: Evidence, body: URIRef) -> URIRef:
        node = evidence_iri(body)
        self._annotation(node, MKG.Evidence, ev.document, ev.span.start, ev.span.end, ev.section, ev.paragraph)
        self.graph.add((node, oa("hasBody"), body))
        self.graph.add((node, oa("motivatedBy"), oa("describing")))
        self.graph.add((body, MKG.hasEvidence, node))
        return node

    # -- curated facts ------------------------------------------------------------------------
    def add_curation(self, curation: Curation) -> None:
        for st in curation.statements:
            self.add_statement(st)
        for p in curation.partnerships:
            self.add_partnership(p)

    def add_statement(self, st: Statement) -> None:
        g = self.graph
        s = entity_iri(st.subject.id)
        node = statement_iri(st.document, st.id)
        o = entity_iri(st.object.id) if st.object is not None else st.value
        if isinstance(o, StructuredValue):
            o = self._structured(node, o)
        g.add((s, st.relation.iri, o))
        g.add((node, RDF.type, MKG.Assertion))
        g.add((node, RDF.subject, s))
        g.add((node, RDF.predicate, st.relation.iri))
        g.add((node, RDF.object, o))
        g.add((node, MKG.sourceId, Literal(st.id)))
        self._evidence(st.evidence, node)
        self._modality(node, st.modality)
        if st.as_of is not None:
            g.add((node, MKG.asOf, Literal(st.as_of, datatype=XSD.date)))
        if st.title:
            g.add((s, MKG.title, Literal(st.title)))
            g.add((node, MKG.title, Literal(st.title)))
            if st.relation.iri == MKG.memberOf and st.object is not None and st.object.kind == "organisation":
                ms = DOC[f"{st.document}/membership/{st.id}"]
                role = ROLE[_slug(st.title)]
                g.add((ms, RDF.type, ORG.Membership))
                g.add((ms, ORG.member, s))
                g.add((ms, ORG.organization, o))
                g.add((ms, ORG.role, role))
                g.add((ms, MKG.title, Literal(st.title)))
                g.add((ms, RDFS.label, Literal(f"{st.subject.label}, {st.title}, {st.object.label}")))
                g.add((role, RDF.type, ORG.Role))
                g.add((role, RDFS.label, Literal(st.title)))
                g.add((node, MKG.membership, ms))

    def _structured(self, statement: URIRef, value: StructuredValue) -> URIRef:
        """An amount of money (schema:MonetaryAmount) or a count with its unit
        (schema:QuantitativeValue), minted from the statement's IRI."""
        g, node = self.graph, URIRef(f"{statement}/value")
        g.add((node, RDF.type, value.range))
        if value.kind == "money":
            g.add((node, SCHEMA.value, Literal(value.number, datatype=XSD.decimal)))
            g.add((node, SCHEMA.currency, Literal(value.unit)))
            g.add((node, RDFS.label, Literal(f"{value.number:,} {value.unit}")))
        else:
            datatype = XSD.integer if isinstance(value.number, int) else XSD.decimal
            g.add((node, SCHEMA.value, Literal(value.number, datatype=datatype)))
            g.add((node, SCHEMA.unitText, Literal(value.unit)))
            g.add((node, RDFS.label, Literal(f"{value.number:,} {value.unit}")))
        return node

    def add_partnership(self, p: Partnership) -> None:
        g = self.graph
        node = partnership_iri(p.document, p.id)
        g.add((node, RDF.type, MKG.Partnership))
        g.add((node, MKG.sourceId, Literal(p.id)))
        g.add((node, MKG.partnershipKind, MKG[p.kind]))
        names = ", ".join(e.acronyms[0] if e.acronyms else e.label for e in p.partners)
        g.add((node, RDFS.label, Literal(f"{p.kind}: {names}")))
        for e in p.partners:
            g.add((node, MKG.partner, entity_iri(e.id)))
        for e in p.about:
            g.add((node, MKG.concerns, entity_iri(e.id)))
        if p.date:
            g.add((node, DCTERMS.date, Literal(p.date, datatype=XSD.date)))
        self._evidence(p.evidence, node)
        self._modality(node, p.modality)

    def _modality(self, node: URIRef, modality: Modality) -> None:
        """Whether the report states the fact, reports it as suggested, or we inferred it (and how)."""
        self.graph.add((node, MKG.assertionStatus, MKG[STATUSES[modality.status]]))
        if modality.note:
            self.graph.add((node, SKOS.editorialNote, Literal(modality.note)))

    # -- mentions -----------------------------------------------------------------------------
    def add_mentions(self, mentions: Iterable[Mention]) -> None:
        for m in mentions:
            node = DOC[f"{m.document}/mention/{m.start}-{m.end}/{m.entity}"]
            self._annotation(node, MKG.Mention, m.document, m.start, m.end, m.section, m.paragraph)
            self.graph.add((node, MKG.mentionOf, entity_iri(m.entity)))
            self.graph.add((node, oa("motivatedBy"), oa("identifying")))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "role"
