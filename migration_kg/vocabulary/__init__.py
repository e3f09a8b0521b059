"""The ontology and the turning of checked records into RDF triples."""
