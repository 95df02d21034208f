"""CSV export: fixed columns, editors' values, injection-safe text, numbers as numbers."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tracker.domain import ArticleIn, CommitmentFields, Mention, ReviewState
from tracker.export import (
    COMMITMENT_COLUMNS,
    PAGE_SIZE,
    TOTAL_COLUMNS,
    commitments_csv,
    neutralise,
    totals_csv,
)
from tracker.services import (
    add_manual_commitment,
    correct_commitment,
    ingest_article,
    set_review_state,
)
from tracker.storage.repository import COUNTED_REVIEW_STATES, CommitmentFilter

COUNTED = CommitmentFilter(review_states=COUNTED_REVIEW_STATES)


class Canned:
    version = "test-1"

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = mentions

    def extract(self, text: str, published: date | None = None) -> list[Mention]:
        return self.mentions


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1", "'+1"),
        ("-1+2", "'-1+2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("\ncmd", "'\ncmd"),
        ("  =1+1", "'  =1+1"),
        ("＝1+1", "'＝1+1"),
        ("＋1", "'＋1"),
        ("－1", "'－1"),
        ("＠x", "'＠x"),
        ("IRIS-T systems", "IRIS-T systems"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_export_neutralise(value: str, expected: str) -> None:
    assert neutralise(value) == expected


def test_export_commitments_cell_by_cell(
    migrated_engine: Engine, make_mention: Callable[..., Mention]
) -> None:
    article = ArticleIn(
        file_name="=cmd.txt",
        text="Germany will supply Ukraine with two IRIS-T systems by 2025.",
        outlet='@Outlet, "quoted"',
        url="https://example.org/a?x=1",
        published=date(2024, 11, 27),
    )
    mention = make_mention(item="=1+2", evidence="-2+3 said the minister", delivery="@once ready")
    assert ingest_article(migrated_engine, article, Canned([mention])).commitments == 1
    correct_commitment(
        migrated_engine,
        1,
        1,
        {"quantity": 3, "value_amount": Decimal("1234.5"), "value_currency": "EUR"},
        editor="alice",
    )
    text = "".join(commitments_csv(migrated_engine, COUNTED))
    assert text.endswith("\r\n") and not text.startswith("\ufeff")
    header, row = _rows(text)
    assert header == [c.name for c in COMMITMENT_COLUMNS]
    assert dict(zip(header, row, strict=True)) == {
        "commitment_id": "1",
        "donor_code": "DEU",
        "donor_name": "Germany",
        "recipient_code": "UKR",
        "recipient_name": "Ukraine",
        "category": "air_defense",
        "item": "'=1+2",
        "quantity": "3",  # the editor's value, not the extractor's 2
        "value_amount": "1234.50",
        "value_currency": "EUR",
        "status": "pledged",
        "announced_on": "2024-11-25",
        "delivery": "'@once ready",
        "review_state": "edited",
        "confidence": "0.8",
        "outlet": '\'@Outlet, "quoted"',
        "published": "2024-11-27",
        "url": "https://example.org/a?x=1",
        "article_file": "'=cmd.txt",
        "evidence": "'-2+3 said the minister",
    }


def test_export_bom_filters_and_rejected(
    migrated_engine: Engine, make_mention: Callable[..., Mention]
) -> None:
    ingest_article(
        migrated_engine,
        ArticleIn(file_name="a.txt", text="a", published=date(2024, 1, 1)),
        Canned([make_mention(), make_mention(donor="FRA", category="artillery")]),
    )
    manual = add_manual_commitment(
        migrated_engine,
        CommitmentFields(donor="POL", recipient="UKR", category="drones", status="delivered"),
        editor="alice",
    )
    set_review_state(migrated_engine, 2, 1, ReviewState.REJECTED, editor="alice")

    text = "".join(commitments_csv(migrated_engine, COUNTED, bom=True))
    assert text.startswith("\ufeffcommitment_id,")
    ids = [row[0] for row in _rows(text.removeprefix("\ufeff"))[1:]]
    assert ids == ["1", str(manual.id)]  # by id; the rejected one is left out
    only_poland = CommitmentFilter(donors=frozenset({"POL"}))
    rows = _rows("".join(commitments_csv(migrated_engine, only_poland)))
    assert [(r[1], r[13], r[15], r[19]) for r in rows[1:]] == [("POL", "manual", "", "")]


def test_export_pages_through_more_than_a_page(
    migrated_engine: Engine, make_mention: Callable[..., Mention]
) -> None:
    many = [make_mention(evidence=f"sentence {i}") for i in range(PAGE_SIZE + 3)]
    ingest_article(migrated_engine, ArticleIn(file_name="a.txt", text="a"), Canned(many))
    rows = _rows("".join(commitments_csv(migrated_engine, CommitmentFilter())))
    assert [int(r[0]) for r in rows[1:]] == list(range(1, PAGE_SIZE + 4))


def test_export_totals_by_donor_and_category(
    migrated_engine: Engine, make_mention: Callable[..., Mention]
) -> None:
    ingest_article(
        migrated_engine,
        ArticleIn(file_name="a.txt", text="a"),
        Canned(
            [
                make_mention(value_amount=Decimal("100.5"), value_currency="USD", evidence="1"),
                make_mention(value_amount=Decimal("200"), value_currency="USD", evidence="2"),
                make_mention(value_amount=Decimal("7"), value_currency="EUR", evidence="3"),
                make_mention(evidence="4"),
                make_mention(donor="EU", category="ammunition", evidence="5"),
            ]
        ),
    )
    rows = _rows("".join(totals_csv(migrated_engine, CommitmentFilter())))
    assert rows == [
        [c.name for c in TOTAL_COLUMNS],
        ["DEU", "Germany", "air_defense", "EUR", "1", "7.00"],
        ["DEU", "Germany", "air_defense", "USD", "2", "300.50"],
        ["DEU", "Germany", "air_defense", "", "1", ""],
        ["EU", "European Union", "ammunition", "", "1", ""],
    ]


def test_export_columns_are_documented() -> None:
    doc = (Path(__file__).resolve().parents[1] / "docs" / "export.md").read_text()
    for column in (*COMMITMENT_COLUMNS, *TOTAL_COLUMNS):
        assert f"| `{column.name}` | {column.description}" in doc
