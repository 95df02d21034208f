"""Use cases that join extraction and storage, one transaction each.

The CLI and the dashboard call these rather than the repository when they write, so
every write path has the same rules: an article is stored with all its mentions or
not at all, and every editor change is versioned and audited.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any, Literal, Protocol

from pydantic import BaseModel
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tracker.domain import ArticleIn, Commitment, CommitmentFields, Edit, Mention, ReviewState
from tracker.errors import EditConflict, TrackerError
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
) -> Commitment:
    """A commitment an editor typed in; its audit rows record every field it was given."""
    _require_editor(editor)
    with session_scope(engine) as session:
        created = repository.add_commitment(
            session, fields, review_state=ReviewState.MANUAL, confidence=1.0, evidence=evidence
        )
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
