"""The query library: SPARQL files in queries/, run safely on the store or an endpoint.

Safety: before any engine runs a query, its tokens are inspected (comments, strings and IRIs set
aside): SERVICE, FROM / FROM NAMED and updates (LOAD, INSERT...) are refused unless the caller
allows network access. Parameters are bound as RDF terms (a trailing VALUES clause of pyoxigraph
terms, whose IRIs pyoxigraph has checked), never pasted into the query text as strings.

Rows hold pyoxigraph terms; this module does not import rdflib, so answering a question stays fast.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from migration_kg import resources
from migration_kg.errors import UsageError
from migration_kg.stores.guards import check_query_depth

_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
#: ``# Param: ?name kind - description``, or ``?name kind, optional - ...`` for a filter left out
#: by default (value ``all``).
_PARAM = re.compile(r"^#\s*Param(?:eter)?:\s*\?(\w+)\s+(\w+)(,\s*optional)?\s*[-—:]\s*(.+)$")
#: Parameter kinds a query header may declare, and the registry kinds each accepts.
PARAM_KINDS = {
    "entity": None,
    "actor": {"organisation", "person", "country", "collective"},
    "organisation": {"organisation"},
    "person": {"person"},
    "country": {"country"},
    "topic": {"topic"},
    "status": None,  # not an entity: see STATUS_CHOICES
    "document": None,  # not an entity: a source document's id or title, see document_binding
    "kind": None,  # not an entity: a partnership kind's notation (funding, research...), see kind_binding
}
#: Values of a ``status`` parameter: the status a curated fact must have (migration_kg.curation.modality),
#: or ``all``, which binds nothing. ``stated`` is the default when the parameter is not given.
STATUS_CHOICES = ("stated", "suggested", "inferred", "all")
#: Parameter kinds the user may leave out, with the value they then take.
PARAM_DEFAULTS = {"status": "stated", "document": "all", "kind": "all"}
#: Parameter kinds that are not registry entities (bound without the names index).
NOT_ENTITY_KINDS = {"status", "document", "kind"}


def status_binding(value: str, name: str = "status"):
    """The term a ``status`` parameter binds (None for ``all``), or a UsageError naming the choices."""
    import pyoxigraph as ox  # here: shell completion reads the query library without pyoxigraph

    if value not in STATUS_CHOICES:
        raise UsageError(f"--param {name}={value}: valid values are {', '.join(STATUS_CHOICES)}")
    return None if value == "all" else ox.Literal(value)


def document_names_query() -> str:
    """queries/internal/document-names.rq: every document's IRI, id, title and date."""
    return resources.internal_query("document-names")


def resolve_document(value: str, rows: "Rows", name: str = "document") -> dict | None:
    """The document a user names by id, title or IRI (case and spacing ignored), as a dict with
    ``iri``, ``id``, ``title``, ``date`` (None for ``all``); a UsageError listing the documents
    otherwise. ``rows`` answer :func:`document_names_query`."""
    if value == "all":
        return None
    key = " ".join(value.split()).casefold()
    docs = [{k: (t.value if t is not None else None) for k, t in row.items()} for row in rows.as_dicts()]
    found = [d for d in docs if key in {d["id"].casefold(), " ".join(d["title"].split()).casefold(),
                                        d["document"].casefold()}]
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise UsageError(f"{_option(name)}={value}: several documents have this title; use the id: "
                         + ", ".join(d["id"] for d in found))
    known = "; ".join(f"{d['id']} ({d['title']})" for d in docs) or "none"
    raise UsageError(f"{_option(name)}={value}: no such document; valid: all, or one of: {known}")


def _option(name: str) -> str:
    return name if name.startswith("--") else f"--param {name}"


def document_binding(value: str, rows: "Rows", name: str = "document"):
    """The term a ``document`` parameter binds: the document's title, the value of the queries'
    ``document`` column (None for ``all``)."""
    import pyoxigraph as ox  # here: shell completion reads the query library without pyoxigraph

    doc = resolve_document(value, rows, name)
    return None if doc is None else ox.Literal(doc["title"])


def partnership_kinds_query() -> str:
    """queries/internal/partnership-kinds.rq: the notation of every partnership kind."""
    return resources.internal_query("partnership-kinds")


def kind_binding(value: str, rows: "Rows", name: str = "kind"):
    """The term a ``kind`` parameter binds (None for ``all``), or a UsageError listing the kinds
    ``rows`` (answering :func:`partnership_kinds_query`) name."""
    import pyoxigraph as ox

    if value == "all":
        return None
    kinds = sorted(row[0].value for row in rows.rows)
    key = value.strip().casefold()
    if key not in kinds:
        raise UsageError(f"--param {name}={value}: valid values are all, {', '.join(kinds)}")
    return ox.Literal(key)


@dataclass(frozen=True)
class Parameter:
    name: str
    kind: str
    description: str
    #: A filter the query answers without (value ``all``) when it is not given.
    optional: bool = False

    @property
    def default(self) -> str | None:
        """The value taken when the parameter is not given (None: it must be given)."""
        return "all" if self.optional else PARAM_DEFAULTS.get(self.kind)


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
    check_query_depth(text, str(path))  # before any SPARQL parser recurses into it
    params = []
    for line in text.splitlines():
        m = _PARAM.match(line.strip())
        if m:
            name, kind, optional, desc = m.groups()
            if kind not in PARAM_KINDS:
                raise UsageError(f"{path}: parameter ?{name} has kind {kind!r}; valid: {', '.join(PARAM_KINDS)}")
            params.append(Parameter(name, kind, desc.strip(), optional=bool(optional)))
    return QueryFile(path.stem, path, text, _header(text, "Question"), _header(text, "Columns"), params)


