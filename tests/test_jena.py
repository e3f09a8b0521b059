"""The files load unchanged in Apache Jena: riot reads graph.jsonld and graph.ttl and gives exactly
the triples of graph.nt (skipped, with the reason, where Java or Jena is not installed)."""

from __future__ import annotations

import pytest

from tests import jena

pytestmark = [pytest.mark.java, pytest.mark.slow,
              pytest.mark.skipif(jena.missing() is not None, reason=jena.missing() or "")]


def _lines(text: str) -> list[str]:
    return sorted(line for line in text.splitlines() if line.strip())


@pytest.mark.parametrize("name, syntax", [
    # Debian's Jena has no jakarta.json provider for its JSON-LD 1.1 reader (Titanium); its JSON-LD
    # 1.0 reader (jsonld-java) reads our file, which uses nothing of 1.1.
    ("graph.jsonld", "jsonld10"),
    ("graph.ttl", "turtle"),
])
def test_riot_reads_the_file_as_the_same_triples(built, tmp_path, name, syntax):
    run = jena.riot(tmp_path, "--strict", f"--syntax={syntax}", "--output=nt", str(built.outputs[name]))
    assert run.returncode == 0, run.stderr[-2000:]
    expected = _lines(built.outputs["graph.nt"].read_text(encoding="utf-8"))
    assert _lines(run.stdout) == expected
