"""The keys and value types of the curated YAML, declared once: one model per kind of entry (a
registry entity, a document's metadata and each of its sections, a statement, a partnership).

The build refuses a key an entry's model does not declare (:func:`check_keys`): an unknown or
misspelt key is one ``error:`` line naming the file, the key's line and the entry. The values are
checked by the modules that read each file (types, ids that exist in the registry, quotes found in
the text, kinds the ontology allows), with messages that say what each value is for. The models' JSON Schemas are
published with the package (``schemas/*.schema.json``, :func:`migration_kg.resources.schema`): the curated files name theirs
on their first line, so an editor with a YAML language server checks them as a curator types.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
from pathlib import Path
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, RootModel, StrictBool, StrictInt, StrictStr

from migration_kg.errors import CurationError, CurationErrors
from migration_kg.curation.yamlio import fields, key_line
from migration_kg.vocabulary.kinds import KIND_CLASS_IRI

#: An id: lower-case words of letters and digits joined by hyphens (curation.sources.ID_PATTERN).
SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Kind = Literal[tuple(KIND_CLASS_IRI)]  # type: ignore[valid-type]
Status = Literal["stated", "suggested", "inferred"]
Slug = StrictStr


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RegistryEntry(_Entry):
    """One entity of ``registry/*.yaml``."""

    model_config = ConfigDict(extra="forbid", title="Registry entity")

    id: Slug = Field(pattern=SLUG, description="A lower-case slug, unique in the registry, like 'iom'.")
    kind: Kind = Field(description="The kind of entity.")
    label: StrictStr = Field(description="The name to show.")
    acronyms: Optional[list[StrictStr]] = Field(None, description="Short names the text uses, like [IOM].")
    aliases: Optional[list[StrictStr]] = Field(None, description="Other names the text uses.")
    comment: Optional[StrictStr] = Field(None, description="What the entity is, in general terms.")
    iso2: Optional[StrictStr] = Field(None, pattern=r"^[A-Z]{2}$", description="Countries: ISO 3166-1 alpha-2.")
    iso3: Optional[StrictStr] = Field(None, pattern=r"^[A-Z]{3}$", description="Countries: ISO 3166-1 alpha-3.")
    broader: Optional[list[Slug]] = Field(None, description="Topics: the ids of broader topics.")
    proposed: Optional[StrictBool] = Field(None, description="true: drafted by a tool, not yet accepted.")


class Section(_Entry):
    """One section of a document (``sections:`` in metadata.yaml)."""

    model_config = ConfigDict(extra="forbid", title="Section")

    id: Slug = Field(pattern=SLUG, description="A lower-case slug, unique in the document.")
    title: StrictStr = Field(description="The section's title.")
    heading: Optional[StrictStr] = Field(None, description="The heading line as it stands in the text.")
    parent: Optional[Slug] = Field(None, description="The id of the section this one is part of.")
    inline: Optional[StrictBool] = Field(None, description="true: the heading runs into its text on one line; "
                                                           "the section starts at the heading's words.")


class DocumentMetadata(_Entry):
    """``sources/<id>/metadata.yaml``: one source document."""

    model_config = ConfigDict(extra="forbid", title="Document metadata")

    id: Slug = Field(pattern=SLUG, description="The document's id: its folder's name.")
    title: StrictStr
    subtitle: Optional[StrictStr] = None
    publisher: StrictStr
    publisher_entity: Optional[Slug] = Field(None, description="The publisher's registry id.")
    co_organisers: Optional[list[Slug]] = Field(None, description="Registry ids of the co-organisers.")
    date: dt.date = Field(description="The document's date, like 2007-03-07.")
    place: Optional[StrictStr] = None
    place_entity: Optional[Slug] = Field(None, description="The place's registry id.")
    series: Optional[StrictStr] = None
    series_entity: Optional[Slug] = Field(None, description="The series' registry id.")
    number: Optional[StrictInt] = Field(None, ge=1, description="The document's number in its series.")
    language: Optional[StrictStr] = Field(None, description="A language tag, like en.")
    reports: Optional[Slug] = Field(None, description="The registry id of what the document reports on.")
    extraction: Optional[StrictStr] = Field(None, description="How the text was taken from the original.")
    review: Optional[list[StrictStr]] = Field(None, description="Metadata keys still to check, like [date].")
    names: Optional[dict[StrictStr, Slug]] = Field(None, description="Which entity an ambiguous name or acronym "
                                                                     "means in this document, like {HLD: hld-2006}.")
    text: StrictStr = Field(description="The source text's file name, next to metadata.yaml.")
    sections: list[Section] = Field(description="The document's sections in reading order.")


class _Fact(_Entry):
    id: Slug = Field(pattern=SLUG, description="A lower-case slug, unique in the document.")
    quote: Optional[StrictStr] = Field(None, description="The report's exact words.")
    section: Optional[Slug] = Field(None, description="The section the quote is in, when it occurs more than once.")
    occurrence: Optional[StrictInt] = Field(None, ge=1, description="Which occurrence of the quote (from 1).")
    status: Optional[Status] = Field(None, description="How the report gives it (stated when left out).")
    note: Optional[StrictStr] = Field(None, description="Suggested or inferred: one line saying how.")
    short_quote_ok: Optional[StrictStr] = Field(None, alias="short-quote-ok",
                                                description="Why a quote without a name or with few words is enough.")
    stated_ok: Optional[StrictStr] = Field(None, alias="stated-ok",
                                           description="Why a quote that plans, proposes or hedges ('will', 'should', "
                                                       "'may') still states the fact.")
    proposed: Optional[StrictBool] = Field(None, description="true: drafted by a tool, not yet accepted.")


class Statement(_Fact):
    """One entry of ``statements:`` in ``sources/<id>/statements/*.yaml``."""

    model_config = ConfigDict(extra="forbid", title="Statement")

    subject: Optional[Slug] = Field(None, description="The registry id of the subject (or give subjects).")
    subjects: Optional[list[Slug]] = Field(None, description="Several subjects sharing the quote: one statement "
                                                             "per subject, with the id <id>-<subject>.")
    relation: StrictStr = Field(description="An ontology relation, like partnersWith or funds.")
    object: Optional[Slug] = Field(None, description="The registry id of the object (or give value or objects).")
    objects: Optional[list[Slug]] = Field(None, description="Several objects sharing the quote: one statement "
                                                           "per object, with the id <id>-<object>.")
    value: Any = Field(None, description="A literal value instead of an object (a number, date, text or amount).")
    title: Optional[StrictStr] = Field(None, description="Statements about a person: their title.")
    as_of: Optional[dt.date] = Field(None, description="The day the fact held, like 2007-03-01.")


class Partnership(_Fact):
    """One entry of ``partnerships:`` in ``sources/<id>/statements/*.yaml``."""

    model_config = ConfigDict(extra="forbid", title="Partnership")

    kind: StrictStr = Field(description="A kind of partnership the ontology defines.")
    partners: list[Slug] = Field(description="The registry ids of the partners (actors).")
    about: Optional[list[Slug]] = Field(None, description="What it is about: initiatives, events, topics.")
    date: Optional[dt.date] = Field(None, description="When it was made, like 2007-03-07.")


class StatementsFile(_Entry):
    """``sources/<id>/statements/*.yaml``."""

    model_config = ConfigDict(extra="forbid", title="Statements file")

    statements: Optional[list[Statement]] = None
    partnerships: Optional[list[Partnership]] = None


class RegistryFile(RootModel[list[RegistryEntry]]):
    """``registry/*.yaml``: a list of entities."""

    model_config = ConfigDict(title="Registry file")


#: file kind -> (the model of the whole file, where the curated data keeps such files)
FILE_KINDS = {
    "registry": (RegistryFile, "registry/*.yaml"),
    "metadata": (DocumentMetadata, "sources/<id>/metadata.yaml"),
    "statements": (StatementsFile, "sources/<id>/statements/*.yaml"),
}


def json_schema(kind: str) -> dict:
    """The JSON Schema of one kind of curated file (``registry``, ``metadata`` or ``statements``)."""
    try:
        model, where = FILE_KINDS[kind]
    except KeyError:
        raise ValueError(f"unknown kind of curated file {kind!r}; valid: {', '.join(FILE_KINDS)}") from None
    found = model.model_json_schema(by_alias=True)
    found["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    found["description"] = f"migration-kg curated data: {where}"
    return found


def render_schema(kind: str) -> str:
    """The JSON Schema of one kind of curated file, as the text of its published file
    (``schemas/<kind>.schema.json``, written by scripts/schemas.py; :func:`migration_kg.resources.schema`
    reads it)."""
    return json.dumps(json_schema(kind), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def keys(model: type[BaseModel]) -> list[str]:
    """The keys an entry of ``model`` may have, as curators write them."""
    return sorted(field.alias or name for name, field in model.model_fields.items())


def check_keys(raw: dict, model: type[BaseModel], path: Path, entry: str | None = None) -> None:
    """Refuse the keys of an entry (read by load_yaml) that its model does not declare: one error line
    per unknown key, at the key's own line, naming the nearest valid key and all of them. (The values'
    types are checked by the module that reads the entry, whose messages say what each value is for.)"""
    valid = keys(model)
    unknown = sorted(fields(raw) - set(valid))
    if unknown:
        problems = []
        for key in unknown:
            near = difflib.get_close_matches(key, valid, n=1, cutoff=0.6)
            hint = f" (did you mean {near[0]!r}?)" if near else ""
            problems.append(CurationError(f"unknown key {key!r}{hint}; valid: {', '.join(valid)}", file=path,
                                          line=key_line(raw, key), entry=entry))
        raise CurationErrors(problems)
