"""How far do two curators agree, and how does the drafting assistant compare with a second curator?

Give pairs of data folders (`--pair FIRST SECOND`): the same texts curated by hand by two people
who did not see each other's work, each document under the same id in both. For every document
both folders hold, the first curator's graph is the reference, and three readers are scored
against it with the measures of `assist_benchmark.py`:

- the second curator: an entity of the first counts as found when the second curator's graph
  names an entity with the same id (the shared topic scheme) or one of its names (label, acronym,
  alias; case and spacing ignored, or a near match), with the kind compared as there; the second
  curator's pairs, their entities mapped to the first's the same way, against the first's pairs;
- the assistant: `candidates` and `propose`, exactly as `assist_benchmark.py` runs them;
- the assistant against both curators: its recall of the entities and pairs both curators have,
  and its precision against the pairs either curator has (a fact one careful curator links is
  no error).

The goals of the assistant are stated against one curator; this shows how much of one careful
curator's graph a second careful curator reproduces. No threshold: this reports, it does not judge.

    python benchmarks/agreement_benchmark.py --pair /work/ext/set1 /work/ext/set1-second
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assist_benchmark import (Curation, by_names, candidate_scores, candidates_report, names_index, pct,
                              proposal_pairs, same_kind)
from migration_kg import resources
from migration_kg.assist.patterns import load_patterns
from migration_kg.assist.topic_cues import load_topic_cues
from migration_kg.curation.registry import Registry
from migration_kg.vocabulary.ontology import Ontology


def _counterpart(eid: str, mine: Registry, theirs: Registry, ids: set[str], index: dict[str, str]) -> str | None:
    """The entity of ``theirs`` that is ``eid`` of ``mine``: the same id when it is one of ``ids`` (those
    ``index`` holds the names of) or a topic of the shared scheme, else one of its names."""
    if eid in ids or (eid in theirs and mine[eid].kind == "topic"):
        return eid
    return by_names(mine[eid].names, index)


class Agreement:
    """One document as two curators read it: the second curator's entities and pairs in the first's ids."""

    def __init__(self, first: Curation, second: Curation, doc_id: str):
        self.first, self.doc_id = first, doc_id
        theirs = second.entities[doc_id]
        index = names_index(second.registry, theirs)
        self.matches = {}  # the first curator's entity -> the second's
        for eid in first.entities[doc_id]:
            match = _counterpart(eid, first.registry, second.registry, theirs, index)
            if match is not None and match in theirs:
                self.matches[eid] = second.registry[match]
        mapped = {eid: _counterpart(eid, second.registry, first.registry, set(first.registry), first.names)
                  or f"second:{eid}" for eid in theirs}
        pairs = {frozenset(mapped[e] for e in pair) for pair in second.pairs[doc_id]}
        self.second_pairs = {p for p in pairs if len(p) == 2}

    def second_curator(self) -> list[int]:
        """The second curator's row against the first (see :data:`COLUMNS`)."""
        gold, pairs = self.first.entities[self.doc_id], self.first.pairs[self.doc_id]
        right = sum(same_kind(self.first.registry[e].kind, m.kind) for e, m in self.matches.items())
        hits = len(self.second_pairs & pairs)
        return [len(gold), len(self.matches), right, len(pairs), hits, len(self.second_pairs), hits]

    def assistant(self, ontology: Ontology, patterns: list, cues: list) -> tuple[list[int], list[int]]:
        """The assistant's rows: against the first curator, and against both (its recall of the
        entities and pairs both curators have, its precision against the pairs either has)."""
        first, doc_id = self.first, self.doc_id
        doc, gold, pairs = first.docs[doc_id], first.entities[doc_id], first.pairs[doc_id]
        report = candidates_report(doc, first.registry, first.others(doc_id), cues)
        proposed = proposal_pairs(doc, first.registry, ontology, patterns)
        rows = []
        for entities, recalled, right in ((gold, pairs, pairs),
                                          (set(self.matches), pairs & self.second_pairs, pairs | self.second_pairs)):
            found, kind_ok, _ = candidate_scores(report, first.registry, entities)
            rows.append([len(entities), found, kind_ok, len(recalled), len(proposed & recalled), len(proposed),
                         len(proposed & right)])
        return rows[0], rows[1]


#: A row's numbers: entities, found, of the right kind; pairs, recalled; pairs proposed, right.
COLUMNS = ("entities", "found", "kind ok", "pairs", "recalled", "proposed", "right")


def _line(label: str, row: list[int]) -> str:
    gold, found, right, pairs, recalled, proposed, hits = row
    return (f"{label:48} {pct(found, gold):>14} {pct(right, found):>13} "
            f"{pct(recalled, pairs):>11} {pct(hits, proposed):>14}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pair", nargs=2, action="append", type=Path, required=True, metavar=("FIRST", "SECOND"),
                        help="two data folders curated by hand from the same texts; the first is the reference")
    args = parser.parse_args(argv)
    ontology = Ontology(resources.ontology_file())
    patterns, cues = load_patterns(), load_topic_cues()
    readers = ("second curator", "assistant", "assistant, both curators")
    totals = {reader: [0] * len(COLUMNS) for reader in readers}
    print(f"{'document / reader':48} {'entity recall':>14} {'kind accuracy':>13} {'pair recall':>11} "
          f"{'pair precision':>14}")
    for first_folder, second_folder in args.pair:
        first, second = Curation(first_folder, ontology), Curation(second_folder, ontology)
        for doc_id in sorted(set(first.docs) & set(second.docs)):
            agreement = Agreement(first, second, doc_id)
            rows = dict(zip(readers, (agreement.second_curator(), *agreement.assistant(ontology, patterns, cues))))
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
