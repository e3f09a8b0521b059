"""The query library: SPARQL files in queries/, run safely on rdflib, pyoxigraph or an endpoint.

Safety: before any engine runs a query, the parsed query is inspected; SERVICE, FROM / FROM
NAMED and updates (LOAD, INSERT...) are refused unless the caller allows network access.
Parameters are bound as RDF terms (rdflib initBindings, pyoxigraph substitutions, or a trailing
VALUES clause for remote endpoints), never pasted into the query text as strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.term import Node

from migration_kg import paths
from migration_kg.errors import UsageError

_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_PARAM = re.compile(r"^#\s*Param(?:eter)?:\s*\?(\w+)\s+(\w+)\s*[-—:]\s*(.+)$")
#: Parameter kinds a query header may declare, and the registry kinds each accepts.
PARAM_KINDS = {
    "entity": None,
    "actor": {"organisation", "person", "country", "collective"},
    "organisation": {"organisation"},
    "person": {"person"},
    "country": {"country"},
    "topic": {"topic"},
    "status": None,  # not an entity: see STATUS_CHOICES
}
#: Values of a ``status`` parameter: the status a curated fact must have (migration_kg.modality), or
#: ``all``, which binds nothing. ``stated`` is the default when the parameter is not given.
STATUS_CHOICES = ("stated", "suggested", "inferred", "all")
#: Parameter kinds the user may leave out, with the value they then take.
PARAM_DEFAULTS = {"status": "stated"}


def status_binding(value: str, name: str = "status") -> Literal | None:
    """The term a ``status`` parameter binds (None for ``all``), or a UsageError naming the choices."""
    if value not in STATUS_CHOICES:
        raise UsageError(f"--param {name}={value}: valid values are {', '.join(STATUS_CHOICES)}")
    return None if value == "all" else Literal(value)


@dataclass(frozen=True)
class Parameter:
    name: str
    kind: str
    description: str


@dataclass
class QueryFile:
    name: str
    path: Path
    text: str
    question: str
    columns: str
    parameters: list[Parameter] = field(default_factory=list)

    @property
    def is_check(self) -> bool:
        """A data check: must return no rows (file name ends in -violation)."""
        return self.name.endswith("-violation")


def _header(text: str, key: str) -> str:
    lines = text.splitlines()
    out: list[str] = []
    for i, line in enumerate(lines):
        m = re.match(rf"^#\s*{key}:\s*(.*)$", line)
        if m:
            out.append(m.group(1).strip())
            for cont in lines[i + 1:]:
                c = re.match(r"^#\s{2,}(\S.*)$", cont)
                if not c:
                    break
                out.append(c.group(1).strip())
            break
    return " ".join(out)


def load_query(path: Path) -> QueryFile:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read query file: {exc}") from exc
    params = []
    for line in text.splitlines():
        m = _PARAM.match(line.strip())
        if m:
            name, kind, desc = m.groups()
            if kind not in PARAM_KINDS:
                raise UsageError(f"{path}: parameter ?{name} has kind {kind!r}; valid: {', '.join(PARAM_KINDS)}")
            params.append(Parameter(name, kind, desc.strip()))
    return QueryFile(path.stem, path, text, _header(text, "Question"), _header(text, "Columns"), params)


def library(queries_dir: Path = paths.QUERIES_DIR) -> dict[str, QueryFile]:
    """Every .rq file of the library, by name (file name without .rq)."""
    return {p.stem: load_query(p) for p in sorted(queries_dir.glob("*.rq"))}


def resolve_query(name_or_file: str, queries_dir: Path = paths.QUERIES_DIR) -> QueryFile:
    """A library NAME (no paths through it), or the path of the user's own .rq FILE."""
    lib = library(queries_dir)
    if name_or_file in lib:
        return lib[name_or_file]
    candidate = Path(name_or_file)
    if candidate.suffix == ".rq" or "/" in name_or_file or "\\" in name_or_file:
        if not candidate.is_file():
            raise UsageError(f"query file {name_or_file} not found")
        return load_query(candidate)
    import difflib

    near = difflib.get_close_matches(name_or_file, list(lib), n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(near)}?" if near else ""
    raise UsageError(f"unknown query {name_or_file!r}{hint} (see `migration-kg queries`; "
                     "a file of your own needs a path ending in .rq)")


# -- Safety ---------------------------------------------------------------------------------------

