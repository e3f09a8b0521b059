"""Shell completion (click's, for bash, zsh and fish): commands and options come from the command
objects; this module gives the words that come from the data: library query names, the ``--param``
names of the chosen query, and entity names (labels, acronyms, aliases, ids) for ``--param NAME=``
values, ``--focus`` and ``--topic``. Each completer is a click ``shell_complete`` callback.

Entity names come from the current build only (``build.json`` in --build-dir matching today's
inputs, see :mod:`migration_kg.build.cache`): completing never builds anything, and with no
current build it offers no names. Completers never raise: a completion that fails is empty.
"""

from __future__ import annotations

from pathlib import Path

SHELLS = ("bash", "zsh", "fish")
PROG = "migration-kg"
#: The environment variable through which the shell asks for completions (click's convention).
COMPLETE_VAR = "_MIGRATION_KG_COMPLETE"


def shellcode(command, shell: str) -> str:
    """The script that registers completion of ``command`` (the click group) as ``migration-kg`` in ``shell``."""
    from click.shell_completion import get_completion_class

    return get_completion_class(shell)(command, {}, PROG, COMPLETE_VAR).source()


def query_names(ctx, param, incomplete: str) -> list:
    """The library's query names; for a word that looks like a path, the shell's file names."""
    try:
        if incomplete.startswith((".", "/", "~")) or "/" in incomplete:
            from click.shell_completion import CompletionItem

            return [CompletionItem(incomplete, type="file")]
        from migration_kg.query.sparql import library

        return [name for name in library() if name.startswith(incomplete)]
    except Exception:  # noqa: BLE001 - completion must never fail the shell
        return []


def param_values(ctx, param, incomplete: str) -> list[str]:
    """``NAME=`` for each parameter of the chosen query; after ``NAME=``, that parameter's values
    (statuses, partnership kinds, document ids, entity names): see :func:`migration_kg.query.params.complete`."""
    try:
        from migration_kg.query.params import complete
        from migration_kg.query.sparql import resolve_query

        # while the option's value is being typed, click leaves the positional NAME|FILE unparsed in ctx.args
        query = resolve_query(ctx.params.get("query") or ctx.args[0])
        return complete(query, incomplete, current_run(ctx.params))
    except Exception:  # noqa: BLE001
        return []


def focus_names(ctx, param, incomplete: str) -> list[str]:
    return _matching(incomplete, ctx.params, None)


def topic_names(ctx, param, incomplete: str) -> list[str]:
    return _matching(incomplete, ctx.params, {"topic"})


def _matching(prefix: str, options: dict, kinds) -> list[str]:
    try:
        from migration_kg.query.params import starting_with

        return starting_with(entity_names(options, kinds), prefix)
    except Exception:  # noqa: BLE001
        return []


def current_run(options: dict):
    """``run(query text) -> Rows`` on the current build, or None when there is none (nothing is built
    to complete a word). ``options``: the command's options so far (``data``, ``seed``, ``build_dir``)."""
    from migration_kg.build.cache import input_digest, load_current
    from migration_kg.build.source import given_data_dir
    from migration_kg.query.sparql import rows_of

    data = given_data_dir(options.get("data"), bool(options.get("seed")))
    if data is None:
        return None
    store = load_current(Path(options.get("build_dir") or "out"), input_digest(data))
    if store is None:
        return None
    return lambda text: rows_of(store.solutions(text))


def entity_names(options: dict, kinds: set[str] | None) -> list[str]:
    """Labels, acronyms, aliases and ids of the current build's entities of ``kinds`` (all when
    None), sorted; [] when there is no current build."""
    from migration_kg.query import params
    from migration_kg.query.resolve import names_query

    run = current_run(options)
    return [] if run is None else params.entity_names(run(names_query()), kinds)
