"""What every page shares: settings, the engine, the sidebar filters, the correction
inputs and display formatting. Reads and writes go through `tracker`; nothing here
holds SQL or a business rule.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st
from pydantic import ValidationError
from sqlalchemy import Engine

from tracker.config import Settings
from tracker.domain import Category, CommitmentFields, ReviewState, Status
from tracker.extraction import Extractor, load_extractor
from tracker.storage import repository
from tracker.storage.db import make_engine, session_scope
from tracker.storage.migrate import require_current
from tracker.storage.repository import (
    COUNTED_REVIEW_STATES,
    CommitmentFilter,
    CommitmentRow,
    Dimension,
    Reading,
)

FILTER_KEY = "commitment_filter"
EDITOR_KEY = "editor_name"
FLASH_KEY = "flash"

FIELD_LABELS = {
    "donor": "Donor",
    "recipient": "Recipient",
    "category": "Category",
    "item": "Item",
    "quantity": "Quantity",
    "value_amount": "Value",
    "value_currency": "Currency",
    "status": "Status",
    "announced_on": "Announced on",
    "delivery": "Delivery",
}


def settings() -> Settings:
    return Settings.from_env()


@st.cache_resource(show_spinner=False)
def engine(url: str) -> Engine:
    """One pooled engine per database for the whole server, checked to be migrated
    (an exception is not cached, so a fixed database is picked up on the next run)."""
    created = make_engine(url)
    require_current(created)
    return created


@st.cache_resource(show_spinner=False)
def extractor(rules_dir: str | None) -> Extractor:
    return load_extractor(None if rules_dir is None else Path(rules_dir))


def actor_names(db: Engine) -> dict[str, str]:
    with session_scope(db) as session:
        return {a.code: a.name for a in repository.list_actors(session)}


def actor_label(code: str | None, names: dict[str, str]) -> str:
    if code is None:
        return ""
    name = names.get(code, code)
    return name if name == code else f"{name} ({code})"


def category_label(category: Category | str) -> str:
    return Category(category).value.replace("_", " ")


def money(amount: Decimal | None, currency: str | None) -> str:
    """A headline amount: 37000000 USD is "37.0 M USD"."""
    if amount is None or currency is None:
        return "–"
    for size, suffix in ((10**9, " bn"), (10**6, " M"), (10**3, " k")):
        if amount >= size:
            return f"{amount / size:,.1f}{suffix} {currency}"
    return f"{amount:,.0f} {currency}"


def highlighted(text: str, readings: Sequence[Reading], names: dict[str, str]) -> str:
    """`text` as HTML with each evidence span in a <mark> (overlapping spans merged).

    The text is escaped piece by piece and only our own tags are added, so whatever an
    article contains is shown as text, never run as HTML.
    """
    spans: list[tuple[int, int, list[str]]] = []
    for r in sorted(readings, key=lambda r: (r.evidence_start, r.evidence_end)):
        if r.evidence_end <= r.evidence_start:
            continue
        label = f"#{r.commitment_id} {names.get(r.donor, r.donor)} → {r.category.value}"
        if spans and r.evidence_start < spans[-1][1]:
            start, end, labels = spans[-1]
            spans[-1] = (start, max(end, r.evidence_end), [*labels, label])
        else:
            spans.append((r.evidence_start, r.evidence_end, [label]))
    parts: list[str] = []
    position = 0
    for start, end, labels in spans:
        parts.append(html.escape(text[position:start]))
        title = html.escape("; ".join(labels), quote=True)
        parts.append(f'<mark title="{title}">{html.escape(text[start:end])}</mark>')
        position = end
    parts.append(html.escape(text[position:]))
    return (
        '<div style="white-space: pre-wrap; line-height: 1.6; font-size: 0.95rem">'
        + "".join(parts)
        + "</div>"
    )


def flash(message: str) -> None:
    """Show `message` after the `st.rerun()` that follows a successful write."""
    st.session_state[FLASH_KEY] = message


def forget(prefix: str) -> None:
    """Drop the state of the inputs under `prefix`, so they show their defaults again."""
    for key in [k for k in st.session_state if str(k).startswith(prefix)]:
        del st.session_state[key]


def show_flash() -> None:
    if message := st.session_state.pop(FLASH_KEY, None):
        st.success(message)


def sidebar_filters(db: Engine, names: dict[str, str]) -> CommitmentFilter:
    """The filters every page, chart and export honours, as one `CommitmentFilter`.

    Donor and recipient choices are the actors that occur in the data at all.
    """
    with session_scope(db) as session:
        donors = [
            t.donor for t in repository.totals(session, CommitmentFilter(), [Dimension.DONOR])
        ]
        recipients = [
            t.recipient
            for t in repository.totals(session, CommitmentFilter(), [Dimension.RECIPIENT])
        ]
    sidebar = st.sidebar
    sidebar.header("Filters")
    left, right = sidebar.columns(2)
    date_from = left.date_input("Announced from", value=None, key="f_from")
    date_to = right.date_input("to", value=None, key="f_to")
    chosen_donors = sidebar.multiselect(
        "Donor",
        sorted({d for d in donors if d}),
        key="f_donor",
        format_func=lambda c: actor_label(c, names),
    )
    chosen_recipients = sidebar.multiselect(
        "Recipient",
        sorted({r for r in recipients if r}),
        key="f_recipient",
        format_func=lambda c: actor_label(c, names),
    )
    categories = sidebar.multiselect(
        "Category", list(Category), key="f_category", format_func=category_label
    )
    statuses = sidebar.multiselect("Status", list(Status), key="f_status")
    states = sidebar.multiselect(
        "Review state",
        list(ReviewState),
        default=[s for s in ReviewState if s in COUNTED_REVIEW_STATES],
        key="f_review",
        help="Rejected records are kept for the audit trail but not counted by default.",
    )
    min_confidence = sidebar.slider("Minimum confidence", 0.0, 1.0, 0.0, 0.05, key="f_conf")
    return CommitmentFilter(
        date_from=_single_date(date_from),
        date_to=_single_date(date_to),
        donors=frozenset(chosen_donors),
        recipients=frozenset(chosen_recipients),
        categories=frozenset(categories),
        statuses=frozenset(statuses),
        review_states=frozenset(states),
        min_confidence=min_confidence or None,
    )


def _single_date(value: Any) -> date | None:
    return value if isinstance(value, date) else None


def active_filter() -> CommitmentFilter:
    """The sidebar's filter of this run (set by app.py before the page runs)."""
    filters = st.session_state.get(FILTER_KEY)
    return filters if isinstance(filters, CommitmentFilter) else CommitmentFilter()


