"""Write the curated YAML's JSON Schemas (schemas/<kind>.schema.json) from the models in
migration_kg/curation/schema.py; tests/test_schema.py fails while a file is stale.

    python scripts/schemas.py
"""

from __future__ import annotations

from pathlib import Path

from migration_kg.curation.schema import FILE_KINDS, render_schema

SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"


def main() -> None:
    for kind in FILE_KINDS:
        (SCHEMAS / f"{kind}.schema.json").write_text(render_schema(kind), encoding="utf-8")


if __name__ == "__main__":
    main()
