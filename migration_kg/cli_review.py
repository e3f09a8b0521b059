"""The commands that accept a document's proposals: accept and review (migration_kg.assist.accept,
migration_kg.assist.review). They join the ``migration-kg`` group through :data:`COMMANDS`."""

from __future__ import annotations

from pathlib import Path

import click

from migration_kg.cli_base import PATH, data_options
from migration_kg.cli_curate import command, doc_argument
from migration_kg.build.source import data_dir


@command("accept", "move accepted proposals from statements/proposed.yaml into the statements", """\
  migration-kg accept unitar-2008-05-20-labour-mobility       the entries whose proposed: true you removed
  migration-kg accept unitar-2008-05-20-labour-mobility --ids ilo-leads-skills-passport-project
  migration-kg accept unitar-2008-05-20-labour-mobility --decisions decisions.json""")
@doc_argument
@data_options
@click.option("--ids", metavar="ID,...", help="accept these entries too (comma-separated ids)")
@click.option("--decisions", type=PATH, metavar="FILE",
              help="a decisions file (JSON or YAML) saved from the review page")
def accept(doc, data, seed, ids, decisions):
    """Move the entries of statements/proposed.yaml that you accepted (removed their proposed: true,
    named them with --ids, or accepted them in a decisions file from the review page) into
    statements/accepted.yaml; rejected ones are dropped and proposed.yaml keeps only the undecided.
    Everything is checked as the build checks it before anything is written."""
    from migration_kg.assist.accept import accept as move, read_decisions

    wanted = [i.strip() for i in ids.split(",") if i.strip()] if ids else None
    result = move(doc, data_dir(data, seed), wanted, read_decisions(decisions) if decisions else None)
    print(f"{result.document}: accepted {len(result.accepted)}, rejected {len(result.rejected)}, "
          f"undecided {len(result.undecided)} (left in statements/proposed.yaml)")
    for eid in result.accepted:
        print(f"  accepted {eid}")


@command("review", "one offline HTML page to accept or reject a document's proposals by keyboard", """\
  migration-kg review unitar-2008-05-20-labour-mobility                 writes review-<doc>.html
  migration-kg review unitar-2008-05-20-labour-mobility --out review.html""")
@doc_argument
@data_options
@click.option("--out", type=PATH, metavar="FILE", help="where to write the page (default: review-DOC.html)")
def review(doc, data, seed, out):
    """Write one offline HTML page showing the report's text with every proposal of
    statements/proposed.yaml and every candidate name highlighted. Keys accept, reject or change the
    relation of each proposal; s saves a decisions file for accept --decisions."""
    from migration_kg.assist.review import review_page
    from migration_kg.outputs.files import write_atomic

    page = review_page(doc, data_dir(data, seed))
    target = out or Path(f"review-{page.document}.html")
    write_atomic({target: page.html.encode("utf-8")})
    print(f"Wrote {target}: {page.proposals} proposals, {page.candidates} candidate names. Open it in a browser; "
          f"s saves the decisions for: migration-kg accept {page.document} --decisions FILE")


#: In the order `migration-kg --help` lists them.
COMMANDS = [accept, review]
