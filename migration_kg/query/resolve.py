"""Turn the names analysts type (labels, acronyms, aliases, ids, id:x, full IRIs) into entity IRIs."""

from __future__ import annotations

import difflib
from collections import defaultdict

from migration_kg import resources
from migration_kg.errors import UsageError
from migration_kg.vocabulary.prefixes import PREFIXES

ID = PREFIXES["id"]


def _with_article(noun: str) -> str:
    """The noun with its indefinite article, for "--param actor takes an actor" messages."""
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


class NameIndex:
    """Every entity's names, case-insensitively, with its kind. Built from the rows of
    ``queries/internal/names.rq`` (entity, kind, name, is_label), on a store or an endpoint."""

    def __init__(self, rows):
        self.kinds: dict = {}
        self.labels: dict = {}
        self._by_name: dict[str, set] = defaultdict(set)
        self._display: dict[str, str] = {}
        for entity, kind, name, is_label in rows.rows:
            self.kinds[entity] = kind.value
            if is_label is not None and is_label.value == "true":
                self.labels[entity] = name.value
            self._add(name.value, entity)
        for entity in self.kinds:
            iri = entity.value
            self.labels.setdefault(entity, iri)
            if iri.startswith(ID):
                self._add(iri[len(ID):], entity)
                self._add("id:" + iri[len(ID):], entity)
            self._add(iri, entity)
            self._add(f"<{iri}>", entity)

    def _add(self, name: str, entity) -> None:
        key = " ".join(name.split()).casefold()
        self._by_name[key].add(entity)
        self._display.setdefault(key, name)

    def resolve(self, name: str, kinds: set[str] | None = None, what: str = "entity"):
        """The one entity called ``name`` (of one of ``kinds``), or a UsageError with suggestions."""
        key = " ".join(name.split()).casefold()
        named = self._by_name.get(key, set())
        found = sorted((n for n in named if kinds is None or self.kinds[n] in kinds), key=lambda n: n.value)
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            options = ", ".join(f"{self.labels[n]} ({self.kinds[n]}, id {n.value.rsplit('/', 1)[-1]})" for n in found)
            raise UsageError(f"{what} {name!r} is ambiguous: {options}; use the id")
        if named:  # known, but of another kind
            other = sorted(named, key=lambda n: n.value)[0]
            examples = sorted(self.labels[n] for n in self.kinds if self.kinds[n] in (kinds or ()))[:5]
            article = _with_article(what)
            raise UsageError(f"{name} is {_with_article(self.kinds[other])} "
                             f"({self.labels[other]}); this takes {article}"
                             + (f": {', '.join(examples)}, ..." if examples else ""))
        candidates = {k: d for k, d in self._display.items()
                      if not d.startswith(("<", "http", "id:"))
                      and (kinds is None or any(self.kinds[n] in kinds for n in self._by_name[k]))}
        near = difflib.get_close_matches(key, list(candidates), n=5, cutoff=0.5)
        if not near:  # a substring is a good hint too ("Ayala" -> "Ayala Foundation")
            near = [k for k in sorted(candidates) if key in k][:5]
        hint = f"; closest: {', '.join(candidates[k] for k in near)}" if near else ""
        kind_text = f" of kind {'/'.join(sorted(kinds))}" if kinds else ""
        raise UsageError(f"unknown {what} {name!r}{kind_text}{hint}")


def names_query() -> str:
    """queries/internal/names.rq: every entity's names with its kind (what NameIndex reads)."""
    return resources.internal_query("names")
