"""Re-extraction: only `auto` commitments follow the extractor; editors' work stays."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import Engine

from tracker.domain import ArticleIn, CommitmentFields, Mention, ReviewState
from tracker.services import (
    ReextractResult,
    add_manual_commitment,
    correct_commitment,
    ingest_article,
    reextract,
    set_review_state,
)
from tracker.storage import repository
from tracker.storage.db import session_scope

TEXT = "Germany will supply Ukraine with two IRIS-T systems by 2025. France sends tanks."


class Canned:
    def __init__(self, mentions: list[Mention], version: str = "rules-1") -> None:
        self.mentions = mentions
        self.version = version

    def extract(self, text: str, published: date | None = None) -> list[Mention]:
        return self.mentions


def _by_id(engine: Engine) -> dict[int, repository.CommitmentRow]:
    with session_scope(engine) as session:
        return {row.id: row for row in repository.list_commitments(session)}


def test_reextract_keeps_reviewed_and_refreshes_auto(
    migrated_engine: Engine, make_mention: Callable[..., Mention]
) -> None:
    iris = make_mention()
    tanks = make_mention(donor="FRA", category="armored_vehicles", evidence="France sends tanks.")
    drones = make_mention(donor="POL", category="drones", evidence="Poland adds drones.")
    gone = make_mention(donor="GBR", category="missiles", evidence="Britain: missiles.")
    article = ingest_article(
        migrated_engine,
        ArticleIn(file_name="a.txt", text=TEXT, published=date(2024, 11, 27)),
        Canned([iris, tanks, drones, gone]),
    )
    ids = {row.donor: row.id for row in _by_id(migrated_engine).values()}
    correct_commitment(migrated_engine, ids["DEU"], 1, {"quantity": 5}, editor="ed")
    set_review_state(migrated_engine, ids["FRA"], 1, ReviewState.REJECTED, editor="ed")
    manual = add_manual_commitment(
        migrated_engine,
        CommitmentFields(donor="NLD", recipient="UKR", category="aircraft", status="pledged"),
        editor="ed",
        evidence="Germany will supply",
        article_id=article.article_id,
    )
    before = _by_id(migrated_engine)

    # New rules: every reading changes its quantity, Britain's is no longer found,
    # and Norway's is new.
    new_rules = Canned(
        [
            iris.model_copy(update={"quantity": 9}),
            tanks.model_copy(update={"quantity": 9}),
            drones.model_copy(update={"quantity": 9}),
            make_mention(donor="NOR", category="naval", evidence="Norway gives boats."),
            make_mention(donor="NLD", recipient="UKR", category="aircraft",
                         evidence="Germany will supply"),
        ],
        version="rules-2",
    )  # fmt: skip
    result = reextract(migrated_engine, new_rules)

    assert result == ReextractResult(articles=1, added=1, updated=1, removed=1, unchanged=0, kept=3)
    after = _by_id(migrated_engine)
    for kept in (ids["DEU"], ids["FRA"], manual.id):  # edited, rejected, manual: untouched
        assert after[kept] == before[kept]
    assert (after[ids["DEU"]].quantity, after[ids["DEU"]].review_state) == (5, ReviewState.EDITED)
    assert after[ids["FRA"]].review_state is ReviewState.REJECTED
    assert after[ids["POL"]].quantity == 9  # auto: follows the new rules, same id
    assert after[ids["POL"]].version == 2  # an editor holding version 1 gets a conflict
    assert ids["GBR"] not in after  # auto and no longer found: removed
    new = {row.donor for row in after.values()} - {row.donor for row in before.values()}
    assert new == {"NOR"}  # Norway added; Germany, France, Netherlands not duplicated
    with session_scope(migrated_engine) as session:
        readings = repository.article_readings(session, article.article_id)
    assert sorted(r.extractor_version for r in readings) == [
        "manual", "rules-1", "rules-1", "rules-2", "rules-2"
    ]  # fmt: skip

    assert reextract(migrated_engine, new_rules) == ReextractResult(
        articles=1, unchanged=2, kept=3
    )  # a second run changes nothing


def test_reextract_of_confirmed_record_keeps_it_confirmed(
    migrated_engine: Engine, make_mention: Callable[..., Mention]
) -> None:
    ingest_article(
        migrated_engine, ArticleIn(file_name="a.txt", text=TEXT), Canned([make_mention()])
    )
    set_review_state(migrated_engine, 1, 1, ReviewState.CONFIRMED, editor="ed")
    assert reextract(migrated_engine, Canned([])) == ReextractResult(articles=1, kept=1)
    (row,) = _by_id(migrated_engine).values()
    assert (row.id, row.review_state, row.version) == (1, ReviewState.CONFIRMED, 2)
