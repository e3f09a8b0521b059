"""The ontology's documentation page (``ontology.html``): every term, with an example from the data.

Generated from the store itself (the build's store holds the ontology and the data): the ontology's
metadata, then every class, property, concept scheme and partnership kind the ontology defines
(``rdfs:isDefinedBy`` the ontology), with label, comment, super-terms, domain, range and one example
from the data. Two queries of queries/internal read it: docs-terms.rq (what the graph says about
the ontology and its terms) and docs-examples.rq (how the data uses each term). One static page: no
script, nothing loaded from outside (a Content-Security-Policy says so), every text HTML-escaped,
the same graph giving the same bytes.
"""

from __future__ import annotations

import html

import pyoxigraph as ox

from migration_kg import resources
from migration_kg.outputs.page import render
from migration_kg.vocabulary.prefixes import BASE, PREFIXES, shorten

TEMPLATE = "ontology.html"
#: A static page: styles and data: images only, nothing else, from nowhere else.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
ONTOLOGY = BASE + "ontology"
MKG = PREFIXES["mkg"]
OWL, RDF, RDFS, SKOS, DCTERMS, VANN, XSD = (PREFIXES[p] for p in ("owl", "rdf", "rdfs", "skos", "dcterms", "vann",
                                                                  "xsd"))
SECTIONS = (("classes", "Classes", (OWL + "Class",)),
            ("object-properties", "Object properties", (OWL + "ObjectProperty",)),
            ("datatype-properties", "Datatype properties", (OWL + "DatatypeProperty",)),
            ("annotation-properties", "Annotation properties", (OWL + "AnnotationProperty",)),
            ("schemes", "Concept schemes", (SKOS + "ConceptScheme",)),
            ("partnership-kinds", "Partnership kinds", (MKG + "PartnershipKind",)))
def _text(term) -> str:
    """An IRI, a literal's lexical form or a blank node's id (pyoxigraph terms), or a string as it is."""
    return term.value if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)) else str(term)


def _present(term) -> bool:
    """Whether a value is there and not empty (the page falls back to the next one otherwise)."""
    return term is not None and _text(term) != ""


def _datatype(literal: ox.Literal) -> str | None:
    """A literal's datatype, unless it is a plain string (xsd:string, or language-tagged)."""
    if literal.language or literal.datatype.value == XSD + "string":
        return None
    return literal.datatype.value


def _short(term) -> str:
    return shorten(_text(term))


def _e(text) -> str:
    return html.escape(_text(text), quote=True)


def anchor(term) -> str:
    """The id of a term's entry on the page: its local name."""
    return _text(term)[len(MKG):]


def _ref(term) -> str:
    if isinstance(term, ox.Literal):
        datatype = _datatype(term)
        return f"“{_e(term)}”" + (f" <span class=muted>({_e(_short(datatype))})</span>" if datatype else "")
    if _text(term).startswith(MKG):
        return f'<a href="#{_e(anchor(term))}"><code>{_e(_short(term))}</code></a>'
    return f"<code>{_e(_short(term))}</code>"


def _list(terms) -> str:
    return ", ".join(_ref(t) for t in sorted(terms, key=_text)) or "—"


class _Described:
    """What the graph says about the ontology and its terms (queries/internal/docs-terms.rq), looked
    up as subject and property (``objects``) or, for the axioms pointing at a term, as property and
    object (``subjects``)."""

    def __init__(self, store):
        self.out: dict[tuple[str, str], list] = {}
        self.into: dict[tuple[str, str], list] = {}
        for row in store.solutions(resources.internal_query("docs-terms")):
            inverse = row["inverse"].value == "true"
            key = (row["term"].value, row["property"].value)
            (self.into if inverse else self.out).setdefault(key, []).append(row["value"])
        for found in (self.out, self.into):  # the same graph, the same order (and the same value())
            for values in found.values():
                values.sort(key=lambda t: (_text(t), str(t)))

    def objects(self, term: str, prop: str) -> list:
        return self.out.get((term, prop), [])

    def subjects(self, prop: str, term: str) -> list:
        return self.into.get((term, prop), [])

    def value(self, term: str, prop: str):
        values = self.objects(term, prop)
        return values[0] if values else None

    def first(self, term: str, *props: str):
        """The first of the properties with a (non-empty) value, or None."""
        for prop in props:
            value = self.value(term, prop)
            if _present(value):
                return value
        return None

    def text(self, term: str, *props: str) -> str:
        value = self.first(term, *props)
        return _text(value) if value is not None else ""


def terms(store) -> dict[str, list[str]]:
    """The ontology's terms (IRIs) by section (what ``rdfs:isDefinedBy`` the ontology), sorted by IRI."""
    return _terms(_Described(store))


def _terms(d: _Described) -> dict[str, list[str]]:
    ontology = ox.NamedNode(ONTOLOGY)
    defined = {term for (term, prop), values in d.out.items()
               if prop == RDFS + "isDefinedBy" and ontology in values}
    found, placed = {}, set()
    for key, _, types in SECTIONS:
        members = sorted(t for t in defined
                         if any(ox.NamedNode(c) in d.objects(t, RDF + "type") for c in types) and t not in placed)
        placed.update(members)
        found[key] = members
    return found


