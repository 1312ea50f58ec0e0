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
import statistics
import time
import uuid

from benchlib import Server, Client, jar as runnable_jar, percentile, write_results


def run(jar, wait, writes):
    with Server(jar, [f"--tandem.consistency.projection-wait={wait}"]) as server:
        client = Client(server.port)
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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--writes", type=int, default=500)
    parser.add_argument("--jar", default=None)
    args = parser.parse_args()
    jar = runnable_jar(args.jar)
    with_wait = run(jar, "5s", args.writes)
    without_wait = run(jar, "0s", args.writes)
    result = {
        "benchmark": "read-your-writes",
        "command": "bench/read_your_writes.py --writes %d" % args.writes,
        "runs": [with_wait, without_wait],
        "addedP50Ms": round(with_wait["p50Ms"] - without_wait["p50Ms"], 2),
        "addedP99Ms": round(with_wait["p99Ms"] - without_wait["p99Ms"], 2),
    }
    print(f"{'projection wait':>16} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'stale reads':>12}")
    for r in result["runs"]:
        print(f"{r['projectionWait']:>16} {r['p50Ms']:>8} {r['p95Ms']:>8} {r['p99Ms']:>8} "
              f"{r['staleReads']:>8} / {r['writes']}")
    print(f"added by waiting: p50 {result['addedP50Ms']} ms, p99 {result['addedP99Ms']} ms")
    write_results("read-your-writes", result)


if __name__ == "__main__":
    main()
