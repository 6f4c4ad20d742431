#!/usr/bin/env bash
# Change-feed throughput: wrk against relais-server's GET /v1/changes and, in the same run,
# against nginx serving the same response bytes as a static file. Both listen on 127.0.0.1 only,
# with the same number of threads / workers. Prints requests/s of each, their ratio, and
# relais-server's resident memory under load (from /proc). Stops everything it started.
# The two take turns, ROUNDS times, and the medians are compared: on a small machine one run of
# either varies by 20 % or more with whatever else the machine does.
#
# usage: scripts/bench-sync.sh [BUILD_DIR]        (default build/sync, then build/dev)
# environment: DURATION (s, default 10), ROUNDS (default 3), CONNECTIONS (default 50),
#              THREADS (server threads and nginx workers, default 2), WRK_THREADS (default 2),
#              LIMIT (changes per page, default 100)
# needs: wrk, nginx (Debian's; run as an ordinary user from a private prefix), curl, python3
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${DURATION:-10}
rounds=${ROUNDS:-3}
connections=${CONNECTIONS:-50}
threads=${THREADS:-2}
wrk_threads=${WRK_THREADS:-2}
limit=${LIMIT:-100}
build=${1:-}
if [ -z "$build" ]; then
    for candidate in build/sync build/dev; do
        if [ -x "$candidate/sync/relais-server" ]; then build=$candidate; break; fi
    done
fi
server_bin=${build:-build/sync}/sync/relais-server
[ -x "$server_bin" ] || { echo "no relais-server in ${build:-build/sync}: build it first" >&2; exit 1; }
# The benchmark's own tools are not needed to build or test: install them on first use.
missing=()
command -v wrk > /dev/null || missing+=(wrk)
command -v curl > /dev/null || missing+=(curl)
command -v nginx > /dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
if [ ${#missing[@]} -gt 0 ]; then
    sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
for tool in wrk curl python3 "$nginx_bin"; do
    command -v "$tool" > /dev/null || { echo "missing $tool" >&2; exit 1; }
done

work=$(mktemp -d -t relais-bench.XXXXXX)
server_pid=
nginx_pid=
sampler_pid=
cleanup() {
    [ -n "$sampler_pid" ] && kill "$sampler_pid" 2> /dev/null || true
    if [ -n "$server_pid" ]; then
        kill -TERM "$server_pid" 2> /dev/null || true
        wait "$server_pid" 2> /dev/null || true
    fi
    if [ -n "$nginx_pid" ]; then
        kill -QUIT "$nginx_pid" 2> /dev/null || true
        wait "$nginx_pid" 2> /dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# A new server database starts from the bundled Brussels directory, every service in the
# change feed from seq 0.
bundled=${RELAIS_BUNDLED_DB:-$(dirname "$server_bin")/../relais-brussels.sqlite}
[ -f "$bundled" ] || { echo "no bundled directory at $bundled: build relais_bundled_db" >&2; exit 1; }
export RELAIS_BUNDLED_DB=$bundled

server_port=$(free_port)
"$server_bin" serve --db "$work/server.sqlite" --listen "127.0.0.1:$server_port" \
    --threads "$threads" --quiet > "$work/server.out" 2> "$work/server.err" &
server_pid=$!
for _ in $(seq 100); do
    curl -sf -o /dev/null "http://127.0.0.1:$server_port/healthz" && break
    sleep 0.1
done
path="/v1/changes?since=0&limit=$limit"
curl -sf -o "$work/changes.json" "http://127.0.0.1:$server_port$path" || true
[ -s "$work/changes.json" ] || { echo "relais-server did not answer" >&2; cat "$work/server.err" >&2; exit 1; }
changes=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["changes"]))' "$work/changes.json")

# nginx: the same bytes, a static file, same number of workers, no access log.
nginx_port=$(free_port)
mkdir -p "$work/www/v1" "$work/nginx-tmp"
cp "$work/changes.json" "$work/www/v1/changes"
# When started by root, nginx's workers run as an unprivileged user: let them read the file.
chmod 711 "$work"
chmod -R a+rX "$work/www"
cat > "$work/nginx.conf" << CONF
worker_processes $threads;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path $work/nginx-tmp/body;
    proxy_temp_path $work/nginx-tmp/proxy;
    fastcgi_temp_path $work/nginx-tmp/fastcgi;
    uwsgi_temp_path $work/nginx-tmp/uwsgi;
    scgi_temp_path $work/nginx-tmp/scgi;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/www;
        location /v1/ { default_type application/json; }
    }
}
CONF
"$nginx_bin" -p "$work" -c "$work/nginx.conf" -e "$work/nginx-error.log" -g "daemon off;" \
    2> "$work/nginx.err" &
nginx_pid=$!
for _ in $(seq 50); do
    curl -sf -o /dev/null "http://127.0.0.1:$nginx_port$path" && break
    sleep 0.1
done
cmp -s "$work/changes.json" <(curl -sf "http://127.0.0.1:$nginx_port$path") \
    || { echo "nginx does not serve the same bytes" >&2; exit 1; }

rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$server_pid/status"; }
run_wrk() { # URL -> requests/s
    wrk -t"$wrk_threads" -c"$connections" -d"${duration}s" "$1" > "$work/wrk.out" 2>&1
    if grep -q "Non-2xx" "$work/wrk.out"; then cat "$work/wrk.out" >&2; exit 1; fi
    awk '/^Requests\/sec:/ { print $2 }' "$work/wrk.out"
}

echo "change feed page: $changes changes, $(stat -c %s "$work/changes.json") bytes;" \
    "wrk -t$wrk_threads -c$connections -d${duration}s; server threads = nginx workers = $threads"
rss_idle=$(rss_kib)
# Sample the server's RSS while wrk runs against it.
(
    peak=0
    while kill -0 "$server_pid" 2> /dev/null; do
        now=$(awk '/^VmRSS:/ { print $2 }' "/proc/$server_pid/status" 2> /dev/null || echo 0)
        [ "${now:-0}" -gt "$peak" ] && peak=$now && echo "$peak" > "$work/rss-peak"
        sleep 0.2
    done
) &
sampler_pid=$!
server_runs=()
nginx_runs=()
for _ in $(seq "$rounds"); do
    server_runs+=("$(run_wrk "http://127.0.0.1:$server_port$path")")
    nginx_runs+=("$(run_wrk "http://127.0.0.1:$nginx_port$path")")
done
kill "$sampler_pid" 2> /dev/null || true
wait "$sampler_pid" 2> /dev/null || true
sampler_pid=
rss_load=$(cat "$work/rss-peak" 2> /dev/null || echo 0)
hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$server_pid/status")

python3 - "${server_runs[*]}" "${nginx_runs[*]}" "$rss_idle" "$rss_load" "$hwm" << 'PY'
import statistics, sys
server = [float(x) for x in sys.argv[1].split()]
nginx = [float(x) for x in sys.argv[2].split()]
idle, load, hwm = (int(x) / 1024 for x in sys.argv[3:6])
s, n = statistics.median(server), statistics.median(nginx)
print("rounds (relais-server / nginx, requests/s): " +
      ", ".join(f"{a:.0f}/{b:.0f}" for a, b in zip(server, nginx)))
print(f"relais-server: {s:10.0f} requests/s (median)")
print(f"nginx:         {n:10.0f} requests/s (median)")
print(f"ratio:         {s / n if n else 0.0:10.2f}  (target >= 1.0)")
print(f"server RSS:    idle {idle:.1f} MiB, under load {load:.1f} MiB, peak {hwm:.1f} MiB"
      "  (target <= 50 MB)")
PY
