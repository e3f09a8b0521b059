"""Read curated YAML with line numbers kept, and duplicate keys refused."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from migration_kg.errors import CurationError

LINE_KEY = "__line__"


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml when installed
    """SafeLoader that records each mapping's line and refuses duplicate keys."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise CurationError(
                f"duplicate key {key!r} (first at line {seen[key]}); each key may appear once",
                file=getattr(loader, "path", None), line=key_node.start_mark.line + 1)
        seen[key] = key_node.start_mark.line + 1
    mapping = loader.construct_mapping(node, deep=deep)
    mapping[LINE_KEY] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(path: Path) -> Any:
    """Parse one YAML file; every mapping gets a ``__line__`` key (1-based)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CurationError(f"cannot read file: {exc.strerror}", file=path) from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise CurationError(f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8",
                            file=path, line=line) from exc
    loader = None
    try:
        loader = _LineLoader(text)
        loader.path = path  # type: ignore[attr-defined]
        return loader.get_single_data()
    except CurationError:
        raise
    except yaml.reader.ReaderError as exc:
        line = text[:exc.position].count("\n") + 1
        raise CurationError(f"character U+{exc.character:04X} is not allowed in YAML; use plain text"
                            if isinstance(exc.character, int) else "unreadable character in YAML",
                            file=path, line=line) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise CurationError(f"malformed YAML: {problem}", file=path, line=line) from exc
    finally:
        if loader is not None:
            loader.dispose()


def line_of(entry: Any) -> int | None:
    return entry.get(LINE_KEY) if isinstance(entry, dict) else None


def fields(entry: dict) -> set[str]:
    """The keys a curator wrote (without the line marker)."""
    return {k for k in entry if k != LINE_KEY}


def check_keys(entry: dict, allowed: set[str], path, entry_id: str | None = None) -> None:
    """Refuse keys a curator may have mistyped, naming the valid ones."""
    from migration_kg.errors import CurationError

    unknown = fields(entry) - allowed
    if unknown:
        raise CurationError(f"unknown key(s) {sorted(unknown)}; valid: {sorted(allowed)}", file=path,
                            line=line_of(entry), entry=entry_id)


#: C0 and C1 control characters and DEL (tab and line breaks are white space, folded elsewhere).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_text(value: object, what: str, path, line: int | None, entry: str | None) -> str:
    """A non-empty string without control characters, white space folded to single spaces."""
    from migration_kg.errors import CurationError

    if not isinstance(value, str) or not value.strip():
        raise CurationError(f"{what} must be a non-empty string, got {value!r}", file=path, line=line,
                            entry=entry)
    if _CONTROL.search(value):
        raise CurationError(f"{what} contains control characters; use plain text", file=path, line=line,
                            entry=entry)
    return " ".join(value.split())
