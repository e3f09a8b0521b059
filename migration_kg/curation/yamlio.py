"""Read curated YAML with line numbers kept, duplicate keys refused, and limits enforced.

Limits (migration_kg.limits.Limits): the file's size, the number of values with aliases expanded
(a "billion laughs" alias bomb stops at once), recursive aliases, nesting depth and one string's
length. Keys must be strings; an impossible date (2007-02-30) names its line. Every mapping keeps
the line of each of its keys (``key_line``) so that an error points at the key at fault."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from migration_kg.errors import CurationError, InputTooLarge
from migration_kg.limits import limits

LINE_KEY = "__line__"
KEY_LINES = "__keys__"
_MARKERS = (LINE_KEY, KEY_LINES)


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml when installed
    """SafeLoader that records each mapping's line and refuses duplicate keys."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: dict[Any, int] = {}
    path = getattr(loader, "path", None)
    for key_node, _ in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise CurationError("a key must be a plain word, not a list or a mapping", file=path,
                                line=key_node.start_mark.line + 1)
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            raise CurationError(f"key {key_node.value!r} must be a word (a {type(key).__name__} here; "
                                "put it in quotes if it is meant)", file=path, line=key_node.start_mark.line + 1)
        if key in _MARKERS:
            raise CurationError(f"key {key!r} is reserved", file=path, line=key_node.start_mark.line + 1)
        if key in seen:
            raise CurationError(
                f"duplicate key {key!r} (first at line {seen[key]}); each key may appear once",
                file=getattr(loader, "path", None), line=key_node.start_mark.line + 1)
        seen[key] = key_node.start_mark.line + 1
    mapping = loader.construct_mapping(node, deep=deep)
    mapping[LINE_KEY] = node.start_mark.line + 1
    mapping[KEY_LINES] = seen
    return mapping


def _construct_timestamp(loader: _LineLoader, node: yaml.ScalarNode):
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError) as exc:
        raise CurationError(f"impossible date {node.value!r} ({exc}); write a real day like 2007-02-28",
                            file=getattr(loader, "path", None), line=node.start_mark.line + 1) from exc


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def _check_nodes(root: yaml.Node, path: Path) -> None:
    """Refuse a node graph that is too large once aliases are expanded, recursive, too deep, or holds
    a string above the limit; without expanding anything (sizes are memoised per node)."""
    bound = limits()
    size: dict[int, int] = {}
    depth: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            kids = _children(node)
            size[key] = 1 + sum(size[id(k)] for k in kids)
            depth[key] = 1 + max((depth[id(k)] for k in kids), default=0)
            line = node.start_mark.line + 1
            if size[key] > bound.max_yaml_nodes:
                raise InputTooLarge(f"{path}:{line}: more than {bound.max_yaml_nodes} values once aliases are "
                                    "expanded (an alias bomb?); write the values out or split the file")
            if depth[key] > bound.max_depth:
                raise InputTooLarge(f"{path}:{line}: nested more than {bound.max_depth} levels deep")
            continue
        if key in size:
            continue
        if key in on_path:
            raise CurationError("an alias refers to the value that contains it (a recursive alias); "
                                "write the value out", file=path, line=node.start_mark.line + 1)
        if isinstance(node, yaml.ScalarNode):
            if len(node.value) > bound.max_string:
                raise InputTooLarge(f"{path}:{node.start_mark.line + 1}: a string of {len(node.value)} "
                                    f"characters, above the limit of {bound.max_string}")
            size[key], depth[key] = 1, 1
            continue
        on_path.add(key)
        stack.append((node, True))
        stack.extend((k, False) for k in _children(node) if id(k) not in size)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def read_limited(path: Path, what: str = "file") -> bytes:
    """The bytes of an input file, refused above Limits.max_input_size (before reading it) and when
    it is a folder or unreadable: one CurationError."""
    bound = limits().max_input_size
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise CurationError(f"a folder is where a {what} is expected", file=path)
        if size > bound:
            raise InputTooLarge(f"{path}: {what} of {_mb(size)}, above the input size limit of {_mb(bound)} "
                                "(raise it with --max-input-size if the file is right)")
        with path.open("rb") as fh:
            data = fh.read(bound + 1)
    except OSError as exc:
        raise CurationError(f"cannot read {what}: {exc.strerror or exc}", file=path) from exc
    if len(data) > bound:  # grew while read, or a special file
        raise InputTooLarge(f"{path}: {what} above the input size limit of {_mb(bound)}")
    return data


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def decode_utf8(raw: bytes, path: Path, what: str = "file", encoding: str = "utf-8") -> str:
    """``raw`` as text, or a CurationError naming the line of the first byte that is not UTF-8."""
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise CurationError(f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the {what} as UTF-8",
                            file=path, line=line) from exc


def load_yaml(path: Path) -> Any:
    """Parse one YAML file; every mapping gets a ``__line__`` key (1-based)."""
    raw = read_limited(path, "YAML file")
    text = decode_utf8(raw, path)
    loader = None
    try:
        loader = _LineLoader(text)
        loader.path = path  # type: ignore[attr-defined]
        node = loader.get_single_node()
        if node is None:
            return None
        _check_nodes(node, path)
        return loader.construct_document(node)
    except (CurationError, InputTooLarge):
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


def key_line(entry: Any, key: str) -> int | None:
    """The line of ``key`` in a mapping read by load_yaml (the mapping's own line when it is absent)."""
    if not isinstance(entry, dict):
        return None
    return entry.get(KEY_LINES, {}).get(key) or entry.get(LINE_KEY)


def fields(entry: dict) -> set[str]:
    """The keys a curator wrote (without the line markers)."""
    return {k for k in entry if k not in _MARKERS}


#: C0 and C1 control characters and DEL (tab and line breaks are white space, folded elsewhere).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_text(value: object, what: str, path, line: int | None, entry: str | None) -> str:
    """A non-empty string without control characters, white space folded to single spaces."""
    if not isinstance(value, str) or not value.strip():
        raise CurationError(f"{what} must be a non-empty string, got {value!r}", file=path, line=line,
                            entry=entry)
    if _CONTROL.search(value):
        raise CurationError(f"{what} contains control characters; use plain text", file=path, line=line,
                            entry=entry)
    return " ".join(value.split())
