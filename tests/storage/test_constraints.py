"""The database itself rejects invalid rows, whoever writes them (raw SQL here)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine, Table, insert
from sqlalchemy.exc import IntegrityError

from tracker.storage.models import ActorRecord, ArticleRecord, CommitmentRecord, MentionRecord

NOW = datetime(2024, 12, 1, tzinfo=UTC)

COMMITMENT: dict[str, Any] = {
    "donor": "DEU",
    "recipient": "UKR",
    "category": "air_defense",
    "item": "IRIS-T",
    "quantity": 2,
    "value_amount": Decimal("37000000"),
    "value_currency": "EUR",
    "status": "pledged",
    "announced_on": date(2024, 11, 25),
    "delivery": None,
    "confidence": 0.9,
    "evidence": "Germany will supply IRIS-T.",
    "review_state": "auto",
    "version": 1,
    "created_at": NOW,
    "updated_at": NOW,
}

BAD_COMMITMENTS = {
    "unknown category": {"category": "tanks"},
    "negative quantity": {"quantity": -1},
    "negative value": {"value_amount": Decimal("-5")},
    "unknown status": {"status": "rumoured"},
    "unknown review state": {"review_state": "approved"},
    "amount without currency": {"value_currency": None},
    "currency without amount": {"value_amount": None},
    "lower-case currency": {"value_currency": "eur"},
    "two-letter currency": {"value_currency": "EU"},
    "unknown donor": {"donor": "XXX"},
    "unknown recipient": {"recipient": "ZZZ"},
    "donor is recipient": {"recipient": "DEU"},
    "confidence above 1": {"confidence": 1.5},
    "negative confidence": {"confidence": -0.1},
    "version zero": {"version": 0},
}


def _insert(engine: Engine, table: Table, row: dict[str, Any]) -> int:
    with engine.begin() as connection:
        return connection.execute(insert(table).values(row)).inserted_primary_key[0]


def _article(engine: Engine) -> int:
    return _insert(
        engine,
        ArticleRecord.__table__,
        {"content_hash": "0" * 64, "file_name": "a.txt", "text": "t", "ingested_at": NOW},
    )


def _mention(article_id: int) -> dict[str, Any]:
    row = {
        k: v for k, v in COMMITMENT.items() if k not in {"review_state", "version", "updated_at"}
    }
    return {
        **row,
        "article_id": article_id,
        "evidence_start": 0,
        "evidence_end": 27,
        "extractor_version": "test",
    }


def test_constraints_accept_a_valid_commitment(migrated_engine: Engine) -> None:
    # The baseline every rejection below departs from by one field.
    assert _insert(migrated_engine, CommitmentRecord.__table__, COMMITMENT) > 0


@pytest.mark.parametrize("change", BAD_COMMITMENTS.values(), ids=BAD_COMMITMENTS.keys())
def test_constraints_reject_invalid_commitment(
    migrated_engine: Engine, change: dict[str, Any]
) -> None:
    with pytest.raises(IntegrityError):
        _insert(migrated_engine, CommitmentRecord.__table__, {**COMMITMENT, **change})


def test_constraints_accept_a_valid_mention(migrated_engine: Engine) -> None:
    article_id = _article(migrated_engine)
    assert _insert(migrated_engine, MentionRecord.__table__, _mention(article_id)) > 0


@pytest.mark.parametrize(
    "change",
    [
        {"evidence_start": 30, "evidence_end": 10},
        {"evidence_start": -1},
        {"article_id": 999_999},
        {"commitment_id": 999_999},
        {"category": "tanks"},
        {"quantity": -3},
    ],
    ids=[
        "span reversed",
        "span negative",
        "unknown article",
        "unknown commitment",
        "unknown category",
        "negative quantity",
    ],
)
def test_constraints_reject_invalid_mention(
    migrated_engine: Engine, change: dict[str, Any]
) -> None:
    article_id = _article(migrated_engine)
    with pytest.raises(IntegrityError):
        _insert(migrated_engine, MentionRecord.__table__, {**_mention(article_id), **change})


def test_constraints_reject_duplicate_article_text(migrated_engine: Engine) -> None:
    _article(migrated_engine)
    with pytest.raises(IntegrityError):
        _article(migrated_engine)


def test_constraints_reject_unknown_actor_kind(migrated_engine: Engine) -> None:
    with pytest.raises(IntegrityError):
        _insert(
            migrated_engine, ActorRecord.__table__, {"code": "AU", "name": "AU", "kind": "union"}
        )
