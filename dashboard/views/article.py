"""Article: the stored text with every extracted evidence highlighted (escaped, see
`widgets.highlighted`), its commitments, and a form to add one the extractor missed."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import widgets
from tracker.errors import TrackerError
from tracker.services import add_manual_commitment
from tracker.storage import repository
from tracker.storage.db import session_scope

db = widgets.engine(widgets.settings().database_url)
read_only = widgets.settings().read_only
names = widgets.actor_names(db)
widgets.show_flash()

with session_scope(db) as session:
    articles = repository.list_articles(session)
if not articles:
    st.info("No articles yet.")
    st.stop()

ids = [a.id for a in articles]
by_id = {a.id: a for a in articles}
wanted = st.query_params.get("id")
default = int(wanted) if wanted and wanted.isdigit() and int(wanted) in by_id else ids[0]
article_id = st.selectbox(
    "Article",
    ids,
    index=ids.index(default),
    format_func=lambda i: " · ".join(
        str(part)
        for part in (by_id[i].published, by_id[i].outlet, by_id[i].title or by_id[i].file_name)
        if part
    ),
    key="article_id",
)
st.query_params["id"] = str(article_id)

with session_scope(db) as session:
    article = repository.get_article(session, article_id)
    readings = repository.article_readings(session, article_id)

st.title(article.title or article.file_name)
meta = [f"file {article.file_name}"]
if article.outlet:
    meta.append(article.outlet)
if article.published:
    meta.append(f"published {article.published.isoformat()}")
st.caption(" · ".join(meta))
if article.url:
    st.link_button("Open the original", article.url)

text_column, records_column = st.columns([3, 2])
with text_column:
    st.html(widgets.highlighted(article.text, readings, names))
with records_column:
    st.subheader(f"{len(readings)} readings")
    st.dataframe(
        pd.DataFrame(
            {
                "commitment": [r.commitment_id for r in readings],
                "donor": [widgets.actor_label(r.donor, names) for r in readings],
                "recipient": [widgets.actor_label(r.recipient, names) for r in readings],
                "category": [widgets.category_label(r.category) for r in readings],
                "review": [r.review_state.value if r.review_state else "" for r in readings],
                "by": [r.extractor_version for r in readings],
            }
        ),
        hide_index=True,
    )

    if read_only:
        st.stop()
    st.subheader("Add a commitment the extractor missed")
    prefix = f"add:{article_id}"
    with st.form(prefix):
        raw = widgets.commitment_inputs(prefix, names, None)
        evidence = st.text_area(
            "Evidence (quote the sentence to highlight it)", key=f"{prefix}:evidence"
        )
        note = st.text_input("Note", key=f"{prefix}:note")
        submitted = st.form_submit_button("Add commitment")
    if submitted:
        editor = widgets.editor_name()
        fields = widgets.validate(raw)
        if not editor:
            st.error("Enter your name in the sidebar: every change is recorded with it.")
        elif fields is not None:
            try:
                created = add_manual_commitment(
                    db,
                    fields,
                    editor,
                    evidence=evidence or None,
                    note=note or None,
                    article_id=article_id,
                )
            except TrackerError as error:
                st.error(str(error))
            else:
                widgets.forget(prefix)
                widgets.flash(f"Added commitment #{created.id}.")
                st.rerun()
