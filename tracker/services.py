"""Use cases that join extraction and storage, one transaction each.

The CLI and the dashboard call these rather than the repository when they write, so
every write path has the same rules: an article is stored with all its mentions or
not at all, and every editor change is versioned and audited.
"""

from __future__ import annotations

import tempfile
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal, Protocol

from pydantic import BaseModel, Field
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tracker.domain import ArticleIn, Commitment, CommitmentFields, Edit, Mention, ReviewState
from tracker.errors import EditConflict, InputError, TrackerError
from tracker.sources import ManifestEntry, read_article
from tracker.storage import repository
from tracker.storage.db import session_scope
from tracker.storage.models import utcnow


class ArticleExtractor(Protocol):
    """What ingest needs of `tracker.extraction.Extractor` (tests pass a fake)."""

    @property
    def version(self) -> str: ...

    def extract(self, text: str, published: date | None = None) -> list[Mention]: ...


class IngestResult(BaseModel):
    """`unchanged`: the same text was already stored and nothing was written.

    `mentions` and `commitments` count what the database holds for the article.
    """

    status: Literal["new", "unchanged"]
    article_id: int
    mentions: int
    commitments: int


def ingest_article(engine: Engine, article: ArticleIn, extractor: ArticleExtractor) -> IngestResult:
    """Store an article, its mentions and their commitments, all or nothing."""
    try:
        with session_scope(engine) as session:
            existing = repository.find_article_by_hash(session, article.content_hash)
            if existing is not None:
                mentions, commitments = repository.article_totals(session, existing.id)
                return IngestResult(
                    status="unchanged",
                    article_id=existing.id,
                    mentions=mentions,
                    commitments=commitments,
                )
            mentions_found = extractor.extract(article.text, article.published)
            stored = repository.add_article(session, article)
            mention_ids = repository.add_mentions(
                session, stored.id, mentions_found, extractor.version
            )
            commitment_ids = repository.create_commitments_from_mentions(session, mention_ids)
            return IngestResult(
                status="new",
                article_id=stored.id,
                mentions=len(mention_ids),
                commitments=len(commitment_ids),
            )
    except IntegrityError:
        # Another process stored the same text between our check and our insert.
        with session_scope(engine) as session:
            existing = repository.find_article_by_hash(session, article.content_hash)
            if existing is None:
                raise
            mentions, commitments = repository.article_totals(session, existing.id)
        return IngestResult(
            status="unchanged", article_id=existing.id, mentions=mentions, commitments=commitments
        )


def ingest_upload(
    engine: Engine,
    file_name: str,
    content: bytes,
    entry: ManifestEntry,
    extractor: ArticleExtractor,
) -> IngestResult:
    """Ingest a file sent from the browser exactly as `tracker ingest` reads one from disk.

    The bytes go through `tracker.sources.read_article` (same decoding, HTML
    extraction and error messages) under the file's own base name.
    """
    name = Path(file_name).name
    if not name:
        raise InputError(file_name, "the upload has no file name")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(content)
        article = read_article(path, entry)
    return ingest_article(engine, article, extractor)


class ReextractResult(BaseModel):
    """What re-extraction did to the `auto` commitments, and how many it left alone."""

    articles: int = 0
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    kept: int = Field(default=0, description="commitments an editor reviewed, left untouched")


def reextract(
    engine: Engine, extractor: ArticleExtractor, article_ids: list[int] | None = None
) -> ReextractResult:
    """Run `extractor` again over stored articles (all by default), one transaction each.

    Only `auto` commitments follow the extractor: one the extractor reads again keeps its
    id and takes the new values, one it no longer finds is removed, and new readings
    become new `auto` commitments. Confirmed, edited, rejected and manual commitments
    keep their values and state, and a new reading of the same sentence, donor,
    recipient and category as one of theirs is dropped, so a rejected record does not
    come back as `auto`.
    """
    result = ReextractResult()
    if article_ids is None:
        with session_scope(engine) as session:
            article_ids = repository.list_article_ids(session)
    for article_id in article_ids:
        with session_scope(engine) as session:
            _reextract_article(session, article_id, extractor, result)
        result.articles += 1
    return result


_Key = tuple[str, str, str, str]


def _reading_key(reading: repository.Reading | Mention) -> _Key:
    """What makes two readings the same: sentence, donor, recipient and category."""
    return (" ".join(reading.evidence.split()), reading.donor, reading.recipient, reading.category)


def _reextract_article(
    session: Session, article_id: int, extractor: ArticleExtractor, result: ReextractResult
) -> None:
    article = repository.get_article(session, article_id)
    auto: dict[_Key, tuple[int, repository.Reading]] = {}
    stale: list[repository.Reading] = []  # duplicates and readings without a commitment
    reviewed: set[_Key] = set()
    kept: set[int] = set()
    for reading in repository.article_readings(session, article_id, lock=True):
        key = _reading_key(reading)
        if reading.review_state is None or reading.commitment_id is None:
            stale.append(reading)
        elif reading.review_state is not ReviewState.AUTO:
            reviewed.add(key)
            kept.add(reading.commitment_id)
        elif key in auto:
            stale.append(reading)
        else:
            auto[key] = (reading.commitment_id, reading)
    result.kept += len(kept)
    fresh: list[Mention] = []
    for mention in extractor.extract(article.text, article.published):
        key = _reading_key(mention)
        if key in reviewed:
            continue
        match = auto.pop(key, None)
        if match is None:
            fresh.append(mention)
        elif _refresh(session, *match, mention, extractor.version):
            result.updated += 1
        else:
            result.unchanged += 1
    gone = [*(reading for _, reading in auto.values()), *stale]
    if gone:
        repository.delete_auto_readings(
            session,
            [r.mention_id for r in gone],
            [r.commitment_id for r in gone if r.commitment_id is not None],
        )
        result.removed += len({r.commitment_id for r in gone if r.commitment_id is not None})
    if fresh:
        mention_ids = repository.add_mentions(session, article_id, fresh, extractor.version)
        result.added += len(repository.create_commitments_from_mentions(session, mention_ids))


