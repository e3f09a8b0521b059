"""Every phrasing in migration_kg/assist/patterns.yaml yields, on its own example sentence, the
statements its entry says (and no other statement of its relation)."""

from __future__ import annotations

import dataclasses

import pytest

from migration_kg import resources
from migration_kg.assist.patterns import example_document, load_patterns
from migration_kg.assist.propose import grouped_entries, proposals_for
from migration_kg.curation.registry import Entity, Registry
from migration_kg.curation.sources import Paragraph
from migration_kg.errors import CurationErrors, CurationError
from migration_kg.vocabulary.ontology import KIND_CLASS, Ontology

ONTOLOGY = Ontology(resources.ontology_file())
PATTERNS = load_patterns(relations=set(ONTOLOGY.relations), kinds=set(KIND_CLASS))


def _value(value: object) -> str:
    """A date as itself, a count as "150 participants"."""
    return " ".join(map(str, value.values())) if isinstance(value, dict) else str(value)


def _partnerships(found: set[str]) -> set[str]:
    """The partnership lines of what :func:`_read` found."""
    return {f for f in found if f.startswith("partnership")}


def _read_result(example: str):
    """What ``proposals_for`` reads in the marked ``example`` (its names registered)."""
    return proposals_for(*example_document(example), ONTOLOGY)


def _subjects(found: set[str], relation_object: str) -> set[str]:
    """The subjects of the statement lines of what :func:`_read` found that end with ``relation_object``
    ("organises harbour-forum")."""
    return {line.split()[0] for line in found if line.endswith(" " + relation_object)}


def _read(example: str) -> set[str]:
    doc, registry = example_document(example)
    result = proposals_for(doc, registry, ONTOLOGY)
    found = {f"{p.subject} {p.relation} {p.object if p.object is not None else _value(p.value)}" for p in result.statements}
    found |= {f"partnership {p.kind} {' '.join(p.partners)}" for p in result.partnerships}
    return found


@pytest.mark.parametrize("pattern", PATTERNS, ids=[p.name for p in PATTERNS])
def test_each_pattern_yields_its_example(pattern):
    found = _read(pattern.example)
    expected = set(pattern.yields)
    assert expected <= found, f"{pattern.name}: missing {sorted(expected - found)}"
    relations = {y.split()[1] for y in expected}
    extra = {f for f in found - expected if f.split()[1] in relations}
    assert not extra, f"{pattern.name}: also proposed {sorted(extra)}"


def test_the_patterns_cover_the_phrasings_of_meeting_reports():
    cues = " | ".join(p.cue.pattern for p in PATTERNS)
    for phrase in ["Director of", "organized in partnership with", "chaired by", "has launched", "held at",
                   "with the support of", "on behalf of", "moderated by", "in cooperation with", "addressed by"]:
        assert any(p.cue.search(phrase) for p in PATTERNS), phrase
    assert cues


def test_a_bad_pattern_is_refused_with_its_line(tmp_path):
    bad = tmp_path / "patterns.yaml"
    bad.write_text("patterns:\n  - name: x\n    cue: 'funded (by'\n    reading: passive\n    relation: funds\n"
                   "    example: e\n    yields: [a funds b]\n  - name: y\n    cue: by\n    reading: sideways\n"
                   "    relation: funds\n    example: e\n    yields: [a funds b]\n  - name: z\n    cue: by\n"
                   "    reading: passive\n    relation: funds\n    example: e\n    yields: [a funds b]\n  - name: z\n"
                   "    cue: with\n    reading: passive\n    relation: funds\n    example: e\n    yields: [a funds b]\n",
                   encoding="utf-8")
    with pytest.raises((CurationErrors, CurationError)) as info:
        load_patterns(bad, relations=set(ONTOLOGY.relations))
    text = str(info.value)
    assert "patterns.yaml:3" in text and "regular expression" in text
    assert "patterns.yaml:10" in text and "sideways" in text
    assert "patterns.yaml:20" in text and "'z' is taken (line 14)" in text


def test_a_speaker_list_becomes_one_entry_with_its_speakers_as_subjects():
    pattern = next(p for p in PATTERNS if p.name == "speaker-list")
    doc, registry = example_document(pattern.example)
    result = proposals_for(doc, registry, ONTOLOGY)
    entries = [e for e in grouped_entries(result.statements) if e["relation"] == "speaksAt"]
    assert len(entries) == 1
    assert entries[0]["subjects"] == ["jan-novak", "ana-ruiz", "lena-okafor"]
    assert entries[0]["object"] == "dialogue-on-labour-mobility"
    assert entries[0]["quote"] in " ".join(doc.text.split())


def test_a_long_apposition_keeps_the_sentence_subject_as_the_object():
    found = _read("The [Return Knowledge Project|project], the first regional effort that gathers evidence on return, "
                  "skills, remittances and the integration of returnees across the whole coast, is funded by the "
                  "Governments of [Valoria|country] and [Montaria|country].")
    assert {"valoria funds return-knowledge-project", "montaria funds return-knowledge-project"} <= found


def test_the_agent_of_a_participle_does_not_do_the_verb_and_a_programme_convenes_its_own_meeting():
    found = _read("Today the [Return Skills Programme|programme] funded by the [Harbour Foundation|organisation] "
                  "convenes the [Programme Board Meeting|event] in Lorvik.")
    assert "harbour-foundation funds return-skills-programme" in found
    assert "programme-board-meeting partOf return-skills-programme" in found
    assert not any(f.startswith("harbour-foundation") and "programme-board-meeting" in f for f in found), found
    planned = _read("The [Global Forum on Return|forum] agreed to organise a [Side Event on Gender|event] in May.")
    assert not any(" partOf " in f for f in planned), planned  # a plan, not the forum's own event yet


#: Two bodies known by their acronyms, for names joined from them ("CMO-HFR").
_TWO_BODIES = {"cmo": Entity("cmo", "organisation", "Coastal Migration Office", acronyms=("CMO",)),
               "hfr": Entity("hfr", "organisation", "Harbour Foundation for Return", acronyms=("HFR",))}


def test_an_initiative_named_after_its_bodies_is_led_by_each_inferred():
    doc, _ = example_document("Today the CMO-HFR Return Programme met in Lorvik.")
    registry = Registry({
        **_TWO_BODIES,
        "return-programme": Entity("return-programme", "programme", "CMO-HFR Return Programme"),
    })
    result = proposals_for(doc, registry, ONTOLOGY)
    leads = {(p.subject, p.object): p.entry() for p in result.statements if p.relation == "leads"}
    assert set(leads) == {("cmo", "return-programme"), ("hfr", "return-programme")}
    assert all(e["status"] == "inferred" and "CMO-HFR" in e["note"] for e in leads.values())
    [partnership] = result.partnerships
    assert partnership.partners == ["cmo", "hfr"] and partnership.entry()["status"] == "inferred"


def test_an_event_named_after_its_bodies_is_organised_by_each_and_a_forum_by_its_owner_inferred():
    doc, _ = example_document("The 6th Annual CMO-HFR Roundtable on Return met in Lorvik, next to CMO’s Global Forum on Return.")
    registry = Registry({
        **_TWO_BODIES,
        "roundtable": Entity("roundtable", "event", "6th Annual CMO-HFR Roundtable on Return"),
        "gfr": Entity("gfr", "forum", "Global Forum on Return"),
    })
    result = proposals_for(doc, registry, ONTOLOGY)
    organises = {(p.subject, p.object): p.entry() for p in result.statements if p.relation == "organises"}
    assert set(organises) == {("cmo", "roundtable"), ("hfr", "roundtable"), ("cmo", "gfr")}, organises
    assert all(e["status"] == "inferred" for e in organises.values())
    [partnership] = result.partnerships
    assert (partnership.kind, partnership.partners, partnership.about) == ("co-organisation", ["cmo", "hfr"], ["roundtable"])


def test_bodies_that_organise_the_report_named_by_its_kind_are_co_organisers():
    doc, registry = example_document("[Delta Institute|organisation] and [Harbour Foundation|organisation] co-organized an "
                                     "event that looked at return. The [Return Forum|event] drew 40 people.")
    doc.metadata["reports"] = "return-forum"
    [partnership] = proposals_for(doc, registry, ONTOLOGY).partnerships
    assert (partnership.kind, partnership.partners, partnership.about) == \
        ("co-organisation", ["delta-institute", "harbour-foundation"], ["return-forum"])


def test_an_undertaking_named_for_the_places_it_works_in_operates_there_inferred():
    facts = _marked("The [Return Programme in Valoria and Norland|programme] met the [Coastal Trust Fund for the "
                    "Delta Region|programme]. The [Delta Institute in Valoria|organisation] and the [Meeting in Norland|event] "
                    "followed. [Delta Region|place], [Valoria|country] and [Norland|country] grew.")
    assert _linked(facts, "operatesIn") == {("return-programme-in-valoria-and-norland", "valoria"),
                                            ("return-programme-in-valoria-and-norland", "norland"),
                                            ("coastal-trust-fund-for-the-delta-region", "delta-region")}, facts
    assert all(e["status"] == "inferred" for k, e in facts.items() if k[1] == "operatesIn")


def test_a_countrys_undertaking_or_policy_named_with_its_possessive_is_its_own_inferred():
    facts = _marked("Officials praised [Valoria|country]’s [Return Programme|programme] and [Norland|country]'s [Labour "
                    "Migration Policy|policy]. [Valoria|country] [Skills Project|project] staff came.")
    assert _linked(facts, "leads") == {("valoria", "return-programme")}, facts
    assert _linked(facts, "provides") == {("norland", "labour-migration-policy")}, facts


def test_the_forum_the_reported_meeting_is_of_is_no_other_event_of_its_sentence():
    facts = _reported("The [Ninth Coastal Forum Meeting|event] closed in May. [Coastal Forum|forum] members in attendance "
                      "included [Valoria|country] and [Norland|country].", "ninth-coastal-forum-meeting")
    assert {s for s, o in _linked(facts, "participatesIn") if o == "ninth-coastal-forum-meeting"} == {"valoria", "norland"}


def test_countries_an_event_brings_together_named_apart_from_the_cue_are_no_partnership():
    # measured: read from the sentence's participants, "brought together" gave 62 right pairs and 6 wrong on the
    # sets it was made on, and 2 right and 50 wrong on the next 48 texts, blind (docs/benchmarks.md)
    doc, registry = example_document("The [Coastal Dialogue|event] opened in May. This year’s edition brings together "
                                     "labour-sending countries of the coast: [Valoria|country], [Norland|country] and "
                                     "[Delta|country].")
    doc.metadata["reports"] = "coastal-dialogue"
    result = proposals_for(doc, registry, ONTOLOGY)
    assert not result.partnerships
    assert {p.subject for p in result.statements if p.relation == "participatesIn"} == {"valoria", "norland", "delta"}


def test_a_reading_of_the_first_name_after_its_cue_passes_the_kind_words_before_it():
    facts = _marked("The [Harbour Workshop|event] was a part of the regional project “[Coastal Skills|project]”.")
    assert _linked(facts, "partOf") == {("harbour-workshop", "coastal-skills")}, facts


def test_the_reported_event_named_by_its_kind_and_what_it_is_of_is_part_of_it_inferred():
    facts = _reported("The [Harbour Conference|event] opened in Lorvik, the first conference of the [Coastal Skills "
                      "Programme|programme]. The next meeting of the [Coastal Process|process] will follow.",
                      "harbour-conference")
    assert _linked(facts, "partOf") == {("harbour-conference", "coastal-skills-programme")}, facts
    assert facts[("harbour-conference", "partOf", "coastal-skills-programme")]["status"] == "inferred"


def test_a_forums_members_in_attendance_take_part_in_it():
    facts = _reported("The [Ninth Coastal Forum Meeting|event] closed in May. [Coastal Forum|forum] members in "
                      "attendance included [Valoria|country] and [Norland|country].", "ninth-coastal-forum-meeting")
    assert {("valoria", "coastal-forum"), ("norland", "coastal-forum")} <= _linked(facts, "participatesIn"), facts


@pytest.mark.parametrize("dateline", ["[LORVIK|place] — The workshop opened with forty officials.",
                                      "21-08-2017, [Lorvik|place], [Valoria|country]: The workshop opened.",
                                      "[LORVIK|place], Nov 16: The workshop opened.",  # a wire's month, shortened
                                      "[LORVIK|place], Aug. 25, 2019 (CNA) – The workshop opened."])
def test_a_datelines_place_after_a_date_in_figures_or_before_a_dash_holds_the_event(dateline):
    facts = _marked(f"[Regional Workshop on Return|event]\n{dateline}")
    assert ("regional-workshop-on-return", "lorvik") in _linked(facts, "heldIn"), facts


def test_an_event_that_took_place_from_one_day_to_another_in_several_places_is_held_in_each():
    facts = _marked("The [Joint Team Meeting|event] took place from 1 to 12 July in [Lorvik|place], [Port Valo|place] "
                    "and [Norhaven|place].")
    assert _linked(facts, "heldIn") == {("joint-team-meeting", "lorvik"), ("joint-team-meeting", "port-valo"),
                                        ("joint-team-meeting", "norhaven")}


@pytest.mark.parametrize("sentence", ["The [Harbour Foundation|organisation] has organized the “[Joint Team Meeting|event]” "
                                      "in June.",  # the event's name in quotation marks
                                      "The [Harbour Foundation|organisation] is organizing the [Joint Team Meeting|event] "
                                      "in June."])
def test_a_body_organises_an_event_in_quotation_marks_or_in_the_progressive(sentence):
    assert _linked(_marked(sentence), "organises") == {("harbour-foundation", "joint-team-meeting")}


@pytest.mark.parametrize("sentence", ["The trainers were specialists from the [Harbour Police|organisation] and the "
                                      "[Coastal Labour Inspection|organisation].",
                                      "Presentations from the [Harbour Police|organisation], the [Coastal Labour "
                                      "Inspection|organisation] and others informed the participants."])
def test_trainers_specialists_or_presentations_from_bodies_make_them_the_events_participants(sentence):
    facts = _reported(f"The [Inspectors Workshop|event] opened in May. {sentence}", "inspectors-workshop")
    assert {("harbour-police", "inspectors-workshop"), ("coastal-labour-inspection", "inspectors-workshop")} <= \
        _linked(facts, "participatesIn"), facts


@pytest.mark.parametrize("sentence", ["“We work with partners,” said [Ana Ruiz|person], [CLA|organisation]'s Analysis and "
                                      "Risk Assessment Expert.",
                                      "“It is a testament,” said [Ana Ruiz|person], [CLA|organisation]’ senior vice "
                                      "president of programs."])
def test_a_person_represents_the_body_whose_possessive_opens_their_post(sentence):
    # an expert's post, a body's name ending in s with its apostrophe alone, a post of five words
    assert _linked(_marked(sentence), "represents") == {("ana-ruiz", "cla")}


def test_a_service_opened_in_countries_operates_in_them_but_a_programme_named_beside_countries_does_not():
    facts = _marked("The [Harbour Institute|organisation] opens new [Migrant Advice Centres|service] in [Valoria|country] "
                    "and [Montaria|country]. [Norland|country]’s [Seasonal Workers Programme|programme] and [Estova|country] "
                    "were discussed.")
    assert _linked(facts, "operatesIn") == {("migrant-advice-centres", "valoria"), ("migrant-advice-centres", "montaria")}


@pytest.mark.parametrize("text, participants", [
    ("October 2016\n\n[Karin Holm|person], [Ilse Dorn|person], Advisors, Harbour Aid\n\nPosted by [Lena Moreau|person], "
     "harbouraid.org\n\nThe Coastal Workshop opened with [Ana Ruiz|person]. Picture taken in May. REUTERS/[Piet Vandam|person]",
     {"ana-ruiz"}),
    ("By: [Karin Holm|person] & [Ilse Dorn|person]\n\n[Lorvik|place] ([CNA|organisation]) – The Coastal Workshop brought "
     "together [Ana Ruiz|person] and the [Harbour Fund|organisation].", {"ana-ruiz", "harbour-fund"}),
], ids=["byline-under-date-website-photographer", "by-line-and-dateline-agency"])
def test_a_bylines_authors_a_photographer_and_a_news_agency_in_a_dateline_are_no_participants(text, participants):
    facts = _reported(f"[Coastal Workshop|event]\n\n{text}\n", "coastal-workshop")
    assert {s for s, o in _linked(facts, "participatesIn")} == participants, facts


def test_each_body_before_a_post_holds_the_next_persons_post_and_a_semicolon_ends_a_post():
    facts = _marked("[Harbour Aid|organisation] President [Ana Ruiz|person] and [Delta Relief|organisation] President "
                    "[Jan Berg|person] signed. Speakers included the [Coastal Union|organisation] President; Ambassador "
                    "[Lena Okafor|person], Permanent Representative.")
    assert _linked(facts, "represents") == {("ana-ruiz", "harbour-aid"), ("jan-berg", "delta-relief")}


def test_inked_is_signed():
    facts = _marked("[Ana Ruiz|person] and [Jan Berg|person] inked the [Harbour Accord|agreement] on Monday.")
    assert _linked(facts, "signs") == {("ana-ruiz", "harbour-accord"), ("jan-berg", "harbour-accord")}


