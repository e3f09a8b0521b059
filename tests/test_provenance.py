"""Every curated fact is traceable to the report's exact words."""

from __future__ import annotations

from rdflib import RDF, URIRef

from tests import paths
from migration_kg.vocabulary.namespaces import MKG
from migration_kg.curation.quotes import normalise
from migration_kg.curation.yamlio import load_yaml
from tests.conftest import SOURCE_DIR

OA = "http://www.w3.org/ns/oa#"


def _yaml_quotes():
    for path in sorted((SOURCE_DIR / "statements").glob("*.yaml")):
        data = load_yaml(path) or {}
        for key in ("statements", "partnerships"):
            for entry in data.get(key) or []:
                yield path.name, entry["id"], entry["quote"]


def test_every_yaml_quote_is_verbatim_in_the_source_text():
    text = normalise((SOURCE_DIR / "source.txt").read_text(encoding="utf-8"))
    quotes = list(_yaml_quotes())
    assert len(quotes) > 100
    missing = [(f, i) for f, i, q in quotes if normalise(q) not in text]
    assert missing == []


def test_project_copy_of_the_source_is_the_shared_corpus_text():
    shared = paths.ROOT.parent / "shared" / "corpus" / "unitar-2007-03-07-building-partnerships.txt"
    if shared.exists():
        assert (SOURCE_DIR / "source.txt").read_bytes() == shared.read_bytes()


def test_every_evidence_span_in_the_graph_is_the_quoted_text(graph, records):
    g = graph
    text = (SOURCE_DIR / "source.txt").read_text(encoding="utf-8")
    yaml_quotes = {normalise(q) for _, _, q in _yaml_quotes()}
    evidence = list(g.subjects(RDF.type, MKG.Evidence))
    assert len(evidence) == len(records.statements) + len(records.partnerships)
    for ev in evidence:
        target = g.value(ev, URIRef(OA + "hasTarget"))
        selectors = list(g.objects(target, URIRef(OA + "hasSelector")))
        exact = next(g.value(s, URIRef(OA + "exact")) for s in selectors if g.value(s, URIRef(OA + "exact")))
        start = next(int(g.value(s, URIRef(OA + "start"))) for s in selectors if g.value(s, URIRef(OA + "start")) is not None)
        end = next(int(g.value(s, URIRef(OA + "end"))) for s in selectors if g.value(s, URIRef(OA + "end")) is not None)
        assert text[start:end] == str(exact)
        assert normalise(str(exact)) == str(g.value(ev, MKG.quote))
        assert str(g.value(ev, MKG.quote)) in yaml_quotes
        section = g.value(ev, MKG.section)
        s_start, s_end = int(g.value(section, MKG.startOffset)), int(g.value(section, MKG.endOffset))
        assert s_start <= start < s_end


def test_every_curated_fact_is_in_the_graph_with_its_evidence(graph, records):
    g = graph
    for st in records.statements:
        node = URIRef(f"{paths_doc(st.document)}/statement/{st.id}")
        s, p, o = g.value(node, RDF.subject), g.value(node, RDF.predicate), g.value(node, RDF.object)
        assert (s, p, o) in g, st.id
        assert g.value(node, MKG.hasEvidence) is not None


def paths_doc(doc_id: str) -> str:
    from migration_kg.vocabulary.namespaces import DOC
    return str(DOC[doc_id])


def test_quote_search_ignores_line_breaks_and_reports_offsets_in_the_original():
    from migration_kg.curation.quotes import QuoteIndex

    text = "The GMG is\n\n  also involved in a number"
    spans = QuoteIndex(text).find_all("is also   involved")
    end = text.index("involved") + len("involved")
    assert [(s.start, s.end) for s in spans] == [(8, end)]
    assert text[8:end] == "is\n\n  also involved"
