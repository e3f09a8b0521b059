"""`review`: one offline HTML page to accept, reject or correct a document's proposals by keyboard.

The page shows the report's text with every proposal's quote and every candidate name highlighted,
and the proposals of ``statements/proposed.yaml`` as a list. Keys: j / k (or the arrows) move,
a accepts, r rejects, e edits the relation (a list of the relations that fit), s saves the
decisions file that ``migration-kg accept DOC --decisions FILE`` applies.

Everything from the report or the YAML is escaped into the page's HTML on the server side; the one
script is the page's own, allowed by its hash in the Content-Security-Policy (no other script can
run, nothing is fetched).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from dataclasses import dataclass
from pathlib import Path

import yaml

from migration_kg import resources
from migration_kg.assist.candidates import candidates_in
from migration_kg.assist.document import document_folder, open_document
from migration_kg.assist.propose import PROPOSED_FILE
from migration_kg.curation.quotes import QuoteIndex
from migration_kg.curation.registry import load_registry
from migration_kg.errors import UsageError
from migration_kg.vocabulary.ontology import KIND_CLASS, Ontology


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
    text_html = _marked_text(doc.text, marks)
    body = _PAGE.format(title=html.escape(f"Review: {doc.id}"), doc=html.escape(doc.id),
                        n=len(items), items="\n".join(items), text=text_html,
                        legend=html.escape(f"{len(report.candidates)} candidate names (dotted), "
                                           f"{len(items)} proposals (shaded)"),
                        csp=_csp(), script=_SCRIPT)
    return ReviewPage(doc.id, body, len(items), len(report.candidates))


def _item(i: int, kind: str, entry: dict, span, registry, ontology: Ontology) -> str:
    eid = str(entry.get("id"))
    quote = html.escape(str(entry.get("quote") or ""))
    where = f' data-start="{span.start}"' if span is not None else ""
    if kind == "partnership":
        what = (f"partnership <b>{html.escape(str(entry.get('kind')))}</b>: "
                + html.escape(", ".join(map(str, entry.get("partners") or []))))
        return (f'<li class="item" id="item-{i}" data-i="{i}" data-id="{html.escape(eid)}" data-kind="partnership"'
                f'{where}><span class="state"></span> <code>{html.escape(eid)}</code> {what}'
                f'<div class="quote">“{quote}”</div></li>')
    subjects = entry.get("subjects") or [entry.get("subject")]
    objects = entry.get("objects") or ([entry.get("object")] if "object" in entry else [entry.get("value")])
    relation = str(entry.get("relation"))
    options = "".join(f'<option{" selected" if r == relation else ""}>{html.escape(r)}</option>'
                      for r in _fitting(subjects, objects, relation, registry, ontology))
    return (f'<li class="item" id="item-{i}" data-i="{i}" data-id="{html.escape(eid)}" data-kind="statement"'
            f' data-relation="{html.escape(relation)}"{where}><span class="state"></span> <code>{html.escape(eid)}'
            f'</code> {html.escape(", ".join(map(str, subjects)))} <select tabindex="-1" aria-label="relation">'
            f'{options}</select> {html.escape(", ".join(map(str, objects)))}<div class="quote">“{quote}”</div></li>')


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


def _marked_text(text: str, marks: list[tuple[int, int, str]]) -> str:
    """The text, escaped, cut at every mark's edges; each piece carries the classes of the marks over it."""
    cuts = sorted({0, len(text), *(a for a, _, _ in marks), *(b for _, b, _ in marks)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        classes = " ".join(dict.fromkeys(c for s, e, cls in marks if s <= a and b <= e for c in cls.split()))
        piece = html.escape(text[a:b])
        out.append(f'<span class="{classes}">{piece}</span>' if classes else piece)
    return "".join(out)


def _csp() -> str:
    digest = base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode("ascii")
    return (f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; img-src 'none'; "
            "connect-src 'none'; form-action 'none'; base-uri 'none'")


def decisions_json(document: str, decisions: list[dict]) -> str:
    """The decisions file the page saves (for tests and tools that write one)."""
    return json.dumps({"document": document, "decisions": decisions}, indent=1)


_SCRIPT = """
(function () {
  const items = Array.from(document.querySelectorAll("li.item"));
  const decisions = {};
  let current = 0;
  function show() {
    items.forEach(function (li, i) { li.classList.toggle("current", i === current); });
    document.querySelectorAll("span.now").forEach(function (s) { s.classList.remove("now"); });
    if (!items.length) { return; }
    const li = items[current];
    document.querySelectorAll("span.p" + li.dataset.i).forEach(function (s) { s.classList.add("now"); });
    li.scrollIntoView({block: "nearest"});
    const first = document.querySelector("span.p" + li.dataset.i);
    if (first) { first.scrollIntoView({block: "center"}); }
  }
  function decide(what) {
    if (!items.length) { return; }
    const li = items[current];
    const d = {id: li.dataset.id, decision: what};
    const select = li.querySelector("select");
    if (what === "accept" && select && select.value !== li.dataset.relation) { d.relation = select.value; }
    decisions[li.dataset.id] = d;
    li.dataset.decision = what;
    li.querySelector(".state").textContent = what === "accept" ? "✔" : "✘";
    document.body.dataset.decided = String(Object.keys(decisions).length);
    if (current < items.length - 1) { current += 1; }
    show();
  }
  function save() {
    const list = items.map(function (li) { return decisions[li.dataset.id]; }).filter(Boolean);
    const blob = new Blob([JSON.stringify({document: document.body.dataset.doc, decisions: list}, null, 1)],
                          {type: "application/json"});
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "decisions-" + document.body.dataset.doc + ".json";
    document.body.appendChild(a);
    a.click();
    a.remove();
  }
  document.addEventListener("keydown", function (ev) {
    if (ev.target && ev.target.tagName === "SELECT") {
      if (ev.key === "Enter" || ev.key === "Escape") { ev.target.blur(); ev.preventDefault(); }
      return;
    }
    const key = ev.key;
    if (key === "j" || key === "ArrowDown") { current = Math.min(items.length - 1, current + 1); show(); }
    else if (key === "k" || key === "ArrowUp") { current = Math.max(0, current - 1); show(); }
    else if (key === "a") { decide("accept"); }
    else if (key === "r") { decide("reject"); }
    else if (key === "e") { const s = items[current] && items[current].querySelector("select"); if (s) { s.focus(); } }
    else if (key === "s") { save(); }
    else { return; }
    ev.preventDefault();
  });
  items.forEach(function (li, i) { li.addEventListener("click", function () { current = i; show(); }); });
  show();
  document.body.dataset.ready = "true";
})();
"""

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<title>{title}</title>
<style>
body {{ font: 15px/1.5 system-ui, sans-serif; margin: 0; display: flex; height: 100vh; }}
#list {{ width: 42%; overflow: auto; border-right: 1px solid #ccc; padding: 0 1em; }}
#text {{ flex: 1; overflow: auto; white-space: pre-wrap; padding: 1em 2em; font-family: Georgia, serif; }}
li.item {{ margin: .4em 0; padding: .3em .5em; border-radius: 4px; list-style: none; cursor: pointer; }}
li.current {{ outline: 2px solid #1f5fbf; }}
li[data-decision=accept] {{ background: #e3f6e3; }}
li[data-decision=reject] {{ background: #f6e3e3; color: #777; }}
.quote {{ font-size: 90%; color: #444; }}
span.q {{ background: #fff3b0; }}
span.now {{ background: #ffd24d; }}
span.c {{ border-bottom: 2px dotted #1f5fbf; }}
kbd {{ border: 1px solid #aaa; border-radius: 3px; padding: 0 .3em; }}
</style>
</head>
<body data-doc="{doc}">
<div id="list">
<h1>{title}</h1>
<p>{legend}. Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>a</kbd> accept, <kbd>r</kbd> reject,
<kbd>e</kbd> change the relation (then <kbd>Enter</kbd>), <kbd>s</kbd> save the decisions file for
<code>migration-kg accept {doc} --decisions FILE</code>.</p>
<ol id="items">
{items}
</ol>
</div>
<div id="text">{text}</div>
<script>{script}</script>
</body>
</html>
"""
