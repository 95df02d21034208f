#!/usr/bin/env bash
# The project's one set-up command: bash scripts/start.sh
#
# On a machine with only Python 3.11+ it creates .venv, installs the tracker, creates
# (or migrates) the SQLite database tracker.db, ingests the seed articles and opens the
# dashboard on them. Re-running it is safe: stored articles are not stored twice.
# Set TRACKER_DATABASE_URL to use another database (for example PostgreSQL).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/venv.sh
ensure_venv

export TRACKER_DATABASE_URL="${TRACKER_DATABASE_URL:-sqlite:///$PWD/tracker.db}"
log "migrating $TRACKER_DATABASE_URL"
.venv/bin/tracker db upgrade
log "ingesting seeds/"
.venv/bin/tracker ingest seeds --manifest seeds/manifest.csv
.venv/bin/tracker list --limit 20
log "opening the dashboard (Ctrl-C to stop)"
exec .venv/bin/tracker dashboard
