"""SPARQL servers: publish to a Graph Store Protocol endpoint, query an endpoint, serve a store."""
