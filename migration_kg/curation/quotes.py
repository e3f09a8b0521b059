"""Find a curator's quote in a source text, reading line breaks and runs of white space as one space."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

_WS = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _WS.sub(" ", text).strip()


@dataclass(frozen=True)
class Span:
    start: int
    end: int


class QuoteIndex:
    """A text with its white-space-normalised form and the map back to original offsets."""

    def __init__(self, text: str):
        self.text = text

    @cached_property
    def _normalised(self) -> tuple[str, list[int]]:
        chars: list[str] = []
        offsets: list[int] = []
        pos = 0
        for m in _WS.finditer(self.text):
            chunk = self.text[pos:m.start()]
            chars.append(chunk)
            offsets.extend(range(pos, m.start()))
            chars.append(" ")
            offsets.append(m.start())
            pos = m.end()
        chars.append(self.text[pos:])
        offsets.extend(range(pos, len(self.text)))
        return "".join(chars), offsets

    def find_all(self, quote: str) -> list[Span]:
        needle = normalise(quote)
        if not needle:
            return []
        hay, offsets = self._normalised
        spans, i = [], hay.find(needle)
        while i != -1:
            spans.append(Span(offsets[i], offsets[i + len(needle) - 1] + 1))
            i = hay.find(needle, i + 1)
        return spans
