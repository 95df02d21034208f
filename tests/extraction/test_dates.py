"""dates.DateReader and the weekday/year rules: announcement days and delivery frames."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extraction.dates import DateKind, DateReader, DateRules, resolve_weekday, resolve_year
from tracker.extraction.reading import Pipeline

WEDNESDAY = date(2024, 11, 27)
MONDAY, TUESDAY, WED, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Monday", [(date(2024, 11, 25), DateKind.DAY)]),
        ("on Wednesday", [(WEDNESDAY, DateKind.DAY)]),
        ("on Thursday", [(date(2024, 11, 21), DateKind.DAY)]),
        ("last Wednesday", [(date(2024, 11, 20), DateKind.DAY)]),
        ("next Monday", [(date(2024, 12, 2), DateKind.FUTURE)]),
        ("on Nov. 20", [(date(2024, 11, 20), DateKind.DAY)]),
        ("on November 20th", [(date(2024, 11, 20), DateKind.DAY)]),
        ("on 20 November", [(date(2024, 11, 20), DateKind.DAY)]),
        ("on Nov. 29", [(date(2024, 11, 29), DateKind.FUTURE)]),
        ("on 5 May 2023", [(date(2023, 5, 5), DateKind.DAY)]),
        ("on Tuesday, Nov. 26", [(date(2024, 11, 26), DateKind.DAY)]),
        ("2024-10-01", [(date(2024, 10, 1), DateKind.DAY)]),
        ("yesterday", [(date(2024, 11, 26), DateKind.DAY)]),
        ("today", [(WEDNESDAY, DateKind.DAY)]),
        ("tomorrow", [(date(2024, 11, 28), DateKind.FUTURE)]),
        ("since April 26", [(date(2024, 4, 26), DateKind.SPAN)]),
        ("before Trump takes office on Jan. 20", [(date(2025, 1, 20), DateKind.FUTURE)]),
        ("pledged two weeks ago", [(date(2024, 11, 13), DateKind.DAY)]),
        ("It comes a day after Germany said", [(date(2024, 11, 26), DateKind.DAY)]),
        ("On Jan. 5, Berlin agreed to deliver", [(date(2024, 1, 5), DateKind.DAY)]),
        ("until Nov. 15", [(date(2024, 11, 15), DateKind.SPAN)]),
        ("in December last year", []),
        ("announced on 2 December last year", [(date(2023, 12, 2), DateKind.DAY)]),
        ("on Nov. 20 of last year", [(date(2023, 11, 20), DateKind.DAY)]),
        ("by March 2025", []),
        ("on monday", []),
        ("We will see", []),
        ("$37 million", []),
    ],
)
def test_dates_find_resolves_against_publication(
    pipeline: Pipeline, text: str, expected: list[tuple[date, DateKind]]
) -> None:
    found = pipeline.dates.find(text, WEDNESDAY)
    assert [(d.value, d.kind) for d in found] == expected


def test_dates_find_a_sections_year_for_a_day_without_one(pipeline: Pipeline) -> None:
    """A day and month take the section's year; a weekday still counts from publication."""
    published = date(2023, 2, 10)
    assert [d.value for d in pipeline.dates.find("on 26 January", published, year=2022)] == [
        date(2022, 1, 26)
    ]
    assert [d.value for d in pipeline.dates.find("on Tuesday", published, year=2022)] == [
        date(2023, 2, 7)
    ]


def test_dates_find_without_reference_needs_a_year(pipeline: Pipeline) -> None:
    assert pipeline.dates.find("on Monday", None) == []
    assert pipeline.dates.find("on Nov. 20", None) == []
    assert [d.value for d in pipeline.dates.find("on 20 November 2023", None)] == [
        date(2023, 11, 20)
    ]


