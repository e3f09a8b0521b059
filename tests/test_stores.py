"""--store oxigraph[:DIR]: the memory build's triples and rows from an Oxigraph store.

The Oxigraph build (migration_kg.store) keeps each triple in one named graph (ontology, registry,
one per document), runs on worker processes, checks SHACL as SPARQL (migration_kg.shaclsparql) and
persists into DIR only when everything passed. These tests hold it to the memory build: same
triples (up to Oxigraph's canonical integer datatype), same rows for every library query, same
statistics, same curation report; and the SPARQL SHACL check to pySHACL's results on every fixture
and on deliberately broken graphs.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from pyshacl import validate
from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import SH

from benchmarks.corpus import generate
from migration_kg import paths
from migration_kg.build import build
from migration_kg.errors import CurationError, UsageError, ValidationError
from migration_kg.namespaces import DOC, ID, MKG
from migration_kg.resolve import NameIndex
from migration_kg.shaclsparql import UnsupportedShapes, compile_shapes, violations
from migration_kg.sparql import PARAM_DEFAULTS, PARAM_KINDS, library, run_rdflib, status_binding
from migration_kg.store import (MARKER, ONTOLOGY_GRAPH, REGISTRY_GRAPH, OxigraphStore, StoreSpec, build_store,
                                document_graph, parse_store, to_rdflib)
from migration_kg.validation import load_shapes
from tests.conftest import DOC_ID, run_cli

LIBRARY = library()
PARAMS = {"actor": "IOM", "country": "Ghana", "actor_a": "IOM", "actor_b": "ILO", "entity": "remittances"}
SECOND = Path(__file__).resolve().parent / "fixtures" / "second-document"
SHAPES = load_shapes(paths.SHAPES_FILE)
ONTOLOGY = Graph().parse(paths.ONTOLOGY_FILE, format="turtle")
INTEGER_TYPES = {XSD.nonNegativeInteger, XSD.positiveInteger}


def canonical(graph) -> set:
    """The triples as Oxigraph keeps them: integer subtypes read back as xsd:integer."""
    out = set()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype in INTEGER_TYPES:
            o = Literal(str(o), datatype=XSD.integer)
        out.add((s, p, o))
    return out


def sorted_n3(rows) -> list:
    return sorted((tuple("" if c is None else c.n3() for c in row) for row in rows.rows))


def bindings(query, names_graph) -> dict:
    index = NameIndex(names_graph)
    binds = {p.name: index.resolve(PARAMS[p.name], PARAM_KINDS[p.kind]) for p in query.parameters
             if p.kind != "status"}
    binds.update({p.name: status_binding(PARAM_DEFAULTS[p.kind]) for p in query.parameters if p.kind == "status"})
    return binds


_MEMORY_ROWS: dict = {}


def memory_rows(name: str, graph: Graph):
    """Rows of a library query on the memory build (rdflib), computed once per test session."""
    if name not in _MEMORY_ROWS:
        query = LIBRARY[name]
        _MEMORY_ROWS[name] = run_rdflib(graph, query.text, bindings(query, graph))
    return _MEMORY_ROWS[name]


def per_graph(store: OxigraphStore) -> dict[str, int]:
    rows = store._select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {str(g): int(n) for g, n in rows.rows}


@pytest.fixture(scope="module")
def oxi():
    """The seed graph built into an in-memory Oxigraph store."""
    return build(paths.GRAPH_DIR, None, store=StoreSpec("oxigraph"))


@pytest.fixture(scope="module")
def two_docs(tmp_path_factory) -> Path:
    """graph/ plus the second-document fixture: facts and roles the two reports share."""
    target = tmp_path_factory.mktemp("two-docs") / "graph"
    shutil.copytree(paths.GRAPH_DIR, target)
    shutil.copytree(SECOND / "sources" / "unitar-2007-06-14-remittances",
                    target / "sources" / "unitar-2007-06-14-remittances")
    for registry_file in (SECOND / "registry").glob("*.yaml"):
        shutil.copyfile(registry_file, target / "registry" / registry_file.name)
    return target


# -- same graph, same rows ------------------------------------------------------------------------------

def test_same_triples_as_the_memory_build(built, oxi):
    assert len(oxi.store) == len(built.graph)
    assert set(to_rdflib(oxi.store)) == canonical(built.graph)
    assert oxi.report.lines() == built.report.lines()
    for line in ("Statements: ", "Partnerships: ", "Mentions: "):
        assert [x for x in built.summary() if x.startswith(line)] == [x for x in oxi.summary() if x.startswith(line)]


def test_each_triple_lives_in_exactly_one_named_graph(oxi):
    store = oxi.store
    assert store.graphs() == sorted([ONTOLOGY_GRAPH, REGISTRY_GRAPH, document_graph(DOC_ID)])
    counts = per_graph(store)
    assert sum(counts.values()) == len(store)
    ask = store.store.query
    org = "<http://www.w3.org/2002/07/owl#Class>"
    assert ask(f"ASK {{ GRAPH <{ONTOLOGY_GRAPH}> {{ <{MKG.Partnership}> a {org} }} }}")
    assert ask(f"ASK {{ GRAPH <{REGISTRY_GRAPH}> {{ <{ID.iom}> <{MKG.kind}> \"organisation\" }} }}")
    statement = DOC[f"{DOC_ID}/statement/ny-office-organises-seminar"]
    assert ask(f"ASK {{ GRAPH <{document_graph(DOC_ID)}> {{ <{statement}> a <{MKG.Assertion}> ; "
               f"<{MKG.hasEvidence}> ?e . ?e <{MKG.quote}> ?q }} }}")
    assert ask(f"ASK {{ GRAPH <{document_graph(DOC_ID)}> {{ ?m a <{MKG.Mention}> }} }}")


@pytest.mark.parametrize("name", sorted(LIBRARY))
def test_every_query_gives_the_same_rows_on_both_stores(name, built, oxi):
    query = LIBRARY[name]
    on_memory = memory_rows(name, built.graph)
    on_oxigraph = oxi.store.query(query.text, bindings(query, oxi.store.names()))
    assert on_memory.variables == on_oxigraph.variables
    assert sorted_n3(on_memory) == sorted_n3(on_oxigraph)
    if not query.is_check:
        assert on_oxigraph.rows, f"{name} returned no rows"


def test_shared_facts_are_kept_once_and_workers_change_nothing(two_docs):
    memory = build(two_docs, None)
    one = build(two_docs, None, store=StoreSpec("oxigraph"), workers=1)
    two = build(two_docs, None, store=StoreSpec("oxigraph"), workers=2)
    assert two.stats.workers == 2
    assert len(one.store) == len(two.store) == len(memory.graph)
    assert set(to_rdflib(two.store)) == canonical(memory.graph)
    assert sum(per_graph(two.store).values()) == len(two.store)
    assert one.store.nquads() == two.store.nquads()
    assert two.report.lines() == memory.report.lines()


# -- stores on disk ---------------------------------------------------------------------------------------

def test_a_store_on_disk_is_replaced_only_by_a_build_that_passes(graph_copy, tmp_path):
    folder = tmp_path / "kg"
    first = build(graph_copy, None, store=StoreSpec("oxigraph", folder))
    triples = len(first.store)
    first.store.close()
    assert (folder / MARKER).is_file()
    before = sorted(p.name for p in folder.iterdir())

    objectives = graph_copy / "sources" / DOC_ID / "statements" / "02-objectives.yaml"
    text = objectives.read_text(encoding="utf-8")
    objectives.write_text(text.replace("quote: ", "quote: NOT IN THE REPORT ", 1), encoding="utf-8")
    proc = run_cli("build", "--graph-dir", str(graph_copy), "--store", f"oxigraph:{folder}")
    assert proc.returncode == 2, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "02-objectives.yaml:" in proc.stderr
    assert "quote not found" in proc.stderr
    assert sorted(p.name for p in folder.iterdir()) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".kg")] == []
    again = OxigraphStore.open(folder)
    assert len(again) == triples
    again.close()


def test_a_folder_that_is_not_a_store_is_never_replaced(tmp_path):
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "thesis.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(UsageError, match="refusing to replace"):
        build(paths.GRAPH_DIR, None, store=StoreSpec("oxigraph", folder))
    assert (folder / "thesis.txt").read_text(encoding="utf-8") == "keep me"
    with pytest.raises(UsageError, match="holds no store"):
        OxigraphStore.open(folder)


def _main(capsys, *argv) -> tuple[int, str, str]:
    from migration_kg.cli import main

    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_query_and_stats_read_a_built_store_without_rebuilding(tmp_path, graph_ttl, capsys):
    folder = tmp_path / "kg"
    build(paths.GRAPH_DIR, None, store=StoreSpec("oxigraph", folder)).store.close()
    nowhere = tmp_path / "no-graph-here"  # proves nothing is rebuilt
    args = ["query", "relation-evidence", "--param", "actor_a=IOM", "--param", "actor_b=ILO", "--format", "csv"]
    code, on_store, err = _main(capsys, *args, "--store", f"oxigraph:{folder}", "--graph-dir", str(nowhere))
    assert code == 0, err
    _, on_file, _ = _main(capsys, *args, "--graph", str(graph_ttl))
    assert sorted(on_store.splitlines()) == sorted(on_file.splitlines()) and len(on_file.splitlines()) > 1
    code, stats_store, err = _main(capsys, "stats", "--store", f"oxigraph:{folder}", "--graph-dir", str(nowhere))
    assert code == 0, err
    _, stats_file, _ = _main(capsys, "stats", "--graph", str(graph_ttl))
    assert stats_store == stats_file


def test_build_command_on_oxigraph_prints_the_summary_and_writes_only_what_is_asked(tmp_path):
    proc = run_cli("build", "--store", "oxigraph", "--out", str(tmp_path / "o"))
    assert proc.returncode == 0, proc.stderr
    for line in ("Store: oxigraph (in memory)", "Statements: ", "Triples: ", "in 3 named graphs",
                 "Validation: SHACL conforms", "data checks pass", "Wrote "):
        assert line in proc.stdout
    assert [p.name for p in (tmp_path / "o").iterdir()] == ["graph.nq"]
    quads = ox.Store()
    quads.load(path=str(tmp_path / "o" / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    assert f"Triples: {len(quads)} " in proc.stdout


@pytest.mark.parametrize("value", ["sqlite", "oxigraph:", "memory:/tmp/x", "Oxigraph"])
def test_bad_store_option_is_a_usage_error(value):
    with pytest.raises(UsageError, match="--store"):
        parse_store(value)
    proc = run_cli("query", "partnerships", "--store", value)
    assert proc.returncode == 2 and "--store" in proc.stderr


def test_query_on_a_folder_without_a_store_says_how_to_build_one(tmp_path, capsys):
    code, _, err = _main(capsys, "query", "partnerships", "--store", f"oxigraph:{tmp_path / 'missing'}")
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "build --store oxigraph:" in err


# -- SHACL as SPARQL ---------------------------------------------------------------------------------------

def top_results(data: Graph) -> set:
    """pySHACL's top-level results as (focus, node shape, path)."""
    _, report, _ = validate(data, shacl_graph=SHAPES, inference="none", advanced=True, allow_warnings=True)
    out = set()
    for r in report.objects(None, SH.result):
        source = report.value(r, SH.sourceShape)
        owner = SHAPES.value(predicate=SH.property, object=source)
        path = report.value(r, SH.resultPath)
        # a complex path (a blank node, such as ModalityShape's sh:alternativePath) is reported as "-" by both
        out.add((str(report.value(r, SH.focusNode)), str(owner or source), str(path) if isinstance(path, URIRef) else "-"))
    return out


