"""The one converter of RDF terms to N-Triples text: IRIs and literals given as strings (as the triple
builder writes them), and rdflib terms (the ontology's, the values of curated statements).

Written directly (no pyoxigraph objects, no rdflib terms for what the build mints): making a term
object per value and asking it for its text costs far more than the text itself.
Literals escape what N-Triples requires (backslash, double quote, line feed, carriage return); the
same triple always gives the same line, which the build relies on to keep each triple in one graph
only.
"""

from __future__ import annotations

from rdflib import Literal, URIRef

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


def iri(value: str) -> str:
    """An IRI (one the project mints or a vocabulary's: nothing to escape)."""
    return f"<{value}>"


def literal(text: str, datatype: str | None = None, language: str | None = None) -> str:
    """A literal: a plain string, or with its datatype IRI or language tag."""
    if "\\" in text or '"' in text or "\n" in text or "\r" in text:
        text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    if language:
        return f'"{text}"@{language}'
    if datatype is not None and datatype != _XSD_STRING:
        return f'"{text}"^^<{datatype}>'
    return f'"{text}"'


def integer(n: int) -> str:
    """An xsd:integer literal (as rdflib writes ``Literal(n, datatype=XSD.integer)``)."""
    return f'"{n}"^^<{_XSD_INTEGER}>'


class NTriples:
    """rdflib terms as N-Triples text, with a cache for the IRIs that repeat."""

    def __init__(self):
        self.cache: dict = {}

    def term(self, term) -> str:
        hit = self.cache.get(term)
        if hit is not None:
            return hit
        if isinstance(term, URIRef):
            out = iri(term)
            self.cache[term] = out
            return out
        if isinstance(term, Literal):
            return literal(str(term), str(term.datatype) if term.datatype is not None else None, term.language)
        raise ValueError(f"blank node {term!r}: every node must have a minted IRI")

    def lines(self, triples) -> list[str]:
        """Each triple as "<s> <p> o" (no final dot): the key that keeps triples unique."""
        get, term = self.cache.get, self.term
        return [f"{get(s) or term(s)} {get(p) or term(p)} {get(o) or term(o)}" for s, p, o in triples]


def ntriples(lines) -> bytes:
    """Triple keys (see NTriples.lines) as an N-Triples document."""
    return "".join(line + " .\n" for line in lines).encode("utf-8")
