"""Bounded pre-scans of text from outside, before a parser that recurses sees it.

pyoxigraph's parsers recurse (on the native stack, where a Python limit cannot help) in three places
that a file can drive as deep as it likes, and a deep enough file ends the process with a
segmentation fault instead of an error:

- a JSON-LD ``@context`` whose terms are defined through one another (``"p0": "p1:"``,
  ``"p1": "p2:"``... or ``"a0": "a1"``, ``"a1": "a2"``...): each link is one more level when the
  parser expands an IRI;
- RDF 1.2 triple terms nested in one another (``<<( :s :p <<( ... )>> )>>``) in Turtle,
  N-Triples or N-Quads;
- SPARQL groups, parentheses and brackets nested in one another in a query.

Each check here walks the text without recursing into it and refuses, as one InputTooLarge line,
anything nested more than ``Limits.max_depth`` levels deep (100 unless set otherwise): the JSON
nesting, the longest chain of context terms, the triple terms, the brackets of a query. Real
files stay far below: the package's own context and queries nest a few levels.
"""

from __future__ import annotations

import itertools
import re

from migration_kg.errors import InputTooLarge
from migration_kg.limits import limits

# -- JSON -----------------------------------------------------------------------------------------

_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"')
_JSON_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}


def json_depth(data: bytes) -> int:
    """How deeply the arrays and objects of a JSON text nest (strings skipped), without parsing it."""
    brackets = _JSON_STRING.sub(b"", data).translate(None, delete=bytes(set(range(256)) - set(_JSON_STEP)))
    return max(itertools.accumulate(_JSON_STEP[b] for b in brackets), default=0)


def check_json_depth(data: bytes, what: str) -> None:
    """Refuse JSON nested deeper than Limits.max_depth (before any parser recurses into it)."""
    bound = limits().max_depth
    if json_depth(data) > bound:
        raise InputTooLarge(f"{what}: JSON nested more than {bound} levels deep; refused")


# -- JSON-LD contexts -----------------------------------------------------------------------------

def _contexts(document) -> list[dict]:
    """Every context object of a parsed JSON-LD document (embedded, listed, or scoped in a term
    definition), found without recursion."""
    found, pending = [], [document]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "@context":
                    found += [c for c in (value if isinstance(value, list) else [value]) if isinstance(c, dict)]
                pending.append(value)
        elif isinstance(node, list):
            pending.extend(node)
    return found


def _uses(value: str, terms: set[str]) -> set[str]:
    """The terms an IRI-valued string needs to expand: itself when it is a term, and its prefix."""
    if value.startswith("@"):
        return set()
    used = {value} & terms
    prefix, colon, rest = value.partition(":")
    if colon and not rest.startswith("//") and prefix in terms:
        used.add(prefix)
    return used


def context_chain(document) -> int:
    """The longest chain of term definitions in the document's contexts that expand through one
    another (``"p0": "p1:"``, ``"p1": "http://..."`` is a chain of 2); a cycle counts as endless.

    The terms of all the document's contexts are taken together, which can only lengthen a chain."""
    contexts = _contexts(document)
    terms = {key for context in contexts for key in context if not key.startswith("@") or key == "@vocab"}
    needs: dict[str, set[str]] = {}
    for context in contexts:
        for key, value in context.items():
            if key.startswith("@") and key != "@vocab":
                continue
            used = needs.setdefault(key, set())
            used |= _uses(key, terms) - {key}
            if isinstance(value, str):
                used |= _uses(value, terms)
            elif isinstance(value, dict):
                for field in ("@id", "@reverse", "@type"):
                    if isinstance(value.get(field), str):
                        used |= _uses(value[field], terms)
    # the longest path in the dependency graph, depth first with an explicit stack
    length: dict[str, float] = {}
    for start in needs:
        if start in length:
            continue
        on_path, stack = {start}, [(start, iter(sorted(needs[start])))]
        while stack:
            term, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                on_path.discard(term)
                length[term] = 1 + max((length[c] for c in needs.get(term, ())), default=0)
            elif child in on_path:
                return float("inf")
            elif child not in length:
                on_path.add(child)
                stack.append((child, iter(sorted(needs.get(child, ())))))
    return max(length.values(), default=0)


def check_context_chain(document, what: str) -> None:
    """Refuse a JSON-LD document whose context terms expand through more than Limits.max_depth
    other terms, or through themselves."""
    bound = limits().max_depth
    chain = context_chain(document)
    if chain == float("inf"):
        raise InputTooLarge(f"{what}: the JSON-LD @context defines terms through one another in a cycle; refused")
    if chain > bound:
        raise InputTooLarge(f"{what}: the JSON-LD @context defines {chain} terms through one another "
                            f"(a chain longer than {bound}); refused")


# -- Turtle, N-Triples, N-Quads: triple terms ----------------------------------------------------

#: Comments, strings (long and short) and IRIs: where << and >> do not open or close a triple term.
_RDF_SKIP = re.compile(rb"|".join([
    rb"'{3}(?:[^\\]|\\.)*?'{3}",
    rb'"{3}(?:[^\\]|\\.)*?"{3}',
    rb"'(?:[^'\\\n]|\\.)*'",
    rb'"(?:[^"\\\n]|\\.)*"',
    rb'<[^<>"{}|^`\\\s]*>',
    rb"#[^\n]*",
]))
_TRIPLE_TERM = re.compile(rb"<<|>>")


def triple_term_depth(data: bytes) -> int:
    """How deeply RDF 1.2 triple terms nest in a Turtle, N-Triples or N-Quads text."""
    if b"<<" not in data:
        return 0
    marks = _TRIPLE_TERM.findall(_RDF_SKIP.sub(b" ", data))
    return max(itertools.accumulate(1 if m == b"<<" else -1 for m in marks), default=0)


def check_triple_term_depth(data: bytes, what: str) -> None:
    bound = limits().max_depth
    if triple_term_depth(data) > bound:
        raise InputTooLarge(f"{what}: triple terms (<< ... >>) nested more than {bound} levels deep; refused")


# -- SPARQL ---------------------------------------------------------------------------------------

#: Comments, strings and IRIs of a query: their brackets do not nest anything.
_SPARQL_SKIP = re.compile("|".join([
    r"#[^\n]*",
    r"'{3}(?:[^\\]|\\.)*?'{3}",
    r'"{3}(?:[^\\]|\\.)*?"{3}',
    r"'(?:[^'\\\n]|\\.)*'",
    r'"(?:[^"\\\n]|\\.)*"',
    r'<[^<>"{}|^`\\\s]*>',
]))
_SPARQL_BRACKET = re.compile(r"<<|>>|[({\[\]})]")


def query_depth(query: str) -> int:
    """How deeply the groups, parentheses, brackets and triple terms of a SPARQL text nest."""
    marks = _SPARQL_BRACKET.findall(_SPARQL_SKIP.sub(" ", query))
    return max(itertools.accumulate(1 if m in ("<<", "(", "{", "[") else -1 for m in marks), default=0)


def check_query_depth(query: str, what: str) -> None:
    bound = limits().max_depth
    if query_depth(query) > bound:
        raise InputTooLarge(f"{what}: groups and brackets nested more than {bound} levels deep; refused")