def test_the_chair_is_the_actor_a_verb_praises_for_chairing_not_the_speaker():
    facts = _marked("Director General [Ana Ruiz|person] has commended [Valoria|country] on its perseverance as the Chair "
                    "of the [Harbour Process|process]. [Jan Berg|person], who serves as Chair of the [Coastal "
                    "Dialogue|process], opened it.")
    assert _linked(facts, "leads") == {("valoria", "harbour-process"), ("jan-berg", "coastal-dialogue")}


def test_a_datelines_country_before_a_dash_is_no_participant():
    facts = _reported("Harbour Aid at the Coastal Summit\n[Valoria|country] - [Harbour Aid|organisation] took part in the "
                      "[Coastal Summit|event] with [Montaria|country].", "coastal-summit")
    assert ("valoria", "coastal-summit") not in _linked(facts, "participatesIn"), facts
    assert ("harbour-aid", "coastal-summit") in _linked(facts, "participatesIn"), facts


@pytest.mark.parametrize("sentence", ["It was said by Chairman [Harbour Diaspora Commission|organisation] [Ana Ruiz|person] "
                                      "in Lorvik.",
                                      "Director General [HDC|organisation], [Ana Ruiz|person], said it.",
                                      "The minister has requested Director General (DG) of [HDC|organisation] "
                                      "[Ana Ruiz|person] to open a project."])
def test_a_person_after_a_post_and_its_body_with_no_of_represents_the_body(sentence):
    assert {s for s, _ in _linked(_marked(sentence), "represents")} == {"ana-ruiz"}


@pytest.mark.parametrize("sentence", ["The federal commissioner, [HDC|organisation], Hajiya [Ana Ruiz|person], said it.",
                                      "It was said by the Chairman/CEO, [Harbour Diaspora Commission|organisation] Hon "
                                      "[Ana Ruiz|person], at a session.",
                                      "[HDC|organisation] programme officer in charge of Migration, Mr. [Ana Ruiz|person], "
                                      "explained it.",
                                      "[HDC|organisation] Commissioner for Health, Humanitarian Affairs and Social Development, "
                                      "H.E. [Ana Ruiz|person], said it.",
                                      "Also there was the Minister of Foreign Affairs of the [HDC|organisation], The Hon. "
                                      "[Ana Ruiz|person], who spoke."])
def test_a_person_after_a_post_its_body_and_an_honorific_represents_the_body(sentence):
    assert {s for s, _ in _linked(_marked(sentence), "represents")} == {"ana-ruiz"}


def test_bodies_listed_after_including_are_members_of_the_group_before():
    facts = _marked("The Institute worked with [key national institutions|collective], including amongst others the "
                    "[Border Service|organisation], [Harbour Agency|organisation] and [Coastal Council|organisation].")
    assert _linked(facts, "memberOf") == {("border-service", "key-national-institutions"),
                                          ("harbour-agency", "key-national-institutions"),
                                          ("coastal-council", "key-national-institutions")}, facts


def test_countries_listed_after_countries_are_no_members_of_a_group_named_earlier():
    facts = _marked("[Law enforcement officials|collective] were invited from 8 countries in the region, namely "
                    "[Valoria|country], [Montaria|country] and [Norland|country]. The project trains [coastal state "
                    "institutions|collective], such as the [Border Service|organisation].")
    assert _linked(facts, "memberOf") == {("border-service", "coastal-state-institutions")}


def test_a_news_agencys_photographer_in_brackets_is_no_participant():
    facts = _reported("The [Coastal Summit|event] opened with [Ana Ruiz|person]. (CNA/[Piet Vandam|person])\n",
                      "coastal-summit")
    assert {s for s, o in _linked(facts, "participatesIn")} == {"ana-ruiz"}, facts


def test_the_reports_event_named_by_its_kind_before_organized_by_is_organised_there_and_the_body_not_based_there():
    facts = _reported("The [Stakeholders Workshop|event] opened in May. The project was announced during a stakeholders workshop organized by "
                      "[Harbour Aid|organisation] in [Lorvik|place].", "stakeholders-workshop")
    assert facts[("harbour-aid", "organises", "stakeholders-workshop")]["quote"] == \
        "a stakeholders workshop organized by Harbour Aid"
    assert not _linked(facts, "basedIn"), facts


def test_an_event_of_another_kind_before_organized_by_is_not_the_reports_event():
    facts = _reported("The [National Consultation on Health|event] opened in May. It followed a seminar organized by "
                      "[Harbour Aid|organisation] in [Lorvik|place].", "national-consultation-on-health")
    assert not _linked(facts, "organises"), facts


def test_a_minister_for_a_portfolio_represents_its_coordinating_or_federal_ministry():
    facts = _marked("Coordinating Minister for Community Empowerment [Ana Ruiz|person] met the staff of the [Coordinating "
                    "Ministry for Community Empowerment|organisation] and of the [Federal Ministry of Labour|organisation]. "
                    "Minister of Labour [Jan Berg|person] spoke.")
    assert _linked(facts, "represents") == {("ana-ruiz", "coordinating-ministry-for-community-empowerment"),
                                            ("jan-berg", "federal-ministry-of-labour")}


def test_the_reported_event_named_by_its_kind_in_the_plural():
    facts = _reported("The [Coastal Return Workshops|event] opened in May. The workshops took place at the [Harbour "
                      "Hall|place] and the [Delta Centre|place].", "coastal-return-workshops")
    assert _linked(facts, "heldIn") == {("coastal-return-workshops", "harbour-hall"),
                                        ("coastal-return-workshops", "delta-centre")}, facts


def test_who_is_taking_part_takes_part_in_the_reported_event():
    facts = _reported("The [Coastal Workshop|event] opened in May. Some 70 prosecutors from [Valoria|country] and "
                      "[Norland|country], as well as experts from the [Delta Institute|organisation], are taking part in "
                      "the workshop.", "coastal-workshop")
    assert {s for s, o in _linked(facts, "participatesIn")} == {"valoria", "norland", "delta-institute"}, facts


def test_who_meets_in_a_place_takes_part_in_the_reported_event():
    facts = _reported("The [Coastal Workshop|event] opened in May. Representatives of [Valoria|country] and "
                      "[Norland|country] meet in [Lorvik|place] today to address return.", "coastal-workshop")
    assert {s for s, o in _linked(facts, "participatesIn")} == {"valoria", "norland"}, facts


def test_a_publication_named_after_another_is_part_of_it_an_event_is_not():
    facts = _marked("The [second edition of the Coastal Migration Report|publication] follows the [Coastal Migration "
                    "Report|publication]. The [Launch of the Coastal Migration Report|event] is in May.")
    assert _linked(facts, "partOf") == {("second-edition-of-the-coastal-migration-report", "coastal-migration-report")}


def test_a_person_in_apposition_to_a_body_is_not_another_partner():
    found = _read("The [Delta Institute|organisation], in partnership with the [Harbour Foundation|organisation] "
                  "and the [Office of the Envoy for Return|organisation], Mr. [Tomas Berg|person], opened a centre.")
    partnerships = {f for f in found if f.startswith("partnership")}
    assert partnerships == {"partnership collaboration delta-institute harbour-foundation office-of-the-envoy-for-return"}, found


def test_an_event_named_with_a_forums_acronym_is_part_of_it_inferred():
    doc, _ = example_document("The Third GFR Summit Meeting closed in Lorvik.")
    registry = Registry({
        "gfr": Entity("gfr", "forum", "Global Forum on Return", acronyms=("GFR",)),
        "summit-3": Entity("summit-3", "event", "Third GFR Summit Meeting"),
    })
    [part] = [p for p in proposals_for(doc, registry, ONTOLOGY).statements if p.relation == "partOf"]
    assert (part.subject, part.object) == ("summit-3", "gfr") and part.entry()["status"] == "inferred"


def test_an_apposition_in_commas_does_not_hide_the_object_of_a_passive():
    found = _read("The [Forum Preparatory Meeting|event], which brought together some fifty experts and officials from "
                  "twenty coastal and island countries, was organized by the [Harbour Foundation|organisation].")
    assert "harbour-foundation organises forum-preparatory-meeting" in found


def test_two_people_with_their_bodies_both_do_the_verb():
    found = _read("Ambassador [Tomas Berg|person] of the [Coastal Foreign Office|organisation] and Mr. [Ian Holm|person], "
                  "Secretary General of the [Ministry of Coasts|organisation], co-led the [Forum Preparatory Meeting|event].")
    assert {"tomas-berg leads forum-preparatory-meeting", "ian-holm leads forum-preparatory-meeting"} <= found, found
    assert not any(f.startswith(("coastal-foreign-office leads", "ministry-of-coasts leads")) for f in found)


def _entries(doc, registry) -> dict[tuple, dict]:
    result = proposals_for(doc, registry, ONTOLOGY)
    return {(p.subject, p.relation, p.object): p.entry() for p in result.statements}


def _proposed(text: str, *entities: tuple):
    """What ``proposals_for`` reads in ``text`` with a registry of ``entities`` (id, kind, label[, acronyms])."""
    doc, _ = example_document(text)
    return proposals_for(doc, Registry({e[0]: Entity(e[0], e[1], e[2], acronyms=e[3] if len(e) > 3 else ()) for e in entities}),
                         ONTOLOGY)


def _facts(text: str, *entities: tuple) -> dict[tuple, dict]:
    """The statements proposed for ``text`` with a registry of ``entities`` (id, kind, label[, acronyms]), as
    entries by (subject, relation, object)."""
    doc, _ = example_document(text)
    return _entries(doc, Registry({e[0]: Entity(e[0], e[1], e[2], acronyms=e[3] if len(e) > 3 else ()) for e in entities}))


def _marked(example: str) -> dict[tuple, dict]:
    """The statements proposed for the marked ``example`` (its names registered), by (subject, relation, object)."""
    return _entries(*example_document(example))


def _reported(example: str, event: str) -> dict[tuple, dict]:
    """The statements proposed for the marked ``example`` as the report of ``event``, by (subject, relation, object)."""
    doc, registry = example_document(example)
    doc.metadata["reports"] = event
    return _entries(doc, registry)


def _linked(facts: dict[tuple, dict], relation: str) -> set[tuple]:
    """The (subject, object) pairs of ``facts`` of ``relation``."""
    return {(s, o) for s, r, o in facts if r == relation}


def _took_part(example: str, event: str) -> set[str]:
    """Who takes part in ``event`` by what ``proposals_for`` reads in the marked ``example`` as its report."""
    return {s for s, o in _linked(_reported(example, event), "participatesIn") if o == event}


def test_the_reported_event_addresses_every_topic_its_report_names_inferred():
    doc, registry = example_document("The [Coastal Dialogue|event] opened in May. Speakers described how "
                                     "[remittances|topic] pay for schools, and several asked about [return migration|topic]. "
                                     "The [Harbour Charter|publication] stresses [skills transfer|topic].")
    doc.metadata["reports"] = "another-event"
    plain = _entries(doc, registry)
    assert not any(k[:2] == ("coastal-dialogue", "addresses") for k in plain), "only the report of an event"
    doc.metadata["reports"] = "coastal-dialogue"
    addressed = {k[2]: e for k, e in _entries(doc, registry).items() if k[:2] == ("coastal-dialogue", "addresses")}
    assert set(addressed) == {"remittances", "return-migration"}  # the charter's topic is the charter's
    assert ("harbour-charter", "addresses", "skills-transfer") in plain
    assert all(e["status"] == "inferred" and "Coastal Dialogue" in e["note"] for e in addressed.values())
    assert addressed["remittances"]["quote"] == "Speakers described how remittances pay for schools, and several " \
                                                "asked about return migration."
    ceremony, registry = example_document("The [signing ceremony|event] took place in May. The grant pays for "
                                           "[remittances|topic] studies.")
    ceremony.metadata["reports"] = "signing-ceremony"
    assert not any(k[1] == "addresses" for k in _entries(ceremony, registry)), "a signing is no discussion"
    opening = _reported("The [Opening of the Harbour Office|event] took place in May. The office will work on "
                        "[remittances|topic].", "opening-of-the-harbour-office")
    assert not any(k[1] == "addresses" for k in opening), "an office's opening lists the office's work"


def test_a_document_leading_with_a_project_and_reporting_no_event_is_about_the_project_inferred():
    filler = "The harbour town has two schools, a market and a ferry to the islands. " * 9
    example = ("The [Harbour Skills Project|project] opens in May. It trains teachers in [skills transfer|topic]. "
               f"{filler}The project also studies [remittances|topic]. Farmers in the valley sell fruit abroad, a "
               "trade that [return migration|topic] has grown.")
    doc, registry = example_document(example)
    addressed = {k[2]: e for k, e in _entries(doc, registry).items() if k[:2] == ("harbour-skills-project", "addresses")}
    assert set(addressed) == {"skills-transfer", "remittances"}  # the lead's and its own sentences' topics
    assert all(e["status"] == "inferred" and "Harbour Skills Project" in e["note"] for e in addressed.values())
    reported = _reported(example + " The [Valley Fair|event] closed it.", "valley-fair")
    assert not any("leads with" in (e.get("note") or "") for e in reported.values()), "a report of an event: the event's topics"


def test_the_reported_event_addresses_every_topic_its_text_names_not_another_undertakings():
    filler = "The harbour town has two schools, a market and a ferry to the islands. " * 90  # a report, not a news item
    doc, registry = example_document(
        f"The [Coastal Dialogue|event] opened in May. {filler}Speakers discussed [remittances|topic] at length. "
        "Farmers in the valley also sell fruit to buyers abroad, a trade that [return migration|topic] has grown. "
        "The [Harbour Statement|agreement] was signed in June on [diaspora bonds|topic].")
    doc.metadata["reports"] = "coastal-dialogue"
    entries = _entries(doc, registry)
    addressed = {k[2] for k in entries if k[:2] == ("coastal-dialogue", "addresses")}
    assert addressed == {"remittances", "return-migration"}, addressed
    assert entries[("coastal-dialogue", "addresses", "return-migration")]["status"] == "inferred"


def test_a_news_item_on_an_event_addresses_a_topic_it_names_twice_or_in_its_lead_not_one_named_once_further_on():
    # measured: named once after the lead, 53 right pairs and 31 not curated on the read sets (docs/benchmarks.md)
    filler = "The harbour town has two schools, a market and a ferry. " * 8
    facts = _reported(f"The [Coastal Dialogue|event] on [remittances|topic] opened in May. {filler}Participants "
                      "from the coast spoke of [labour mobility|topic]. Participants from the islands raised [return "
                      "migration|topic], and [return migration|topic] again in closing.", "coastal-dialogue")
    assert {o for s, r, o in facts if s == "coastal-dialogue" and r == "addresses"} == {"remittances", "return-migration"}, facts


def test_the_reported_event_had_the_people_groups_and_place_its_report_names_inferred():
    doc, registry = example_document(
        "The [Coastal Dialogue|event] opened in May, its guests all in [Port Aurel|place]. Its participants welcomed officials "
        "of [Valoria|country] and the [Delta Institute|organisation]. Ms. [Ana Ruiz|person] noted that "
        "remittances grow. Mr. [Jan Novak|person] wrote a book. [Montaria|country] was not at the [Harbour "
        "Foundation|organisation] on a visit in [Lake Town|place] in June. It belongs to the [Coastal Dialogues|event-series].")
    doc.metadata["reports"] = "another-event"
    plain = _entries(doc, registry)
    assert set(plain) == {("ana-ruiz", "speaksAt", "coastal-dialogue")}, "only the report of an event says more"
    doc.metadata["reports"] = "coastal-dialogue"
    facts = {k: e for k, e in _entries(doc, registry).items() if e.get("status") == "inferred"}
    assert set(facts) == {("valoria", "participatesIn", "coastal-dialogue"),
                          ("delta-institute", "participatesIn", "coastal-dialogue"),
                          ("jan-novak", "participatesIn", "coastal-dialogue"),
                          ("coastal-dialogue", "heldIn", "port-aurel"),
                          ("coastal-dialogue", "partOf", "coastal-dialogues")}, sorted(facts)  # not Montaria, Lake Town
    assert facts[("valoria", "participatesIn", "coastal-dialogue")]["quote"] == (
        "Its participants welcomed officials of Valoria and the Delta Institute.")
    assert all("Coastal Dialogue" in e["note"] for e in facts.values())


def test_without_reports_the_event_the_lead_names_is_the_reports_event():
    lead = ("The [Coastal Dialogue|event] opened in May. Its participants welcomed officials of [Valoria|country]. "
            "They spoke of [remittances|topic].")
    doc, registry = example_document(lead)
    facts = {k for k, e in _entries(doc, registry).items() if e.get("status") == "inferred"}
    assert facts == {("valoria", "participatesIn", "coastal-dialogue"), ("coastal-dialogue", "addresses", "remittances")}
    late, registry = example_document("Officials of [Valoria|country] were welcomed. They spoke of [remittances|topic]. "
                                      + "Rain fell. " * 40 + "The [Coastal Dialogue|event] is next year.")
    assert not any(e.get("status") == "inferred" for e in _entries(late, registry).values()), "named only late: no report"
    doc.metadata["reports"] = "another-event"
    assert not any(e.get("status") == "inferred" for e in _entries(doc, registry).values()), "reports names another"


