"""`propose`: statements and partnerships read off the phrasings the series uses, for a curator to accept.

"X organised by A in collaboration with B and C", "X funded by A", "X led by A", "X launched by
A", "A, representative of B", "A is a member of B": the names on both sides are resolved against
the registry (the mentions of ``MentionMatcher``), kept only when their kinds suit the relation in
the ontology, and the quote is the text from the first name to the last, located in the document
(with the section or occurrence hint it needs). Proposals are written marked ``proposed: true``;
the build skips them until a curator removes the flag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from migration_kg import resources
from migration_kg.assist.candidates import paragraph_bounds, sentence_bounds
from migration_kg.assist.document import document_folder, open_document, yaml_entry
from migration_kg.assist.locate import locate_in
from migration_kg.curation.mentions import MentionMatcher
from migration_kg.vocabulary.namespaces import MKG
from migration_kg.vocabulary.ontology import KIND_CLASS, Ontology
from migration_kg.curation.registry import Registry, load_registry
from migration_kg.curation.sources import SourceDocument

PROPOSED_FILE = "proposed.yaml"

#: (cue, relation, reading): "passive" is OBJECT cue SUBJECTS ("X funded by A and B"),
#: "active" is SUBJECT cue OBJECT ("A, representative of B"; "A is a member of B").
CUES: list[tuple[str, str, str]] = [
    (r"organi[sz]ed\s+(?:jointly\s+)?(?:by|with)", "organises", "passive"),
    (r"(?:hosted|convened)\s+by", "hosts", "passive"),
    (r"(?:funded|financed|sponsored)\s+by", "funds", "passive"),
    (r"co-?financed\s+by", "coFinances", "passive"),
    (r"led\s+by", "leads", "passive"),
    (r"coordinated\s+by", "coordinates", "passive"),
    (r"launched\s+by", "provides", "passive"),
    (r"supported\s+by", "supports", "passive"),
    (r"members?\s+of", "memberOf", "active"),
    (r"representatives?\s+of", "represents", "active"),
    # SUBJECTS verb OBJECT: "A, B and C hosted a seminar on ...", "A launched the X"
    (r"(?:hosted|convened)(?!\s+by)", "hosts", "verb"),
    (r"organi[sz]ed(?!\s+(?:jointly\s+)?(?:by|with))", "organises", "verb"),
    (r"(?:funds|funded|finances|financed)(?!\s+by)", "funds", "verb"),
    (r"(?:launched|launches)(?!\s+by)", "provides", "verb"),
    (r"(?:leads|led)(?!\s+by)", "leads", "verb"),
]
_COLLABORATION = r"in\s+(?:collaboration|partnership|cooperation)\s+with"
#: What may stand between the names of a list: "A, B and the C", "A in collaboration with B".
_LIST_GAP = re.compile(rf"^(?:\s|,|\(|\)|and|the|as\s+well\s+as|together\s+with|{_COLLABORATION})*$", re.I)
#: What may stand between the subject and an active cue: "A, representative of", "A is a member of".
_ACTIVE_GAP = re.compile(r"^(?:\s|,|is|are|was|were|became|remains|has\s+been|also|now|an?|the|as)*$", re.I)
_OBJECT_GAP = re.compile(r"^(?:\s|the|an?)*$", re.I)
_PASSIVE_GAP = re.compile(r"^[^.;:]{0,80}$")  # between the object and "funded by": "X, which is", "X was"


@dataclass
class Proposal:
    id: str
    subject: str
    relation: str
    object: str
    quote: str
    start: int
    end: int
    section: str
    hint: dict = field(default_factory=dict)
    cue: str = ""

    def entry(self) -> dict:
        out = {"id": self.id, "subject": self.subject, "relation": self.relation, "object": self.object,
               "quote": self.quote, **self.hint, "proposed": True}
        return out


@dataclass
class PartnershipProposal:
    id: str
    kind: str
    partners: list[str]
    about: list[str]
    quote: str
    start: int
    end: int
    section: str
    hint: dict = field(default_factory=dict)

    def entry(self) -> dict:
        out: dict = {"id": self.id, "kind": self.kind, "partners": self.partners}
        if self.about:
            out["about"] = self.about
        return {**out, "quote": self.quote, **self.hint, "proposed": True}


@dataclass
class ProposeResult:
    document: str
    statements: list[Proposal]
    partnerships: list[PartnershipProposal]
    skipped_known: int = 0  # proposals already in the document's statement files
    written: Path | None = None


def propose(doc_ref: str | Path, graph_dir: Path, ontology: Ontology | None = None) -> ProposeResult:
    doc = open_document(document_folder(doc_ref, graph_dir))
    registry = load_registry(graph_dir)
    return proposals_for(doc, registry, ontology or Ontology(resources.ontology_file()))


def proposals_for(doc: SourceDocument, registry: Registry, ontology: Ontology) -> ProposeResult:
    mentions = MentionMatcher(registry).find(doc)
    by_span: dict[tuple[int, int], list[str]] = {}
    for m in mentions:
        by_span.setdefault((m.start, m.end), []).append(m.entity)
    # outermost names only: "Diaspora Bond Programme" rather than the topic inside it
    spans = sorted(by_span, key=lambda s: (s[0], -s[1]))
    outer: list[tuple[int, int]] = []
    for s in spans:
        if outer and s[0] < outer[-1][1]:
            continue
        outer.append(s)
    names = [(a, b, by_span[(a, b)]) for a, b in outer]
    text = doc.text
    statements: dict[tuple[str, str, str], Proposal] = {}
    partnerships: list[PartnershipProposal] = []

    def fits(eid: str, relation: str, role: str) -> bool:
        rel = ontology.relations[relation]
        return ontology.is_a(KIND_CLASS[registry[eid].kind], rel.domain if role == "subject" else rel.range)

    def add(subject: str, relation: str, obj: str, a: int, b: int, cue: str) -> None:
        key = (subject, relation, obj)
        if subject != obj and key not in statements:
            statements[key] = Proposal("", subject, relation, obj, "", a, b, "", cue=cue)

    for pattern, relation, reading in CUES:
        for cue in re.finditer(rf"(?<!\w){pattern}(?!\w)", text, re.I):
            s0, s1 = sentence_bounds(text, cue.start(), cue.end(), within=paragraph_bounds(doc, cue.start()))
            before = [n for n in names if s0 <= n[0] and n[1] <= cue.start()]
            after = _list_after(names, text, cue.end(), s1)
            if reading == "passive":
                obj = next(((a, b, ids) for a, b, ids in reversed(before)
                            if _PASSIVE_GAP.match(text[b:cue.start()]) and any(fits(e, relation, "object") for e in ids)),
                           None)
                if obj is None:
                    continue
                for a, b, ids in after:
                    for sub in ids:
                        for o in obj[2]:
                            if fits(sub, relation, "subject") and fits(o, relation, "object"):
                                add(sub, relation, o, obj[0], b, cue.group(0))
            elif reading == "verb":
                subjects = _list_before(names, text, cue.start(), s0)
                following = next((n for n in names if n[0] >= cue.end()), None)
                if not subjects or following is None or following[1] > s1 \
                        or not _OBJECT_GAP.match(text[cue.end():following[0]]):
                    continue
                _, b1, objs = following
                for a, _, subs in subjects:
                    for sub in subs:
                        for o in objs:
                            if fits(sub, relation, "subject") and fits(o, relation, "object"):
                                add(sub, relation, o, a, b1, cue.group(0))
            else:
                if not before or not _ACTIVE_GAP.match(text[before[-1][1]:cue.start()]) or not after:
                    continue
                a0, _, subs = before[-1]
                _, b1, objs = after[0]
                for sub in subs:
                    for o in objs:
                        if fits(sub, relation, "subject") and fits(o, relation, "object"):
                            add(sub, relation, o, a0, b1, cue.group(0))
    for cue in re.finditer(rf"(?<!\w){_COLLABORATION}(?!\w)", text, re.I):
        s0, s1 = sentence_bounds(text, cue.start(), cue.end(), within=paragraph_bounds(doc, cue.start()))
        left = _list_before(names, text, cue.start(), s0)
        right = _list_after(names, text, cue.end(), s1)
        actors = [(a, b, [e for e in ids if fits_actor(registry, ontology, e)]) for a, b, ids in left + right]
        actors = [x for x in actors if x[2]]
        partners = list(dict.fromkeys(x[2][0] for x in actors))
        if len(partners) < 2:
            continue
        sentence_names = [n for n in names if s0 <= n[0] and n[1] <= s1]
        about = list(dict.fromkeys(e for _, _, ids in sentence_names for e in ids
                                   if ontology.is_a(KIND_CLASS[registry[e].kind], MKG.Undertaking)))
        organising = re.search(r"organi[sz]ed|hosted|convened", text[s0:s1], re.I)
        kind = "co-organisation" if organising and about else "collaboration"
        partnerships.append(PartnershipProposal("", kind, partners, about[:3], "", actors[0][0], actors[-1][1], ""))
    result = ProposeResult(doc.id, [], [])
    used: set[str] = set()
    for p in sorted(statements.values(), key=lambda p: (p.start, p.subject, p.relation, p.object)):
        _finish(p, doc, used, f"{p.subject}-{_kebab(p.relation)}-{p.object}")
        result.statements.append(p)
    for p in partnerships:
        _finish(p, doc, used, f"{'-'.join(p.partners[:3])}-{p.kind}")
        result.partnerships.append(p)
    return result


def fits_actor(registry: Registry, ontology: Ontology, eid: str) -> bool:
    return ontology.is_a(KIND_CLASS[registry[eid].kind], MKG.Actor)


def _list_after(names, text: str, at: int, limit: int):
    """The names of the list that starts right after ``at`` ("A, B and the C")."""
    out = []
    cursor = at
    for a, b, ids in names:
        if a < cursor:
            continue
        if b > limit or not _LIST_GAP.match(text[cursor:a]):
            break
        out.append((a, b, ids))
        cursor = b
    return out


def _list_before(names, text: str, at: int, limit: int):
    out = []
    cursor = at
    for a, b, ids in reversed(names):
        if b > cursor:
            continue
        if a < limit or not _LIST_GAP.match(text[b:cursor]):
            break
        out.insert(0, (a, b, ids))
        cursor = a
    return out


def _kebab(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()


def _finish(p, doc: SourceDocument, used: set[str], base: str) -> None:
    """Quote, section and hint, found the way the build will find them; a unique id."""
    from migration_kg.curation.quotes import normalise

    piece = doc.text[p.start:p.end]
    if doc.text[p.end:p.end + 1] == ")" and piece.count("(") > piece.count(")"):
        p.end += 1  # "... Organization for Migration (IOM" -> "(IOM)"
    p.quote = normalise(doc.text[p.start:p.end])
    located = locate_in(doc, p.quote)
    mine = next((m for m in located.matches if m.start == p.start), located.matches[0])
    p.section, p.hint = mine.section, mine.hint
    pid, n = base, 2
    while pid in used:
        pid, n = f"{base}-{n}", n + 1
    used.add(pid)
    p.id = pid


# -- Writing ---------------------------------------------------------------------------------------

def existing_facts(doc: SourceDocument) -> tuple[set[tuple], set[str]]:
    """(subject, relation, object) of every statement (curated or proposed) and every id used."""
    facts, ids = set(), set()
    for path in doc.statement_files:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if not isinstance(data, dict):
            continue
        for entry in (data.get("statements") or []) + (data.get("partnerships") or []):
            if isinstance(entry, dict):
                ids.add(str(entry.get("id")))
                if "relation" in entry:
                    facts.add((entry.get("subject"), entry.get("relation"), entry.get("object")))
                else:
                    facts.add(("partnership", entry.get("kind"), tuple(sorted(map(str, entry.get("partners") or [])))))
    return facts, ids


def write_proposals(result: ProposeResult, doc_ref: str | Path, graph_dir: Path, command: str) -> Path:
    """Add the proposals not already in the document's statement files to statements/proposed.yaml."""
    doc = open_document(document_folder(doc_ref, graph_dir))
    facts, ids = existing_facts(doc)
    path = doc.folder / "statements" / PROPOSED_FILE
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
    data = data if isinstance(data, dict) else {}
    statements = list(data.get("statements") or [])
    partnerships = list(data.get("partnerships") or [])
    new_s = [p for p in result.statements if (p.subject, p.relation, p.object) not in facts and p.id not in ids]
    new_p = [p for p in result.partnerships
             if ("partnership", p.kind, tuple(sorted(p.partners))) not in facts and p.id not in ids]
    result.skipped_known = len(result.statements) + len(result.partnerships) - len(new_s) - len(new_p)
    statements += [p.entry() for p in new_s]
    partnerships += [p.entry() for p in new_p]
    header = (f"# Proposed by `{command}`: check each entry against the text, correct it, and remove\n"
              "# `proposed: true` to accept it (the build skips entries that still have it); delete the rest.\n")
    body = "statements:\n" + "".join(yaml_entry(e, "  ") for e in statements) if statements else "statements: []\n"
    body += "\npartnerships:\n" + "".join(yaml_entry(e, "  ") for e in partnerships) if partnerships \
        else "\npartnerships: []\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(header + body, encoding="utf-8")
    result.written = path
    return path

