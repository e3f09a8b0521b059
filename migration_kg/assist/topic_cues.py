"""The other words reports use for the topics of the scheme, loaded from ``topic_cues.yaml``
(package data a curator can read and extend).

A report rarely names a topic by its label: it speaks of "cooperation between the two countries"
(international cooperation) or "strengthening the capacities of policymakers" (national capacity
building). Each entry of the file names a topic (by the id the shared scheme gives it, or by its
label in another scheme) and the cue words that speak of it; ``cue_spans`` finds them in a text.
``load_topic_cues`` checks each entry (one ``error:`` line per problem, naming the file, line and
topic).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from migration_kg.curation.collector import Collector
from migration_kg.curation.quotes import normalise
from migration_kg.curation.registry import Registry
from migration_kg.curation.yamlio import fields, key_line, line_of, load_yaml
from migration_kg.errors import CurationError

_KEYS = {"topic", "label", "cues", "case", "example"}


@dataclass(frozen=True)
class TopicCue:
    topic: str  # the topic's id in the shared scheme
    label: str  # its label: the topic of a scheme with another id
    cue: re.Pattern
    case_sensitive: bool
    example: str
    line: int | None

    def topic_in(self, registry: Registry) -> str | None:
        """The id of this cue's topic in ``registry``: by id, else by a topic's name."""
        entity = registry.get(self.topic)
        if entity is not None and entity.kind == "topic":
            return self.topic
        key = normalise(self.label).casefold()
        return next((e.id for e in registry.values() if e.kind == "topic"
                     and any(normalise(n).casefold() == key for n in e.names)), None)


def topic_cues_file() -> Path:
    return Path(str(resources.files("migration_kg.assist") / "topic_cues.yaml"))


def load_topic_cues(path: Path | None = None) -> list[TopicCue]:
    """The topic cues of ``path`` (default: the package's), every problem reported at once."""
    path = path or topic_cues_file()
    data = load_yaml(path)
    entries = data.get("topics") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise CurationError("a topic cues file is a mapping with the list 'topics'", file=path, line=1)
    errors = Collector()
    out = []
    for raw in entries:
        with errors.entry():
            out.append(_topic_cue(raw, path))
    errors.check()
    return out


def _topic_cue(raw: object, path: Path) -> TopicCue:
    line = line_of(raw)
    if not isinstance(raw, dict):
        raise CurationError("each entry is a mapping (topic, label, cues, example)", file=path, line=line)
    topic = raw.get("topic")
    unknown = fields(raw) - _KEYS
    if unknown:
        raise CurationError(f"unknown key(s) {', '.join(sorted(map(str, unknown)))}; valid: {', '.join(sorted(_KEYS))}",
                            file=path, line=line, entry=str(topic))
    label, cues, example = raw.get("label"), raw.get("cues"), raw.get("example")
    if not isinstance(topic, str) or not isinstance(label, str):
        raise CurationError("an entry needs 'topic:' (the topic's id) and 'label:' (its label)", file=path,
                            line=line, entry=str(topic))
    if not isinstance(cues, list) or not cues or not all(isinstance(c, str) and c for c in cues):
        raise CurationError("'cues:' is a list of regular expressions", file=path,
                            line=key_line(raw, "cues") or line, entry=topic)
    if not isinstance(example, str):
        raise CurationError("an entry needs an example sentence that speaks of the topic", file=path,
                            line=line, entry=topic)
    case = raw.get("case", "ignored")
    if case not in ("ignored", "sensitive"):
        raise CurationError("case may only be ignored or sensitive", file=path, line=key_line(raw, "case"), entry=topic)
    try:  # whole words, spaces as any run of white space
        cue = re.compile(r"(?<![\w-])(?:" + "|".join(c.replace(" ", r"\s+") for c in cues) + r")(?![\w-])",
                         0 if case == "sensitive" else re.I)
    except re.error as exc:
        raise CurationError(f"a cue is not a regular expression: {exc}", file=path, line=key_line(raw, "cues"),
                            entry=topic) from None
    return TopicCue(topic, label, cue, case == "sensitive", example, line)


#: Words a name writes in lower case ("Migration for Development" is all capitals), and that a topic's label
#: may hold without saying anything of the topic.
SMALL_WORDS = {"of", "for", "and", "the", "in", "on", "to", "a", "an", "by", "with", "at", "its", "their", "into", "between"}
#: Where a sentence may start: the text's start, after a full stop, a line break or an opening quote.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]\s*|[\"“‘(]\s*)$")


def _headline(text: str, at: int) -> bool:
    """Whether ``at`` is on a line written in title case, with no full stop: a headline capitalises
    every word ("ASEAN Strengthens Cooperation on Protection of Migrant Workers")."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)].strip()
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", line) if w not in SMALL_WORDS]
    return 4 <= len(words) <= 20 and not line.endswith(".") and all(w[0].isupper() for w in words)


def cue_spans(text: str, registry: Registry, cues: list[TopicCue]) -> list[tuple[int, int, str]]:
    """Where ``text`` speaks of a topic of ``registry`` in the words of its cues. Cue words written
    with capitals inside a sentence are part of a name ("Swiss Agency for Development and
    Cooperation"), not the topic, unless the cue is case-sensitive (an acronym: "SDGs"); with a word
    in lower case ("the involvement of the Diaspora in national development") they are the topic."""
    spans = []
    for cue in cues:
        topic = cue.topic_in(registry)
        if topic is None:
            continue
        for m in cue.cue.finditer(text):
            words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", m.group(0)) if w not in SMALL_WORDS]
            if not cue.case_sensitive and all(w[0].isupper() for w in words) \
                    and not _SENTENCE_START.search(text, max(0, m.start() - 3), m.start()) and not _headline(text, m.start()):
                continue
            spans.append((m.start(), m.end(), topic))
    return spans
