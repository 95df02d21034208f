"""The aggregates behind the dashboard's charts and the totals export, on both backends."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from sqlalchemy import Engine

from tracker.domain import ArticleIn, Category, Mention, ReviewState, Status
from tracker.storage import repository
from tracker.storage.db import session_scope
from tracker.storage.repository import CommitmentFilter, CommitmentOrder, Dimension, Total


def _seed(engine: Engine, make_mention: Callable[..., Mention]) -> None:
    mentions = [
        make_mention(confidence=0.5),  # DEU air defence, 2024-11-25
        make_mention(
            donor="FRA",
            category="artillery",
            status="delivered",
            value_amount=Decimal("10.25"),
            value_currency="EUR",
            announced_on=None,  # falls back to the publication date
            evidence="Patriot words",
            confidence=0.9,
        ),
        make_mention(
            donor="UNSPECIFIED",
            value_amount=Decimal("5"),
            value_currency="EUR",
            announced_on=date(2023, 1, 31),
            confidence=0.3,
        ),
    ]
    with session_scope(engine) as session:
        article = repository.add_article(
            session,
            ArticleIn(file_name="a.txt", text="x", outlet="Daily", published=date(2024, 12, 2)),
        )
        ids = repository.add_mentions(session, article.id, mentions, "t")
        repository.create_commitments_from_mentions(session, ids)


def test_aggregates_totals_by_month_and_status(
    migrated_engine: Engine, make_mention: Callable[..., Mention]
) -> None:
    _seed(migrated_engine, make_mention)
    with session_scope(migrated_engine) as session:
        totals = repository.totals(session, CommitmentFilter(), [Dimension.MONTH, Dimension.STATUS])
    assert totals == [
        Total(month="2023-01", status=Status.PLEDGED, value_currency="EUR", commitments=1,
              value_amount=Decimal("5.00")),
        Total(month="2024-11", status=Status.PLEDGED, value_currency=None, commitments=1,
              value_amount=None),
        Total(month="2024-12", status=Status.DELIVERED, value_currency="EUR", commitments=1,
              value_amount=Decimal("10.25")),
    ]  # fmt: skip


def test_aggregates_totals_follow_filters_and_sum_per_currency(
    migrated_engine: Engine, make_mention: Callable[..., Mention]
) -> None:
    _seed(migrated_engine, make_mention)
    with session_scope(migrated_engine) as session:
        by_currency = repository.totals(session, CommitmentFilter(), [])
        by_category = repository.totals(
            session,
            CommitmentFilter(min_confidence=0.4),
            [Dimension.CATEGORY, Dimension.DONOR],
        )
    assert [(t.value_currency, t.commitments, t.value_amount) for t in by_currency] == [
        ("EUR", 2, Decimal("15.25")),
        (None, 1, None),
    ]
    assert [(t.category, t.donor, t.commitments) for t in by_category] == [
        (Category.AIR_DEFENSE, "DEU", 1),
        (Category.ARTILLERY, "FRA", 1),
    ]


def test_aggregates_summary_search_and_order(
    migrated_engine: Engine, make_mention: Callable[..., Mention]
) -> None:
    _seed(migrated_engine, make_mention)
    with session_scope(migrated_engine) as session:
        summary = repository.summary(session, CommitmentFilter())
        searched = repository.list_commitments(session, CommitmentFilter(search="PATRIOT"))
        by_outlet = repository.count_commitments(session, CommitmentFilter(search="daily"))
        queue = repository.list_commitments(session, order=CommitmentOrder.LEAST_CONFIDENT)
        after = repository.list_commitments(session, order=CommitmentOrder.ID, after_id=1)
        rejected_only = repository.summary(
            session, CommitmentFilter(review_states=frozenset({ReviewState.REJECTED}))
        )
    assert (summary.commitments, summary.donors, summary.recipients, summary.delivered) == (
        3,
        2,  # UNSPECIFIED is not a donor
        1,
        1,
    )
    assert summary.share_delivered == 1 / 3
    assert [row.donor for row in searched] == ["FRA"]
    assert by_outlet == 3
    assert [row.confidence for row in queue] == [0.3, 0.5, 0.9]
    assert [row.id for row in after] == [2, 3]
    assert (rejected_only.commitments, rejected_only.share_delivered) == (0, None)
