"""How many of the seed report's curated statements does `migration-kg propose` recover?

Runs the statement proposer on the seed text with the seed registry (as a curator would after
accepting the registry entries) and compares the proposals with the curated statements of
graph/sources/<seed>/statements/ on (subject, relation, object). Prints precision (share of the
proposals that the curation confirms) and recall (share of the curated entity-to-entity
statements that were proposed), overall and by relation, and the proposals the curation lacks.
A loose match counts a proposal whose subject and object a curated statement links by another
relation (hosts for organises, say). No threshold: this reports, it does not judge.

    python benchmarks/propose_benchmark.py
"""

from __future__ import annotations

from collections import Counter

from pathlib import Path

from migration_kg import resources
from migration_kg.assist.propose import proposals_for
from migration_kg.curation.records import DocumentReader
from migration_kg.curation.registry import load_registry
from migration_kg.vocabulary.ontology import Ontology

GRAPH_DIR = Path(__file__).resolve().parents[1] / "graph"

SEED = "unitar-2007-03-07-building-partnerships"
#: The relations propose's patterns can yield (migration_kg.assist.propose.CUES).
_TARGETED = {"organises", "hosts", "funds", "coFinances", "leads", "coordinates", "provides", "supports",
             "memberOf", "represents"}


def main() -> None:
    ontology = Ontology(resources.ontology_file())
    registry = load_registry(GRAPH_DIR)
    records = DocumentReader(registry, ontology)(GRAPH_DIR / "sources" / SEED)
    doc = records.document
    curated = {(s.subject.id, s.relation.name, s.object.id) for s in records.curation.statements
               if s.object is not None}
    pairs = {frozenset((s, o)) for s, _, o in curated}
    result = proposals_for(doc, registry, ontology)
    proposed = {(p.subject, p.relation, p.object) for p in result.statements}
    confirmed = proposed & curated
    loose = {p for p in proposed - curated if frozenset((p[0], p[2])) in pairs}
    precision = len(confirmed) / len(proposed) if proposed else 0.0
    recall = len(confirmed) / len(curated) if curated else 0.0
    print(f"Seed report {SEED}")
    print(f"Curated entity-to-entity statements: {len(curated)}")
    print(f"Proposed statements:                 {len(proposed)}")
    print(f"Confirmed by the curation:           {len(confirmed)}")
    print(f"Precision: {precision:.2f}   Recall: {recall:.3f}")
    targeted = {t for t in curated if t[1] in _TARGETED}
    print(f"Recall on the relations the patterns read ({', '.join(sorted(_TARGETED))}): "
          f"{len(confirmed & targeted)}/{len(targeted)} = {len(confirmed & targeted) / len(targeted) if targeted else 0:.2f}")
    print(f"Loose matches (same pair, another relation): {len(loose)}; "
          f"precision counting them: {(len(confirmed) + len(loose)) / len(proposed) if proposed else 0:.2f}")
    by_relation = Counter(r for _, r, _ in curated)
    found = Counter(r for _, r, _ in confirmed)
    asked = Counter(r for _, r, _ in proposed)
    print("\nBy relation (proposed / confirmed / curated):")
    for relation in sorted(set(by_relation) | set(asked), key=lambda r: (-by_relation[r], r)):
        if asked[relation] or relation in _TARGETED:
            print(f"  {relation:16} {asked[relation]:>3} / {found[relation]:>3} / {by_relation[relation]:>3}")
    print("\nProposals the curation does not have:")
    for s, r, o in sorted(proposed - curated):
        print(f"  {s} {r} {o}" + ("  (loose match)" if (s, r, o) in loose else ""))
    print(f"\nPartnerships proposed: {len(result.partnerships)}")
    curated_partners = [frozenset(e.id for e in p.partners) for p in records.curation.partnerships]
    for p in result.partnerships:
        hit = any(set(p.partners) <= c for c in curated_partners)
        print(f"  {p.kind}: {', '.join(p.partners)}" + ("  (partners within a curated partnership)" if hit else ""))


if __name__ == "__main__":
    main()
