"""How far do two curators agree, and how does the drafting assistant compare with a second curator?

Give pairs of data folders (`--pair FIRST SECOND`): the same texts curated by hand by two people
who did not see each other's work, each document under the same id in both. For every document
both folders hold, the first curator's graph is the reference, and two readers are scored against
it with the measures of `assist_benchmark.py`:

- the second curator: an entity of the first counts as found when the second curator's graph
  names an entity with the same id (the shared topic scheme) or one of its names (label, acronym,
  alias; case and spacing ignored, or a near match), with the kind compared as there; the second
  curator's pairs, their entities mapped to the first's the same way, against the first's pairs;
- the assistant: `candidates` and `propose`, exactly as `assist_benchmark.py` runs them.

The goals of the assistant are stated against one curator; this shows how much of one careful
curator's graph a second careful curator reproduces. No threshold: this reports, it does not judge.

    python benchmarks/agreement_benchmark.py --pair /work/ext/set1 /work/ext/set1-second
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assist_benchmark import _key, by_names, candidate_scores, gold_entities, gold_pairs, proposal_pairs, same_kind
from migration_kg import resources
from migration_kg.assist.patterns import load_patterns
from migration_kg.assist.topic_cues import load_topic_cues
from migration_kg.curation.registry import Registry, load_registry
from migration_kg.curation.sources import discover, load_document
from migration_kg.curation.statements import load_statements
from migration_kg.vocabulary.ontology import Ontology


class Curation:
    """One folder's curated graphs: its registry, and per document id the document, its entities and pairs."""

    def __init__(self, folder: Path, ontology: Ontology):
        self.registry = load_registry(folder)
        self.docs, self.entities, self.pairs = {}, {}, {}
        for path in discover(folder):
            doc = load_document(path)
            part = load_statements(doc, self.registry, ontology)
            self.docs[doc.id] = doc
            self.entities[doc.id] = gold_entities(part, doc, self.registry)
            self.pairs[doc.id] = gold_pairs(part)

    def others(self, doc_id: str) -> set[str]:
        return set().union(*(ids for d, ids in self.entities.items() if d != doc_id))


def _names_index(registry: Registry, ids: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for eid in sorted(ids):
        for name in registry[eid].names:
            out.setdefault(_key(name), eid)
    return out


def _counterpart(eid: str, mine: Registry, theirs: Registry, index: dict[str, str]) -> str | None:
    """The entity of ``theirs`` that is ``eid`` of ``mine``: the same id, else one of its names."""
    if eid in theirs and (eid in index.values() or mine[eid].kind == "topic"):
        return eid
    return by_names(mine[eid].names, index)


def second_curator(first: Curation, second: Curation, doc_id: str) -> list[int]:
    """The row of :func:`assist_benchmark._rates` for the second curator against the first."""
    gold, theirs = first.entities[doc_id], second.entities[doc_id]
    index = _names_index(second.registry, theirs)
    found = right = 0
    for eid in gold:
        match = _counterpart(eid, first.registry, second.registry, index)
        if match is not None and match in theirs:
            found += 1
            right += same_kind(first.registry[eid].kind, second.registry[match].kind)
    back = _names_index(first.registry, set(first.registry))
    mapped = {eid: _counterpart(eid, second.registry, first.registry, back) or f"second:{eid}" for eid in theirs}
    pairs = {frozenset(mapped.get(e, f"second:{e}") for e in pair) for pair in second.pairs[doc_id]}
    pairs = {p for p in pairs if len(p) == 2}
    return [len(gold), found, right, len(first.pairs[doc_id]), len(pairs), len(pairs & first.pairs[doc_id])]


def assistant(first: Curation, doc_id: str, ontology: Ontology, patterns: list, cues: list) -> list[int]:
    """The row of :func:`assist_benchmark._rates` for the assistant against the first curator."""
    doc, gold, pairs = first.docs[doc_id], first.entities[doc_id], first.pairs[doc_id]
    found, right, _ = candidate_scores(doc, first.registry, gold, first.others(doc_id), cues)
    proposed = proposal_pairs(doc, first.registry, ontology, patterns)
    return [len(gold), found, right, len(pairs), len(proposed), len(proposed & pairs)]


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.0f}%" if b else "n/a"


def _line(label: str, row: list[int]) -> str:
    gold, found, right, pairs, proposed, hits = row
    return (f"{label:48} {_pct(found, gold):>14} {_pct(right, found):>13} "
            f"{_pct(hits, pairs):>11} {_pct(hits, proposed):>14}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pair", nargs=2, action="append", type=Path, required=True, metavar=("FIRST", "SECOND"),
                        help="two data folders curated by hand from the same texts; the first is the reference")
    args = parser.parse_args(argv)
    ontology = Ontology(resources.ontology_file())
    patterns, cues = load_patterns(), load_topic_cues()
    totals = {"second curator": [0] * 6, "assistant": [0] * 6}
    print(f"{'document / reader':48} {'entity recall':>14} {'kind accuracy':>13} {'pair recall':>11} "
          f"{'pair precision':>14}")
    for first_folder, second_folder in args.pair:
        first, second = Curation(first_folder, ontology), Curation(second_folder, ontology)
        for doc_id in sorted(set(first.docs) & set(second.docs)):
            rows = {"second curator": second_curator(first, second, doc_id),
                    "assistant": assistant(first, doc_id, ontology, patterns, cues)}
            print(doc_id[:48])
            for reader, row in rows.items():
                print(_line(f"  {reader}", row))
                totals[reader] = [t + r for t, r in zip(totals[reader], row)]
    print()
    print("all documents")
    for reader, row in totals.items():
        print(_line(f"  {reader}", row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
