#!/usr/bin/env python3
"""Measures how long ranking one booking takes in a business of 5,000 providers.

Starts the standalone server on a temporary embedded PostgreSQL and signs up one business in Paris. One
provider is registered through the API with weekly hours (06:00-22:00 every day); the load driver then
copies its events under 4,999 new provider ids straight into the event store (`seed-providers`: homes
scattered within about 12 km, one in ten with another skill), and the projections build their views from
them. A few hundred bookings are then given to random providers through the API around the job, so
overlaps and travel are checked for real. The job itself (kept out of the saga with autoAssign:false) is
then ranked again and again through GET /api/admin/bookings/{id}/ranking: with ?limit=10 (the ranking
computed in full, ten of each listed) and with the whole answer (5,000 entries of JSON). The server's own
timer of the ranking (tandem.assignment.ranking: reading the inputs, ranking them) is read from
/actuator/prometheus after the ?limit=10 series. Finally a series
of fresh bookings are auto-assigned through POST /api/admin/auto-assign.

Prints p50/p99 latencies and writes bench/results/ranking.json.

Usage: bench/ranking.py [--providers 5000] [--rankings 1000] [--jar standalone/target/standalone-*.jar]
(build first: ./mvnw -B -DskipTests package; the driver: ./mvnw -B -q -f bench/driver/pom.xml package)
"""
import argparse
import json
import os
import random
import statistics
import time
import urllib.request
import uuid

from benchlib import Server, Client, driver, jar as runnable_jar, percentile, write_results

TEN_AM = "2027-03-02T09:00:00Z"  # a Tuesday, 10:00 in Paris
EVERY_DAY = [{"dayOfWeek": d, "start": "06:00", "end": "22:00"}
             for d in ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]]
LOUVRE = {"name": "Ada Customer", "address": "1 Rue de Rivoli, Paris", "lat": 48.8606, "lng": 2.3376}


def timed(client, method, path, body, token, times):
    latencies = []
    for _ in range(times):
        started = time.perf_counter()
        status, answer = client.call(method, path, body, token)
        latencies.append((time.perf_counter() - started) * 1000)
        assert status == 200, (status, answer)
    return latencies


def figures(latencies):
    return {"count": len(latencies), "p50Ms": round(percentile(latencies, 50), 2),
            "p99Ms": round(percentile(latencies, 99), 2), "meanMs": round(statistics.mean(latencies), 2),
            "maxMs": round(max(latencies), 2)}


def server_side(port):
    """The server's own timer of the ranking (tandem.assignment.ranking, by phase): p50 and p99 in ms."""
    metrics = urllib.request.urlopen(f"http://127.0.0.1:{port}/actuator/prometheus").read().decode()
    found = {}
    for line in metrics.splitlines():
        if line.startswith("tandem_assignment_ranking_seconds{") and "quantile=" in line:
            labels, value = line.rsplit(" ", 1)
            phase = labels.split('phase="')[1].split('"')[0]
            quantile = labels.split('quantile="')[1].split('"')[0]
            found[f"{phase}P{round(float(quantile) * 100)}Ms"] = round(float(value) * 1000, 2)
    return found


def booking(client, token, start, provider_id=None, auto_assign=False, minutes=60):
    body = {"customer": LOUVRE, "service": "cleaning", "scheduledStart": start, "durationMinutes": minutes,
            "priceCents": 10000, "autoAssign": auto_assign}
    if provider_id:
        body["providerId"] = provider_id
    return client.call("POST", "/api/bookings", body, token)


def at(hour, minute=0):
    return f"2027-03-02T{hour - 1:02d}:{minute:02d}:00Z"  # Paris is UTC+1 in March


