"""`accept`: move the proposals a curator kept out of ``statements/proposed.yaml`` into the statements.

An entry of ``proposed.yaml`` is kept when the curator removed its ``proposed: true`` (or set it to
false), when its id is given, or when a decisions file (written by the review page) accepts it,
possibly with another relation; a decisions file may also reject entries, which are dropped. Kept
entries are appended to ``statements/accepted.yaml``; ``proposed.yaml`` keeps only the undecided
ones. Both files are checked as the build checks them (registry, ontology, quotes) before either is
written, and written together or not at all. Until accepted, nothing proposed enters the graph.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from migration_kg import resources
from migration_kg.assist.document import document_folder, open_document
from migration_kg.assist.propose import PROPOSED_FILE, statements_text
from migration_kg.curation.registry import load_registry
from migration_kg.curation.statements import load_statements
from migration_kg.curation.yamlio import fields, key_line, line_of, load_yaml
from migration_kg.curation.collector import Collector
from migration_kg.errors import CurationError, CurationErrors, UsageError
from migration_kg.vocabulary.ontology import Ontology

ACCEPTED_FILE = "accepted.yaml"
_KINDS = ("statements", "partnerships")


@dataclass
class AcceptResult:
    document: str
    accepted: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    undecided: list[str] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)


@dataclass(frozen=True)
class Decision:
    id: str
    accept: bool
    relation: str | None = None  # the relation the curator chose instead of the proposed one


def read_decisions(path: Path) -> dict[str, Decision]:
    """A decisions file: ``decisions: [{id, decision: accept|reject, relation?}]`` (YAML or JSON)."""
    data = load_yaml(path)
    entries = data.get("decisions") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise CurationError("a decisions file is a mapping with the list 'decisions' "
                            "(- id: ..., decision: accept or reject)", file=path, line=1)
    errors = Collector()
    out: dict[str, Decision] = {}
    for raw in entries:
        with errors.entry():
            if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) \
                    or raw.get("decision") not in ("accept", "reject") or not fields(raw) <= {"id", "decision", "relation"}:
                raise CurationError("each decision is {id: <entry id>, decision: accept or reject, relation: "
                                    "<optional new relation>}", file=path, line=line_of(raw))
            relation = raw.get("relation")
            if relation is not None and not isinstance(relation, str):
                raise CurationError("relation must be a relation name", file=path, line=key_line(raw, "relation"),
                                    entry=raw["id"])
            out[raw["id"]] = Decision(raw["id"], raw["decision"] == "accept", relation)
    errors.check()
    return out


def accept(doc_ref: str | Path, graph_dir: Path, ids: list[str] | None = None,
           decisions: dict[str, Decision] | None = None) -> AcceptResult:
    doc = open_document(document_folder(doc_ref, graph_dir))
    folder = doc.folder / "statements"
    proposed_path, accepted_path = folder / PROPOSED_FILE, folder / ACCEPTED_FILE
    if not proposed_path.is_file():
        raise UsageError(f"{doc.id} has no {proposed_path.relative_to(doc.folder)}: run "
                         f"migration-kg propose {doc.id} --write first")
    proposed = _lists(proposed_path)
    accepted = _lists(accepted_path) if accepted_path.is_file() else {k: [] for k in _KINDS}
    wanted, decisions = set(ids or ()), decisions or {}
    known = {str(e.get("id")) for k in _KINDS for e in proposed[k]}
    unknown = sorted((wanted | set(decisions)) - known)
    if unknown:
        raise UsageError(f"not in {proposed_path.name}: {', '.join(unknown)}; its entries: "
                         f"{', '.join(sorted(known)) or 'none'}")
    result = AcceptResult(doc.id)
    remaining: dict[str, list] = {k: [] for k in _KINDS}
    for kind in _KINDS:
        for entry in proposed[kind]:
            eid = str(entry.get("id"))
            decision = decisions.get(eid)
            if decision is not None and not decision.accept:
                result.rejected.append(eid)
            elif decision is not None or eid in wanted or entry.get("proposed") is not True:
                kept = {k: v for k, v in entry.items() if k != "proposed"}
                if decision is not None and decision.relation and kind == "statements":
                    kept["relation"] = decision.relation
                accepted[kind].append(kept)
                result.accepted.append(eid)
            else:
                remaining[kind].append(entry)
                result.undecided.append(eid)
    files = {accepted_path: _accepted_text(accepted, doc.id),
             proposed_path: statements_text(remaining["statements"], remaining["partnerships"],
                                          _header(proposed_path))}
    _check(doc.folder, graph_dir, files)
    from migration_kg.outputs.files import write_atomic

    write_atomic({path: text.encode("utf-8") for path, text in files.items()})
    result.written = list(files)
    return result


def _lists(path: Path) -> dict[str, list[dict]]:
    data = load_yaml(path) or {}
    if not isinstance(data, dict):
        raise CurationError("a statements file is a mapping with the lists 'statements' and 'partnerships'",
                            file=path, line=1)
    out = {}
    for kind in _KINDS:
        entries = data.get(kind) or []
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise CurationError(f"{kind} must be a YAML list of entries", file=path, line=key_line(data, kind))
        out[kind] = [_written(e) for e in entries]
    return out


def _written(value):
    """What a curator wrote: the mappings (an entry, a ``value: {count, unit}``) without line markers."""
    if isinstance(value, dict):
        return {k: _written(v) for k, v in value.items() if k in fields(value)}
    return value


def _header(path: Path) -> str:
    """The comment lines at the top of ``path``."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        lines.append(line + "\n")
    return "".join(lines)


def _accepted_text(accepted: dict[str, list[dict]], doc_id: str) -> str:
    header = (f"# Statements and partnerships of {doc_id} accepted from statements/proposed.yaml by "
              "`migration-kg accept`.\n# Edit them like any curated entry.\n")
    return statements_text(accepted["statements"], accepted["partnerships"], header)


def _check(doc_folder: Path, graph_dir: Path, files: dict[Path, str]) -> None:
    """Load the document's statements as the build would, with ``files`` in place (in a scratch copy)."""
    registry = load_registry(graph_dir)
    ontology = Ontology(resources.ontology_file())
    with tempfile.TemporaryDirectory(prefix="migration-kg-accept-") as scratch:
        copy = Path(scratch) / "sources" / doc_folder.name
        shutil.copytree(doc_folder, copy, symlinks=False)
        for path, text in files.items():
            (copy / "statements" / path.name).write_text(text, encoding="utf-8")
        doc = open_document(copy)
        try:
            load_statements(doc, registry, ontology)
        except CurationError as exc:  # name the real files, not the scratch copy
            raise CurationErrors([_moved(e, copy, doc_folder) for e in getattr(exc, "errors", [exc])]) from None


def _moved(error: CurationError, scratch: Path, real: Path) -> CurationError:
    file = error.file
    if file is not None and file.is_relative_to(scratch):
        file = real / file.relative_to(scratch)
    return CurationError(error.message.replace(str(scratch), str(real)), file, error.line, error.entry)
