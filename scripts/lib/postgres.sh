# Helpers shared by scripts/run and scripts/test: find or install PostgreSQL server binaries and run
# them as the right user (PostgreSQL refuses to run as root; as root the cluster belongs to "postgres").

pg_bin() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
    [[ -n "$dir" && -x "$dir/initdb" ]] && echo "$dir"
}

apt_install() {
    if [[ "$(id -u)" != "0" ]]; then
        echo "Missing packages: $*. Install them (sudo apt-get install -y $*) or run as root." >&2
        return 1
    fi
    if [[ -z "${_APT_UPDATED:-}" ]]; then
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
        _APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_postgres_installed() {
    if [[ -z "$(pg_bin)" ]] || ! command -v psql >/dev/null; then
        echo "Installing PostgreSQL server binaries (apt)..."
        apt_install postgresql postgresql-client
        # Debian's package may start its own system cluster; this project does not use it.
    fi
    [[ -n "$(pg_bin)" ]] || { echo "PostgreSQL server binaries not found under /usr/lib/postgresql." >&2; return 1; }
}

pg_prepare_dir() {
    if [[ "$(id -u)" == "0" ]]; then
        chown postgres:postgres "$1"
    fi
    chmod 700 "$1"
}

pg_prepare_file() {
    if [[ "$(id -u)" == "0" ]]; then
        chown postgres:postgres "$1"
    fi
}

# pg_as_owner DATADIR COMMAND ARGS...: runs a server command as the owner of the cluster.
pg_as_owner() {
    shift
    if [[ "$(id -u)" == "0" ]]; then
        (cd /tmp && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}
