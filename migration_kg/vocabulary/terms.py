"""The one converter of RDF terms: rdflib terms (as the triple builder makes them) to N-Triples text.

Written directly (no pyoxigraph objects): converting a million triples term by term through
pyoxigraph took ten seconds on two cores, this about one. Literals escape what N-Triples requires
(backslash, double quote, line feed, carriage return); the same triple always gives the same line,
which the build relies on to keep each triple in one graph only.
"""

from __future__ import annotations

from rdflib import Literal, URIRef

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class NTriples:
    """rdflib terms as N-Triples text, with a cache for the IRIs that repeat."""

    def __init__(self):
        self.cache: dict = {}

    def term(self, term) -> str:
        hit = self.cache.get(term)
        if hit is not None:
            return hit
        if isinstance(term, URIRef):
            out = f"<{term}>"
            self.cache[term] = out
            return out
        if isinstance(term, Literal):
            text = str(term)
            if "\\" in text or '"' in text or "\n" in text or "\r" in text:
                text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
            if term.language:
                return f'"{text}"@{term.language}'
            if term.datatype is not None and str(term.datatype) != _XSD_STRING:
                return f'"{text}"^^<{term.datatype}>'
            return f'"{text}"'
        raise ValueError(f"blank node {term!r}: every node must have a minted IRI")

    def lines(self, triples) -> list[str]:
        """Each triple as "<s> <p> o" (no final dot): the key that keeps triples unique."""
        get, term = self.cache.get, self.term
        return [f"{get(s) or term(s)} {get(p) or term(p)} {get(o) or term(o)}" for s, p, o in triples]

    def forget_if_large(self, limit: int = 100_000) -> None:
        """A document's own IRIs do not come back: keep the cache bounded on large corpora."""
        if len(self.cache) > limit:
            self.cache.clear()


def ntriples(lines) -> bytes:
    """Triple keys (see NTriples.lines) as an N-Triples document."""
    return "".join(line + " .\n" for line in lines).encode("utf-8")
