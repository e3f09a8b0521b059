"""Amounts of money and counts with their unit: statement values that are small nodes, not literals.

A curator writes ``relation: amount`` with ``value: {amount: 250000, currency: USD}`` or
``relation: quantity`` with ``value: {count: 4300, unit: households}``. The build mints one node
from the statement's IRI (``<statement>/value``): a ``schema:MonetaryAmount`` with ``schema:value``
and ``schema:currency`` (an ISO 4217 code, checked against pycountry's list), or a
``schema:QuantitativeValue`` with ``schema:value`` and ``schema:unitText``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pycountry
from rdflib import URIRef

from migration_kg.curation.yamlio import fields
from migration_kg.errors import CurationError
from migration_kg.vocabulary.prefixes import PREFIXES

SCHEMA = PREFIXES.get("schema", "https://schema.org/")
MONETARY_AMOUNT = URIRef(SCHEMA + "MonetaryAmount")
QUANTITATIVE_VALUE = URIRef(SCHEMA + "QuantitativeValue")
#: Ranges whose statements carry a structured ``value:`` mapping, and the keys it takes.
STRUCTURED_RANGES = {MONETARY_AMOUNT: ("amount", "currency"), QUANTITATIVE_VALUE: ("count", "unit")}


@dataclass(frozen=True)
class StructuredValue:
    """A number with its currency (``kind`` money) or its unit (``kind`` count)."""

    kind: str  # "money" or "count"
    number: Decimal | int
    unit: str  # an ISO 4217 code for money, what is counted for a count
    range: URIRef

    def __str__(self) -> str:
        return f"{self.number} {self.unit}"


def structured_value(value: object, rng: URIRef, relation: str, path: Path, line, entry: str) -> StructuredValue:
    """The checked value of a statement whose relation ranges over ``rng`` (one of STRUCTURED_RANGES)."""
    number_key, unit_key = STRUCTURED_RANGES[rng]
    example = ("{amount: 250000, currency: USD}" if rng == MONETARY_AMOUNT else "{count: 4300, unit: households}")

    def bad(why: str) -> CurationError:
        return CurationError(f"'{relation}' takes value: {example}; {why}", file=path, line=line, entry=entry)

    if not isinstance(value, dict):
        raise bad(f"got {value!r}")
    keys = fields(value)
    if keys != {number_key, unit_key}:
        raise bad(f"got the keys {', '.join(sorted(map(str, keys))) or 'none'}")
    number, unit = value[number_key], value[unit_key]
    if isinstance(number, bool) or not isinstance(number, (int, float, str)):
        raise bad(f"{number_key} {number!r} is not a number")
    if rng == QUANTITATIVE_VALUE and isinstance(number, int):
        parsed: Decimal | int = number
    else:
        try:
            parsed = Decimal(str(number))
        except InvalidOperation as exc:
            raise bad(f"{number_key} {number!r} is not a number") from exc
        if not parsed.is_finite():
            raise bad(f"{number_key} {number!r} is not a number")
    if parsed < 0:
        raise bad(f"{number_key} {number!r} is negative")
    if not isinstance(unit, str) or not unit.strip():
        raise bad(f"{unit_key} {unit!r} is not a word")
    unit = " ".join(unit.split())
    if rng == MONETARY_AMOUNT:
        if pycountry.currencies.get(alpha_3=unit) is None or unit != unit.upper():
            raise bad(f"currency {unit!r} is not an ISO 4217 code (USD, EUR, CHF, GHS...)")
        return StructuredValue("money", parsed, unit, rng)
    return StructuredValue("count", parsed, unit, rng)
