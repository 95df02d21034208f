"""Initial schema: actors (seeded), articles, mentions, commitments, edits.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from tracker.storage.models import actor_rows

revision: str = '0001'
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    actors = op.create_table('actors',
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.CheckConstraint("kind IN ('country', 'organisation', 'unspecified')", name=op.f('ck_actors_kind')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_actors'))
    )
    op.create_table('articles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('outlet', sa.String(length=200), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles')),
    sa.UniqueConstraint('content_hash', name=op.f('uq_articles_content_hash'))
    )
    op.create_index(op.f('ix_articles_published'), 'articles', ['published'])

    op.create_table('commitments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=True),
    sa.Column('review_state', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('donor', sa.String(length=16), nullable=False),
    sa.Column('recipient', sa.String(length=16), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('item', sa.Text(), nullable=True),
    sa.Column('quantity', sa.Integer(), nullable=True),
    sa.Column('value_amount', sa.Numeric(precision=20, scale=2), nullable=True),
    sa.Column('value_currency', sa.String(length=3), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('announced_on', sa.Date(), nullable=True),
    sa.Column('delivery', sa.Text(), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("category IN ('air_defense', 'artillery', 'ammunition', 'armored_vehicles', 'aircraft', 'drones', 'missiles', 'infantry_weapons', 'naval', 'electronics', 'training', 'defense_industry', 'support_equipment', 'unspecified', 'financial', 'humanitarian')", name=op.f('ck_commitments_category')),
    sa.CheckConstraint("review_state IN ('auto', 'confirmed', 'edited', 'rejected', 'manual')", name=op.f('ck_commitments_review_state')),
    sa.CheckConstraint("status IN ('pledged', 'delivered')", name=op.f('ck_commitments_status')),
    sa.CheckConstraint('(value_amount IS NULL) = (value_currency IS NULL)', name=op.f('ck_commitments_value_has_currency')),
    sa.CheckConstraint('confidence >= 0 AND confidence <= 1', name=op.f('ck_commitments_confidence_range')),
    sa.CheckConstraint('donor <> recipient', name=op.f('ck_commitments_donor_not_recipient')),
    sa.CheckConstraint('quantity IS NULL OR quantity >= 0', name=op.f('ck_commitments_quantity_not_negative')),
    sa.CheckConstraint('value_amount IS NULL OR value_amount >= 0', name=op.f('ck_commitments_value_not_negative')),
    sa.CheckConstraint('value_currency IS NULL OR (length(value_currency) = 3 AND upper(value_currency) = value_currency)', name=op.f('ck_commitments_currency_code')),
    sa.CheckConstraint('version >= 1', name=op.f('ck_commitments_version_positive')),
    sa.ForeignKeyConstraint(['donor'], ['actors.code'], name=op.f('fk_commitments_donor_actors')),
    sa.ForeignKeyConstraint(['recipient'], ['actors.code'], name=op.f('fk_commitments_recipient_actors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commitments'))
    )
    op.create_index(op.f('ix_commitments_announced_on'), 'commitments', ['announced_on'])
    op.create_index(op.f('ix_commitments_category'), 'commitments', ['category'])
    op.create_index(op.f('ix_commitments_donor'), 'commitments', ['donor'])
    op.create_index(op.f('ix_commitments_recipient'), 'commitments', ['recipient'])
    op.create_index(op.f('ix_commitments_review_state'), 'commitments', ['review_state'])

    op.create_table('edits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('commitment_id', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('editor', sa.String(length=200), nullable=False),
    sa.Column('edited_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitments.id'], name=op.f('fk_edits_commitment_id_commitments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_edits'))
    )
    op.create_index(op.f('ix_edits_commitment_id'), 'edits', ['commitment_id'])

    op.create_table('mentions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('commitment_id', sa.Integer(), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('evidence_start', sa.Integer(), nullable=False),
    sa.Column('evidence_end', sa.Integer(), nullable=False),
    sa.Column('extractor_version', sa.String(length=64), nullable=False),
    sa.Column('donor', sa.String(length=16), nullable=False),
    sa.Column('recipient', sa.String(length=16), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('item', sa.Text(), nullable=True),
    sa.Column('quantity', sa.Integer(), nullable=True),
    sa.Column('value_amount', sa.Numeric(precision=20, scale=2), nullable=True),
    sa.Column('value_currency', sa.String(length=3), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('announced_on', sa.Date(), nullable=True),
    sa.Column('delivery', sa.Text(), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("category IN ('air_defense', 'artillery', 'ammunition', 'armored_vehicles', 'aircraft', 'drones', 'missiles', 'infantry_weapons', 'naval', 'electronics', 'training', 'defense_industry', 'support_equipment', 'unspecified', 'financial', 'humanitarian')", name=op.f('ck_mentions_category')),
    sa.CheckConstraint("status IN ('pledged', 'delivered')", name=op.f('ck_mentions_status')),
    sa.CheckConstraint('(value_amount IS NULL) = (value_currency IS NULL)', name=op.f('ck_mentions_value_has_currency')),
    sa.CheckConstraint('confidence >= 0 AND confidence <= 1', name=op.f('ck_mentions_confidence_range')),
    sa.CheckConstraint('donor <> recipient', name=op.f('ck_mentions_donor_not_recipient')),
    sa.CheckConstraint('evidence_start >= 0 AND evidence_start <= evidence_end', name=op.f('ck_mentions_evidence_span')),
    sa.CheckConstraint('quantity IS NULL OR quantity >= 0', name=op.f('ck_mentions_quantity_not_negative')),
    sa.CheckConstraint('value_amount IS NULL OR value_amount >= 0', name=op.f('ck_mentions_value_not_negative')),
    sa.CheckConstraint('value_currency IS NULL OR (length(value_currency) = 3 AND upper(value_currency) = value_currency)', name=op.f('ck_mentions_currency_code')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_mentions_article_id_articles')),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitments.id'], name=op.f('fk_mentions_commitment_id_commitments')),
    sa.ForeignKeyConstraint(['donor'], ['actors.code'], name=op.f('fk_mentions_donor_actors')),
    sa.ForeignKeyConstraint(['recipient'], ['actors.code'], name=op.f('fk_mentions_recipient_actors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentions'))
    )
    op.create_index(op.f('ix_mentions_announced_on'), 'mentions', ['announced_on'])
    op.create_index(op.f('ix_mentions_article_id'), 'mentions', ['article_id'])
    op.create_index(op.f('ix_mentions_category'), 'mentions', ['category'])
    op.create_index(op.f('ix_mentions_commitment_id'), 'mentions', ['commitment_id'])
    op.create_index(op.f('ix_mentions_donor'), 'mentions', ['donor'])
    op.create_index(op.f('ix_mentions_recipient'), 'mentions', ['recipient'])

    # Every ISO 3166-1 country from the installed pycountry, plus EU, NATO, UNSPECIFIED.
    # `tracker db upgrade` re-syncs this list, so a newer pycountry's additions arrive too.
    op.bulk_insert(actors, actor_rows())


def downgrade() -> None:
    op.drop_index(op.f('ix_mentions_recipient'), table_name='mentions')
    op.drop_index(op.f('ix_mentions_donor'), table_name='mentions')
    op.drop_index(op.f('ix_mentions_commitment_id'), table_name='mentions')
    op.drop_index(op.f('ix_mentions_category'), table_name='mentions')
    op.drop_index(op.f('ix_mentions_article_id'), table_name='mentions')
    op.drop_index(op.f('ix_mentions_announced_on'), table_name='mentions')

    op.drop_table('mentions')
    op.drop_index(op.f('ix_edits_commitment_id'), table_name='edits')

    op.drop_table('edits')
    op.drop_index(op.f('ix_commitments_review_state'), table_name='commitments')
    op.drop_index(op.f('ix_commitments_recipient'), table_name='commitments')
    op.drop_index(op.f('ix_commitments_donor'), table_name='commitments')
    op.drop_index(op.f('ix_commitments_category'), table_name='commitments')
    op.drop_index(op.f('ix_commitments_announced_on'), table_name='commitments')

    op.drop_table('commitments')
    op.drop_index(op.f('ix_articles_published'), table_name='articles')

    op.drop_table('articles')
    op.drop_table('actors')
