"""Format query rows for people (a table, Markdown) and for their tools (CSV, TSV, JSON records,
JSON lines, W3C SPARQL 1.1 JSON results).

Tables are fitted to a width (the terminal's, or :data:`FILE_WIDTH` when the output is a file or a
pipe, so the same command writes the same bytes wherever it runs), wrapping long values between
words instead of cutting them off. The table and Markdown show names where the rows hold IRIs (a
column X is left out when X_label is there too, and X_label takes its name); ``iris`` keeps the
IRIs, ``short`` shortens values longer than :data:`CELL_LIMIT` characters with "…".
"""

from __future__ import annotations

import csv
import io
import json
import math

import pyoxigraph as ox

from migration_kg.query.sparql import Rows
from migration_kg.vocabulary.prefixes import PREFIXES, shorten

XSD = "http://www.w3.org/2001/XMLSchema#"
_XSD_STRING = XSD + "string"
_INTEGERS = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                               "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong",
                               "unsignedShort", "unsignedByte")}
_REALS = {XSD + t for t in ("decimal", "double", "float")}

FORMATS = ("table", "csv", "tsv", "json", "jsonl", "markdown", "sparql-json", "xlsx", "csv-excel")
#: The formats that have a header row (``--no-headers`` leaves it out).
WITH_HEADERS = ("table", "csv", "tsv", "markdown", "xlsx", "csv-excel")
#: The formats written as bytes (migration_kg.query.spreadsheet), never to a terminal.
BINARY = ("xlsx",)
#: Width of a table written to a file or a pipe (a terminal's own width is used otherwise).
FILE_WIDTH = 160
#: Characters of one value a table shows without ``full`` (the rest is in csv, json or ``--full``).
CELL_LIMIT = 160


def plain(term) -> str:
    """The value as a person reads it: IRI as is, literal's lexical form, empty for unbound."""
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def compact(term) -> str:
    """Like plain, with IRIs shortened by the project's prefixes (id:iom), for reading."""
    if isinstance(term, ox.NamedNode):
        return shorten(term.value)
    return plain(term)


def value(term):
    """The term as a plain JSON value: IRIs and strings as strings, numbers as numbers, booleans as
    true/false, unbound as null (a literal that does not read as its datatype stays a string)."""
    if term is None:
        return None
    if not isinstance(term, ox.Literal):
        return plain(term)
    datatype = term.datatype.value
    try:
        if datatype in _INTEGERS:
            return int(term.value)
        if datatype in _REALS:
            number = float(term.value)
            return number if math.isfinite(number) else term.value
    except ValueError:
        return term.value
    if datatype == XSD + "boolean" and term.value in ("true", "false", "1", "0"):
        return term.value in ("true", "1")
    return term.value


def records(rows: Rows) -> list[dict]:
    """Each row as {column: plain value} (see :func:`value`), columns in the query's order."""
    return [{var: value(term) for var, term in zip(rows.variables, row)} for row in rows.rows]


# -- Tables ---------------------------------------------------------------------------------------

#: The narrowest a column is squeezed to (or its header's width) before rows are shown one by one.
MIN_COLUMN = 10
#: Values up to this long are kept on one line when the table has room (names, kinds, dates).
SHORT = 16
#: Words up to this long are kept whole when the table has room (longer ones, IRIs, may be split).
LONG_WORD = 24
_GAP = 3  # between two columns of the table


def wrap(text: str, width: int) -> list[str]:
    """``text`` as lines of at most ``width`` characters, broken between words; a word longer than
    the width (an IRI) is split across lines, never cut: every character is kept."""
    import textwrap

    return textwrap.wrap(text, max(width, 1), break_long_words=True, break_on_hyphens=False) or [""]


