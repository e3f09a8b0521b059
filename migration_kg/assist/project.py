"""`init`: a new, empty knowledge-graph project beside the seed one."""

from __future__ import annotations

from pathlib import Path

from migration_kg.errors import UsageError

#: Registry files of a new project, each with the header comment saying what it lists.
REGISTRY_FILES = {
    "organisations.yaml": "Organisations (and collective actors) named in the reports.",
    "people.yaml": "People named in the reports.",
    "countries.yaml": "Countries named in the reports (ISO 3166-1 codes in iso2 and iso3).",
    "places.yaml": "Places: cities, buildings, rooms.",
    "events.yaml": "Events (dated meetings) and event series.",
    "initiatives.yaml": "Initiatives: programmes, projects, policies, processes, forums, agreements, services, "
                        "products, publications, networks.",
    "topics.yaml": "Topics of the reports (the topic scheme; broader: links a topic to a wider one).",
}

README = """\
# {name}

A knowledge graph of migration and development reports, built with `migration-kg`.

    graph/registry/*.yaml             entities shared by all reports (one list per file)
    graph/sources/<document-id>/      one folder per report: source.txt, metadata.yaml, statements/

Curate a report:

    migration-kg add-document report.pdf --data graph --id my-report-2024
    migration-kg candidates my-report-2024 --data graph --write   # then accept entries in graph/registry/
    migration-kg locate my-report-2024 "words of the report" --data graph
    migration-kg propose my-report-2024 --data graph --write      # then accept statements

Build, validate and look at it:

    migration-kg build --data graph --out out
    migration-kg view --data graph --out out/graph.html

Entries marked `proposed: true` are skipped by the build until you remove the flag.
"""


def init_project(target: Path) -> list[Path]:
    """Create ``target/graph/registry/*.yaml`` (empty lists), ``target/graph/sources/`` and a README.

    Refuses a folder that already holds files; returns the files written.
    """
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UsageError(f"{target} already exists and is not an empty folder: give a new folder")
    registry = target / "graph" / "registry"
    sources = target / "graph" / "sources"
    registry.mkdir(parents=True)
    sources.mkdir()
    written = []
    for name, what in REGISTRY_FILES.items():
        path = registry / name
        # comments only: an empty list that `candidates --write` and curators can append entries to
        path.write_text(f"# {what}\n# Each entry: - id, kind, label (see CURATION.md of migration-kg).\n",
                        encoding="utf-8")
        written.append(path)
    keep = sources / ".gitkeep"
    keep.write_text("", encoding="utf-8")
    readme = target / "README.md"
    readme.write_text(README.format(name=target.resolve().name), encoding="utf-8")
    return written + [keep, readme]
