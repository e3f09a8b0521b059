"""The project's IRI bases and prefixes as plain strings (no rdflib: the query path reads them)."""

#: Base of every IRI the project mints.
BASE = "https://w3id.org/migration-kg/"

PREFIXES = {
    "mkg": BASE + "ontology#",
    "id": BASE + "id/",
    "doc": BASE + "doc/",
    "role": BASE + "role/",
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "oa": "http://www.w3.org/ns/oa#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "sh": "http://www.w3.org/ns/shacl#",
    "vann": "http://purl.org/vocab/vann/",
}


_BY_LENGTH = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


def shorten(iri: str) -> str:
    """``id:iom`` for an IRI under one of the project's prefixes (the longest that fits); any other
    IRI, and a namespace's own IRI (``http://www.w3.org/ns/org#``, which ``org:`` would hide), as it
    is. The one IRI shortener: query results, SHACL reports and the ontology page use it."""
    for prefix, base in _BY_LENGTH:
        if iri.startswith(base) and len(iri) > len(base):
            return f"{prefix}:{iri[len(base):]}"
    return iri
