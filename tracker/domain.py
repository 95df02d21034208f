"""Pydantic models and enums: the types that cross every boundary of the tracker.

The extractor returns `Mention`s, storage returns `Commitment`s, the dashboard's
correction form validates `CommitmentFields`, and the CLI prints `Mention.contract_record`.
Nothing here imports from the rest of the project.
"""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class Category(StrEnum):
    """The contract's categories (extraction-contract.md)."""

    AIR_DEFENSE = "air_defense"
    ARTILLERY = "artillery"
    AMMUNITION = "ammunition"
    ARMORED_VEHICLES = "armored_vehicles"
    AIRCRAFT = "aircraft"
    DRONES = "drones"
    MISSILES = "missiles"
    INFANTRY_WEAPONS = "infantry_weapons"
    NAVAL = "naval"
    ELECTRONICS = "electronics"
    TRAINING = "training"
    DEFENSE_INDUSTRY = "defense_industry"
    SUPPORT_EQUIPMENT = "support_equipment"
    UNSPECIFIED = "unspecified"
    FINANCIAL = "financial"
    HUMANITARIAN = "humanitarian"


class Status(StrEnum):
    PLEDGED = "pledged"
    DELIVERED = "delivered"


class ReviewState(StrEnum):
    """Where a commitment stands with the editors; only `auto` follows the extractor."""

    AUTO = "auto"
    CONFIRMED = "confirmed"
    EDITED = "edited"
    REJECTED = "rejected"
    MANUAL = "manual"


class ActorKind(StrEnum):
    COUNTRY = "country"
    ORGANISATION = "organisation"
    UNSPECIFIED = "unspecified"


UNSPECIFIED_ACTOR = "UNSPECIFIED"

ActorCode = Annotated[str, Field(min_length=2, max_length=16, pattern=r"^[A-Z][A-Z_]+$")]
CurrencyCode = Annotated[str, Field(pattern=r"^[A-Z]{3}$")]


class Actor(BaseModel):
    """A country (ISO 3166-1 alpha-3), an organisation (`EU`, `NATO`) or `UNSPECIFIED`."""

    model_config = ConfigDict(frozen=True)

    code: ActorCode
    name: str
    kind: ActorKind


def content_hash(text: str) -> str:
    """Identity of an article's text: NFC-normalised, whitespace-folded, SHA-256.

    Two copies of a story that differ only in encoding or line endings hash alike,
    so they are stored once.
    """
    folded = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


class ArticleIn(BaseModel):
    """An article as read from a file, before it is stored."""

    file_name: str = Field(min_length=1)
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


class Article(ArticleIn):
    """A stored article."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    ingested_at: datetime


class CommitmentFields(BaseModel):
    """The fields an editor may set on a commitment; the extractor fills the same ones.

    Validation here is the single rule set for the extractor, the correction form and
    the database's own check constraints.
    """

    model_config = ConfigDict(use_enum_values=False, str_strip_whitespace=True)

    donor: ActorCode
    recipient: ActorCode
    category: Category
    item: str | None = None
    quantity: int | None = Field(default=None, ge=0)
    value_amount: Decimal | None = Field(default=None, ge=0, max_digits=20, decimal_places=2)
    value_currency: CurrencyCode | None = None
    status: Status
    announced_on: date | None = None
    delivery: str | None = None

    @field_validator("item", "delivery", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("value_currency", mode="before")
    @classmethod
    def _upper_currency(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip().upper() or None
        return value

    @model_validator(mode="after")
    def _money_has_currency(self) -> Self:
        if (self.value_amount is None) != (self.value_currency is None):
            raise ValueError("value_amount and value_currency go together: give both or neither")
        if self.donor == self.recipient:
            raise ValueError("donor and recipient must differ")
        return self


CONTRACT_FIELDS = (
    "article",
    "donor",
    "recipient",
    "category",
    "item",
    "quantity",
    "value_amount",
    "value_currency",
    "status",
    "announced_on",
    "delivery",
    "evidence",
    "confidence",
)
"""The keys of a `tracker extract` record, in order (extraction-contract.md)."""


class Mention(CommitmentFields):
    """One commitment as the extractor read it from one sentence of one article."""

    model_config = ConfigDict(frozen=True)

    evidence: str
    evidence_start: int = Field(ge=0)
    evidence_end: int = Field(ge=0)
    confidence: float = Field(ge=0, le=1)

    def contract_record(self, article: str) -> dict[str, Any]:
        """The JSONL record of extraction-contract.md."""
        return {
            "article": article,
            "donor": self.donor,
            "recipient": self.recipient,
            "category": self.category.value,
            "item": self.item,
            "quantity": self.quantity,
            "value_amount": float(self.value_amount) if self.value_amount is not None else None,
            "value_currency": self.value_currency,
            "status": self.status.value,
            "announced_on": self.announced_on.isoformat() if self.announced_on else None,
            "delivery": self.delivery,
            "evidence": self.evidence,
            "confidence": round(self.confidence, 3),
        }


class Commitment(CommitmentFields):
    """A commitment as the dashboard counts it and an editor corrects it."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    review_state: ReviewState
    version: int
    confidence: float
    evidence: str | None = None
    created_at: datetime
    updated_at: datetime


class Edit(BaseModel):
    """One row of the audit trail: a field of a commitment changed by an editor."""

    model_config = ConfigDict(from_attributes=True)

    commitment_id: int
    field: str
    old_value: str | None
    new_value: str | None
    editor: str
    edited_at: datetime
    note: str | None = None
