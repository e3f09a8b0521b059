"""The ontology's terms: namespaces, prefixes, entity kinds and the ontology file read once."""
