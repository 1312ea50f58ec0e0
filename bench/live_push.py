#!/usr/bin/env python3
"""Live push under load: status changes over HTTP, STOMP subscribers listening.

Starts the standalone server (heap capped at 512 MB, temporary embedded PostgreSQL), then runs the load
driver (bench/driver) in its own process:
  1. 10 businesses x (5 admin connections + 95 providers, each connected) = 1,000 subscribers; providers
     toggle their status at 100/s, then at 300/s, for --seconds each (open loop). Measured at the
     subscribers: change -> delivery latency, deliveries/s, lost / duplicated / misrouted deliveries.
  2. The same status changes closed loop (16 clients, as fast as answered), and the same number of
     equivalent event rows inserted straight into PostgreSQL by 16 clients: the ratio API / raw.
  3. On a fresh server: heap and RSS before and while 10,000 idle subscribers are connected.
Prints a table and writes bench/results/live-push.json.

Usage: bench/live_push.py [--seconds 60] [--idle 10000]   (build first: ./mvnw -B -DskipTests package)
"""
import argparse
import json
import os
import subprocess
import tempfile
import threading
import time

from benchlib import Server, driver, jar, write_results, JAVA

SERVER_ARGS = ["--tandem.security.access-token-ttl=2h", "--server.tomcat.max-connections=20000",
               "--server.tomcat.accept-count=1000"]


class PeakMemory:
    """Samples the server's heap in use and RSS every two seconds while the load runs; keeps the highest."""

    def __init__(self, server):
        self.server, self.peak, self.running = server, {"heapMb": 0, "rssMb": 0}, True
        self.thread = threading.Thread(target=self.sample, daemon=True)
        self.thread.start()

    def sample(self):
        while self.running:
            try:
                now = self.server.memory(collect=False)
                self.peak = {key: max(self.peak[key], now[key]) for key in self.peak}
            except OSError:
                pass
            time.sleep(2)

    def stop(self):
        self.running = False
        self.thread.join()
        return self.peak


def live_load(seconds):
    with Server(jar(), SERVER_ARGS, heap="512m") as server:
        out = os.path.join(tempfile.mkdtemp(), "live-load.json")
        peak = PeakMemory(server)
        driver("live-load", "--port", server.port, "--seconds", seconds, "--rates", "100,300",
               "--concurrency", 16, "--changes", 3000, "--out", out)
        with open(out) as results:
            load = json.load(results)
        load["memoryPeakDuringLoad"] = peak.stop()
        load["memoryAfter"] = server.memory()
        raw = json.loads(driver("raw-inserts", "--db-port", server.database_port, "--concurrency", 16,
                                "--changes", load["closedLoop"]["changes"]))
        return load, raw


def idle(connections, hold=30):
    with Server(jar(), SERVER_ARGS, heap="512m") as server:
        before = server.memory()
        command = [JAVA, "-Xmx2g", "-jar", jar(module="bench/driver"), "idle", "--port", str(server.port),
                   "--connections", str(connections), "--hold", str(hold)]
        started = time.time()
        process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        for line in process.stdout:
            if line.startswith("CONNECTED"):
                break
        connect_seconds = round(time.time() - started, 1)
        time.sleep(3)
        during = server.memory()
        process.wait(timeout=hold + 60)
        per_connection_kb = round((during["heapMb"] - before["heapMb"]) * 1024 / connections, 1)
        return {"connections": connections, "connectSeconds": connect_seconds, "before": before,
                "connected": during, "heapPerConnectionKb": per_connection_kb,
                "rssPerConnectionKb": round((during["rssMb"] - before["rssMb"]) * 1024 / connections, 1)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--idle", type=int, default=10_000)
    args = parser.parse_args()
    load, raw = live_load(args.seconds)
    # Written before the idle phase too, so a server that gives out under 10,000 connections keeps these.
    write_results("live-push", {"benchmark": "live-push", "load": load, "rawInserts": raw})
    idle_result = idle(args.idle)
    api = load["closedLoop"]
    result = {
        "benchmark": "live-push",
        "command": f"bench/live_push.py --seconds {args.seconds} --idle {args.idle}",
        "serverHeap": "512m",
        "load": load,
        "rawInserts": raw,
        "apiOverRaw": {
            "throughput": round(api["changesPerSecond"] / raw["insertsPerSecond"], 3),
            "p50Latency": round(api["latencyMs"]["p50"] / max(raw["latencyMs"]["p50"], 0.01), 1)},
        "idle": idle_result,
    }
    write_results("live-push", result)
    print(f"{'level':>10} {'changes/s':>10} {'deliveries/s':>13} {'p50':>7} {'p95':>7} {'p99':>7} {'max':>7}"
          f" {'lost':>5} {'dup':>4} {'misrouted':>9}")
    for level in load["levels"]:
        latency = level["deliveryLatencyMs"]
        print(f"{level['targetChangesPerSecond']:>8}/s {level['changesPerSecond']:>10} "
              f"{level['deliveriesPerSecond']:>13} {latency['p50']:>7} {latency['p95']:>7} {latency['p99']:>7} "
              f"{latency['max']:>7} {level['lost']:>5} {level['duplicated']:>4} {level['misrouted']:>9}")
    print(f"closed loop, 16 clients: API {api['changesPerSecond']} changes/s (p50 {api['latencyMs']['p50']} ms),"
          f" raw inserts {raw['insertsPerSecond']}/s (p50 {raw['latencyMs']['p50']} ms):"
          f" API/raw throughput {result['apiOverRaw']['throughput']}")
    print(f"memory during the load (peak): {load['memoryPeakDuringLoad']}; after it: {load['memoryAfter']}")
    print(f"{idle_result['connections']} idle connections: heap {idle_result['before']['heapMb']} ->"
          f" {idle_result['connected']['heapMb']} MB, RSS {idle_result['before']['rssMb']} ->"
          f" {idle_result['connected']['rssMb']} MB; {idle_result['heapPerConnectionKb']} KB heap per connection")


if __name__ == "__main__":
    main()
