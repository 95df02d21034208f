"""SQLAlchemy tables of the tracker: actors, articles, mentions, commitments, edits.

The database enforces the same rules as `tracker.domain` (check constraints, foreign
keys), so a row written by any tool, not only through the repository, stays valid.
Enums are plain strings with CHECK constraints rather than native PostgreSQL enums,
so SQLite and PostgreSQL behave alike and adding a category is a one-line migration.
Only `tracker.storage` uses these classes; everything else sees `tracker.domain` models.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

import pycountry
from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from tracker.domain import UNSPECIFIED_ACTOR, ActorKind, Category, ReviewState, Status

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ORGANISATIONS = {"EU": "European Union", "NATO": "NATO"}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp on both backends.

    SQLite drops the offset and hands back naive values; PostgreSQL keeps it. Reading
    every value back as aware UTC makes the two compare and serialise alike.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _one_of(column: str, values: Iterable[StrEnum]) -> str:
    return f"{column} IN ({', '.join(repr(v.value) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ActorRecord(Base):
    __tablename__ = "actors"
    __table_args__ = (CheckConstraint(_one_of("kind", ActorKind), name="kind"),)

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))


class ArticleRecord(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(String(500))
    title: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date, index=True)
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


def _commitment_checks() -> tuple[CheckConstraint, ...]:
    """The rules of `domain.CommitmentFields`, for every table that holds those fields."""
    return (
        CheckConstraint(_one_of("category", Category), name="category"),
        CheckConstraint(_one_of("status", Status), name="status"),
        CheckConstraint("quantity IS NULL OR quantity >= 0", name="quantity_not_negative"),
        CheckConstraint("value_amount IS NULL OR value_amount >= 0", name="value_not_negative"),
        CheckConstraint(
            "(value_amount IS NULL) = (value_currency IS NULL)", name="value_has_currency"
        ),
        # Portable stand-in for ^[A-Z]{3}$ (SQLite has no regular expressions).
        CheckConstraint(
            "value_currency IS NULL OR "
            "(length(value_currency) = 3 AND upper(value_currency) = value_currency)",
            name="currency_code",
        ),
        CheckConstraint("donor <> recipient", name="donor_not_recipient"),
        CheckConstraint("confidence >= 0 AND confidence <= 1", name="confidence_range"),
    )


class _CommitmentFields:
    """Columns named and typed like `domain.CommitmentFields`, shared by two tables."""

    donor: Mapped[str] = mapped_column(String(16), ForeignKey("actors.code"), index=True)
    recipient: Mapped[str] = mapped_column(String(16), ForeignKey("actors.code"), index=True)
    category: Mapped[str] = mapped_column(String(32), index=True)
    item: Mapped[str | None] = mapped_column(Text)
    quantity: Mapped[int | None] = mapped_column(Integer)
    value_amount: Mapped[Decimal | None] = mapped_column(Numeric(20, 2))
    value_currency: Mapped[str | None] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(16))
    announced_on: Mapped[date | None] = mapped_column(Date, index=True)
    delivery: Mapped[str | None] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CommitmentRecord(_CommitmentFields, Base):
    """What the dashboard counts; one or more mentions point at it."""

    __tablename__ = "commitments"
    __table_args__ = (
        *_commitment_checks(),
        CheckConstraint(_one_of("review_state", ReviewState), name="review_state"),
        CheckConstraint("version >= 1", name="version_positive"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    evidence: Mapped[str | None] = mapped_column(Text)
    review_state: Mapped[str] = mapped_column(String(16), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class MentionRecord(_CommitmentFields, Base):
    """One extractor reading of one sentence; kept as read, even after an edit."""

    __tablename__ = "mentions"
    __table_args__ = (
        *_commitment_checks(),
        CheckConstraint(
            "evidence_start >= 0 AND evidence_start <= evidence_end", name="evidence_span"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    commitment_id: Mapped[int | None] = mapped_column(ForeignKey("commitments.id"), index=True)
    evidence: Mapped[str] = mapped_column(Text)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    extractor_version: Mapped[str] = mapped_column(String(64))


class EditRecord(Base):
    """The audit trail: one row per field an editor changed."""

    __tablename__ = "edits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id"), index=True)
    field: Mapped[str] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    editor: Mapped[str] = mapped_column(String(200))
    edited_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    note: Mapped[str | None] = mapped_column(Text)


def actor_rows() -> list[dict[str, Any]]:
    """Every actor the tracker knows: all ISO 3166-1 countries, EU, NATO, UNSPECIFIED.

    Built from the installed pycountry, so the initial migration and
    `repository.sync_actors` (run after every upgrade) pick up countries it adds.
    """
    rows: list[dict[str, Any]] = [
        {
            "code": country.alpha_3,
            "name": getattr(country, "common_name", None) or country.name,
            "kind": ActorKind.COUNTRY.value,
        }
        for country in pycountry.countries
    ]
    rows += [
        {"code": code, "name": name, "kind": ActorKind.ORGANISATION.value}
        for code, name in ORGANISATIONS.items()
    ]
    rows.append(
        {"code": UNSPECIFIED_ACTOR, "name": "Unspecified", "kind": ActorKind.UNSPECIFIED.value}
    )
    return rows
