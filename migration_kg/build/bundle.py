"""Everything ``migration-kg build`` writes into the output folder, from the checked store."""

from __future__ import annotations

from pathlib import Path

from migration_kg.build.cache import data_source, input_digest, manifest
from migration_kg.outputs.dataset import void_turtle
from migration_kg.outputs.docs import render_page
from migration_kg.outputs.files import serialise
from migration_kg.outputs.view import render_html


def build_outputs(data_dir: Path, digest: str | None = None):
    """A callable (BuildResult) -> (file name, bytes) pairs, made one file at a time (the build stages
    each before the next is made): the graph files (graph.ttl, .nt, .jsonld, .nq), the network view
    (graph.html), the dataset's description (void.ttl), the ontology's documentation (ontology.html)
    and build.json (the digest of the inputs, which later commands check before reusing graph.nq,
    and where the data came from, which they use when given no data option)."""
    if digest is None:  # before the build reads anything: a file edited meanwhile makes it stale
        digest = input_digest(data_dir)

    def outputs(result):
        made = serialise(result.store)  # every output reads the store itself
        names = [*made, "graph.nq", "graph.html", "void.ttl", "ontology.html", "build.json"]
        for name in list(made):
            yield name, made.pop(name)  # let go once written
        yield "graph.nq", result.store.nquads()
        yield "graph.html", render_html(result.store).encode("utf-8")
        yield "void.ttl", void_turtle(result.store)
        yield "ontology.html", render_page(result.store).encode("utf-8")
        yield "build.json", manifest(result, digest, names, data_source(data_dir))

    return outputs