def column_widths(columns: list[str], cells: list[list[str]], width: int, headers: bool = True) -> list[int] | None:
    """How wide each column is drawn so that the table fits ``width``: the natural widths when they
    fit; otherwise each column at least its header's width, its longest word (up to LONG_WORD) and,
    when there is room, its short values (up to SHORT) whole, the room left shared by what each column
    still needs. None when the words cannot stay whole side by side (the rows are then shown one by one)."""
    heads = [len(c) if headers else 1 for c in columns]
    natural = [max([len(row[i]) for row in cells] + [heads[i]]) for i in range(len(columns))]
    room = width - _GAP * (len(columns) - 1)
    if sum(natural) <= room:
        return natural
    words = [max([len(word) for row in cells for word in row[i].split()] + [0]) for i in range(len(columns))]
    widths = [min(n, max(h, min(x, LONG_WORD), MIN_COLUMN if x > MIN_COLUMN else 0))
              for n, h, x in zip(natural, heads, words)]
    if sum(widths) > room:
        return None
    wider = [min(n, max(w, SHORT)) for n, w in zip(natural, widths)]
    if sum(wider) <= room:
        widths = wider
    extra = room - sum(widths)
    need = [n - w for n, w in zip(natural, widths)]
    if extra > 0 and sum(need):
        total = sum(need)
        shares = [extra * x // total for x in need]
        for i in sorted(range(len(need)), key=lambda i: (-(extra * need[i] % total), i))[: extra - sum(shares)]:
            shares[i] += 1
        widths = [w + min(s, x) for w, s, x in zip(widths, shares, need)]
    return widths


def table(columns: list[str], cells: list[list[str]], *, width: int | None = None, headers: bool = True) -> str:
    """Cells (strings) as an aligned table at most ``width`` characters wide, long values wrapped
    between words (a word longer than its column split across lines, never a character lost), a blank
    line between rows when a row takes several lines. When the columns cannot fit side by side, each
    at least its header's width or MIN_COLUMN, the rows are shown one after the other instead, a
    "name  value" line per column (the layout of psql's ``\\x auto``); with ``headers=False`` it stays
    a table, squeezed to the width."""
    width = width or FILE_WIDTH
    cells = [[" ".join(str(c).split()) for c in row] for row in cells]
    widths = column_widths(columns, cells, width, headers)
    if widths is None:
        if headers and cells:
            return _records_layout(columns, cells, width)
        share = max(1, (width - _GAP * (len(columns) - 1)) // max(len(columns), 1))
        widths = [min(share, max([len(row[i]) for row in cells] + [1])) for i in range(len(columns))]
    gap = " " * _GAP
    blocks = [[wrap(c, w) for c, w in zip(row, widths)] for row in cells]
    spaced = any(len(lines) > 1 for block in blocks for lines in block)
    out = []
    if headers:
        out.append(gap.join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
        out.append("─" * (sum(widths) + _GAP * (len(widths) - 1)))
    for n, block in enumerate(blocks):
        if spaced and n:
            out.append("")
        for k in range(max(len(lines) for lines in block)):
            out.append(gap.join((lines[k] if k < len(lines) else "").ljust(w)
                                for lines, w in zip(block, widths)).rstrip())
    return "\n".join(out) + "\n"


def _records_layout(columns: list[str], cells: list[list[str]], width: int) -> str:
    name_width = max(len(c) for c in columns)
    value_width = max(width - name_width - 2, 20)
    out = []
    for n, row in enumerate(cells, start=1):
        rule = f"-[ row {n} ]"
        out.append(rule + "-" * max(0, min(width, 60) - len(rule)))
        for name, cell in zip(columns, row):
            lines = wrap(cell, value_width)
            out.append((name.ljust(name_width) + "  " + lines[0]).rstrip())
            out += [" " * (name_width + 2) + line for line in lines[1:]]
    return "\n".join(out) + "\n"


def human(rows: Rows, *, iris: bool = False, labels: dict | None = None, fold_dates: bool = True):
    """The rows as people read them: (column names, cells as strings, the columns shown by name).

    Without ``iris``: a column X whose X_label is there too is left out and X_label is shown under
    the name X; an IRI elsewhere is shown as its name from ``labels`` ({IRI: name}) when known.
    IRIs left are shortened (id:iom). X_date beside X (a document and its date) reads as one
    column "X (date)" when ``fold_dates``."""
    variables = rows.variables
    hidden = [] if iris else [v for v in variables if f"{v}_label" in variables]
    dated = {} if not fold_dates else {variables.index(v): variables.index(f"{v}_date")
                                       for v in variables if f"{v}_date" in variables}
    folded = {variables[j] for j in dated.values()}
    keep = [i for i, v in enumerate(variables) if v not in hidden and v not in folded]
    names = {f"{v}_label": v for v in hidden}
    labels = {} if iris else (labels or {})

    def shown(row, i: int) -> str:
        term = row[i]
        if isinstance(term, ox.NamedNode) and term.value in labels:
            text = labels[term.value]
        else:
            text = compact(term)
        if i in dated and row[dated[i]] is not None and text:
            text += f" ({compact(row[dated[i]])})"
        return text

    columns = [names.get(variables[i], variables[i]) for i in keep]
    return columns, [[shown(row, i) for i in keep] for row in rows.rows], hidden


def to_table(rows: Rows, *, width: int | None = None, iris: bool = False, short: bool = False,
             full: bool = False, headers: bool = True, total: int | None = None, labels: dict | None = None) -> str:
    """The rows for reading: names, not IRIs (see :func:`human`; ``iris`` keeps the IRIs), every
    value whole (``short``: values longer than CELL_LIMIT shortened), the footer saying how many rows
    and what it left out. ``full``: IRIs and every character (``iris`` without ``short``).
    ``total``: how many rows the query gave, when ``rows`` holds only the first of them (--limit)."""
    iris = iris or full
    short = short and not full
    columns, cells, hidden = human(rows, iris=iris, labels=labels)
    cells = [[_cell(c, short) for c in row] for row in cells]
    text = table(columns, cells, width=width, headers=headers)
    n = len(rows.rows)
    footer = f"{n} row{'s' if n != 1 else ''}"
    if total is not None and total > n:
        footer = f"first {n} of {total} rows"
    notes = []
    if hidden or (not iris and labels and any(isinstance(t, ox.NamedNode) for row in rows.rows for t in row)):
        notes.append("names shown, --iris for the IRIs")
    if short and any(c.endswith("…") for row in cells for c in row):
        notes.append(f"values over {CELL_LIMIT} characters shortened (without --short: whole)")
    if notes:
        footer += f"; {'; '.join(notes)}"
    return text + f"({footer})\n"


def _cell(text: str, short: bool) -> str:
    text = " ".join(text.split())
    return text if not short or len(text) <= CELL_LIMIT else text[: CELL_LIMIT - 1] + "…"


def markdown(columns: list[str], cells: list[list[str]], headers: bool = True) -> str:
    """A GitHub-flavoured Markdown table (without headers: an empty header row, which the syntax needs)."""
    def cell(text: str) -> str:
        return " ".join(text.split()).replace("\\", "\\\\").replace("|", "\\|")

    head = [cell(c) for c in columns] if headers else [" "] * len(columns)
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(columns)]
    out += ["| " + " | ".join(cell(c) for c in row) + " |" for row in cells]
    return "\n".join(out) + "\n"


def to_markdown(rows: Rows, headers: bool = True, *, iris: bool = False, labels: dict | None = None) -> str:
    """A Markdown table with names, not IRIs (see :func:`human`; ``iris`` keeps them)."""
    columns, cells, _ = human(rows, iris=iris, labels=labels, fold_dates=False)
    return markdown(columns, cells, headers)


# -- For tools ------------------------------------------------------------------------------------

def delimited(columns: list[str], cells: list[list[str]], delimiter: str, headers: bool = True) -> str:
    """CSV (RFC 4180 quoting) or TSV (white space in a value folded to one space: no tab or line
    break can break a row)."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    if headers:
        writer.writerow(columns)
    for row in cells:
        writer.writerow([" ".join(c.split()) if delimiter == "\t" else c for c in row])
    return buf.getvalue()


def to_delimited(rows: Rows, delimiter: str, headers: bool = True) -> str:
    return delimited(rows.variables, [[plain(c) for c in row] for row in rows.rows], delimiter, headers)


#: The UTF-8 byte-order mark that tells Excel a CSV file is UTF-8.
BOM = "\ufeff"


def to_csv_excel(rows: Rows, headers: bool = True) -> str:
    """CSV for Excel: RFC 4180 with CRLF line ends, starting with a byte-order mark (without it
    Excel reads ’, é and – as Windows-1252)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    if headers:
        writer.writerow(rows.variables)
    for row in rows.rows:
        writer.writerow([plain(c) for c in row])
    return BOM + buf.getvalue()


def to_json(rows: Rows) -> str:
    """A JSON list of records: [{column: plain value}, ...] (see :func:`value`)."""
    return json.dumps(records(rows), indent=2, ensure_ascii=False) + "\n"


def to_jsonl(rows: Rows) -> str:
    """JSON lines: one record per line."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records(rows))


def to_sparql_json(rows: Rows) -> str:
    """W3C SPARQL 1.1 Query Results JSON (https://www.w3.org/TR/sparql11-results-json/), indented.

    Written here rather than by pyoxigraph's ``QuerySolutions.serialize``: the rows may come from
    an endpoint or be cut by --limit, and pyoxigraph serialises only its own live solutions. The
    tests check that pyoxigraph reads this back as the same terms it writes itself."""
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


def render(rows: Rows, fmt: str, *, limit: int | None = None, headers: bool = True, full: bool = False,
           width: int | None = None, iris: bool = False, short: bool = False, labels: dict | None = None) -> str:
    """The rows in one of :data:`FORMATS`; ``limit``: only the first N rows; ``headers=False``:
    no header row (the formats of :data:`WITH_HEADERS`); ``full``, ``iris``, ``short``, ``labels``
    and ``width``: see :func:`to_table` (the table and markdown show names; the formats for tools
    keep the IRIs)."""
    total = len(rows.rows)
    if limit is not None:
        rows = Rows(rows.variables, rows.rows[:limit])
    if fmt == "table":
        return to_table(rows, width=width, full=full, iris=iris, short=short, headers=headers, total=total,
                        labels=labels)
    if fmt == "csv":
        return to_delimited(rows, ",", headers)
    if fmt == "tsv":
        return to_delimited(rows, "\t", headers)
    if fmt == "json":
        return to_json(rows)
    if fmt == "jsonl":
        return to_jsonl(rows)
    if fmt == "markdown":
        return to_markdown(rows, headers, iris=iris or full, labels=labels)
    if fmt == "sparql-json":
        return to_sparql_json(rows)
    if fmt == "csv-excel":
        return to_csv_excel(rows, headers)
    raise ValueError(fmt)
