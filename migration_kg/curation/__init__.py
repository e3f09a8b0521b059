"""Curated YAML and source texts -> checked records (registry, documents, statements, mentions).

Every error names the file, line and entry at fault (migration_kg.errors.CurationError).
"""
