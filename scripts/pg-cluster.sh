#!/usr/bin/env bash
# Starts or stops the throwaway PostgreSQL cluster that the tests run against (CTest's fixture "postgresql"):
#   scripts/pg-cluster.sh start DIR   a new cluster in DIR/data, listening only on a Unix socket in DIR, no TCP
#   scripts/pg-cluster.sh stop DIR    stops it and removes DIR
#   scripts/pg-cluster.sh pause DIR   stops the server and keeps its data (a lost server, for the tests)
#   scripts/pg-cluster.sh resume DIR  starts the paused server again
# The superuser is "handoff" with trust login over the socket; nothing else can reach it. The server refuses to run
# as root, so as root it runs as the "postgres" system user that Debian's postgresql package creates. It trades
# durability for speed (fsync off): its data lives only as long as one test run.
set -euo pipefail

action=${1:-}
dir=${2:-}
if [[ -z "$action" || -z "$dir" || "$dir" != /* ]]; then
    echo "usage: $0 start|stop|pause|resume ABSOLUTE_DIR" >&2
    exit 2
fi

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
    echo "error: PostgreSQL's server programs are not installed (Debian: postgresql); run scripts/deps.sh" >&2
    exit 1
fi

as_server=()
if [[ $(id -u) -eq 0 ]]; then
    if ! id postgres >/dev/null 2>&1; then
        echo "error: running as root, but there is no 'postgres' system user to run the server as" >&2
        exit 1
    fi
    as_server=(runuser -u postgres --)
fi

stop() {
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        "${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

launch() {
    if ! "${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-k $dir -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null; then
        cat "$dir/server.log" >&2 || true
        echo "error: the PostgreSQL server did not start in $dir" >&2
        exit 1
    fi
}

case "$action" in
start)
    stop # a cluster left by a run that was killed
    mkdir -p "$dir"
    chmod 755 "$dir"
    if [[ ${#as_server[@]} -gt 0 ]]; then
        chown postgres "$dir"
    fi
    if ! "${as_server[@]}" "$bin/initdb" -D "$dir/data" -U handoff --auth=trust -E UTF8 --locale=C.UTF-8 -N \
        >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        echo "error: initdb failed in $dir" >&2
        exit 1
    fi
    launch
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') is running in $dir"
    ;;
stop)
    stop
    echo "PostgreSQL in $dir stopped and removed"
    ;;
pause)
    "${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    echo "PostgreSQL in $dir paused"
    ;;
resume)
    launch
    echo "PostgreSQL in $dir resumed"
    ;;
*)
    echo "usage: $0 start|stop|pause|resume ABSOLUTE_DIR" >&2
    exit 2
    ;;
esac