def test_the_subject_of_a_sentence_and_of_the_next_one_addresses_its_topics():
    doc, registry = example_document(
        "Ms. [Ana Ruiz|person], Director of the [Delta Institute|organisation], noted that [remittances|topic] "
        "grow. She also mentioned [migration data|topic]. The [Return Knowledge Project|project] began in May. "
        "It is a hub on issues such as [diasporas|topic] and [brain drain|topic]. It rained and [Valoria|country] "
        "spoke of [labour mobility|topic]. The [Harbour Foundation|organisation] works on [return migration|topic]. "
        "The [Coastal Office|organisation] met in May on [skills transfer|topic]. "
        + "The harbour town has two schools, a market and a ferry to the islands. " * 90)  # a report, not a news item
    doc.metadata["reports"] = "another-event"  # not a page about the project: only its sentences' topics are its own
    facts = _entries(doc, registry)
    addressed = {(s, o) for s, r, o in facts if r == "addresses"}
    assert addressed == {("ana-ruiz", "remittances"), ("ana-ruiz", "migration-data"),
                         ("return-knowledge-project", "diasporas"), ("return-knowledge-project", "brain-drain"),
                         ("harbour-foundation", "return-migration")}  # a body only with what it does
    entry = facts[("ana-ruiz", "addresses", "migration-data")]
    assert entry["status"] == "inferred" and entry["quote"] == "She also mentioned migration data"


def test_a_body_named_by_its_peoples_adjective_that_countryinfo_lacks_is_based_in_the_country():
    # countryinfo gives one adjective a country ("Tajikistani", none for Sri Lanka); reports write "Tajik"
    facts = _facts("Officers of the Tajik Customs Service, the Sri Lankan Bureau of Foreign Employment and the Kyrgyz "
                   "Border Service attended.",
                   ("customs", "organisation", "Tajik Customs Service"),
                   ("slbfe", "organisation", "Sri Lankan Bureau of Foreign Employment"),
                   ("border", "organisation", "Kyrgyz Border Service"), ("tajikistan", "country", "Tajikistan"),
                   ("sri-lanka", "country", "Sri Lanka"), ("kyrgyzstan", "country", "Kyrgyzstan"))
    assert _linked(facts, "basedIn") == {("customs", "tajikistan"), ("slbfe", "sri-lanka"), ("border", "kyrgyzstan")}


def test_a_body_named_after_a_country_is_based_in_it_and_a_bodys_event_is_its_own_inferred():
    facts = _facts("The CMO’s Regional Return Meeting heard Valoria’s Labour Board, the Montarian Council of Unions and "
                   "the Coastal Council of Valoria. The Harbour Foundation spoke too.",
                   ("cmo", "organisation", "Coastal Migration Office", ("CMO",)),
                   ("meeting", "event", "Regional Return Meeting"), ("valoria", "country", "Valoria"),
                   ("montaria", "country", "Montaria"), ("board", "organisation", "Labour Board"),
                   ("unions", "organisation", "Montarian Council of Unions"),
                   ("council", "organisation", "Coastal Council of Valoria"), ("harbour", "organisation", "Harbour Foundation"))
    based = _linked(facts, "basedIn")
    assert based == {("board", "valoria"), ("council", "valoria")}, based  # "Montarian": no adjective registered
    assert facts[("board", "basedIn", "valoria")]["quote"] == "Valoria’s Labour Board"
    assert facts[("cmo", "organises", "meeting")]["status"] == "inferred"
    assert all(e["status"] == "inferred" and e["note"] for k, e in facts.items() if k[1] == "basedIn")


def test_speakers_with_bodies_in_brackets_at_the_reported_seminar_not_at_the_event_they_speak_of():
    doc, registry = example_document(
        "The [Coastal Migration Office|organisation], together with the [Harbour Foundation|organisation], organized "
        "a Seminar on “[Return and Skills|event]”. Ms. [Ana Ruiz|person] ([Director of Delta Institute|organisation]) "
        "added that it was time to implement the ideas discussed at the [Lorvik Conference|event]. "
        "The Lorvik Conference is a start, remarked Mr. [Jan Novak|person] ([Statistics Branch|organisation], "
        "[Harbour Foundation|organisation]).")
    doc.metadata["reports"] = "return-and-skills"
    facts = set(_entries(doc, registry))
    assert {("coastal-migration-office", "organises", "return-and-skills"),
            ("harbour-foundation", "organises", "return-and-skills")} <= facts
    assert {("ana-ruiz", "speaksAt", "return-and-skills"), ("jan-novak", "speaksAt", "return-and-skills")} <= facts
    assert not any(r == "speaksAt" and o == "lorvik-conference" for _, r, o in facts)
    assert {("ana-ruiz", "represents", "director-of-delta-institute"), ("jan-novak", "represents", "statistics-branch"),
            ("jan-novak", "represents", "harbour-foundation")} <= facts


def test_bodies_that_fund_or_support_one_undertaking_together_are_partners():
    found = _read("The second phase of the [Return Skills Programme|programme] is jointly financed by the "
                  "[Harbour Foundation|organisation] and [Valoria|country]. The [Return Skills Programme|programme] continues to be "
                  "supported by "
                  "the [Delta Institute|organisation], the [Coastal Migration Office|organisation] and [Montaria|country].")
    assert {"partnership co-financing harbour-foundation valoria",
            "partnership collaboration delta-institute coastal-migration-office montaria"} <= _partnerships(found), found


def test_bodies_and_countries_an_event_was_attended_by_are_no_partnership():
    # measured: partners of one another, they gave 190 right pairs and 41 not curated on sets 262 to 405, and none right
    # and 10 not curated on the next 48 texts, blind (docs/benchmarks.md)
    result = _read_result("The [Summit on Labour Migration|event] was attended by delegates from [Valoria|country], "
                          "[Montaria|country] and the [Coastal Cities Network|organisation].")
    assert not result.partnerships
    assert {p.subject for p in result.statements if p.relation == "participatesIn"} == {
        "valoria", "montaria", "coastal-cities-network"}


def test_a_list_of_bodies_goes_on_over_the_ngo_before_a_name():
    found = _read("The [Harbour Workshop|event] was jointly organized by the [Delta Institute|organisation], the NGO "
                  "[Coastal Aid|organisation] and the [Port Office|organisation].")
    assert _subjects(found, "organises harbour-workshop") == {
        "delta-institute", "coastal-aid", "port-office"}, found


def test_a_body_named_for_its_city_is_based_there_inferred_but_not_one_named_for_a_region():
    facts = _facts("The Mombasa Judicial Institute, the University of Mombasa and the Africa Development Fund met.",
                   ("lji", "organisation", "Mombasa Judicial Institute"), ("uol", "organisation", "University of Mombasa"),
                   ("adf", "organisation", "Africa Development Fund"), ("mombasa", "place", "Mombasa"),
                   ("africa", "place", "Africa"))
    assert _linked(facts, "basedIn") == {("lji", "mombasa"), ("uol", "mombasa")}, facts
    assert facts[("lji", "basedIn", "mombasa")]["status"] == "inferred"


def test_the_meeting_of_a_body_is_organised_by_it_named_after_or_within_the_events_name_inferred():
    facts = _facts("The 331st governing board meeting of the HLO closed. The quarterly meeting of the Delta Working Group "
                   "opened.",
                   ("hlo-331", "event", "331st governing board meeting of the HLO"), ("hlo", "organisation", "Harbour Labour Office", ("HLO",)),
                   ("quarterly", "event", "quarterly meeting"), ("dwg", "organisation", "Delta Working Group"))
    assert _linked(facts, "organises") == {("hlo", "hlo-331"), ("dwg", "quarterly")}, facts
    assert facts[("hlo", "organises", "hlo-331")]["status"] == "inferred"


def test_a_session_or_dinner_the_report_names_is_part_of_the_reported_event_but_not_a_numbered_session_inferred():
    facts = _reported("The [Coastal Dialogue|event] opened in Lorvik. In the [opening session|event] the minister spoke. "
                      "They met on the sidelines of the [36th Ordinary Session of the Delta Summit|event].", "coastal-dialogue")
    assert ("opening-session", "partOf", "coastal-dialogue") in facts, facts
    assert facts[("opening-session", "partOf", "coastal-dialogue")]["status"] == "inferred"
    assert ("36th-ordinary", "partOf", "coastal-dialogue") not in facts and not any(
        s.startswith("36th") and o == "coastal-dialogue" for s, r, o in facts if r == "partOf"), facts


def test_the_authors_a_byline_names_are_no_participants_of_the_reported_event():
    facts = _reported("The [Coastal Dialogue|event] closed.\nWritten by [Ana Ruiz|person], [Jan Novak|person]\n"
                      "[Omar Diop|person] opened the dialogue.", "coastal-dialogue")
    assert {s for s, r, o in facts if o == "coastal-dialogue" and r in ("participatesIn", "speaksAt")} == {"omar-diop"}, facts


def test_a_visit_to_a_country_named_in_or_right_after_the_event_was_held_there_inferred():
    facts = _marked("The ministers ended the [two-day official visit|event] to [Valoria|country] today. The delegation "
                    "completed a [three-day study visit to Montaria|event]. [Montaria|country] grew.")
    assert _linked(facts, "heldIn") == {("two-day-official-visit", "valoria"), ("three-day-study-visit-to-montaria", "montaria")}, facts
    assert facts[("two-day-official-visit", "heldIn", "valoria")]["status"] == "inferred"


def test_a_body_in_its_city_stays_in_the_list_of_bodies_but_a_city_and_its_country_end_it():
    found = _read("The [Harbour Forum|event] was organized in partnership with the [Valorian Embassy|organisation] in "
                  "[Lorvik|place], the [Delta Institute|organisation] and [KEB Bank|organisation]. The [Coast Meeting|event] "
                  "was organized by the [Port Office|organisation] and the [Sea Council|organisation] in [Madrid|place], "
                  "[Spain|country].")
    assert _subjects(found, "organises harbour-forum") == {
        "valorian-embassy", "delta-institute", "keb-bank"}, found
    assert _subjects(found, "organises coast-meeting") == {"port-office", "sea-council"}, found


def test_a_country_that_only_says_where_signs_no_agreement_and_hosts_no_project_of_the_sentence():
    found = _read("The [Coastal Accord|agreement] was signed by [Ana Ruiz|person], Ambassador of [Valoria|country] to "
                  "[Montaria|country], at the headquarters in [Lorvik|place], [Norland|country]. [Estova|country] and "
                  "[Delta|country] adopted the [Harbour Accord|agreement]. The [Return Project|project] opened its second "
                  "phase in [Lorvik|place], [Norland|country].")
    assert {s.split()[0] for s in found if " signs " in s and s.split()[0] in ("valoria", "montaria", "norland", "estova",
                                                                              "delta")} == {"estova", "delta"}, found
    assert "return-project operatesIn norland" not in found, found


def test_bodies_that_sign_one_agreement_in_one_quote_are_partners_but_their_signatories_are_not():
    found = _read("The [Seat Agreement|agreement] between the [Delta Institute|organisation] and the "
                  "[Government of Valoria|organisation] was signed. A [Memorandum of Understanding|agreement] was signed by "
                  "[Ana Ruiz|person], Director of the [Harbour Foundation|organisation], and [Jan Novak|person].")
    assert _partnerships(found) == {"partnership collaboration delta-institute government-of-valoria"}, found


def test_co_operation_with_a_hyphen_is_read_as_cooperation():
    found = _read("The [Regional Dialogue on Return|event] was organized in co-operation with the "
                  "[Coastal Cities Network|organisation]. The [Delta Institute|organisation], in close co-operation "
                  "with the [Harbour Foundation|organisation], organized the [Forum on Diaspora Skills|event].")
    assert "coastal-cities-network organises regional-dialogue-on-return" in found, found
    assert "partnership co-organisation delta-institute harbour-foundation" in found, found


def test_the_subjects_of_their_partnership_are_partners_but_not_bodies_named_later_in_the_sentence():
    result = _read_result("The [Delta Institute|organisation] and the [Harbour Foundation|organisation] are strengthening "
                          "their cooperation. Ministers thanked [Valoria|country] for its support to the [Coastal Union|organisation] "
                          "and their partnership.")
    assert [(p.partners, p.quote) for p in result.partnerships] == [
        (["delta-institute", "harbour-foundation"], "Delta Institute and the Harbour Foundation are strengthening their cooperation")]


@pytest.mark.parametrize("headline, kind", [("[Delta Institute|organisation], [Harbour Foundation|organisation] train "
                                              "coastal officials on return", "collaboration"),
                                             ("[Delta Institute|organisation] and [Valoria|country] Co-host Forum on "
                                              "Return", "co-organisation")])
def test_actors_that_open_a_headline_before_its_verb_are_partners(headline, kind):
    result = _read_result(headline + "\nThe training opened on Monday.")
    assert [(p.kind, len(p.partners)) for p in result.partnerships] == [(kind, 2)], result.partnerships


@pytest.mark.parametrize("text", ["[Lorvik|place], [Valoria|country] – The [Delta Institute|organisation] and the "
                                  "[Harbour Foundation|organisation] met.",
                                  "The meeting opened. [Delta Institute|organisation], [Harbour Foundation|organisation] "
                                  "train officials."])
def test_a_dateline_or_a_later_sentence_is_no_headline_of_partners(text):
    assert _read_result(text).partnerships == []


def test_bodies_that_implement_something_unnamed_together_are_partners():
    found = _read("The training of journalists is jointly funded by the [Coastal Union|organisation] and [Valoria|country] "
                  "and implemented by the [Delta Institute|organisation] and the [Harbour Foundation|organisation].")
    assert _partnerships(found) == {"partnership co-financing coastal-union valoria",
                                    "partnership collaboration delta-institute harbour-foundation"}, found


def test_member_states_listed_after_a_dash_take_part_in_the_process_named_before():
    found = _read("The [Coastal Dialogue Process|process] has three member states. The next meeting will bring together "
                  "ministers from the member states— [Valoria|country], [Montaria|country] and [Lorvania|country].")
    assert {f for f in found if " participatesIn " in f} == {
        f"{c} participatesIn coastal-dialogue-process" for c in ("valoria", "montaria", "lorvania")}, found


def test_an_organiser_of_an_event_named_after_its_length():
    found = _read("The [Harbour Foundation|organisation] organised an interactive two-day [workshop on Return|event] in May.")
    assert "harbour-foundation organises workshop-on-return" in found, found


def test_the_signatories_of_an_agreement_named_before_it_are_partners():
    found = _read("[Valoria|country] and [Montaria|country] have signed a Memorandum of Understanding (MoU) on return. "
                  "The [Delta Institute|organisation] signed an agreement on Friday.")
    assert {f for f in found if f.startswith("partnership")} == {"partnership collaboration valoria montaria"}, found


def test_a_panel_that_includes_representatives_and_speakers_listed_after_an_aside():
    doc, registry = example_document(
        "The [Coastal Panel|event] opened today. The panel, which will also include senior representatives of "
        "[Delta Institute|organisation] and [Harbour Foundation|organisation], will exchange views. Other keynote "
        "speakers at the event, which will be chaired by [Tomas Berg|person], will include [Ana Ruiz|person] and "
        "[Ian Holm|person].")
    facts = set(_entries(doc, registry))
    assert {("delta-institute", "participatesIn", "coastal-panel"), ("harbour-foundation", "participatesIn", "coastal-panel"),
            ("ana-ruiz", "speaksAt", "coastal-panel"), ("ian-holm", "speaksAt", "coastal-panel")} <= facts, facts


def test_the_funder_and_the_body_that_runs_an_undertaking_are_partners_in_its_funding():
    found = _read("The [Return Skills Programme|programme] is financed by the [Harbour Foundation|organisation] and "
                  "implemented by the [Delta Institute|organisation].")
    assert "partnership funding harbour-foundation delta-institute" in found, found


def test_the_project_named_again_by_its_kind_is_the_project_named_before():
    found = _read("The [Return Skills Project|project] began in May. The project is funded by [Valoria|country]. "
                  "The project works on [remittances|topic]. The [Coastal Accord|agreement] was signed later.")
    assert {"valoria funds return-skills-project", "return-skills-project addresses remittances"} <= found, found


def test_a_body_which_brings_together_a_list_has_them_as_members_not_partners():
    found = _read("The [Coastal Union|organisation], whose Secretariat is in Lorvik, is the inter-governmental "
                  "organization which brings together [Valoria|country], [Norland|country] and [Ghana|country].")
    assert {"valoria memberOf coastal-union", "norland memberOf coastal-union", "ghana memberOf coastal-union"} <= found
    assert not any(f.startswith("partnership") for f in found), found


