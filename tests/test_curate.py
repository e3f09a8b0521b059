"""The curator's workflow end to end: a report given as a PDF becomes a curated document of the graph.

init, add-document, candidates, locate and propose are called through ``main(argv)`` on scratch
copies of graph/ (or a new project); the fixture notes in tests/fixtures/curation/ are invented
(see their README). Accepting a proposal is what a curator does: removing ``proposed: true`` in YAML.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from rdflib import Graph

from migration_kg.build import build
from migration_kg.cli import main
from migration_kg.vocabulary.namespaces import ID
from migration_kg.curation.quotes import normalise
from migration_kg.curation.registry import load_registry
from migration_kg.query.sparql import library
from tests.engines import as_n3, oxigraph_store_from_file, run_oxigraph, run_rdflib
from tests.conftest import DOC_ID
from tests.curation_pdf import HEADER, write_pdf

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "curation"
NEW_DOC = "unitar-2008-05-20-labour-mobility"
MD_DOC = "unitar-2009-03-03-diaspora-investment"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def accept(path: Path, ids: set[str]) -> None:
    """What a curator does: delete the `proposed: true` line of the entries with these ids (as the
    generated walkthrough does, scripts/walkthrough.py)."""
    from scripts.walkthrough import accept as accepted

    path.write_text(accepted(path.read_text(encoding="utf-8"), ids), encoding="utf-8")


@pytest.fixture
def pdf(tmp_path) -> Path:
    return write_pdf(FIXTURES / "labour-mobility.txt", tmp_path / "labour-mobility.pdf",
                     title="Labour Mobility and Skills Partnerships")


# -- init ------------------------------------------------------------------------------------------

def test_init_makes_an_empty_project_that_loads_and_takes_a_document(tmp_path, capsys):
    project = tmp_path / "my-kg"
    code, out, err = run(capsys, "init", project)
    assert code == 0 and err == ""
    graph = project / "graph"
    assert {p.name for p in (graph / "registry").iterdir()} == {
        "organisations.yaml", "people.yaml", "countries.yaml", "places.yaml", "events.yaml",
        "initiatives.yaml", "topics.yaml"}
    assert (graph / "sources").is_dir()
    assert "migration-kg build --data graph" in (project / "README.md").read_text(encoding="utf-8")
    assert len(load_registry(graph)) == 0
    # a second init on the same folder is refused, and nothing changes
    before = sorted(p.relative_to(project) for p in project.rglob("*"))
    code, out, err = run(capsys, "init", project)
    assert code == 2 and out == "" and "already exists" in err
    assert sorted(p.relative_to(project) for p in project.rglob("*")) == before
    # the new project takes a Markdown report; with an empty registry every country is a candidate
    assert run(capsys, "add-document", FIXTURES / "diaspora-investment.md", "--data", graph,
               "--id", MD_DOC)[0] == 0
    code, out, _ = run(capsys, "candidates", MD_DOC, "--data", graph, "--write")
    assert code == 0
    countries = yaml.safe_load((graph / "registry" / "countries.yaml").read_text(encoding="utf-8"))
    assert {(c["id"], c["iso2"], c["iso3"], c["proposed"]) for c in countries} == {
        ("philippines", "PH", "PHL", True), ("mexico", "MX", "MEX", True)}


# -- add-document ----------------------------------------------------------------------------------

def test_add_document_reads_a_pdf_into_clean_text_metadata_and_sections(graph_copy, pdf, capsys):
    code, out, err = run(capsys, "add-document", pdf, "--data", graph_copy, "--id", NEW_DOC)
    assert code == 0, err
    folder = graph_copy / "sources" / NEW_DOC
    text = (folder / "source.txt").read_text(encoding="utf-8")
    assert HEADER not in text and not re.search(r"(?m)^Page \d+$", text)  # repeating header/footer gone
    assert "recognition\nof prior learning" in text and "recog-" not in text  # hyphenation joined
    assert "\r" not in text and "\n\n\n" not in text
    meta = yaml.safe_load((folder / "metadata.yaml").read_text(encoding="utf-8"))
    assert meta["title"] == "Labour Mobility and Skills Partnerships"
    assert str(meta["date"]) == "2008-05-20" and meta["place"] == "Palais des Nations, Geneva"
    assert meta["publisher"] is None  # not in the text: left for the curator, and the build says so
    assert "pypdf" in meta["extraction"] and "UNITAR Seminar Note" in meta["extraction"]
    assert set(meta["review"]) == {"title", "date", "place"}
    assert meta["sections"] == [
        {"id": "front-matter", "title": "Front matter"},
        {"id": "background", "title": "Background", "heading": "BACKGROUND"},
        {"id": "proceedings", "title": "Proceedings", "heading": "PROCEEDINGS"},
        {"id": "skills-passports", "title": "Skills passports", "heading": "Skills passports", "parent": "proceedings"},
        {"id": "recruitment-costs", "title": "Recruitment costs", "heading": "Recruitment costs", "parent": "proceedings"},
        {"id": "dialogue-with-member-states", "title": "Dialogue with member states",
         "heading": "DIALOGUE WITH MEMBER STATES"},
        {"id": "next-steps", "title": "Next steps", "heading": "NEXT STEPS"},
        {"id": "conclusions", "title": "Conclusions", "heading": "CONCLUSIONS"}]
    # each section's offset, printed and written as a comment, is where its heading starts
    for line in (folder / "metadata.yaml").read_text(encoding="utf-8").splitlines():
        m = re.search(r"heading: ([^,}]+).*# offset (\d+)$", line)
        if m:
            assert text[int(m.group(2)):].startswith(m.group(1))
    assert re.search(r"^\s+513\s+skills-passports\s+\(Skills passports\)$", out, re.M)
    # the build refuses the document until the publisher is filled in, pointing at the file
    code, _, err = run(capsys, "validate", "--data", graph_copy)
    assert code == 2 and f"{NEW_DOC}/metadata.yaml" in err and "publisher" in err
    # adding it again is refused without touching the folder
    code, _, err = run(capsys, "add-document", pdf, "--data", graph_copy, "--id", NEW_DOC)
    assert code == 2 and "already exists" in err


def test_add_document_refuses_other_formats_and_writes_nothing(graph_copy, tmp_path, capsys):
    bad = tmp_path / "report.docx"
    bad.write_bytes(b"PK")
    code, out, err = run(capsys, "add-document", bad, "--data", graph_copy)
    assert code == 2 and out == "" and ".txt, .md, .pdf" in err and "Traceback" not in err
    assert [p.name for p in (graph_copy / "sources").iterdir()] == [DOC_ID]


# -- candidates ------------------------------------------------------------------------------------

def test_candidates_rank_unknown_names_with_context_and_list_known_ones(graph_copy, pdf, capsys):
    run(capsys, "add-document", pdf, "--data", graph_copy, "--id", NEW_DOC)
    from migration_kg.assist.candidates import find_candidates

    report = find_candidates(NEW_DOC, graph_copy)
    by_id = {c.id: c for c in report.candidates}
    bodies = [c for c in report.candidates if c.kind == "organisation"]
    assert bodies[0].id == "northern-skills-council" and bodies[0].count == 4  # the most named body first
    assert [c.count for c in report.candidates] == sorted((c.count for c in report.candidates), reverse=True)
    assert (by_id["nigeria"].kind, by_id["nigeria"].iso2, by_id["nigeria"].iso3) == ("country", "NG", "NGA")
    okafor = by_id["amara-okafor"]
    assert (okafor.kind, okafor.title) == ("person", "Director of Employment of Nigeria")
    assert okafor.context.startswith("Ms. Amara Okafor, Director of Employment of Nigeria, presented")
    assert by_id["skills-passport-project"].kind == "project"
    # the registry already knows ILO, IOM, UNFPA and the Philippines: not candidates, but listed as known
    assert not {"ilo", "iom", "unfpa", "philippines"} & set(by_id)
    assert {k.id: k.count for k in report.known}["ilo"] == 7


def test_acronym_definitions_become_candidates_with_their_acronym(tmp_path, capsys):
    project = tmp_path / "kg"
    run(capsys, "init", project)
    run(capsys, "add-document", FIXTURES / "labour-mobility.txt", "--data", project / "graph")
    from migration_kg.assist.candidates import find_candidates

    found = {c.name: c for c in find_candidates("labour-mobility", project / "graph").candidates}
    ilo = found["International Labour Organization"]
    assert (ilo.id, ilo.acronym, ilo.kind, ilo.how) == ("ilo", "ILO", "organisation", "acronym definition; 'Organization' in the name")
    assert ilo.count == 6  # the name once, and "ILO" five more times outside its definition
    assert "International Organization for Migration" in found and "ILO" not in found


# -- locate ----------------------------------------------------------------------------------------

def test_locate_is_tolerant_of_white_space_and_quote_styles(capsys):
    code, out, err = run(capsys, "locate", DOC_ID, 'part of the "Migration and\n   Development Seminar Series"')
    assert code == 0, err
    assert "section background" in out and "occurrence" in out
    assert "quote: part of the “Migration and Development Seminar Series”" in out  # typographic, as in the text
    assert re.search(r"sentence: On 7 March 2007, the United Nations Institute for Training .* as part of the "
                     r"“Migration and Development Seminar Series”\.\n", out)


def test_locate_reads_a_typed_hyphen_as_the_texts_non_breaking_one():
    from migration_kg.assist.locate import Locator
    from migration_kg.assist.patterns import example_document

    doc, _ = example_document("The IOM\u2011UNDP programme met in Dakar. The IOM\u2011UNDP programme ended.")
    locator = Locator(doc)
    first, second = locator.locate("IOM-UNDP programme met"), locator.locate("IOM-UNDP programme")
    assert [m.exact for m in first.matches] == ["IOM\u2011UNDP programme met"] and not first.fuzzy
    assert [m.occurrence for m in second.matches] == [1, 2]  # one index, several quotes


def test_locate_gives_the_hint_a_repeated_quote_needs(capsys):
    from tests import paths
    from migration_kg.assist.locate import locate_quote

    result = locate_quote(DOC_ID, paths.GRAPH_DIR, "remittances")
    assert len(result.matches) > 2 and not result.unique
    assert [m.occurrence for m in result.matches] == list(range(1, len(result.matches) + 1))
    text = (paths.GRAPH_DIR / "sources" / DOC_ID / "source.txt").read_text(encoding="utf-8")
    for m in result.matches:
        assert text[m.start:m.end] == "remittances"
        assert m.hint in ({"section": m.section}, {"occurrence": m.occurrence})
    single = locate_quote(DOC_ID, paths.GRAPH_DIR, "thirty-one delegates")
    assert single.unique and single.matches[0].hint == {}
    code, out, _ = run(capsys, "locate", DOC_ID, "remittances", "--near", "Philippines")
    assert code == 0 and "Philippines" in out and out.count("paste:") < len(result.matches)


def test_locate_near_finds_a_misremembered_quote(capsys):
    code, out, _ = run(capsys, "locate", DOC_ID, "the MacArthur Foundation hosted a seminar on Bulding Partnership",
                       "--near", "UNFPA")
    assert code == 0 and out.startswith("Not found as written")
    assert "quote: the MacArthur Foundation hosted a seminar on Building Partnerships" in out
    code, out, err = run(capsys, "locate", DOC_ID, "zebra crossing quantum chromodynamics")
    assert code == 2 and out == "" and "quote not found" in err



def test_locate_shows_the_sentence_from_a_word_to_a_word(capsys, monkeypatch):
    """The context of a match is the sentence around it; where it is too long to show whole, it is
    cut between words, and the cut is marked with "…": never in the middle of a word."""
    from tests import paths
    from migration_kg.assist import locate
    from migration_kg.assist.document import document_folder, open_document

    # a long sentence (about 340 characters), shown whole: from its first word to its full stop
    code, out, err = run(capsys, "locate", DOC_ID, "the work of the Global Migration Group")
    assert code == 0, err
    sentences = re.findall(r"sentence: (.*)\n", out)
    assert sentences[0].startswith("It also served to discuss the way forward")
    assert sentences[0].endswith("and on the work of the Global Migration Group (GMG).")
    # every context, for quotes taken all over the document, starts and ends between words: at the
    # sentence's own ends, or at a cut marked "…" (many with a short reach)
    doc = open_document(document_folder(DOC_ID, paths.GRAPH_DIR))
    text = normalise(doc.text)
    words = text.split(" ")
    for reach in (locate.SENTENCE_REACH, 80):
        monkeypatch.setattr(locate, "SENTENCE_REACH", reach)
        checked, cut = 0, 0
        for i in range(0, len(words) - 3, 7):
            for m in locate.locate_in(doc, " ".join(words[i:i + 3])).matches:
                sentence = m.sentence.removeprefix("… ").removesuffix(" …")
                cut += sentence != m.sentence
                assert re.search(r"(?<!\S)" + re.escape(sentence) + r"(?!\S)", text), m.sentence
                assert m.sentence.startswith("… ") or not sentence[0].islower(), m.sentence
                assert m.exact in sentence
                checked += 1
        assert checked > 300
        if reach < 100:
            assert cut > 100

# -- loaders skip proposals ------------------------------------------------------------------------

def test_proposed_registry_entries_are_skipped_and_counted(graph_copy, capsys):
    with (graph_copy / "registry" / "organisations.yaml").open("a", encoding="utf-8") as f:
        f.write("\n- id: not-yet\n  kind: organisation\n  label: Not Yet Accepted\n  proposed: true\n")
    registry = load_registry(graph_copy)
    assert "not-yet" not in registry and "not-yet" in registry.proposed
    assert registry.notices() == ["registry: skipped 1 proposed entry (proposed: true); remove the flag to accept one"]
    # a statement may not use it before it is accepted: the error says where to accept it
    statements = graph_copy / "sources" / DOC_ID / "statements" / "99-test.yaml"
    statements.write_text("statements:\n  - id: t\n    subject: not-yet\n    relation: funds\n"
                          "    object: seminar-2007-03-07\n    quote: hosted a seminar\n", encoding="utf-8")
    code, _, err = run(capsys, "validate", "--data", graph_copy)
    assert code == 2 and "99-test.yaml:3" in err and "only proposed" in err and "organisations.yaml" in err


# -- the whole path --------------------------------------------------------------------------------

def test_a_pdf_report_becomes_a_curated_document_sharing_actors_with_the_seed(graph_copy, pdf, tmp_path, capsys):
    g = graph_copy
    assert run(capsys, "add-document", pdf, "--data", g, "--id", NEW_DOC)[0] == 0
    folder = g / "sources" / NEW_DOC
    # the curator fills in what the text did not say and clears the review list
    meta_file = folder / "metadata.yaml"
    meta = meta_file.read_text(encoding="utf-8")
    meta = meta.replace("publisher: null", "publisher: UNITAR\npublisher_entity: unitar")
    meta = re.sub(r"(?m)^review: .*$", "review: []", meta)
    meta_file.write_text(meta, encoding="utf-8")

    code, out, _ = run(capsys, "candidates", NEW_DOC, "--data", g, "--write")
    assert code == 0 and "Proposed in" in out
    accept(g / "registry" / "organisations.yaml", {"northern-skills-council"})
    accept(g / "registry" / "countries.yaml", {"nigeria"})
    accept(g / "registry" / "people.yaml", {"amara-okafor", "tomas-lindqvist"})
    accept(g / "registry" / "initiatives.yaml", {"skills-passport-project", "fee-free-hiring-initiative"})
    # the seminar itself is not a name the text uses: the curator adds it by hand
    with (g / "registry" / "events.yaml").open("a", encoding="utf-8") as f:
        f.write("\n- id: seminar-2008-05-20\n  kind: event\n  label: Labour Mobility and Skills Partnerships\n"
                "  aliases: [seminar on labour mobility and skills]\n")
    registry = load_registry(g)
    assert {"nigeria", "amara-okafor", "skills-passport-project"} <= set(registry)
    assert {"coastal-apprenticeship-alliance", "bangladesh"} <= set(registry.proposed)

    code, out, _ = run(capsys, "propose", NEW_DOC, "--data", g, "--write")
    assert code == 0
    proposed_file = folder / "statements" / "proposed.yaml"
    proposals = yaml.safe_load(proposed_file.read_text(encoding="utf-8"))
    triples = {(subject, s["relation"], obj): s for s in proposals["statements"]
               for subject in s.get("subjects", [s.get("subject")])
               for obj in s.get("objects", [s.get("object", str(s.get("value")))])}  # a count's value is a mapping
    expected = {("unitar", "organises", "seminar-2008-05-20"), ("ilo", "organises", "seminar-2008-05-20"),
                ("iom", "organises", "seminar-2008-05-20"),
                ("ilo", "leads", "skills-passport-project"), ("ilo", "initiates", "fee-free-hiring-initiative"),
                ("tomas-lindqvist", "represents", "northern-skills-council")}
    assert expected <= set(triples)
    assert all(s["proposed"] is True for s in proposals["statements"] + proposals["partnerships"])
    assert triples[("ilo", "leads", "skills-passport-project")]["quote"] == "Skills Passport Project, which is led by the ILO"
    # "The seminar was funded by ...": the seminar is the event the document reports on
    assert triples[("unfpa", "funds", "seminar-2008-05-20")]["quote"].startswith("The seminar was funded by")
    kinds = {(p["kind"], tuple(p["partners"])) for p in proposals["partnerships"]}
    assert ("co-organisation", ("unitar", "ilo", "iom")) in kinds
    # the curator accepts most proposals, and writes two statements by hand from what locate prints
    accepted = {s["id"] for k, s in triples.items() if k in expected}
    accepted |= {p["id"] for p in proposals["partnerships"] if p["partners"] == ["unitar", "ilo", "iom"]}
    accept(proposed_file, accepted)
    pastes = []
    for quote, section in (("Ms. Amara Okafor, Director of Employment of Nigeria", "skills-passports"),
                           ("The seminar was funded by the United Nations Population Fund", "background")):
        code, out, _ = run(capsys, "locate", NEW_DOC, quote, "--data", g)
        assert code == 0 and f"section {section}" in out
        pastes.append(re.search(r"^\s+(quote: .*)$", out, re.M).group(1))
    (folder / "statements" / "01-by-hand.yaml").write_text(
        "statements:\n  - id: okafor-represents-nigeria\n    subject: amara-okafor\n    relation: represents\n"
        f"    object: nigeria\n    title: Director of Employment\n    {pastes[0]}\n"
        "  - id: unfpa-funds-seminar\n    subject: unfpa\n    relation: funds\n"
        f"    object: seminar-2008-05-20\n    {pastes[1]}\n", encoding="utf-8")

    out_dir = tmp_path / "out"
    code, out, err = run(capsys, "build", "--data", g, "--out", out_dir, "--quiet")
    assert code == 0, err
    # the proposals not accepted are skipped, and the curation report says so
    assert any("proposed statement(s)" in notice for notice in build(g, None).report.notices)
    graph = Graph().parse(out_dir / "graph.ttl", format="turtle")
    # shared actors are one node, mentioned from both documents
    for actor in ("iom", "unfpa", "ilo", "unitar", "philippines"):
        docs = {str(graph.value(graph.value(m, _oa("hasTarget")), _oa("hasSource")))
                for m in graph.subjects(_mkg("mentionOf"), ID[actor])}
        assert {d.rsplit("/", 1)[1] for d in docs} == {DOC_ID, NEW_DOC}, actor
        assert len(set(graph.objects(ID[actor], _rdfs("label")))) == 1
    # cross-document questions
    rows = run_rdflib(graph, library()["actors-in-several-reports"].text).as_dicts()
    several = {str(r["actor_label"]) for r in rows}
    assert {"International Organization for Migration", "United Nations Population Fund",
            "International Labour Organization", "Philippines"} <= several
    assert "Nigeria" not in several and "Northern Skills Council" not in several
    assert {int(r["reports"]) for r in rows} == {2}
    store = oxigraph_store_from_file(out_dir / "graph.ttl")
    assert as_n3(run_oxigraph(store, library()["actors-in-several-reports"].text)) == \
        as_n3(run_rdflib(graph, library()["actors-in-several-reports"].text))
    partnerships = run_rdflib(graph, library()["partnerships-by-report"].text).as_dicts()
    ours = {(str(r["kind"]), str(r["partner_label"])) for r in partnerships
            if str(r["document_title"]) == "Labour Mobility and Skills Partnerships"}
    assert ours == {("co-organisation", "United Nations Institute for Training and Research"),
                    ("co-organisation", "International Labour Organization"),
                    ("co-organisation", "International Organization for Migration")}
    text = normalise((folder / "source.txt").read_text(encoding="utf-8"))
    assert all(str(r["quote"]) in text for r in partnerships
               if str(r["document_title"]) == "Labour Mobility and Skills Partnerships")
    # stats lists both documents
    code, out, _ = run(capsys, "stats", "--graph", out_dir / "graph.ttl", "--top", "1")
    assert code == 0 and "Documents (2):" in out
    n = sum(len(s.get("subjects", [1])) * len(s.get("objects", [1])) for s in proposals["statements"]
            if s["id"] in accepted) + 2  # an entry with subjects: or objects: is one statement per pair
    assert re.search(rf"^2008-05-20\s+Labour Mobility and Skills Partnerships\s+{n}\s+1\s", out, re.M)


def _oa(term: str):
    from rdflib import URIRef

    return URIRef("http://www.w3.org/ns/oa#" + term)


def _mkg(term: str):
    from migration_kg.vocabulary.namespaces import MKG

    return MKG[term]


def _rdfs(term: str):
    from rdflib import RDFS

    return RDFS[term]
