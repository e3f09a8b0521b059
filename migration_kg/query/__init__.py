"""Questions to the graph: the query library, safe execution, names people type, result formats."""