def test_a_body_named_with_another_bodys_name_is_its_unit_and_a_group_of_its_members_not_the_uns():
    facts = _facts("CMO Member States, CMO and Delta Bank experts and United Nations agencies agreed. The CMO Lorvik office, "
                   "the Population Unit, Delta Bank and the United Nations Return Fund met. Ms. Ana Ruiz, Chief, Skills "
                   "Section, Delta Bank, spoke; the Ministry of Labour and Skills, CMO, Delta Bank and the Harbour Council "
                   "followed. It thanked the CMO Secretariat, Delta Bank.",
                   ("cmo", "organisation", "Coastal Migration Office", ("CMO",)),
                   ("cmo-lorvik", "organisation", "CMO Lorvik office"), ("unit", "organisation", "Population Unit"),
                   ("bank", "organisation", "Delta Bank"), ("un", "organisation", "United Nations"),
                   ("fund", "organisation", "United Nations Return Fund"), ("ana-ruiz", "person", "Ana Ruiz"),
                   ("section", "organisation", "Skills Section"), ("labour", "organisation", "Ministry of Labour and Skills"),
                   ("harbour", "organisation", "Harbour Council"), ("secretariat", "organisation", "CMO Secretariat"),
                   ("states", "collective", "CMO Member States"), ("experts", "collective", "CMO and Delta Bank experts"),
                   ("agencies", "collective", "United Nations agencies"))
    units = _linked(facts, "subOrganisationOf")
    # the office and the secretariat by CMO's acronym (one owner: not the bank after the secretariat); the section
    # before its bank; not the unit or the ministry in a list of peers, not the fund by the United Nations' name
    assert units == {("cmo-lorvik", "cmo"), ("secretariat", "cmo"), ("section", "bank")}, units
    # a group named with a body is of its members; not one named with two bodies, nor the UN's agencies
    assert _linked(facts, "memberOf") == {("states", "cmo")}
    entry = facts[("section", "subOrganisationOf", "bank")]
    assert entry["status"] == "inferred" and entry["quote"] == "Skills Section, Delta Bank"
    assert _linked(facts, "represents") == {("ana-ruiz", "section"), ("ana-ruiz", "bank")}


def test_a_person_and_a_body_with_more_than_a_title_between_are_not_affiliated():
    found = _read("[Ana Ruiz|person], Director, said the [Delta Institute|organisation] would help. [Tomas Berg|person] "
                  "and Mr. [Jan Novak|person], Officer of the [Coastal Union|organisation], spoke. The [Harbour "
                  "Council|organisation] President, who met [Lena Okafor|person], left.")
    assert not any(" represents " in f and f.split()[0] in ("ana-ruiz", "tomas-berg", "lena-okafor") for f in found), found
    assert "jan-novak represents coastal-union" in found


def test_a_body_named_with_its_place_or_in_it_is_based_there_inferred():
    facts = _facts("CMO Lorvik and the Delta University in Valoria met the Harbour Bank Lorvik and the CMO offices in Lorvik "
                   "and Norby.",
                   ("cmo", "organisation", "Coastal Migration Office", ("CMO",)), ("cmo-lorvik", "organisation", "CMO Lorvik"),
                   ("university", "organisation", "Delta University"), ("bank", "organisation", "Harbour Bank Lorvik"),
                   ("offices", "organisation", "CMO offices in Lorvik and Norby"), ("lorvik", "place", "Lorvik"),
                   ("norby", "place", "Norby"), ("valoria", "country", "Valoria"))
    based = _linked(facts, "basedIn")
    # not the bank: a name that ends with a place, with no agency's acronym or office's word before it
    assert based == {("cmo-lorvik", "lorvik"), ("university", "valoria")}, based
    entry = facts[("university", "basedIn", "valoria")]
    assert entry["status"] == "inferred" and entry["quote"] == "Delta University in Valoria"


def test_the_documents_event_named_by_its_kind_with_a_capital_is_the_object():
    facts = _reported("The [Coastal Forum|event] opened. The Forum, organized by the [Delta Institute|organisation] in "
                      "partnership with the [Harbour Foundation|organisation], examined four areas.", "coastal-forum")
    assert _linked(facts, "organises") == {("delta-institute", "coastal-forum"), ("harbour-foundation", "coastal-forum")}


def test_who_was_present_or_sent_representatives_took_part_in_the_reported_event():
    facts = _reported("The [Coastal Dialogue|event] opened in May. Present at the two-day meeting were representatives from "
                      "the [Delta Institute|organisation]. Representatives from several countries, including "
                      "[Norland|country], spoke. [Valoria|country] grew.", "coastal-dialogue")
    assert {s for s, o in _linked(facts, "participatesIn")} == {"delta-institute", "norland"}


def test_an_undertaking_named_for_a_topic_addresses_it_inferred_not_a_body_or_a_policy():
    facts = _facts("The Workshop on Labour Mobility met. The Labour Mobility Office and the Labour Mobility Policy of Valoria "
                   "followed; remittances grew. The Global Remittances Summit closed.",
                   ("workshop", "event", "Workshop on Labour Mobility"), ("office", "organisation", "Labour Mobility Office"),
                   ("policy", "policy", "Labour Mobility Policy of Valoria"), ("summit", "event", "Global Remittances Summit"),
                   ("labour-mobility", "topic", "labour mobility"), ("remittances", "topic", "remittances"))
    assert _linked(facts, "addresses") == {("workshop", "labour-mobility"), ("summit", "remittances")}
    assert facts[("workshop", "addresses", "labour-mobility")]["status"] == "inferred"


def test_a_partnership_named_as_one_and_a_meeting_of_the_global_forum_do_not_address_the_topic_their_name_holds():
    # measured: "partnerships" from such names 4 right and 12 not curated; the Global Forum's meetings and migration and
    # development 8 and 9 (docs/benchmarks.md)
    facts = _facts("The Coastal Mobility Partnership for Migration was signed. The Ninth Global Forum on Migration and "
                   "Development met. The Partnerships in Migration Dialogue closed.",
                   ("cmp", "agreement", "Coastal Mobility Partnership for Migration"),
                   ("gfmd", "event", "Ninth Global Forum on Migration and Development"),
                   ("dialogue", "event", "Partnerships in Migration Dialogue"),
                   ("partnerships", "topic", "partnerships"), ("m-and-d", "topic", "migration and development"))
    assert _linked(facts, "addresses") == {("dialogue", "partnerships")}, facts


def test_a_list_of_people_each_with_a_title_and_an_honorific_is_one_list():
    facts = _marked(
        "The [Joint Migration Project|project] was launched by Her Excellency Amb. [Lena Ortiz|person], the Commissioner "
        "for Health, Humanitarian Affairs and Social Development, Dr. [Omar Sahin|person], Deputy Executive Secretary of "
        "[Coastal Commission|organisation] and Amb. [Jan Novak|person], the Permanent Representative.")
    assert _linked(facts, "initiates") == {(p, "joint-migration-project") for p in ("lena-ortiz", "omar-sahin", "jan-novak")}
    assert ("coastal-commission", "initiates", "joint-migration-project") not in facts


def test_with_financial_support_opening_a_sentence_its_funders_fund_what_the_clause_names():
    facts = _marked(
        "With financial support from the [Coastal Commission|organisation], the government of [Valoria|country] and the "
        "[Delta Bank|organisation], the [Harbour Fund|organisation] will establish the [Remittance Facility|programme]. "
        "Ambassador [Lena Ortiz|person], Director of the [Port Valo Forum|forum] that will be held in [Montaria|country], "
        "spoke.")
    assert _linked(facts, "funds") == {(f, "remittance-facility") for f in ("coastal-commission", "valoria", "delta-bank")}
    assert ("lena-ortiz", "represents", "montaria") not in facts


def test_a_pages_undertaking_operates_in_its_listed_partner_countries_inferred():
    facts = _marked(
        "[Coastal Return Programme|programme]\nCommissioned by: [Harbour Fund|organisation]\nCountries: global programme; "
        "currently 3 active partner countries: [Valoria|country], [Montaria|country] and [Norland|country]\n"
        "The programme helps returnees.")
    assert _linked(facts, "operatesIn") == {("coastal-return-programme", c) for c in ("valoria", "montaria", "norland")}
    assert facts[("coastal-return-programme", "operatesIn", "valoria")]["status"] == "inferred"


def test_co_chairs_ordinals_headquarters_and_a_datelines_colon():
    facts = _marked("[Valoria|country] and [Montaria|country] co-chaired the first [Coastal Consultation Mechanism|process] "
                    "in May. The [Port Valo|place]-headquartered [Delta Bank|organisation] agreed.")
    assert _linked(facts, "leads") == {("valoria", "coastal-consultation-mechanism"),
                                       ("montaria", "coastal-consultation-mechanism")}
    assert ("delta-bank", "basedIn", "port-valo") in facts
    facts = _reported("[Coastal Conference|event]\n[Port Valo|place], Valoria: On 24th September 2021, the "
                      "[Harbour Fund|organisation] took part in the conference.", "coastal-conference")
    assert ("coastal-conference", "heldIn", "port-valo") in facts


def test_a_pages_fields_say_who_leads_funds_or_takes_part_in_its_undertaking_inferred():
    facts = _marked(
        "[Coastal Return Programme|programme]\nCommissioned by: [Harbour Fund|organisation]\nLead executing agency: "
        "[Delta Agency|organisation]\nPartners: [Port Valo University|organisation], [Norland|country]\nThe programme helps "
        "returnees.")
    assert _linked(facts, "funds") == {("harbour-fund", "coastal-return-programme")}
    assert _linked(facts, "leads") == {("delta-agency", "coastal-return-programme")}
    assert ("port-valo-university", "participatesIn", "coastal-return-programme") in facts
    assert facts[("delta-agency", "leads", "coastal-return-programme")]["status"] == "inferred"


def test_held_on_a_date_written_month_first_in_the_city_of_and_a_citys_country_is_where_not_who():
    found = _read("The [Third Meeting on Return|event] met on November 24-25, 2014, in the city of [Port Valo|place], "
                  "[Valoria|country]. The [Conference on Return|event] was held on Monday, 24 November, in [Lorvik|place].")
    assert {"third-meeting-on-return heldIn port-valo", "third-meeting-on-return heldIn valoria",
            "conference-on-return heldIn lorvik"} <= found, found
    found = _read("The [Harbour Foundation|organisation] is based in [Lorvik|place], [Montaria|country].")
    assert "harbour-foundation basedIn montaria" in found, found
    reported = _reported("Officials gathered for the [Forum on Return|event], held on 3 May in [Lorvik|place], "
                         "[Montaria|country].", "forum-on-return")
    assert ("forum-on-return", "heldIn", "montaria") in reported
    assert ("montaria", "participatesIn", "forum-on-return") not in reported, sorted(reported)


def test_a_body_opening_a_persons_post_in_apposition_and_a_posts_place():
    found = _read("The meeting was opened by [Ana Ruiz|person], [HBF|organisation] chief of staff. Also speaking was "
                  "[Lena Okafor|person], an [CMO|organisation] Goodwill Envoy in the region. [CMO|organisation] Head of "
                  "Office in [Port Valo|place] [Tomas Berg|person] noted the plan. It is vital, said [Ian Holm|person], "
                  "[HBF|organisation]’s Deputy Executive Secretary.")
    assert {"ana-ruiz represents hbf", "lena-okafor represents cmo", "tomas-berg represents cmo",
            "ian-holm represents hbf"} <= found, found
    assert not any(f.startswith("tomas-berg") and "port-valo" in f for f in found), found


def test_in_a_web_pages_text_a_line_without_a_full_stop_ends_its_sentence():
    long_line = ("As part of the [Coastal Process|process], member countries reviewed their return policies, their "
                 "labour migration agreements, the recognition of skills and qualifications of returning workers, and "
                 "the services that consulates offer to nationals abroad, with a view to a regional plan of action that "
                 "the next ministerial meeting is expected to adopt")
    found = _read(f"Reports produced in 2021: [Valoria|country], [Montaria|country] and [Lorvania|country]\n{long_line}\n"
                  "The [Coastal Process|process] has member countries, among them [Sella|country].")
    assert "sella participatesIn coastal-process" in found, found
    assert not any(f.startswith(("valoria ", "montaria ", "lorvania ")) for f in found), found


def test_an_event_named_at_a_sentences_start_is_its_subject_and_a_list_before_a_verb_has_one_and():
    found = _read("The [Workshop on Labour Mobility|event] was held in May. The [Forum on Return|event] took place at "
                  "the [Palais Valo|place].")
    assert "forum-on-return heldIn palais-valo" in found and "workshop-on-labour-mobility heldIn palais-valo" not in found
    found = _read("To help [returnees|collective] and [host communities|collective], the [Delta Institute|organisation] "
                  "and the [Harbour Foundation|organisation] launched the [Return Skills Programme|programme].")
    assert {"delta-institute initiates return-skills-programme", "harbour-foundation initiates return-skills-programme"} \
        <= found and "returnees initiates return-skills-programme" not in found, found


def test_a_name_whose_first_word_stands_before_anothers_shared_rest_is_named():
    doc, _ = example_document("The forum works with member states, international and non-governmental organizations "
                              "and the private sector.")
    registry = Registry({e: Entity(e, "collective", label) for e, label in (
        ("member-states", "member states"), ("igos", "international organizations"),
        ("ngos", "non-governmental organizations"), ("private-sector", "private sector"))})
    [partnership] = proposals_for(doc, registry, ONTOLOGY).partnerships
    assert partnership.partners == ["member-states", "igos", "ngos", "private-sector"], partnership


def test_participants_take_part_in_the_event_not_the_agreement_its_title_names():
    found = _read("The first [Coastal Thematic Meeting|event] on “Migration in the [Port Valo Agenda|agreement]” was held "
                  "in [Lorvik|place], bringing together around 150 officials from [Valoria|country] and [Montaria|country].")
    assert {"valoria participatesIn coastal-thematic-meeting", "montaria participatesIn coastal-thematic-meeting"} <= found
    assert not any("participatesIn port-valo-agenda" in f for f in found), found


def test_the_report_of_a_launch_or_a_signing_who_launched_organised_it_who_signed_took_part():
    launch = _reported("The [Harbour Foundation|organisation] and [Valoria|country] launched the [Return Skills "
                       "Programme|programme] at the [Launch of the Return Skills Programme|event].",
                       "launch-of-the-return-skills-programme")
    assert {("harbour-foundation", "organises", "launch-of-the-return-skills-programme"),
            ("valoria", "organises", "launch-of-the-return-skills-programme")} <= set(launch), sorted(launch)
    signing = _reported("On 3 May the [Coastal Migration Office|organisation] and the [Delta Institute|organisation] signed "
                        "the [Coastal Mobility Accord|agreement] at the [Accord Signing Ceremony|event].",
                        "accord-signing-ceremony")
    assert ("delta-institute", "participatesIn", "accord-signing-ceremony") in signing, sorted(signing)
    assert signing[("delta-institute", "participatesIn", "accord-signing-ceremony")]["status"] == "inferred"


def test_organised_a_two_day_regional_event_and_the_subject_before_an_auxiliary_is_a_partner():
    found = _read("The [Coastal Union|organisation] and [Delta Bank|organisation] have organize a two day regional "
                  "[Steering Committee Meeting|event]. The [Harbour Foundation|organisation] has been working with the "
                  "[Coastal Union|organisation] and [Valoria|country]. The [Return Workshop|event] was organized in close "
                  "cooperation with the [Delta Institute|organisation].")
    assert {"coastal-union organises steering-committee-meeting", "delta-bank organises steering-committee-meeting",
            "partnership collaboration harbour-foundation coastal-union valoria",
            "delta-institute organises return-workshop"} <= found, found


def test_people_listed_before_from_a_body_each_represent_it():
    found = _read("Join [Simon Lane|person] and [Sona Varga|person], from the [Coastal Commission|organisation], for a talk.")
    assert {"simon-lane represents coastal-commission", "sona-varga represents coastal-commission"} <= found, found


def test_a_minister_of_a_portfolio_represents_its_registered_ministry_inferred():
    facts = _marked("The Minister of Foreign Affairs and Regional Integration, [Shirley Botchwey|person], spoke. Mr. [Jan "
                    "Novak|person], Deputy Minister for Labour, replied. The [Ministry of Foreign Affairs and Regional "
                    "Integration|organisation] and the [Ministry for Labour|organisation] met.")
    assert _linked(facts, "represents") == {("shirley-botchwey", "ministry-of-foreign-affairs-and-regional-integration"),
                                            ("jan-novak", "ministry-for-labour")}, facts
    assert facts[("jan-novak", "represents", "ministry-for-labour")]["status"] == "inferred"


def test_an_event_named_with_a_process_or_forums_whole_name_is_part_of_the_longest_inferred():
    doc, _ = example_document("The 10th Anniversary of the Coastal Process opened. The first Coastal Process Consultation "
                              "Mechanism met.")
    registry = Registry({
        "cp": Entity("cp", "process", "Coastal Process"),
        "cpcm": Entity("cpcm", "process", "Coastal Process Consultation Mechanism"),
        "anniversary": Entity("anniversary", "event", "10th Anniversary of the Coastal Process"),
        "first-cpcm": Entity("first-cpcm", "event", "first Coastal Process Consultation Mechanism"),
    })
    parts = {(p.subject, p.object): p.entry() for p in proposals_for(doc, registry, ONTOLOGY).statements
             if p.relation == "partOf"}
    assert set(parts) == {("anniversary", "cp"), ("first-cpcm", "cpcm")}, parts
    assert all(e["status"] == "inferred" for e in parts.values())


