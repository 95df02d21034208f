"""Engine set-up: SQLite is made safe for several processes; transactions are atomic."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from tracker.domain import ArticleIn
from tracker.storage import repository
from tracker.storage.db import BUSY_TIMEOUT_SECONDS, make_engine, session_scope
from tracker.storage.models import ArticleRecord


def test_db_sqlite_connections_use_wal_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 't.db'}")
    try:
        with engine.connect() as connection:
            pragma = connection.exec_driver_sql
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_SECONDS * 1000
    finally:
        engine.dispose()


def test_db_sqlite_migration_engine_leaves_foreign_keys_off(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 't.db'}", enforce_foreign_keys=False)
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 0
    finally:
        engine.dispose()


def test_db_sqlite_transactions_take_the_write_lock_up_front(tmp_path: Path) -> None:
    """BEGIN IMMEDIATE: an open transaction holds the write lock before it writes, so a
    second writer waits at its BEGIN instead of failing after its first read."""
    path = tmp_path / "t.db"
    engine = make_engine(f"sqlite:///{path}")
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        with engine.begin(), pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again once the transaction ended
        other.execute("ROLLBACK")
    finally:
        other.close()
        engine.dispose()


def test_db_session_scope_rolls_back_on_error(migrated_engine: Engine) -> None:
    with pytest.raises(RuntimeError), session_scope(migrated_engine) as session:
        repository.add_article(session, ArticleIn(file_name="a.txt", text="body"))
        raise RuntimeError("boom")
    with session_scope(migrated_engine) as session:
        assert session.scalar(select(func.count()).select_from(ArticleRecord)) == 0


def test_db_session_scope_commits(migrated_engine: Engine) -> None:
    with session_scope(migrated_engine) as session:
        stored = repository.add_article(session, ArticleIn(file_name="a.txt", text="body"))
    with session_scope(migrated_engine) as session:
        assert repository.find_article_by_hash(session, stored.content_hash) == stored
