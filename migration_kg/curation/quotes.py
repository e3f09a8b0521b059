"""Find a curator's quote in a source text, reading line breaks and runs of white space as one space;
when it is not there, the nearest passage and what differs (quotes, dashes, spaces, a word)."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cached_property

_WS = re.compile(r"\s+")
#: Characters read alike when locating a quote or its nearest passage: each maps to one character.
_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'",
                       "′": "'", "–": "-", "—": "-", "‐": "-", "‑": "-", "\u00a0": " "})
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")
_SHOW = 100  # characters of the nearest passage shown in a message


def normalise(text: str) -> str:
    return _WS.sub(" ", text).strip()


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Nearest:
    """The passage of the text closest to a quote that is not in it, and what differs."""

    span: Span
    passage: str  # white space folded, cut to about _SHOW characters
    differences: str  # e.g. "' vs ’; funded vs financed"


def fold(text: str) -> str:
    """``text`` with typographic quotes, dashes and no-break spaces read as their plain forms
    (one character each, so offsets do not move)."""
    return text.translate(_FOLD)


def differences(quote: str, passage: str, most: int = 4) -> str:
    """What differs between the quote and the passage, word by word: ``' vs ’``, ``funded vs
    financed``, ``missing 'the'`` (in the text, not the quote), ``extra 'a'`` (the reverse)."""
    a, b = _TOKEN.findall(quote), _TOKEN.findall(passage)

    def show(tokens: list[str]) -> str:
        text = "".join(tokens)
        return "space" if text == " " else text.strip() or repr(text)

    found = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "replace":
            found.append(f"{show(a[i1:i2])} vs {show(b[j1:j2])}")
        elif op == "delete":
            found.append(f"extra {show(a[i1:i2])!r} (not in the text)")
        elif op == "insert":
            found.append(f"missing {show(b[j1:j2])!r}")
    if len(found) > most:
        found = found[:most] + [f"and {len(found) - most} more"]
    return "; ".join(found) or "nothing visible (an invisible character?)"


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

    def nearest(self, quote: str) -> Nearest | None:
        """The passage most like ``quote`` (typographic and straight quotes and dashes read alike,
        then the longest run of the quote's words), or None when no word is shared."""
        needle = normalise(quote)
        hay, offsets = self._normalised
        if not needle or not hay:
            return None
        i = fold(hay).find(fold(needle))
        if i != -1:
            start, end = i, i + len(needle)
        else:
            words = [(m.start(), m.end(), fold(m.group()).lower()) for m in re.finditer(r"\S+", hay)]
            wanted = [fold(w).lower() for w in needle.split()]
            match = difflib.SequenceMatcher(None, [w[2] for w in words], wanted,
                                            autojunk=False).find_longest_match(0, len(words), 0, len(wanted))
            if match.size == 0:
                return None
            first = max(0, match.a - match.b)
            last = min(len(words), first + len(wanted)) - 1
            start, end = words[first][0], words[last][1]
            while end - start > 1 and not hay[end - 1].isalnum() and needle[-1].isalnum():
                end -= 1  # punctuation after the passage's last word that the quote does not reach
            while end - start > 1 and not hay[start].isalnum() and needle[0].isalnum():
                start += 1
        passage = hay[start:end]
        tokens = difflib.SequenceMatcher(None, _TOKEN.findall(fold(needle).lower()),
                                         _TOKEN.findall(fold(passage).lower()), autojunk=False)
        if tokens.ratio() < 0.6:
            return None  # only a few words in common: not a near miss
        diff = differences(needle, passage)
        shown = passage if len(passage) <= _SHOW else passage[:_SHOW - 1] + "…"
        return Nearest(Span(offsets[start], offsets[end - 1] + 1), shown, diff)
