"""Checks on the built graph: SHACL shapes (pySHACL-compatible engine) and the data checks
(queries/*-violation.rq), run on whichever store holds the graph."""
