"""Shared fixtures: every database test runs on SQLite and on PostgreSQL.

PostgreSQL comes from TRACKER_TEST_POSTGRES_URL (a superuser URL; `scripts/test.sh`
starts a throwaway server and sets it). Without it the PostgreSQL cases skip, except
under CI=true, where they fail: a green CI run must have exercised both backends.
"""

from __future__ import annotations

import os
import shutil
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


SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file holding the seeds as `tracker ingest` stores them (the real
    extractor); built once per run, copied by `seeded_url` for each test."""
    from tracker.errors import InputError
    from tracker.extraction import default_extractor
    from tracker.services import ingest_article
    from tracker.sources import read_articles

    path = tmp_path_factory.mktemp("seeded") / "tracker.db"
    url = f"sqlite:///{path}"
    migrate.upgrade(url)
    engine = make_engine(url)
    try:
        for article in read_articles([SEEDS], SEEDS / "manifest.csv"):
            assert not isinstance(article, InputError), article
            ingest_article(engine, article, default_extractor())
    finally:
        engine.dispose()  # the last connection checkpoints the WAL into the file
    return path


@pytest.fixture
def seeded_url(seeded_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A private copy of the seeded database, set as the dashboard's TRACKER_DATABASE_URL."""
    path = tmp_path / "seeded.db"
    shutil.copyfile(seeded_template, path)
    url = f"sqlite:///{path}"
    monkeypatch.setenv("TRACKER_DATABASE_URL", url)
    monkeypatch.setenv("TRACKER_EDITOR", "Test Editor")
    monkeypatch.delenv("TRACKER_READ_ONLY", raising=False)
    return url
