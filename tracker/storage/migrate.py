"""Schema migrations, run from code so an installed tracker needs no alembic.ini.

The migration scripts live in the checkout's top-level `alembic/`, and in an installed
wheel at `tracker/_alembic` (pyproject force-includes them there).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, make_url
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from tracker.errors import TrackerError
from tracker.storage import repository
from tracker.storage.db import make_engine
from tracker.storage.models import actor_rows

_PACKAGE = Path(__file__).resolve().parent.parent
SCRIPT_LOCATIONS = (_PACKAGE / "_alembic", _PACKAGE.parent / "alembic")


def script_location() -> Path:
    """The folder holding env.py: the installed copy first, else the checkout's."""
    for location in SCRIPT_LOCATIONS:
        if (location / "env.py").is_file():
            return location
    raise TrackerError(
        "migration scripts not found in " + " or ".join(str(p) for p in SCRIPT_LOCATIONS)
    )


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(script_location()))
    # Config values go through ConfigParser interpolation: escape a URL-encoded '%'.
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def migration_engine(url: str) -> Engine:
    """An engine for running migrations: SQLite foreign keys off (see `make_engine`)."""
    return make_engine(url, enforce_foreign_keys=False, poolclass=NullPool)


@contextmanager
def _migrating(url: str) -> Iterator[tuple[Config, Connection]]:
    """A config bound to one connection, all in one transaction (DDL is transactional
    on both SQLite and PostgreSQL, so a failed upgrade leaves the database as it was)."""
    engine = migration_engine(url)
    try:
        with engine.begin() as connection:
            config = alembic_config(url)
            config.attributes["connection"] = connection
            yield config, connection
    finally:
        engine.dispose()


def upgrade(url: str, revision: str = "head") -> None:
    """Migrate to `revision`; at head, also add countries a newer pycountry knows."""
    with _migrating(url) as (config, connection):
        command.upgrade(config, revision)
        if connection.dialect.name == "sqlite":
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise TrackerError(f"migration left rows with dangling foreign keys: {broken}")
        if revision == "head":
            with Session(bind=connection) as session:
                repository.sync_actors(session, actor_rows())


def downgrade(url: str, revision: str) -> None:
    with _migrating(url) as (config, _):
        command.downgrade(config, revision)


def check(url: str) -> None:
    """Fail when the models and the migrations disagree (`alembic check`).

    The database must be at head: autogenerate compares the models with it.
    """
    with _migrating(url) as (config, _):
        try:
            command.check(config)
        except CommandError as exc:
            raise TrackerError(f"{_display(url)}: {exc}") from exc


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config("")).get_heads()
    if len(heads) != 1:
        raise TrackerError(f"migrations have {len(heads)} heads {heads}; merge them")
    return heads[0]


def require_current(engine: Engine) -> None:
    """Raise, naming the fix, unless the database is migrated to this tracker's head.

    Called before serving a database so that a fresh or outdated file fails with
    "run `tracker db upgrade`" instead of "no such table" deep inside a query.
    """
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_heads()
    where = engine.url.render_as_string(hide_password=True)
    if not current:
        raise TrackerError(f"database at {where} is not initialised: run `tracker db upgrade`")
    head = head_revision()
    if current != (head,):
        raise TrackerError(
            f"database at {where} is at revision {', '.join(current)} but this tracker "
            f"needs {head}: run `tracker db upgrade`"
        )


def _display(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)
