#!/usr/bin/env python3
"""Replay speed: rebuilding every projection from one million stored events.

Starts the standalone server with the demo business (a week of bookings through their whole life) and
stops it; copies its events in the database until the store holds --events events (each copy a business of
its own, every id replaced), with the server stopped, as a history stored long ago; starts the server again,
asks the operator endpoint to rebuild every projection from the start of the stream and follows it to the
end; then rebuilds again on the same server (--rebuilds): the first rebuild after a start pays for the JIT
compiling the code it runs, which took a core for its first 20 s or so; the later ones show the server as it
runs after that. Prints events/s and memory, writes bench/results/replay-speed.json (-interleaved,
-other-build for those runs).

Usage: bench/replay_speed.py [--events 1000000] [--interleave 1] [--rebuilds 2] [--server-jar another-build.jar]
       (build first: ./mvnw -B -DskipTests package)
"""
import argparse
import base64
import json
import shutil
import tempfile
import time
import urllib.request

from benchlib import Server, driver, jar, write_results

PASSWORD = "bench-operator-password"


def operator(server, method, path):
    request = urllib.request.Request(f"http://127.0.0.1:{server.port}{path}", method=method)
    request.add_header("Authorization", "Basic " + base64.b64encode(f"operator:{PASSWORD}".encode()).decode())
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read())


def follow(server, replay_id, timeout=3600):
    deadline = time.time() + timeout
    while time.time() < deadline:
        progress = operator(server, "GET", f"/api/operator/replays/{replay_id}")
        if progress["state"] != "RUNNING":
            return progress
        time.sleep(2)  # each look verifies the operator's password, which costs CPU the rebuild needs
    raise SystemExit("the rebuild did not finish")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--interleave", type=int, default=1,
                        help="businesses whose copied histories take turns event by event (1: one after another)")
    parser.add_argument("--rebuilds", type=int, default=2,
                        help="rebuilds one after the other on the same server; the first follows its start")
    parser.add_argument("--server-jar", help="another build of the standalone server, to compare against")
    args = parser.parse_args()
    server_jar = jar(args.server_jar)
    extra = ["--tandem.demo.enabled=true", f"--tandem.operator.password={PASSWORD}"]
    data_dir = tempfile.mkdtemp(prefix="tandem-replay-")
    try:
        with Server(server_jar, extra, heap="1g", data_dir=data_dir):
            pass  # the demo business is stored before the server reports ready
        seeded = json.loads(driver("seed-events", "--data-dir", data_dir, "--events", args.events,
                                     "--interleave", args.interleave))
        print(f"stored {seeded['events']} events in {seeded['seconds']} s, {seeded['processorsMoved']} processors moved"
              " past them; rebuilding every projection")
        rebuilds = []
        with Server(server_jar, extra, heap="1g", data_dir=data_dir) as server:
            for number in range(1, args.rebuilds + 1):
                started = time.time()
                done = follow(server, operator(server, "POST", "/api/operator/replays")["id"])
                seconds = time.time() - started
                rebuilds.append({"rebuild": number, "seconds": round(seconds, 1),
                                 "eventsPerSecond": round(done["eventsPerSecond"]), "state": done["state"],
                                 "memoryAfter": server.memory()})
                print(f"rebuild {number}: {done['eventsTotal']} events in {seconds:.1f} s:"
                      f" {round(done['eventsPerSecond'])} events/s ({done['state']})", flush=True)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    result = {
        "benchmark": "replay-speed",
        "command": f"bench/replay_speed.py --events {args.events}"
                   + (f" --interleave {args.interleave}" if args.interleave > 1 else "")
                   + (f" --rebuilds {args.rebuilds}" if args.rebuilds != 2 else "")
                   + (f" --server-jar {args.server_jar}" if args.server_jar else ""),
        "interleavedBusinesses": args.interleave,
        "events": done["eventsTotal"],
        "projections": done["projections"],
        "seconds": rebuilds[0]["seconds"],
        "eventsPerSecond": rebuilds[0]["eventsPerSecond"],
        "eventsPerSecondAfterTheFirst": rebuilds[-1]["eventsPerSecond"] if len(rebuilds) > 1 else None,
        "state": "DONE" if all(r["state"] == "DONE" for r in rebuilds) else "FAILED",
        "rebuilds": rebuilds,
        "memoryAfter": rebuilds[-1]["memoryAfter"],
    }
    variant = ("-interleaved" if args.interleave > 1 else "") + ("-other-build" if args.server_jar else "")
    write_results("replay-speed" + variant, result)
    print(f"rebuilt {len(done['projections'])} projections from {done['eventsTotal']} events:"
          f" {' / '.join(str(r['eventsPerSecond']) for r in rebuilds)} events/s ({result['state']}); memory {result['memoryAfter']}")


if __name__ == "__main__":
    main()