def test_a_publication_or_policy_named_with_a_body_before_it_is_the_bodys_inferred():
    facts = _marked("It builds on the [Coastal Commission|organisation]’s [New Pact on Return|policy] and the [Open Working "
                    "Group|organisation] (OWG) [report on return|publication].")
    assert _linked(facts, "provides") == {("coastal-commission", "new-pact-on-return"),
                                          ("open-working-group", "report-on-return")}, facts
    assert facts[("coastal-commission", "provides", "new-pact-on-return")]["status"] == "inferred"


def test_the_reports_event_named_by_its_kind_after_holding_is_the_object_inferred():
    reported = _reported("The [Harbour Foundation|organisation], with support from the [Coastal Union|organisation], is "
                         "holding a regional workshop on return in [Lorvik|place]. The [Workshop on Return|event] closed.",
                         "workshop-on-return")
    assert reported[("harbour-foundation", "organises", "workshop-on-return")]["status"] == "inferred", sorted(reported)
    assert ("coastal-union", "organises", "workshop-on-return") not in reported


def test_a_person_after_a_title_and_the_bodies_it_names_represents_each_but_not_after_a_person():
    found = _read("The meeting included: The President of the [Harbour Foundation|organisation] (HF), [Ana Ruiz|person]; "
                  "the Director of the [Return Unit|organisation], [Coastal Agency|organisation], Ms [Lena Okafor|person]. "
                  "[Tomas Berg|person], the Head of [Valorian Bank|organisation], [Ian Holm|person], spoke.")
    assert {"ana-ruiz represents harbour-foundation", "lena-okafor represents return-unit",
            "lena-okafor represents coastal-agency", "tomas-berg represents valorian-bank"} <= found, found
    assert "ian-holm represents valorian-bank" not in found, found


def test_the_names_of_a_passives_object_and_its_cue_do_not_count_in_the_clauses_length():
    found = _read("The [eighth roundtable on return|event] organized by the [Harbour Development Institute|organisation], "
                  "the [International Coastal Labour Organization|organisation], and the [Organisation for Coastal "
                  "Co-operation and Development|organisation] will be hosted by the [Valorian Service|organisation].")
    assert "valorian-service hosts eighth-roundtable-on-return" in found, found


def test_a_sentence_opening_with_organised_by_names_its_object_after_the_list_or_is_about_the_reported_event():
    found = _read("Organized by the [Harbour Foundation|organisation] in collaboration with [CMO|organisation], the "
                  "[Workshop on Return|event] opened today.")
    assert {"harbour-foundation organises workshop-on-return", "cmo organises workshop-on-return"} <= found, found
    reported = _reported("Experts met at the [Forum on Return|event] today. Organized by the [Harbour Foundation|"
                         "organisation] in collaboration with [CMO|organisation] (CMO). The meeting aims to explore "
                         "cooperation.", "forum-on-return")
    assert {("harbour-foundation", "organises", "forum-on-return"), ("cmo", "organises", "forum-on-return")} <= set(reported)


def test_in_conjunction_with_is_working_together():
    result = proposals_for(*example_document("The [Return Scheme|project] is managed by the [Harbour Foundation|organisation]"
                                             " in conjunction with the [Coastal Migration Office|organisation]."), ONTOLOGY)
    assert any({"harbour-foundation", "coastal-migration-office"} <= set(p.partners) for p in result.partnerships), \
        result.partnerships


def test_an_event_named_with_a_city_was_held_there_inferred_not_a_process_named_with_it():
    facts = _marked("Delegates met at the [Geneva Return Conference|event]. The [Rabat Process|process] held the "
                    "[Rabat Process Officials Meeting|event]. [Geneva|place] and [Rabat|place] are cities.")
    held = facts[("geneva-return-conference", "heldIn", "geneva")]
    assert held["status"] == "inferred" and "Geneva Return Conference" in held["quote"], held
    assert ("rabat-process-officials-meeting", "heldIn", "rabat") not in facts, sorted(facts)


def test_people_listed_after_from_a_body_opening_the_sentence_each_represent_it():
    found = _read("The seminar met. From the [Harbour Institute|organisation], Deputy Director [Ana Ruiz|person], Research "
                  "Fellow [Tomas Berg|person], and Research Assistant [Ian Holm|person] attended, with [Coastal Bank|"
                  "organisation].")
    assert {"ana-ruiz represents harbour-institute", "tomas-berg represents harbour-institute",
            "ian-holm represents harbour-institute"} <= found, found


def test_a_title_broken_over_lines_after_its_colon_stays_in_the_sentence_of_its_passive():
    # a hard-wrapped text: a line ending in a colon ends a paragraph, but not a name
    doc, registry = example_document(
        "An international conference bringing together delegations from many\n"
        "countries opened yesterday in a coastal town to discuss common policies.\n"
        "The two-day conference \"[Migration and Dignity:\nEurope and Africa Together|event]\" is\n"
        "organized by [Harbour Union|organisation] and the [Coastal Foreign Ministry|organisation]. It brings\n"
        "together senior political representatives from the region and beyond.\n")
    colon = doc.text.index(":\n") + 1
    doc.paragraphs = [Paragraph(1, "text", 0, colon), Paragraph(2, "text", colon + 1, len(doc.text))]
    assert _linked(_entries(doc, registry), "organises") == {
        ("harbour-union", "migration-and-dignity-europe-and-africa-together"),
        ("coastal-foreign-ministry", "migration-and-dignity-europe-and-africa-together")}


def test_an_event_named_inside_the_reported_events_title_is_not_where_it_was_held():
    # "The Preparatory Meeting for the Conference “Its Title” was held in": the meeting was, not the conference
    meeting = "second-preparatory-meeting-for-the-fifth-valoria-conference"
    facts = _reported(
        "The [Second Preparatory Meeting for the Fifth Valoria Conference|event] “[Partners for Return|event]” "
        "was held in [Lorvik|place], [Valoria|country], on 10 - 11 December 2012. The Preparatory Meeting "
        "for the [Coastal Summit|event] was organized by the [Harbour Union|organisation].", meeting)
    assert _linked(facts, "heldIn") == {(meeting, "lorvik"), (meeting, "valoria")}
    assert _linked(facts, "organises") == {("harbour-union", meeting)}


def test_a_body_in_brackets_before_a_comma_is_not_the_next_persons():
    # "A (Body), Dr. B (Other Body)": each person's body is in their own brackets
    facts = _read("Speakers were Ms. [Ana Berg|person] ([Coastal Migration Office|organisation]), Dr. [Ivo Dal|person] "
                  "([Harbour Union|organisation]), Mr. [Tomas Lind|person] and others.")
    assert {f for f in facts if " represents " in f} == {
        "ana-berg represents coastal-migration-office", "ivo-dal represents harbour-union"}


def test_a_countrys_chair_and_the_organization_of_american_states_are_not_based_in_the_country():
    facts = _facts("The French Chair thanked the Organization of American States and the French Development Agency.",
                   ("france", "country", "France"), ("united-states", "country", "United States"),
                   ("chair", "organisation", "French Chair"), ("oas", "organisation", "Organization of American States"),
                   ("afd", "organisation", "French Development Agency"))
    assert _linked(facts, "basedIn") == {("afd", "france")}


def test_countries_listed_after_in_or_in_brackets_after_a_city_did_not_take_part_in_the_reported_event():
    facts = _reported("The [Coastal Forum|event] gathered the [Harbour Union|organisation] after its tour to [Lorvik|place] "
                      "([Belmark|country]), and diaspora associations in [Valoria|country], [Montaria|country] and "
                      "[Lorvania|country].", "coastal-forum")
    took_part = {s for s, o in _linked(facts, "participatesIn") if o == "coastal-forum"}
    assert "harbour-union" in took_part and not took_part & {"montaria", "lorvania", "belmark"}, took_part


def test_people_listed_before_of_a_body_each_represent_it():
    facts = _read("The study was presented by [Ana Berg|person] and [Ivo Dal|person] of the [Harbour Union|organisation].")
    assert {f for f in facts if " represents " in f} == {"ana-berg represents harbour-union",
                                                          "ivo-dal represents harbour-union"}


def test_a_body_jointly_with_another_organises_what_both_organised():
    facts = _read("The [Coastal Bank|organisation], jointly with the [Harbour Agency|organisation], organized the "
                  "[Second Conference on Return|event] on 8-9 September.")
    organisers = {f.split()[0] for f in facts if " organises " in f}
    assert organisers == {"coastal-bank", "harbour-agency"}


def test_a_bodys_acronym_in_brackets_or_a_persons_degree_does_not_part_a_person_from_their_post():
    # "Director of Body(ACRONYM), Mr. A" and "A (Dr), Director of Body"
    facts = _facts("The journalist cum Executive Director of Coastal Reporters(CR), Mr. Ivo Dal has observed that "
                   "the app works. H.E. Amb. Ana Berg (Dr), Director of the Harbour Observatory (HO), opened the day.",
                   ("cr", "organisation", "Coastal Reporters", ("CR",)), ("ivo", "person", "Mr. Ivo Dal"),
                   ("ho", "organisation", "Harbour Observatory", ("HO",)), ("ana", "person", "Ana Berg"))
    assert _linked(facts, "represents") == {("ivo", "cr"), ("ana", "ho")}
    units = _facts("The Ministry of Coasts (MOC) of the Valorian Government signed it.",
                   ("moc", "organisation", "Ministry of Coasts", ("MOC",)), ("vg", "organisation", "Valorian Government"))
    assert _linked(units, "subOrganisationOf") == {("moc", "vg")}


def test_the_ceremony_names_the_reported_event():
    facts = _reported("The [Harbour Union|organisation] held the [Boat Handover|event] in August. The ceremony was "
                      "held on 17 August at the [Coastal Hall|place], under the [Regional Return Programme|programme].",
                      "boat-handover")
    assert {("boat-handover", "coastal-hall")} == _linked(facts, "heldIn")
    assert {("boat-handover", "regional-return-programme")} == _linked(facts, "partOf")


def test_participants_of_the_workshop_not_of_the_project_its_participle_names():
    facts = _reported("The [Coastal Workshop|event] opened in May. The workshop organised under the aegis of the "
                      "[Harbour Mobility Project|project], gathered over 80 participants from the [Ministry of Coasts|organisation] "
                      "and [Valoria|country].", "coastal-workshop")
    took_part = _linked(facts, "participatesIn")
    assert {("ministry-of-coasts", "coastal-workshop"), ("valoria", "coastal-workshop")} <= took_part
    assert not {o for _, o in took_part} & {"harbour-mobility-project"}


def test_people_in_a_contact_block_or_a_photo_credit_did_not_take_part_in_the_reported_event():
    facts = _reported("The [Coastal Congress|event] opened in Lorvik. [Ana Berg|person] spoke on return. Ms. Berg at the "
                      "opening. Credit: Harbour Union/[Lena Okafor|person]\n\nContact & Information\n\n"
                      "Contact: [Ivo Dal|person] – Department Migration\n\n[Tomas Lind|person] – Department Finance, "
                      "Telephone 030-285\n", "coastal-congress")
    people = {s for s, r, o in facts if o == "coastal-congress" and r in ("participatesIn", "speaksAt")}
    assert people == {"ana-berg"}
    facts = _reported("The [Coastal Congress|event] opened in Lorvik. [Ana Berg|person] spoke on return.\n\nThe congress "
                      "closed with a statement on return.\n\nFor further information, please contact:\n\n[Sara Moll|person]"
                      "\n\nHarbour Office\n\nTel: 030-286\n", "coastal-congress")
    assert {s for s, r, o in facts if o == "coastal-congress"} == {"ana-berg"}, sorted(facts)


def test_a_line_listing_a_person_and_a_body_makes_the_person_represent_it():
    facts = _marked("Hashtag: #migration\n\n  • Prof. [Ana Berg|person], [Lorvik Institute for Migration|organisation] (LIM)\n"
                    "  • [Ivo Dal|person], Lawyer, Author\n"
                    "Contact: [Tomas Lind|person] – [Department Migration & Diversity|organisation]\n"
                    "[Lena Okafor|person], the [Harbour Union|organisation] and the [Coastal Bank|organisation] met.\n")
    assert _linked(facts, "represents") == {("ana-berg", "lorvik-institute-for-migration"),
                                            ("tomas-lind", "department-migration-diversity")}


def test_a_person_and_a_body_after_a_comma_inside_a_sentence_make_the_person_represent_it():
    facts = _marked("Comments came from [Ivo Sel|person], [Coastal Bank|organisation]; and from Ms [Ana Lund|person], "
                    "[LIM|organisation]. [Lena Okafor|person], the [Harbour Union|organisation] and [Valoria|country] met.")
    assert _linked(facts, "represents") == {("ivo-sel", "coastal-bank"), ("ana-lund", "lim")}, facts


def test_partners_named_before_the_host_co_organise_and_an_adverb_does_not_end_the_list():
    found = _read("In co-operation with the [Harbour Foundation|organisation], [Valoria|country] and other partners, the "
                  "[Delta Institute|organisation] recently hosted the [Coastal Dialogue|event] in Lorvik.")
    hosts = {f.split()[0] for f in found if f.endswith("hosts coastal-dialogue")}
    assert hosts == {"harbour-foundation", "valoria", "delta-institute"}, found


def test_a_body_named_with_its_owner_s_possessive_is_its_unit_and_the_owner_is_not_listed():
    found = _read("The [Coastal Dialogue|event] is organized by the [Harbour Union|organisation]'s "
                  "[Office for Return|organisation], the [Lorvik|place]-based [Delta Institute|organisation], "
                  "and the [Ministry of Coasts|organisation].")
    organisers = {f.split()[0] for f in found if f.endswith("organises coastal-dialogue")}
    assert organisers == {"office-for-return", "delta-institute", "ministry-of-coasts"}, found
    assert "office-for-return subOrganisationOf harbour-union" in found


def test_a_unit_before_its_body_after_a_bracketed_acronym_a_slash_or_in_is_its_unit():
    found = _read("The [Department of Return|organisation] (DoR), [Ministry of Coasts|organisation] (MoC) attended. "
                  "[Statistics Unit|organisation]/[HDA|organisation] spoke. The [Labour Committee|organisation] in the "
                  "[Valorian Parliament|organisation] met.")
    assert {"department-of-return subOrganisationOf ministry-of-coasts", "statistics-unit subOrganisationOf hda",
            "labour-committee subOrganisationOf valorian-parliament"} <= set(found), found


def test_an_initiative_or_product_named_after_a_process_or_project_is_part_of_it_inferred():
    facts = _facts("The Lorvik Process Knowledge Base went online. HRP Lead starts after the HRP Priority Closing Event.",
                   ("lorvik-process", "process", "Lorvik Process"), ("hrp-lead", "project", "HRP Lead"),
                   ("knowledge-base", "product", "Lorvik Process Knowledge Base"), ("hrp-priority", "project", "HRP Priority"),
                   ("hrp", "programme", "Harbour Return Programme", ("HRP",)),
                   ("closing", "event", "HRP Priority Closing Event"))
    parts = _linked(facts, "partOf")
    assert parts == {("knowledge-base", "lorvik-process"), ("hrp-lead", "hrp"), ("closing", "hrp-priority")}, parts


def test_a_news_item_s_background_names_no_topic_of_its_event():
    filler = "The harbour town has two schools, a market and a ferry to the islands. " * 6
    facts = _reported(f"The [Coastal Dialogue|event] opened in May. {filler}Speakers discussed [remittances|topic]. "
                      "[Return migration|topic] has grown in the valley. Envoy [Ana Ruiz|person] has visited the valley "
                      "twice. Mr. [Ivo Dal|person] opened the dialogue.", "coastal-dialogue")
    assert {o for s, r, o in facts if (s, r) == ("coastal-dialogue", "addresses")} == {"remittances"}
    # its people took part all the same (measured: a news item's people are its event's more often than not)
    assert {s for s, r, o in facts if o == "coastal-dialogue" and r in ("participatesIn", "speaksAt")} == {"ana-ruiz", "ivo-dal"}


def test_a_body_after_its_country_s_adjective_is_based_there_inferred():
    facts = _marked("The seminar was organised with the Australian [Ministry of Labour|organisation] and "
                    "[Australia|country]’s [Fair Work Office|organisation].")
    assert _linked(facts, "basedIn") == {("ministry-of-labour", "australia"), ("fair-work-office", "australia")}


def test_a_programme_named_with_a_body_before_it_is_led_by_the_body_inferred_and_a_project_word_before_an_object():
    facts = _marked("[UNODC|organisation] trained officers with the [USAID|organisation] [Safe Migration Programme|programme]. "
                    "The [Delta Institute|organisation] has been implementing the regional project “[Coastal Skills|project]” "
                    "since June.")
    assert _linked(facts, "leads") == {("usaid", "safe-migration-programme"), ("delta-institute", "coastal-skills")}
    assert facts[("usaid", "leads", "safe-migration-programme")]["status"] == "inferred"


