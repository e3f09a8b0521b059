"""The curator's commands: init, add-document, candidates, locate, propose (migration_kg.assist),
and the look-ups sections, entities, mentions (migration_kg.assist.lookup). They join the
``migration-kg`` group through :data:`COMMANDS`."""

from __future__ import annotations

from pathlib import Path

import click

from migration_kg.cli_base import PATH, Command, data_options
from migration_kg.errors import UsageError
from migration_kg.build.source import data_dir

CURATE_EXAMPLES = """\
the curator's workflow (each step writes YAML for you to review; nothing proposed is built until
you remove its `proposed: true`):
  migration-kg init my-kg                          a new, empty project
  migration-kg add-document report.pdf --id unitar-2008-05-20-labour-mobility
  migration-kg candidates unitar-2008-05-20-labour-mobility --write
  migration-kg locate unitar-2008-05-20-labour-mobility "funded by the United Nations Population Fund"
  migration-kg propose unitar-2008-05-20-labour-mobility --write
  migration-kg review unitar-2008-05-20-labour-mobility    (keys a, r, e, s: accept, reject, edit, save)
  migration-kg accept unitar-2008-05-20-labour-mobility --decisions decisions-unitar-2008-05-20-labour-mobility.json

"""
DOC_HELP = "a document id (a folder of sources/) or the path of its folder"


def command(name: str, short_help: str, examples: str, workflow: bool = True):
    """A curation command (its examples, then the curator's workflow) or a look-up (``workflow=False``)."""
    return click.command(name, cls=Command, short_help=short_help, examples=examples,
                         after=CURATE_EXAMPLES if workflow else "")


doc_argument = click.argument("doc", metavar="DOC")


@command("init", "start a new, empty knowledge-graph project (registry, sources, README)", """\
  migration-kg init my-kg                          my-kg/graph/registry, my-kg/graph/sources, README""")
@click.argument("folder", metavar="DIR", type=PATH)
def init(folder: Path):
    """Create a new project in DIR: graph/registry/ with one empty, commented file per kind of entity,
    graph/sources/ for the reports, and a README saying what to do next. DIR must be new or empty."""
    from migration_kg.assist.project import init_project

    written = init_project(folder)
    print(f"Created a new project in {folder}:")
    for path in written:
        print(f"  {path.relative_to(folder)}")
    print(f"Next: migration-kg add-document REPORT.pdf --data {folder / 'graph'}")


@command("add-document", "add a report (.txt, .md, .pdf): source.txt, metadata.yaml with sections", """\
  migration-kg add-document report.pdf --id unitar-2008-05-20-labour-mobility --data my-kg/graph""")
@click.argument("file", metavar="FILE", type=PATH)
@click.option("--id", "doc_id", metavar="ID", help="document id, a lower-case slug (default: from the file name)")
@data_options
def add_document(file, doc_id, data, seed):
    """Create sources/<id>/ from a report: the text (line breaks normalised, hyphenation across lines
    joined, repeating page headers and footers dropped), metadata.yaml with title, date, place and
    publisher when found (listed under review:) and sections detected from the headings."""
    from migration_kg.assist.ingest import add_document as add

    added = add(file, data_dir(data, seed), doc_id)
    print(f"Added {added.id}: {added.folder} (source.txt, {len(added.text)} characters; metadata.yaml; statements/)")
    for key in ("title", "date", "place", "publisher", "publisher_entity"):
        value = added.metadata.get(key)
        print(f"  {key + ':':18} {value if value is not None else '(not found: fill it in)'}")
    for note in added.notes:
        print(f"  {note}")
    print(f"Sections ({len(added.sections)}):")
    for s in added.sections:
        indent = "  " if s.parent else ""
        print(f"  {s.offset:>7}  {indent}{s.id}" + (f"  ({s.heading})" if s.heading else ""))
    print(f"Next: check metadata.yaml (the keys under review: {', '.join(added.review) or 'none'}), then "
          f"migration-kg candidates {added.id}")


@command("candidates", "names in a document the registry does not know, most frequent first", """\
  migration-kg candidates unitar-2008-05-20-labour-mobility
  migration-kg candidates unitar-2008-05-20-labour-mobility --write""")
