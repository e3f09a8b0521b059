"""Turn the names analysts type (labels, acronyms, aliases, ids) into entity IRIs."""

from __future__ import annotations

import difflib
from collections import defaultdict

from rdflib import RDFS, Graph, URIRef
from rdflib.namespace import SKOS

from migration_kg.errors import UsageError
from migration_kg.namespaces import ID, MKG


class NameIndex:
    """Every entity's names, case-insensitively, with its kind."""

    def __init__(self, graph: Graph):
        self.kinds: dict[URIRef, str] = {}
        self.labels: dict[URIRef, str] = {}
        self._by_name: dict[str, set[URIRef]] = defaultdict(set)
        self._display: dict[str, str] = {}
        for node, kind in graph.subject_objects(MKG.kind):
            if not isinstance(node, URIRef):
                continue
            self.kinds[node] = str(kind)
            self.labels[node] = str(graph.value(node, RDFS.label) or node)
            names = [self.labels[node], *map(str, graph.objects(node, MKG.acronym)),
                     *map(str, graph.objects(node, SKOS.altLabel))]
            if str(node).startswith(str(ID)):
                names.append(str(node)[len(str(ID)):])
            for name in names:
                key = " ".join(name.split()).casefold()
                self._by_name[key].add(node)
                self._display.setdefault(key, name)

    def resolve(self, name: str, kinds: set[str] | None = None, what: str = "entity") -> URIRef:
        """The one entity called ``name`` (of one of ``kinds``), or a UsageError with suggestions."""
        key = " ".join(name.split()).casefold()
        found = sorted(n for n in self._by_name.get(key, ()) if kinds is None or self.kinds[n] in kinds)
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            options = ", ".join(f"{self.labels[n]} ({self.kinds[n]}, id {str(n).rsplit('/', 1)[-1]})" for n in found)
            raise UsageError(f"{what} {name!r} is ambiguous: {options}; use the id")
        candidates = {k: d for k, d in self._display.items()
                      if kinds is None or any(self.kinds[n] in kinds for n in self._by_name[k])}
        near = difflib.get_close_matches(key, list(candidates), n=5, cutoff=0.5)
        if not near:  # a substring is a good hint too ("Ayala" -> "Ayala Foundation")
            near = [k for k in sorted(candidates) if key in k][:5]
        hint = f"; closest: {', '.join(candidates[k] for k in near)}" if near else ""
        kind_text = f" of kind {'/'.join(sorted(kinds))}" if kinds else ""
        raise UsageError(f"unknown {what} {name!r}{kind_text}{hint}")
