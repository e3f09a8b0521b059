"""The query result renderers (migration_kg.query.results) on small hand-made rows: plain values,
the W3C SPARQL JSON results (checked against pyoxigraph's own reader and writer), tables fitted to
a width without losing a character, Markdown and TSV that no value can break."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest

from migration_kg.query.results import (CELL_LIMIT, FILE_WIDTH, FORMATS, XSD, records, render, to_sparql_json,
                                        value)
from migration_kg.query.sparql import Rows, rows_of

IOM = ox.NamedNode("https://w3id.org/migration-kg/id/iom")


def lit(text: str, datatype: str | None = None, language: str | None = None) -> ox.Literal:
    if datatype:
        return ox.Literal(text, datatype=ox.NamedNode(XSD + datatype))
    return ox.Literal(text, language=language) if language else ox.Literal(text)


@pytest.mark.parametrize("term, expected", [
    (None, None),
    (IOM, IOM.value),
    (ox.BlankNode("b0"), "_:b0"),
    (lit("Ghana"), "Ghana"),
    (lit("Ghana", language="en"), "Ghana"),
    (lit("1085", "integer"), 1085),
    (lit("7", "nonNegativeInteger"), 7),
    (lit("0.25", "decimal"), 0.25),
    (lit("1.5E3", "double"), 1500.0),
    (lit("INF", "double"), "INF"),  # JSON has no infinity: the lexical form
    (lit("true", "boolean"), True),
    (lit("0", "boolean"), False),
    (lit("2007-03-07", "date"), "2007-03-07"),
])
def test_plain_json_values(term, expected):
    assert value(term) == expected and type(value(term)) is type(expected)


def test_records_keep_the_column_order_and_nulls():
    rows = Rows(["b", "a"], [(lit("x"), None)])
    assert records(rows) == [{"b": "x", "a": None}]
    assert list(json.loads(render(rows, "json"))[0]) == ["b", "a"]


def _store_rows(query: str):
    """The same answer twice: our Rows and pyoxigraph's own SPARQL JSON of it."""
    store = ox.Store()
    store.add(ox.Quad(IOM, ox.NamedNode("http://example.org/p"), ox.BlankNode("x")))
    return rows_of(store.query(query)), store.query(query).serialize(format=ox.QueryResultsFormat.JSON)


def test_sparql_json_reads_back_as_the_terms_pyoxigraph_writes():
    query = ('SELECT ?iri ?b ?plain ?lang ?int ?unbound WHERE { ?iri ?p ?b . '
             'VALUES (?plain ?lang ?int ?unbound) { ("a \\"quoted\\"\\nline" "Belgique"@fr 42 UNDEF) } }')
    rows, theirs = _store_rows(query)
    ours = to_sparql_json(rows)

    def terms(data: bytes):
        parsed = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
        variables = parsed.variables
        return [v.value for v in variables], [tuple(str(s[v]) if s[v] is not None else None for v in variables)
                                              for s in parsed]

    assert terms(ours.encode()) == terms(theirs)
    assert json.loads(ours) == json.loads(theirs)  # the same document, only indented


def test_limit_applies_to_every_format():
    rows = Rows(["n"], [(lit(str(i), "integer"),) for i in range(5)])
    assert json.loads(render(rows, "json", limit=2)) == [{"n": 0}, {"n": 1}]
    assert render(rows, "jsonl", limit=1) == '{"n": 0}\n'
    assert len(json.loads(render(rows, "sparql-json", limit=3))["results"]["bindings"]) == 3
    assert render(rows, "csv", limit=0) == "n\n"
    assert render(rows, "table", limit=2).splitlines()[-1] == "(first 2 of 5 rows)"


def test_every_format_renders_an_empty_result():
    rows = Rows(["a", "b"], [])
    from migration_kg.query.results import BINARY
    from migration_kg.query.spreadsheet import workbook

    for fmt in FORMATS:
        assert (workbook([("empty", rows)]) if fmt in BINARY else render(rows, fmt)) is not None
    assert render(rows, "table").splitlines()[-1] == "(0 rows)"
    assert render(rows, "json") == "[]\n" and render(rows, "jsonl") == ""


def test_csv_round_trips_any_value_and_tsv_cannot_be_broken():
    hostile = 'a, "b"\n\tc'
    rows = Rows(["x", "y"], [(lit(hostile), IOM)])
    assert list(csv.reader(io.StringIO(render(rows, "csv")))) == [["x", "y"], [hostile, IOM.value]]
    tsv = render(rows, "tsv").splitlines()
    assert tsv == ["x\ty", f'"a, ""b"" c"\t{IOM.value}']


def test_markdown_escapes_pipes_and_line_breaks():
    rows = Rows(["q"], [(lit("a | b\nc \\ d"),)])
    assert render(rows, "markdown").splitlines() == ["| q |", "|---|", "| a \\| b c \\\\ d |"]
    assert render(rows, "markdown", headers=False).splitlines()[0] == "|   |"


