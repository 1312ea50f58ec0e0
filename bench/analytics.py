#!/usr/bin/env python3
"""Analytics and the board at an instant, over HTTP, in a large store; and the rebuild with analytics included.

1. Starts the standalone server and builds one business through the API: --providers providers working
   07:00-19:00 Monday to Saturday, and --bookings bookings over the last 30 days (most completed, some rated
   and tipped, some cancelled, some only confirmed).
2. Stops it, and copies that business's events until the store holds --businesses businesses (each copy a
   business of its own, every id replaced: bench/driver seed-events). Then gives the first business a long
   past: its bookings' histories copied a month further back each time until it has --board-events events,
   spread over those months (bench/driver deepen-business).
3. Starts it again, rebuilds every projection (analytics included) and reports events/s.
4. Asks GET /api/admin/analytics for the first business's last 30 days --requests times; GET /api/admin/board?at=
   first for now (a fold of the business's whole history, which leaves a snapshot at each midnight it passes),
   then --requests times for instants drawn at random over its history; beside them, in the same run, the
   baseline: the business's provider list (GET /api/admin/providers?limit=100), a plain indexed read of a view.

Prints p50/p95 of each and their ratio to the baseline; writes bench/results/analytics.json.

Usage: bench/analytics.py [--providers 100] [--bookings 1000] [--businesses 1000] [--board-events 100000]
                         [--requests 200]
       (build first: ./mvnw -B -DskipTests package)
"""
import argparse
import base64
import datetime
import json
import random
import shutil
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from benchlib import Client, Server, driver, jar, percentile, write_results

PASSWORD = "bench-operator-password"
PROVIDER_PASSWORD = "provider password 2026"
SLOTS = ["08:00", "10:00", "12:00", "14:00", "16:00"]  # 90-minute jobs, inside 07:00-19:00 in either season
WEEK = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"]


def expect(status, answer, what):
    if answer[0] != status:
        raise SystemExit(f"{what}: expected {status}, got {answer[0]} {answer[1]}")
    return answer[1]


def build_business(port, providers, bookings, seed=7):
    """One business in Paris with its providers and a month of bookings; answers its admin token."""
    client = Client(port)
    session = expect(201, client.call("POST", "/api/auth/signup", {
        "businessName": "Measured Cleaning", "timeZone": "Europe/Paris", "currency": "EUR",
        "name": "Bench Admin", "email": f"bench-{time.time_ns()}@example.com", "password": PROVIDER_PASSWORD}),
        "sign-up")
    admin = session["token"]

    def provider(number):
        own = Client(port)
        email = f"provider-{number}-{time.time_ns()}@example.com"
        created = expect(201, own.call("POST", "/api/admin/providers", {
            "name": f"Provider {number:03d}", "email": email, "skills": ["cleaning"],
            "payRate": {"type": "PERCENTAGE", "amount": 4000}, "password": PROVIDER_PASSWORD}, admin), "provider")
        token = expect(200, own.call("POST", "/api/auth/login", {"email": email, "password": PROVIDER_PASSWORD}),
                       "login")["token"]
        expect(200, own.call("POST", "/api/provider/availability", {
            "weeklyHours": [{"dayOfWeek": day, "start": "07:00", "end": "19:00"} for day in WEEK]}, token), "hours")
        return created["id"], token

    with ThreadPoolExecutor(4) as pool:
        team = list(pool.map(provider, range(providers)))

    rng = random.Random(seed)
    paris = datetime.timezone(datetime.timedelta(hours=1))  # the slots need not be exact Paris hours
    today = datetime.date.today()
    slots = [(p, d, s) for p in range(providers) for d in range(30) for s in SLOTS
             if (today - datetime.timedelta(days=d)).weekday() < 6]
    chosen = rng.sample(slots, min(bookings, len(slots)))

    def book(job):
        p, days_ago, slot = job
        own = Client(port)
        provider_id, token = team[p]
        day = today - datetime.timedelta(days=days_ago)
        hour, minute = map(int, slot.split(":"))
        start = datetime.datetime(day.year, day.month, day.day, hour, minute, tzinfo=paris)
        booking = expect(201, own.call("POST", "/api/bookings", {
            "customer": {"name": "Ada Customer", "address": "1 Rue de Rivoli, Paris", "lat": 48.86, "lng": 2.34},
            "service": rng.choice(["cleaning", "windows", "deep-cleaning"]),
            "scheduledStart": start.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "durationMinutes": 90, "priceCents": 6000 + 1500 * (p % 4), "providerId": provider_id}, admin), "booking")
        fate = rng.random()
        if fate < 0.1:
            expect(200, own.call("PATCH", f"/api/bookings/{booking['id']}", {"status": "CANCELLED"}, admin), "cancel")
            return
        expect(200, own.call("PUT", "/api/provider/bookings", {"bookingId": booking["id"], "status": "CONFIRMED"},
                             token), "confirm")
        if fate < 0.25:
            return
        for status in ("IN_PROGRESS", "COMPLETED"):
            expect(200, own.call("PUT", "/api/provider/bookings", {"bookingId": booking["id"], "status": status},
                                 token), status)
        if fate < 0.7:
            expect(201, own.call("POST", f"/api/bookings/{booking['id']}/rating", {"stars": rng.randint(3, 5)},
                                 admin), "rating")
        if fate < 0.4:
            expect(201, own.call("POST", f"/api/bookings/{booking['id']}/tip", {"amountCents": 500}, admin), "tip")

    for job in sorted(chosen, key=lambda j: (j[0], -j[1], j[2])):
        book(job)
    return session


