"""The ontology's documentation page (``ontology.html``): every term, with an example from the data.

Generated from the graph itself (the build's graph holds the ontology and the data): the ontology's
metadata, then every class, property, concept scheme and partnership kind the ontology defines
(``rdfs:isDefinedBy`` the ontology), with label, comment, super-terms, domain, range and one example
from the data. One static page: no script, nothing loaded from outside (a Content-Security-Policy
says so), every text HTML-escaped, the same graph giving the same bytes.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS, VANN

from migration_kg.vocabulary.namespaces import BASE, MKG, PREFIXES

TEMPLATE_FILE = Path(__file__).resolve().parent.parent / "templates" / "ontology.html"
ONTOLOGY = URIRef(BASE + "ontology")
SECTIONS = (("classes", "Classes", (OWL.Class,)),
            ("object-properties", "Object properties", (OWL.ObjectProperty,)),
            ("datatype-properties", "Datatype properties", (OWL.DatatypeProperty,)),
            ("annotation-properties", "Annotation properties", (OWL.AnnotationProperty,)),
            ("schemes", "Concept schemes", (SKOS.ConceptScheme,)),
            ("partnership-kinds", "Partnership kinds", (MKG.PartnershipKind,)))
_NAMESPACES = sorted(((p, ns) for p, ns in PREFIXES.items()), key=lambda kv: -len(kv[1]))


def _short(term) -> str:
    text = str(term)
    for prefix, ns in _NAMESPACES:
        if text.startswith(ns) and len(text) > len(ns):
            return f"{prefix}:{text[len(ns):]}"
    return text


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def anchor(term: URIRef) -> str:
    """The id of a term's entry on the page: its local name."""
    return str(term)[len(str(MKG)):]


def _ref(term) -> str:
    if isinstance(term, Literal):
        return f"“{_e(term)}”" + (f" <span class=muted>({_e(_short(term.datatype))})</span>" if term.datatype else "")
    if str(term).startswith(str(MKG)):
        return f'<a href="#{_e(anchor(term))}"><code>{_e(_short(term))}</code></a>'
    return f"<code>{_e(_short(term))}</code>"


def _list(terms) -> str:
    return ", ".join(_ref(t) for t in sorted(terms, key=str)) or "—"


def terms(graph: Graph) -> dict[str, list[URIRef]]:
    """The ontology's terms by section (what ``rdfs:isDefinedBy`` the ontology), sorted by IRI."""
    defined = {s for s in graph.subjects(RDFS.isDefinedBy, ONTOLOGY) if isinstance(s, URIRef)}
    found, placed = {}, set()
    for key, _, types in SECTIONS:
        members = sorted(t for t in defined if any((t, RDF.type, c) in graph for c in types) and t not in placed)
        placed.update(members)
        found[key] = members
    return found


def _example(graph: Graph, term: URIRef, section: str) -> str:
    if section == "classes":
        instances = sorted(s for s in graph.subjects(RDF.type, term) if isinstance(s, URIRef))
        if instances:
            label = graph.value(instances[0], RDFS.label)
            return _ref(instances[0]) + (f" “{_e(label)}”" if label is not None else "") + \
                f" <span class=muted>({len(instances)} in the data)</span>"
    elif section == "partnership-kinds":
        uses = sorted(graph.subjects(MKG.partnershipKind, term))
        if uses:
            return f"{_ref(uses[0])} “{_e(graph.value(uses[0], RDFS.label) or '')}” <span class=muted>({len(uses)} in the data)</span>"
    elif section != "schemes":
        triples = sorted(graph.subject_objects(term), key=lambda so: (str(so[0]), so[1].n3()))
        if triples:
            s, o = triples[0]
            return f"{_ref(s)} {_ref(term)} {_ref(o)} <span class=muted>({len(triples)} in the data)</span>"
    return "<span class=muted>not used in the data</span>"


