"""Answers for spreadsheets: an Excel workbook (one sheet per table, quotes and sections as columns,
IRIs as links, numbers as numbers). The workbook's bytes depend on the rows only (its creation date
is fixed, no clock). (CSV for Excel, with a byte-order mark: migration_kg.query.results.)"""

from __future__ import annotations

import datetime
import io

import pyoxigraph as ox

#: The creation date written into every workbook, so that the same rows give the same bytes.
FIXED_DATE = datetime.datetime(2000, 1, 1)
#: Excel's limit on the characters of a cell and a sheet name.
_CELL_CHARS = 32767
_SHEET_CHARS = 31
#: The widest a column is drawn (characters); longer values wrap inside the cell.
_MAX_COLUMN = 60


def sheet_name(name: str) -> str:
    """A valid worksheet name (no []:*?/\\, at most 31 characters)."""
    cleaned = "".join("-" if ch in "[]:*?/\\" else ch for ch in name).strip("'") or "answer"
    return cleaned[:_SHEET_CHARS]


def workbook(tables: list[tuple[str, object]], headers: bool = True) -> bytes:
    """An .xlsx workbook with one sheet per (name, Rows): a bold, frozen header row, an autofilter,
    IRIs as links, numbers as numbers, long text wrapped in its cell."""
    import xlsxwriter

    from migration_kg.query.results import value

    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_urls": False, "strings_to_numbers": False,
                                     "strings_to_formulas": False})
    book.set_properties({"created": FIXED_DATE, "author": "migration-kg"})
    bold = book.add_format({"bold": True})
    wrapped = book.add_format({"text_wrap": True, "valign": "top"})
    link = book.add_format({"font_color": "blue", "underline": 1, "valign": "top"})
    used = set()
    for name, rows in tables:
        title = sheet_name(name)
        n = 2
        while title.casefold() in used:
            title = sheet_name(f"{name[:_SHEET_CHARS - 4]} ({n})")
            n += 1
        used.add(title.casefold())
        sheet = book.add_worksheet(title)
        first = 0
        if headers:
            for j, column in enumerate(rows.variables):
                sheet.write_string(0, j, column, bold)
            sheet.freeze_panes(1, 0)
            first = 1
        widths = [len(c) for c in rows.variables]
        for i, row in enumerate(rows.rows, start=first):
            for j, term in enumerate(row):
                if term is None:
                    continue
                if isinstance(term, ox.NamedNode) and len(term.value) <= 2079:
                    sheet.write_url(i, j, term.value, link, string=term.value)
                    shown = len(term.value)
                else:
                    data = value(term)
                    if isinstance(data, bool):
                        sheet.write_boolean(i, j, data)
                    elif isinstance(data, (int, float)):
                        sheet.write_number(i, j, data)
                    else:
                        sheet.write_string(i, j, str(data)[:_CELL_CHARS], wrapped)
                    shown = len(str(data))
                widths[j] = max(widths[j], min(shown, _MAX_COLUMN))
        for j, w in enumerate(widths):
            sheet.set_column(j, j, min(w, _MAX_COLUMN) + 2)
        if headers and rows.variables:
            sheet.autofilter(0, 0, max(len(rows.rows), 1), len(rows.variables) - 1)
    book.close()
    return buf.getvalue()
