# Sourced by scripts/check-packages.sh and scripts/check-install.sh.
# serves_the_directory FOLDER COMMAND...: runs COMMAND, a relais-server serve on port 0 of
# 127.0.0.1, with its output in FOLDER/server.log and FOLDER/server.err; checks that its snapshot
# holds the bundled directory; stops it.
serves_the_directory() {
    local folder="$1"
    shift
    "$@" > "$folder/server.log" 2> "$folder/server.err" &
    local server=$! address
    for _ in $(seq 100); do grep -q "listening on" "$folder/server.log" && break; sleep 0.1; done
    cat "$folder/server.log" "$folder/server.err"
    address="$(grep -o 'listening on [^ ]*' "$folder/server.log" | cut -d' ' -f3)"
    python3 - "http://$address" << 'PY' || { kill "$server"; return 1; }
import json, sys, urllib.request
with urllib.request.urlopen(sys.argv[1] + "/v1/snapshot", timeout=10) as answer:
    services = json.load(answer)["services"]
assert len(services) > 50, len(services)
print(f"relais-server serves {len(services)} services")
PY
    kill "$server"
    wait "$server" || true
}
