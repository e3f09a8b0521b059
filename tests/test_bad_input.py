"""Bad input is refused with one line on stderr, exit status 2, and nothing written.

The promise (README, "Exit codes"): each bad input gets ONE line naming file, line and entry (and
what would be valid), the exit status is 2, and the ``--out`` folder is left alone: not created when
it did not exist, its old files byte-identical when it did. A SHACL violation exits with 1 and a
report naming focus node and shape, and writes nothing either.

Every case breaks a scratch copy of ``graph/`` (the ``graph_copy`` fixture) and runs the real command
line in a fresh process. The last group (hostile text, unreadable bytes) covers gaps found while
writing these tests: C1 controls, titles with control characters, a raw control character in a YAML
file (a traceback and exit 1), bytes that are not UTF-8 without a line number, and a section id that
broke the one-line message.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from tests import paths
from migration_kg.errors import ValidationError
from tests.conftest import DOC_ID, run_cli

SOURCE = Path("sources") / DOC_ID
STATEMENTS = SOURCE / "statements"
OBJECTIVES = STATEMENTS / "02-objectives.yaml"
ORGANISATIONS = Path("registry") / "organisations.yaml"
COUNTRIES = Path("registry") / "countries.yaml"
PLACES = Path("registry") / "places.yaml"
METADATA = SOURCE / "metadata.yaml"


# -- helpers ---------------------------------------------------------------------------------------

class FixtureDrift(Exception):
    """The seed graph no longer holds what a test edits (not a failure of the package)."""


def _line(path: Path, needle: str) -> int:
    """1-based number of the first line of ``path`` that contains ``needle``."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise FixtureDrift(f"{needle!r} is not in {path}")


