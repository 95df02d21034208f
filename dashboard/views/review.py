"""Review: the queue of unreviewed commitments, a correction form, confirm and reject,
and the record's history.

The version an editor loaded is kept in the session (`loaded:<id>`) and sent with
every change: if someone else saved in between, `tracker.services` raises EditConflict
and the editor is told, instead of the newer values being overwritten.
"""

from __future__ import annotations

from typing import Literal

import pandas as pd
import streamlit as st

from dashboard import widgets
from tracker.domain import ReviewState
from tracker.errors import TrackerError
from tracker.services import correct_commitment, set_review_state
from tracker.storage import repository
from tracker.storage.db import session_scope
from tracker.storage.repository import CommitmentFilter, CommitmentOrder

QUEUE = "Unreviewed, lowest confidence first"
ALL = "All matching the filters"
LIMIT = 500

settings = widgets.settings()
db = widgets.engine(settings.database_url)
names = widgets.actor_names(db)
widgets.show_flash()

st.title("Review")
scope = st.radio("Show", [QUEUE, ALL], horizontal=True, key="review_scope")
filters = widgets.active_filter()
if scope == QUEUE:
    filters = filters.model_copy(update={"review_states": frozenset({ReviewState.AUTO})})
selected = st.session_state.get("review_id")
with session_scope(db) as session:
    queue = repository.list_commitments(
        session, filters, order=CommitmentOrder.LEAST_CONFIDENT, limit=LIMIT
    )
    if isinstance(selected, int) and selected not in {row.id for row in queue}:
        # Keep the open record even if someone else moved it out of the list meanwhile,
        # so that saving the form reports the conflict instead of silently vanishing.
        queue = [
            *repository.list_commitments(session, CommitmentFilter(ids=frozenset({selected}))),
            *queue,
        ]
if not queue:
    st.success("Nothing to review under these filters.")
    st.stop()

by_id = {row.id: row for row in queue}
commitment_id = st.selectbox(
    f"Commitment ({len(queue)}{'+' if len(queue) == LIMIT else ''} in the list)",
    list(by_id),
    format_func=lambda i: (
        f"#{i} · {by_id[i].confidence:.2f} · {widgets.actor_label(by_id[i].donor, names)} → "
        f"{widgets.actor_label(by_id[i].recipient, names)} · "
        f"{widgets.category_label(by_id[i].category)} · {by_id[i].item or ''}"
    ),
    key="review_id",
)
row = by_id[commitment_id]
loaded_key = f"loaded:{commitment_id}"
expected = st.session_state.setdefault(loaded_key, row.version)

st.markdown(f"**State:** {row.review_state.value} · **version** {row.version}")
if row.evidence:
    st.caption("Evidence")
    st.text(row.evidence)
if row.article_id is not None:
    st.page_link(
        "views/article.py",
        label=f"Read the article: {row.title or row.file_name}",
        query_params={"id": str(row.article_id)},
        icon=":material/article:",
    )

if row.version != expected:
    st.warning(
        f"Someone changed this record after you opened it (version {expected}, now "
        f"{row.version}). Saving your form would conflict; reload to see their values."
    )
    if st.button("Reload the record", key=f"reload:{commitment_id}"):
        widgets.forget(f"edit:{commitment_id}:")
        st.session_state[loaded_key] = row.version
        st.rerun()


def saved(message: str, version: int) -> None:
    """Report a write and move on: the queue advances to its next record."""
    widgets.forget(f"edit:{commitment_id}:")
    st.session_state[loaded_key] = version
    if scope == QUEUE:
        del st.session_state["review_id"]
    widgets.flash(message)
    st.rerun()


if settings.read_only:
    st.info("Read-only deployment: corrections are disabled.")
else:
    editor = widgets.editor_name()
    prefix = f"edit:{commitment_id}:{expected}"
    with st.form(prefix):
        raw = widgets.commitment_inputs(prefix, names, row)
        note = st.text_input("Note (why)", key=f"{prefix}:note")
        submitted = st.form_submit_button("Save corrections", type="primary")
    confirm_column, reject_column, _ = st.columns([1, 1, 4])
    confirm = confirm_column.button("Confirm as is", key=f"confirm:{commitment_id}")
    reject = reject_column.button("Reject", key=f"reject:{commitment_id}")
    if (submitted or confirm or reject) and not editor:
        st.error("Enter your name in the sidebar: every change is recorded with it.")
    elif submitted:
        fields = widgets.validate(raw)
        if fields is not None:
            try:
                updated = correct_commitment(
                    db, commitment_id, expected, raw, editor, note=note or None
                )
            except TrackerError as error:
                st.error(str(error))
            else:
                saved(f"Saved #{commitment_id} (version {updated.version}).", updated.version)
    elif confirm or reject:
        state: Literal[ReviewState.CONFIRMED, ReviewState.REJECTED] = (
            ReviewState.CONFIRMED if confirm else ReviewState.REJECTED
        )
        try:
            updated = set_review_state(db, commitment_id, expected, state, editor)
        except TrackerError as error:
            st.error(str(error))
        else:
            saved(f"#{commitment_id} {state.value}.", updated.version)

with session_scope(db) as session:
    edits = repository.list_edits(session, commitment_id)
st.subheader("History")
if edits:
    st.dataframe(
        pd.DataFrame([e.model_dump(exclude={"commitment_id"}) for e in edits]),
        hide_index=True,
        key="history",
    )
else:
    st.caption("No edits yet: the values are the extractor's.")
