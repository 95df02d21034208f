"""Ingest and editor corrections: one transaction each, audited, version-checked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import pytest
from pydantic import ValidationError
from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError

from tracker.domain import ArticleIn, CommitmentFields, Mention, ReviewState
from tracker.errors import EditConflict, NotFound, TrackerError
from tracker.services import (
    add_manual_commitment,
    correct_commitment,
    ingest_article,
    set_review_state,
)
from tracker.storage import repository
from tracker.storage.db import session_scope
from tracker.storage.models import ArticleRecord, CommitmentRecord, MentionRecord

ARTICLE = ArticleIn(
    file_name="001_4cdd341dabe43e3f.txt",
    text="Germany will supply Ukraine with two IRIS-T systems by 2025.",
    outlet="Example News",
    published=date(2024, 11, 27),
)


@dataclass
class FakeExtractor:
    """Stands in for `tracker.extraction.Extractor`: returns canned mentions."""

    mentions: list[Mention] = field(default_factory=list)
    version: str = "test-1"
    calls: int = 0

    def extract(self, text: str, published: date | None = None) -> list[Mention]:
        self.calls += 1
        return list(self.mentions)


def _snapshot(engine: Engine) -> dict[str, list[int]]:
    with session_scope(engine) as session:
        return {
            record.__tablename__: list(session.scalars(select(record.id).order_by(record.id)))
            for record in (ArticleRecord, MentionRecord, CommitmentRecord)
        }


@pytest.fixture
def commitment_id(migrated_engine: Engine, make_mention: Callable[..., Mention]) -> int:
    extractor = FakeExtractor([make_mention()])
    assert ingest_article(migrated_engine, ARTICLE, extractor).commitments == 1
    with session_scope(migrated_engine) as session:
        return repository.list_commitments(session)[0].id


def test_services_ingest_stores_article_mentions_and_commitments(
    migrated_engine: Engine, make_mention: Callable[..., Mention]
) -> None:
    extractor = FakeExtractor([make_mention(), make_mention(donor="FRA", category="artillery")])
    result = ingest_article(migrated_engine, ARTICLE, extractor)
    assert (result.status, result.mentions, result.commitments) == ("new", 2, 2)
    with session_scope(migrated_engine) as session:
        rows = repository.list_commitments(session)
    assert {row.donor for row in rows} == {"DEU", "FRA"}
    assert {row.article_id for row in rows} == {result.article_id}
    assert {row.review_state for row in rows} == {ReviewState.AUTO}


def test_services_ingest_twice_changes_nothing(
    migrated_engine: Engine, make_mention: Callable[..., Mention]
) -> None:
    extractor = FakeExtractor([make_mention()])
    first = ingest_article(migrated_engine, ARTICLE, extractor)
    before = _snapshot(migrated_engine)

    # The same text with other whitespace and line endings is the same article.
    again = ARTICLE.model_copy(update={"text": ARTICLE.text.replace(" ", "  ") + "\r\n"})
    second = ingest_article(migrated_engine, again, extractor)

    assert second.status == "unchanged"
    assert (second.article_id, second.mentions, second.commitments) == (first.article_id, 1, 1)
    assert _snapshot(migrated_engine) == before
    assert extractor.calls == 1  # not even re-extracted


def test_services_ingest_failure_stores_nothing_of_the_article(
    migrated_engine: Engine, make_mention: Callable[..., Mention]
) -> None:
    # "XYZ" passes the domain's pattern but is no actor: the mention insert fails.
    extractor = FakeExtractor([make_mention(), make_mention(donor="XYZ")])
    with pytest.raises(IntegrityError):
        ingest_article(migrated_engine, ARTICLE, extractor)
    assert _snapshot(migrated_engine) == {"articles": [], "mentions": [], "commitments": []}


def test_services_correction_writes_edits_and_bumps_version(
    migrated_engine: Engine, commitment_id: int
) -> None:
    updated = correct_commitment(
        migrated_engine,
        commitment_id,
        expected_version=1,
        changes={"quantity": 3, "value_amount": "37000000", "value_currency": "usd"},
        editor="alice",
        note="article says three",
    )
    assert updated.version == 2
    assert updated.review_state is ReviewState.EDITED
    assert (updated.quantity, updated.value_amount, updated.value_currency) == (
        3,
        Decimal("37000000"),
        "USD",
    )
    assert updated.updated_at >= updated.created_at
    with session_scope(migrated_engine) as session:
        edits = repository.list_edits(session, commitment_id)
        stored = repository.get_commitment(session, commitment_id)
    assert stored == updated
    assert sorted((e.field, e.old_value, e.new_value) for e in edits) == [
        ("quantity", "2", "3"),
        ("value_amount", None, "37000000"),
        ("value_currency", None, "USD"),
    ]
    assert {(e.editor, e.note) for e in edits} == {("alice", "article says three")}


def test_services_correction_with_stale_version_conflicts_and_changes_nothing(
    migrated_engine: Engine, commitment_id: int
) -> None:
    correct_commitment(migrated_engine, commitment_id, 1, {"quantity": 3}, editor="alice")
    with session_scope(migrated_engine) as session:
        before = repository.get_commitment(session, commitment_id)

    with pytest.raises(EditConflict) as conflict:
        correct_commitment(migrated_engine, commitment_id, 1, {"quantity": 9}, editor="bob")

    assert (conflict.value.expected, conflict.value.current) == (1, 2)
    with session_scope(migrated_engine) as session:
        assert repository.get_commitment(session, commitment_id) == before
        assert [e.editor for e in repository.list_edits(session, commitment_id)] == ["alice"]


def test_services_correction_rejects_invalid_fields(
    migrated_engine: Engine, commitment_id: int
) -> None:
    with pytest.raises(ValidationError):
        correct_commitment(migrated_engine, commitment_id, 1, {"quantity": -1}, editor="alice")
    with pytest.raises(ValidationError):  # an amount needs its currency
        correct_commitment(migrated_engine, commitment_id, 1, {"value_amount": 5}, editor="a")
    with pytest.raises(TrackerError, match="not editable: version"):
        correct_commitment(migrated_engine, commitment_id, 1, {"version": 7}, editor="alice")
    with pytest.raises(NotFound):
        correct_commitment(migrated_engine, 999, 1, {"quantity": 1}, editor="alice")
    with session_scope(migrated_engine) as session:
        assert repository.get_commitment(session, commitment_id).version == 1
        assert repository.list_edits(session, commitment_id) == []


def test_services_correction_without_changes_writes_nothing(
    migrated_engine: Engine, commitment_id: int
) -> None:
    same = correct_commitment(migrated_engine, commitment_id, 1, {"quantity": 2}, editor="a")
    assert (same.version, same.review_state) == (1, ReviewState.AUTO)
    with session_scope(migrated_engine) as session:
        assert repository.list_edits(session, commitment_id) == []


def test_services_review_state_is_versioned_and_audited(
    migrated_engine: Engine, commitment_id: int
) -> None:
    confirmed = set_review_state(
        migrated_engine, commitment_id, 1, ReviewState.CONFIRMED, editor="alice"
    )
    assert (confirmed.review_state, confirmed.version) == (ReviewState.CONFIRMED, 2)
    with pytest.raises(EditConflict):
        set_review_state(migrated_engine, commitment_id, 1, ReviewState.REJECTED, editor="bob")
    with pytest.raises(TrackerError, match="confirm or reject"):
        set_review_state(migrated_engine, commitment_id, 2, ReviewState.AUTO, editor="bob")  # type: ignore[arg-type]
    with session_scope(migrated_engine) as session:
        edits = repository.list_edits(session, commitment_id)
    assert [(e.field, e.old_value, e.new_value) for e in edits] == [
        ("review_state", "auto", "confirmed")
    ]


def test_services_manual_commitment_is_audited_and_stays_manual(migrated_engine: Engine) -> None:
    fields = CommitmentFields(
        donor="GBR", recipient="UKR", category="drones", status="pledged", quantity=100
    )
    created = add_manual_commitment(migrated_engine, fields, editor="carol", evidence="call")
    assert (created.review_state, created.version, created.confidence) == (
        ReviewState.MANUAL,
        1,
        1.0,
    )
    edited = correct_commitment(migrated_engine, created.id, 1, {"quantity": 120}, "carol")
    assert (edited.review_state, edited.version) == (ReviewState.MANUAL, 2)
    with session_scope(migrated_engine) as session:
        edits = repository.list_edits(session, created.id)
    assert {(e.field, e.old_value, e.new_value) for e in edits} == {
        ("donor", None, "GBR"),
        ("recipient", None, "UKR"),
        ("category", None, "drones"),
        ("status", None, "pledged"),
        ("quantity", None, "100"),
        ("quantity", "100", "120"),
    }


def test_services_require_an_editor_name(migrated_engine: Engine, commitment_id: int) -> None:
    with pytest.raises(TrackerError, match="editor name"):
        correct_commitment(migrated_engine, commitment_id, 1, {"quantity": 5}, editor=" ")