def _key(path: Path, start: int, key: str) -> int:
    """The line of ``key:`` in the entry that starts on line ``start`` (errors point at the key)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    for number in range(start, len(lines) + 1):
        if re.match(rf"\s*(- )?{re.escape(key)}:", lines[number - 1]):
            return number
    raise FixtureDrift(f"no {key}: after line {start} of {path}")


def _replace(path: Path, old: str, new: str) -> int:
    """Replace the first ``old`` in ``path`` by ``new``; the line number where the change starts."""
    text = path.read_text(encoding="utf-8")
    if old not in text:
        raise FixtureDrift(f"{old!r} is not in {path}")
    line = text[:text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return line


def _yaml_entry(fields: dict) -> str:
    """A list entry (two-space indent) whose scalars are written as JSON, which YAML reads alike."""
    lines = []
    for i, (key, value) in enumerate(fields.items()):
        lead = "  - " if i == 0 else "    "
        lines.append(f"{lead}{key}: {json.dumps(value)}")
    return "\n".join(lines) + "\n"


def _add_entry(graph: Path, fields: dict, *, list_key: str = "statements", file: Path = OBJECTIVES) -> int:
    """Insert an entry at the top of ``statements:`` (or ``partnerships:``); the line it starts on."""
    path = graph / file
    anchor = f"{list_key}:\n"
    return _replace(path, anchor, anchor + _yaml_entry(fields)) + 1


def _build(graph: Path, out: Path):
    return run_cli("build", "--graph-dir", str(graph), "--out", str(out))


def _refused(proc, out: Path, file: str, line: int | None = None, *contains: str) -> str:
    """Exit 2, exactly one line on stderr naming ``file`` (and ``:line``), nothing on stdout or disk."""
    assert proc.returncode == 2, f"exit {proc.returncode}\nstderr:\n{proc.stderr}"
    err = proc.stderr.strip()
    assert len(err.splitlines()) == 1, f"expected one line on stderr, got:\n{proc.stderr}"
    assert err.startswith("error: "), err
    assert "Traceback" not in err
    assert file in err, err
    if line is not None:
        assert f"{file}:{line}:" in err, err
    else:
        assert re.search(rf"{re.escape(file)}:\d+:", err), f"no line number after {file}: {err}"
    for part in contains:
        assert part in err, f"{part!r} not in: {err}"
    assert proc.stdout == ""
    assert not out.exists(), f"{out} was created: {sorted(p.name for p in out.iterdir())}"
    return err


@pytest.fixture
def out(tmp_path) -> Path:
    """An --out folder that does not exist yet; a refused build must not create it."""
    return tmp_path / "out-never-written"


# -- malformed YAML -------------------------------------------------------------------------------

@pytest.mark.parametrize("file, old, new, problem", [
    (ORGANISATIONS, "  label: International Organization for Migration\n",
     "  label: International Organization: for Migration\n", "malformed YAML"),
    (ORGANISATIONS, "  acronyms: [IOM]\n", "  acronyms: [IOM\n  comment: unclosed\n", "malformed YAML"),
    (ORGANISATIONS, "  acronyms: [IOM]\n", "  acronyms: [IOM]\n  acronyms: [OIM]\n", "duplicate key 'acronyms'"),
    (OBJECTIVES, "    relation: addresses\n", "    relation: addresses: topic\n", "malformed YAML"),
    (OBJECTIVES, "    object: development-cooperation\n", "\tobject: development-cooperation\n",
     "malformed YAML"),
], ids=["registry-colon-in-plain-scalar", "registry-unclosed-flow-list", "registry-duplicate-key",
        "statements-colon-in-plain-scalar", "statements-tab-indent"])
def test_malformed_yaml_names_file_and_line(graph_copy, out, file, old, new, problem):
    path = graph_copy / file
    line = _replace(path, old, new)
    if problem.startswith("duplicate key"):
        line += 1  # the second occurrence is the culprit
    elif "unclosed" in new:
        line += 1  # YAML notices the missing ']' on the next line
    _refused(_build(graph_copy, out), out, path.name, line, problem)


# -- unknown and duplicate ids -----------------------------------------------------------------------

def test_unknown_subject_id_close_to_a_real_one_gets_a_did_you_mean_hint(graph_copy, out):
    path = graph_copy / STATEMENTS / "01-front-matter-and-background.yaml"
    line = _line(path, "id: unfpa-organises-seminar")
    _replace(path, "    subject: unfpa\n", "    subject: unfpaa\n")
    _refused(_build(graph_copy, out), out, path.name, _key(path, line, "subject"),
             "unfpa-organises-seminar", "unknown subject id 'unfpaa'", "did you mean unfpa")


def test_unknown_object_id_far_from_any_real_one_gets_no_hint(graph_copy, out):
    line = _add_entry(graph_copy, {"id": "zz-unknown-object", "subject": "unitar", "relation": "organises",
                                   "object": "quarterly-gala-of-xyz", "quote": "UNITAR"})
    err = _refused(_build(graph_copy, out), out, OBJECTIVES.name, _key(graph_copy / OBJECTIVES, line, "object"),
                   "zz-unknown-object", "unknown object id 'quarterly-gala-of-xyz'")
    assert "did you mean" not in err


def test_duplicate_registry_id_across_two_files_names_both_places(graph_copy, out):
    first = _line(graph_copy / ORGANISATIONS, "- id: iom")
    path = graph_copy / PLACES
    text = path.read_text(encoding="utf-8")
    line = text.count("\n") + 2
    path.write_text(text + "\n- id: iom\n  kind: place\n  label: Another IOM\n", encoding="utf-8")
    _refused(_build(graph_copy, out), out, PLACES.name, line,
             "duplicate id 'iom'", f"{ORGANISATIONS.name}:{first}")


def test_duplicate_statement_id_names_both_places(graph_copy, out):
    first_file = graph_copy / STATEMENTS / "01-front-matter-and-background.yaml"
    first = _line(first_file, "- id: seminar-co-organisation")
    line = _add_entry(graph_copy, {"id": "seminar-co-organisation", "kind": "funding",
                                   "partners": ["macarthur-foundation", "unfpa"],
                                   "quote": "This Series is financially supported by the MacArthur Foundation"},
                      list_key="partnerships")
    _refused(_build(graph_copy, out), out, OBJECTIVES.name, line,
             "duplicate id 'seminar-co-organisation'", f"{first_file.name}:{first}")


# -- relations -------------------------------------------------------------------------------------

@pytest.mark.parametrize("fields, expected", [
    ({"subject": "unitar", "relation": "addresses", "object": "iom"},
     ["object 'iom' is of kind", "organisation", "'addresses'", "kind: topic"]),
    ({"subject": "iom", "relation": "speaksAt", "object": "seminar-2007-03-07"},
     ["subject 'iom' is of kind", "organisation", "'speaksAt'", "kind: person"]),
    ({"subject": "guy-serieys", "relation": "speaksAt", "object": "migration-and-development-seminar-series"},
     ["object 'migration-and-development-seminar-series' is of kind", "event-series", "'speaksAt'", "kind: event"]),
    ({"subject": "unitar", "relation": "subOrganisationOf", "object": "france"},
     ["object 'france' is of kind", "country", "'subOrganisationOf'", "kind: organisation"]),
], ids=["addresses-organisation-as-object", "speaksAt-organisation-as-subject",
        "speaksAt-event-series-as-object", "subOrganisationOf-country-as-object"])
def test_relation_between_the_wrong_kinds_names_relation_and_valid_kinds(graph_copy, out, fields, expected):
    line = _add_entry(graph_copy, {"id": "zz-wrong-kind", **fields, "quote": "UNITAR"})
    line = _key(graph_copy / OBJECTIVES, line, expected[0].split()[0])  # the subject: or object: line
    _refused(_build(graph_copy, out), out, OBJECTIVES.name, line, "zz-wrong-kind", *expected)


def test_partner_that_is_not_an_actor_is_refused_with_the_actor_kinds(graph_copy, out):
    line = _add_entry(graph_copy, {"id": "zz-topic-partner", "kind": "collaboration",
                                   "partners": ["iom", "remittances"], "quote": "UNFPA"},
                      list_key="partnerships")
    _refused(_build(graph_copy, out), out, OBJECTIVES.name, _key(graph_copy / OBJECTIVES, line, "partners"),
             "zz-topic-partner",
             "partner 'remittances' is of kind topic", "organisation, person, country")


@pytest.mark.parametrize("relation, hint", [("organizes", "did you mean organises"), ("wobbulates", None)])
def test_unknown_relation_lists_the_valid_ones(graph_copy, out, relation, hint):
    line = _add_entry(graph_copy, {"id": "zz-unknown-relation", "subject": "iom", "relation": relation,
                                   "object": "seminar-2007-03-07", "quote": "UNFPA"})
    err = _refused(_build(graph_copy, out), out, OBJECTIVES.name, _key(graph_copy / OBJECTIVES, line, "relation"),
                   "zz-unknown-relation",
                   f"unknown relation '{relation}'", "valid: ", "organises", "speaksAt", "addresses")
    if hint:
        assert hint in err
    else:
        assert "did you mean" not in err


# -- quotes ------------------------------------------------------------------------------------------

def test_quote_not_in_the_source_names_yaml_file_line_and_statement(graph_copy, out):
    line = _add_entry(graph_copy, {"id": "zz-invented-quote", "subject": "iom", "relation": "organises",
                                   "object": "seminar-2007-03-07", "quote": "IOM organised a gala dinner"})
    _refused(_build(graph_copy, out), out, OBJECTIVES.name, _key(graph_copy / OBJECTIVES, line, "quote"),
             "zz-invented-quote", "quote not found in source.txt", "IOM organised a gala dinner")


def test_quote_found_several_times_without_a_hint_lists_the_places(graph_copy, out):
    text = (graph_copy / SOURCE / "source.txt").read_text(encoding="utf-8")
    times = len(re.findall(r"\bUNDP\b", text))
    assert times > 1
    line = _add_entry(graph_copy, {"id": "zz-ambiguous", "subject": "undp", "relation": "addresses",
                                   "object": "remittances", "quote": "UNDP"})
    _refused(_build(graph_copy, out), out, OBJECTIVES.name, _key(graph_copy / OBJECTIVES, line, "quote"),
             "zz-ambiguous",
             f"quote found {times} times", "remittances at", "section: <id>", "occurrence: N")


def test_the_same_ambiguous_quote_with_a_section_hint_builds(graph_copy, tmp_path):
    _add_entry(graph_copy, {"id": "zz-ambiguous", "subject": "undp", "relation": "addresses",
                            "object": "remittances", "quote": "UNDP", "section": "remittances",
                            "short-quote-ok": "a bare name, to test the section hint"})
    out = tmp_path / "out"
    proc = run_cli("build", "--graph-dir", str(graph_copy), "--out", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    nt = (out / "graph.nt").read_text(encoding="utf-8")
    evidence = f"<https://w3id.org/migration-kg/doc/{DOC_ID}/statement/zz-ambiguous/evidence>"
    section = f"<https://w3id.org/migration-kg/doc/{DOC_ID}/section/remittances>"
    assert f"{evidence} <https://w3id.org/migration-kg/ontology#section> {section} ." in nt


def test_the_same_ambiguous_quote_with_an_occurrence_hint_passes_the_curation_checks(graph_copy):
    from tests.records import load

    _add_entry(graph_copy, {"id": "zz-ambiguous", "subject": "undp", "relation": "addresses",
                            "object": "remittances", "quote": "UNDP", "occurrence": 2})
    kb = load(graph_copy)
    evidence = next(s.evidence for s in kb.statements if s.id == "zz-ambiguous")
    assert evidence.section == "remittances"
    assert kb.documents[0].text[evidence.span.start:evidence.span.end] == "UNDP"


def test_occurrence_out_of_range_says_what_would_be_valid(graph_copy, out):
    line = _add_entry(graph_copy, {"id": "zz-occurrence", "subject": "undp", "relation": "addresses",
                                   "object": "remittances", "quote": "UNDP", "occurrence": 9})
    _refused(_build(graph_copy, out), out, OBJECTIVES.name, _key(graph_copy / OBJECTIVES, line, "occurrence"),
             "zz-occurrence",
             "occurrence must be a whole number from 1 to")


# -- missing and unreadable files ------------------------------------------------------------------

def test_missing_source_text_names_metadata_and_the_file_it_points_at(graph_copy, out):
    _replace(graph_copy / METADATA, "text: source.txt\n", "text: no-such-report.txt\n")
    _refused(_build(graph_copy, out), out, METADATA.name, None, DOC_ID, "'no-such-report.txt' not found")


def test_invalid_utf8_in_a_yaml_file_names_the_line(graph_copy, out):
    path = graph_copy / PLACES
    raw = path.read_bytes()
    line = raw.count(b"\n") + 4
    path.write_bytes(raw + b"\n- id: cafe\n  kind: place\n  label: Caf\xe9 Central\n")
    err = _refused(_build(graph_copy, out), out, PLACES.name, line)
    assert "utf-8" in err.lower()


def test_invalid_utf8_in_the_source_text_is_refused(graph_copy, out):
    path = graph_copy / SOURCE / "source.txt"
    path.write_bytes(path.read_bytes() + b"\nStray byte \xff here.\n")
    proc = _build(graph_copy, out)
    assert proc.returncode == 2, proc.stderr
    err = proc.stderr.strip()
    assert len(err.splitlines()) == 1 and "source.txt" in err and "UTF-8" in err, err
    assert not out.exists()


def test_raw_control_character_in_a_yaml_file_is_refused(graph_copy, out):
    path = graph_copy / PLACES
    raw = path.read_bytes()
    line = raw.count(b"\n") + 4
    path.write_bytes(raw + b"\n- id: cafe\n  kind: place\n  label: Caf\x1b[31m\n")
    err = _refused(_build(graph_copy, out), out, PLACES.name, line)
    assert "\x1b" not in err


# -- registry values ---------------------------------------------------------------------------------

@pytest.mark.parametrize("iso2", ["gh", "GHA", "12"])
def test_country_with_a_bad_iso2_is_refused_with_the_valid_form(graph_copy, out, iso2):
    line = _line(graph_copy / COUNTRIES, "- id: ghana")
    _replace(graph_copy / COUNTRIES, "  iso2: GH\n", f"  iso2: {json.dumps(iso2)}\n")
    _refused(_build(graph_copy, out), out, COUNTRIES.name, _key(graph_copy / COUNTRIES, line, "iso2"), "ghana",
             "iso2", "two capitals, e.g. FR")


@pytest.mark.parametrize("label", ["Gha\\u001b[31mna", "Ghana\\u0007", "Gha\\u007fna"],
                         ids=["ansi-escape", "bell", "delete"])
def test_label_with_control_characters_is_refused(graph_copy, out, label):
    line = _line(graph_copy / COUNTRIES, "- id: ghana")
    _replace(graph_copy / COUNTRIES, "  label: Ghana\n", f'  label: "{label}"\n')
    err = _refused(_build(graph_copy, out), out, COUNTRIES.name, _key(graph_copy / COUNTRIES, line, "label"),
                   "ghana", "control characters")
    assert "\x1b" not in err and "\x07" not in err and "\x00" not in err


# Hostile text in every field that reaches the graph or a message. Checked in-process (the curation
# checks alone): these would otherwise run a whole build each when they regress.

def _curation_refused(graph: Path, file: str, *contains: str) -> None:
    from tests.records import load
    from migration_kg.errors import CurationError

    with pytest.raises(CurationError) as info:
        load(graph)
    message = str(info.value)
    assert re.search(rf"{re.escape(file)}:\d+: ", message) and "\n" not in message, message
    for part in contains:
        assert part in message, message


def test_label_with_a_c1_control_character_is_refused(graph_copy):
    _replace(graph_copy / COUNTRIES, "  label: Ghana\n", '  label: "Gha\\u009b31mna"\n')
    _curation_refused(graph_copy, COUNTRIES.name, "ghana", "control characters")


@pytest.mark.parametrize("file, old, new", [
    (METADATA, 'title: "UNITAR Migration and Development Series: Building Partnerships"\n',
     'title: "Migration and Development\\u001b[2J Series"\n'),
    (METADATA, "{id: background, title: Background,", '{id: background, title: "Back\\u0007ground",'),
    (STATEMENTS / "08-mainstreaming-migration.yaml", "    title: Director\n", '    title: "Director\\u0007"\n'),
], ids=["document-title", "section-title", "statement-title"])
def test_title_with_control_characters_is_refused(graph_copy, file, old, new):
    _replace(graph_copy / file, old, new)
    _curation_refused(graph_copy, file.name, "control characters")


def test_section_id_with_a_line_break_still_gives_one_line(graph_copy, out):
    line = _replace(graph_copy / METADATA, "{id: background, title: Background, heading: BACKGROUND}",
                    '{id: "back\\nground", title: Background, heading: BACKGROUND, colour: red}')
    _refused(_build(graph_copy, out), out, METADATA.name, line)


# -- an existing --out folder keeps its old files -------------------------------------------------------

@pytest.fixture
def old_out(tmp_path, built) -> Path:
    """An --out folder holding a previous build and a file of the user's."""
    folder = tmp_path / "previous"
    folder.mkdir()
    for name, path in built.outputs.items():
        shutil.copyfile(path, folder / name)
    (folder / "notes.txt").write_bytes(b"mine\n")
    return folder


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("breakage", ["malformed-yaml", "unknown-id", "quote-not-found"])
def test_refused_build_leaves_an_existing_out_folder_byte_identical(graph_copy, old_out, breakage):
    if breakage == "malformed-yaml":
        _replace(graph_copy / ORGANISATIONS, "  acronyms: [IOM]\n", "  acronyms: [IOM\n")
    elif breakage == "unknown-id":
        _add_entry(graph_copy, {"id": "zz", "subject": "nobody", "relation": "organises",
                                "object": "seminar-2007-03-07", "quote": "UNITAR"})
    else:
        _add_entry(graph_copy, {"id": "zz", "subject": "iom", "relation": "organises",
                                "object": "seminar-2007-03-07", "quote": "not in the report at all"})
    before = _snapshot(old_out)
    proc = _build(graph_copy, old_out)
    assert proc.returncode == 2, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert _snapshot(old_out) == before  # same names (no stray temporary files), same bytes