@pytest.mark.parametrize(
    ("weekday", "modifier", "future", "expected"),
    [
        (MONDAY, None, False, date(2024, 11, 25)),
        (WED, None, False, WEDNESDAY),
        (THURSDAY, None, False, date(2024, 11, 21)),
        (SUNDAY, None, False, date(2024, 11, 24)),
        (WED, "last", False, date(2024, 11, 20)),
        (MONDAY, "last", False, date(2024, 11, 25)),
        (MONDAY, "next", False, date(2024, 12, 2)),
        (WED, "next", False, date(2024, 12, 4)),
        (FRIDAY, None, True, date(2024, 11, 29)),
        (WED, None, True, WEDNESDAY),
    ],
)
def test_dates_resolve_weekday(
    weekday: int, modifier: str | None, future: bool, expected: date
) -> None:
    assert resolve_weekday(weekday, WEDNESDAY, modifier, future) == expected


@pytest.mark.parametrize(
    ("month", "day", "ref", "future", "expected"),
    [
        (11, 20, WEDNESDAY, False, 2024),
        (12, 5, WEDNESDAY, False, 2024),
        (12, 28, date(2025, 1, 3), False, 2024),
        (2, 1, date(2025, 1, 3), False, 2025),
        (1, 10, WEDNESDAY, True, 2025),
        (12, 10, WEDNESDAY, True, 2024),
    ],
)
def test_dates_resolve_year(month: int, day: int, ref: date, future: bool, expected: int) -> None:
    assert resolve_year(month, day, ref, future) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("will arrive in the coming weeks", "in the coming weeks"),
        ("to be delivered by the end of the year", "by the end of the year"),
        ("deliveries start by 2026", "by 2026"),
        ("before the end of 2025, officials said", "before the end of 2025"),
        ("should come by March 2025", "by March 2025"),
        ("will arrive soon", "soon"),
        ("within two weeks", "within two weeks"),
        ("ahead of the winter", "ahead of the winter"),
        ("later this year", "later this year"),
        ("the tanks were sent", None),
    ],
)
def test_dates_delivery_frame_kept_as_written(
    pipeline: Pipeline, text: str, expected: str | None
) -> None:
    assert pipeline.dates.delivery_frame(text) == expected


def test_dates_delivery_frame_starts_at_offset(pipeline: Pipeline) -> None:
    text = "In the coming weeks, Oslo said, boats arrive by the end of the year."
    assert pipeline.dates.delivery_frame(text) == "In the coming weeks"
    assert pipeline.dates.delivery_frame(text, text.index("boats")) == "by the end of the year"


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("last week", True),
        ("earlier this month", True),
        ("in January", True),
        ("recently", True),
        ("Earlier, the ministry said", True),
        ("on Monday", False),
        ("on January 5", False),
    ],
)
def test_dates_is_vague(pipeline: Pipeline, text: str, vague: bool) -> None:
    assert pipeline.dates.is_vague(text) is vague


def test_dates_tiny_rule_set() -> None:
    reader = DateReader(
        DateRules(
            delivery=("when the snow melts",), vague_past=("long ago",), not_announcement=("ere",)
        )
    )
    assert reader.delivery_frame("boats come when the snow melts") == "when the snow melts"
    assert reader.delivery_frame("boats come in the coming weeks") is None
    assert reader.is_vague("long ago, boats came")
    assert not reader.is_vague("last week, boats came")
    assert [d.kind for d in reader.find("ere Nov. 20", WEDNESDAY)] == [DateKind.SPAN]
    assert [d.kind for d in reader.find("by Nov. 20", WEDNESDAY)] == [DateKind.DAY]


@pytest.mark.parametrize(
    ("text", "expected_kind"),
    [
        ("Trump, who is set to be inaugurated on January 20, has demanded more.", "future"),
        ("The talks are scheduled for Jan. 20 in Brussels.", "future"),
        ("The minister said on Nov. 20 that the tanks had arrived.", "day"),
    ],
)
def test_dates_future_tense_pushes_a_month_day_forward(
    pipeline: Pipeline, text: str, expected_kind: str
) -> None:
    [found] = pipeline.dates.find(text, date(2024, 11, 25))
    assert found.kind.value == expected_kind