@doc_argument
@data_options
@click.option("--write", is_flag=True, help="append them to registry/*.yaml marked proposed: true (the build "
                                            "skips them until you remove the flag)")
def candidates(doc, data, seed, write):
    """List the names (organisations, people, countries, acronyms) that a document's text uses and the
    registry does not know, most frequent first, with a line of context each; --write proposes them in
    registry/*.yaml."""
    from migration_kg.assist.candidates import find_candidates, write_candidates

    report = find_candidates(doc, data_dir(data, seed))
    print(f"Names in {report.document} that the registry does not know ({len(report.candidates)}), "
          "most frequent first:")
    for c in report.candidates:
        extra = "".join(f" {k}={v}" for k, v in (("acronym", c.acronym), ("iso2", c.iso2), ("iso3", c.iso3),
                                                  ("title", c.title)) if v)
        flag = " (already proposed)" if c.already_proposed else ""
        print(f"  {c.count:>3}x  {c.name}  [{c.kind}, {c.how}] id: {c.id}{extra}{flag}")
        print(f"        {c.context}")
    known = ", ".join(f"{k.id} {k.count}" for k in report.known)
    print(f"Registry entities it mentions ({len(report.known)}): {known or 'none'}")
    if write:
        written = write_candidates(report, data_dir(data, seed), f"migration-kg candidates {report.document}")
        if not written:
            print("Nothing new to propose.")
        for path, ids in written.items():
            print(f"Proposed in {path} (proposed: true): {', '.join(ids)}")
        if written:
            print("Review each entry; remove `proposed: true` to accept it, delete the others.")


@command("locate", "where a quote is (offset, section, occurrence) and the exact text to paste", """\
  migration-kg locate unitar-2008-05-20-labour-mobility "funded by the United Nations Population Fund"
  migration-kg locate unitar-2008-05-20-labour-mobility "the Fund" --near "Population\"""")
@doc_argument
@data_options
@click.argument("quote", metavar="QUOTE")
@click.option("--near", metavar="WORDS", help="keep matches with these words close by; if the quote is not found "
                                              "as written, show the closest passages near them")
def locate(doc, data, seed, quote, near):
    """Find a quote in a document's text: its offset, section, paragraph and occurrence, and the lines to
    paste into a statement; when it is not found as written, the closest passages."""
    from migration_kg.assist.locate import locate_quote, paste_lines

    result = locate_quote(doc, data_dir(data, seed), quote, near)
    if not result.matches:
        where = f" near {near!r}" if near else ""
        raise UsageError(f"quote not found in {result.document}{where}, not even approximately: {quote[:80]!r}")
    if result.fuzzy:
        print(f"Not found as written in {result.document}; the closest passages:")
    else:
        many = len(result.matches) > 1
        print(f"Found {len(result.matches)} time{'s' if many else ''} in {result.document}"
              + (" (a statement needs the hint shown)" if many else "") + ":")
    for m in result.matches:
        where = f"offset {m.start}-{m.end}, section {m.section}"
        where += f", paragraph {m.paragraph}" if m.paragraph else ""
        where += f", occurrence {m.occurrence}" if m.occurrence else ""
        where += f", similarity {m.score:.2f}" if result.fuzzy else ""
        print(f"  {where}")
        print(f"    sentence: {m.sentence}")
        print("    paste:")
        for line in paste_lines(m):
            print(f"      {line}")


@command("propose", "propose statements from the report's phrasings (organised by, funded by, ...)", """\
  migration-kg propose unitar-2008-05-20-labour-mobility
  migration-kg propose unitar-2008-05-20-labour-mobility --write""")
