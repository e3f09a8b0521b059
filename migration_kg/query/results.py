"""Format query rows for people (a table, Markdown) and for their tools (CSV, TSV, JSON records,
JSON lines, W3C SPARQL 1.1 JSON results).

Tables are drawn by rich, fitted to a width (the terminal's, or :data:`FILE_WIDTH` when the output
is a file or a pipe, so the same command writes the same bytes wherever it runs), wrapping long
values instead of cutting them off; without ``full`` a value longer than :data:`CELL_LIMIT`
characters is shortened with "…" and a column X is left out when X_label is there too (the
footer says so). ``full`` keeps every column and every character.
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

FORMATS = ("table", "csv", "tsv", "json", "jsonl", "markdown", "sparql-json")
#: The formats that have a header row (``--no-headers`` leaves it out).
WITH_HEADERS = ("table", "csv", "tsv", "markdown")
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

def table(columns: list[str], cells: list[list[str]], *, width: int | None = None, headers: bool = True) -> str:
    """Cells (strings) as an aligned table at most ``width`` characters wide, long values wrapped
    (never cut) by rich. When the columns cannot fit side by side, each at least its header's width
    or MIN_COLUMN, the rows are shown one after the other instead, a "name  value" line per column
    (the layout of psql's ``\\x auto``); with ``headers=False`` it stays a table."""
    from rich import box  # here: rich draws tables only; csv, json and the other formats stay fast
    from rich.table import Table
    from rich.text import Text

    width = width or FILE_WIDTH
    if headers and cells and not _fits(columns, cells, width):
        return _records_layout(columns, cells, width)
    t = Table(box=box.SIMPLE_HEAD, show_header=headers, pad_edge=False, show_edge=False, expand=False)
    naturals = [max([len(row[i]) for row in cells] + [len(name) if headers else 1]) for i, name in enumerate(columns)]
    floor = [len(name) if headers else 0 for name in columns]
    # short values (names, kinds, dates) stay on one line when there is room; long ones (quotes) wrap
    mins = [min(n, max(f, SHORT)) for n, f in zip(naturals, floor)]
    if sum(mins) + 3 * len(columns) > width:  # no room: only the headers' widths (never a column dropped)
        mins = [min(n, max(f, MIN_COLUMN)) for n, f in zip(naturals, floor)]
    for name, least in zip(columns, mins):
        t.add_column(Text(name), overflow="fold", min_width=least)
    for row in cells:
        t.add_row(*(Text(c) for c in row))  # Text: a value's "[brackets]" are never read as rich markup
    return _print(t, width)


#: The narrowest a column is squeezed to (or its header's width) before rows are shown one by one.
MIN_COLUMN = 10
#: Values up to this long are kept on one line when the table has room (names, kinds, dates).
SHORT = 16
_GAP = 3  # between two columns of the table


def _fits(columns: list[str], cells: list[list[str]], width: int) -> bool:
    need = 0
    for i, name in enumerate(columns):
        natural = max([len(name)] + [len(row[i]) for row in cells])
        need += min(natural, max(len(name), MIN_COLUMN))
    return need + _GAP * (len(columns) - 1) <= width


def _records_layout(columns: list[str], cells: list[list[str]], width: int) -> str:
    from rich.console import Group  # here: rich is for tables only (see _table)
    from rich.table import Table
    from rich.text import Text

    name_width = max(len(c) for c in columns)
    parts = []
    for n, row in enumerate(cells, start=1):
        rule = f"-[ row {n} ]"
        parts.append(Text(rule + "-" * max(0, min(width, 60) - len(rule))))
        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True, min_width=name_width)
        grid.add_column(overflow="fold")
        for name, cell in zip(columns, row):
            grid.add_row(Text(name), Text(cell))
        parts.append(grid)
    return _print(Group(*parts), width)