def sparql_results(data: Graph) -> set:
    store = ox.Store()
    store.load(data.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return {(v["focus"], v["shape"], v["path"]) for v in violations(store, compile_shapes(SHAPES), namespaces={})}


@pytest.mark.parametrize("fixture", sorted(p.name for p in (Path(__file__).parent / "fixtures" / "shacl").glob("*.ttl")))
def test_sparql_shacl_agrees_with_pyshacl_on_every_fixture(fixture):
    data = Graph().parse(Path(__file__).parent / "fixtures" / "shacl" / fixture, format="turtle")
    data += ONTOLOGY
    expected = top_results(data)
    assert sparql_results(data) == expected
    assert bool(expected) == fixture.endswith("-bad.ttl")


def _first(graph: Graph, p, o=None):
    return sorted(graph.subjects(p, o) if o is not None else (s for s, _ in graph.subject_objects(p)))[0]


def _mutations():
    """(name, function changing a graph in place) pairs, each breaking one rule of the shapes."""
    OA = "http://www.w3.org/ns/oa#"
    oa = lambda t: URIRef(OA + t)  # noqa: E731
    DCT = URIRef("http://purl.org/dc/terms/title")
    SKOS_IN = URIRef("http://www.w3.org/2004/02/skos/core#inScheme")

    def section_title(g):
        s = _first(g, RDF.type, MKG.Section)
        g.remove((s, DCT, None))

    def second_label(g):
        g.add((_first(g, MKG.kind), URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("another")))

    def evidence_in_paragraph(g):
        e = _first(g, RDF.type, MKG.Evidence)
        g.remove((e, MKG.section, None))
        g.add((e, MKG.section, _first(g, RDF.type, MKG.Paragraph)))

    def selector_untyped(g):  # of an evidence's target (TargetShape, through sh:node)
        selector = sorted(s for s in g.subjects(RDF.type, oa("TextPositionSelector")) if "/evidence/" in str(s))[0]
        g.remove((selector, RDF.type, oa("TextPositionSelector")))

    def topic_partner(g):
        g.add((_first(g, RDF.type, MKG.Partnership), MKG.partner, _first(g, RDF.type, MKG.Topic)))

    def empty_span(g):
        s = _first(g, RDF.type, oa("TextPositionSelector"))
        start = g.value(s, oa("start"))
        g.remove((s, oa("end"), None))
        g.add((s, oa("end"), start))

    def date_as_string(g):
        s, o = sorted(g.subject_objects(MKG.date))[0]
        g.remove((s, MKG.date, o))
        g.add((s, MKG.date, Literal(str(o), datatype=XSD.string)))

    def no_evidence(g):
        g.remove((_first(g, RDF.type, MKG.Assertion), MKG.hasEvidence, None))

    def two_entities_mentioned(g):
        g.add((_first(g, RDF.type, MKG.Mention), MKG.mentionOf, ID.iom))

    def lower_case_iso(g):
        c = _first(g, RDF.type, MKG.Country)
        g.remove((c, MKG.iso3166Alpha2, None))
        g.add((c, MKG.iso3166Alpha2, Literal("gh")))

    def topic_outside_scheme(g):
        g.remove((_first(g, RDF.type, MKG.Topic), SKOS_IN, None))

    def person_and_organisation(g):
        g.add((_first(g, RDF.type, MKG.Person), RDF.type, MKG.Organisation))

    def negative_offset(g):
        s = _first(g, RDF.type, MKG.Section)
        g.remove((s, MKG.startOffset, None))
        g.add((s, MKG.startOffset, Literal("-3", datatype=XSD.nonNegativeInteger)))

    return [(f.__name__, f) for f in (section_title, second_label, evidence_in_paragraph, selector_untyped,
                                      topic_partner, empty_span, date_as_string, no_evidence,
                                      two_entities_mentioned, lower_case_iso, topic_outside_scheme,
                                      person_and_organisation, negative_offset)]


@pytest.fixture(scope="module")
def small_graph(tmp_path_factory) -> Graph:
    """Two synthetic reports (about 3,500 triples): small enough for pySHACL."""
    folder = generate(tmp_path_factory.mktemp("corpus") / "graph", 2)
    return build(folder, None).graph


def test_sparql_shacl_agrees_with_pyshacl_on_a_broken_graph(small_graph):
    """Every mutation at once (each breaks a different node): both validators name the same
    (focus node, shape, path) results, at least one per mutation."""
    g = Graph()
    for t in small_graph:
        g.add(t)
    for _, mutate in _mutations():
        mutate(g)
    expected = top_results(g)
    assert len(expected) >= len(_mutations()), expected
    assert sparql_results(g) == expected


def test_integer_subtypes_are_checked_by_value_on_oxigraph(small_graph):
    """Oxigraph stores "5"^^xsd:nonNegativeInteger as "5"^^xsd:integer, so on the store a plain
    xsd:integer offset passes (pySHACL refuses it) while a negative one fails on both."""
    g = Graph()
    for t in small_graph:
        g.add(t)
    s = _first(g, RDF.type, MKG.Section)
    g.remove((s, MKG.startOffset, None))
    g.add((s, MKG.startOffset, Literal("0", datatype=XSD.integer)))
    assert top_results(g) and not sparql_results(g)


def test_a_shacl_violation_stops_the_oxigraph_build_and_leaves_the_folder(tmp_path):
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(paths.SHAPES_FILE.read_text(encoding="utf-8") + """
shape:StrictAssertionShape a sh:NodeShape ;
    sh:targetClass mkg:Assertion ;
    sh:property [ sh:path mkg:title ; sh:minCount 1 ; sh:message "every assertion needs a title (test)" ] .
""", encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        build_store(paths.GRAPH_DIR, StoreSpec("oxigraph", tmp_path / "kg"), shapes_file=shapes)
    message = str(info.value)
    assert message.startswith("SHACL validation failed:") and "StrictAssertionShape" in message
    assert "every assertion needs a title (test)" in message
    assert not (tmp_path / "kg").exists() and [p.name for p in tmp_path.iterdir()] == ["shapes.ttl"]


def test_shapes_beyond_the_translation_are_checked_by_pyshacl(tmp_path):
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(paths.SHAPES_FILE.read_text(encoding="utf-8") + """
shape:NothingShape a sh:NodeShape ;
    sh:targetClass mkg:Topic ;
    sh:sparql [ sh:select "SELECT $this WHERE { $this <urn:example:never> ?x }" ] .
""", encoding="utf-8")
    with pytest.raises(UnsupportedShapes):
        compile_shapes(load_shapes(shapes))
    stats, _ = build_store(paths.GRAPH_DIR, StoreSpec("oxigraph"), shapes_file=shapes)
    assert stats.validator == "pyshacl"


# -- the synthetic corpus ------------------------------------------------------------------------------------

def test_synthetic_reports_build_alike_on_both_stores_and_answer_the_queries(tmp_path):
    folder = generate(tmp_path / "graph", 3)
    memory = build(folder, None)
    oxi = build(folder, None, store=StoreSpec("oxigraph"), workers=2)
    assert len(memory.kb.documents) == 3 and len(memory.kb.curation.statements) == 45
    assert len(memory.kb.curation.partnerships) == 6 and len(memory.kb.mentions) > 60
    assert set(to_rdflib(oxi.store)) == canonical(memory.graph)
    for name in ("partnerships", "actor-profile", "entity-sections", "people"):
        query = LIBRARY[name]
        assert sorted_n3(run_rdflib(memory.graph, query.text, bindings(query, memory.graph))) == \
            sorted_n3(oxi.store.query(query.text, bindings(query, oxi.store.names())))


def test_the_corpus_generator_is_deterministic(tmp_path):
    a, b = generate(tmp_path / "a", 4), generate(tmp_path / "b", 4)
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    assert all((a / f).read_bytes() == (b / f).read_bytes() for f in files)
    with pytest.raises(ValueError, match="not a corpus folder"):
        (tmp_path / "c").mkdir()
        (tmp_path / "c" / "x").write_text("x")
        generate(tmp_path / "c", 1)


def test_curation_errors_on_the_oxigraph_store_name_the_file_and_line(graph_copy):
    registry = graph_copy / "registry" / "organisations.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace("id: iom\n", "id: iom\n  colour: blue\n", 1),
                        encoding="utf-8")
    with pytest.raises(CurationError) as info:
        build(graph_copy, None, store=StoreSpec("oxigraph"))
    assert "organisations.yaml:" in str(info.value) and "colour" in str(info.value)
