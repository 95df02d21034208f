"""AppTest fixtures: the real dashboard script on a copy of the seeded database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import streamlit as st
from sqlalchemy import Engine
from streamlit.testing.v1 import AppTest

from tracker.storage.db import make_engine

APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"


@pytest.fixture(autouse=True)
def _fresh_streamlit_caches() -> Iterator[None]:
    """Cached engines outlive an AppTest within one pytest process: start clean."""
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_resource.clear()


@pytest.fixture
def engine(seeded_url: str) -> Iterator[Engine]:
    """The test's own connection to the dashboard's database (a second "user")."""
    created = make_engine(seeded_url)
    yield created
    created.dispose()


@pytest.fixture
def app(seeded_url: str) -> AppTest:
    """The dashboard after its first run (the Overview page)."""
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    return at


def _open(at: AppTest, page: str) -> AppTest:
    at.switch_page(f"views/{page}.py").run()
    assert not at.exception, at.exception
    return at


@pytest.fixture
def open_page() -> Callable[[AppTest, str], AppTest]:
    """`open_page(at, "review")`: switch to a page and run it, failing on an exception."""
    return _open