def test_a_passive_s_object_listed_from_the_sentence_start_takes_each_object():
    facts = _marked("The [Working Group on Return|forum] and the [Task Force on Planning|forum], Co-Chaired by "
                    "[Valoria|country] and [Montaria|country], met in May. Its members met the [Lorvik Council|organisation] "
                    "and the [Coastal Workshop|event] was organised by the [Delta Institute|organisation].")
    assert _linked(facts, "leads") == {(c, f) for c in ("valoria", "montaria")
                                       for f in ("working-group-on-return", "task-force-on-planning")}
    assert _linked(facts, "organises") == {("delta-institute", "coastal-workshop")}


def test_a_city_the_text_names_with_its_country_elsewhere_places_the_event_in_the_country_inferred():
    facts = _marked("The [Contact Points Meeting|event] took place in [Lorvik|place] on Monday. Hosted by the ministry, "
                    "the meeting in [Lorvik|place], [Valoria|country], gathered twenty officials.")
    assert ("contact-points-meeting", "valoria") in _linked(facts, "heldIn")
    assert facts[("contact-points-meeting", "heldIn", "valoria")]["status"] == "inferred"


def test_a_whole_s_member_countries_after_a_dash_take_part_in_it():
    facts = _marked("The conference gathered experts of the 8 [CNET|network] member countries – [Valoria|country], "
                    "[Montaria|country] and [Lorvania|country].")
    assert _linked(facts, "participatesIn") == {(c, "cnet") for c in ("valoria", "montaria", "lorvania")}


def test_a_programme_named_after_bodies_joined_by_slashes_before_it_is_theirs_inferred():
    facts = _facts("The HU/DI/MC Coastal Labour Programme opened in May.", ("hu", "organisation", "Harbour Union", ("HU",)),
                   ("di", "organisation", "Delta Institute", ("DI",)), ("mc", "organisation", "Ministry of Coasts", ("MC",)),
                   ("clp", "programme", "Coastal Labour Programme"))
    assert _linked(facts, "leads") == {(b, "clp") for b in ("hu", "di", "mc")}


def test_those_who_co_chaired_the_meeting_the_report_names_by_its_kind_lead_it_inferred():
    facts = _reported("The [Coastal Thematic Meeting|event] took place in May. [Valoria|country] and [Montaria|country] "
                      "co-chaired the thematic meeting.", "coastal-thematic-meeting")
    assert _linked(facts, "leads") == {("valoria", "coastal-thematic-meeting"), ("montaria", "coastal-thematic-meeting")}


def test_it_organised_by_a_body_is_the_reported_event():
    facts = _reported("The [Volta Training Workshop|event] opened on Monday with twenty officials. It was organized by the "
                      "[Delta Institute|organisation].", "volta-training-workshop")
    assert ("delta-institute", "volta-training-workshop") in _linked(facts, "organises")


def test_bodies_whose_officers_the_workshops_engaged_took_part_inferred():
    facts = _reported("The [Lorvik Workshops|event] were held in May. The events engaged 40 officers of the "
                      "[Ministry of Coasts|organisation] and the [Border Service|organisation]. About twenty representatives "
                      "from the [Delta Institute|organisation] also came.", "lorvik-workshops")
    assert {s for s, o in _linked(facts, "participatesIn")} == {"ministry-of-coasts", "border-service", "delta-institute"}


def test_a_body_s_expert_before_or_after_the_person_represents_it():
    facts = _marked("The [DMO|organisation] Border Management Expert, Ms. [Ana Ruiz|person], and Mr. [Ivo Dal|person], "
                    "[DMO|organisation] anti-trafficking expert, led the training.")
    assert _linked(facts, "represents") == {("ana-ruiz", "dmo"), ("ivo-dal", "dmo")}


def test_a_body_that_created_or_unveiled_an_initiative_initiates_it():
    facts = _marked("The [Delta Institute|organisation] had created the [Coastal Development Fund|programme] in 2001. "
                    "The [Return Skills Initiative|programme] was unveiled by the [Harbour Union|organisation].")
    assert _linked(facts, "initiates") == {("delta-institute", "coastal-development-fund"),
                                           ("harbour-union", "return-skills-initiative")}


def test_a_person_after_a_country_and_a_post_in_a_list_is_the_party_not_the_country():
    facts = _marked("The [Return Skills Initiative|programme] was unveiled this week by [Valoria|country] Secretary of "
                    "State [Ana Ruiz|person] and [DMO|organisation] President [Ivo Dal|person].")
    assert _linked(facts, "initiates") == {("ana-ruiz", "return-skills-initiative"), ("ivo-dal", "return-skills-initiative")}


def test_the_target_countries_of_the_project_named_before_are_where_it_operates_inferred():
    facts = _reported("The [Harbour Grant Signing|event] took place in May. The grant funds the [Coastal Skills Project|project]. "
                      "The target countries are [Valoria|country] and [Montaria|country]. It will take place with the action "
                      "of two countries: [Lorvania|country] and [Ostria|country].", "harbour-grant-signing")
    assert _linked(facts, "operatesIn") == {("coastal-skills-project", c) for c in ("valoria", "montaria", "lorvania", "ostria")}


def test_a_post_at_a_country_s_body_makes_the_person_represent_the_body():
    facts = _marked("Ms. [Ana Ruiz|person], Director for Security at [Valoria|country]’s [Ministry of Foreign Affairs|organisation], "
                    "spoke.")
    assert ("ana-ruiz", "ministry-of-foreign-affairs") in _linked(facts, "represents")


def test_a_meeting_dedicated_to_the_discussion_of_an_initiative_briefs_on_it():
    facts = _reported("The [Sofia Meeting|event] opened in May. The meeting was dedicated to the discussion of the current "
                      "state of the [Coastal Knowledge Base|product].", "sofia-meeting")
    assert _linked(facts, "briefsOn") == {("sofia-meeting", "coastal-knowledge-base")}


def test_a_person_a_news_item_quotes_does_not_address_the_topics_of_the_quote():
    doc, registry = example_document("Ms. [Ana Ruiz|person], Director of the [Delta Institute|organisation], said that "
                                     "[remittances|topic] grow. The [Return Knowledge Project|project] is a hub on "
                                     "[diasporas|topic].")
    doc.metadata["reports"] = "another-event"
    facts = _entries(doc, registry)
    assert {(s, o) for s, r, o in facts if r == "addresses"} == {("return-knowledge-project", "diasporas")}


def test_an_initiative_named_with_a_body_s_acronym_or_of_a_body_is_led_by_it_inferred():
    doc, _ = example_document("The CMO Safe Return Programme trained officers. He presented the Lorvik Skills Project of the "
                              "Harbour Foundation for Return, and the CMO-HFR Trust.")
    registry = Registry({
        **_TWO_BODIES,
        "safe-return": Entity("safe-return", "programme", "CMO Safe Return Programme"),
        "skills-project": Entity("skills-project", "project", "Lorvik Skills Project"),
    })
    result = proposals_for(doc, registry, ONTOLOGY)
    leads = {(p.subject, p.object): p.entry() for p in result.statements if p.relation == "leads"}
    assert set(leads) == {("cmo", "safe-return"), ("hfr", "skills-project")}, leads
    assert all(e["status"] == "inferred" for e in leads.values())


def test_bodies_after_speakers_from_took_part_in_the_reported_event_inferred():
    facts = _reported("The [Remittance Seminar|event] opened in May. The seminar included speakers from the [Delta Institute|organisation], "
                      "the [Harbour Foundation|organisation] and [PayHome|organisation].", "remittance-seminar")
    assert _linked(facts, "participatesIn") == {(b, "remittance-seminar") for b in ("delta-institute", "harbour-foundation", "payhome")}


def test_the_group_an_events_name_holds_is_part_of_the_process_its_own_name_holds_inferred():
    doc, _ = example_document("The 18th Lorvik Process Steering Group meeting closed in May.")
    registry = Registry({
        "lorvik-process": Entity("lorvik-process", "process", "Lorvik Process"),
        "steering-group": Entity("steering-group", "forum", "Lorvik Process Steering Group"),
        "meeting-18": Entity("meeting-18", "event", "18th Lorvik Process Steering Group meeting"),
    })
    parts = {(p.subject, p.object) for p in proposals_for(doc, registry, ONTOLOGY).statements if p.relation == "partOf"}
    assert parts == {("meeting-18", "steering-group"), ("steering-group", "lorvik-process")}, parts


def test_a_verb_s_object_follows_its_funder_s_attributive():
    found = _read("The [Delta Institute|organisation] is implementing the [Harbour Union|organisation]-funded "
                  "[Coastal Return Project|project] in Lorvik.")
    assert {"delta-institute leads coastal-return-project", "harbour-union funds coastal-return-project"} <= found, found
    assert "delta-institute leads harbour-union" not in found


def test_the_report_s_gathering_named_first_is_not_the_other_event_the_sentence_names_later():
    facts = _reported("The [Accra Validation Workshop|event] opened in May. The workshop brought together participants "
                      "including the [Ministry of Labour|organisation] and [Delta Institute|organisation], to follow up on "
                      "the [Lorvik Training|event] held in 2020. At the [Valo Forum|event], the [Harbour Foundation|organisation] "
                      "and its partners gathered.", "accra-validation-workshop")
    took_part = _linked(facts, "participatesIn")
    assert {("ministry-of-labour", "accra-validation-workshop"), ("delta-institute", "accra-validation-workshop")} <= took_part
    assert ("harbour-foundation", "accra-validation-workshop") not in took_part, took_part


def test_a_country_s_mission_is_based_where_it_is_sent_not_at_home_inferred():
    facts = _marked("The [Embassy of Valoria to Montaria|organisation] met the [Embassy of Lorvania|organisation] and the "
                    "[Ministry of Labour of Valoria|organisation]. [Valoria|country], [Montaria|country] and [Lorvania|country] agreed.")
    assert _linked(facts, "basedIn") == {("embassy-of-valoria-to-montaria", "montaria"),
                                         ("ministry-of-labour-of-valoria", "valoria")}, facts
    abroad = _marked("The [Valoria embassy|organisation], the [Valoria Overseas Labour Office|organisation], "
                     "[Valoria missions|organisation], the [Valoria Community Abroad|organisation] and the [Valoria Engineers "
                     "Institute-Montaria Chapter|organisation] met the [Valoria Labour Council|organisation]. "
                     "[Valoria|country] agreed.")
    assert _linked(abroad, "basedIn") == {("valoria-labour-council", "valoria")}, abroad


def test_a_body_named_in_a_place_or_followed_by_its_acronym_and_in_a_place_is_based_there_inferred():
    facts = _facts("The Consulate General of Valoria in Lorvik met the Coastal Planning Commission (CPC) in Montaria. "
                   "Lorvik and Valoria agreed.",
                   ("consulate", "organisation", "Consulate General of Valoria in Lorvik"),
                   ("cpc", "organisation", "Coastal Planning Commission", ("CPC",)),
                   ("lorvik", "place", "Lorvik"), ("valoria", "country", "Valoria"), ("montaria", "country", "Montaria"))
    assert _linked(facts, "basedIn") == {("consulate", "lorvik"), ("cpc", "montaria")}, facts


def test_countries_after_a_body_s_acronym_and_a_comma_place_it_but_a_list_of_bodies_does_not():
    facts = _facts("Lawyers for Change ((LFC), Valoria) joined the Coastal Law Centre (CLC), Montaria/Norland, and the "
                   "Harbour Fund, Lorvania and the Delta Institute.",
                   ("lfc", "organisation", "Lawyers for Change", ("LFC",)),
                   ("clc", "organisation", "Coastal Law Centre", ("CLC",)),
                   ("harbour-fund", "organisation", "Harbour Fund"), ("delta-institute", "organisation", "Delta Institute"),
                   ("valoria", "country", "Valoria"), ("montaria", "country", "Montaria"), ("norland", "country", "Norland"),
                   ("lorvania", "country", "Lorvania"))
    assert _linked(facts, "basedIn") == {("lfc", "valoria"), ("clc", "montaria"), ("clc", "norland")}, facts


def test_the_owner_of_a_unit_in_the_gathering_is_not_its_participant():
    facts = _reported("The [Vilnius Training|event] opened in May. The training gathered trainers from the [Coastal Union|organisation]’s "
                      "[Joint Data Centre|organisation] and [Valoria|country]’s [Migration Studies Delegation|organisation].",
                      "vilnius-training")
    took_part = {s for s, o in _linked(facts, "participatesIn") if o == "vilnius-training"}
    assert took_part == {"joint-data-centre", "migration-studies-delegation"}, took_part


def test_an_event_named_by_its_kind_is_the_one_the_report_is_of_unless_named_so_just_before():
    facts = _reported("The [Forum on Diaspora Skills|event] met in spring. The two-day training was organized by the "
                      "[Harbour Foundation|organisation] and held in [Lorvik|place]. Its first part, the executive "
                      "training “[Skills at Sea|event]”, was organized by the [Delta Institute|organisation].",
                      "forum-on-diaspora-skills")
    assert {("harbour-foundation", "organises", "forum-on-diaspora-skills"),
            ("forum-on-diaspora-skills", "heldIn", "lorvik"),
            ("delta-institute", "organises", "skills-at-sea")} <= set(facts), sorted(facts)
    # "the executive training “Skills at Sea”": the kind of the name after it, not the reported event
    assert ("delta-institute", "organises", "forum-on-diaspora-skills") not in facts, sorted(facts)
    # the event named just before by the same noun, not the reported one
    nearer = _reported("The [Forum on Diaspora Skills|event] met in spring. The [Lorvik Skills Workshop|event] came "
                       "next; the workshop was organized by the [Harbour Foundation|organisation].",
                       "forum-on-diaspora-skills")
    assert ("harbour-foundation", "organises", "lorvik-skills-workshop") in nearer, sorted(nearer)
    assert ("harbour-foundation", "organises", "forum-on-diaspora-skills") not in nearer, sorted(nearer)


def test_a_body_named_by_its_kinds_word_is_the_one_named_last_before_by_that_word():
    found = _read("The [Ministry of Labour|organisation] met the [Harbour Foundation|organisation] in May. In June, the "
                  "Ministry organized the [Skills Fair|event].")
    assert "ministry-of-labour organises skills-fair" in found, sorted(found)
    assert "harbour-foundation organises skills-fair" not in found, sorted(found)


def test_a_post_of_a_body_then_the_person_who_holds_it():
    found = _read("It opened in May. Head of the [Coastal Centre for Jobs|organisation], [Ana Ruiz|person], spoke. The "
                  "Director-General (DG) of [CMO|organisation], Mrs [Bo Tan|person], spoke. Vice Chairman of the [Lorvik "
                  "Provincial Committee|organisation] [Tran Quy|person] said so. The Acting Comptroller General of the "
                  "[Harbour Service|organisation], [Mrs Lena Okafor|person], closed it.")
    assert {"ana-ruiz represents coastal-centre-for-jobs", "bo-tan represents cmo",
            "tran-quy represents lorvik-provincial-committee",
            "mrs-lena-okafor represents harbour-service"} <= found, sorted(found)


def test_a_portfolios_minister_or_secretary_before_the_name_represents_its_ministry():
    facts = _facts("Expatriates' Welfare and Overseas Employment Minister Ana Ruiz opened it. Expatriates Welfare "
                   "Secretary Bo Tan spoke, and Foreign Minister Lena Okafor closed it.",
                   ("ministry", "organisation", "Expatriates' Welfare and Overseas Employment Ministry"),
                   ("ana-ruiz", "person", "Ana Ruiz"), ("bo-tan", "person", "Bo Tan"),
                   ("lena-okafor", "person", "Lena Okafor"))
    assert _linked(facts, "represents") == {("ana-ruiz", "ministry"), ("bo-tan", "ministry")}, sorted(facts)
    assert facts[("bo-tan", "represents", "ministry")]["status"] == "inferred"


def test_a_headline_without_articles_holds_the_reported_event():
    facts = _reported("[Labour Ministry|organisation] and [BWI|organisation] hold remote meeting\n\nThe [Workers Day "
                      "Meeting|event] took place online.", "workers-day-meeting")
    assert {("labour-ministry", "organises", "workers-day-meeting"), ("bwi", "organises", "workers-day-meeting")} \
        <= set(facts), sorted(facts)


def test_the_reports_gathering_joined_by_welcomed_by_remarks_of_and_officials_from():
    facts = _reported("The [Accra Validation Workshop|event] opened in May. Welcoming remarks were made by representatives "
                      "of [CMO|organisation] and the donor, the [Harbour Fund|organisation]. Delegates were joined on the "
                      "second day by the [Delta Institute|organisation]. It connected the trainers with 16 law enforcement "
                      "and immigration officials from [Valoria|country].", "accra-validation-workshop")
    assert {("cmo", "accra-validation-workshop"), ("harbour-fund", "accra-validation-workshop"),
            ("delta-institute", "accra-validation-workshop"), ("valoria", "accra-validation-workshop")} \
        <= _linked(facts, "participatesIn"), sorted(facts)


def test_when_between_the_parties_and_their_verb():
    found = _read("[Ghana|country] on Tuesday signed a [Cooperation Agreement|agreement] with the [Harbour Fund|organisation]. "
                  "The [Delta Institute|organisation] and the [Coastal Union|organisation] on 24 November signed an "
                  "agreement with [Lorvik City|organisation].")
    assert {"ghana signs cooperation-agreement", "partnership collaboration ghana harbour-fund",
            "partnership collaboration delta-institute coastal-union lorvik-city"} <= found, sorted(found)


