"""Review, Article (add) and Upload pages: every write goes through the services,
is validated, audited, version-checked, and refused in read-only mode."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import Engine
from streamlit.testing.v1 import AppTest

from tracker.domain import ReviewState
from tracker.services import correct_commitment
from tracker.storage import repository
from tracker.storage.db import session_scope
from tracker.storage.repository import CommitmentFilter, CommitmentOrder

OpenPage = Callable[[AppTest, str], AppTest]


def _queue(engine: Engine) -> list[repository.CommitmentRow]:
    with session_scope(engine) as session:
        return repository.list_commitments(
            session,
            CommitmentFilter(review_states=frozenset({ReviewState.AUTO})),
            order=CommitmentOrder.LEAST_CONFIDENT,
        )


def _stored(engine: Engine, commitment_id: int) -> tuple[repository.Commitment, list[str]]:
    with session_scope(engine) as session:
        edits = repository.list_edits(session, commitment_id)
        return repository.get_commitment(session, commitment_id), [
            f"{e.field}:{e.old_value}->{e.new_value} by {e.editor} ({e.note})" for e in edits
        ]


def test_dashboard_review_queue_starts_with_the_least_confident(
    app: AppTest, engine: Engine, open_page: OpenPage
) -> None:
    open_page(app, "review")
    queue = _queue(engine)
    assert app.selectbox(key="review_id").options[0].startswith(f"#{queue[0].id} ·")
    assert app.selectbox(key="review_id").value == queue[0].id
    assert queue[0].confidence == min(row.confidence for row in queue)


def test_dashboard_review_form_saves_and_writes_audit_rows(
    app: AppTest, engine: Engine, open_page: OpenPage
) -> None:
    open_page(app, "review")
    target = app.selectbox(key="review_id").value
    prefix = f"edit:{target}:1"
    app.text_input(key=f"{prefix}:quantity").input("12")
    app.text_input(key=f"{prefix}:value_amount").input("1500000")
    app.text_input(key=f"{prefix}:value_currency").input("eur")
    app.text_input(key=f"{prefix}:note").input("figures from the ministry")
    app.button(key="FormSubmitter:" + prefix + "-Save corrections").click().run()
    assert not app.exception and not app.error
    assert app.success[0].value == f"Saved #{target} (version 2)."

    stored, edits = _stored(engine, target)
    assert (stored.quantity, str(stored.value_amount), stored.value_currency) == (
        12,
        "1500000.00",
        "EUR",
    )
    assert stored.review_state is ReviewState.EDITED and stored.version == 2
    assert sorted(edits) == [
        "quantity:None->12 by Test Editor (figures from the ministry)",
        "value_amount:None->1500000 by Test Editor (figures from the ministry)",
        "value_currency:None->EUR by Test Editor (figures from the ministry)",
    ]
    assert app.selectbox(key="review_id").value != target  # the queue moved on
    app.radio(key="review_scope").set_value("All matching the filters").run()
    app.selectbox(key="review_id").set_value(target).run()
    history = app.dataframe[-1].value
    assert set(history["field"]) == {"quantity", "value_amount", "value_currency"}
    assert set(history["editor"]) == {"Test Editor"}


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("quantity", "twelve", "Quantity: Input should be a valid integer"),
        ("quantity", "-3", "Quantity: Input should be greater than or equal to 0"),
        ("value_amount", "lots", "Value: Input should be a valid decimal"),
        ("value_currency", "EURO", "Currency: String should match pattern"),
        ("value_amount", "100", "Record: Value error, value_amount and value_currency go"),
    ],
)
def test_dashboard_review_form_refuses_invalid_input(
    app: AppTest, engine: Engine, open_page: OpenPage, field: str, value: str, message: str
) -> None:
    open_page(app, "review")
    target = app.selectbox(key="review_id").value
    prefix = f"edit:{target}:1"
    app.text_input(key=f"{prefix}:{field}").input(value)
    app.button(key="FormSubmitter:" + prefix + "-Save corrections").click().run()
    assert any(e.value.startswith(message) for e in app.error), [e.value for e in app.error]
    stored, edits = _stored(engine, target)
    assert (stored.version, edits) == (1, [])


def test_dashboard_review_conflict_is_reported_not_overwritten(
    app: AppTest, engine: Engine, open_page: OpenPage
) -> None:
    open_page(app, "review")
    target = app.selectbox(key="review_id").value
    prefix = f"edit:{target}:1"
    # A second editor saves while the first one's form is open at version 1.
    correct_commitment(engine, target, 1, {"quantity": 7}, editor="Other Editor")

    app.text_input(key=f"{prefix}:quantity").input("12")
    app.button(key="FormSubmitter:" + prefix + "-Save corrections").click().run()
    assert any("changed by someone else" in e.value for e in app.error)
    assert any("Someone changed this record" in w.value for w in app.warning)
    stored, edits = _stored(engine, target)
    assert (stored.quantity, stored.version) == (7, 2)
    assert edits == ["quantity:None->7 by Other Editor (None)"]

    app.button(key=f"reload:{target}").click().run()
    assert app.text_input(key=f"edit:{target}:2:quantity").value == "7"


@pytest.mark.parametrize(
    ("button", "state"), [("confirm", ReviewState.CONFIRMED), ("reject", ReviewState.REJECTED)]
)
def test_dashboard_review_confirm_and_reject(
    app: AppTest, engine: Engine, open_page: OpenPage, button: str, state: ReviewState
) -> None:
    open_page(app, "review")
    target = app.selectbox(key="review_id").value
    app.button(key=f"{button}:{target}").click().run()
    stored, edits = _stored(engine, target)
    assert stored.review_state is state
    assert edits == [f"review_state:auto->{state.value} by Test Editor (None)"]
    assert target not in app.selectbox(key="review_id").options  # left the queue


def test_dashboard_review_needs_an_editor_name(
    app: AppTest, engine: Engine, open_page: OpenPage
) -> None:
    app.text_input(key="editor_name").input("").run()
    open_page(app, "review")
    target = app.selectbox(key="review_id").value
    app.button(key=f"confirm:{target}").click().run()
    assert app.error[0].value.startswith("Enter your name in the sidebar")
    assert _stored(engine, target)[0].version == 1


def test_dashboard_article_adds_a_missed_commitment(
    app: AppTest, engine: Engine, open_page: OpenPage
) -> None:
    with session_scope(engine) as session:
        article = repository.list_articles(session)[0]
    app.query_params["id"] = str(article.id)
    open_page(app, "article")
    prefix = f"add:{article.id}"
    submit = "FormSubmitter:" + prefix + "-Add commitment"

    app.button(key=submit).click().run()  # nothing chosen: refused, field by field
    assert {e.value.split(":")[0] for e in app.error} >= {"Donor", "Recipient", "Category"}

    app.selectbox(key=f"{prefix}:donor").set_value("POL")
    app.selectbox(key=f"{prefix}:recipient").set_value("UKR")
    app.selectbox(key=f"{prefix}:category").set_value("training")
    app.selectbox(key=f"{prefix}:status").set_value("pledged")
    app.text_area(key=f"{prefix}:evidence").input(article_sentence := _first_line(engine))
    app.button(key=submit).click().run()
    assert not app.error, [e.value for e in app.error]

    with session_scope(engine) as session:
        readings = repository.article_readings(session, article.id)
        (manual,) = [r for r in readings if r.review_state is ReviewState.MANUAL]
        edits = repository.list_edits(session, manual.commitment_id or 0)
    assert (manual.donor, manual.category.value, manual.evidence) == (
        "POL",
        "training",
        article_sentence,
    )
    assert manual.evidence_end > manual.evidence_start  # found in the text: highlighted
    assert {e.editor for e in edits} == {"Test Editor"}
    assert app.success[0].value == f"Added commitment #{manual.commitment_id}."


def _first_line(engine: Engine) -> str:
    with session_scope(engine) as session:
        article = repository.list_articles(session)[0]
        return repository.get_article(session, article.id).text.splitlines()[0]


def test_dashboard_upload_ingests_into_the_review_queue(
    app: AppTest, engine: Engine, open_page: OpenPage
) -> None:
    before = {row.id for row in _queue(engine)}
    open_page(app, "upload")
    app.file_uploader[0].set_value(
        (
            "new.txt",
            b"Poland will supply Ukraine with 20 howitzers, the minister said.",
            "text/plain",
        )
    )
    app.text_input(key="upload:outlet").input("Example Times")
    app.text_input(key="upload:url").input("https://example.org/new")
    app.button(key="FormSubmitter:upload-Ingest").click().run()
    assert not app.error, [e.value for e in app.error]
    added = [row for row in _queue(engine) if row.id not in before]
    assert added and {row.file_name for row in added} == {"new.txt"}
    assert {(row.outlet, row.url) for row in added} == {
        ("Example Times", "https://example.org/new")
    }
    assert app.success[0].value == f"new.txt: {len(added)} commitments to review"


def test_dashboard_read_only_hides_every_edit(
    seeded_url: str, monkeypatch: pytest.MonkeyPatch, open_page: OpenPage
) -> None:
    monkeypatch.setenv("TRACKER_READ_ONLY", "true")
    at = AppTest.from_file(
        str(__import__("pathlib").Path(__file__).resolve().parents[2] / "dashboard" / "app.py"),
        default_timeout=60,
    ).run()
    assert not at.exception
    assert "Read-only" in at.sidebar.info[0].value
    assert not at.text_input  # no editor name
    with pytest.raises(ValueError, match="upload"):
        at.switch_page("views/upload.py")
    open_page(at, "review")
    assert not at.get("form") and not at.button
    assert at.info[0].value.startswith("Read-only deployment")
    open_page(at, "article")
    assert not at.get("form")