class _Examples:
    """How the data uses each term (queries/internal/docs-examples.rq): per term and use (instance,
    kind, predicate), how many, the first subject by IRI, its label and its values of the term."""

    def __init__(self, store):
        self.found: dict[tuple[str, str], dict] = {}
        for row in store.solutions(resources.internal_query("docs-examples")):
            use = self.found.setdefault((row["term"].value, row["use"].value),
                                        {"n": int(row["n"].value), "first": row["first"], "labels": set(),
                                         "objects": set()})
            if row["label"] is not None:
                use["labels"].add(row["label"])
            if row["object"] is not None:
                use["objects"].add(row["object"])

    def get(self, term: str, use: str) -> dict | None:
        return self.found.get((term, use))


def _label_of(use: dict):
    return min(use["labels"], key=str) if use["labels"] else None


def _example(examples: _Examples, term: str, section: str) -> str:
    if section == "classes":
        use = examples.get(term, "instance")
        if use:
            label = _label_of(use)
            return _ref(use["first"]) + (f" “{_e(label)}”" if label is not None else "") + \
                f" <span class=muted>({use['n']} in the data)</span>"
    elif section == "partnership-kinds":
        use = examples.get(term, "kind")
        if use:
            label = _label_of(use)
            label = label if _present(label) else ""
            return f"{_ref(use['first'])} “{_e(label)}” <span class=muted>({use['n']} in the data)</span>"
    elif section != "schemes":
        use = examples.get(term, "predicate")
        if use and use["objects"]:
            value = min(use["objects"], key=str)  # the first subject's first value in N-Triples order
            return f"{_ref(use['first'])} {_ref(term)} {_ref(value)} <span class=muted>({use['n']} in the data)</span>"
    return "<span class=muted>not used in the data</span>"


def _entry(d: _Described, examples: _Examples, term: str, section: str) -> str:
    label = d.first(term, RDFS + "label", SKOS + "prefLabel") or anchor(term)
    rows = [("IRI", f"<code>{_e(term)}</code>")]
    if section == "classes":
        rows.append(("Sub-class of", _list(d.objects(term, RDFS + "subClassOf"))))
        rows.append(("Super-class of", _list(s for s in d.subjects(RDFS + "subClassOf", term) if _text(s) != term)))
    elif section in ("schemes", "partnership-kinds"):
        rows.append(("Type", _list(d.objects(term, RDF + "type"))))
        if section == "partnership-kinds":
            rows.append(("In scheme", _list(d.objects(term, SKOS + "inScheme"))))
        else:
            rows.append(("Top concepts", _list(d.objects(term, SKOS + "hasTopConcept"))))
    else:
        rows.append(("Sub-property of", _list(d.objects(term, RDFS + "subPropertyOf"))))
        rows.append(("Super-property of", _list(d.subjects(RDFS + "subPropertyOf", term))))
        inverses = set(d.objects(term, OWL + "inverseOf")) | set(d.subjects(OWL + "inverseOf", term))
        if inverses:
            rows.append(("Inverse of", _list(inverses)))
        rows.append(("Domain", _list(d.objects(term, RDFS + "domain"))))
        rows.append(("Range", _list(d.objects(term, RDFS + "range"))))
        if d.value(term, MKG + "valueDatatype") is not None:
            rows.append(("Value datatype", _list(d.objects(term, MKG + "valueDatatype"))))
    see_also = d.objects(term, RDFS + "seeAlso")
    if see_also:
        rows.append(("See also", _list(see_also)))
    rows.append(("Example", _example(examples, term, section)))
    comment = d.text(term, RDFS + "comment")
    dl = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    return (f'<section class=term id="{_e(anchor(term))}">\n<h3>{_e(label)} <code>{_e(_short(term))}</code></h3>\n'
            f"<p>{_e(comment)}</p>\n<dl>{dl}</dl>\n</section>")


def render_page(store) -> str:
    """The documentation page of the ontology in ``store`` (a migration_kg.stores.GraphStore holding
    the ontology and the data, for examples)."""
    d, examples = _Described(store), _Examples(store)
    title = d.text(ONTOLOGY, DCTERMS + "title", RDFS + "label") or "Ontology"
    meta = [("IRI", f"<code>{_e(ONTOLOGY)}</code>"),
            ("Version", f"{_e(d.text(ONTOLOGY, OWL + 'versionInfo'))} (<code>{_e(d.text(ONTOLOGY, OWL + 'versionIRI'))}</code>)"),
            ("Preferred prefix", f"<code>{_e(d.text(ONTOLOGY, VANN + 'preferredNamespacePrefix'))}:</code> = "
                                 f"<code>{_e(d.text(ONTOLOGY, VANN + 'preferredNamespaceUri'))}</code>"),
            ("Creator", _e(d.text(ONTOLOGY, DCTERMS + "creator"))),
            ("Publisher", _e(d.text(ONTOLOGY, DCTERMS + "publisher"))),
            ("Licence", _e(d.text(ONTOLOGY, DCTERMS + "license"))),
            ("Created", _e(d.text(ONTOLOGY, DCTERMS + "created"))),
            ("Modified", _e(d.text(ONTOLOGY, DCTERMS + "modified"))),
            ("See also", _list(d.objects(ONTOLOGY, RDFS + "seeAlso")))]
    found = _terms(d)
    parts = [f"<header>\n<h1>{_e(title)}</h1>\n<p>{_e(d.text(ONTOLOGY, RDFS + 'comment'))}</p>",
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
            parts.extend(_entry(d, examples, t, key) for t in found[key])
    body = "\n".join(parts)
    return render(TEMPLATE, {"title": _e(title), "body": body, "csp": CSP, "generator": "migration-kg docs"})
