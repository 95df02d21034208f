"""Typed reads and writes: the only module with SQL in it.

Every function takes a Session and never commits (the caller owns the transaction,
see `tracker.services`), and returns `tracker.domain` models, never ORM objects, so
the CLI, the dashboard and the CSV export cannot lazy-load or write by accident.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session

from tracker.domain import (
    Actor,
    Article,
    ArticleIn,
    Category,
    Commitment,
    CommitmentFields,
    Edit,
    Mention,
    ReviewState,
    Status,
)
from tracker.errors import NotFound
from tracker.storage.models import (
    ActorRecord,
    ArticleRecord,
    CommitmentRecord,
    EditRecord,
    MentionRecord,
)

FIELD_NAMES = tuple(CommitmentFields.model_fields)


class CommitmentFilter(BaseModel):
    """What the dashboard's filters and `tracker export` select; empty means "any"."""

    model_config = ConfigDict(frozen=True)

    date_from: date | None = None
    date_to: date | None = None
    donors: frozenset[str] = frozenset()
    recipients: frozenset[str] = frozenset()
    categories: frozenset[Category] = frozenset()
    statuses: frozenset[Status] = frozenset()
    review_states: frozenset[ReviewState] = frozenset()
    min_confidence: float | None = Field(default=None, ge=0, le=1)


class CommitmentRow(Commitment):
    """A commitment with the article it was first read from, for tables and CSV.

    `effective_date` is `announced_on`, else that article's publication date: the date
    the date filters use. Manual commitments have no article.
    """

    effective_date: date | None
    mention_count: int
    article_id: int | None
    file_name: str | None
    title: str | None
    outlet: str | None
    url: str | None
    published: date | None


class Counts(BaseModel):
    articles: int
    mentions: int
    commitments: int
    edits: int


def column_values(fields: CommitmentFields) -> dict[str, Any]:
    """The editable fields as column values (enums as their plain string values)."""
    values = fields.model_dump(include=set(FIELD_NAMES))
    return {k: v.value if isinstance(v, StrEnum) else v for k, v in values.items()}


# --- actors -----------------------------------------------------------------------


def list_actors(session: Session) -> list[Actor]:
    records = session.scalars(select(ActorRecord).order_by(ActorRecord.name))
    return [Actor.model_validate(r, from_attributes=True) for r in records]


def sync_actors(session: Session, rows: Iterable[Mapping[str, Any]]) -> int:
    """Insert missing actors and refresh changed names; returns how many rows changed.

    Idempotent, so it runs after every upgrade; actors are never deleted because
    mentions may point at them.
    """
    existing = {a.code: a for a in session.scalars(select(ActorRecord))}
    changed = 0
    for row in rows:
        record = existing.get(row["code"])
        if record is None:
            session.add(ActorRecord(**row))
        elif (record.name, record.kind) != (row["name"], row["kind"]):
            record.name, record.kind = row["name"], row["kind"]
        else:
            continue
        changed += 1
    session.flush()
    return changed


# --- articles and mentions --------------------------------------------------------


def find_article_by_hash(session: Session, content_hash: str) -> Article | None:
    record = session.scalars(
        select(ArticleRecord).where(ArticleRecord.content_hash == content_hash)
    ).one_or_none()
    return None if record is None else Article.model_validate(record)


def add_article(session: Session, article: ArticleIn) -> Article:
    record = ArticleRecord(content_hash=article.content_hash, **article.model_dump())
    session.add(record)
    session.flush()
    return Article.model_validate(record)


def add_mentions(
    session: Session, article_id: int, mentions: Sequence[Mention], extractor_version: str
) -> list[int]:
    """Store the extractor's mentions of one article; returns their ids in order."""
    records = [
        MentionRecord(
            article_id=article_id,
            extractor_version=extractor_version,
            evidence=m.evidence,
            evidence_start=m.evidence_start,
            evidence_end=m.evidence_end,
            confidence=m.confidence,
            **column_values(m),
        )
        for m in mentions
    ]
    session.add_all(records)
    session.flush()
    return [r.id for r in records]


def article_totals(session: Session, article_id: int) -> tuple[int, int]:
    """(mentions, distinct commitments) stored for one article."""
    mentions, commitments = session.execute(
        select(func.count(), func.count(MentionRecord.commitment_id.distinct())).where(
            MentionRecord.article_id == article_id
        )
    ).one()
    return mentions, commitments


# --- commitments ------------------------------------------------------------------


def create_commitments_from_mentions(session: Session, mention_ids: Sequence[int]) -> list[int]:
    """Make one `auto` commitment per mention and link the mention to it.

    For now each mention is its own commitment. Grouping the mentions of one
    commitment across articles replaces this policy; nothing here keys a commitment
    by its article.
    """
    mentions = session.scalars(
        select(MentionRecord).where(MentionRecord.id.in_(mention_ids)).order_by(MentionRecord.id)
    ).all()
    pairs = [
        (
            m,
            CommitmentRecord(
                **{name: getattr(m, name) for name in FIELD_NAMES},
                evidence=m.evidence,
                confidence=m.confidence,
                review_state=ReviewState.AUTO.value,
            ),
        )
        for m in mentions
    ]
    session.add_all([c for _, c in pairs])
    session.flush()
    for mention, commitment in pairs:
        mention.commitment_id = commitment.id
    session.flush()
    return [c.id for _, c in pairs]


