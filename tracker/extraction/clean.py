"""Clean: keep the article's own lines, drop page clutter, remember where each line was.

Works on plain text (HTML is turned into text by `tracker.sources` first). Lines are
kept or dropped whole and returned as character spans of the input, so every later
stage, and the evidence shown to an editor, points into the original text.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from tracker.extraction.lexicon import load_raw
from tracker.extraction.patterns import alternation

_STAMP = re.compile(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?\s+")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# A body line ends a sentence: punctuation, then perhaps a closing quote or bracket. A
# headline may end in a quote without a full stop ('… "not on the table for now"').
_SENTENCE_END = re.compile(r"[.!?:;…][\"”’')\]]*$")


class BoilerplateRules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    min_body_sentences: int = 3
    tail_markers: tuple[str, ...] = ()
    drop_lines: tuple[str, ...] = ()
    drop_patterns: tuple[str, ...] = ()


@dataclass(frozen=True)
class Line:
    """A kept line: its span in the original text and whether it reads like a heading."""

    start: int
    end: int
    heading: bool


@dataclass(frozen=True)
class Cleaned:
    lines: tuple[Line, ...]
    stamp: tuple[int, int, int | None] | None
    """A crawl stamp "date 2023-01-31" at the top: year, month, day (day may be missing)."""

    @property
    def stamp_date(self) -> date | None:
        if self.stamp and self.stamp[2]:
            return date(self.stamp[0], self.stamp[1], self.stamp[2])
        return None

    @property
    def stamp_reference(self) -> date | None:
        """The stamp as a reference day: a month-only stamp stands for its last day."""
        if self.stamp is None:
            return None
        year, month, day = self.stamp
        return date(year, month, day or calendar.monthrange(year, month)[1])


class _Compiled:
    def __init__(self, rules: BoilerplateRules) -> None:
        self.rules = rules
        self.tail = frozenset(m.lower().rstrip(":") for m in rules.tail_markers)
        self.prefixes = tuple(m.lower() for m in rules.tail_markers if m.endswith(":"))
        alternatives = alternation(self.tail)
        self.tail_start = re.compile(rf"(?:{alternatives})\b") if alternatives else None
        self.phrases = tuple(p.lower() for p in rules.drop_lines)
        self.patterns = tuple(re.compile(p, re.IGNORECASE) for p in rules.drop_patterns)


@lru_cache(maxsize=8)
def _compiled(rules: BoilerplateRules) -> _Compiled:
    return _Compiled(rules)


def load_boilerplate(data: object) -> BoilerplateRules:
    return BoilerplateRules.model_validate(data)


@lru_cache(maxsize=1)
def default_boilerplate() -> BoilerplateRules:
    return load_boilerplate(load_raw("boilerplate.yaml")[0])


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _is_tail_marker(line: str, rules: _Compiled) -> bool:
    low = line.strip().lower()
    if low.startswith(rules.prefixes):
        return True
    norm = low.rstrip(" .:!")
    if not norm:
        return False
    if norm in rules.tail:
        return True
    return rules.tail_start is not None and bool(rules.tail_start.match(norm)) and _words(norm) <= 6


def _is_clutter(line: str, rules: _Compiled) -> bool:
    low = line.lower()
    return any(p in low for p in rules.phrases) or any(p.search(line) for p in rules.patterns)


def _is_heading(line: str) -> bool:
    """A line with no closing punctuation and few words: a title, section head or label."""
    stripped = line.strip()
    return not _SENTENCE_END.search(stripped) or _words(stripped) <= 3


def _valid_stamp(year: int, month: int, day: int | None) -> tuple[int, int, int | None] | None:
    try:
        date(year, month, day or 1)
    except ValueError:
        return None
    return year, month, day


def clean(text: str, rules: BoilerplateRules) -> Cleaned:
    """Kept lines of `text` (spans into it), clutter and the tail of other stories cut."""
    compiled = _compiled(rules)
    stamp = None
    offset = 0
    if m := _STAMP.match(text):
        offset = m.end()
        stamp = _valid_stamp(
            int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None
        )
    kept: list[Line] = []
    body_lines = 0
    for m in re.finditer(r"[^\n]+", text[offset:]):
        start, end = m.start() + offset, m.end() + offset
        raw = text[start:end]
        lead = len(raw) - len(raw.lstrip())
        trail = len(raw.rstrip())
        if trail <= lead:
            continue
        line = raw[lead:trail]
        if _is_tail_marker(line, compiled) and body_lines >= rules.min_body_sentences:
            break
        if _is_clutter(line, compiled) or _is_tail_marker(line, compiled):
            continue
        heading = _is_heading(line)
        kept.append(Line(start + lead, start + trail, heading))
        if not heading:
            body_lines += 1
    return Cleaned(tuple(kept), stamp)
