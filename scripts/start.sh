#!/usr/bin/env bash
# The project's one set-up command: bash scripts/start.sh
#
# On a machine with only Python 3.11+ it creates .venv, installs the tracker, creates
# (or migrates) the SQLite database tracker.db, ingests the seed articles and opens the
# dashboard on them. Re-running it is safe: stored articles are not stored twice.
# Set TRACKER_DATABASE_URL to use another database (for example PostgreSQL).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
log() { printf '==> %s\n' "$*" >&2; }

if [[ ! -x .venv/bin/python ]]; then
    python="$(command -v python3.11 || command -v python3)"
    log "creating .venv with $python"
    "$python" -m venv .venv
fi
stamp=".venv/.app-installed-$(sha256sum pyproject.toml | cut -c1-16)"
if [[ ! -f "$stamp" ]]; then
    log "installing the tracker"
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e .
    rm -f .venv/.app-installed-*
    touch "$stamp"
fi

export TRACKER_DATABASE_URL="${TRACKER_DATABASE_URL:-sqlite:///$PWD/tracker.db}"
log "migrating $TRACKER_DATABASE_URL"
.venv/bin/tracker db upgrade
log "ingesting seeds/"
.venv/bin/tracker ingest seeds --manifest seeds/manifest.csv
.venv/bin/tracker list --limit 20
if .venv/bin/tracker dashboard --help >/dev/null 2>&1; then
    log "opening the dashboard (Ctrl-C to stop)"
    exec .venv/bin/tracker dashboard
fi
