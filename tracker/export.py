"""CSV exports for reports: the commitments, and their totals by donor × category.

`tracker export` and the dashboard's download buttons both call these generators, so a
file is the same whichever way it was made. Columns are fixed (`COMMITMENT_COLUMNS`,
`TOTAL_COLUMNS`, documented in docs/export.md) and carry the values an editor set, not
the raw extraction. Text cells that a spreadsheet would read as a formula are
prefixed with `'` (OWASP CSV injection); numeric and date cells are written as
numbers and ISO dates, never prefixed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Engine

from tracker.storage import repository
from tracker.storage.db import session_scope
from tracker.storage.repository import CommitmentFilter, CommitmentOrder, CommitmentRow, Dimension

BOM = "\ufeff"
PAGE_SIZE = 1000
FORMULA_TRIGGERS = frozenset("=+-@\t\r\n＝＋－＠")
"""A cell starting with one of these (after spaces) may run as a formula in Excel,
LibreOffice or Google Sheets; full-width forms included, as OWASP's WSTG lists them."""

Cell = str | int | float | Decimal | date | None


@dataclass(frozen=True)
class Column:
    name: str
    description: str
    text: bool = True
    """Free text from articles or editors: neutralised against formula injection."""


COMMITMENT_COLUMNS: tuple[Column, ...] = (
    Column("commitment_id", "the tracker's id of the commitment", text=False),
    Column("donor_code", "ISO 3166-1 alpha-3 code, EU, NATO or UNSPECIFIED"),
    Column("donor_name", "the donor's name"),
    Column("recipient_code", "ISO 3166-1 alpha-3 code"),
    Column("recipient_name", "the recipient's name"),
    Column("category", "one of the categories of the extraction contract"),
    Column("item", "the item as written in the article"),
    Column("quantity", "number of items", text=False),
    Column("value_amount", "money in units of value_currency, e.g. 37000000.00", text=False),
    Column("value_currency", "ISO 4217 code"),
    Column("status", "pledged or delivered"),
    Column("announced_on", "date of the announcement, YYYY-MM-DD", text=False),
    Column("delivery", "the delivery time frame as written"),
    Column("review_state", "auto, confirmed, edited, rejected or manual"),
    Column("confidence", "the extractor's confidence, 0 to 1 (1 for manual records)", text=False),
    Column("outlet", "the outlet of the article the commitment was first read in"),
    Column("published", "that article's publication date, YYYY-MM-DD", text=False),
    Column("url", "that article's address"),
    Column("article_file", "that article's file name"),
    Column("evidence", "the sentence the commitment was read from"),
)

TOTAL_COLUMNS: tuple[Column, ...] = (
    Column("donor_code", "ISO 3166-1 alpha-3 code, EU, NATO or UNSPECIFIED"),
    Column("donor_name", "the donor's name"),
    Column("category", "one of the categories of the extraction contract"),
    Column("value_currency", "ISO 4217 code; empty for the commitments without a value"),
    Column("commitments", "number of commitments", text=False),
    Column("value_amount", "summed value in value_currency; empty without a currency", text=False),
)


def neutralise(value: str) -> str:
    """`value`, prefixed with `'` if a spreadsheet could take it for a formula."""
    return "'" + value if value.lstrip(" ")[:1] in FORMULA_TRIGGERS else value


def _cell(value: Cell, column: Column) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, StrEnum):
        value = value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if column.text:
        return neutralise(str(value))
    return value


def _lines(columns: Sequence[Column], rows: Iterable[Sequence[Cell]], bom: bool) -> Iterator[str]:
    """CSV text line by line (RFC 4180: CRLF, quotes only where needed)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")

    def line(cells: Sequence[str | int | float]) -> str:
        writer.writerow(cells)
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    yield (BOM if bom else "") + line([c.name for c in columns])
    for row in rows:
        yield line([_cell(value, column) for value, column in zip(row, columns, strict=True)])


def _actor_names(engine: Engine) -> dict[str, str]:
    with session_scope(engine) as session:
        return {actor.code: actor.name for actor in repository.list_actors(session)}


def _commitment_pages(engine: Engine, filters: CommitmentFilter) -> Iterator[CommitmentRow]:
    """Every matching commitment by id, a page per short transaction, so a long export
    never holds SQLite's write lock against the editors."""
    after_id: int | None = None
    while True:
        with session_scope(engine) as session:
            page = repository.list_commitments(
                session, filters, order=CommitmentOrder.ID, limit=PAGE_SIZE, after_id=after_id
            )
        yield from page
        if len(page) < PAGE_SIZE:
            return
        after_id = page[-1].id


def commitments_csv(
    engine: Engine, filters: CommitmentFilter, *, bom: bool = False
) -> Iterator[str]:
    """The matching commitments as CSV, one line per chunk, in `COMMITMENT_COLUMNS`."""
    names = _actor_names(engine)
    rows = (
        (
            row.id,
            row.donor,
            names.get(row.donor, row.donor),
            row.recipient,
            names.get(row.recipient, row.recipient),
            row.category,
            row.item,
            row.quantity,
            row.value_amount,
            row.value_currency,
            row.status,
            row.announced_on,
            row.delivery,
            row.review_state,
            row.confidence,
            row.outlet,
            row.published,
            row.url,
            row.file_name,
            row.evidence,
        )
        for row in _commitment_pages(engine, filters)
    )
    return _lines(COMMITMENT_COLUMNS, rows, bom)


def totals_csv(engine: Engine, filters: CommitmentFilter, *, bom: bool = False) -> Iterator[str]:
    """Totals by donor × category (and currency), as the dashboard charts them."""
    names = _actor_names(engine)
    with session_scope(engine) as session:
        groups = repository.totals(session, filters, (Dimension.DONOR, Dimension.CATEGORY))
    rows = (
        (
            g.donor,
            names.get(g.donor or "", g.donor),
            g.category,
            g.value_currency,
            g.commitments,
            g.value_amount,
        )
        for g in groups
    )
    return _lines(TOTAL_COLUMNS, rows, bom)
