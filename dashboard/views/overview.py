"""Overview: headline figures and the charts by donor, category, month and status.

Every figure comes from `repository.summary` and `repository.totals` (SQL aggregates
over the sidebar's filter); this page only reshapes them for Altair. Values in
different currencies are never added: the value view shows one currency at a time.
"""

from __future__ import annotations

from collections.abc import Sequence

import altair as alt
import pandas as pd
import streamlit as st

from dashboard import widgets
from tracker.storage import repository
from tracker.storage.db import session_scope
from tracker.storage.repository import Dimension, Total

COUNT = "Number of commitments"
VALUE = "Value"

db = widgets.engine(widgets.settings().database_url)
names = widgets.actor_names(db)
filters = widgets.active_filter()

with session_scope(db) as session:
    summary = repository.summary(session, filters)
    by_currency = repository.totals(session, filters, [])
    by_donor_category = repository.totals(session, filters, [Dimension.DONOR, Dimension.CATEGORY])
    by_donor_status = repository.totals(session, filters, [Dimension.DONOR, Dimension.STATUS])
    by_month_status = repository.totals(session, filters, [Dimension.MONTH, Dimension.STATUS])

st.title("Military-aid commitments")
cols = st.columns(5)
cols[0].metric("Commitments", f"{summary.commitments:,}")
cols[1].metric("Donors", summary.donors)
cols[2].metric("Recipients", summary.recipients)
share = summary.share_delivered
cols[3].metric("Delivered", "–" if share is None else f"{share:.0%}")
valued = [t for t in by_currency if t.value_currency is not None]
cols[4].metric(
    "Total value",
    " · ".join(widgets.money(t.value_amount, t.value_currency) for t in valued) or "–",
    help="Per currency: amounts in different currencies are not converted or added.\n\n"
    + "\n\n".join(f"{t.value_amount:,.2f} {t.value_currency}" for t in valued),
)

if not summary.commitments:
    st.info("No commitments match the filters.")
    st.stop()

left, right = st.columns(2)
measure = left.radio("Measure", [COUNT, VALUE], horizontal=True, key="measure")
currency: str | None = None
if measure == VALUE:
    currencies = [t.value_currency for t in valued if t.value_currency]
    if not currencies:
        st.info("None of the matching commitments has a value; showing counts.")
        measure = COUNT
    else:
        currency = right.selectbox("Currency", currencies, key="currency")


def frame(totals: Sequence[Total]) -> pd.DataFrame:
    """One row per group with `amount`: the count (over all currencies) or the value in
    the chosen currency, and readable labels."""
    rows = [t for t in totals if measure == COUNT or t.value_currency == currency]
    data = pd.DataFrame(
        {
            "donor": [widgets.actor_label(t.donor, names) for t in rows],
            "category": [widgets.category_label(t.category) if t.category else "" for t in rows],
            "status": [t.status.value if t.status else "" for t in rows],
            "month": [t.month or "undated" for t in rows],
            "amount": [
                t.commitments if measure == COUNT else float(t.value_amount or 0) for t in rows
            ],
        }
    )
    keys = ["donor", "category", "status", "month"]
    return data.groupby(keys, as_index=False)["amount"].sum()


labels = alt.Axis(labelLimit=240)
unit = COUNT if measure == COUNT else f"Value ({currency})"
axis = alt.Axis(format="d" if measure == COUNT else "~s", tickMinStep=1)
x_amount = alt.X("sum(amount):Q", title=unit, axis=axis)
y_amount = alt.Y("sum(amount):Q", title=unit, axis=axis)
donor_category = frame(by_donor_category)
donor_status = frame(by_donor_status)
month_status = frame(by_month_status)
donor_order = (
    donor_category.groupby("donor")["amount"].sum().sort_values(ascending=False).index.tolist()
)

chart_left, chart_right = st.columns(2)
with chart_left:
    st.subheader("By donor and category")
    st.altair_chart(
        alt.Chart(donor_category)
        .mark_bar()
        .encode(
            y=alt.Y("donor:N", sort=donor_order, title=None, axis=labels),
            x=x_amount,
            color=alt.Color("category:N", title="Category"),
            tooltip=["donor", "category", alt.Tooltip("sum(amount):Q", title=unit)],
        ),
        key="chart_donor_category",
    )
with chart_right:
    st.subheader("By category")
    st.altair_chart(
        alt.Chart(donor_category)
        .mark_bar()
        .encode(
            y=alt.Y("category:N", sort="-x", title=None),
            x=x_amount,
            tooltip=["category", alt.Tooltip("sum(amount):Q", title=unit)],
        ),
        key="chart_category",
    )

chart_left, chart_right = st.columns(2)
status_colour = alt.Color(
    "status:N",
    title="Status",
    scale=alt.Scale(domain=["pledged", "delivered"], range=["#8da0cb", "#1b7837"]),
)
with chart_left:
    st.subheader("Over time (month announced)")
    st.altair_chart(
        alt.Chart(month_status)
        .mark_bar()
        .encode(
            x=alt.X("month:O", title=None, axis=alt.Axis(labelAngle=0)),
            y=y_amount,
            color=status_colour,
            xOffset="status:N",
            tooltip=["month", "status", alt.Tooltip("sum(amount):Q", title=unit)],
        ),
        key="chart_month",
    )
with chart_right:
    st.subheader("Pledged and delivered, per donor")
    st.altair_chart(
        alt.Chart(donor_status)
        .mark_bar()
        .encode(
            y=alt.Y("donor:N", sort=donor_order, title=None, axis=labels),
            x=x_amount,
            color=status_colour,
            yOffset="status:N",
            tooltip=["donor", "status", alt.Tooltip("sum(amount):Q", title=unit)],
        ),
        key="chart_donor_status",
    )

st.subheader("Donor × category")
base = alt.Chart(donor_category).encode(
    x=alt.X("category:N", title=None, axis=alt.Axis(labelAngle=-30, labelLimit=240)),
    y=alt.Y("donor:N", sort=donor_order, title=None, axis=labels),
)
dark = alt.datum.amount > donor_category["amount"].max() / 2
st.altair_chart(
    base.mark_rect().encode(
        color=alt.Color("amount:Q", title=unit, scale=alt.Scale(scheme="blues")),
        tooltip=["donor", "category", alt.Tooltip("amount:Q", title=unit)],
    )
    + base.mark_text(baseline="middle").encode(
        text=alt.Text("amount:Q", format=",.0f" if measure == COUNT else "~s"),
        color=alt.condition(dark, alt.value("white"), alt.value("black")),
    ),
    key="chart_matrix",
)
