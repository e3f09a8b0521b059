"""Shell completion (argcomplete): commands and options from the parser, and from the data the
names people type: library query names, the ``--param`` names of the chosen query, and entity
names (labels, acronyms, aliases, ids) for ``--param NAME=`` values, ``--focus`` and ``--topic``.

Entity names come from the current build only (``build.json`` in --build-dir matching today's
inputs, see :mod:`migration_kg.build.cache`): completing never builds anything, and with no
current build it offers no names. Completers never raise: a completion that fails is empty.
"""

from __future__ import annotations

SHELLS = ("bash", "zsh", "fish")
PROG = "migration-kg"


def shellcode(shell: str) -> str:
    """The script that registers completion for ``migration-kg`` in ``shell`` (argcomplete's own)."""
    import argcomplete

    return argcomplete.shellcode([PROG], shell=shell)


def enable(parser, **kwargs) -> None:
    """Answer a completion request when the shell made one (the _ARGCOMPLETE variable is set);
    otherwise return at once. ``kwargs`` go to ``argcomplete.autocomplete`` (tests pass an
    output stream and an exit method)."""
    import os

    if "_ARGCOMPLETE" not in os.environ:
        return
    import argcomplete

    argcomplete.autocomplete(parser, **kwargs)


# -- Completers (argcomplete calls them with prefix=, parsed_args=, ...) ---------------------------

def query_names(prefix: str, **_) -> list[str]:
    """The library's query names; for a word that looks like a path, folders and .rq files."""
    try:
        if prefix.startswith((".", "/", "~")) or "/" in prefix:
            from argcomplete.completers import FilesCompleter

            return list(FilesCompleter(allowednames=("rq",), directories=True)(prefix))
        from migration_kg.query.sparql import library

        return [name for name in library() if name.startswith(prefix)]
    except Exception:  # noqa: BLE001 - completion must never fail the shell
        return []


def param_values(prefix: str, parsed_args=None, **_) -> list[str]:
    """``NAME=`` for each parameter of the chosen query; after ``NAME=``, the names of the
    entities of that parameter's kind (or the status values)."""
    try:
        from migration_kg.query.sparql import PARAM_KINDS, STATUS_CHOICES, resolve_query

        query = resolve_query(parsed_args.query)
        declared = {p.name: p for p in query.parameters}
        name, sep, typed = prefix.partition("=")
        if not sep:
            return [f"{p}=" for p in declared if p.startswith(prefix)]
        if name not in declared:
            return []
        kind = declared[name].kind
        if kind == "status":
            values = list(STATUS_CHOICES)
        else:
            values = entity_names(parsed_args, PARAM_KINDS[kind])
        return [f"{name}={v}" for v in values if v.casefold().startswith(typed.casefold())]
    except Exception:  # noqa: BLE001
        return []


def focus_names(prefix: str, parsed_args=None, **_) -> list[str]:
    return _matching(prefix, parsed_args, None)


def topic_names(prefix: str, parsed_args=None, **_) -> list[str]:
    return _matching(prefix, parsed_args, {"topic"})


def _matching(prefix: str, parsed_args, kinds) -> list[str]:
    try:
        return [v for v in entity_names(parsed_args, kinds) if v.casefold().startswith(prefix.casefold())]
    except Exception:  # noqa: BLE001
        return []


def entity_names(parsed_args, kinds: set[str] | None) -> list[str]:
    """Labels, acronyms, aliases and ids of the current build's entities of ``kinds`` (all when
    None), sorted; [] when there is no current build (nothing is built to complete a word)."""
    from pathlib import Path

    from migration_kg.query.resolve import ID, names_query
    from migration_kg.query.sparql import rows_of
    from migration_kg.build.cache import input_digest, load_current

    data = _data_dir(parsed_args)
    if data is None:
        return []
    store = load_current(Path(getattr(parsed_args, "build_dir", None) or "out"), input_digest(data))
    if store is None:
        return []
    names = set()
    for entity, kind, name, _ in rows_of(store.solutions(names_query())).rows:
        if kinds is None or kind.value in kinds:
            names.add(name.value)
            if entity.value.startswith(ID):
                names.add(entity.value[len(ID):])
    return sorted(names, key=str.casefold)


def _data_dir(parsed_args):
    from pathlib import Path

    from migration_kg import resources

    if getattr(parsed_args, "seed", False):
        return resources.seed_dir()
    data = Path(getattr(parsed_args, "data", None) or "graph")
    return data if data.is_dir() else None
