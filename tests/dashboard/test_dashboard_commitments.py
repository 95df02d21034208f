"""Commitments and Article pages: the table, its search, and the escaped article view."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import Engine
from streamlit.testing.v1 import AppTest

from dashboard.widgets import highlighted
from tracker.domain import ArticleIn, Category
from tracker.services import ingest_article
from tracker.storage import repository
from tracker.storage.db import session_scope
from tracker.storage.repository import COUNTED_REVIEW_STATES, CommitmentFilter, Reading

OpenPage = Callable[[AppTest, str], AppTest]


def test_dashboard_commitments_table_lists_the_filtered_rows_with_sources(
    app: AppTest, engine: Engine, open_page: OpenPage
) -> None:
    with session_scope(engine) as session:
        expected = repository.list_commitments(
            session, CommitmentFilter(review_states=COUNTED_REVIEW_STATES)
        )
    table = open_page(app, "commitments").dataframe[0].value
    assert list(table["id"]) == [row.id for row in expected]
    sourced = next(row for row in expected if row.outlet)
    shown = table.set_index("id").loc[sourced.id]
    assert shown["outlet"] == sourced.outlet
    assert shown["evidence"] == sourced.evidence
    assert shown["article"] == f"article?id={sourced.article_id}"
    assert "France (FRA)" in set(table["donor"])

    app.text_input(key="search").input("Mistral").run()
    searched = app.dataframe[0].value
    assert list(searched["donor"]) == ["France (FRA)"]
    assert "Mistral" in searched.iloc[0]["evidence"]


def test_dashboard_article_view_highlights_evidence_and_escapes_html(
    app: AppTest, engine: Engine, open_page: OpenPage, make_mention: Callable[..., object]
) -> None:
    text = 'Intro <script>alert("x")</script> & more.\nGermany will supply <b>IRIS-T</b>.'
    evidence = "Germany will supply <b>IRIS-T</b>."
    start = text.index(evidence)
    mention = make_mention(
        evidence=evidence, evidence_start=start, evidence_end=start + len(evidence)
    )

    class Fixed:
        version = "test"

        def extract(self, _text: str, _published: date | None = None) -> list[object]:
            return [mention]

    stored = ingest_article(
        engine,
        ArticleIn(file_name="hostile.txt", text=text, published=date(2025, 1, 2)),
        Fixed(),  # type: ignore[arg-type]
    )
    app.query_params["id"] = str(stored.article_id)
    open_page(app, "article")
    (view,) = app.get("html")
    body = view.proto.body
    assert "<script>" not in body and "<b>" not in body
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more." in body
    assert "Germany will supply &lt;b&gt;IRIS-T&lt;/b&gt;.</mark>" in body


def test_dashboard_highlighted_merges_overlapping_evidence() -> None:
    def reading(start: int, end: int, donor: str) -> Reading:
        return Reading(
            mention_id=1,
            commitment_id=1,
            review_state=None,
            version=None,
            evidence="x",
            evidence_start=start,
            evidence_end=end,
            donor=donor,
            recipient="UKR",
            category=Category.ARMORED_VEHICLES,
            extractor_version="t",
        )

    html = highlighted("aa bb cc", [reading(3, 5, "DEU"), reading(0, 5, "FRA")], {})
    assert html.count("<mark") == 1
    assert (
        '<mark title="#1 FRA → armored_vehicles; #1 DEU → armored_vehicles">aa bb</mark> cc' in html
    )
