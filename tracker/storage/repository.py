"""Typed reads and writes: the only module with SQL in it.

Every function takes a Session and never commits (the caller owns the transaction,
see `tracker.services`), and returns `tracker.domain` models, never ORM objects, so
the CLI, the dashboard and the CSV export cannot lazy-load or write by accident.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import ColumnElement, Select, case, delete, func, or_, select, update
from sqlalchemy.orm import Session

from tracker.domain import (
    UNSPECIFIED_ACTOR,
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
from tracker.errors import NotFound, TrackerError
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

    ids: frozenset[int] = frozenset()
    date_from: date | None = None
    date_to: date | None = None
    donors: frozenset[str] = frozenset()
    recipients: frozenset[str] = frozenset()
    categories: frozenset[Category] = frozenset()
    statuses: frozenset[Status] = frozenset()
    review_states: frozenset[ReviewState] = frozenset()
    min_confidence: float | None = Field(default=None, ge=0, le=1)
    search: str | None = Field(
        default=None, description="case-insensitive text in item, evidence, outlet or title"
    )


COUNTED_REVIEW_STATES = frozenset(ReviewState) - {ReviewState.REJECTED}
"""The review states the dashboard and the export select unless told otherwise: a
rejected record stays in the database for its audit trail but is no commitment."""

MANUAL_READING = "manual"
"""`extractor_version` of the mention that ties an editor's commitment to its article."""


class CommitmentOrder(StrEnum):
    NEWEST = "newest"
    """Announcement (else publication) date, newest first, undated last: for reading."""
    LEAST_CONFIDENT = "least_confident"
    """Lowest confidence first: the review queue."""
    ID = "id"
    """Ascending id: stable order for exports and keyset paging (`after_id`)."""


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


class Dimension(StrEnum):
    """What `totals` can group by; `month` is the effective date's YYYY-MM."""

    DONOR = "donor"
    RECIPIENT = "recipient"
    CATEGORY = "category"
    STATUS = "status"
    MONTH = "month"


class Total(BaseModel):
    """Commitments of one group, per currency: values in different currencies are never
    added up. Dimensions not grouped by are None; so is the currency of the records
    without a value (`value_amount` is then None)."""

    donor: str | None = None
    recipient: str | None = None
    category: Category | None = None
    status: Status | None = None
    month: str | None = None
    value_currency: str | None
    commitments: int
    value_amount: Decimal | None


class Summary(BaseModel):
    """Headline figures of the filtered commitments."""

    commitments: int
    donors: int = Field(description="distinct named donors (UNSPECIFIED not counted)")
    recipients: int
    delivered: int

    @property
    def share_delivered(self) -> float | None:
        return self.delivered / self.commitments if self.commitments else None


class ArticleSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    file_name: str
    title: str | None
    outlet: str | None
    url: str | None
    published: date | None


class Reading(BaseModel):
    """One stored mention of an article and the state of the commitment it feeds."""

    mention_id: int
    commitment_id: int | None
    review_state: ReviewState | None
    version: int | None
    evidence: str
    evidence_start: int
    evidence_end: int
    donor: str
    recipient: str
    category: Category
    extractor_version: str


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


def list_articles(session: Session) -> list[ArticleSummary]:
    """Every article without its text, newest publication first."""
    rows = session.execute(
        select(
            ArticleRecord.id,
            ArticleRecord.file_name,
            ArticleRecord.title,
            ArticleRecord.outlet,
            ArticleRecord.url,
            ArticleRecord.published,
        ).order_by(ArticleRecord.published.desc().nulls_last(), ArticleRecord.id)
    )
    return [ArticleSummary.model_validate(dict(row._mapping)) for row in rows]


def get_article(session: Session, article_id: int) -> Article:
    record = session.get(ArticleRecord, article_id)
    if record is None:
        raise NotFound(f"article {article_id} does not exist")
    return Article.model_validate(record)


def article_readings(session: Session, article_id: int, *, lock: bool = False) -> list[Reading]:
    """The article's mentions in text order, each with its commitment's review state.

    `lock` holds the commitments (SELECT ... FOR UPDATE on PostgreSQL; SQLite's
    BEGIN IMMEDIATE already serialises writers) so that an editor cannot confirm one
    between re-extraction reading its state and replacing it.
    """
    linked = select(MentionRecord.commitment_id).where(MentionRecord.article_id == article_id)
    if lock:
        session.execute(
            select(CommitmentRecord.id).where(CommitmentRecord.id.in_(linked)).with_for_update()
        )
    query = (
        select(
            MentionRecord.id.label("mention_id"),
            MentionRecord.commitment_id,
            CommitmentRecord.review_state,
            CommitmentRecord.version,
            MentionRecord.evidence,
            MentionRecord.evidence_start,
            MentionRecord.evidence_end,
            MentionRecord.donor,
            MentionRecord.recipient,
            MentionRecord.category,
            MentionRecord.extractor_version,
        )
        .outerjoin(CommitmentRecord, CommitmentRecord.id == MentionRecord.commitment_id)
        .where(MentionRecord.article_id == article_id)
        .order_by(MentionRecord.evidence_start, MentionRecord.id)
    )
    return [Reading.model_validate(dict(row._mapping)) for row in session.execute(query)]


def list_article_ids(session: Session) -> list[int]:
    return list(session.scalars(select(ArticleRecord.id).order_by(ArticleRecord.id)))


def update_mention(
    session: Session, mention_id: int, mention: Mention, extractor_version: str
) -> None:
    session.execute(
        update(MentionRecord)
        .where(MentionRecord.id == mention_id)
        .values(
            **column_values(mention),
            evidence=mention.evidence,
            evidence_start=mention.evidence_start,
            evidence_end=mention.evidence_end,
            confidence=mention.confidence,
            extractor_version=extractor_version,
        )
        .execution_options(synchronize_session=False)
    )


