"""The ontology's documentation page (``ontology.html``): every term, with an example from the data.

Generated from the store itself (the build's store holds the ontology and the data): the ontology's
metadata, then every class, property, concept scheme and partnership kind the ontology defines
(``rdfs:isDefinedBy`` the ontology), with label, comment, super-terms, domain, range and one example
from the data. Two queries of queries/internal read it: docs-terms.rq (what the graph says about
the ontology and its terms) and docs-examples.rq (how the data uses each term). One static page: no
script, nothing loaded from outside (a Content-Security-Policy says so), rendered from
templates/ontology.html with every text HTML-escaped, the same graph giving the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from markupsafe import Markup

from migration_kg import resources
from migration_kg.outputs.page import render
from migration_kg.vocabulary.prefixes import BASE, PREFIXES, shorten

TEMPLATE = "ontology.html"
#: A static page: styles and data: images only, nothing else, from nowhere else.
CSP = Markup("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'")
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


def anchor(term) -> str:
    """The id of a term's entry on the page: its local name."""
    return _text(term)[len(MKG):]


@dataclass(frozen=True)
class Ref:
    """A value as the page shows it: a literal (its text in quotes, with its datatype unless a plain
    string), a term of the ontology (a link to its entry, ``anchor``) or another IRI (shortened)."""

    text: str
    literal: bool = False
    datatype: str | None = None
    anchor: str | None = None


def _ref(term) -> Ref:
    if isinstance(term, ox.Literal):
        datatype = _datatype(term)
        return Ref(_text(term), literal=True, datatype=_short(datatype) if datatype else None)
    if _text(term).startswith(MKG):
        return Ref(_short(term), anchor=anchor(term))
    return Ref(_short(term))


def _list(terms) -> list[Ref]:
    return [_ref(t) for t in sorted(terms, key=_text)]


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


@dataclass(frozen=True)
class Example:
    """How the data uses a term: the values to show (a subject; or subject, term and value), the
    subject's label (in quotes, when not None) and how many uses the data holds."""

    refs: list[Ref]
    label: str | None
    n: int


def _example(examples: _Examples, term: str, section: str) -> Example | None:
    if section == "classes":
        use = examples.get(term, "instance")
        if use:
            label = _label_of(use)
            return Example([_ref(use["first"])], _text(label) if label is not None else None, use["n"])
    elif section == "partnership-kinds":
        use = examples.get(term, "kind")
        if use:
            label = _label_of(use)
            return Example([_ref(use["first"])], _text(label) if _present(label) else "", use["n"])
    elif section != "schemes":
        use = examples.get(term, "predicate")
        if use and use["objects"]:
            value = min(use["objects"], key=str)  # the first subject's first value in N-Triples order
            return Example([_ref(use["first"]), _ref(term), _ref(value)], None, use["n"])
    return None


def _entry(d: _Described, examples: _Examples, term: str, section: str) -> dict:
    """One term's entry: its anchor, label, short name, comment, rows (a heading and the values it
    lists, "—" when none) and example (None: not used in the data)."""
    label = d.first(term, RDFS + "label", SKOS + "prefLabel") or anchor(term)
    rows = [("IRI", [Ref(term)])]
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
    return {"anchor": anchor(term), "label": _text(label), "short": _short(term),
            "comment": d.text(term, RDFS + "comment"), "rows": rows, "example": _example(examples, term, section)}


def render_page(store) -> str:
    """The documentation page of the ontology in ``store`` (a migration_kg.stores.GraphStore holding
    the ontology and the data, for examples)."""
    d, examples = _Described(store), _Examples(store)
    title = d.text(ONTOLOGY, DCTERMS + "title", RDFS + "label") or "Ontology"
    ontology = {"iri": ONTOLOGY, "comment": d.text(ONTOLOGY, RDFS + "comment"),
                "version": d.text(ONTOLOGY, OWL + "versionInfo"), "version_iri": d.text(ONTOLOGY, OWL + "versionIRI"),
                "prefix": d.text(ONTOLOGY, VANN + "preferredNamespacePrefix"),
                "namespace": d.text(ONTOLOGY, VANN + "preferredNamespaceUri"),
                "creator": d.text(ONTOLOGY, DCTERMS + "creator"), "publisher": d.text(ONTOLOGY, DCTERMS + "publisher"),
                "licence": d.text(ONTOLOGY, DCTERMS + "license"), "created": d.text(ONTOLOGY, DCTERMS + "created"),
                "modified": d.text(ONTOLOGY, DCTERMS + "modified"),
                "see_also": _list(d.objects(ONTOLOGY, RDFS + "seeAlso"))}
    found = _terms(d)
    sections = [{"key": key, "heading": heading, "terms": [_entry(d, examples, t, key) for t in found[key]]}
                for key, heading, _ in SECTIONS if found[key]]
    return render(TEMPLATE, title=title, csp=CSP, generator="migration-kg docs", ontology=ontology,
                  sections=sections)
