"""Commitments: the filtered records with their source, sortable and searchable."""

from __future__ import annotations

import streamlit as st

from dashboard import widgets
from tracker.storage import repository
from tracker.storage.db import session_scope

LIMIT = 5000

db = widgets.engine(widgets.settings().database_url)
names = widgets.actor_names(db)

st.title("Commitments")
search = st.text_input(
    "Search item, evidence, outlet or title", key="search", placeholder="e.g. Patriot"
)
filters = widgets.active_filter().model_copy(update={"search": search or None})
with session_scope(db) as session:
    total = repository.count_commitments(session, filters)
    rows = repository.list_commitments(session, filters, limit=LIMIT)

shown = f"{total:,} commitments" if total <= LIMIT else f"the newest {LIMIT:,} of {total:,}"
st.caption(f"Showing {shown}. Click a column header to sort; the CSV in the sidebar has all.")
st.dataframe(
    widgets.commitments_frame(rows, names),
    hide_index=True,
    key="commitments_table",
    column_config={
        "id": st.column_config.NumberColumn("id", width="small"),
        "value": st.column_config.NumberColumn("value", format="localized"),
        "date": st.column_config.DateColumn("date", help="announced, else published"),
        "confidence": st.column_config.ProgressColumn(
            "confidence", min_value=0.0, max_value=1.0, format="%.2f"
        ),
        "source": st.column_config.LinkColumn("source", display_text="open source"),
        "article": st.column_config.LinkColumn("article", display_text="view text"),
        "evidence": st.column_config.TextColumn("evidence", width="large"),
    },
)
