"""The docs describe the build's files as they are (docs/files.md): the list of outputs, the Turtle and
the JSON-LD."""

from __future__ import annotations

import json
import re

from tests import paths
from migration_kg.vocabulary.namespaces import PREFIXES

README = (paths.ROOT / "docs" / "files.md").read_text(encoding="utf-8")


def _build_section() -> str:
    return README.split("## The build\n", 1)[1].split("\n## ", 1)[0]


def _bullets() -> dict[str, str]:
    """File name -> its bullet text in the README's list of what the build writes."""
    found = {}
    for item in re.split(r"\n- ", "\n" + _build_section()):
        m = re.match(r"`([\w.]+)`: (.*)", item, re.S)
        if m:
            found[m.group(1)] = " ".join(m.group(2).split())
    return found


def test_the_readme_lists_exactly_the_files_the_build_writes(built):
    assert set(_bullets()) == set(built.outputs)


def test_the_jsonld_claims_hold(built):
    claim = _bullets()["graph.jsonld"]
    for words in ("compact JSON-LD", "embedded `@context`", "ontology/context.jsonld", "@type", "sorted by IRI"):
        assert words in claim, words
    doc = json.loads(built.outputs["graph.jsonld"].read_text(encoding="utf-8"))
    assert isinstance(doc["@context"], dict)  # embedded, not a URL
    assert doc["@context"] == json.loads((paths.ONTOLOGY_DIR / "context.jsonld").read_text())["@context"]
    context = doc["@context"]

    def expand(curie: str) -> str:
        prefix, _, rest = curie.partition(":")
        return context[prefix] + rest if prefix in context else curie

    iris = [expand(n["@id"]) for n in doc["@graph"]]
    assert iris == sorted(iris) and len(iris) > 2000
    iom = next(n for n in doc["@graph"] if n["@id"] == "id:iom")  # the example the README gives
    assert iom["@type"] == "mkg:Organisation"
    assert all("rdf:type" not in n and "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" not in n for n in doc["@graph"])


def test_the_turtle_claims_hold(built):
    claim = _bullets()["graph.ttl"]
    assert "prefixes" in claim and "sorted" in claim and "longturtle" not in claim
    text = built.outputs["graph.ttl"].read_text(encoding="utf-8")
    for prefix in re.findall(r"`(\w+):`", claim):
        assert re.search(rf"^@prefix {prefix}: <{re.escape(PREFIXES[prefix])}> \.$", text, re.M), prefix
    body = "\n".join(line for line in text.splitlines() if not line.startswith("@prefix"))
    assert "<https://w3id.org/migration-kg/id/" not in body and "id:iom " in body  # entities are written with id:
