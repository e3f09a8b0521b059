"""Read curated YAML with line numbers kept, and duplicate keys refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from migration_kg.errors import CurationError

LINE_KEY = "__line__"


class _LineLoader(yaml.SafeLoader):
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
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CurationError(f"cannot read file: {exc.strerror if isinstance(exc, OSError) else exc}",
                            file=path) from exc
    loader = _LineLoader(text)
    loader.path = path  # type: ignore[attr-defined]
    try:
        return loader.get_single_data()
    except CurationError:
        raise
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise CurationError(f"malformed YAML: {problem}", file=path, line=line) from exc
    finally:
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
