"""Overview page: headline figures and charts follow the sidebar filters."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pandas as pd
import pyarrow as pa
from sqlalchemy import Engine
from streamlit.testing.v1 import AppTest

from tracker.storage import repository
from tracker.storage.db import session_scope
from tracker.storage.repository import COUNTED_REVIEW_STATES, CommitmentFilter

COUNTED = CommitmentFilter(review_states=COUNTED_REVIEW_STATES)


def _metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def _specs(at: AppTest) -> list[dict[str, Any]]:
    return [json.loads(chart.proto.spec) for chart in at.get("vega_lite_chart")]


def _chart_data(at: AppTest, index: int) -> pd.DataFrame:
    """The data a chart was sent with (Arrow IPC inside the Vega-Lite proto)."""
    (dataset,) = at.get("vega_lite_chart")[index].proto.datasets
    return pa.ipc.open_stream(dataset.data.data).read_pandas()


def _summary(engine: Engine, filters: CommitmentFilter) -> repository.Summary:
    with session_scope(engine) as session:
        return repository.summary(session, filters)


def test_dashboard_overview_headline_matches_the_database(app: AppTest, engine: Engine) -> None:
    expected = _summary(engine, COUNTED)
    assert expected.commitments > 5  # the seeds give a real picture
    metrics = _metrics(app)
    assert metrics["Commitments"] == str(expected.commitments)
    assert metrics["Donors"] == str(expected.donors)
    assert metrics["Recipients"] == str(expected.recipients)
    assert metrics["Total value"] == "37.0 M USD"  # Japan's $37 million, the only value


def test_dashboard_overview_draws_five_charts_with_country_names(
    app: AppTest, engine: Engine
) -> None:
    specs = _specs(app)
    assert len(specs) == 5
    encodings = [spec.get("encoding") or spec["layer"][0]["encoding"] for spec in specs]
    assert [e.get("color", {}).get("field") for e in encodings] == [
        "category",  # by donor, stacked by category
        None,  # by category
        "status",  # by month, pledged against delivered
        "status",  # per donor, pledged against delivered
        "amount",  # donor x category matrix
    ]
    by_donor = _chart_data(app, 0)
    assert {"France (FRA)", "Japan (JPN)"} <= set(by_donor["donor"])
    assert by_donor["amount"].sum() == _summary(engine, COUNTED).commitments


def test_dashboard_overview_filters_change_the_figures(app: AppTest, engine: Engine) -> None:
    app.multiselect(key="f_donor").select("FRA").run()
    france = _summary(engine, COUNTED.model_copy(update={"donors": frozenset({"FRA"})}))
    assert 0 < france.commitments < _summary(engine, COUNTED).commitments
    assert _metrics(app)["Commitments"] == str(france.commitments)
    assert _metrics(app)["Donors"] == "1"
    assert set(_chart_data(app, 0)["donor"]) == {"France (FRA)"}
    assert _chart_data(app, 3)["amount"].sum() == france.commitments

    app.multiselect(key="f_donor").unselect("FRA").run()
    app.date_input(key="f_from").set_value(date(2024, 11, 1)).run()
    recent = _summary(engine, COUNTED.model_copy(update={"date_from": date(2024, 11, 1)}))
    assert _metrics(app)["Commitments"] == str(recent.commitments)

    app.slider(key="f_conf").set_value(1.0).run()
    assert _metrics(app)["Commitments"] == "0"
    assert app.info[0].value == "No commitments match the filters."


def test_dashboard_overview_value_view_charts_one_currency(app: AppTest) -> None:
    app.radio(key="measure").set_value("Value").run()
    assert app.selectbox(key="currency").options == ["USD"]
    titles = json.dumps(_specs(app))
    assert "Value (USD)" in titles and "Number of commitments" not in titles
    by_donor = _chart_data(app, 0)
    assert by_donor.set_index("donor")["amount"].to_dict() == {"Japan (JPN)": 37_000_000.0}