def events_of(port, token):
    """How many events the business stored, counted through its audit trail."""
    client, count, cursor = Client(port), 0, None
    while True:
        page = expect(200, client.call("GET", "/api/admin/audit?limit=500" + (f"&cursor={cursor}" if cursor else ""),
                                       None, token), "audit")
        count += len(page["items"])
        cursor = page["nextCursor"]
        if not cursor:
            return count


def operator(port, method, path):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method)
    request.add_header("Authorization", "Basic " + base64.b64encode(f"operator:{PASSWORD}".encode()).decode())
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read())


def rebuild(port):
    started = time.time()
    replay = operator(port, "POST", "/api/operator/replays")
    while True:
        progress = operator(port, "GET", f"/api/operator/replays/{replay['id']}")
        if progress["state"] != "RUNNING":
            return progress, time.time() - started
        time.sleep(2)


def timed(port, paths, token, requests):
    """p50/p95 of GETs of the path (or of paths drawn in turn from a list), after a warm-up."""
    client, pick = Client(port), (lambda n: paths) if isinstance(paths, str) else (lambda n: paths[n % len(paths)])
    for n in range(max(20, requests // 10)):  # warm-up: the JIT, the caches
        expect(200, client.call("GET", pick(n), None, token), pick(n))
    millis = []
    for n in range(requests):
        started = time.perf_counter()
        expect(200, client.call("GET", pick(n), None, token), pick(n))
        millis.append((time.perf_counter() - started) * 1000)
    return {"p50Ms": round(percentile(millis, 50), 2), "p95Ms": round(percentile(millis, 95), 2)}


def board_paths(since, count, seed=11):
    """Instants drawn at random between a day after the business's first event and now."""
    rng = random.Random(seed)
    start = since + datetime.timedelta(days=1)
    span = (datetime.datetime.now(datetime.timezone.utc) - start).total_seconds()
    return [f"/api/admin/board?at={(start + datetime.timedelta(seconds=rng.random() * span)).strftime('%Y-%m-%dT%H:%M:%SZ')}"
            for _ in range(count)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--providers", type=int, default=100)
    parser.add_argument("--bookings", type=int, default=1000)
    parser.add_argument("--businesses", type=int, default=1000)
    parser.add_argument("--board-events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    server_jar = jar()
    extra = [f"--tandem.operator.password={PASSWORD}", "--tandem.security.access-token-ttl=2h"]
    data_dir = tempfile.mkdtemp(prefix="tandem-analytics-")
    try:
        with Server(server_jar, extra, heap="1g", data_dir=data_dir) as server:
            built = time.time()
            session = build_business(server.port, args.providers, args.bookings)
            print(f"built the business: {args.providers} providers, {args.bookings} bookings in"
                  f" {time.time() - built:.0f} s", flush=True)
            one_business = events_of(server.port, session["token"])
        seeded = json.loads(driver("seed-events", "--data-dir", data_dir, "--events", one_business * args.businesses))
        print(f"stored {seeded['events']} events ({args.businesses} businesses) in {seeded['seconds']} s", flush=True)
        deepened = json.loads(driver("deepen-business", "--data-dir", data_dir,
                                     "--business", session["user"]["businessId"], "--events", args.board_events))
        print(f"the first business now has {deepened['events']} events over {deepened['months']} months"
              f" ({deepened['instantsMoved']} instants in its copies' payloads moved back)", flush=True)
        since = datetime.datetime.fromisoformat(deepened["since"].replace("Z", "+00:00"))
        with Server(server_jar, extra, heap="1g", data_dir=data_dir) as server:
            done, seconds = rebuild(server.port)
            print(f"rebuilt {len(done['projections'])} projections from {done['eventsTotal']} events in {seconds:.0f} s:"
                  f" {round(done['eventsPerSecond'])} events/s ({done['state']})", flush=True)
            token = expect(200, Client(server.port).call("POST", "/api/auth/login", {
                "email": session["user"]["email"], "password": PROVIDER_PASSWORD}), "admin login")["token"]
            today = datetime.date.today()
            period = f"from={today - datetime.timedelta(days=29)}&to={today}"
            baseline = timed(server.port, "/api/admin/providers?limit=100", token, args.requests)
            analytics = timed(server.port, f"/api/admin/analytics?{period}&compare=previous", token, args.requests)
            started = time.perf_counter()
            board_now = expect(200, Client(server.port).call("GET", "/api/admin/board", None, token), "board now")
            board_first = round((time.perf_counter() - started) * 1000, 1)
            if len(board_now["providers"]) != args.providers:
                raise SystemExit(f"the board shows {len(board_now['providers'])} providers, not {args.providers}")
            board = timed(server.port, board_paths(since, args.requests * 2), token, args.requests)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    result = {
        "benchmark": "analytics",
        "command": f"bench/analytics.py --providers {args.providers} --bookings {args.bookings}"
                   f" --businesses {args.businesses} --board-events {args.board_events} --requests {args.requests}",
        "store": {"businesses": args.businesses, "bookings": args.bookings * args.businesses,
                  "events": done["eventsTotal"], "eventsOfTheMeasuredBusiness": one_business,
                  "eventsOfTheBoardsBusiness": deepened["events"], "itsMonths": deepened["months"]},
        "rebuild": {"eventsPerSecond": round(done["eventsPerSecond"]), "seconds": round(seconds, 1),
                    "projections": done["projections"], "state": done["state"]},
        "baselineProviderList": baseline,
        "analytics30Days": dict(analytics, p95VsBaseline=round(analytics["p95Ms"] / baseline["p95Ms"], 1)),
        "boardAtAnInstant": dict(board, p95VsBaseline=round(board["p95Ms"] / baseline["p95Ms"], 1),
                                 target="p95 <= 300 ms", met=board["p95Ms"] <= 300,
                                 firstRequestFoldingTheWholeHistoryMs=board_first,
                                 instants="drawn at random over the business's history"),
    }
    write_results("analytics", result)
    print(json.dumps({key: value for key, value in result.items() if key != "rebuild"} | {
        "rebuildEventsPerSecond": result["rebuild"]["eventsPerSecond"]}, indent=2))


if __name__ == "__main__":
    main()
