"""Every entry of migration_kg/assist/topic_cues.yaml finds its topic in its own example sentence,
and `candidates` reports the topics a text speaks of in those words."""

from __future__ import annotations

import pytest

from migration_kg.assist.candidates import candidates_in
from migration_kg.assist.patterns import example_document
from migration_kg.assist.topic_cues import cue_spans, load_topic_cues
from migration_kg.curation.registry import Entity, Registry
from migration_kg.errors import CurationError, CurationErrors

CUES = load_topic_cues()


def _scheme(*topics: tuple[str, str]) -> Registry:
    return Registry({t: Entity(t, "topic", label) for t, label in topics})


@pytest.mark.parametrize("cue", CUES, ids=[c.topic for c in CUES])
def test_each_cue_finds_its_topic_in_its_example(cue):
    registry = _scheme((cue.topic, cue.label))
    assert {t for _, _, t in cue_spans(cue.example, registry, [cue])} == {cue.topic}


@pytest.mark.parametrize("cue", CUES, ids=[c.topic for c in CUES])
def test_no_example_names_its_topic_by_its_label(cue):
    """The cues are the other words: an example that said the label would test nothing of them."""
    assert cue.label.casefold() not in cue.example.casefold()


def test_candidates_report_a_topic_spoken_of_in_other_words():
    doc, _ = example_document("Ministers of Valoria and Norland agreed to deepen their co-operation on "
                              "seasonal work, and to train officials to manage labour migration.")
    registry = _scheme(("international-cooperation", "international cooperation"),
                       ("migration-governance", "migration governance"), ("remittances", "remittances"))
    known = {k.id for k in candidates_in(doc, registry).known}
    assert known == {"international-cooperation", "migration-governance"}


def test_a_scheme_with_other_ids_is_matched_by_the_topics_label():
    doc, _ = example_document("The two agencies will collaborate on the census.")
    registry = _scheme(("intl-coop", "International Cooperation"))
    assert [t for _, _, t in cue_spans(doc.text, registry, CUES)] == ["intl-coop"]


def test_a_cue_word_inside_a_name_is_not_the_topic():
    text = ("The Valorian Agency for Development and Cooperation funds the clinic. "
            "Cooperation with Norland began in May.")
    registry = _scheme(("international-cooperation", "international cooperation"))
    spans = cue_spans(text, registry, CUES)
    assert [text[a:b] for a, b, _ in spans] == ["Cooperation"] and spans[0][0] == text.index("Cooperation with")


def test_a_topic_the_scheme_lacks_is_not_reported():
    doc, _ = example_document("The two agencies will collaborate on the census.")
    assert candidates_in(doc, _scheme(("remittances", "remittances"))).known == []


def test_a_bad_cue_file_is_refused_with_every_line(tmp_path):
    bad = tmp_path / "topic_cues.yaml"
    bad.write_text("topics:\n  - topic: a\n    label: a\n    cues: ['co(operat']\n    example: e\n"
                   "  - topic: b\n    label: b\n    cues: [x]\n    example: e\n    colour: red\n", encoding="utf-8")
    with pytest.raises((CurationErrors, CurationError)) as info:
        load_topic_cues(bad)
    text = str(info.value)
    assert "topic_cues.yaml:4" in text and "regular expression" in text
    assert "topic_cues.yaml:6" in text and "colour" in text and "valid:" in text


def test_a_cue_word_in_a_title_case_headline_is_the_topic():
    text = ("Coastal States Strengthen Cooperation on Return of Migrant Workers\n\n"
            "The Valorian Agency for Development and Cooperation funds the clinic.")
    registry = _scheme(("international-cooperation", "international cooperation"))
    spans = cue_spans(text, registry, CUES)
    assert [(a, text[a:b]) for a, b, _ in spans] == [(text.index("Cooperation"), "Cooperation")]


@pytest.mark.parametrize(("sentence", "topic"), [
    ("The ministry registered 400 workers bound for the coast.", "labour-mobility"),
    ("The repatriation of stranded nationals began in May.", "return-migration"),
    ("The centre helps with reintegration.", "return-migration"),
    ("The ministry supports free movement in the region.", "labour-mobility"),
    ("Speakers discussed human mobility.", "migration-and-development"),
    ("The project supports skills transfer from abroad.", "brain-circulation"),
    ("Officials discussed public health.", "migrant-health-coverage"),
])
def test_the_cue_words_measured_on_the_read_texts_find_their_topics(sentence, topic):
    """Words added to the cues after measuring them on the curated texts (docs/benchmarks.md) speak of their topic."""
    registry = _scheme(*((c.topic, c.label) for c in CUES if c.topic == topic))
    assert {t for _, _, t in cue_spans(sentence, registry, CUES)} == {topic}
