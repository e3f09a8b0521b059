"""How much of a curated document's graph do `candidates` and `propose` draft?

For each data folder given (a folder with registry/ and sources/, like graph/) and each of its
documents:

- candidates: run with a registry holding the topic scheme and the entities the folder's other
  documents use (as on a new report); each entity the document's curated statements and
  partnerships name counts as found when the report recognises it as known, or when a
  candidate's name is one of its names (label, acronym, alias; case and spacing ignored, or a
  near match); kind accuracy is the share of the found entities with the entity's kind.
- propose: run with the registry in place and the statements hidden; the entity pairs of the
  proposals (subject and object; each two partners of a partnership) against the pairs the
  curated statements and partnerships link.

No threshold: this reports, it does not judge.

    python benchmarks/assist_benchmark.py graph [/work/ext/my-texts ...]
"""

from __future__ import annotations

import argparse
import difflib
import functools
import itertools
import sys
from pathlib import Path

from migration_kg import resources
from migration_kg.assist.candidates import candidates_in
from migration_kg.assist.patterns import load_patterns
from migration_kg.assist.topic_cues import load_topic_cues
from migration_kg.assist.propose import proposals_for
from migration_kg.curation.quotes import normalise
from migration_kg.curation.registry import Registry, load_registry
from migration_kg.curation.sources import discover, load_document
from migration_kg.curation.statements import load_statements
from migration_kg.vocabulary.ontology import Ontology

#: Kinds a curator may register under another name of the same family.
_SAME = {"event-series": "event"}


def same_kind(first: str, second: str) -> bool:
    return _SAME.get(first, first) == _SAME.get(second, second)


def _key(name: str) -> str:
    return normalise(name).casefold().removeprefix("the ")


def gold_entities(part, doc, registry: Registry) -> set[str]:
    ids = set()
    for s in part.statements:
        ids.add(s.subject.id)
        if s.object is not None:
            ids.add(s.object.id)
    for p in part.partnerships:
        ids.update(e.id for e in p.partners + p.about)
    return {i for i in ids if i in registry}


def gold_pairs(part) -> set[frozenset]:
    pairs = {frozenset((s.subject.id, s.object.id)) for s in part.statements if s.object is not None}
    for p in part.partnerships:
        pairs |= {frozenset(pair) for pair in itertools.combinations({e.id for e in p.partners}, 2)}
    return {p for p in pairs if len(p) == 2}


def by_names(names, by_name: dict):
    """The value ``by_name`` holds for one of ``names`` (case and spacing ignored), else for a near
    match of one of them (difflib ratio 0.9 or more), else None."""
    keys = [_key(n) for n in names]
    hit = next((by_name[k] for k in keys if k in by_name), None)
    if hit is None:
        close = [difflib.get_close_matches(k, list(by_name), n=1, cutoff=0.9) for k in keys]
        hit = next((by_name[c[0]] for c in close if c), None)
    return hit


def candidates_report(doc, registry: Registry, others: set[str], cues: list | None = None):
    """The candidates of ``doc`` with a registry of the topic scheme and the entities ``others`` (the
    other documents') use, as on a new report."""
    kept = Registry({e: ent for e, ent in registry.items() if ent.kind == "topic" or e in others})
    return candidates_in(doc, kept, cues)


def candidate_scores(report, registry: Registry, gold: set[str]) -> tuple[int, int, list[str]]:
    """Found and right-kind counts of ``gold`` in a document's :func:`candidates_report`: the entities
    it recognises count as found, by kind."""
    known = {k.id for k in report.known}
    by_name: dict[str, object] = {}
    for c in report.candidates:
        by_name.setdefault(_key(c.name), c)
        if c.acronym:
            by_name.setdefault(_key(c.acronym), c)
    found = right = 0
    missed = []
    for eid in sorted(gold):
        entity = registry[eid]
        if eid in known:
            found, right = found + 1, right + 1
            continue
        hit = by_names(entity.names, by_name)
        if hit is None:
            missed.append(f"{eid} ({entity.kind})")
            continue
        found += 1
        if same_kind(hit.kind, entity.kind):
            right += 1
        else:
            missed.append(f"{eid}: kind {hit.kind}, curated {entity.kind}")
    return found, right, missed


class Curation:
    """One data folder's curated graphs: its registry and, per document id (in the folder's order), the
    document, the entities its statements and partnerships name, and the pairs they link."""

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
        """The entities the folder's other documents name."""
        return set().union(*(ids for d, ids in self.entities.items() if d != doc_id))

    @functools.cached_property
    def names(self) -> dict[str, str]:
        """:func:`names_index` of the whole registry."""
        return names_index(self.registry, set(self.registry))


def names_index(registry: Registry, ids: set[str]) -> dict[str, str]:
    """Each name of the entities ``ids`` (its key: case and spacing ignored) -> the entity (the first by id)."""
    out: dict[str, str] = {}
    for eid in sorted(ids):
        for name in registry[eid].names:
            out.setdefault(_key(name), eid)
    return out


def proposal_pairs(doc, registry: Registry, ontology: Ontology, patterns: list | None = None) -> set[frozenset]:
    result = proposals_for(doc, registry, ontology, patterns)
    pairs = {frozenset((p.subject, p.object)) for p in result.statements if p.object is not None}
    for p in result.partnerships:
        pairs |= {frozenset(pair) for pair in itertools.combinations(p.partners, 2)}
    return {p for p in pairs if len(p) == 2}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path, help="data folders (registry/ and sources/)")
    parser.add_argument("--show", action="store_true", help="list the missed entities and pairs")
    args = parser.parse_args(argv)
    ontology = Ontology(resources.ontology_file())
    patterns, cues = load_patterns(), load_topic_cues()  # read once for all the documents
    totals = [0] * 6
    print(f"{'document':48} {'entities':>8} {'found':>6} {'kind ok':>7} {'pairs':>6} {'proposed':>8} {'right':>6}")
    for folder in args.folders:
        curation = Curation(folder, ontology)
        registry = curation.registry
        for doc in curation.docs.values():
            gold, pairs = curation.entities[doc.id], curation.pairs[doc.id]
            report = candidates_report(doc, registry, curation.others(doc.id), cues)
            found, right, missed = candidate_scores(report, registry, gold)
            proposed = proposal_pairs(doc, registry, ontology, patterns)
            hits = len(proposed & pairs)
            row = [len(gold), found, right, len(pairs), len(proposed), hits]
            totals = [t + r for t, r in zip(totals, row)]
            print(f"{doc.id[:48]:48} {row[0]:>8} {row[1]:>6} {row[2]:>7} {row[3]:>6} {row[4]:>8} {row[5]:>6}")
            _rates("  ", row)
            if args.show:
                print("    entities missed or of another kind:", "; ".join(missed) or "none")
                print("    pairs missed:", "; ".join("-".join(sorted(p)) for p in sorted(pairs - proposed, key=sorted)))
                print("    pairs proposed, not curated:",
                      "; ".join("-".join(sorted(p)) for p in sorted(proposed - pairs, key=sorted)))
    print()
    _rates("all documents: ", totals)
    return 0


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:.0f}%" if b else "n/a"


def _rates(prefix: str, row: list[int]) -> None:
    gold, found, right, pairs, proposed, hits = row
    print(f"{prefix}candidates: recall {pct(found, gold)}, kind accuracy {pct(right, found)}; "
          f"propose: pair recall {pct(hits, pairs)}, precision {pct(hits, proposed)}")


if __name__ == "__main__":
    sys.exit(main())
