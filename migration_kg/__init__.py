"""Migration and development knowledge graph: curated YAML + source texts -> validated RDF."""

from migration_kg.errors import CurationError, KGError, ValidationError

__version__ = "0.1.0"

__all__ = ["CurationError", "KGError", "ValidationError", "__version__"]
