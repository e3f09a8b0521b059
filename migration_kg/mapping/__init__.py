"""Records to triples: the checked records of curation become N-Triples lines under the ontology."""
