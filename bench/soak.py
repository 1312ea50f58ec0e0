#!/usr/bin/env python3
"""The soak: a mixed workload at a third of the closed-loop capacity for --minutes, watching for leaks.

Starts the standalone server (512 MB heap, durable) and, in a process of its own, the load driver with 1,000
STOMP subscribers in 10 businesses (5 admin connections + 95 providers each). The driver measures the
closed-loop capacity C of both mixes (providers toggling their status; admins booking jobs that providers
confirm, start and complete), then runs C/3 minute after minute, the mixes taking turns. Every minute this
script samples the server: heap after a full GC, resident memory, live threads, database connections, open
files. Prints per-minute figures and, at the end: errors (refused, failed, lost, duplicated, misrouted), the
heap-after-GC slope (least squares, MB per hour, after the first five minutes) and the range of threads,
connections and open files; written to bench/results/soak.json.

Usage: bench/soak.py [--minutes 30] [--jar ...] (build first: ./mvnw -B -DskipTests package)
"""
import argparse
import json
import os
import re
import subprocess
import tempfile
import threading
import time
import urllib.request

from benchlib import JAVA, Server, jar as runnable_jar, write_results

SERVER_ARGS = ["--tandem.security.access-token-ttl=2h", "--server.tomcat.max-connections=20000",
               "--server.tomcat.accept-count=1000"]
WARM_UP_MINUTES = 5


def metric(text, name):
    """The sum of a Prometheus metric's samples; the name includes "{" when it has labels."""
    total = 0.0
    for line in text.splitlines():
        if line.startswith(name):
            total += float(line.rsplit(" ", 1)[1])
    return total


def sample(server):
    memory = server.memory(collect=True)
    text = urllib.request.urlopen(f"http://127.0.0.1:{server.port}/actuator/prometheus").read().decode()
    return {
        "at": time.time(),
        # What the last (forced, full) collection left: the live data, without what was allocated since.
        "heapAfterGcMb": round(metric(text, "jvm_gc_live_data_size_bytes") / 2 ** 20, 1),
        "heapInUseMb": memory["heapMb"],
        "rssMb": memory["rssMb"],
        "threads": int(metric(text, "jvm_threads_live_threads")),
        "databaseConnections": int(metric(text, "hikaricp_connections{")),
        "openFiles": len(os.listdir(f"/proc/{server.process.pid}/fd")),
        # Counters since the start: what a refusal came from, when there is one.
        "writesRefusedAtCapacity": int(metric(text, "tandem_writes_refused_total")),
        "databaseConnectionTimeouts": int(metric(text, "hikaricp_connections_timeout_total")),
        "longestGcPauseMs": round(max_metric(text, "jvm_gc_pause_seconds_max") * 1000, 1),
    }


def max_metric(text, name):
    """The largest of a Prometheus metric's samples."""
    values = [float(line.rsplit(" ", 1)[1]) for line in text.splitlines() if line.startswith(name)]
    return max(values, default=0.0)


def server_warnings(server, most=40):
    """The server's WARN and ERROR lines, each kind once with how often it came (numbers and ids masked)."""
    counts = {}
    with open(os.path.join(server.data_dir, "server.log"), errors="replace") as log:
        for line in log:
            if " WARN " in line or " ERROR " in line:
                kind = re.sub(r"[0-9a-f-]{36}|\d+", "#", line.split(" : ", 1)[-1].strip())[:200]
                counts[kind] = counts.get(kind, 0) + 1
    return [{"count": count, "line": kind} for kind, count in sorted(counts.items(), key=lambda kv: -kv[1])][:most]


def slope_per_hour(points):
    """Least-squares slope of (seconds, value) points, per hour."""
    if len(points) < 2:
        return 0.0
    n = len(points)
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    covariance = sum((x - mean_x) * (y - mean_y) for x, y in points)
    variance = sum((x - mean_x) ** 2 for x, _ in points)
    return covariance / variance * 3600 if variance else 0.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=int, default=30)
    parser.add_argument("--jar", default=None)
    args = parser.parse_args()
    with Server(runnable_jar(args.jar), SERVER_ARGS, heap="512m") as server:
        out = os.path.join(tempfile.mkdtemp(), "soak.json")
        command = [JAVA, "-Xmx1g", "-jar", runnable_jar(module="bench/driver"), "live-load", "--port",
                   str(server.port), "--mixes", "status,lifecycle", "--closed-loop-only", "true",
                   "--soak-minutes", str(args.minutes), "--out", out]
        driver = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        samples = []
        soak_started = threading.Event()

        def follow_the_driver():
            for line in driver.stderr:
                if "soak minute" in line or "closed loop:" in line:
                    print(line.strip()[:200], flush=True)
                if "lifecycle closed loop:" in line:
                    soak_started.set()

        follower = threading.Thread(target=follow_the_driver, daemon=True)
        follower.start()
        soak_started.wait()
        started = time.time()
        while driver.poll() is None:
            time.sleep(60)
            if driver.poll() is None:
                taken = sample(server)
                taken["minute"] = round((taken["at"] - started) / 60, 1)
                samples.append(taken)
                print("sample:", taken, flush=True)
        follower.join(timeout=10)
        if driver.returncode != 0:
            raise SystemExit("the driver failed")
        load = json.load(open(out))
        warnings = server_warnings(server)

    minutes = load["soak"]
    errors = {key: sum(minute.get(key, 0) for minute in minutes)
              for key in ("refused", "otherAnswers", "transportFailures", "lost", "duplicated", "misrouted",
                          "skippedByDriver")}
    settled = [s for s in samples if s["minute"] >= WARM_UP_MINUTES]
    result = {
        "minutes": args.minutes,
        "closedLoopChangesPerSecond": {name: mix["closedLoop"]["changesPerSecond"]
                                       for name, mix in load["mixes"].items()},
        "offeredChangesPerSecond": minutes[0]["targetChangesPerSecond"] if minutes else None,
        "changes": sum(minute["changes"] for minute in minutes),
        "errors": errors,
        "deliveryP99MsWorstMinute": max(minute["deliveryLatencyMs"]["p99"] for minute in minutes) if minutes else None,
        "heapAfterGcSlopeMbPerHour": round(slope_per_hour([(s["at"], s["heapAfterGcMb"]) for s in settled]), 2),
        "heapAfterGcMb": {"first": settled[0]["heapAfterGcMb"], "last": settled[-1]["heapAfterGcMb"],
                          "max": max(s["heapAfterGcMb"] for s in settled)} if settled else None,
        "threads": {"min": min(s["threads"] for s in settled), "max": max(s["threads"] for s in settled)}
        if settled else None,
        "databaseConnections": {"min": min(s["databaseConnections"] for s in settled),
                                "max": max(s["databaseConnections"] for s in settled)} if settled else None,
        "openFiles": {"min": min(s["openFiles"] for s in settled), "max": max(s["openFiles"] for s in settled)}
        if settled else None,
        "serverWarnings": warnings,
        "samples": samples,
        "perMinute": minutes,
    }
    print(json.dumps({key: value for key, value in result.items() if key not in ("samples", "perMinute",
                                                                                 "serverWarnings")},
                     indent=2))
    for warning in warnings:
        print(f"server warning x{warning['count']}: {warning['line']}")
    write_results("soak", result)


if __name__ == "__main__":
    main()
