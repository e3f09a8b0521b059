"""`review`: one offline HTML page to accept, reject or correct a document's proposals by keyboard.

The page shows the report's text with every proposal's quote and every candidate name highlighted,
and the proposals of ``statements/proposed.yaml`` as a list. Keys: j / k (or the arrows) move,
a accepts, r rejects, e edits the relation (a list of the relations that fit), s saves the
decisions file that ``migration-kg accept DOC --decisions FILE`` applies.

The page is rendered from templates/review.html, everything from the report or the YAML escaped into
its HTML on the server side; the one script (templates/review.js) is the page's own, allowed by its
hash in the Content-Security-Policy (no other script can run, nothing is fetched).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import yaml
from markupsafe import Markup

from migration_kg import resources
from migration_kg.assist.candidates import candidates_in
from migration_kg.assist.document import document_folder, open_document
from migration_kg.assist.propose import PROPOSED_FILE
from migration_kg.curation.quotes import QuoteIndex
from migration_kg.curation.registry import load_registry
from migration_kg.errors import UsageError
from migration_kg.outputs.page import environment, render, script, script_hashes
from migration_kg.vocabulary.ontology import KIND_CLASS, Ontology

TEMPLATE = "review.html"
#: The page's script (templates/review.js), put on the page as it is.
SCRIPT = "review.js"


@dataclass
class ReviewPage:
    document: str
    html: str
    proposals: int
    candidates: int


def review_page(doc_ref: str | Path, graph_dir: Path) -> ReviewPage:
    doc = open_document(document_folder(doc_ref, graph_dir))
    path = doc.folder / "statements" / PROPOSED_FILE
    if not path.is_file():
        raise UsageError(f"{doc.id} has no statements/{PROPOSED_FILE}: run migration-kg propose {doc.id} --write first")
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    registry = load_registry(graph_dir)
    ontology = Ontology(resources.ontology_file())
    index = QuoteIndex(doc.text)
    entries = [("statement", e) for e in data.get("statements") or [] if isinstance(e, dict)]
    entries += [("partnership", e) for e in data.get("partnerships") or [] if isinstance(e, dict)]
    entries = [(k, e) for k, e in entries if e.get("proposed") is True]
    marks: list[tuple[int, int, str]] = []  # start, end, class
    items = []
    for i, (kind, entry) in enumerate(entries):
        spans = index.find_all(str(entry.get("quote") or ""))
        occurrence = entry.get("occurrence")
        if isinstance(occurrence, int) and 1 <= occurrence <= len(spans):
            spans = [spans[occurrence - 1]]
        section = entry.get("section")
        if section is not None:
            spans = [s for s in spans if doc.section_at(s.start).id == section] or spans
        span = spans[0] if spans else None
        if span is not None:
            marks.append((span.start, span.end, f"q p{i}"))
        items.append(_item(i, kind, entry, span, registry, ontology))
    report = candidates_in(doc, registry)
    for c in report.candidates:
        marks.append((c.offset, c.offset + len(c.name), "c"))
    env = environment()
    own = script(env, SCRIPT)
    body = render(TEMPLATE, env, title=f"Review: {doc.id}", doc=doc.id, items=items,
                  text=_marked_text(doc.text, marks), csp=_csp(own), script=own, generator=None,
                  legend=f"{len(report.candidates)} candidate names (dotted), {len(items)} proposals (shaded)")
    return ReviewPage(doc.id, body, len(items), len(report.candidates))


def _item(i: int, kind: str, entry: dict, span, registry, ontology: Ontology) -> dict:
    """One proposal as templates/review.html lists it."""
    item = {"i": i, "id": str(entry.get("id")), "kind": kind, "quote": str(entry.get("quote") or ""),
            "start": span.start if span is not None else None}
    if kind == "partnership":
        return item | {"partnership": str(entry.get("kind")), "partners": ", ".join(map(str, entry.get("partners") or []))}
    subjects = entry.get("subjects") or [entry.get("subject")]
    objects = entry.get("objects") or ([entry.get("object")] if "object" in entry else [entry.get("value")])
    relation = str(entry.get("relation"))
    return item | {"relation": relation, "relations": _fitting(subjects, objects, relation, registry, ontology),
                   "subjects": ", ".join(map(str, subjects)), "objects": ", ".join(map(str, objects))}


def _fitting(subjects: list, objects: list, relation: str, registry, ontology: Ontology) -> list[str]:
    """The relations whose domain and range fit every subject and object (the proposed one first)."""
    out = [relation]
    rel = ontology.relations.get(relation)
    if rel is None or rel.is_value:
        return out
    try:
        subject_kinds = {registry[s].kind for s in subjects}
        object_kinds = {registry[o].kind for o in objects}
    except KeyError:
        return out
    for name, r in sorted(ontology.relations.items()):
        if r.is_value or name == relation:
            continue
        if all(ontology.is_a(KIND_CLASS[k], r.domain) for k in subject_kinds) and \
                all(ontology.is_a(KIND_CLASS[k], r.range) for k in object_kinds):
            out.append(name)
    return out


def _marked_text(text: str, marks: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """The text cut at every mark's edges: each piece with the classes of the marks over it ("" for none)."""
    cuts = sorted({0, len(text), *(a for a, _, _ in marks), *(b for _, b, _ in marks)})
    return [(" ".join(dict.fromkeys(c for s, e, cls in marks if s <= a and b <= e for c in cls.split())), text[a:b])
            for a, b in zip(cuts, cuts[1:])]


def _csp(own: str) -> Markup:
    return Markup(f"default-src 'none'; script-src {script_hashes(own)}; style-src 'unsafe-inline'; img-src 'none'; "
                  "connect-src 'none'; form-action 'none'; base-uri 'none'")


def decisions_json(document: str, decisions: list[dict]) -> str:
    """The decisions file the page saves (for tests and tools that write one)."""
    return json.dumps({"document": document, "decisions": decisions}, indent=1)
