"""Dates: the day a commitment was announced, and the delivery time frame as written.

Calendar expressions are found with our own patterns (dateparser's `search_dates`
reads "We" as a Wednesday and "$37" as 1937 on the seed articles) and only the
isolated span goes to `dateparser.parse`. A bare weekday is resolved as HeidelTime
does in news mode: its latest occurrence on or before the publication date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

import dateparser
from pydantic import BaseModel, ConfigDict

from tracker.extraction.patterns import alternation

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:" + "|".join(WEEKDAYS) + r")"
_YEAR = r"(?:19|20)\d\d"
_ORD = r"(?:st|nd|rd|th)?"

_SMALL = r"\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten"
_PATTERNS = [
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\b")),
    (
        "md",
        re.compile(
            rf"\b(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<mon>{_MONTH})\s+(?P<day>\d{{1,2}}){_ORD}\b"
            rf"(?:,?\s+(?P<year>{_YEAR})\b)?",
            re.IGNORECASE,
        ),
    ),
    (
        "dm",
        re.compile(
            rf"\b(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<day>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<mon>{_MONTH}),?"
            rf"(?:\s+(?P<year>{_YEAR})\b)?",
            re.IGNORECASE,
        ),
    ),
    (
        "num",
        re.compile(r"\b(?P<num>\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d)\b"),
    ),
    ("rel", re.compile(r"\b(?P<rel>today|yesterday|tomorrow|tonight|last night)\b", re.IGNORECASE)),
    (
        "ago",
        re.compile(
            rf"\b(?P<n>{_SMALL})\s+(?P<unit>days?|weeks?)\s+ago\b"
            # "The announcement comes a day after Germany said": that day.
            rf"|\b(?:comes?|came|follows?|followed)\s+(?P<n2>{_SMALL})\s+(?P<unit2>days?|weeks?)"
            r"\s+after\b",
            re.IGNORECASE,
        ),
    ),
    (
        "wd",
        re.compile(
            rf"\b(?P<mod>last|this|next|this coming)?\s*(?P<wd>{_WEEKDAY})\b", re.IGNORECASE
        ),
    ),
]

_WORD_KINDS = {name: "month" for name in MONTHS} | {name: "wd" for name in WEEKDAYS}
_WORD_KINDS |= {w: "rel" for w in ("today", "yesterday", "tomorrow", "tonight", "night")}
_WORD_KINDS["ago"] = _WORD_KINDS["after"] = "ago"
_WORDS = re.compile(r"[A-Za-z]+|\d{4}|\d[./]\d")


@lru_cache(maxsize=1024)
def date_kinds(text: str) -> frozenset[str]:
    """Which kinds of date a sentence may hold: patterns of absent kinds are not run."""
    kinds: set[str] = set()
    for word in _WORDS.findall(text):
        if word[0].isdigit():
            kinds.add("digits")
        elif (kind := _WORD_KINDS.get(word.lower())) is not None:
            kinds.add(kind)
    return frozenset(kinds)


_NEEDS = {
    "iso": "digits",
    "num": "digits",
    "md": "month",
    "dm": "month",
    "rel": "rel",
    "wd": "wd",
    "ago": "ago",
}
_COUNTS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}

# Words before a date that put it ahead of the publication date (HeidelTime's tense rule):
# "is set to be inaugurated on January 20" in a November article is next January.
_FUTURE = re.compile(
    r"\b(?:will|shall|set to|is to|are to|due to|scheduled|expected to|next|upcoming|planned for)\b"
    r"[^.;]*$",
    re.IGNORECASE,
)

# A verb in the past near a date: "On Jan. 5, Berlin agreed", "was signed on Jan. 5".
_PAST_NEAR = re.compile(r"\b(?:[a-z]{3,}ed|was|were|had|did|said|sent|gave|took|made)\b")

_RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "last night": -1, "tomorrow": 1}


class DateRules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    delivery: tuple[str, ...]
    vague_past: tuple[str, ...]
    not_announcement: tuple[str, ...]
    spoken_markers: tuple[str, ...] = ()


class DateKind(StrEnum):
    DAY = "day"
    FUTURE = "future"
    SPAN = "span"
    """A deadline or span start ("by March 2024", "since April 26")."""


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: date
    kind: DateKind


def _expand(pattern: str) -> str:
    return pattern.replace("{month}", _MONTH).replace("{year}", _YEAR)


class DateReader:
    def __init__(self, rules: DateRules) -> None:
        self.delivery = [re.compile(rf"\b(?:{_expand(p)})", re.IGNORECASE) for p in rules.delivery]
        self.any_delivery = re.compile(
            "|".join(p.pattern for p in self.delivery) or r"(?!)", re.IGNORECASE
        )
        with_month = [p for p in rules.vague_past if "{month}" in p]
        without = [p for p in rules.vague_past if "{month}" not in p]
        self.vague_month = re.compile(
            "|".join(f"(?:{_expand(p)})" for p in with_month) or r"(?!)", re.IGNORECASE
        )
        self.vague = re.compile("|".join(f"(?:{p})" for p in without) or r"(?!)", re.IGNORECASE)
        self.spoken = (
            re.compile(rf"\b(?:{alternation(rules.spoken_markers)})\b", re.IGNORECASE)
            if rules.spoken_markers
            else None
        )
        words = alternation(rules.not_announcement)
        self.span_before = re.compile(
            rf"\b(?:{words})\s+(?:the\s+)?(?:end\s+of\s+)?$", re.IGNORECASE
        )

    def delivery_frame(self, text: str, start: int = 0) -> str | None:
        """The first delivery time frame at or after `start`, as written."""
        first = self.any_delivery.search(text, start)
        if first is None:
            return None
        at = first.start()
        return max((m.group(0) for p in self.delivery if (m := p.match(text, at))), key=len)

    def is_vague(self, text: str) -> bool:
        """Does the sentence place itself at no exact day ("last week", "in January")?"""
        if self.vague.search(text):
            return True
        return "month" in date_kinds(text) and self.vague_month.search(text) is not None

    def find(
        self, text: str, reference: date | None, future: bool = False, year: int | None = None
    ) -> list[DateMention]:
        """Calendar dates in `text` resolved against `reference` (the publication date);
        `year` is that of the section the text is in ("January 2022: the helmets"), which a
        day and month without a year belong to."""
        found: list[DateMention] = []
        kinds = date_kinds(text)
        if not kinds:
            return found
        taken: list[tuple[int, int]] = []
        for name, pattern in _PATTERNS:
            if _NEEDS[name] not in kinds:
                continue
            for m in pattern.finditer(text):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                ahead = future or bool(_FUTURE.search(text, max(0, m.start() - 50), m.start()))
                past = bool(_PAST_NEAR.search(text, max(0, m.start() - 30), m.end() + 30))
                which = _WHICH_YEAR.match(text, m.end()) if reference is not None else None
                if which is not None and reference is not None and name in ("dm", "md"):
                    # "on 20 August last year": the year it names.
                    shift = {"last": -1, "this": 0, "next": 1}[which.group(1).lower()]
                    value = _resolve(name, m, reference, ahead, past, reference.year + shift)
                else:
                    value = _resolve(name, m, reference, ahead, past, year)
                if value is None:
                    continue
                taken.append((m.start(), m.end()))
                kind = DateKind.DAY
                if self.span_before.search(text[max(0, m.start() - 30) : m.start()]):
                    kind = DateKind.SPAN
                elif (value and reference and value > reference) or (
                    name == "rel" and m.group("rel").lower() == "tomorrow"
                ):
                    kind = DateKind.FUTURE
                found.append(DateMention(m.start(), m.end(), value, kind))
        found.sort(key=lambda d: d.start)
        return found


_WHICH_YEAR = re.compile(r",?\s+(?:of\s+)?(last|this|next)\s+year\b", re.IGNORECASE)


def first_full_date(text: str, within: int = 3000) -> date | None:
    """The first date written with its year, near the top: a reference when nothing else
    dates an article."""
    text = text[:within]
    best: tuple[int, date] | None = None
    for name, pattern in _PATTERNS:
        if name not in ("iso", "md", "dm"):
            continue
        for m in pattern.finditer(text):
            if m.group("year"):
                value = _resolve(name, m, None, False)
                if value is not None and (best is None or m.start() < best[0]):
                    best = (m.start(), value)
                break
    return best[1] if best else None


def _resolve(
    name: str,
    m: re.Match[str],
    ref: date | None,
    future: bool,
    past: bool = True,
    section_year: int | None = None,
) -> date | None:
    if name == "num":
        return _numeric(m.group("num"))
    if name == "ago":
        n = (m.group("n") or m.group("n2")).lower()
        unit = (m.group("unit") or m.group("unit2")).lower()
        count = int(n) if n.isdigit() else _COUNTS[n]
        days = count * (7 if unit.startswith("week") else 1)
        return ref - timedelta(days=days) if ref else None
    if name == "rel":
        return ref + timedelta(days=_RELATIVE_DAYS[m.group("rel").lower()]) if ref else None
    if name == "wd":
        if ref is None or m.group("wd")[0].islower():
            return None
        return resolve_weekday(WEEKDAYS[m.group("wd").lower()], ref, m.group("mod"), future)
    month = int(m.group("mon")) if name == "iso" else MONTHS[m.group("mon").lower().rstrip(".")]
    day = int(m.group("day"))
    if m.group("year"):
        year = int(m.group("year"))
    elif section_year is not None:
        year = section_year
    elif ref is not None:
        year = resolve_year(month, day, ref, future, past)
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _numeric(span: str) -> date | None:
    """ "29.08.2024", "8/29/2024": dateparser settles the day-month order."""
    parsed = dateparser.parse(
        span, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": True}
    )
    return parsed.date() if parsed else None


def resolve_year(month: int, day: int, ref: date, future: bool, past: bool = True) -> int:
    """HeidelTime's news rule for a month and day without a year. With no verb in the past
    near it, a date early in the year read in a December article is next year's: "before
    Trump takes office on Jan. 20"."""
    if future and (month, day) < (ref.month, ref.day):
        return ref.year + 1
    if not past and ref.month - month >= 10:
        return ref.year + 1
    if not future and (month, day) > (ref.month, ref.day) and month - ref.month > 1:
        return ref.year - 1
    return ref.year


def resolve_weekday(weekday: int, ref: date, modifier: str | None, future: bool) -> date:
    """The latest such weekday on or before `ref` (the same weekday is `ref` itself)."""
    mod = (modifier or "").lower()
    back = (ref.weekday() - weekday) % 7
    if mod == "last":
        return ref - timedelta(days=back or 7)
    if mod in {"next", "this coming"} or (future and back):
        return ref + timedelta(days=(weekday - ref.weekday()) % 7 or 7)
    return ref - timedelta(days=back)