def test_a_unit_of_a_body_in_collaboration_with_others_is_the_partner_not_its_body():
    [partnership] = _proposed("It is organised by the Human Trafficking Secretariat of the Ministry of Gender (MoG) in "
                              "collaboration with the Harbour Fund and the Delta Institute.",
                              ("secretariat", "organisation", "Human Trafficking Secretariat"),
                              ("mog", "organisation", "Ministry of Gender", ("MoG",)),
                              ("fund", "organisation", "Harbour Fund"), ("institute", "organisation", "Delta Institute")).partnerships
    assert partnership.partners == ["secretariat", "fund", "institute"], partnership


def test_a_post_between_two_people_of_a_list_is_the_next_ones():
    found = _read("The launch was attended by [Hans Berg|person], [CMO|organisation] Associate Administrator [Rita Gran|person] "
                  "and [Tomas Lund|person].")
    assert "rita-gran represents cmo" in found and "hans-berg represents cmo" not in found, sorted(found)


def test_countries_that_name_a_group_of_bodies_are_not_its_members():
    found = _read("The project is run by nine [national Harbour organisations|collective] ([Ghana|country], [Fiji|country] "
                  "and [Peru|country]). Officials from the [Coastal Partnership countries|collective] ([Chile|country], "
                  "[Togo|country] and [Nepal|country]) met.")
    assert not any("memberOf national-harbour-organisations" in f for f in found), sorted(found)
    assert {"chile memberOf coastal-partnership-countries", "togo memberOf coastal-partnership-countries"} <= found


def test_experts_from_bodies_who_do_something_are_not_their_bodies():
    found = _read("[Lorvik|place]: Experts from the [Coastal Union|organisation], [Harbour Fund|organisation] and [Delta "
                  "alumni|collective] yesterday launched the [Migration Report|publication]. The [Delta Institute|organisation] "
                  "launched the [Return Guide|publication].")
    assert not any(f.endswith("initiates migration-report") for f in found), sorted(found)
    assert "delta-institute initiates return-guide" in found


def test_a_list_of_posts_before_their_holders_gives_each_the_post_before_them():
    found = {f for f in _read("The forum was opened by the Secretary-General of the [CMO|organisation], Mr. [Ana Ruiz|person], "
                              "Director General of the [Harbour Fund|organisation], Mr. [Bo Tan|person], and the Head of "
                              "the [Delta Institute|organisation], Ms. [Lena Okafor|person].") if " represents " in f}
    assert found == {"ana-ruiz represents cmo", "bo-tan represents harbour-fund",
                     "lena-okafor represents delta-institute"}, sorted(found)
    found = {f for f in _read("Speakers were Mr. [Ana Ruiz|person], Director of the [CMO|organisation], Mr. [Bo Tan|person], "
                              "Head of the [Harbour Fund|organisation].") if " represents " in f}
    assert found == {"ana-ruiz represents cmo", "bo-tan represents harbour-fund"}, sorted(found)


def test_a_title_before_a_person_is_the_body_s_right_before_it_not_a_clause_s():
    found = _read("The signing, held in [Lorvik|place], [Valoria|country], was witnessed by President [Ana Ruiz|person]. "
                  "[CMO|organisation]’s Chief of Mission [Bo Tan|person] spoke.")
    assert "bo-tan represents cmo" in found and "ana-ruiz represents valoria" not in found, sorted(found)


def test_a_long_portfolio_before_its_country_and_an_honourable_holder():
    found = _read("When opening the meeting, the Minister of Public Administration, Labour and Social Security of the "
                  "Republic of [Valoria|country], Honourable [Ana Ruiz|person], welcomed them.\n\nDeputy Minister of "
                  "Internal Affairs, [Republic of Lorvia|country], Mr. [Bo Tan|person]\n\nThe event closed.")
    assert {"ana-ruiz represents valoria", "bo-tan represents republic-of-lorvia"} <= found, sorted(found)


def test_who_the_gathering_had_not_a_training_programme_a_post_s_country_or_the_next_sentence():
    took_part = _took_part("The [Harbour Workshop|event] opened in May. Women living in the diaspora met at the "
                           "[Delta Institute|organisation] to talk.The meeting drew people from [Valoria|country]. [Lorvia|"
                           "country] has developed a training programme for the [Coastal Union|organisation]. Officials from "
                           "40 countries attended, including [Fidonia|country] Secretary of State [Ana Ruiz|person].",
                           "harbour-workshop")
    assert "ana-ruiz" in took_part and not {"valoria", "lorvia", "coastal-union", "fidonia"} & took_part, sorted(took_part)
    found = {f for f in _read("The panel had Mr. [Ana Ruiz|person] - Deputy Director of the [CMO|organisation], Ms. [Bo Tan|person] "
                              "- Head of the [Harbour Fund|organisation].") if " represents " in f}
    assert found == {"ana-ruiz represents cmo", "bo-tan represents harbour-fund"}, sorted(found)


def test_people_after_their_bodies_posts_sign_and_a_group_s_members_after_including():
    facts = _facts("CMO Director General Ana Ruiz and Coastal Union (CU) Executive Secretary Bo Tan will today sign a Memorandum "
                   "of Understanding. The signing is expected to be attended by the Permanent Representatives of CU Member "
                   "States including Valoria, Lorvia and Fidonia.",
                   ("cmo", "organisation", "CMO"), ("cu", "organisation", "Coastal Union", ("CU",)),
                   ("ana", "person", "Ana Ruiz"), ("bo", "person", "Bo Tan"),
                   ("mou", "agreement", "Memorandum of Understanding"), ("signing", "event", "signing"),
                   ("reps", "collective", "Permanent Representatives of CU Member States"),
                   ("valoria", "country", "Valoria"), ("lorvia", "country", "Lorvia"), ("fidonia", "country", "Fidonia"))
    assert {("ana", "mou"), ("bo", "mou")} <= _linked(facts, "signs"), sorted(facts)
    assert {("ana", "cmo"), ("bo", "cu")} <= _linked(facts, "represents"), sorted(facts)
    assert {("valoria", "signing"), ("lorvia", "signing"), ("fidonia", "signing")} <= _linked(facts, "participatesIn"), \
        sorted(facts)


def test_countries_listed_after_a_body_s_member_states_are_its_members():
    found = _read("Investigators from seven [CMO|organisation] countries - [Valoria|country], [Lorvia|country] & [Fidonia|country] "
                  "- met. A few [Coastal Union|organisation] members namely [Ghana|country] and [Peru|country] spoke. The "
                  "[CMO|organisation] country [Chile|country] hosted it.")
    members = {f for f in found if " memberOf " in f}
    assert members == {"valoria memberOf cmo", "lorvia memberOf cmo", "fidonia memberOf cmo", "ghana memberOf coastal-union",
                       "peru memberOf coastal-union"}, sorted(found)


def test_a_body_named_in_a_participant_s_post_is_not_itself_a_participant():
    facts = _reported("The [Harbour Seminar|event] closed the project. Participants included the Director of the "
                      "[CMO|organisation], [Ana Ruiz|person], and officials from the [Delta Institute|organisation].",
                      "harbour-seminar")
    took_part = {s for s, o in _linked(facts, "participatesIn") if o == "harbour-seminar"}
    assert {"ana-ruiz", "delta-institute"} <= took_part and "cmo" not in took_part, sorted(facts)
    assert ("ana-ruiz", "cmo") in _linked(facts, "represents"), sorted(facts)


def test_bodies_listed_with_commas_and_a_mission_to_a_body_are_not_units():
    found = _read("It targeted the [Ministry of Manpower|organisation], the [Central Agency for Statistics|organisation], "
                  "the [National Council for Women|organisation] and others. It was held at the [Valorian Permanent "
                  "Representation to the CMO|organisation]. The [Population Division|organisation], [UN DESA|organisation] "
                  "presented it.")
    units = {f for f in found if " subOrganisationOf " in f}
    assert units == {"population-division subOrganisationOf un-desa"}, sorted(found)


def test_a_permanent_representation_is_not_based_in_the_country_it_represents():
    found = _read("The ceremony was held at the [Ghanaian Permanent Representation to the CMO|organisation] with "
                  "[Ghana|country] and the [Ghanaian Labour Office|organisation].")
    assert "ghanaian-labour-office basedIn ghana" in found, sorted(found)
    assert "ghanaian-permanent-representation-to-the-cmo basedIn ghana" not in found, sorted(found)


def test_co_signers_of_an_agreement_are_partners_bodies_for_their_officers_not_across_paragraphs():
    found = {f for f in _read("[Delta Institute|organisation] and [Harbour Fund|organisation] sign cooperation agreement\n\n"
                              "Lorvik, [Valoria|country] | [Delta Institute|organisation] and [Valoria|country]’s "
                              "[Harbour Fund|organisation] sign an agreement to work together. [Ghana|country] and [Peru|country] "
                              "Friday signed the much-anticipated agreement on labour.") if f.startswith("partnership")}
    assert found == {"partnership collaboration delta-institute harbour-fund", "partnership collaboration ghana peru"}, found
    result = _proposed("IOM Director General Ana Ruiz and Coastal Union (CU) Executive Secretary Bo Tan will today sign a "
                       "Memorandum of Understanding.", ("iom", "organisation", "IOM"),
                       ("cu", "organisation", "Coastal Union", ("CU",)), ("ana", "person", "Ana Ruiz"),
                       ("bo", "person", "Bo Tan"), ("mou", "agreement", "Memorandum of Understanding"))
    [partnership] = result.partnerships
    assert partnership.partners == ["iom", "cu"], partnership
    assert {("ana", "mou"), ("bo", "mou")} <= {(p.subject, p.object) for p in result.statements if p.relation == "signs"}


def test_a_body_s_named_project_after_a_colon_is_led_by_it_and_its_funder_is_its_partner():
    found = _read("The study was commissioned as part of a [CMO|organisation] regional project: “[Safer Labour Routes|project]”, "
                  "funded by the [Harbour Fund|organisation].")
    assert {"cmo leads safer-labour-routes", "harbour-fund funds safer-labour-routes",
            "partnership funding harbour-fund cmo"} <= found, sorted(found)


def test_an_envoy_represents_the_country_of_their_post_s_adjective_not_where_they_are_sent():
    found = {f for f in _read("It was opened by the Canadian High Commissioner to [Ghana|country], Mr. [Ana Ruiz|person], and "
                              "[Peru|country]’s Ambassador to [Chile|country], [Bo Tan|person]. German Chancellor [Lena Okafor|person] "
                              "came from [Canada|country] to [Germany|country]. The Federal Commissioner, [Coastal Commission|"
                              "organisation] ([CC|organisation]), Senator [Tomas Berg|person], spoke. The French Minister for "
                              "Immigration, Integration, National Identity and Co-operative Development, Mr. [Jan Holm|person], "
                              "came from [France|country].") if " represents " in f}
    assert {"ana-ruiz represents canada", "bo-tan represents peru", "lena-okafor represents germany",
            "tomas-berg represents coastal-commission", "jan-holm represents france"} <= found, sorted(found)
    assert not {"ana-ruiz represents ghana", "bo-tan represents chile"} & found, sorted(found)


def test_a_country_s_posts_listed_after_its_adjective_represent_it_and_a_registered_name_need_not_be_pycountry_s():
    doc, registry = example_document("The High Commissioner met Turkish Vice President [Ana Ruiz|person]; Foreign Minister "
                                     "[Bo Tan|person]; Family, Labor and Social Services Minister [Lena Okafor|person] and "
                                     "Deputy Education Minister [Jan Berg|person], as well as Director General "
                                     "[Tomas Holm|person]. Turkish Minister of Labour [Pia Lund|person] and Malaysian Human "
                                     "Resources Minister [Ola Berg|person] signed.")
    registry["turkey"] = Entity("turkey", "country", "Turkey", iso2="TR")  # pycountry's name is "Türkiye"
    registry["malaysia"] = Entity("malaysia", "country", "Malaysia", iso2="MY")
    facts = _entries(doc, registry)
    assert {s for s, o in _linked(facts, "represents") if o == "turkey"} == {"ana-ruiz", "bo-tan", "lena-okafor", "jan-berg",
                                                                           "pia-lund"}
    assert ("ola-berg", "malaysia") in _linked(facts, "represents"), facts


def test_a_list_whose_first_person_has_the_post_after_the_name_gives_each_the_post_after():
    found = {f for f in _read("The delegation met Mr [Ana Ruiz|person], Deputy State Secretary of the [CMO|organisation], "
                              "Ms [Bo Tan|person], Head of the [Harbour Fund|organisation], and Ms [Lena Okafor|person], "
                              "National Co-ordinator.") if " represents " in f}
    assert found == {"ana-ruiz represents cmo", "bo-tan represents harbour-fund"}, sorted(found)


def test_representatives_opening_a_sentence_of_the_report_took_part():
    facts = _reported("A [Harbour Study Visit|event] was organised on 7-9 June.\n\nRepresentatives of [Valoria|country] "
                      "and [Lorvia|country] had a chance to acquaint themselves with the work of the [CMO|organisation].",
                      "harbour-study-visit")
    assert {("valoria", "harbour-study-visit"), ("lorvia", "harbour-study-visit")} <= _linked(facts, "participatesIn"), \
        sorted(facts)


def test_countries_a_post_is_for_are_not_participants():
    facts = _reported("[Harbour Meeting|event]\n\nGeneva - On 27 January, the CMO Director General, [Ana Ruiz|person], and the "
                      "CMO Chief of Mission for [Valoria|country] and [Lorvia|country], Mr [Bo Tan|person], met at CMO "
                      "Headquarters in Geneva with officials from [Fidonia|country].", "harbour-meeting")
    took_part = {s for s, o in _linked(facts, "participatesIn") if o == "harbour-meeting"}
    assert "fidonia" in took_part and not {"valoria", "lorvia"} & took_part, sorted(facts)
    assert ("ana-ruiz", "valoria") not in _linked(facts, "represents"), sorted(facts)  # "A, and the ... for X, Mr B"


@pytest.mark.parametrize("text, person, ministry", [
    ("It was based on a report submitted by Labor Minister [Adel Fakir|person]. The [Valoria labor ministry|organisation] "
     "signed it.", "adel-fakir", "valoria-labor-ministry"),
    ("The agreement was signed by Justice State Minister [Alem Agidew|person] today. The [Ministry of Justice|organisation] "
     "welcomed it.", "alem-agidew", "ministry-of-justice"),
    ("Minister for Employment, Productivity and Industrial Relations [Agni Dev|person] met them. The [Ministry of "
     "Employment|organisation] said so.", "agni-dev", "ministry-of-employment"),
    ("It was said by Labour Minister Gen [Siri Distak|person] today. The [Labour Ministry|organisation] will submit it.",
     "siri-distak", "labour-ministry"),
])
def test_a_minister_of_a_ministry_named_with_its_country_a_state_minister_a_portfolios_list_and_a_rank(text, person, ministry):
    doc, registry = example_document(text)
    registry = Registry({**dict(registry.items()), "valoria": Entity("valoria", "country", "Valoria")})
    facts = _entries(doc, registry)
    assert (person, "represents", ministry) in facts, sorted(facts)


def test_no_ministry_by_a_countrys_adjective_when_two_countries_have_one_and_no_post_after_by():
    found = _read("Labor Minister [Adel Fakir|person] spoke on a visit to [Valoria|country] by Labour Minister "
                  "[Siri Distak|person]. The [Valoria labor ministry|organisation] and the [Coastal labor ministry|organisation] "
                  "signed it, as did [Coastal|country].")
    assert not [f for f in found if f.startswith(("adel-fakir", "siri-distak"))], sorted(found)


def test_a_bodys_possessive_a_few_words_before_its_undertaking():
    facts = _marked("It is in line with the [Coastal Union|organisation]'s new [migration partnership framework|policy] and "
                    "the [Harbour Office|organisation]’s newly launched [Return Desk Project|project].")
    assert ("coastal-union", "provides", "migration-partnership-framework") in facts, sorted(facts)
    assert ("harbour-office", "leads", "return-desk-project") in facts, sorted(facts)


def test_a_bodys_post_in_a_registered_country_then_its_holder():
    found = _read("During the opening, [Harbour Agency|organisation] Deputy Chief of Mission in [Valoria|country], "
                  "[Jian Lo|person] pointed out the gains. [Coastal Bank|organisation]’s Representative in [Montaria|country], "
                  "[Ana Ruiz|person], agreed.")
    assert {"jian-lo represents harbour-agency", "ana-ruiz represents coastal-bank"} <= found, sorted(found)
    assert not [f for f in found if f.startswith(("jian-lo represents valoria", "ana-ruiz represents montaria"))]


