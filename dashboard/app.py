"""The dashboard's entry point: `tracker dashboard` or `streamlit run dashboard/app.py`.

Reads TRACKER_DATABASE_URL (and TRACKER_READ_ONLY, TRACKER_EDITOR) once per run,
draws the navigation, the shared sidebar filters and the CSV downloads, then runs the
chosen page. The filters are built here, before the page, so every page sees the same
`CommitmentFilter` and they survive a change of page.

The pages live in `views/`, not `pages/`: next to a `pages/` folder, Streamlit 1.67's
AppTest reruns the page file alone instead of this entry point (measured), which
would drop the sidebar and its filters from every test rerun.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import widgets
from tracker.errors import TrackerError
from tracker.export import commitments_csv, totals_csv

VIEWS = Path(__file__).parent / "views"

st.set_page_config(page_title="Military-aid tracker", page_icon=":material/public:", layout="wide")

settings = widgets.settings()
try:
    db = widgets.engine(settings.database_url)
except TrackerError as error:
    st.error(str(error))
    st.stop()

pages = [
    st.Page(VIEWS / "overview.py", title="Overview", icon=":material/bar_chart:", default=True),
    st.Page(VIEWS / "commitments.py", title="Commitments", icon=":material/table:"),
    st.Page(VIEWS / "article.py", title="Article", icon=":material/article:"),
    st.Page(VIEWS / "review.py", title="Review", icon=":material/rate_review:"),
]
if not settings.read_only:
    pages.append(st.Page(VIEWS / "upload.py", title="Upload", icon=":material/upload:"))
page = st.navigation(pages)

names = widgets.actor_names(db)
filters = widgets.sidebar_filters(db, names)
st.session_state[widgets.FILTER_KEY] = filters

st.sidebar.header("Export (current filters)")
st.sidebar.download_button(
    "Commitments CSV",
    data=lambda: "".join(commitments_csv(db, filters, bom=True)).encode("utf-8"),
    file_name="commitments.csv",
    mime="text/csv",
    on_click="ignore",
    key="download_commitments",
)
st.sidebar.download_button(
    "Totals by donor × category CSV",
    data=lambda: "".join(totals_csv(db, filters, bom=True)).encode("utf-8"),
    file_name="totals-by-donor-category.csv",
    mime="text/csv",
    on_click="ignore",
    key="download_totals",
)
if settings.read_only:
    st.sidebar.info("Read-only: this deployment does not accept edits.")
else:
    st.sidebar.text_input(
        "Your name (recorded with every edit)", value=settings.editor or "", key=widgets.EDITOR_KEY
    )

page.run()
