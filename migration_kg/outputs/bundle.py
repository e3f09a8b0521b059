"""Everything ``migration-kg build`` writes into the output folder, from the checked store."""

from __future__ import annotations

from pathlib import Path


def build_outputs(data_dir: Path):
    """A callable (BuildResult) -> {file name: bytes}: the graph files (graph.ttl, .nt, .jsonld,
    .nq), the network view (graph.html) and build.json (the digest of the inputs, which later
    commands check before reusing graph.nq)."""
    from migration_kg.stores.current import input_digest, manifest

    digest = input_digest(data_dir)  # before the build reads anything: a file edited meanwhile makes it stale

    def outputs(result) -> dict[str, bytes]:
        from migration_kg.outputs.files import graph_files
        from migration_kg.outputs.view import render_html
        from migration_kg.stores.graphfile import to_rdflib

        files = graph_files(result)
        files["graph.html"] = render_html(to_rdflib(result.store)).encode("utf-8")
        files["build.json"] = manifest(result, data_dir, digest)
        return files

    return outputs