def delete_auto_readings(
    session: Session, mention_ids: Sequence[int], commitment_ids: Sequence[int]
) -> None:
    """Remove mentions and their commitments, which must still be `auto`."""
    session.execute(
        delete(MentionRecord)
        .where(MentionRecord.id.in_(mention_ids))
        .execution_options(synchronize_session=False)
    )
    result = session.execute(
        delete(CommitmentRecord)
        .where(
            CommitmentRecord.id.in_(commitment_ids),
            CommitmentRecord.review_state == ReviewState.AUTO.value,
        )
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != len(set(commitment_ids)):  # type: ignore[attr-defined]
        raise TrackerError("refusing to delete a commitment an editor has reviewed")


def add_manual_reading(
    session: Session,
    article_id: int,
    commitment_id: int,
    fields: CommitmentFields,
    evidence: str | None,
) -> None:
    """Tie an editor's commitment to its article with a mention the extractor never made.

    The evidence is located in the article's text when it is quoted exactly, so the
    article view can highlight it; otherwise the span is empty.
    """
    text = get_article(session, article_id).text
    evidence = evidence or ""
    start = text.find(evidence) if evidence else -1
    start, end = (start, start + len(evidence)) if start >= 0 else (0, 0)
    session.add(
        MentionRecord(
            article_id=article_id,
            commitment_id=commitment_id,
            extractor_version=MANUAL_READING,
            evidence=evidence,
            evidence_start=start,
            evidence_end=end,
            confidence=1.0,
            **column_values(fields),
        )
    )
    session.flush()


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
        (CommitmentRecord.id, filters.ids),
        (CommitmentRecord.donor, filters.donors),
        (CommitmentRecord.recipient, filters.recipients),
        (CommitmentRecord.category, filters.categories),
        (CommitmentRecord.status, filters.statuses),
        (CommitmentRecord.review_state, filters.review_states),
    ):
        if wanted:
            query = query.where(column.in_(sorted(wanted)))
    if filters.min_confidence is not None:
        query = query.where(CommitmentRecord.confidence >= filters.min_confidence)
    if filters.search and filters.search.strip():
        term = filters.search.strip().lower()
        query = query.where(
            or_(
                *(
                    func.lower(column).contains(term, autoescape=True)
                    for column in (
                        CommitmentRecord.item,
                        CommitmentRecord.evidence,
                        ArticleRecord.outlet,
                        ArticleRecord.title,
                    )
                )
            )
        )
    return query


def list_commitments(
    session: Session,
    filters: CommitmentFilter | None = None,
    *,
    order: CommitmentOrder = CommitmentOrder.NEWEST,
    limit: int | None = None,
    offset: int = 0,
    after_id: int | None = None,
) -> list[CommitmentRow]:
    """Matching commitments with their first article; `after_id` pages by id."""
    query = _commitment_rows(filters or CommitmentFilter())
    if after_id is not None:
        query = query.where(CommitmentRecord.id > after_id)
    if order is CommitmentOrder.NEWEST:
        query = query.order_by(
            query.selected_columns.effective_date.desc().nulls_last(), CommitmentRecord.id.desc()
        )
    elif order is CommitmentOrder.LEAST_CONFIDENT:
        query = query.order_by(CommitmentRecord.confidence, CommitmentRecord.id)
    else:
        query = query.order_by(CommitmentRecord.id)
    rows = session.execute(query.limit(limit).offset(offset))
    return [CommitmentRow.model_validate(dict(row._mapping)) for row in rows]


def count_commitments(session: Session, filters: CommitmentFilter | None = None) -> int:
    query = _commitment_rows(filters or CommitmentFilter()).subquery()
    return session.execute(select(func.count()).select_from(query)).scalar_one()


def _month(session: Session, day: ColumnElement[Any]) -> ColumnElement[str]:
    if session.get_bind().dialect.name == "sqlite":
        return func.strftime("%Y-%m", day)
    return func.to_char(day, "YYYY-MM")


def totals(session: Session, filters: CommitmentFilter, by: Sequence[Dimension]) -> list[Total]:
    """Count and summed value of the matching commitments per group and currency.

    The one aggregate behind every chart, the headline values and the totals export,
    so they cannot disagree. Groups come back ordered by their dimensions.
    """
    rows = _commitment_rows(filters).subquery()
    groups: list[ColumnElement[Any]] = [
        (_month(session, rows.c.effective_date) if d is Dimension.MONTH else rows.c[d.value]).label(
            d.value
        )
        for d in by
    ]
    query = (
        select(
            *groups,
            rows.c.value_currency,
            func.count().label("commitments"),
            func.sum(rows.c.value_amount).label("value_amount"),
        )
        .group_by(*groups, rows.c.value_currency)
        .order_by(*(g.asc().nulls_last() for g in groups), rows.c.value_currency.asc().nulls_last())
    )
    return [Total.model_validate(dict(row._mapping)) for row in session.execute(query)]


def summary(session: Session, filters: CommitmentFilter) -> Summary:
    rows = _commitment_rows(filters).subquery()
    named_donor = case((rows.c.donor != UNSPECIFIED_ACTOR, rows.c.donor))
    row = session.execute(
        select(
            func.count().label("commitments"),
            func.count(named_donor.distinct()).label("donors"),
            func.count(rows.c.recipient.distinct()).label("recipients"),
            func.count(case((rows.c.status == Status.DELIVERED.value, 1))).label("delivered"),
        )
    ).one()
    return Summary.model_validate(dict(row._mapping))


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