class NetworkRefused(UsageError):
    """The query would reach out to the network and the user did not allow it."""


def check_safe(query: str, allow_network: bool = False) -> None:
    """Refuse SERVICE, FROM/FROM NAMED and updates (LOAD...) by inspecting the parsed query."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        parsed = parseQuery(query)
    except ParseException as exc:
        try:
            parseUpdate(query)
        except ParseException:
            raise UsageError(f"not a valid SPARQL 1.1 query: {exc.msg} at line {exc.lineno}, "
                             f"column {exc.col}") from exc
        raise UsageError("updates (LOAD, INSERT, DELETE, CLEAR...) are not run by this command; "
                         "it only reads the graph") from exc
    if allow_network:
        return
    found = set()
    _walk(parsed, found)
    if found:
        raise NetworkRefused(f"the query uses {' and '.join(sorted(found))}, which would fetch data over the "
                             "network; refused (pass --allow-network to permit it)")


def _walk(node, found: set[str]) -> None:
    """Walk rdflib's parse tree (CompValue dicts inside pyparsing results) for risky parts."""
    from pyparsing import ParseResults

    if getattr(node, "name", None) == "ServiceGraphPattern":
        found.add("SERVICE")
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "datasetClause" and value:
                found.add("FROM")
            _walk(value, found)
    elif isinstance(node, (list, tuple, ParseResults)):
        for item in node:
            _walk(item, found)


# -- Results --------------------------------------------------------------------------------------

@dataclass
class Rows:
    variables: list[str]
    rows: list[tuple[Node | None, ...]]

    def as_n3(self) -> list[tuple[str | None, ...]]:
        return [tuple(c.n3() if c is not None else None for c in row) for row in self.rows]

    def as_dicts(self) -> list[dict[str, Node | None]]:
        return [dict(zip(self.variables, row)) for row in self.rows]


# -- Engines --------------------------------------------------------------------------------------

def run_rdflib(graph: Graph, query: str, bindings: dict[str, Node] | None = None,
               allow_network: bool = False) -> Rows:
    check_safe(query, allow_network)
    result = graph.query(query, initBindings={Variable(k): v for k, v in (bindings or {}).items()})
    if result.type != "SELECT":
        raise UsageError(f"only SELECT queries give rows; this is a {result.type} query")
    variables = [str(v) for v in result.vars]
    return Rows(variables, [tuple(row) for row in result])


def run_oxigraph(store, query: str, bindings: dict[str, Node] | None = None,
                 allow_network: bool = False) -> Rows:
    """``store`` is a pyoxigraph.Store."""
    import pyoxigraph as ox

    check_safe(query, allow_network)
    subs = {ox.Variable(k): to_oxigraph(v) for k, v in (bindings or {}).items()}
    solutions = store.query(query, substitutions=subs or None)
    if not isinstance(solutions, ox.QuerySolutions):
        raise UsageError("only SELECT queries give rows")
    variables = [v.value for v in solutions.variables]
    return Rows(variables, [tuple(from_oxigraph(s[v]) for v in variables) for s in solutions])


def with_values(query: str, bindings: dict[str, Node]) -> str:
    """Append a VALUES clause binding each parameter to an RDF term (for remote endpoints)."""
    if not bindings:
        return query
    names = " ".join(f"?{k}" for k in bindings)
    terms = " ".join(_safe_n3(v) for v in bindings.values())
    return f"{query.rstrip()}\nVALUES ({names}) {{ ({terms}) }}\n"


def _safe_n3(term: Node) -> str:
    if isinstance(term, URIRef) and re.search(r'[\s<>"{}|\\^`]', str(term)):
        raise UsageError(f"refusing to bind an IRI with unsafe characters: {term!r}")
    return term.n3()


def to_oxigraph(term: Node):
    import pyoxigraph as ox

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot convert {term!r}")


def from_oxigraph(term) -> Node | None:
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == _XSD_STRING:
        return Literal(term.value)  # RDF 1.1: a simple literal is an xsd:string; rdflib leaves it untyped
    return Literal(term.value, datatype=URIRef(term.datatype.value))


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def oxigraph_store_from_file(path: Path, store=None):
    import pyoxigraph as ox

    fmt = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES,
           ".jsonld": ox.RdfFormat.JSON_LD}.get(path.suffix, ox.RdfFormat.TURTLE)
    store = store if store is not None else ox.Store()
    store.bulk_load(path=str(path), format=fmt)
    return store
