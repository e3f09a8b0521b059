"""The registry's kinds of entity and the ontology class of each, as plain IRI strings (no rdflib:
the outputs that read the store take them from here)."""

from migration_kg.vocabulary.prefixes import PREFIXES

_MKG = PREFIXES["mkg"]

#: kind (as curators write it in the registry) -> the IRI of its class in the ontology.
KIND_CLASS_IRI: dict[str, str] = {kind: _MKG + name for kind, name in (
    ("organisation", "Organisation"), ("person", "Person"), ("country", "Country"), ("collective", "Collective"),
    ("place", "Place"), ("event", "Event"), ("event-series", "EventSeries"), ("programme", "Programme"),
    ("project", "Project"), ("policy", "Policy"), ("process", "Process"), ("forum", "Forum"),
    ("agreement", "Agreement"), ("service", "Service"), ("product", "Product"), ("publication", "Publication"),
    ("network", "Network"), ("topic", "Topic"))}
