#!/usr/bin/env python3
"""Flat cost: a booking command for a provider with a long history against one for a new provider.

Starts the standalone server (temporary embedded PostgreSQL, durable as shipped), makes one business with two
providers, gives one of them --events past events (status changes through the API), then books each of them and has
each confirm, taking turns, --rounds times, timing the answers (bench/driver task flat-cost). Twice: as shipped, with
the aggregates kept in memory, and with the aggregate cache cut to one entry, so that every command loads its
provider from the store (as after a restart, or once the cache has let it go): that is where a long history costs,
unless snapshots keep it short. Target: the old provider's median within 1.2x of the new one's, in both.

Usage: bench/flat_cost.py [--events 20000] [--rounds 200] [--server-jar OLD.jar]
       (build first: ./mvnw -B -DskipTests package; another build's figures go to flat-cost-other-build.json)
"""
import argparse
import json

from benchlib import Server, driver, jar, write_results

TARGET = 1.2
CONFIGURATIONS = {
    "cached": [],
    "loadedFromTheStore": ["--tandem.aggregate-cache.entries=1"],
}


def run(events, rounds, extra, server_jar=None):
    with Server(jar(server_jar), extra, heap="512m") as server:
        return json.loads(driver("flat-cost", "--port", server.port, "--events", events, "--rounds", rounds))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--server-jar", help="another build to measure instead, e.g. the previous one")
    args = parser.parse_args()
    results = {name: run(args.events, args.rounds, extra, args.server_jar) for name, extra in CONFIGURATIONS.items()}
    verdicts = {name: {command: {"ratio": figures[command]["ratioOfMedians"],
                                 "met": figures[command]["ratioOfMedians"] <= TARGET}
                       for command in ("book", "confirm")}
                for name, figures in results.items()}
    write_results("flat-cost-other-build" if args.server_jar else "flat-cost", {"benchmark": "flat-cost",
                                "serverJar": args.server_jar,
                                "command": f"bench/flat_cost.py --events {args.events} --rounds {args.rounds}",
                                "target": TARGET, "results": results, "verdicts": verdicts})
    for name, figures in results.items():
        for command in ("book", "confirm"):
            old, fresh = figures[command]["oldProviderMs"], figures[command]["freshProviderMs"]
            ratio = figures[command]["ratioOfMedians"]
            print(f"{name:>19} {command:>8}: provider with {args.events:,} past events p50 {old['p50']} ms"
                  f" (p99 {old['p99']}), new provider p50 {fresh['p50']} ms (p99 {fresh['p99']}): ratio {ratio}"
                  f" (target <= {TARGET}: {'met' if ratio <= TARGET else 'NOT met'})")


if __name__ == "__main__":
    main()