def add_commitment(
    session: Session,
    fields: CommitmentFields,
    *,
    review_state: ReviewState,
    confidence: float,
    evidence: str | None = None,
) -> Commitment:
    record = CommitmentRecord(
        **column_values(fields),
        review_state=review_state.value,
        confidence=confidence,
        evidence=evidence,
    )
    session.add(record)
    session.flush()
    return Commitment.model_validate(record)


def get_commitment(session: Session, commitment_id: int) -> Commitment:
    record = session.get(CommitmentRecord, commitment_id, populate_existing=True)
    if record is None:
        raise NotFound(f"commitment {commitment_id} does not exist")
    return Commitment.model_validate(record)


def update_commitment(
    session: Session, commitment_id: int, expected_version: int, values: Mapping[str, Any]
) -> bool:
    """Set `values` and bump the version, only if the row is still at `expected_version`.

    Returns False when someone else got there first. The version check is in the
    UPDATE's WHERE clause: comparing in Python, or assigning the form's stale version
    to the ORM object, would let a concurrent edit through.
    """
    result = session.execute(
        update(CommitmentRecord)
        .where(CommitmentRecord.id == commitment_id, CommitmentRecord.version == expected_version)
        .values(**values, version=CommitmentRecord.version + 1)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1  # type: ignore[attr-defined]


def _commitment_rows(filters: CommitmentFilter) -> Select[Any]:
    first = (
        select(
            MentionRecord.commitment_id.label("commitment_id"),
            func.min(MentionRecord.id).label("mention_id"),
            func.count().label("mention_count"),
        )
        .where(MentionRecord.commitment_id.is_not(None))
        .group_by(MentionRecord.commitment_id)
        .subquery()
    )
    effective_date = func.coalesce(CommitmentRecord.announced_on, ArticleRecord.published)
    query = (
        select(
            *CommitmentRecord.__table__.columns,
            effective_date.label("effective_date"),
            func.coalesce(first.c.mention_count, 0).label("mention_count"),
            ArticleRecord.id.label("article_id"),
            ArticleRecord.file_name,
            ArticleRecord.title,
            ArticleRecord.outlet,
            ArticleRecord.url,
            ArticleRecord.published,
        )
        .outerjoin(first, first.c.commitment_id == CommitmentRecord.id)
        .outerjoin(MentionRecord, MentionRecord.id == first.c.mention_id)
        .outerjoin(ArticleRecord, ArticleRecord.id == MentionRecord.article_id)
    )
    if filters.date_from is not None:
        query = query.where(effective_date >= filters.date_from)
    if filters.date_to is not None:
        query = query.where(effective_date <= filters.date_to)
    for column, wanted in (
        (CommitmentRecord.donor, filters.donors),
        (CommitmentRecord.recipient, filters.recipients),
        (CommitmentRecord.category, filters.categories),
        (CommitmentRecord.status, filters.statuses),
        (CommitmentRecord.review_state, filters.review_states),
    ):
        if wanted:
            query = query.where(column.in_(sorted(str(v) for v in wanted)))
    if filters.min_confidence is not None:
        query = query.where(CommitmentRecord.confidence >= filters.min_confidence)
    return query


def list_commitments(
    session: Session,
    filters: CommitmentFilter | None = None,
    *,
    limit: int | None = None,
    offset: int = 0,
) -> list[CommitmentRow]:
    """Matching commitments, newest first (undated last), with their first article."""
    query = _commitment_rows(filters or CommitmentFilter())
    query = query.order_by(
        query.selected_columns.effective_date.desc().nulls_last(), CommitmentRecord.id.desc()
    )
    rows = session.execute(query.limit(limit).offset(offset))
    return [CommitmentRow.model_validate(dict(row._mapping)) for row in rows]


def count_commitments(session: Session, filters: CommitmentFilter | None = None) -> int:
    query = _commitment_rows(filters or CommitmentFilter()).subquery()
    return session.execute(select(func.count()).select_from(query)).scalar_one()


# --- audit trail and totals -------------------------------------------------------


def add_edits(session: Session, edits: Sequence[Edit]) -> None:
    session.add_all(EditRecord(**edit.model_dump()) for edit in edits)
    session.flush()


def list_edits(session: Session, commitment_id: int) -> list[Edit]:
    records = session.scalars(
        select(EditRecord)
        .where(EditRecord.commitment_id == commitment_id)
        .order_by(EditRecord.edited_at, EditRecord.id)
    )
    return [Edit.model_validate(r) for r in records]


def counts(session: Session) -> Counts:
    def total(record: type[Any]) -> int:
        return session.execute(select(func.count()).select_from(record)).scalar_one()

    return Counts(
        articles=total(ArticleRecord),
        mentions=total(MentionRecord),
        commitments=total(CommitmentRecord),
        edits=total(EditRecord),
    )
