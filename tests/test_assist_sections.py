"""A heading that runs into its paragraph becomes a section without editing the text: add-document
detects it and writes `inline: true`, and the loader starts the section at the heading's words."""

from __future__ import annotations

from migration_kg.assist.ingest import add_document
from migration_kg.curation.sources import load_document

TEXT = """Regional Consultations on Labour Mobility
Invented meeting note, 4 May 2010

1 Background The Office of the Valorian Labour Council opened the consultations on 3 May 2010 with a word
of welcome to the delegates from twelve countries.

2 Regional dialogues Since 2010, the Office has convened regional dialogues on labour mobility with the
ministries of labour of the region. The dialogues meet twice a year.

2.1 Pilot projects The Skills Passport pilot was presented by the Harbour Foundation.

CONCLUSIONS Participants agreed to meet again in Port Valo in 2011 and to share their data.
"""


def test_inline_headings_become_sections_and_the_text_is_untouched(graph_copy, tmp_path):
    source = tmp_path / "note.txt"
    source.write_text(TEXT, encoding="utf-8")
    added = add_document(source, graph_copy, "valoria-2010-05-04-consultations")
    inline = [(s.id, s.heading, s.parent) for s in added.sections if s.inline]
    assert inline == [("background", "1 Background", None), ("regional-dialogues", "2 Regional dialogues", None),
                      ("pilot-projects", "2.1 Pilot projects", "regional-dialogues"),
                      ("conclusions", "CONCLUSIONS", None)]
    folder = graph_copy / "sources" / "valoria-2010-05-04-consultations"
    assert "inline: true" in (folder / "metadata.yaml").read_text(encoding="utf-8")
    text = (folder / "source.txt").read_text(encoding="utf-8")
    assert "2 Regional dialogues Since 2010, the Office" in text  # nobody edits source.txt
    meta = (folder / "metadata.yaml").read_text(encoding="utf-8").replace("date: null", "date: 2010-05-04")
    meta = meta.replace("publisher: null", "publisher: Valorian Labour Council")
    (folder / "metadata.yaml").write_text(meta, encoding="utf-8")
    doc = load_document(folder)
    dialogues = next(s for s in doc.sections if s.id == "regional-dialogues")
    assert text[dialogues.start:].startswith("2 Regional dialogues Since 2010")
    assert text[dialogues.heading_end:].startswith(" Since 2010")
    assert doc.section_at(text.index("The dialogues meet")).id == "regional-dialogues"
    assert doc.section_at(text.index("Skills Passport pilot")).id == "pilot-projects"
    para = doc.paragraph_at(text.index("Since 2010"))
    assert para is not None and text[para.start:].startswith("Since 2010")