@doc_argument
@data_options
@click.option("--write", is_flag=True, help="write them to statements/proposed.yaml marked proposed: true")
def propose(doc, data, seed, write):
    """Propose statements and partnerships from the report's phrasings (organised by, funded by, in
    partnership with, ...) between entities the registry knows, each with its quote; --write puts them
    in statements/proposed.yaml for review."""
    from migration_kg.assist.propose import propose as proposals
    from migration_kg.assist.propose import write_proposals

    result = proposals(doc, data_dir(data, seed))
    print(f"Proposals for {result.document}: {len(result.statements)} statements, "
          f"{len(result.partnerships)} partnerships")
    for p in result.statements:
        print(f"  {p.subject} {p.relation} {p.target}  [{p.section}] \"{p.quote}\"")
    for q in result.partnerships:
        about = f" about {', '.join(q.about)}" if q.about else ""
        print(f"  {q.kind}: {', '.join(q.partners)}{about}  [{q.section}] \"{q.quote}\"")
    if write:
        path = write_proposals(result, doc, data_dir(data, seed), f"migration-kg propose {result.document}")
        new = len(result.statements) + len(result.partnerships) - result.skipped_known
        print(f"Wrote {new} new proposal{'s' if new != 1 else ''} to {path}"
              + (f" ({result.skipped_known} already in the statement files)" if result.skipped_known else ""))
        print("Review each entry; remove `proposed: true` to accept it, delete the others.")


@command("sections", "a document's sections: id, title, offsets, level, parent", """\
  migration-kg sections unitar-2007-03-07-building-partnerships
  migration-kg sections graph/sources/my-report --data graph""", workflow=False)
@doc_argument
@data_options
def sections(doc, data, seed):
    """List a document's sections as the build reads them from its metadata.yaml: id, title, start and
    end offsets in source.txt, level and parent; for writing section: hints."""
    from migration_kg.assist.lookup import sections as read_sections

    doc_id, rows = read_sections(doc, data_dir(data, seed))
    print(f"Sections of {doc_id} ({len(rows)}):")
    print(f"  {'start':>7} {'end':>7}  level  id  (title; parent)")
    for r in rows:
        parent = f"; in {r.parent}" if r.parent else ""
        print(f"  {r.start:>7} {r.end:>7}  {r.level:>5}  {'  ' * (r.level - 1)}{r.id}  ({r.title}{parent})")


@command("entities", "search the registry for a reusable id: kind, label, aliases, file:line, documents", """\
  migration-kg entities --search "Member States"     which id to reuse for the UN Member States
  migration-kg entities --search iom""", workflow=False)
@click.option("--search", required=True, metavar="TEXT",
              help="part of an id, label, acronym or alias (case ignored), e.g. 'Member States'")
@data_options
def entities(search, data, seed):
    """Search the registry for an entity to reuse: each match with its id, kind, label, acronyms and
    aliases, the file and line that define it, and the documents that mention it."""
    from migration_kg.assist.lookup import search_entities

    hits = search_entities(search, data_dir(data, seed))
    if not hits:
        raise UsageError(f"no registry entity is called anything like {search!r}")
    for h in hits:
        e = h.entity
        names = ", ".join([*e.acronyms, *e.aliases])
        print(f"{e.id}  [{e.kind}]  {e.label}" + (f"  (also: {names})" if names else ""))
        print(f"    {h.where}" + (f"  matched {h.matched!r}" if h.matched not in (e.id, e.label) else ""))
        docs = ", ".join(f"{d} ({n})" for d, n in sorted(h.documents.items()))
        print(f"    mentioned in: {docs or 'no document'}")


@command("mentions", "the mentions each registry name produces in a document (what an alias adds)", """\
  migration-kg mentions unitar-2007-03-07-building-partnerships
  migration-kg mentions unitar-2007-03-07-building-partnerships --entity iom""", workflow=False)
@doc_argument
@click.option("--entity", metavar="ID", help="only this registry id")
@data_options
def mentions(doc, entity, data, seed):
    """For one document, every registry name (label, acronym, alias) and the mentions it produces: what
    adding or removing an alias changes."""
    from migration_kg.assist.lookup import mentions_by_name

    doc_id, rows = mentions_by_name(doc, data_dir(data, seed), entity)
    print(f"Mentions in {doc_id} by registry name ({sum(r.count for r in rows)} in all):")
    for r in rows:
        print(f"  {r.count:>4}  {r.entity} [{r.kind}]  {r.name!r}")


#: In the order `migration-kg --help` lists them.
COMMANDS = [init, add_document, candidates, locate, propose, sections, entities, mentions]
