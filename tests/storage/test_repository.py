"""Repository reads and writes, on both backends."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Engine

from tracker.domain import (
    ArticleIn,
    Category,
    CommitmentFields,
    Mention,
    ReviewState,
    Status,
)
from tracker.errors import NotFound
from tracker.storage import repository
from tracker.storage.db import session_scope
from tracker.storage.repository import CommitmentFilter


def _store(engine: Engine, article: ArticleIn, mentions: list[Mention]) -> tuple[int, list[int]]:
    with session_scope(engine) as session:
        stored = repository.add_article(session, article)
        mention_ids = repository.add_mentions(session, stored.id, mentions, "test-1")
        return stored.id, repository.create_commitments_from_mentions(session, mention_ids)


@pytest.fixture
def populated(
    migrated_engine: Engine, make_mention: Callable[..., Mention]
) -> tuple[Engine, dict[str, int]]:
    """Two articles, three commitments and one manual commitment."""
    first = ArticleIn(
        file_name="001.txt",
        text="first",
        outlet="Kyiv Independent",
        url="https://example.org/1",
        published=date(2024, 11, 27),
    )
    second = ArticleIn(file_name="002.txt", text="second", published=date(2024, 6, 1))
    _, (iris, howitzers) = _store(
        migrated_engine,
        first,
        [
            make_mention(),
            make_mention(
                donor="FRA",
                category="artillery",
                item="CAESAR howitzers",
                value_amount=Decimal("37000000"),
                value_currency="USD",
                status="delivered",
                announced_on=None,
                confidence=0.4,
            ),
        ],
    )
    _, (eu,) = _store(
        migrated_engine,
        second,
        [make_mention(donor="EU", category="ammunition", announced_on=None)],
    )
    with session_scope(migrated_engine) as session:
        manual = repository.add_commitment(
            session,
            CommitmentFields(donor="GBR", recipient="UKR", category="drones", status="pledged"),
            review_state=ReviewState.MANUAL,
            confidence=1.0,
        )
    return migrated_engine, {"iris": iris, "howitzers": howitzers, "eu": eu, "manual": manual.id}


def test_repository_finds_article_by_content_hash(migrated_engine: Engine) -> None:
    article = ArticleIn(file_name="a.txt", text="Some  text\r\n", published=date(2024, 1, 2))
    with session_scope(migrated_engine) as session:
        assert repository.find_article_by_hash(session, article.content_hash) is None
        stored = repository.add_article(session, article)
    with session_scope(migrated_engine) as session:
        found = repository.find_article_by_hash(
            session, ArticleIn(file_name="b", text="Some text").content_hash
        )
    assert found is not None
    assert (found.id, found.file_name, found.published) == (stored.id, "a.txt", date(2024, 1, 2))
    assert found.ingested_at.tzinfo is not None


def test_repository_commitments_copy_their_mention(
    populated: tuple[Engine, dict[str, int]],
) -> None:
    engine, ids = populated
    with session_scope(engine) as session:
        howitzers = repository.get_commitment(session, ids["howitzers"])
    assert howitzers.donor == "FRA"
    assert howitzers.category is Category.ARTILLERY
    assert howitzers.status is Status.DELIVERED
    assert howitzers.value_amount == Decimal("37000000")
    assert howitzers.value_currency == "USD"
    assert howitzers.review_state is ReviewState.AUTO
    assert howitzers.version == 1
    assert howitzers.confidence == pytest.approx(0.4)
    assert howitzers.evidence is not None


def test_repository_get_commitment_raises_not_found(migrated_engine: Engine) -> None:
    with session_scope(migrated_engine) as session, pytest.raises(NotFound):
        repository.get_commitment(session, 12345)


def test_repository_rows_join_the_first_article(populated: tuple[Engine, dict[str, int]]) -> None:
    engine, ids = populated
    with session_scope(engine) as session:
        rows = {row.id: row for row in repository.list_commitments(session)}
    iris, howitzers, manual = rows[ids["iris"]], rows[ids["howitzers"]], rows[ids["manual"]]
    assert (iris.file_name, iris.outlet, iris.url) == (
        "001.txt",
        "Kyiv Independent",
        "https://example.org/1",
    )
    assert iris.effective_date == date(2024, 11, 25)  # announced_on
    assert howitzers.effective_date == date(2024, 11, 27)  # falls back to publication
    assert iris.mention_count == 1
    assert (manual.article_id, manual.mention_count, manual.effective_date) == (None, 0, None)


def test_repository_lists_newest_first_with_undated_last(
    populated: tuple[Engine, dict[str, int]],
) -> None:
    engine, ids = populated
    with session_scope(engine) as session:
        order = [row.id for row in repository.list_commitments(session)]
        page = [row.id for row in repository.list_commitments(session, limit=2, offset=1)]
    assert order == [ids["howitzers"], ids["iris"], ids["eu"], ids["manual"]]
    assert page == order[1:3]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (CommitmentFilter(donors={"FRA", "EU"}), {"howitzers", "eu"}),
        (CommitmentFilter(recipients={"UKR"}), {"iris", "howitzers", "eu", "manual"}),
        (CommitmentFilter(categories={Category.AIR_DEFENSE}), {"iris"}),
        (CommitmentFilter(statuses={Status.DELIVERED}), {"howitzers"}),
        (CommitmentFilter(review_states={ReviewState.MANUAL}), {"manual"}),
        (CommitmentFilter(min_confidence=0.5), {"iris", "eu", "manual"}),
        (CommitmentFilter(date_from=date(2024, 11, 26)), {"howitzers"}),
        (CommitmentFilter(date_to=date(2024, 11, 25)), {"iris", "eu"}),
        (
            CommitmentFilter(date_from=date(2024, 1, 1), categories={Category.AMMUNITION}),
            {"eu"},
        ),
    ],
)
def test_repository_filters_commitments(
    populated: tuple[Engine, dict[str, int]], filters: CommitmentFilter, expected: set[str]
) -> None:
    engine, ids = populated
    names = {v: k for k, v in ids.items()}
    with session_scope(engine) as session:
        found = {names[row.id] for row in repository.list_commitments(session, filters)}
        total = repository.count_commitments(session, filters)
    assert found == expected
    assert total == len(expected)


def test_repository_counts_and_article_totals(populated: tuple[Engine, dict[str, int]]) -> None:
    engine, _ = populated
    with session_scope(engine) as session:
        counts = repository.counts(session)
        first = repository.find_article_by_hash(
            session, ArticleIn(file_name="x", text="first").content_hash
        )
        assert first is not None
        totals = repository.article_totals(session, first.id)
    assert counts == repository.Counts(articles=2, mentions=3, commitments=4, edits=0)
    assert totals == (2, 2)


def test_repository_sync_actors_is_idempotent(migrated_engine: Engine) -> None:
    rows = [{"code": "DEU", "name": "Germany", "kind": "country"}]
    with session_scope(migrated_engine) as session:
        assert repository.sync_actors(session, rows) == 0
        renamed = [{"code": "DEU", "name": "Federal Republic of Germany", "kind": "country"}]
        assert repository.sync_actors(session, renamed) == 1
        assert repository.sync_actors(session, renamed) == 0
        names = {a.code: a.name for a in repository.list_actors(session)}
    assert names["DEU"] == "Federal Republic of Germany"


def test_repository_update_commitment_only_at_the_expected_version(
    populated: tuple[Engine, dict[str, int]],
) -> None:
    engine, ids = populated
    with session_scope(engine) as session:
        assert repository.update_commitment(session, ids["iris"], 1, {"quantity": 5})
        assert not repository.update_commitment(session, ids["iris"], 1, {"quantity": 7})
        stored = repository.get_commitment(session, ids["iris"])
    assert (stored.quantity, stored.version) == (5, 2)
    assert stored.updated_at > stored.created_at
