"""Answers for spreadsheets: the xlsx workbook opens with openpyxl and holds the quotes whole, with
IRIs as links; the csv-excel file starts with a UTF-8 byte-order mark (what Excel needs)."""

from __future__ import annotations

import csv
import io
import json

import openpyxl

from tests.conftest import cli


def test_xlsx_holds_every_row_and_whole_quotes_with_iris_as_links(graph_ttl, tmp_path):
    out = tmp_path / "partnerships.xlsx"
    proc = cli("query", "partnerships", "--graph", str(graph_ttl), "--format", "xlsx", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    expected = json.loads(cli("query", "partnerships", "--graph", str(graph_ttl), "--format", "json").stdout)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["partnerships"]
    sheet = book["partnerships"]
    header = [c.value for c in sheet[1]]
    assert header == list(expected[0])
    assert {"quote", "section", "status", "partners_label"} <= set(header)
    got = [dict(zip(header, (c.value for c in row))) for row in sheet.iter_rows(min_row=2)]
    assert len(got) == len(expected) == 11
    for row, want in zip(got, expected):
        assert row["quote"] == want["quote"]  # whole, not cut
        assert row["section"] == want["section"]
        assert row["partnership"] == want["partnership"]
    assert max(len(r["quote"]) for r in got) > 160
    link = sheet.cell(row=2, column=header.index("partnership") + 1).hyperlink
    assert link is not None and link.target == expected[0]["partnership"]
    again = tmp_path / "again.xlsx"
    cli("query", "partnerships", "--graph", str(graph_ttl), "--format", "xlsx", "--out", str(again))
    assert again.read_bytes() == out.read_bytes()  # no clock in the file


def test_xlsx_is_not_written_to_a_terminal(graph_ttl, monkeypatch, capsys):
    import sys

    from migration_kg.cli import main

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["query", "people", "--graph", str(graph_ttl), "--format", "xlsx"]) == 2
    assert "give --out FILE" in capsys.readouterr().err


def test_csv_excel_starts_with_a_byte_order_mark_and_reads_as_the_csv(graph_ttl, tmp_path):
    out = tmp_path / "people.csv"
    assert cli("query", "people", "--graph", str(graph_ttl), "--format", "csv-excel", "--out", str(out)).returncode == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    plain = list(csv.reader(io.StringIO(cli("query", "people", "--graph", str(graph_ttl), "--format", "csv").stdout)))
    assert list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""))) == plain
    assert "Régine de Clercq" in data.decode("utf-8-sig")
