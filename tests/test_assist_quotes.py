"""A quote that begins or ends inside a word is refused, with the nearest whole-word quote suggested."""

from __future__ import annotations

import pytest

from tests.records import load
from migration_kg.errors import CurationError
from tests.conftest import DOC_ID


@pytest.mark.parametrize("quote, suggestion", [
    ("nited Nations Population Fund (UNFPA), the International Organization for Migration (IOM)",
     "United Nations Population Fund (UNFPA), the International Organization for Migration (IOM)"),
    ("the United Nations Population Fund (UNFPA), the International Organiz",
     "the United Nations Population Fund (UNFPA), the International Organization"),
])
def test_a_quote_cut_mid_word_is_refused_with_the_whole_words(graph_copy, quote, suggestion):
    path = graph_copy / "sources" / DOC_ID / "statements" / "99-cut.yaml"
    path.write_text(f"statements:\n  - id: cut\n    subject: unfpa\n    relation: memberOf\n    object: iom\n"
                    f"    quote: \"{quote}\"\n", encoding="utf-8")
    with pytest.raises(CurationError) as info:
        load(graph_copy)
    text = str(info.value)
    assert "99-cut.yaml:6: cut: quote begins or ends inside a word" in text
    assert f"“{suggestion}”" in text


def test_the_seed_quotes_are_whole_words(records):
    assert records.statements  # loading the seed raised nothing: every quote starts and ends on whole words
