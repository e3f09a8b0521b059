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
from migration_kg.vocabulary.ontology import KIND_CLASS
from migration_kg.mapping.terms import NTriples, integer, iri, literal
from migration_kg.curation.amounts import StructuredValue
from migration_kg.curation.mentions import Mention
from migration_kg.curation.modality import STATUSES, Modality
from migration_kg.curation.quotes import normalise
from migration_kg.curation.registry import Registry
from migration_kg.curation.sources import SourceDocument
from migration_kg.curation.statements import Curation, Evidence, Partnership, Statement

OA = URIRef("http://www.w3.org/ns/oa#")
_ID, _DOC, _ROLE, _MKG = str(ID), str(DOC), str(ROLE), str(MKG)

# The IRIs the build mints, as plain strings (the builder writes them without making rdflib terms).


def _entity(eid: str) -> str:
    return f"{_ID}{eid}"


def _document(doc_id: str) -> str:
    return f"{_DOC}{doc_id}"


def _section(doc_id: str, section_id: str) -> str:
    return f"{_DOC}{doc_id}/section/{section_id}"


def _paragraph(doc_id: str, index: int) -> str:
    return f"{_DOC}{doc_id}/paragraph/{index}"


def _statement(doc_id: str, sid: str) -> str:
    return f"{_DOC}{doc_id}/statement/{sid}"


def _partnership(doc_id: str, pid: str) -> str:
    return f"{_DOC}{doc_id}/partnership/{pid}"



# The builder writes N-Triples text (migration_kg.mapping.terms) without making rdflib terms: the
# IRIs it mints come from checked ids and offsets; the vocabulary's are written once, here.
def _iris(namespace: str, *names: str) -> tuple[str, ...]:
    """The N-Triples IRIs of terms of one namespace, in the order given."""
    return tuple(iri(f"{namespace}{name}") for name in names)


A, R_SUBJECT, R_PREDICATE, R_OBJECT = _iris(RDF, "type", "subject", "predicate", "object")
LABEL, COMMENT = _iris(RDFS, "label", "comment")
(PREF_LABEL, ALT_LABEL, IN_SCHEME, TOP_CONCEPT_OF, HAS_TOP_CONCEPT, BROADER, NARROWER, CONCEPT,
 EDITORIAL_NOTE) = _iris(SKOS, "prefLabel", "altLabel", "inScheme", "topConceptOf", "hasTopConcept", "broader",
                         "narrower", "Concept", "editorialNote")
(TITLE, ALTERNATIVE, DATE, PUBLISHER, CREATOR, SPATIAL, IS_PART_OF, HAS_PART, LANGUAGE,
 SOURCE) = _iris(DCTERMS, "title", "alternative", "date", "publisher", "creator", "spatial", "isPartOf", "hasPart",
                 "language", "source")
MEMBERSHIP, MEMBER, ORGANIZATION, ROLE_OF, ROLE_CLASS = _iris(ORG, "Membership", "member", "organization", "role",
                                                              "Role")
S_VALUE, S_CURRENCY, S_UNIT = _iris(SCHEMA, "value", "currency", "unitText")
(OA_ANNOTATION, OA_TARGET, OA_SOURCE, OA_RESOURCE, OA_SELECTOR, OA_QUOTE_SELECTOR, OA_POSITION_SELECTOR, OA_EXACT,
 OA_PREFIX, OA_SUFFIX, OA_START, OA_END, OA_BODY, OA_MOTIVATED, OA_DESCRIBING, OA_IDENTIFYING) = _iris(
    OA, "Annotation", "hasTarget", "hasSource", "SpecificResource", "hasSelector", "TextQuoteSelector",
    "TextPositionSelector", "exact", "prefix", "suffix", "start", "end", "hasBody", "motivatedBy", "describing",
    "identifying")
(M_SOURCE_ID, M_KIND, M_ACRONYM, M_ISO2, M_ISO3, M_TOPIC_SCHEME, M_SOURCE_DOCUMENT, M_CO_ORGANISER, M_PLACE,
 M_SERIES_TITLE, M_SERIES_POSITION, M_REPORTS, M_SECTION_CLASS, M_PARAGRAPH_CLASS, M_LEVEL, M_START, M_END, M_QUOTE,
 M_SECTION, M_PARAGRAPH, M_EVIDENCE, M_HAS_EVIDENCE, M_ASSERTION, M_AS_OF, M_TITLE, M_MEMBERSHIP, M_PARTNERSHIP,
 M_PARTNERSHIP_KIND, M_PARTNER, M_CONCERNS, M_STATUS, M_MENTION, M_MENTION_OF) = _iris(
    MKG, "sourceId", "kind", "acronym", "iso3166Alpha2", "iso3166Alpha3", "TopicScheme", "SourceDocument",
    "coOrganiser", "placeOfPublication", "seriesTitle", "seriesPosition", "reports", "Section", "Paragraph", "level",
    "startOffset", "endOffset", "quote", "section", "paragraph", "Evidence", "hasEvidence", "Assertion", "asOf",
    "title", "membership", "Partnership", "partnershipKind", "partner", "concerns", "assertionStatus", "Mention",
    "mentionOf")
