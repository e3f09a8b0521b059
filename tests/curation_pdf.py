"""Turn an invented fixture note (tests/fixtures/curation/*.txt) into a PDF, as a report would come.

Blocks are separated by blank lines: the first block is the title page, lines in capitals are
headings, short lines without a full stop are sub-headings, the rest are paragraphs (a line break
inside a paragraph is kept, so a word can be hyphenated across lines). Every page has the same
header and a numbered footer, which add-document must drop. The font is matplotlib's DejaVu Sans
(matplotlib is a dependency), so typographic quotes and accents render.
"""

from __future__ import annotations

from pathlib import Path

HEADER = "UNITAR Seminar Note - Migration and Development Series"


def write_pdf(text_file: Path, pdf_file: Path, *, title: str | None = None, author: str | None = None,
              page_break_before: tuple[str, ...] = ("PROCEEDINGS", "CONCLUSIONS")) -> Path:
    import matplotlib
    from fpdf import FPDF

    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"

    class Note(FPDF):
        def header(self):
            self.set_font("dejavu", size=8)
            self.cell(0, 8, HEADER, new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

        def footer(self):
            self.set_y(-15)
            self.set_font("dejavu", size=8)
            self.cell(0, 8, f"Page {self.page_no()}", align="C")

    pdf = Note()
    pdf.add_font("dejavu", "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font("dejavu", "B", str(fonts / "DejaVuSans-Bold.ttf"))
    if title:
        pdf.set_title(title)
    if author:
        pdf.set_author(author)
    pdf.set_creation_date(__import__("datetime").datetime(2008, 5, 21, tzinfo=__import__("datetime").timezone.utc))
    pdf.add_page()
    blocks = [b.strip("\n") for b in text_file.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    for i, block in enumerate(blocks):
        if i == 0:
            pdf.set_font("dejavu", "B", 13)
            for line in block.split("\n"):
                pdf.cell(0, 9, line, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(8)
            continue
        letters = [c for c in block if c.isalpha()]
        if block in page_break_before:
            pdf.add_page()
        if all(c.isupper() for c in letters):
            pdf.set_font("dejavu", "B", 12)
            pdf.cell(0, 9, block, new_x="LMARGIN", new_y="NEXT")
        elif "\n" not in block and not block.endswith(".") and len(block) < 60:
            pdf.set_font("dejavu", "B", 11)
            pdf.cell(0, 8, block, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("dejavu", "", 11)
            pdf.multi_cell(0, 6, block, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(pdf_file))
    return pdf_file