# -- SHACL violations: exit 1 with a report ---------------------------------------------------------------

STRICT_SHAPE = """
@prefix sh:    <http://www.w3.org/ns/shacl#> .
@prefix mkg:   <https://w3id.org/migration-kg/ontology#> .
@prefix shape: <https://w3id.org/migration-kg/shapes#> .

shape:PersonOneTitleShape a sh:NodeShape ;
    sh:targetClass mkg:Person ;
    sh:property [ sh:path mkg:title ; sh:maxCount 1 ;
                  sh:message "a person has at most one title (test-only shape)" ] .
"""


@pytest.fixture
def strict_shapes(tmp_path) -> Path:
    """The project's shapes plus one the seed graph breaks: a person may have only one mkg:title."""
    path = tmp_path / "strict-shapes.ttl"
    path.write_text(paths.SHAPES_FILE.read_text(encoding="utf-8") + STRICT_SHAPE, encoding="utf-8")
    return path


def _people_with_several_titles(graph) -> list[str]:
    from migration_kg.vocabulary.namespaces import MKG
    from rdflib import RDF

    people = [p for p in graph.subjects(RDF.type, MKG.Person) if len(set(graph.objects(p, MKG.title))) > 1]
    return sorted(str(p).rsplit("/", 1)[-1] for p in people)


