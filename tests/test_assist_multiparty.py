"""One quote, several parties: an entry with `subjects:` or `objects:` lists is expanded by the build
into one statement per pair, each with an id derived from the entry's, all with the entry's quote."""

from __future__ import annotations

import pytest

from tests.records import load
from migration_kg.errors import CurationError
from tests.conftest import DOC_ID

QUOTE = ("the United Nations Institute for Training and Research (UNITAR) in collaboration with the United Nations "
         "Population Fund (UNFPA), the International Organization for Migration (IOM) and the MacArthur Foundation "
         "hosted a seminar on Building Partnerships")


def _write(graph_copy, body: str):
    path = graph_copy / "sources" / DOC_ID / "statements" / "99-multi.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_subjects_and_objects_expand_to_one_statement_per_pair(graph_copy):
    _write(graph_copy, f"statements:\n  - id: hosts-again\n    subjects: [unitar, unfpa, iom]\n    relation: hosts\n"
                       f"    object: seminar-2007-03-07\n    quote: \"{QUOTE}\"\n"
                       f"  - id: both\n    subjects: [unitar, iom]\n    relation: memberOf\n"
                       f"    objects: [unfpa, macarthur-foundation]\n    quote: \"{QUOTE}\"\n")
    records = load(graph_copy)
    mine = {s.id: s for s in records.statements if s.id.startswith(("hosts-again", "both"))}
    assert {(i, s.subject.id, s.relation.name, s.object.id) for i, s in mine.items() if i.startswith("hosts")} == {
        ("hosts-again-unitar", "unitar", "hosts", "seminar-2007-03-07"),
        ("hosts-again-unfpa", "unfpa", "hosts", "seminar-2007-03-07"),
        ("hosts-again-iom", "iom", "hosts", "seminar-2007-03-07")}
    assert {i for i in mine if i.startswith("both")} == {
        "both-unitar-unfpa", "both-unitar-macarthur-foundation", "both-iom-unfpa", "both-iom-macarthur-foundation"}
    assert len({s.evidence.span for s in mine.values()}) == 1  # one quote, one place in the text
    # the same input gives the same ids, in the same order
    assert [s.id for s in load(graph_copy).statements] == [s.id for s in records.statements]


@pytest.mark.parametrize("entry, message", [
    ("subjects: [unitar, unitar]\n    relation: hosts\n    object: seminar-2007-03-07", "subjects must list different"),
    ("subject: unitar\n    subjects: [iom, unfpa]\n    relation: hosts\n    object: seminar-2007-03-07",
     "either 'subject:' or 'subjects:'"),
    ("subjects: [unitar, new-york]\n    relation: hosts\n    object: seminar-2007-03-07", "'new-york' is of kind"),
    ("subject: iom\n    relation: hosts\n    object: seminar-2007-03-07\n    id2: x", "unknown key"),
])
def test_a_bad_multi_party_entry_is_refused_naming_the_entry(graph_copy, entry, message):
    path = _write(graph_copy, f"statements:\n  - id: bad\n    {entry}\n    quote: \"{QUOTE}\"\n")
    with pytest.raises(CurationError) as info:
        load(graph_copy)
    text = str(info.value)
    assert message in text and f"{path.name}:" in text and "bad" in text


def test_a_pair_id_already_used_is_refused(graph_copy):
    _write(graph_copy, f"statements:\n  - id: bad-iom\n    subject: iom\n    relation: hosts\n"
                       f"    object: seminar-2007-03-07\n    quote: \"{QUOTE}\"\n"
                       f"  - id: bad\n    subjects: [unitar, iom]\n    relation: hosts\n"
                       f"    object: seminar-2007-03-07\n    quote: \"{QUOTE}\"\n")
    with pytest.raises(CurationError) as info:
        load(graph_copy)
    assert "99-multi.yaml:7: bad: entry 'bad' gives the id 'bad-iom'" in str(info.value)