def _entry(graph: Graph, term: URIRef, section: str) -> str:
    label = graph.value(term, RDFS.label) or graph.value(term, SKOS.prefLabel) or anchor(term)
    rows = [("IRI", f"<code>{_e(term)}</code>")]
    if section == "classes":
        rows.append(("Sub-class of", _list(graph.objects(term, RDFS.subClassOf))))
        rows.append(("Super-class of", _list(s for s in graph.subjects(RDFS.subClassOf, term) if s != term)))
    elif section in ("schemes", "partnership-kinds"):
        rows.append(("Type", _list(graph.objects(term, RDF.type))))
        if section == "partnership-kinds":
            rows.append(("In scheme", _list(graph.objects(term, SKOS.inScheme))))
        else:
            rows.append(("Top concepts", _list(graph.objects(term, SKOS.hasTopConcept))))
    else:
        rows.append(("Sub-property of", _list(graph.objects(term, RDFS.subPropertyOf))))
        rows.append(("Super-property of", _list(graph.subjects(RDFS.subPropertyOf, term))))
        inverses = set(graph.objects(term, OWL.inverseOf)) | set(graph.subjects(OWL.inverseOf, term))
        if inverses:
            rows.append(("Inverse of", _list(inverses)))
        rows.append(("Domain", _list(graph.objects(term, RDFS.domain))))
        rows.append(("Range", _list(graph.objects(term, RDFS.range))))
        if graph.value(term, MKG.valueDatatype) is not None:
            rows.append(("Value datatype", _list(graph.objects(term, MKG.valueDatatype))))
    see_also = list(graph.objects(term, RDFS.seeAlso))
    if see_also:
        rows.append(("See also", _list(see_also)))
    rows.append(("Example", _example(graph, term, section)))
    comment = graph.value(term, RDFS.comment)
    dl = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    return (f'<section class=term id="{_e(anchor(term))}">\n<h3>{_e(label)} <code>{_e(_short(term))}</code></h3>\n'
            f"<p>{_e(comment or '')}</p>\n<dl>{dl}</dl>\n</section>")


def render_page(graph: Graph) -> str:
    """The documentation page of the ontology in ``graph`` (with its data, for examples)."""
    g = graph
    title = str(g.value(ONTOLOGY, DCTERMS.title) or g.value(ONTOLOGY, RDFS.label) or "Ontology")
    meta = [("IRI", f"<code>{_e(ONTOLOGY)}</code>"),
            ("Version", f"{_e(g.value(ONTOLOGY, OWL.versionInfo) or '')} (<code>{_e(g.value(ONTOLOGY, OWL.versionIRI) or '')}</code>)"),
            ("Preferred prefix", f"<code>{_e(g.value(ONTOLOGY, VANN.preferredNamespacePrefix) or '')}:</code> = "
                                 f"<code>{_e(g.value(ONTOLOGY, VANN.preferredNamespaceUri) or '')}</code>"),
            ("Creator", _e(g.value(ONTOLOGY, DCTERMS.creator) or "")),
            ("Publisher", _e(g.value(ONTOLOGY, DCTERMS.publisher) or "")),
            ("Licence", _e(g.value(ONTOLOGY, DCTERMS.license) or "")),
            ("Created", _e(g.value(ONTOLOGY, DCTERMS.created) or "")),
            ("Modified", _e(g.value(ONTOLOGY, DCTERMS.modified) or "")),
            ("See also", _list(g.objects(ONTOLOGY, RDFS.seeAlso)))]
    found = terms(g)
    parts = [f"<header>\n<h1>{_e(title)}</h1>\n<p>{_e(g.value(ONTOLOGY, RDFS.comment) or '')}</p>",
             '<table class=meta>' + "".join(f"<tr><td class=muted>{k}</td><td>{v}</td></tr>" for k, v in meta)
             + "</table>\n</header>",
             "<nav><h2>Contents</h2>"]
    for key, heading, _ in SECTIONS:
        if found[key]:
            links = "".join(f'<li><a href="#{_e(anchor(t))}">{_e(_short(t))}</a></li>' for t in found[key])
            parts.append(f'<h3><a href="#{key}">{heading}</a> ({len(found[key])})</h3><ul>{links}</ul>')
    parts.append("</nav>")
    for key, heading, _ in SECTIONS:
        if found[key]:
            parts.append(f'<h2 id="{key}">{heading}</h2>')
            parts.extend(_entry(g, t, key) for t in found[key])
    body = "\n".join(parts)
    values = {"title": _e(title), "body": body}
    return re.sub(r"\{\{ (title|body) \}\}", lambda m: values[m.group(1)], TEMPLATE_FILE.read_text(encoding="utf-8"))