def test_shacl_violation_raises_validation_error_and_writes_nothing(strict_shapes, tmp_path, graph, old_out):
    from migration_kg.build import build

    culprits = _people_with_several_titles(graph)
    assert culprits, "the seed graph must have a person with two titles for this test"
    out = tmp_path / "out"
    with pytest.raises(ValidationError) as info:
        build(paths.GRAPH_DIR, out, shapes_file=strict_shapes)
    report = info.value.report
    assert report.startswith("SHACL validation failed")
    for person in culprits:
        assert f"focus id:{person}" in report
    assert "shape shape:PersonOneTitleShape" in report
    assert "path mkg:title" in report and "at most one title" in report
    assert not out.exists()

    before = _snapshot(old_out)
    with pytest.raises(ValidationError):
        build(paths.GRAPH_DIR, old_out, shapes_file=strict_shapes)
    assert _snapshot(old_out) == before


def test_validation_error_means_exit_status_1():
    assert ValidationError.exit_code == 1
    assert ValidationError("x").exit_code == 1


def test_cli_returns_1_and_prints_the_report_when_build_raises_validation_error(monkeypatch, capsys, tmp_path):
    import migration_kg.build
    from migration_kg import cli

    report = "SHACL validation failed: 1 violation(s)\n  focus id:x  shape shape:S  path mkg:title: bad"

    def failing_build(*args, **kwargs):
        raise ValidationError(report)

    monkeypatch.setattr(migration_kg.build, "build", failing_build)
    assert cli.main(["build", "--out", str(tmp_path / "out")]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"error: {report}\n"
    assert not (tmp_path / "out").exists()


def test_cli_exit_1_with_a_real_shacl_report(monkeypatch, capsys, tmp_path, strict_shapes, graph):
    """The real build through cli.main, its shapes swapped for the strict ones: exit 1, nothing written."""
    import migration_kg.resources

    monkeypatch.setattr(migration_kg.resources, "shapes_file", lambda: strict_shapes)
    from migration_kg import cli

    out = tmp_path / "out"
    assert cli.main(["build", "--out", str(out)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("error: SHACL validation failed")
    for person in _people_with_several_titles(graph):
        assert f"focus id:{person}  shape shape:PersonOneTitleShape" in captured.err
    assert not out.exists()


# Inputs that reached an exception (a traceback and exit 1) before: checked in-process through main().

def _main_refused(capsys, graph: Path, out: Path, file: str, *contains: str) -> str:
    from migration_kg.cli import main

    code = main(["validate", "--graph-dir", str(graph)])
    captured = capsys.readouterr()
    assert code == 2, captured.err
    err = captured.err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("error: ") and "Traceback" not in err, err
    assert re.search(rf"{re.escape(file)}:\d+: ", err), err
    for part in contains:
        assert part in err, err
    assert main(["build", "--graph-dir", str(graph), "--out", str(out), "--quiet"]) == 2
    capsys.readouterr()
    assert not out.exists()
    return err


@pytest.mark.parametrize("number", ["one", "-3", "0", "2.5", "true", "[1]"])
def test_a_series_number_that_is_not_a_positive_whole_number_is_refused(graph_copy, out, capsys, number):
    _replace(graph_copy / METADATA, "subtitle: Seminar report\n", f"subtitle: Seminar report\nnumber: {number}\n")
    _main_refused(capsys, graph_copy, out, METADATA.name, "number", "whole number from 1")


@pytest.mark.parametrize("parent", ["approaches", "[summary-of-interventions]", "7"])
def test_a_section_that_is_its_own_parent_or_a_bad_parent_is_refused(graph_copy, out, capsys, parent):
    _replace(graph_copy / METADATA, "heading: APPROACHES, parent: summary-of-interventions}",
             f"heading: APPROACHES, parent: {parent}}}")
    err = _main_refused(capsys, graph_copy, out, METADATA.name, "approaches", "parent")
    if parent == "approaches":
        assert "its own parent" in err
