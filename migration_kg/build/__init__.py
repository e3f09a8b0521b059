"""The build: the one pipeline (:mod:`.pipeline`), its worker processes (:mod:`.workers`), what it
writes (:mod:`.bundle`) and the cache of its last run (:mod:`.cache`).

``from migration_kg.build import build`` gives the pipeline. It is imported when first asked for, so
that reading the cache (every query does) does not load the RDF and SHACL libraries the pipeline needs.
"""

from __future__ import annotations

_PIPELINE = frozenset({"build", "BuildResult", "DocPart", "DocumentProcessor", "self_contained"})


def __getattr__(name: str):
    if name in _PIPELINE:
        from migration_kg.build import pipeline  # here: the pipeline imports rdflib and pySHACL

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
