#!/usr/bin/env python3
"""Measures what read-your-writes costs and what it buys.

Starts the standalone server twice on a temporary embedded PostgreSQL: once as shipped (writes wait for
the projections, tandem.consistency.projection-wait=5s) and once with the wait switched off (0s). In each
run one client changes its business's name N times; after every write it reads the business back at once
and counts a stale read when the read does not show the write. Prints the write latency percentiles and
the stale reads of both runs, and writes them to bench/results/read-your-writes.json.

Usage: bench/read_your_writes.py [--writes 500] [--jar standalone/target/standalone-*.jar]
(build first: ./mvnw -B -DskipTests package)
"""
import argparse
import glob
import http.client
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Client:
    def __init__(self, port):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

    def call(self, method, path, body=None, token=None):
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = "Bearer " + token
        self.connection.request(method, path, json.dumps(body).encode() if body is not None else None, headers)
        response = self.connection.getresponse()
        data = response.read()
        return response.status, (json.loads(data) if data else None)


def wait_until_up(port, process, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process.poll() is not None:
            raise SystemExit("the server stopped during start-up")
        try:
            status, body = Client(port).call("GET", "/actuator/health/readiness")
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit("the server did not become ready")


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def run(jar, wait, writes):
    port = free_port()
    data_dir = tempfile.mkdtemp(prefix="tandem-bench-")
    log = open(os.path.join(data_dir, "server.log"), "w")
    process = subprocess.Popen(
        ["java", "-jar", jar, f"--server.port={port}", f"--tandem.database.data-dir={data_dir}",
         "--tandem.demo.enabled=false", f"--tandem.consistency.projection-wait={wait}",
         "--logging.level.tandem.http=WARN", "--logging.level.org.axonframework=WARN"],
        stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_until_up(port, process)
        client = Client(port)
        email = f"bench-{uuid.uuid4()}@example.com"
        status, session = client.call("POST", "/api/auth/signup", {
            "businessName": "Bench", "name": "Bench", "email": email, "password": "benchmark password"})
        assert status == 201, session
        token = session["token"]
        for i in range(50):  # warm-up, not measured
            client.call("PUT", "/api/admin/business", {"name": f"warm {i}"}, token)
        latencies, stale = [], 0
        for i in range(writes):
            name = f"name {i}"
            started = time.perf_counter()
            status, _ = client.call("PUT", "/api/admin/business", {"name": name}, token)
            latencies.append((time.perf_counter() - started) * 1000)
            assert status == 200
            status, business = client.call("GET", "/api/admin/business", token=token)
            if business["name"] != name:
                stale += 1
        return {
            "projectionWait": wait,
            "writes": writes,
            "p50Ms": round(percentile(latencies, 50), 2),
            "p95Ms": round(percentile(latencies, 95), 2),
            "p99Ms": round(percentile(latencies, 99), 2),
            "meanMs": round(statistics.mean(latencies), 2),
            "staleReads": stale,
        }
    finally:
        process.terminate()
        process.wait(timeout=60)
        log.close()
        shutil.rmtree(data_dir, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--writes", type=int, default=500)
    parser.add_argument("--jar", default=None)
    args = parser.parse_args()
    jars = [j for j in glob.glob(os.path.join(ROOT, "standalone/target/standalone-*.jar")) if "original" not in j]
    jar = args.jar or (jars[0] if jars else None)
    if not jar:
        sys.exit("build first: ./mvnw -B -DskipTests package")
    with_wait = run(jar, "5s", args.writes)
    without_wait = run(jar, "0s", args.writes)
    result = {
        "benchmark": "read-your-writes",
        "command": "bench/read_your_writes.py --writes %d" % args.writes,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "runs": [with_wait, without_wait],
        "addedP50Ms": round(with_wait["p50Ms"] - without_wait["p50Ms"], 2),
        "addedP99Ms": round(with_wait["p99Ms"] - without_wait["p99Ms"], 2),
    }
    print(f"{'projection wait':>16} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'stale reads':>12}")
    for r in result["runs"]:
        print(f"{r['projectionWait']:>16} {r['p50Ms']:>8} {r['p95Ms']:>8} {r['p99Ms']:>8} "
              f"{r['staleReads']:>8} / {r['writes']}")
    print(f"added by waiting: p50 {result['addedP50Ms']} ms, p99 {result['addedP99Ms']} ms")
    os.makedirs(os.path.join(ROOT, "bench/results"), exist_ok=True)
    with open(os.path.join(ROOT, "bench/results/read-your-writes.json"), "w") as out:
        json.dump(result, out, indent=2)


if __name__ == "__main__":
    main()