def run(jar, providers, rankings, seed_bookings):
    with Server(jar) as server:
        client = Client(server.port)
        status, session = client.call("POST", "/api/auth/signup", {
            "businessName": "Bench", "timeZone": "Europe/Paris", "currency": "EUR", "name": "Bench",
            "email": f"bench-{uuid.uuid4()}@example.com", "password": "benchmark password"})
        assert status == 201, session
        token = session["token"]
        email = f"template-{uuid.uuid4()}@example.com"
        status, template = client.call("POST", "/api/admin/providers", {
            "name": "Template", "email": email, "skills": ["cleaning"], "home": {"lat": 48.8566, "lng": 2.3522},
            "serviceRadiusKm": 15, "password": "provider password 2026"}, token)
        assert status == 201, template
        status, login = client.call("POST", "/api/auth/login", {"email": email, "password": "provider password 2026"})
        assert status == 200, login
        status, _ = client.call("POST", "/api/provider/availability", {"weeklyHours": EVERY_DAY}, login["token"])
        assert status == 200

        started = time.time()
        seeded = json.loads(driver("seed-providers", "--db-port", server.database_port, "--template",
                                   template["id"], "--count", providers - 1))["providers"]
        status, probe = booking(client, token, TEN_AM)
        assert status == 201, probe
        while True:
            status, ranking = client.call("GET", f"/api/admin/bookings/{probe['id']}/ranking?limit=0", token=token)
            if status == 200 and ranking["candidateCount"] + ranking["excludedCount"] >= providers:
                break
            time.sleep(0.5)
        seeding_seconds = round(time.time() - started, 1)

        rng = random.Random(5000)
        held = 0
        for _ in range(seed_bookings):
            hour, minute = rng.randint(7, 19), rng.choice([0, 30])
            status, _ = booking(client, token, at(hour, minute), provider_id=rng.choice(seeded))
            held += status == 201

        path = f"/api/admin/bookings/{probe['id']}/ranking"
        timed(client, "GET", path + "?limit=10", None, token, 200)  # warm-up, not measured
        top_ten = timed(client, "GET", path + "?limit=10", None, token, rankings)
        in_server = server_side(server.port)
        status, ranking = client.call("GET", path + "?limit=0", token=token)
        whole = timed(client, "GET", path, None, token, max(50, rankings // 10))

        assigns = []
        for i in range(50):
            status, fresh = booking(client, token, at(8 + i % 12, 15), minutes=30)
            assert status == 201, fresh
            assigns += timed(client, "POST", "/api/admin/auto-assign", {"bookingId": fresh["id"]}, token, 1)

        return {
            "providers": providers, "candidates": ranking["candidateCount"], "excluded": ranking["excludedCount"],
            "heldBookings": held, "seedingSeconds": seeding_seconds,
            "rankingTopTen": figures(top_ten), "inServer": in_server, "rankingWholeAnswer": figures(whole), "autoAssign": figures(assigns),
        }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--providers", type=int, default=5000)
    parser.add_argument("--rankings", type=int, default=1000)
    parser.add_argument("--bookings", type=int, default=300)
    parser.add_argument("--jar", default=None)
    args = parser.parse_args()
    load_before = os.getloadavg()
    result = {"benchmark": "ranking",
              "command": f"bench/ranking.py --providers {args.providers} --rankings {args.rankings}",
              "targetP99Ms": 20,
              **run(runnable_jar(args.jar), args.providers, args.rankings, args.bookings)}
    # The machine is shared: its load (runnable processes, averaged over a minute) says how noisy a run was.
    result["loadAverage1m"] = {"before": round(load_before[0], 2), "after": round(os.getloadavg()[0], 2)}
    print(f"{result['providers']} providers: {result['candidates']} candidates, {result['excluded']} excluded, "
          f"{result['heldBookings']} bookings held around the job (seeded in {result['seedingSeconds']} s)")
    print(f"{'':>34} {'n':>6} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for name, label in [("rankingTopTen", "GET ranking ?limit=10"), ("rankingWholeAnswer", "GET ranking, whole answer"),
                        ("autoAssign", "POST auto-assign")]:
        f = result[name]
        print(f"{label:>34} {f['count']:>6} {f['p50Ms']:>8} {f['p99Ms']:>8} {f['maxMs']:>8}")
    print("in the server (tandem.assignment.ranking, last minutes):", result["inServer"])
    print("load average (1 min) before and after:", result["loadAverage1m"])
    write_results("ranking", result)


if __name__ == "__main__":
    main()
