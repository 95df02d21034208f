"""The migrations build the schema the models describe, and can go down and up again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pycountry
import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, delete, func, inspect, select

from tracker.domain import ArticleIn, Mention
from tracker.errors import TrackerError
from tracker.services import ingest_article
from tracker.storage import migrate, repository
from tracker.storage.db import make_engine, session_scope
from tracker.storage.models import ActorRecord, Base

TABLES = {"actors", "articles", "mentions", "commitments", "edits"}


def test_migrations_have_a_single_head() -> None:
    heads = ScriptDirectory.from_config(migrate.alembic_config("sqlite://")).get_heads()
    assert len(heads) == 1
    assert migrate.head_revision() == heads[0]


def test_migrations_match_models(database_url: str) -> None:
    migrate.upgrade(database_url)
    migrate.check(database_url)  # raises TrackerError on any drift
    engine = make_engine(database_url)
    try:
        assert set(inspect(engine).get_table_names()) >= TABLES
        assert set(Base.metadata.tables) == TABLES
    finally:
        engine.dispose()


def test_migrations_check_fails_before_upgrade(database_url: str) -> None:
    with pytest.raises(TrackerError, match="not up to date"):
        migrate.check(database_url)


def test_migrations_seed_every_country_and_organisation(migrated_engine: Engine) -> None:
    with session_scope(migrated_engine) as session:
        actors = {a.code: a for a in repository.list_actors(session)}
    assert len(actors) == len(pycountry.countries) + 3
    assert actors["TWN"].name == "Taiwan"  # pycountry's common_name
    assert actors["RUS"].name == "Russian Federation"
    assert actors["EU"].kind == "organisation"
    assert actors["NATO"].kind == "organisation"
    assert actors["UNSPECIFIED"].kind == "unspecified"


def test_migrations_downgrade_to_base_and_upgrade_again(database_url: str) -> None:
    migrate.upgrade(database_url)
    migrate.downgrade(database_url, "base")
    engine = make_engine(database_url)
    try:
        assert not TABLES & set(inspect(engine).get_table_names())
        migrate.upgrade(database_url)
        assert set(inspect(engine).get_table_names()) >= TABLES
        migrate.require_current(engine)
    finally:
        engine.dispose()


def test_migrations_upgrade_keeps_rows_and_restores_missing_actors(
    migrated_engine: Engine, make_mention: Callable[..., Mention]
) -> None:
    @dataclass
    class Extractor:
        version: str = "test"

        def extract(self, text: str, published: date | None = None) -> list[Mention]:
            return [make_mention()]

    article = ArticleIn(file_name="a.txt", text="Germany will supply Ukraine.")
    assert ingest_article(migrated_engine, article, Extractor()).status == "new"
    with session_scope(migrated_engine) as session:
        session.execute(delete(ActorRecord).where(ActorRecord.code == "ATA"))
        before = (repository.counts(session), repository.list_commitments(session))
    assert before[0].commitments == 1

    migrate.upgrade(migrated_engine.url.render_as_string(hide_password=False))

    with session_scope(migrated_engine) as session:
        assert (repository.counts(session), repository.list_commitments(session)) == before
        restored = session.scalar(
            select(func.count()).select_from(ActorRecord).where(ActorRecord.code == "ATA")
        )
    assert restored == 1


def test_require_current_names_the_fix_on_an_empty_database(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        with pytest.raises(TrackerError, match=r"not initialised: run `tracker db upgrade`"):
            migrate.require_current(engine)
    finally:
        engine.dispose()


def test_require_current_rejects_an_outdated_database(database_url: str) -> None:
    migrate.upgrade(database_url)
    engine = make_engine(database_url)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("UPDATE alembic_version SET version_num = 'old'")
        with pytest.raises(TrackerError, match="at revision old"):
            migrate.require_current(engine)
    finally:
        engine.dispose()
