#!/usr/bin/env python3
"""Measures the day planner on the 56 Solomon VRPTW instances (100 customers each).

Each instance becomes a day for the planner (bench/planner, SolomonDay): the depot is every provider's home,
customers are bookings with arrival windows (ready..due) and service times, travel is Euclidean, and each
of the 25 vehicles carries at most the instance's capacity. Every instance is planned twice in the same run:
greedily (bookings in window order, each to the provider it adds the least travel to) and by the planner
within --seconds. Both plans are measured again with exact Euclidean distances and checked independently
(every customer once, windows, capacity, depot closing time). The planner minimises travel, not vehicles,
so its distance is compared with the distance-only best-known solutions (bench/planner/bks.json,
`distanceOnly`), never with the hierarchical ones.

Prints a line per instance and per family, and writes bench/results/planner.json.

Usage: bench/planner.py [--seconds 30] [--parallel 1] [--only R1,C101]
(build first: ./mvnw -B -q -DskipTests install)
With --parallel 2 two instances are solved at once, one core each (the solver uses one thread).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

from benchlib import JAVA, ROOT, write_results

FAMILIES = ["C1", "C2", "R1", "R2", "RC1", "RC2"]


def family(name):
    return next(f for f in sorted(FAMILIES, key=len, reverse=True) if name.startswith(f))


def gap(distance, best):
    return round(100.0 * (distance - best) / best, 2)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--parallel", type=int, default=1)
    parser.add_argument("--only", default="")
    args = parser.parse_args()

    jar = os.path.join(ROOT, "bench/planner/target/bench-planner.jar")
    if not os.path.exists(jar):
        sys.exit("build first: ./mvnw -B -q -DskipTests install")
    bks = json.load(open(os.path.join(ROOT, "bench/planner/bks.json")))
    command = [JAVA, "-Xmx1g", "-jar", jar, "--seconds", str(args.seconds), "--parallel", str(args.parallel)]
    if args.only:
        command += ["--only", args.only]
    command.append(os.path.join(ROOT, "bench/planner/solomon"))

    instances = []
    print(f"{'instance':9} {'BKS':>8} {'planner':>8} {'gap %':>6} {'veh':>4} {'found s':>7}"
          f" {'greedy':>8} {'veh':>4} {'vs greedy %':>11}  feasible")
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as run:
        for line in run.stdout:
            result = json.loads(line)
            name = result["instance"]
            best = bks[name]["distanceOnly"]
            planner, greedy = result["planner"], result["greedy"]
            row = {
                "instance": name,
                "family": family(name),
                "bksDistanceOnly": best["distance"],
                "bksVehicles": best["vehicles"],
                "planner": planner,
                "greedy": greedy,
                "gapPercent": gap(planner["distance"], best["distance"]),
                "greedyGapPercent": gap(greedy["distance"], best["distance"]),
                "lessTravelThanGreedyPercent": round(100.0 * (1 - planner["distance"] / greedy["distance"]), 2),
            }
            instances.append(row)
            print(f"{name:9} {best['distance']:8.2f} {planner['distance']:8.2f} {row['gapPercent']:6.2f}"
                  f" {planner['vehicles']:4} {planner['foundInMs'] / 1000:7.1f} {greedy['distance']:8.2f}"
                  f" {greedy['vehicles']:4} {row['lessTravelThanGreedyPercent']:11.2f}  "
                  f"{planner['feasible']}/{greedy['feasible']}", flush=True)
    if run.returncode != 0 or not instances:
        sys.exit("the benchmark did not finish")

    families = {}
    for name in FAMILIES:
        rows = [r for r in instances if r["family"] == name]
        if rows:
            families[name] = {
                "instances": len(rows),
                "meanGapPercent": round(statistics.mean(r["gapPercent"] for r in rows), 2),
                "meanGreedyGapPercent": round(statistics.mean(r["greedyGapPercent"] for r in rows), 2),
                "lessTravelThanGreedyPercent": round(100.0 * (1 - sum(r["planner"]["distance"] for r in rows)
                                                              / sum(r["greedy"]["distance"] for r in rows)), 2),
                "meanVehicles": round(statistics.mean(r["planner"]["vehicles"] for r in rows), 2),
                "allFeasible": all(r["planner"]["feasible"] for r in rows),
            }
    r_and_rc = [r for r in instances if r["family"].startswith("R")]
    summary = {
        "secondsPerInstance": args.seconds,
        "parallel": args.parallel,
        "instancesRun": len(instances),
        "meanGapPercent": round(statistics.mean(r["gapPercent"] for r in instances), 2),
        "medianGapPercent": round(statistics.median(r["gapPercent"] for r in instances), 2),
        "worstGapPercent": max(r["gapPercent"] for r in instances),
        "allFeasible": all(r["planner"]["feasible"] for r in instances),
        "maxVehicles": max(r["planner"]["vehicles"] for r in instances),
        "meanFoundInSeconds": round(statistics.mean(r["planner"]["foundInMs"] for r in instances) / 1000, 1),
        "lessTravelThanGreedyOnRAndRcPercent": round(100.0 * (1 - sum(r["planner"]["distance"] for r in r_and_rc)
                                                             / sum(r["greedy"]["distance"] for r in r_and_rc)), 2)
        if r_and_rc else None,
        "baseline": "greedy plan of the same run; best-known distance-only solutions (bench/planner/bks.json)",
    }
    print()
    for name, figures in families.items():
        print(f"{name:4} gap {figures['meanGapPercent']:6.2f} %  (greedy {figures['meanGreedyGapPercent']:6.2f} %)"
              f"  {figures['lessTravelThanGreedyPercent']:6.2f} % less travel than greedy,"
              f" {figures['meanVehicles']} vehicles, feasible: {figures['allFeasible']}")
    print(json.dumps(summary, indent=2))
    write_results("planner", {"summary": summary, "families": families, "instances": instances})


if __name__ == "__main__":
    main()