def test_a_body_or_a_person_with_its_place_alone_in_brackets_is_based_there():
    found = _read("Speakers: [Our Voyage|organisation] ([Valoria|country]), the [Harbour Network|organisation] "
                  "([Lorvik|place]) and [Ana Ruiz|person] – Migration expert ([Montaria|country]). The [Coastal Union|"
                  "organisation] ([Valoria|country] office, [Seaville|place]) spoke too.")
    assert {"our-voyage basedIn valoria", "harbour-network basedIn lorvik", "ana-ruiz basedIn montaria"} <= found, sorted(found)
    assert "coastal-union basedIn valoria" not in found


def test_a_signings_participants_are_the_signers_of_its_agreement_not_of_earlier_ones():
    facts = _reported("[Valoria|country] and [Montaria|country] signed a [Memorandum on Skilled Workers|agreement] on Monday. "
                      "[Valoria|country] has already inked [similar memoranda|agreement] with [Coastal Islands|country] and "
                      "[Sealand|country]. The [signing of the memorandum|event] was short.", "signing-of-the-memorandum")
    assert {("coastal-islands", "signs", "similar-memoranda"), ("sealand", "signs", "similar-memoranda")} <= set(facts)
    assert ("montaria", "participatesIn", "signing-of-the-memorandum") in facts, sorted(facts)
    assert not [k for k in facts if k[1] == "participatesIn" and k[0] in ("coastal-islands", "sealand")], sorted(facts)


def test_a_bracketed_list_of_a_groups_members_ends_with_its_bracket():
    found = _read("Participants were [Security services|collective] ([Coastal Police|organisation], [Harbour Prisons|organisation]), "
                  "[local media|collective] and [Valorian NGOs|collective].")
    assert {"coastal-police memberOf security-services", "harbour-prisons memberOf security-services"} <= found, sorted(found)
    assert not [f for f in found if f.startswith(("local-media memberOf", "valorian-ngos memberOf"))], sorted(found)


def test_a_bodys_plural_post_before_two_people_joined_by_and():
    found = _read("[Harbour Institute|organisation] researchers [Bina Costa|person] and [Iola Geno|person] presented it; "
                  "[Coastal Network|organisation]’s co-chairs Dr. [Ana Lepp|person] and [Leo Elliott|person] spoke.")
    assert {"bina-costa represents harbour-institute", "iola-geno represents harbour-institute",
            "ana-lepp represents coastal-network", "leo-elliott represents coastal-network"} <= found, sorted(found)


def test_an_event_at_a_bodys_premises_is_hosted_by_the_body():
    facts = _reported("The agreement was officially signed at the [Valorian Ministry for Foreign Affairs|organisation] on "
                      "Monday. A [Harbour Dialogue|event] session took place at [HFR headquarters|place] in Lorvik. The "
                      "[signing|event] was short. The [Harbour Foundation for Return|organisation] ([HFR|organisation]) paid "
                      "for it.", "signing")
    assert ("valorian-ministry-for-foreign-affairs", "hosts", "signing") in facts, sorted(facts)
    assert ("hfr", "hosts", "harbour-dialogue") in facts, sorted(facts)


def test_a_bodys_possessive_and_acronym_in_brackets_before_a_post_and_its_holder():
    found = _read("The [Harbour Organization for Return|organisation]’s (HOR) Director General [Ana Vitor|person] visited.")
    assert "ana-vitor represents harbour-organization-for-return" in found, sorted(found)


def test_a_body_group_or_country_inside_a_name_is_linked_by_the_name_inferred():
    facts = _marked("The [Regional Consultation of the Harbour Caucus on the KRB|event] closed. The [Harbour Caucus|organisation] "
                    "and the [KRB|organisation] met. The [meeting with the Delta Council|event] ended; the [Delta Council|organisation] "
                    "left. The [Valoria Agenda 2040 of the Sea Union|policy] came from the [Sea Union|organisation]. The "
                    "[Delta Fund-funded Coast Project|project] started; the [Delta Fund|organisation] pays. A [workshop for "
                    "harbour reporters|event] trained [harbour reporters|collective]. The [Lorvik Process member states|collective] "
                    "joined the [Lorvik Process|process]. The [memorandum with Valoria|agreement] came into force. [Valoria|country] grew. "
                    "[Harbour workers living in Valoria and Montaria|collective] wrote. [Montaria|country] answered. "
                    "[Dock workers in the UAE|collective] met the [UAE|country]. The [annual meeting of harbour "
                    "pilots|event] closed; [harbour pilots|collective] left.")
    assert ("harbour-caucus", "organises", "regional-consultation-of-the-harbour-caucus-on-the-krb") in facts, facts
    assert not any(s == "krb" and o.startswith("regional-consultation") for s, r, o in facts), "what it is on"
    assert ("delta-council", "participatesIn", "meeting-with-the-delta-council") in facts, facts
    assert ("sea-union", "provides", "valoria-agenda-2040-of-the-sea-union") in facts, facts
    assert ("delta-fund", "funds", "delta-fund-funded-coast-project") in facts, facts
    assert ("harbour-reporters", "participatesIn", "workshop-for-harbour-reporters") in facts, facts
    assert ("lorvik-process-member-states", "participatesIn", "lorvik-process") in facts, facts
    assert facts[("valoria", "signs", "memorandum-with-valoria")]["status"] == "inferred"
    assert {o for s, r, o in facts if s == "harbour-workers-living-in-valoria-and-montaria" and r == "basedIn"} == \
        {"valoria", "montaria"}, facts
    assert ("dock-workers-in-the-uae", "basedIn", "uae") in facts, "a country's three-letter name"
    assert ("harbour-pilots", "participatesIn", "annual-meeting-of-harbour-pilots") in facts, "a meeting of a group"


def test_a_body_inside_a_name_is_read_by_its_alias_but_not_by_a_noun_or_an_acronym_folded():
    doc, registry = example_document("The [Harbour Guild Annual Meeting|event] opened. The [Secretariat Retreat|event] "
                                     "closed. [Delta people who left|collective] wrote. The [Sea Union|organisation] met.")
    registry["sea-union"] = dataclasses.replace(registry["sea-union"], acronyms=("WHO",),
                                                aliases=("Harbour Guild", "Secretariat"))
    facts = _entries(doc, registry)
    assert ("sea-union", "organises", "harbour-guild-annual-meeting") in facts, facts
    assert not any("sea-union" in (s, o) and "secretariat-retreat" in (s, o) for s, r, o in facts), "a noun, no name"
    assert not any("sea-union" in (s, o) and "delta-people-who-left" in (s, o) for s, r, o in facts), "'who' is no WHO"


def test_an_agreement_a_country_or_a_body_inside_an_events_or_an_undertakings_name_inferred():
    facts = _marked("The [signing of the Harbour Accord|event] was short; the [Harbour Accord|agreement] holds. A [consultation "
                    "on the Coast Strategy|event] met on the [Coast Strategy|policy]. The [MoU with the Delta Council|agreement] "
                    "lapsed; the [Delta Council|organisation] regrets it. The [Better Border Management in Valoria|project] "
                    "and the [digital programme of the Valoria Labour Bureau|programme] started. [Valoria|country] and the "
                    "[Valoria Labour Bureau|organisation] paid.")
    assert ("signing-of-the-harbour-accord", "produces", "harbour-accord") in facts, facts
    assert ("consultation-on-the-coast-strategy", "briefsOn", "coast-strategy") in facts, facts
    assert ("delta-council", "signs", "mou-with-the-delta-council") in facts, facts
    assert ("better-border-management-in-valoria", "operatesIn", "valoria") in facts, facts
    assert ("digital-programme-of-the-valoria-labour-bureau", "operatesIn", "valoria") not in facts, "the bureau's country"


def test_a_training_gathers_only_as_the_sentences_event_and_a_bodys_bracketed_countries_take_no_part():
    took_part = _took_part("The [Harbour Workshop|event] opened in May. The agency has been providing training and advice "
                           "to the [Coastal Prison Service|organisation] for years. The six-day training for the [Delta "
                           "Council|organisation] was conducted in June. [Sea Caritas|organisation] ([Valoria|country], "
                           "[Lorvia|country]) will take part in the workshop.", "harbour-workshop")
    assert {"delta-council", "sea-caritas"} <= took_part, sorted(took_part)
    assert not {"coastal-prison-service", "valoria", "lorvia"} & took_part, sorted(took_part)


def test_the_reported_event_is_held_in_the_city_its_report_names_not_in_a_world_region():
    facts = _reported("The [Coastal Dialogue|event] opened in [Port Aurel|place]. It is the first dialogue of its kind held "
                      "with media in the [Pacific|place], said the chair. The [Coastal Dialogue|event] looked at rights in "
                      "[East and Horn of Africa|place].", "coastal-dialogue")
    assert {o for s, r, o in facts if s == "coastal-dialogue" and r == "heldIn"} == {"port-aurel"}, sorted(facts)


def test_two_bodies_that_launch_one_initiative_are_partners_in_a_collaboration():
    found = _read("The [Harbour Strategy Group|programme] was launched by the [Delta Institute|organisation] and the "
                  "[Sea Council|organisation] in May.")
    assert "partnership collaboration delta-institute sea-council" in found, sorted(found)


def test_the_reported_event_is_held_where_a_sentence_says_it_took_place_whatever_names_it():
    facts = _reported("The [Coastal Dialogue|event] closed on Monday. It took place at the [Harbour Hotel|place] in "
                      "[Port Aurel|place]. A workshop was held in [Arusha|place], The [Republic of Valoria|country].",
                      "coastal-dialogue")
    held = {o for s, r, o in facts if s == "coastal-dialogue" and r == "heldIn"}
    assert {"harbour-hotel", "port-aurel"} <= held, sorted(facts)
    facts = _reported("The [Coastal Dialogue|event] closed. The social partners met for the dialogue from 14 to 17 May 2019, in "
                      "[Arusha|place], The [Republic of Valoria|country].", "coastal-dialogue")
    assert ("coastal-dialogue", "heldIn", "republic-of-valoria") in facts, sorted(facts)
    assert ("republic-of-valoria", "participatesIn", "coastal-dialogue") not in facts, "it says where"


def test_people_listed_with_their_posts_before_a_verb_each_do_it():
    found = _read("[Ana Ruiz|person] and [Jan Novak|person], Minister of Human Resources and Labour, signed the [Harbour "
                  "MoU|agreement]. Valorian Minister of Labour [Omar Diop|person] and Lorvian Human Resources Minister "
                  "[Lena Okafor|person] signed the [Coast MoU|agreement].")
    assert {"ana-ruiz signs harbour-mou", "jan-novak signs harbour-mou", "omar-diop signs coast-mou",
            "lena-okafor signs coast-mou"} <= found, sorted(found)


def test_bodies_by_their_acronyms_before_participles_inside_a_projects_name_lead_and_fund_it():
    facts = _facts("The ILO-implemented, SDC-funded reintegration project began in May.",
                   ("ilo", "organisation", "International Labour Organization", ("ILO",)),
                   ("sdc", "organisation", "Swiss Agency for Development and Cooperation", ("SDC",)),
                   ("proj", "project", "ILO-implemented, SDC-funded reintegration project"))
    assert {("ilo", "leads", "proj"), ("sdc", "funds", "proj")} <= set(facts), sorted(facts)
    assert ("sdc", "leads", "proj") not in facts and ("ilo", "funds", "proj") not in facts, sorted(facts)


def test_who_participated_in_a_programme_or_scheme_did_not_gather_at_the_reported_event():
    took_part = _took_part("The [Harbour Workshop|event] opened in May. According to the [Coast Ministry|organisation], "
                           "over 1,000 [Valorian workers|collective] participated in the seasonal programme in 2016. Staff of "
                           "the [Delta Council|organisation] were participating actively.", "harbour-workshop")
    assert "delta-council" in took_part and not {"coast-ministry", "valorian-workers"} & took_part, sorted(took_part)


def test_bodies_present_represented_convened_or_in_whose_presence_the_reported_event_ran_took_part():
    facts = _reported("The [Harbour Round Table|event] opened in Lorvik. It was organized in presence of "
                      "[government officials|collective] and the [Coastal Press|collective]. Bodies represented included "
                      "the [Ministry of Coasts|organisation] and the [Delta Bank|organisation]. Officials from the "
                      "[Border Agency|organisation] were also present. Observers from [Valoria|country] joined as donor "
                      "partners. The round table will convene [city planners|collective].", "harbour-round-table")
    took_part = {s for s, o in _linked(facts, "participatesIn") if o == "harbour-round-table"}
    assert {"government-officials", "coastal-press", "ministry-of-coasts", "delta-bank", "border-agency", "valoria",
            "city-planners"} <= took_part, facts


def test_a_reported_signing_is_held_where_a_sentence_says_it_was_signed():
    facts = _reported("The [Harbour Accord Signing|event] was a success. [Valoria|country] and [Montaria|country] signed "
                      "the memorandum in [Lorvik|place] on Tuesday.", "harbour-accord-signing")
    assert ("harbour-accord-signing", "lorvik") in _linked(facts, "heldIn"), facts


def test_the_partners_of_a_co_organisation_about_one_event_organise_it():
    found = _read("Organized in collaboration with the [Delta Institute|organisation] and the [Harbour Foundation|organisation], "
                  "the [Harbour Seminar|event] opened.")
    assert {"delta-institute organises harbour-seminar", "harbour-foundation organises harbour-seminar"} <= set(found), found


def test_the_subject_that_holds_an_undertaking_in_partnership_with_a_body_is_the_bodys_partner():
    found = _read("The [Delta Institute|organisation] held the [Harbour Forum|event] in partnership with the "
                  "[Harbour Foundation|organisation].")
    assert "partnership collaboration delta-institute harbour-foundation" in found, found


def test_a_post_that_names_its_country_after_it_or_stands_after_the_name_makes_the_person_represent_the_country():
    found = _read("He met the Ambassador of [Valoria|country] to [Montaria|country] [Ana Ruiz|person] and [Ian Holm|person], "
                  "the Ghanaian ambassador to [Montaria|country]. Ghanaian Deputy Labour and Social Affairs Minister "
                  "[Ivo Dal|person] spoke. [Ghana|country] agreed. He thanked [Tomas Berg|person], Ambassador of "
                  "[Valoria|country] to [Ghana|country], [Lena Okafor|person] and others.")
    represents = {f for f in found if " represents " in f}
    assert {"ana-ruiz represents valoria", "ian-holm represents ghana", "ivo-dal represents ghana",
            "tomas-berg represents valoria"} <= represents, found
    assert "lena-okafor represents valoria" not in represents, found
    found = _read("It was signed by [Tomas Berg|person], [Ghana|country]’s minister of labour and social welfare, and "
                  "[Ana Ruiz|person], the Japanese minister of coasts, in Lorvik. [Japan|country] agreed.")
    assert "ana-ruiz represents ghana" not in found and "ana-ruiz represents japan" in found, found


def test_the_bodies_a_reported_visit_met_with_took_part_but_not_a_country_or_another_events():
    facts = _reported("The [Harbour Talks|event] took place in May. Deputy Minister [Tran Van|person] held a series of "
                      "working sessions in Seoul with the [Ministry of Labour|organisation] and the "
                      "[Skills Agency|organisation]. He met with [Valoria|country] workers. The [Lorvik Peer Meeting|event] "
                      "with the [Returnee Group|collective] followed.", "harbour-talks")
    took_part = _linked(facts, "participatesIn")
    assert {("ministry-of-labour", "harbour-talks"), ("skills-agency", "harbour-talks")} <= took_part, facts
    assert not {("valoria", "harbour-talks"), ("returnee-group", "harbour-talks")} & took_part, facts


def test_a_person_after_a_second_post_and_its_body_after_a_comma_represents_the_body_not_after_a_persons():
    found = _read("The Co-Chair of the [Committee|organisation], Head of the [Migration Service|organisation] "
                  "[Ana Ruiz|person] spoke. Mr [Ivo Dal|person], [NDC|organisation], Director General, "
                  "[Harbour Agency|organisation], Mr [Tomas Berg|person] spoke.")
    represents = {f for f in found if " represents " in f}
    assert "ana-ruiz represents migration-service" in represents, found
    assert "tomas-berg represents harbour-agency" not in represents, found


def test_whoever_leads_a_countrys_delegation_or_side_represents_the_country():
    found = _read("The Ghanaian delegation at the talks was led by Deputy Minister [Ana Ruiz|person]. The Kenyan side was "
                  "headed by [Tomas Berg|person]. [Ivo Dal|person] led the Malian delegation. [Ghana|country], "
                  "[Kenya|country] and [Mali|country] agreed.")
    represents = {f for f in found if " represents " in f}
    assert {"ana-ruiz represents ghana", "tomas-berg represents kenya", "ivo-dal represents mali"} <= represents, found


def test_a_permanent_representative_a_charge_daffaires_and_an_attache_are_national_posts():
    found = _read("Ambassador [Ana Ruiz|person], Ghanaian Permanent Representative to the [Coastal Union|organisation], "
                  "spoke with the Permanent Representative of [Mali|country] Mr [Tomas Berg|person] and the Kenyan Charge "
                  "d’Affaires [Ivo Dal|person]. [Ghana|country] and [Kenya|country] agreed.")
    represents = {f for f in found if " represents " in f}
    assert {"ana-ruiz represents ghana", "tomas-berg represents mali", "ivo-dal represents kenya"} <= represents, found