def _refresh(
    session: Session,
    commitment_id: int,
    reading: repository.Reading,
    mention: Mention,
    extractor_version: str,
) -> bool:
    """Give an `auto` commitment the extractor's new reading; False if its values stay.

    The versioned update makes an editor who loaded the old values get a conflict
    rather than overwrite the new ones unseen.
    """
    current = repository.get_commitment(session, commitment_id)
    new = {
        **repository.column_values(mention),
        "evidence": mention.evidence,
        "confidence": mention.confidence,
    }
    old = {
        **repository.column_values(current),
        "evidence": current.evidence,
        "confidence": current.confidence,
    }
    if old == new and reading.extractor_version == extractor_version:
        return False
    repository.update_mention(session, reading.mention_id, mention, extractor_version)
    if old != new:
        _update(session, current, current.version, new)
    return old != new


def correct_commitment(
    engine: Engine,
    commitment_id: int,
    expected_version: int,
    changes: dict[str, Any],
    editor: str,
    note: str | None = None,
) -> Commitment:
    """Apply an editor's changes to the fields of `CommitmentFields`.

    Raises EditConflict when the commitment moved past `expected_version` (the
    version the editor's form was loaded at), and pydantic's ValidationError when
    the merged fields are invalid. A manual commitment stays `manual`; any other
    becomes `edited`, which protects it from re-extraction.
    """
    _require_editor(editor)
    unknown = set(changes) - set(repository.FIELD_NAMES)
    if unknown:
        raise TrackerError(f"not editable: {', '.join(sorted(unknown))}")
    with session_scope(engine) as session:
        current = repository.get_commitment(session, commitment_id)
        merged = CommitmentFields.model_validate(
            {**current.model_dump(include=set(repository.FIELD_NAMES)), **changes}
        )
        old = repository.column_values(current)
        new = repository.column_values(merged)
        changed = [name for name in repository.FIELD_NAMES if old[name] != new[name]]
        if not changed:
            _require_version(current, expected_version)
            return current
        manual = current.review_state is ReviewState.MANUAL
        state = ReviewState.MANUAL if manual else ReviewState.EDITED
        _update(session, current, expected_version, {**new, "review_state": state.value})
        repository.add_edits(
            session,
            [_edit(commitment_id, name, old[name], new[name], editor, note) for name in changed],
        )
        return repository.get_commitment(session, commitment_id)


def set_review_state(
    engine: Engine,
    commitment_id: int,
    expected_version: int,
    state: Literal[ReviewState.CONFIRMED, ReviewState.REJECTED],
    editor: str,
    note: str | None = None,
) -> Commitment:
    """Confirm or reject a commitment; audited like a field change."""
    _require_editor(editor)
    if state not in (ReviewState.CONFIRMED, ReviewState.REJECTED):
        raise TrackerError(f"a reviewer can confirm or reject, not set {state!r}")
    with session_scope(engine) as session:
        current = repository.get_commitment(session, commitment_id)
        _update(session, current, expected_version, {"review_state": state.value})
        repository.add_edits(
            session,
            [_edit(commitment_id, "review_state", current.review_state, state, editor, note)],
        )
        return repository.get_commitment(session, commitment_id)


def add_manual_commitment(
    engine: Engine,
    fields: CommitmentFields,
    editor: str,
    evidence: str | None = None,
    note: str | None = None,
    article_id: int | None = None,
) -> Commitment:
    """A commitment an editor typed in, for the article it was missed in if given; its
    audit rows record every field it was given."""
    _require_editor(editor)
    with session_scope(engine) as session:
        created = repository.add_commitment(
            session, fields, review_state=ReviewState.MANUAL, confidence=1.0, evidence=evidence
        )
        if article_id is not None:
            repository.add_manual_reading(session, article_id, created.id, fields, evidence)
        values = repository.column_values(fields)
        repository.add_edits(
            session,
            [
                _edit(created.id, name, None, value, editor, note)
                for name, value in values.items()
                if value is not None
            ],
        )
        return created


def _require_editor(editor: str) -> None:
    if not editor.strip():
        raise TrackerError("an editor name is required: every change is audited")


def _require_version(current: Commitment, expected_version: int) -> None:
    if current.version != expected_version:
        raise EditConflict(current.id, expected_version, current.version)


def _update(
    session: Session, current: Commitment, expected_version: int, values: dict[str, Any]
) -> None:
    """Write `values` if nobody changed the commitment since `expected_version`.

    The early comparison gives a clear error; the versioned UPDATE closes the race
    between reading `current` and writing.
    """
    _require_version(current, expected_version)
    if not repository.update_commitment(session, current.id, expected_version, values):
        latest = repository.get_commitment(session, current.id)
        raise EditConflict(current.id, expected_version, latest.version)


def _edit(
    commitment_id: int, field: str, old: Any, new: Any, editor: str, note: str | None
) -> Edit:
    return Edit(
        commitment_id=commitment_id,
        field=field,
        old_value=_text(old),
        new_value=_text(new),
        editor=editor,
        edited_at=utcnow(),
        note=note,
    )


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