def editor_name() -> str:
    return str(st.session_state.get(EDITOR_KEY) or "").strip()


def commitments_frame(rows: Sequence[CommitmentRow], names: dict[str, str]) -> pd.DataFrame:
    """Rows for display: readable names next to codes, plain types for st.dataframe."""
    return pd.DataFrame(
        {
            "id": [r.id for r in rows],
            "donor": [actor_label(r.donor, names) for r in rows],
            "recipient": [actor_label(r.recipient, names) for r in rows],
            "category": [category_label(r.category) for r in rows],
            "item": [r.item for r in rows],
            "quantity": pd.array([r.quantity for r in rows], dtype="Int64"),
            "value": [None if r.value_amount is None else float(r.value_amount) for r in rows],
            "currency": [r.value_currency for r in rows],
            "status": [r.status.value for r in rows],
            "date": [r.effective_date for r in rows],
            "review": [r.review_state.value for r in rows],
            "confidence": [r.confidence for r in rows],
            "outlet": [r.outlet for r in rows],
            "source": [r.url for r in rows],
            "article": [
                None if r.article_id is None else f"article?id={r.article_id}" for r in rows
            ],
            "evidence": [r.evidence for r in rows],
        }
    )


def commitment_inputs(
    prefix: str, names: dict[str, str], current: CommitmentFields | None
) -> dict[str, Any]:
    """Inputs for every editable field (call inside an `st.form`), as raw values.

    Numbers are typed as text so that a blank means "none" and a typo reaches
    `CommitmentFields`, whose message is then shown, instead of being silently
    clamped by a number widget.
    """
    codes = sorted(names, key=lambda c: names[c])

    def index(options: Sequence[Any], value: Any) -> int | None:
        return options.index(value) if value in options else None

    left, middle, right = st.columns(3)
    raw: dict[str, Any] = {
        "donor": left.selectbox(
            "Donor",
            codes,
            index=index(codes, current and current.donor),
            format_func=lambda c: actor_label(c, names),
            key=f"{prefix}:donor",
        ),
        "recipient": middle.selectbox(
            "Recipient",
            codes,
            index=index(codes, current and current.recipient),
            format_func=lambda c: actor_label(c, names),
            key=f"{prefix}:recipient",
        ),
        "category": right.selectbox(
            "Category",
            list(Category),
            index=index(list(Category), current and current.category),
            format_func=category_label,
            key=f"{prefix}:category",
        ),
        "item": left.text_input(
            "Item", (current.item or "") if current else "", key=f"{prefix}:item"
        ),
        "quantity": middle.text_input(
            "Quantity",
            "" if current is None or current.quantity is None else str(current.quantity),
            key=f"{prefix}:quantity",
        ),
        "status": right.selectbox(
            "Status",
            list(Status),
            index=index(list(Status), current and current.status),
            key=f"{prefix}:status",
        ),
        "value_amount": left.text_input(
            "Value",
            "" if current is None or current.value_amount is None else str(current.value_amount),
            key=f"{prefix}:value_amount",
        ),
        "value_currency": middle.text_input(
            "Currency (ISO 4217)",
            (current.value_currency or "") if current else "",
            key=f"{prefix}:value_currency",
        ),
        "announced_on": right.date_input(
            "Announced on",
            current.announced_on if current else None,
            key=f"{prefix}:announced_on",
        ),
        "delivery": left.text_input(
            "Delivery", (current.delivery or "") if current else "", key=f"{prefix}:delivery"
        ),
    }
    return {k: (None if isinstance(v, str) and not v.strip() else v) for k, v in raw.items()}


def validate(raw: dict[str, Any]) -> CommitmentFields | None:
    """The fields if valid; otherwise show one message per invalid field and return None."""
    try:
        return CommitmentFields.model_validate(raw)
    except ValidationError as error:
        for problem in error.errors():
            field = str(problem["loc"][0]) if problem["loc"] else None
            label = FIELD_LABELS.get(field or "", "Record")
            st.error(f"{label}: {problem['msg']}")
        return None