MEMBER_OF = str(MKG.memberOf)


class GraphBuilder:
    """Makes the triples of the registry, of documents, curated facts and mentions as N-Triples
    lines without the final dot (into ``self.lines``; the ontology's own triples are loaded by the
    build from its file)."""

    def __init__(self, terms: NTriples | None = None):
        self.lines: list[str] = []
        self.terms = terms if terms is not None else NTriples()  # for rdflib terms (relations, values)
        self._texts: dict[str, str] = {}

    # -- registry -----------------------------------------------------------------------------
    def add_registry(self, registry: Registry) -> None:
        add, term = self.lines.append, self.terms.term
        narrower: dict[str, list[str]] = {}
        for e in registry.values():
            for b in e.broader:
                narrower.setdefault(b, []).append(e.id)
        for e in registry.values():
            s = f"<{_entity(e.id)}>"
            add(f"{s} {A} {term(KIND_CLASS[e.kind])}")
            names = ((M_KIND, [e.kind]), (LABEL, [e.label]), (PREF_LABEL, [e.label]), (M_ACRONYM, e.acronyms),
                     (ALT_LABEL, e.aliases), (COMMENT, [e.comment] if e.comment else []))
            for predicate, values in names:
                for value in values:
                    add(f"{s} {predicate} {literal(value)}")
            if e.kind == "country":
                add(f"{s} {M_ISO2} {literal(e.iso2)}")
                add(f"{s} {M_ISO3} {literal(e.iso3)}")
            if e.kind == "topic":
                add(f"{s} {A} {CONCEPT}")
                add(f"{s} {IN_SCHEME} {M_TOPIC_SCHEME}")
                if not e.broader:
                    add(f"{s} {TOP_CONCEPT_OF} {M_TOPIC_SCHEME}")
                    add(f"{M_TOPIC_SCHEME} {HAS_TOP_CONCEPT} {s}")
                for b in e.broader:
                    add(f"{s} {BROADER} <{_entity(b)}>")
                for n in narrower.get(e.id, []):
                    add(f"{s} {NARROWER} <{_entity(n)}>")

    # -- documents ----------------------------------------------------------------------------
    def add_document(self, doc: SourceDocument) -> None:
        add, meta, term = self.lines.append, doc.metadata, self.terms.term
        self._texts[doc.id] = doc.text
        d = f"<{_document(doc.id)}>"
        doc_title = literal(str(meta["title"]))
        add(f"{d} {A} {M_SOURCE_DOCUMENT}")
        add(f"{d} {M_SOURCE_ID} {literal(doc.id)}")
        add(f"{d} {LABEL} {doc_title}")
        add(f"{d} {TITLE} {doc_title}")
        if meta.get("subtitle"):
            add(f"{d} {ALTERNATIVE} {literal(str(meta['subtitle']))}")
        add(f"{d} {DATE} {term(Literal(meta['date'], datatype=XSD.date))}")
        publisher = (f"<{_entity(meta['publisher_entity'])}>" if meta.get("publisher_entity")
                     else literal(str(meta["publisher"])))
        add(f"{d} {PUBLISHER} {publisher}")
        if meta.get("publisher_entity"):
            add(f"{d} {CREATOR} <{_entity(meta['publisher_entity'])}>")
        for co in meta.get("co_organisers") or []:
            add(f"{d} {M_CO_ORGANISER} <{_entity(co)}>")
        if meta.get("place_entity"):
            add(f"{d} {M_PLACE} <{_entity(meta['place_entity'])}>")
        if meta.get("place"):
            add(f"{d} {SPATIAL} {literal(str(meta['place']))}")
        if meta.get("series"):
            add(f"{d} {M_SERIES_TITLE} {literal(str(meta['series']))}")
        if meta.get("series_entity"):
            add(f"{d} {IS_PART_OF} <{_entity(meta['series_entity'])}>")
        if meta.get("number") is not None:
            add(f"{d} {M_SERIES_POSITION} {integer(int(meta['number']))}")
        if meta.get("reports"):
            add(f"{d} {M_REPORTS} <{_entity(meta['reports'])}>")
        if meta.get("language"):
            add(f"{d} {LANGUAGE} {literal(str(meta['language']))}")
        add(f"{d} {SOURCE} {literal(doc.text_file.name)}")
        titles: dict[str, str] = {}
        for s in doc.sections:
            si = f"<{_section(doc.id, s.id)}>"
            titles.setdefault(s.id, s.title)
            add(f"{si} {A} {M_SECTION_CLASS}")
            add(f"{si} {M_SOURCE_ID} {literal(s.id)}")
            add(f"{si} {LABEL} {literal(s.title)}")
            add(f"{si} {TITLE} {literal(s.title)}")
            add(f"{si} {M_LEVEL} {integer(s.level)}")
            add(f"{si} {M_START} {integer(s.start)}")
            add(f"{si} {M_END} {integer(s.end)}")
            parent = f"<{_section(doc.id, s.parent)}>" if s.parent else d
            add(f"{si} {IS_PART_OF} {parent}")
            add(f"{parent} {HAS_PART} {si}")
        for p in doc.paragraphs:
            pi = f"<{_paragraph(doc.id, p.index)}>"
            add(f"{pi} {A} {M_PARAGRAPH_CLASS}")
            add(f"{pi} {LABEL} {literal(f'{titles[p.section]}, paragraph {p.index}')}")
            add(f"{pi} {M_START} {integer(p.start)}")
            add(f"{pi} {M_END} {integer(p.end)}")
            add(f"{pi} {IS_PART_OF} <{_section(doc.id, p.section)}>")

    def _annotation(self, node: str, cls: str, doc_id: str, start: int, end: int, section: str,
                    paragraph: int | None) -> None:
        """The annotation ``node`` (an IRI, without the angle brackets) of a span of the document."""
        add, text = self.lines.append, self._texts[doc_id]
        n, target, qsel, psel = f"<{node}>", f"<{node}/target>", f"<{node}/quote>", f"<{node}/position>"
        exact = text[start:end]
        add(f"{n} {A} {cls}")
        add(f"{n} {A} {OA_ANNOTATION}")
        add(f"{n} {OA_TARGET} {target}")
        add(f"{n} {M_QUOTE} {literal(normalise(exact))}")
        add(f"{n} {M_SECTION} <{_section(doc_id, section)}>")
        if paragraph is not None:
            add(f"{n} {M_PARAGRAPH} <{_paragraph(doc_id, paragraph)}>")
        add(f"{target} {A} {OA_RESOURCE}")
        add(f"{target} {OA_SOURCE} <{_document(doc_id)}>")
        add(f"{target} {OA_SELECTOR} {qsel}")
        add(f"{target} {OA_SELECTOR} {psel}")
        add(f"{qsel} {A} {OA_QUOTE_SELECTOR}")
        add(f"{qsel} {OA_EXACT} {literal(exact)}")
        add(f"{qsel} {OA_PREFIX} {literal(text[max(0, start - 32):start])}")
        add(f"{qsel} {OA_SUFFIX} {literal(text[end:end + 32])}")
        add(f"{psel} {A} {OA_POSITION_SELECTOR}")
        add(f"{psel} {OA_START} {integer(start)}")
        add(f"{psel} {OA_END} {integer(end)}")

    def _evidence(self, ev: Evidence, body: str) -> None:
        """The evidence of the fact ``body`` (an IRI, without the angle brackets)."""
        node = f"{body}/evidence"
        self._annotation(node, M_EVIDENCE, ev.document, ev.span.start, ev.span.end, ev.section, ev.paragraph)
        add = self.lines.append
        add(f"<{node}> {OA_BODY} <{body}>")
        add(f"<{node}> {OA_MOTIVATED} {OA_DESCRIBING}")
        add(f"<{body}> {M_HAS_EVIDENCE} <{node}>")

    # -- curated facts ------------------------------------------------------------------------
    def add_curation(self, curation: Curation) -> None:
        for st in curation.statements:
            self.add_statement(st)
        for p in curation.partnerships:
            self.add_partnership(p)

    def add_statement(self, st: Statement) -> None:
        add, term = self.lines.append, self.terms.term
        s = f"<{_entity(st.subject.id)}>"
        raw = _statement(st.document, st.id)
        node = f"<{raw}>"
        rel = term(st.relation.iri)
        if st.object is not None:
            o = f"<{_entity(st.object.id)}>"
        elif isinstance(st.value, StructuredValue):
            o = self._structured(raw, st.value)
        else:
            o = term(st.value)
        add(f"{s} {rel} {o}")
        add(f"{node} {A} {M_ASSERTION}")
        add(f"{node} {R_SUBJECT} {s}")
        add(f"{node} {R_PREDICATE} {rel}")
        add(f"{node} {R_OBJECT} {o}")
        add(f"{node} {M_SOURCE_ID} {literal(st.id)}")
        self._evidence(st.evidence, raw)
        self._modality(node, st.modality)
        if st.as_of is not None:
            add(f"{node} {M_AS_OF} {term(Literal(st.as_of, datatype=XSD.date))}")
        if st.title:
            title = literal(st.title)
            add(f"{s} {M_TITLE} {title}")
            add(f"{node} {M_TITLE} {title}")
            if str(st.relation.iri) == MEMBER_OF and st.object is not None and st.object.kind == "organisation":
                ms = f"<{_DOC}{st.document}/membership/{st.id}>"
                role = f"<{_ROLE}{_slug(st.title)}>"
                add(f"{ms} {A} {MEMBERSHIP}")
                add(f"{ms} {MEMBER} {s}")
                add(f"{ms} {ORGANIZATION} {o}")
                add(f"{ms} {ROLE_OF} {role}")
                add(f"{ms} {M_TITLE} {title}")
                add(f"{ms} {LABEL} {literal(f'{st.subject.label}, {st.title}, {st.object.label}')}")
                add(f"{role} {A} {ROLE_CLASS}")
                add(f"{role} {LABEL} {title}")
                add(f"{node} {M_MEMBERSHIP} {ms}")

    def _structured(self, statement: str, value: StructuredValue) -> str:
        """An amount of money (schema:MonetaryAmount) or a count with its unit
        (schema:QuantitativeValue), minted from the statement's IRI (given without angle brackets)."""
        add, term, node = self.lines.append, self.terms.term, f"<{statement}/value>"
        add(f"{node} {A} {term(value.range)}")
        if value.kind == "money":
            add(f"{node} {S_VALUE} {term(Literal(value.number, datatype=XSD.decimal))}")
            add(f"{node} {S_CURRENCY} {literal(value.unit)}")
        else:
            datatype = XSD.integer if isinstance(value.number, int) else XSD.decimal
            add(f"{node} {S_VALUE} {term(Literal(value.number, datatype=datatype))}")
            add(f"{node} {S_UNIT} {literal(value.unit)}")
        add(f"{node} {LABEL} {literal(f'{value.number:,} {value.unit}')}")
        return node

    def add_partnership(self, p: Partnership) -> None:
        add = self.lines.append
        raw = _partnership(p.document, p.id)
        node = f"<{raw}>"
        add(f"{node} {A} {M_PARTNERSHIP}")
        add(f"{node} {M_SOURCE_ID} {literal(p.id)}")
        add(f"{node} {M_PARTNERSHIP_KIND} <{_MKG}{p.kind}>")
        names = ", ".join(e.acronyms[0] if e.acronyms else e.label for e in p.partners)
        add(f"{node} {LABEL} {literal(f'{p.kind}: {names}')}")
        for e in p.partners:
            add(f"{node} {M_PARTNER} <{_entity(e.id)}>")
        for e in p.about:
            add(f"{node} {M_CONCERNS} <{_entity(e.id)}>")
        if p.date:
            add(f"{node} {DATE} {self.terms.term(Literal(p.date, datatype=XSD.date))}")
        self._evidence(p.evidence, raw)
        self._modality(node, p.modality)

    def _modality(self, node: str, modality: Modality) -> None:
        """Whether the report states the fact, reports it as suggested, or we inferred it (and how)."""
        self.lines.append(f"{node} {M_STATUS} <{_MKG}{STATUSES[modality.status]}>")
        if modality.note:
            self.lines.append(f"{node} {EDITORIAL_NOTE} {literal(modality.note)}")

    # -- mentions -----------------------------------------------------------------------------
    def add_mentions(self, mentions: Iterable[Mention]) -> None:
        add = self.lines.append
        for m in mentions:
            node = f"{_DOC}{m.document}/mention/{m.start}-{m.end}/{m.entity}"
            self._annotation(node, M_MENTION, m.document, m.start, m.end, m.section, m.paragraph)
            add(f"<{node}> {M_MENTION_OF} <{_entity(m.entity)}>")
            add(f"<{node}> {OA_MOTIVATED} {OA_IDENTIFYING}")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "role"
