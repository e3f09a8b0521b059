"""Where the project's files are, for the tests (from this file, never the working directory)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = ROOT / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "migration-kg.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
GRAPH_DIR = ROOT / "graph"
QUERIES_DIR = ROOT / "queries"
DEFAULT_OUT = ROOT / "out"
