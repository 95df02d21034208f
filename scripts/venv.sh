# Sourced by start.sh and test.sh: create .venv with the machine's Python 3.11+ and
# install the project into it (with the extras given, e.g. "[test]"), again only when
# pyproject.toml or the extras changed, so repeated runs stay fast.
log() { printf '==> %s\n' "$*" >&2; }

ensure_venv() {
    local extras="${1:-}"
    if [[ ! -x .venv/bin/python ]]; then
        local python
        python="$(command -v python3.11 || command -v python3)"
        log "creating .venv with $python"
        "$python" -m venv .venv
    fi
    local stamp
    stamp=".venv/.installed$(printf '%s' "$extras" | tr -c 'a-z' '-')$(sha256sum pyproject.toml | cut -c1-16)"
    if [[ ! -f "$stamp" ]]; then
        log "installing the project${extras:+ with $extras}"
        .venv/bin/python -m pip install --quiet --upgrade pip
        .venv/bin/python -m pip install --quiet -e ".$extras"
        touch "$stamp"
    fi
}
