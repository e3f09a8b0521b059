"""Format query rows for people (a table) and for their tools (CSV, TSV, JSON, Markdown)."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox

from migration_kg.query.sparql import Rows
from migration_kg.vocabulary.prefixes import PREFIXES

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

FORMATS = ("table", "csv", "tsv", "json", "markdown")


def plain(term) -> str:
    """The value as a person reads it: IRI as is, literal's lexical form, empty for unbound."""
    if term is None:
        return ""
    return term.value


def compact(term) -> str:
    """Like plain, with IRIs shortened by the project's prefixes (id:iom), for reading."""
    if isinstance(term, ox.NamedNode):
        return shorten(term.value)
    return plain(term)


def shorten(iri: str) -> str:
    """``id:iom`` for an IRI under one of the project's prefixes (the longest that fits)."""
    for prefix, base in _BY_LENGTH:
        if iri.startswith(base):
            return f"{prefix}:{iri[len(base):]}"
    return iri


_BY_LENGTH = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


def to_table(rows: Rows, width: int = 50) -> str:
    """Aligned columns for reading in a terminal. A column X is left out when X_label is there
    too (the label says the same to a person); long values are clipped: use csv/json for all."""
    keep = [i for i, v in enumerate(rows.variables) if f"{v}_label" not in rows.variables]
    names = [rows.variables[i] for i in keep]
    cells = [[_clip(compact(row[i]), width) for i in keep] for row in rows.rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(names)]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(v.ljust(w) for v, w in zip(names, widths)).rstrip(), line]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    out.append(f"({len(rows.rows)} row{'s' if len(rows.rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def to_delimited(rows: Rows, delimiter: str) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    writer.writerow(rows.variables)
    for row in rows.rows:
        writer.writerow([" ".join(plain(c).split()) if delimiter == "\t" else plain(c) for c in row])
    return buf.getvalue()


def to_json(rows: Rows) -> str:
    """W3C SPARQL 1.1 Query Results JSON."""
    bindings = []
    for row in rows.rows:
        b = {}
        for var, term in zip(rows.variables, row):
            if term is None:
                continue
            if isinstance(term, ox.NamedNode):
                b[var] = {"type": "uri", "value": term.value}
            elif isinstance(term, ox.BlankNode):
                b[var] = {"type": "bnode", "value": term.value}
            else:
                entry = {"type": "literal", "value": term.value}
                if term.language:
                    entry["xml:lang"] = term.language
                elif term.datatype.value != _XSD_STRING:
                    entry["datatype"] = term.datatype.value
                b[var] = entry
        bindings.append(b)
    doc = {"head": {"vars": rows.variables}, "results": {"bindings": bindings}}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def to_markdown(rows: Rows) -> str:
    def cell(t):
        return compact(t).replace("|", "\\|").replace("\n", " ")

    out = ["| " + " | ".join(rows.variables) + " |", "|" + "---|" * len(rows.variables)]
    out += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows.rows]
    return "\n".join(out) + "\n"


def render(rows: Rows, fmt: str) -> str:
    if fmt == "table":
        return to_table(rows)
    if fmt == "csv":
        return to_delimited(rows, ",")
    if fmt == "tsv":
        return to_delimited(rows, "\t")
    if fmt == "json":
        return to_json(rows)
    if fmt == "markdown":
        return to_markdown(rows)
    raise ValueError(fmt)