def _print(renderable, width: int) -> str:
    from rich.console import Console  # here: rich is for tables only (see _table)

    console = Console(file=io.StringIO(), width=width, color_system=None, force_terminal=False,
                      force_jupyter=False, legacy_windows=False, emoji=False, markup=False, highlight=False)
    console.print(renderable)
    lines = [line.rstrip() for line in console.file.getvalue().splitlines()]
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines).rstrip("\n") + "\n"


def to_table(rows: Rows, *, width: int | None = None, full: bool = False, headers: bool = True,
             total: int | None = None) -> str:
    """The rows for reading. Without ``full``: IRIs as id:x, a column X left out when X_label is
    there too, values longer than CELL_LIMIT shortened; the footer says what was left out.
    ``total``: how many rows the query gave, when ``rows`` holds only the first of them (--limit)."""
    hidden = [] if full else [v for v in rows.variables if f"{v}_label" in rows.variables]
    # X_date beside X (a document and its date) reads as one column: "X (date)"
    dated = {} if full else {rows.variables.index(v): rows.variables.index(f"{v}_date")
                             for v in rows.variables if f"{v}_date" in rows.variables}
    folded = [rows.variables[j] for j in dated.values()]
    keep = [i for i, v in enumerate(rows.variables) if v not in hidden and v not in folded]

    def shown(row, i: int) -> str:
        text = compact(row[i])
        if i in dated and row[dated[i]] is not None and text:
            text += f" ({compact(row[dated[i]])})"
        return text

    cells = [[_cell(shown(row, i), full) for i in keep] for row in rows.rows]
    text = table([rows.variables[i] for i in keep], cells, width=width, headers=headers)
    n = len(rows.rows)
    footer = f"{n} row{'s' if n != 1 else ''}"
    if total is not None and total > n:
        footer = f"first {n} of {total} rows"
    notes = []
    if hidden:
        notes.append(f"{', '.join(hidden)} shown by label")
    if folded:
        notes.append(f"{', '.join(folded)} in brackets")
    if not full and any(len(" ".join(compact(row[i]).split())) > CELL_LIMIT for row in rows.rows for i in keep):
        notes.append(f"values over {CELL_LIMIT} characters shortened")
    if notes:
        footer += f"; {'; '.join(notes)}: --full shows everything"
    return text + f"({footer})\n"


def _cell(text: str, full: bool) -> str:
    text = " ".join(text.split())
    return text if full or len(text) <= CELL_LIMIT else text[: CELL_LIMIT - 1] + "…"


def markdown(columns: list[str], cells: list[list[str]], headers: bool = True) -> str:
    """A GitHub-flavoured Markdown table (without headers: an empty header row, which the syntax needs)."""
    def cell(text: str) -> str:
        return " ".join(text.split()).replace("\\", "\\\\").replace("|", "\\|")

    head = [cell(c) for c in columns] if headers else [" "] * len(columns)
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(columns)]
    out += ["| " + " | ".join(cell(c) for c in row) + " |" for row in cells]
    return "\n".join(out) + "\n"


def to_markdown(rows: Rows, headers: bool = True) -> str:
    return markdown(rows.variables, [[compact(c) for c in row] for row in rows.rows], headers)


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
           width: int | None = None) -> str:
    """The rows in one of :data:`FORMATS`; ``limit``: only the first N rows; ``headers=False``:
    no header row (the formats of :data:`WITH_HEADERS`); ``full`` and ``width``: see :func:`to_table`."""
    total = len(rows.rows)
    if limit is not None:
        rows = Rows(rows.variables, rows.rows[:limit])
    if fmt == "table":
        return to_table(rows, width=width, full=full, headers=headers, total=total)
    if fmt == "csv":
        return to_delimited(rows, ",", headers)
    if fmt == "tsv":
        return to_delimited(rows, "\t", headers)
    if fmt == "json":
        return to_json(rows)
    if fmt == "jsonl":
        return to_jsonl(rows)
    if fmt == "markdown":
        return to_markdown(rows, headers)
    if fmt == "sparql-json":
        return to_sparql_json(rows)
    raise ValueError(fmt)
