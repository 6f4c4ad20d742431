#!/usr/bin/env python3
"""Availability of relais-server under the attacks of issue 14, on a synthetic directory.

Starts relais-server on 127.0.0.1 with a generated directory (relais-cli generate) and
measures, one after the other:
  1. slow readers: N clients ask for /hsds/services?format=ndjson&full=true and never read;
     the server's RSS growth (peak) while they hang on;
  2. /healthz latency (p50, p99) while 4 clients hammer HSDS with answers nobody has cached
     (cache-busting parameters, unknown ids, searches);
  3. one address opening more connections than the cap: what another address gets;
  4. 50 clients bootstrapping at once (GET /v1/snapshot): the server's RSS growth (peak).
Prints one line per measure. Stops everything it started.

usage: scripts/bench-availability.py BUILD_DIR [--services 10000] [--slow-readers 20]
"""
import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


class PeakSampler(threading.Thread):
    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.peak, self.stopped = pid, 0.0, threading.Event()

    def run(self):
        while not self.stopped.is_set():
            self.peak = max(self.peak, rss_mib(self.pid))
            time.sleep(0.05)

    def stop(self):
        self.stopped.set()
        self.join()
        return self.peak


def get(port, target, timeout=30, source="127.0.0.1"):
    """One request on its own connection: (status, body bytes, seconds)."""
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=timeout,
                                  source_address=(source, 0)) as s:
        s.sendall(f"GET {target} HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n".encode())
        data = bytearray()
        while True:
            chunk = s.recv(1 << 16)
            if not chunk:
                break
            data += chunk
    status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/1.1 ") else 0
    return status, len(data), time.monotonic() - started


def wait_ready(port, server):
    for _ in range(300):
        if server.poll() is not None:
            sys.exit("relais-server stopped: " + server.stderr.read().decode())
        try:
            if get(port, "/healthz", timeout=1)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    sys.exit("relais-server did not answer")


def settle(port):
    """A pause between measures, for the connections of the last one to close."""
    time.sleep(1.0)


def slow_readers(port, pid, count):
    before = rss_mib(pid)
    sampler = PeakSampler(pid)
    sampler.start()
    sockets = []
    for _ in range(count):
        s = socket.socket()
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        s.connect(("127.0.0.1", port))
        s.sendall(b"GET /hsds/services?format=ndjson&full=true HTTP/1.1\r\nHost: bench\r\n\r\n")
        sockets.append(s)
    time.sleep(6)
    peak = sampler.stop()
    for s in sockets:
        s.close()
    return before, peak


def healthz_under_load(port, seconds=8):
    stop = threading.Event()
    counts = [0] * 4

    def hammer(n):
        rng = random.Random(n)
        targets = [
            lambda: f"/hsds/services?junk={rng.getrandbits(48)}",
            lambda: f"/hsds/services/{rng.getrandbits(128):032x}",
            lambda: f"/hsds/services?search={rng.getrandbits(20):x}",
            lambda: f"/hsds/services?page={rng.randint(1, 9)}&per_page=50&full=true",
        ]
        while not stop.is_set():
            try:
                get(port, rng.choice(targets)(), timeout=30)
                counts[n] += 1
            except OSError:
                pass

    threads = [threading.Thread(target=hammer, args=(n,), daemon=True) for n in range(4)]
    for t in threads:
        t.start()
    time.sleep(0.5)
    latencies = []
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        status, _, took = get(port, "/healthz", timeout=30)
        if status == 200:
            latencies.append(took * 1000)
        time.sleep(0.02)
    stop.set()
    for t in threads:
        t.join()
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    return statistics.median(latencies), p99, len(latencies), sum(counts)


def one_address_takes_the_slots(port, hold=600):
    held = []
    for _ in range(hold):
        try:
            held.append(socket.create_connection(("127.0.0.1", port), timeout=2))
        except OSError:
            break
    time.sleep(0.5)
    try:
        other = get(port, "/healthz", timeout=5, source="127.0.0.2")[0]
    except OSError as e:
        other = f"error {e}"
    for s in held:
        s.close()
    return len(held), other


def bootstraps(port, pid, count=50):
    before = rss_mib(pid)
    sampler = PeakSampler(pid)
    sampler.start()
    statuses = []

    def one():
        try:
            statuses.append(get(port, "/v1/snapshot", timeout=120)[0])
        except OSError:
            statuses.append(0)

    threads = [threading.Thread(target=one) for _ in range(count)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.monotonic() - started
    peak = sampler.stop()
    return before, peak, statuses.count(200), took


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build")
    parser.add_argument("--services", type=int, default=10000)
    parser.add_argument("--slow-readers", type=int, default=20)
    parser.add_argument("--measures", default="1234", help="which measures to run, e.g. 4")
    args = parser.parse_args()
    server_bin = os.path.join(args.build, "sync", "relais-server")
    cli_bin = os.path.join(args.build, "app", "cli", "relais-cli")
    with tempfile.TemporaryDirectory(prefix="relais-availability-") as work:
        db = os.path.join(work, "server.sqlite")
        subprocess.run([cli_bin, "generate", "--count", str(args.services), "--out", db],
                       check=True, stdout=subprocess.DEVNULL)
        port = free_port()
        server = subprocess.Popen(
            [server_bin, "serve", "--db", db, "--listen", f"127.0.0.1:{port}", "--quiet"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            wait_ready(port, server)
            get(port, "/v1/snapshot", timeout=120)  # built once at start anyway
            print(f"{args.services} services; idle RSS {rss_mib(server.pid):.0f} MiB")

            if "1" in args.measures:
                before, peak = slow_readers(port, server.pid, args.slow_readers)
                print(f"1. {args.slow_readers} slow readers of ndjson&full=true: RSS "
                      f"{before:.0f} -> {peak:.0f} MiB (+{peak - before:.0f})")
                settle(port)
            if "2" in args.measures:
                p50, p99, n, hammered = healthz_under_load(port)
                print(f"2. /healthz while 4 clients hammer HSDS: p50 {p50:.1f} ms, p99 "
                      f"{p99:.1f} ms ({n} probes; {hammered} HSDS requests answered)")
                settle(port)
            if "3" in args.measures:
                held, other = one_address_takes_the_slots(port)
                print(f"3. one address opens {held} connections; another address gets: {other}")
                settle(port)
            if "4" in args.measures:
                before, peak, ok, took = bootstraps(port, server.pid)
                print(f"4. 50 concurrent bootstraps: {ok}/50 answered 200 in {took:.1f} s; RSS "
                      f"{before:.0f} -> {peak:.0f} MiB (+{peak - before:.0f})")
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
