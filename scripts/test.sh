#!/usr/bin/env bash
# The project's one test command: bash scripts/test.sh [pytest args...]
#
# On a fresh machine with only Python 3.11 it creates .venv, installs the project with
# its test extras (Playwright among them), provides Chromium and a throwaway PostgreSQL
# (installing them with apt when run as root on Debian), runs `ruff check .`, mypy
# and then pytest. The exit code is pytest's.
#
# PostgreSQL: set TRACKER_TEST_POSTGRES_URL to use your own server (a superuser URL:
# every test creates and drops its own database). Otherwise a temporary cluster is
# started on a free localhost port and removed on exit. Without it the PostgreSQL tests
# skip on a laptop; with CI=true a missing PostgreSQL fails the run.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
CI="${CI:-false}"

source scripts/venv.sh

# --- Python environment -------------------------------------------------------------
ensure_venv "[test]"

# --- Browser for the end-to-end tests -------------------------------------------------
# tests/e2e drives Debian's Chromium through Playwright (`playwright install` cannot
# download browsers here). Installed with apt when missing and run as root on Debian;
# without it the browser test skips on a laptop and fails under CI=true.
if [[ ! -x /usr/bin/chromium ]]; then
    if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
        log "installing Chromium with apt-get"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    elif [[ "$CI" == "true" ]]; then
        log "error: /usr/bin/chromium is missing and cannot be installed (CI=true needs it)"
        exit 1
    else
        log "warning: /usr/bin/chromium is missing; the browser test will be skipped"
    fi
fi

# --- PostgreSQL -----------------------------------------------------------------------
pg_missing() {
    if [[ "$CI" == "true" ]]; then
        log "error: $* (CI=true requires PostgreSQL)"
        exit 1
    fi
    log "warning: $*; the PostgreSQL tests will be skipped"
}

pg_bindir() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [[ -z "$dir" ]] && command -v pg_config >/dev/null; then
        dir="$(pg_config --bindir)"
    fi
    [[ -n "$dir" && -x "$dir/initdb" ]] && printf '%s\n' "$dir"
}

pg_tmp=""
pg_stop() {
    if [[ -n "$pg_tmp" && -f "$pg_tmp/data/postmaster.pid" ]]; then
        pg_as "$pg_bindir/pg_ctl" -D "$pg_tmp/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    [[ -n "$pg_tmp" ]] && rm -rf "$pg_tmp"
    return 0
}

# initdb refuses to run as root: as root, run the server as the `postgres` user.
pg_as() {
    if [[ "$(id -u)" == 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start_postgres() {
    pg_bindir="$(pg_bindir || true)"
    if [[ -z "$pg_bindir" ]]; then
        if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
            log "installing PostgreSQL with apt-get"
            apt-get update -qq
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
            pg_bindir="$(pg_bindir || true)"
        fi
        if [[ -z "$pg_bindir" ]]; then
            pg_missing "no PostgreSQL server binaries and no way to install them"
            return 0
        fi
    fi
    if [[ "$(id -u)" == 0 ]] && ! id postgres >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    fi

    pg_tmp="$(mktemp -d -t tracker-pg.XXXXXX)"
    trap pg_stop EXIT
    [[ "$(id -u)" == 0 ]] && chown postgres "$pg_tmp"
    local port
    port="$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

    log "starting a throwaway PostgreSQL on 127.0.0.1:$port"
    if ! pg_as "$pg_bindir/initdb" -D "$pg_tmp/data" -U postgres -A trust -E UTF8 \
            --locale=C.UTF-8 --no-sync >"$pg_tmp/initdb.log" 2>&1 \
        || ! pg_as "$pg_bindir/pg_ctl" -D "$pg_tmp/data" -l "$pg_tmp/server.log" -w -t 60 \
            -o "-p $port -k $pg_tmp -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" \
            start >/dev/null; then
        cat "$pg_tmp/initdb.log" "$pg_tmp/server.log" >&2 2>/dev/null || true
        pg_missing "could not start PostgreSQL"
        return 0
    fi
    export TRACKER_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
}

if [[ -z "${TRACKER_TEST_POSTGRES_URL:-}" ]]; then
    start_postgres
fi

# --- Checks ---------------------------------------------------------------------------
log "ruff check ."
.venv/bin/ruff check .
log "mypy"
.venv/bin/mypy

log "pytest $*"
set +e
.venv/bin/python -m pytest "$@"
status=$?
set -e
exit "$status"