def library(queries_dir: Path | None = None) -> dict[str, QueryFile]:
    """Every .rq file of the library, by name (file name without .rq)."""
    queries_dir = queries_dir or resources.queries_dir()
    return {p.stem: load_query(p) for p in sorted(queries_dir.glob("*.rq"))}


def resolve_query(name_or_file: str, queries_dir: Path | None = None) -> QueryFile:
    """A library NAME (no paths through it), or the path of the user's own .rq FILE."""
    lib = library(queries_dir)
    if name_or_file in lib:
        return lib[name_or_file]
    candidate = Path(name_or_file)
    if candidate.suffix == ".rq" or "/" in name_or_file or "\\" in name_or_file:
        if not candidate.is_file():
            raise UsageError(f"query file {name_or_file} not found")
        return load_query(candidate)
    near = difflib.get_close_matches(name_or_file, list(lib), n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(near)}?" if near else ""
    raise UsageError(f"unknown query {name_or_file!r}{hint} (see `migration-kg queries`; "
                     "a file of your own needs a path ending in .rq)")


# -- Safety ---------------------------------------------------------------------------------------

class NetworkRefused(UsageError):
    """The query would reach out to the network and the user did not allow it."""


#: What is set aside before looking for keywords: comments, strings (long and short), IRIs.
_SKIP = re.compile("|".join([
    r"#[^\n]*",                        # a comment
    r"'{3}(?:[^\\]|\\.)*?'{3}",        # a long string in single quotes
    r'"{3}(?:[^\\]|\\.)*?"{3}',        # a long string in double quotes
    r"'(?:[^'\\\n]|\\.)*'",            # a string in single quotes
    r'"(?:[^"\\\n]|\\.)*"',            # a string in double quotes
    r'<[^<>"{}|^`\\\s]*>',             # an IRI
]))
#: Tokens: variables and prefixed names are consumed whole, so only bare words remain as keywords.
_TOKEN = re.compile(r"[?$]\w+|[A-Za-z_][\w\-.]*:[\w\-.:%]*|:[\w\-.:%]*|[A-Za-z]+")
_NETWORK = {"SERVICE": "SERVICE", "FROM": "FROM"}
_UPDATES = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY"}


def keywords(query: str) -> set[str]:
    """The bare SPARQL keywords of ``query``, upper-cased (not those inside strings, IRIs,
    comments, variable or prefixed names)."""
    text = _SKIP.sub(" ", query)
    return {t.upper() for t in _TOKEN.findall(text) if t.isalpha()}


def query_form(query: str) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first of them among the query's keywords."""
    text = _SKIP.sub(" ", query)
    for token in _TOKEN.findall(text):
        if token.upper() in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
            return token.upper()
    return None


def check_safe(query: str, allow_network: bool = False) -> None:
    """Refuse updates always, and SERVICE and FROM / FROM NAMED unless network access is allowed."""
    found = keywords(query)
    if found & _UPDATES:
        raise UsageError("updates (LOAD, INSERT, DELETE, CLEAR...) are not run by this command; "
                         "it only reads the graph")
    if allow_network:
        return
    risky = sorted(found & set(_NETWORK))
    if risky:
        raise NetworkRefused(f"the query uses {' and '.join(risky)}, which would fetch data over the "
                             "network; refused (pass --allow-network to permit it)")


# -- Results --------------------------------------------------------------------------------------

@dataclass
class Rows:
    """A SELECT's answer: variable names and rows of pyoxigraph terms (None where unbound)."""

    variables: list[str]
    rows: list[tuple]

    def as_dicts(self) -> list[dict]:
        return [dict(zip(self.variables, row)) for row in self.rows]


def select(store, query: str, bindings: dict | None = None, allow_network: bool = False) -> Rows:
    """Rows of a SELECT on a :class:`migration_kg.stores.GraphStore`, after the safety check.

    Parameters are bound by :func:`with_values`, as for a remote endpoint."""
    check_safe(query, allow_network)
    return rows_of(store.solutions(with_values(query, bindings or {})))


def rows_of(solutions) -> Rows:
    import pyoxigraph as ox  # here: shell completion reads the query library without pyoxigraph

    if not isinstance(solutions, ox.QuerySolutions):
        raise UsageError("only SELECT queries give rows; this is an ASK, CONSTRUCT or DESCRIBE query")
    variables = [v.value for v in solutions.variables]
    return Rows(variables, [tuple(s[v] for v in variables) for s in solutions])


def with_values(query: str, bindings: dict) -> str:
    """Bind each parameter to an RDF term (pyoxigraph terms print in N-Triples syntax, which SPARQL
    reads) with a VALUES block closing the query's WHERE group.

    The one form every server answers right and fast: a VALUES clause after the whole query is
    ignored inside UNIONs by Virtuoso 7, one opening the WHERE group makes Oxigraph evaluate every
    UNION branch for it, and Oxigraph's own ``substitutions`` evaluate the whole query first."""
    if not bindings:
        return query
    names = " ".join(f"?{k}" for k in bindings)
    terms = " ".join(str(v) for v in bindings.values())
    closing = values_at(query)
    return f"{query[:closing]}  VALUES ({names}) {{ ({terms}) }}\n{query[closing:]}"


def values_at(query: str) -> int:
    """Where :func:`with_values` puts the VALUES block: the offset of the brace closing the query's
    WHERE group (braces in strings, IRIs and comments set aside)."""
    masked = _SKIP.sub(lambda m: " " * len(m.group()), query)
    depth = 0
    for index, char in enumerate(masked):
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return index
    raise UsageError("the query has no WHERE { ... } group to bind its parameters in")

