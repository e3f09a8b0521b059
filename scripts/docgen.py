"""Generated parts of the docs (run `cog -I . -r docs/commands.md docs/queries.md`; tests/test_docs_generated.py fails
when a generated part is stale or a command, option or query is missing).

- commands_markdown(): every command's `--help`, from the click command objects themselves;
- queries_markdown(): every library query: its question, parameters, columns and the first rows it
  gives on the bundled seed report.

The samples of docs/curation-walkthrough.md come from scripts/walkthrough.py (`cog -I . -r
docs/curation-walkthrough.md`), which runs the curator's commands on a scratch copy of the seed.
"""

from __future__ import annotations

from functools import lru_cache

#: Help is formatted for this width, whatever the terminal, so the generated text is stable.
WIDTH = 100
#: The parameter values the samples use (what an analyst would type).
SAMPLE_PARAMS = {"actor": "IOM", "country": "Ghana", "actor_a": "IOM", "actor_b": "ILO", "entity": "IOM",
                 "topic": "remittances", "organisation": "IOM", "person": "Mensa Bonsu"}


def subcommands():
    """The ``migration-kg`` click group and its commands by name, in the order --help lists them."""
    from migration_kg.cli import cli

    return cli, {name: cli.commands[name] for name in cli.list_commands(None)}


def _help(command, parent=None) -> str:
    """``command``'s --help as click prints it, ``WIDTH`` characters wide whatever the terminal."""
    import click

    name = command.name if parent is not None else "migration-kg"
    settings = {**command.context_settings, "terminal_width": WIDTH, "max_content_width": WIDTH}
    ctx = click.Context(command, info_name=name, parent=parent, **settings)
    return command.get_help(ctx).rstrip() + "\n"


def commands_markdown() -> str:
    import click

    group, commands = subcommands()
    out = ["## migration-kg\n", "```text", _help(group).rstrip(), "```\n"]
    parent = click.Context(group, info_name="migration-kg", **group.context_settings)
    for name, command in commands.items():
        out += [f"## {name}\n", "```text", _help(command, parent).rstrip(), "```\n"]
    return "\n".join(out)


@lru_cache(maxsize=1)
def _seed_store():
    from migration_kg import resources
    from migration_kg.build import build

    return build(resources.seed_dir(), None).store


def queries_markdown(rows: int = 5) -> str:
    from migration_kg.query.resolve import NameIndex, names_query
    from migration_kg.query.results import render
    from migration_kg.query.sparql import PARAM_DEFAULTS, PARAM_KINDS, Rows, library, rows_of, select

    store = _seed_store()
    index = NameIndex(rows_of(store.solutions(names_query())))
    out = []
    for name, query in library().items():
        out.append(f"### {name}\n")
        out.append(query.question + "\n")
        args = []
        bindings = {}
        for p in query.parameters:
            if p.kind in PARAM_DEFAULTS:
                out.append(f"- `--param {p.name}=...` ({p.kind}, optional, default `{PARAM_DEFAULTS[p.kind]}`): "
                           f"{p.description}")
                continue
            value = SAMPLE_PARAMS.get(p.name, SAMPLE_PARAMS.get(p.kind, ""))
            out.append(f"- `--param {p.name}=...` ({p.kind}): {p.description}")
            args.append(f"--param {p.name}={value!r}" if " " in value else f"--param {p.name}={value}")
            bindings[p.name] = index.resolve(value, PARAM_KINDS[p.kind])
        for p in query.parameters:
            if p.kind == "status":
                from migration_kg.query.sparql import status_binding

                bindings[p.name] = status_binding(PARAM_DEFAULTS[p.kind])
        out.append(f"- columns: {query.columns}\n")
        result = select(store, query.text, bindings)
        shown = Rows(result.variables, result.rows[:rows])
        command = " ".join(["migration-kg query", name, *args, "--format markdown"])
        more = f" (first {rows} of {len(result.rows)} rows)" if len(result.rows) > rows else \
            f" ({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})"
        out.append(f"`{command}` on the seed report{more}:\n")
        if shown.rows:
            out.append(render(shown, "markdown"))
        elif query.is_check:
            out.append("_(no rows: the check passes)_\n")
        else:
            out.append("_(no rows on the seed alone: this question needs two or more reports)_\n")
    return "\n".join(out)
