"""Shared fixtures: every database test runs on SQLite and on PostgreSQL.

PostgreSQL comes from TRACKER_TEST_POSTGRES_URL (a superuser URL; `scripts/test.sh`
starts a throwaway server and sets it). Without it the PostgreSQL cases skip, except
under CI=true, where they fail: a green CI run must have exercised both backends.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, make_url
from sqlalchemy.pool import NullPool

from tracker.domain import Mention
from tracker.storage import migrate
from tracker.storage.db import make_engine

POSTGRES_ENV = "TRACKER_TEST_POSTGRES_URL"


def _fresh_postgres_database(admin_url: str) -> Iterator[str]:
    """A new, empty database for one test, dropped afterwards."""
    name = f"tracker_test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty database, once per backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'tracker.db'}"
        return
    admin_url = os.environ.get(POSTGRES_ENV)
    if not admin_url:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true but {POSTGRES_ENV} is not set: PostgreSQL tests cannot run")
        pytest.skip(f"{POSTGRES_ENV} is not set")
    yield from _fresh_postgres_database(admin_url)


@pytest.fixture
def migrated_engine(database_url: str) -> Iterator[Engine]:
    """An engine on a database upgraded to head, as the application opens it."""
    migrate.upgrade(database_url)
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


def _mention(**overrides: object) -> Mention:
    values: dict[str, object] = {
        "donor": "DEU",
        "recipient": "UKR",
        "category": "air_defense",
        "item": "IRIS-T air defence systems",
        "quantity": 2,
        "value_amount": None,
        "value_currency": None,
        "status": "pledged",
        "announced_on": date(2024, 11, 25),
        "delivery": "by 2025",
        "evidence": "Germany will supply Ukraine with two IRIS-T systems by 2025.",
        "evidence_start": 0,
        "evidence_end": 61,
        "confidence": 0.8,
    }
    values.update(overrides)
    return Mention.model_validate(values)


@pytest.fixture
def make_mention() -> Callable[..., Mention]:
    """Builds a valid mention (Germany pledges IRIS-T to Ukraine), fields overridden."""
    return _mention
