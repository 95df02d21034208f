"""Upload: add articles from the browser; they are ingested like `tracker ingest` does
and their commitments join the review queue."""

from __future__ import annotations

import streamlit as st

from dashboard import widgets
from tracker.errors import TrackerError
from tracker.services import ingest_upload
from tracker.sources import ARTICLE_SUFFIXES, ManifestEntry

settings = widgets.settings()
db = widgets.engine(settings.database_url)

st.title("Upload articles")
if settings.read_only:
    st.info("Read-only deployment: uploads are disabled.")
    st.stop()
widgets.show_flash()

with st.form("upload", clear_on_submit=True):
    files = st.file_uploader(
        "Article files", type=[s.lstrip(".") for s in ARTICLE_SUFFIXES], accept_multiple_files=True
    )
    published = st.date_input("Published on", value=None, key="upload:published")
    outlet = st.text_input("Outlet", key="upload:outlet")
    url = st.text_input("URL", key="upload:url")
    submitted = st.form_submit_button("Ingest", type="primary")

if submitted:
    if not files:
        st.error("Choose at least one .txt or .html file.")
    entry = ManifestEntry(published, outlet.strip() or None, url.strip() or None)
    extractor = widgets.extractor(None if settings.rules_dir is None else str(settings.rules_dir))
    reports: list[str] = []
    for upload in files or []:
        try:
            result = ingest_upload(db, upload.name, upload.getvalue(), entry, extractor)
        except TrackerError as error:
            st.error(str(error))
            continue
        if result.status == "new":
            reports.append(f"{upload.name}: {result.commitments} commitments to review")
        else:
            reports.append(f"{upload.name}: already stored, nothing changed")
    if reports:
        widgets.flash("; ".join(reports))
        st.rerun()

st.page_link("views/review.py", label="Go to the review queue", icon=":material/rate_review:")