def test_table_shows_names_not_iris_and_iris_on_request():
    rows = Rows(["actor", "actor_label", "other"], [(IOM, lit("International Organization for Migration"),
                                                    ox.NamedNode("https://w3id.org/migration-kg/id/ghana"))])
    named = render(rows, "table", labels={"https://w3id.org/migration-kg/id/ghana": "Ghana"})
    assert named.split()[:2] == ["actor", "other"]  # actor_label shown under the name actor
    assert "International Organization for Migration" in named and "Ghana" in named and "id:" not in named
    assert named.splitlines()[-1] == "(1 row; names shown, --iris for the IRIs)"
    for text in (render(rows, "table", iris=True), render(rows, "table", full=True)):
        assert "id:iom" in text and "id:ghana" in text and "actor_label" in text
        assert text.splitlines()[-1] == "(1 row)"
    assert "| Ghana |" in render(rows, "markdown", labels={"https://w3id.org/migration-kg/id/ghana": "Ghana"})
    assert "id:iom" in render(rows, "markdown", iris=True)
    assert "https://w3id.org/migration-kg/id/iom" in render(rows, "csv")  # the formats for tools keep IRIs


def test_table_wraps_long_values_within_the_width_and_short_cuts():
    words = [f"word{i}" for i in range(60)]
    rows = Rows(["n", "quote"], [(lit("1", "integer"), lit(" ".join(words)))])
    for width in (40, 80, FILE_WIDTH):
        text = render(rows, "table", width=width)
        assert max(len(line) for line in text.splitlines()[:-1]) <= width
        assert [w for w in text.split() if w.startswith("word")] == words  # whole by default
    clipped = render(rows, "table", width=80, short=True)
    kept = clipped.split("\n(")[0].split()[1:]  # the words after "1" in the row
    kept = [w for w in kept if w.startswith("w")]
    assert kept[:20] == words[:20] and kept[-1].endswith("…") and len(" ".join(kept)) == CELL_LIMIT
    assert "values over 160 characters shortened" in clipped.splitlines()[-1]


def _columns_of(text: str, names: list[str]) -> list[dict[str, str]]:
    """Read a drawn table back: each row's text per column, from the header's column positions
    (rows are separated by blank lines when they wrap); white space removed, to compare letters."""
    lines = text.splitlines()
    starts = [lines[0].index(n) for n in names]
    body = lines[2:-1]
    blocks, block = [], []
    for line in body + [""]:
        if line.strip():
            block.append(line)
        elif block:
            blocks.append(block)
            block = []
    rows = []
    for block in blocks:
        row = {}
        for k, name in enumerate(names):
            end = starts[k + 1] if k + 1 < len(starts) else None
            row[name] = "".join("".join(line[starts[k]:end].split()) for line in block)
        rows.append(row)
    return rows


@pytest.mark.parametrize("width", [80, 100])
def test_no_word_loses_a_letter_at_80_and_100_columns(width):
    """The analyst's table: a long title in the last column, long quotes, names: every letter of every
    value is in the drawn table, each line within the width."""
    title = "UNITAR Migration and Development Series: Building Partnerships (2007-03-07)"
    quote = ("the United Nations Institute for Training and Research (UNITAR) in collaboration with the United "
             "Nations Population Fund (UNFPA), the International Organization for Migration (IOM) and the "
             "MacArthur Foundation hosted a seminar on Building Partnerships")
    names = ["undertaking", "role", "actor", "quote", "document"]
    values = [["Building Partnerships", "hosts", "MacArthur Foundation", quote, title],
              ["Migration and Development Seminar Series", "funds", "United Nations Population Fund",
               "This Series is financially supported by the MacArthur Foundation and UNFPA.", title]]
    rows = Rows(names, [tuple(lit(v) for v in row) for row in values])
    text = render(rows, "table", width=width)
    assert not text.startswith("-[ row")
    assert max(len(line) for line in text.splitlines()) <= width
    drawn = _columns_of(text, names)
    assert len(drawn) == len(values)  # one row per row
    for row, expected in zip(drawn, values):
        assert row == {n: "".join(v.split()) for n, v in zip(names, expected)}
    assert "MacArthur" in text.split("\n\n")[0]  # the whole quote, not cut at 160 characters


def test_a_table_that_cannot_fit_shows_one_row_after_the_other():
    columns = [f"column_{i}" for i in range(12)]
    rows = Rows(columns, [tuple(lit(f"value {i} " * 4) for i in range(12))])
    text = render(rows, "table", width=60)
    lines = text.splitlines()
    assert lines[0].startswith("-[ row 1 ]") and lines[1].split() == ["column_0"] + ["value", "0"] * 4
    assert all(len(line) <= 60 for line in lines[:-1])
    headless = render(rows, "table", width=60, headers=False)
    assert "-[ row" not in headless and "column_0" not in headless


def test_rich_markup_in_a_value_is_printed_as_it_is():
    rows = Rows(["x"], [(lit("[bold red]not markup[/] :smile:"),)])
    assert "[bold red]not markup[/] :smile:" in render(rows, "table")


def test_unknown_format_is_a_programming_error():
    with pytest.raises(ValueError):
        render(Rows(["x"], []), "xml")


@pytest.mark.parametrize("iri, expected", [
    ("https://w3id.org/migration-kg/id/iom", "id:iom"),
    ("https://w3id.org/migration-kg/doc/unitar-2007/section/1", "doc:unitar-2007/section/1"),
    ("http://www.w3.org/ns/org#memberOf", "org:memberOf"),
    ("http://www.w3.org/ns/org#", "http://www.w3.org/ns/org#"),  # a namespace itself: "org:" would hide it
    ("https://example.org/elsewhere", "https://example.org/elsewhere"),
])
def test_one_shortener_for_every_output(iri, expected):
    """Query tables, SHACL reports and the ontology page name IRIs the same way."""
    from migration_kg.vocabulary.prefixes import shorten

    assert shorten(iri) == expected
    assert render(Rows(["x"], [(ox.NamedNode(iri),)]), "table", headers=False).splitlines()[0] == expected
