"""Reading a sentence: the stages' output for one sentence, gathered once.

`read_sentence` tokenises a sentence, finds its triggers and its announcement date;
actors and items are looked up only when a rule asks for them (most sentences of an
article have no trigger and never need them).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from tracker.extraction.actors import ActorMatcher, ActorMention, Form
from tracker.extraction.clean import BoilerplateRules
from tracker.extraction.dates import MONTHS, DateKind, DateMention, DateReader
from tracker.extraction.frames import FrameGrammar, Trigger
from tracker.extraction.items import ItemMatcher, ItemMention
from tracker.extraction.numbers import NumberReader
from tracker.extraction.sentences import Sentence
from tracker.extraction.tokens import Token, tokenize

if TYPE_CHECKING:
    from tracker.extraction.roles import Frame

# "BRUSSELS, Feb 13 (Agency) - …": the filing date, weaker than a date in the sentence.
# "announced the first M270 systems in June 2022": the month a sentence names, for who
# was in office then.
_MONTH_YEAR = re.compile(
    r"\b(" + "|".join(name.title() for name in MONTHS) + r")\.?\s+((?:19|20)\d\d)\b"
)
_DATELINE = re.compile(r"^[A-Z][\w .'’-]{1,40},\s+[^-–—(]{3,30}?(?:\s*\([^)]*\))?\s*[-–—]\s")

# A heading that opens with a year, after months: "January 2022: the helmets".
_MONTH_NAME = (
    "(?:" + "|".join(name.title() for name in sorted(MONTHS, key=len, reverse=True)) + r")\.?"
)
_SECTION_YEAR = re.compile(
    rf"\W*(?:{_MONTH_NAME}\s+(?:(?:and|to|-|–)\s+{_MONTH_NAME}\s+)?)?((?:19|20)\d\d)\b"
)

# A number is one word, decimals and thousands included ("Benin's €11.75 million package").
_WORDS = re.compile(r"[\w'’-]+(?:[.,]\d+)*")


@dataclass(frozen=True)
class Pipeline:
    """Everything the rules compile to; built once per rule set."""

    boilerplate: BoilerplateRules
    actors: ActorMatcher
    items: ItemMatcher
    numbers: NumberReader
    dates: DateReader
    grammar: FrameGrammar


@dataclass
class Analysis:
    """One sentence, read. Actors and items are looked up only when a rule asks: most
    sentences of an article have no trigger and never need them."""

    sentence: Sentence
    text: str
    date: datetime.date | None
    date_explicit: bool
    dateline: bool
    pipeline: Pipeline
    reference: datetime.date | None
    date_level: int = 0
    beside: str = ""
    """The sentences before and after, which settle a name two actors share."""
    frames: list[Frame] | None = None
    heads_list: bool = False
    """A heading with bullet lines under it ("AUSTRALIA'S MILITARY AID TO UKRAINE"): a
    list header, as if it ended with a colon."""
    cancelled: bool = False
    """The sentence only speaks of what is not aid ("The sale will be paid for by
    Taiwan"): a pronoun in the next sentence refers to that, not to earlier aid."""

    @cached_property
    def tokens(self) -> list[Token]:
        return tokenize(self.text)

    @cached_property
    def triggers(self) -> list[Trigger]:
        grammar = self.pipeline.grammar
        if not grammar.lexicon.may_match(self.text):
            return []
        return grammar.triggers(self.text, self.tokens)

    @cached_property
    def vague(self) -> bool:
        """Placed at no exact day ("last week"): no announcement date of its own, none
        inherited."""
        return not self.date_explicit and self.pipeline.dates.is_vague(self.text)

    @cached_property
    def actors(self) -> list[ActorMention]:
        """Actor mentions, without place names that only qualify an event ("the
        Washington summit")."""
        # Or in the month it names ("announced the first M270s in June 2022"): read only
        # here, as most sentences never need their actors.
        office_day = (None if self.date_explicit else _month_named(self.text)) or self.reference
        found = self.pipeline.actors.find(self.text, office_day, self.tokens, self.beside)
        event = self.pipeline.grammar.event
        if event is None:
            return found
        return [
            x
            for x in found
            if x.form not in (Form.CAPITAL, Form.NAME) or not event.match(self.text, x.end)
        ]

    @cached_property
    def items(self) -> list[ItemMention]:
        return self.pipeline.items.find(self.text, self.tokens)

    @cached_property
    def clauses(self) -> list[tuple[int, int]]:
        return self.pipeline.grammar.clauses(self.text)

    def clause(self, position: int) -> tuple[int, int]:
        """The clause that holds `position`."""
        for span in self.clauses:
            if position < span[1]:
                return span
        return self.clauses[-1]


def strip_spans(text: str, spans: list[DateMention]) -> str:
    for d in sorted(spans, key=lambda d: d.start, reverse=True):
        text = text[: d.start] + " " + text[d.end :]
    return re.sub(r"\b\d{1,2}:\d{2}\b", " ", text)


def is_country(code: str) -> bool:
    """ISO 3166-1 alpha-3: organisations and unnamed donors are never recipients."""
    return len(code) == 3 and code.isalpha()


def section_years(text: str, sentences: list[Sentence], published: date | None) -> list[int | None]:
    """The year each sentence's section heading names ("January 2022: the helmets",
    "April and May 2022"), for days written without one; None outside such sections and
    for a heading's year later than publication."""
    years: list[int | None] = []
    current: int | None = None
    for sentence in sentences:
        if sentence.heading:
            m = _SECTION_YEAR.match(sentence.text(text))
            year = int(m.group(1)) if m else None
            current = year if year and (published is None or year <= published.year) else None
        years.append(current)
    return years


def count_words(text: str) -> int:
    return len(_WORDS.findall(text))


def _title_case(heading: str) -> str:
    """'AUSTRALIA'S AID TO UKRAINE' as 'Australia's Aid To Ukraine', so that names and
    possessives read as in running text; offsets stay as they were."""
    titled = re.sub(r"(?<=\w)['’]S\b", lambda m: m.group().lower(), heading.title())
    return titled if len(titled) == len(heading) else heading


def read_sentence(
    text: str,
    sentence: Sentence,
    reference: date | None,
    pipeline: Pipeline,
    year: int | None = None,
) -> Analysis:
    """Read one sentence's announcement date; the rest is read when asked for. `year` is
    that of the section heading above it, if it names one."""
    s = sentence.text(text)
    if sentence.heading and s.isupper():
        s = _title_case(s)
    dates = pipeline.dates.find(s, reference, year=year)
    days = [d for d in dates if d.kind is DateKind.DAY]
    prefix = _DATELINE.match(s)
    if prefix and len(days) > 1:
        days = [d for d in days if d.start >= prefix.end()] or days
    explicit: date | None = None
    if days:
        speech = pipeline.grammar.speech
        after_speech = [
            d
            for d in days
            if speech is not None and speech.search(s[max(0, d.start - 60) : d.start])
        ]
        explicit = (after_speech or days)[0].value
    return Analysis(
        sentence,
        s,
        explicit,
        explicit is not None,
        sentence.heading and bool(dates) and count_words(strip_spans(s, dates)) <= 2,
        pipeline,
        # "On 26 April, Lambrecht announced …" in an article of the next year: officials
        # are those in office on the day the sentence names.
        explicit or reference,
    )


def _month_named(s: str) -> date | None:
    """The middle of the first month a sentence names with its year ("in June 2022")."""
    m = _MONTH_YEAR.search(s)
    return date(int(m.group(2)), MONTHS[m.group(1).lower()], 15) if m else None
