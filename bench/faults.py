#!/usr/bin/env python3
"""Faults survived: the server killed under load, its embedded PostgreSQL killed under it, and an external
PostgreSQL stopped for a while under load. Prints the figures and writes them to bench/results/faults.json.

1. kill: providers walk bookings through confirm, start and complete (earnings) from 8 clients; after
   --seconds the server is killed with SIGKILL and started again on the same data. It must start at the first
   try (the embedded PostgreSQL it left running is stopped first), and then: every write that answered 2xx is
   in the views, every completed booking has exactly one earning, no provider is stuck BUSY, and the
   processors go on by themselves.
2. database-died: the same load, and the embedded PostgreSQL is killed with SIGKILL. The server exits with
   status 3 for its supervisor, answering meanwhile with 503 (never a 500); started again, the same
   invariants hold.
3. outage: the server on an external PostgreSQL (the embedded binaries, started as a separate server) that is
   stopped for --outage seconds under load. Every answer during the outage is a 503 with Retry-After within a
   bounded time, readiness turns DOWN, 50 idle live connections opened before stay open throughout, and once
   PostgreSQL is back the server recovers unaided, with the same invariants.
Beside each fault, the machine's own pace in the same run: how long a start on fresh data took (the restart after
the fault is given as a ratio to it) and the load's writes/s and answer times before the fault. The waits during
an outage are set by the server's bounds (connection wait, request deadline), not by the machine's speed.

Usage: bench/faults.py [--seconds 5] [--outage 15] [--jar standalone/target/standalone-*.jar]
(build first: ./mvnw -B -DskipTests package)
"""
import argparse
import glob
import http.client
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import uuid

from benchlib import JAVA, Client, Server, free_port, jar as runnable_jar, percentile, wait_until_up, write_results

SECRET = "--tandem.security.jwt-secret=faults-benchmark-secret-of-32-bytes!"
PASSWORD = "benchmark password"
ORDER = {"PENDING": 0, "CONFIRMED": 1, "IN_PROGRESS": 2, "COMPLETED": 3, "CANCELLED": 9}
EVERY_DAY = [{"dayOfWeek": day, "start": "00:00", "end": "23:59"}
             for day in ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")]


class Business:
    """A business with providers that work around the clock, and the writes a 2xx answer acknowledged."""

    def __init__(self, port, providers=4):
        client = Client(port)
        status, session = client.call("POST", "/api/auth/signup", {
            "businessName": "Faults", "name": "Admin", "email": f"admin-{uuid.uuid4()}@example.com",
            "password": PASSWORD})
        assert status == 201, session
        self.admin = session["token"]
        self.providers = []  # (provider id, provider token)
        for index in range(providers):
            email = f"provider-{uuid.uuid4()}@example.com"
            status, provider = client.call("POST", "/api/admin/providers", {
                "name": f"Provider {index}", "email": email, "skills": ["cleaning"], "password": PASSWORD,
                "payRate": {"type": "PERCENTAGE", "amount": 2500}}, self.admin)
            assert status == 201, provider
            status, login = client.call("POST", "/api/auth/login", {"email": email, "password": PASSWORD})
            status, availability = client.call(
                "POST", "/api/provider/availability", {"weeklyHours": EVERY_DAY}, login["token"])
            assert status == 200, availability
            self.providers.append((provider["id"], login["token"]))
        self.acknowledged = {}  # booking id -> the furthest status a 2xx answer confirmed
        self.lock = threading.Lock()

    def acknowledge(self, booking_id, status):
        with self.lock:
            self.acknowledged[booking_id] = status


class Load:
    """One client per provider, each booking its provider's next half hour (as the admin) and walking the
    booking through confirm, start and complete (as the provider), again and again; every answer recorded."""

    def __init__(self, port, businesses):
        self.port, self.businesses = port, businesses
        self.running = True
        self.answers = []  # (status or 'connection', latency ms, when)
        self.answers_lock = threading.Lock()
        self.threads = [threading.Thread(target=self.work, args=(business, provider), daemon=True)
                        for business in businesses for provider in business.providers]

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *failure):
        self.running = False
        for thread in self.threads:
            thread.join(timeout=90)

    def work(self, business, provider):
        provider_id, token = provider
        client = Client(self.port)
        first_slot = int(time.time() // 86400 + 1) * 86400  # tomorrow, 00:00 UTC
        for slot in range(10_000):
            start = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(first_slot + slot * 1800))
            answer, booking = self.send(client, "POST", "/api/bookings", {
                "customer": {"name": "Customer", "address": "1 Main Street", "lat": 48.86, "lng": 2.34},
                "service": "cleaning", "durationMinutes": 20, "priceCents": 10_000, "providerId": provider_id,
                "scheduledStart": start}, business.admin)
            if answer != 201:
                if not self.running:
                    return
                continue  # refused or lost: that slot is skipped (a lost 201 leaves a booking nobody walks)
            business.acknowledge(booking["id"], booking["status"])
            for status in ("CONFIRMED", "IN_PROGRESS", "COMPLETED"):
                while self.running:
                    answer, _ = self.send(client, "PUT", "/api/provider/bookings",
                                          {"bookingId": booking["id"], "status": status}, token)
                    if answer == 200:
                        business.acknowledge(booking["id"], status)
                        break
                    if answer == 409:  # already there: a retry of a write whose answer was lost
                        break
                    time.sleep(0.2)
                if not self.running:
                    return

    def send(self, client, method, path, body, token):
        started = time.perf_counter()
        try:
            answer, payload = client.call(method, path, body, token)
        except (OSError, http.client.HTTPException):
            answer, payload = "connection", None
            client.connection.close()
        with self.answers_lock:
            self.answers.append((answer, (time.perf_counter() - started) * 1000, time.time()))
        if answer == "connection":
            time.sleep(0.2)
        return answer, payload

    def before_the_fault(self):
        """The load's pace so far, on this machine: the baseline beside the fault's figures."""
        until = time.time()
        answered = [(answer, ms, at) for answer, ms, at in self.answers if answer != "connection"]
        seconds = until - min((at for _, _, at in answered), default=until)
        latencies = [ms for answer, ms, _ in answered if answer in (200, 201)]
        return {"writesPerSecond": round(len(latencies) / seconds, 1) if seconds else 0,
                "answerMs": {"p50": round(percentile(latencies, 50), 1), "p99": round(percentile(latencies, 99), 1)}
                if latencies else None}

    def counts(self, since=0.0, until=None):
        until = until or time.time()
        counted = {}
        for answer, _, at in self.answers:
            if since <= at <= until:
                counted[str(answer)] = counted.get(str(answer), 0) + 1
        return counted

    def latencies(self, since=0.0, until=None):
        until = until or time.time()
        return [ms for answer, ms, at in self.answers if since <= at <= until and answer != "connection"]


def invariants(port, businesses, patience=90):
    """What must hold once the server has caught up; waits for the views to show every acknowledged write."""
    deadline = time.time() + patience
    while True:
        found = check(port, businesses)
        if found["lostWrites"] == 0 and found["stuckBusy"] == 0 or time.time() > deadline:
            found["caughtUpWithinSeconds"] = round(patience - max(0, deadline - time.time()), 1)
            return found
        time.sleep(1)


def check(port, businesses):
    client = Client(port)
    acknowledged = lost = doubled = missing_earnings = stuck = 0
    for business in businesses:
        views = {}
        cursor = ""
        while cursor is not None:
            status, page = client.call("GET", "/api/bookings?limit=500" + cursor, token=business.admin)
            if status != 200:
                break
            views.update({item["id"]: item for item in page["items"]})
            cursor = "&cursor=" + page["nextCursor"] if page.get("nextCursor") else None
        for booking_id, status_acknowledged in business.acknowledged.items():
            acknowledged += 1
            view = views.get(booking_id)
            if view is None or ORDER[view["status"]] < ORDER[status_acknowledged]:
                lost += 1
        # Earnings counted in each completed booking's own history (the event store), not in the ledger view,
        # whose key would hide a second EarningsRecorded.
        for booking_id, view in views.items():
            if view["status"] != "COMPLETED":
                continue
            status, history = client.call("GET", f"/api/bookings/{booking_id}/history", token=business.admin)
            recorded = sum(1 for entry in (history or []) if entry["type"] == "EarningsRecorded")
            missing_earnings += recorded == 0
            doubled += recorded > 1
        in_progress = {view.get("providerId") for view in views.values() if view["status"] == "IN_PROGRESS"}
        status, board = client.call("GET", "/api/admin/providers/realtime-status", token=business.admin)
        for provider in (board if isinstance(board, list) else (board or {}).get("items", [])):
            if provider["status"] == "BUSY" and provider["providerId"] not in in_progress:
                stuck += 1
    return {"acknowledgedBookings": acknowledged, "lostWrites": lost, "doubledEarnings": doubled,
            "completedWithoutEarning": missing_earnings, "stuckBusy": stuck}


def fault_under_load(jar, seconds, fault):
    """A server on data of its own under the load for `seconds`; then `fault(server, data, load)`, which ends the
    server's process one way or another and answers a function giving what it found once the load has stopped;
    then a server started again on the same data (it must start at the first try), and the invariants there."""
    data = tempfile.mkdtemp(prefix="tandem-faults-")
    started = time.time()
    server = Server(jar, [SECRET], data_dir=data).__enter__()
    clean_start_seconds = round(time.time() - started, 1)
    businesses = [Business(server.port) for _ in range(2)]
    with Load(server.port, businesses) as load:
        time.sleep(seconds)
        before = load.before_the_fault()
        found_by_the_fault = fault(server, data, load)
        load.running = False
    server.log.close()
    started = time.time()
    again = Server(jar, [SECRET], data_dir=data)
    try:
        wait_until_up(again.port, again.process)  # gives up with an error if this first start fails
        restart_seconds = round(time.time() - started, 1)
        found = invariants(again.port, businesses)
        found.update(found_by_the_fault())
        # The machine's own pace, from the same run: a start on fresh data, and the load before the fault.
        found.update({"restartSeconds": restart_seconds, "startedAtTheFirstTry": True,
                      "cleanStartSeconds": clean_start_seconds,
                      "restartToCleanStart": round(restart_seconds / clean_start_seconds, 2),
                      "loadBeforeTheFault": before})
        return found
    finally:
        again.__exit__()
        shutil.rmtree(data, ignore_errors=True)


def kill_the_server(jar, seconds):
    def kill(server, data, load):
        server.process.send_signal(signal.SIGKILL)
        server.process.wait()
        killed_at = time.time()
        return lambda: {"writesBeforeTheKill": load.counts(until=killed_at)}
    return fault_under_load(jar, seconds, kill)


def kill_the_database(jar, seconds):
    def kill(server, data, load):
        with open(os.path.join(data, "postgres", "postmaster.pid")) as pid:
            os.kill(int(pid.readline()), signal.SIGKILL)
        died_at = time.time()
        exit_status = server.process.wait(timeout=60)
        exited_after = round(time.time() - died_at, 1)
        return lambda: {"exitStatus": exit_status, "exitedAfterSeconds": exited_after,
                        "answersAfterTheDatabaseDied": load.counts(since=died_at)}
    return fault_under_load(jar, seconds, kill)


def postgres_binaries():
    found = sorted(glob.glob(os.path.join(tempfile.gettempdir(), "embedded-pg", "*", "bin", "pg_ctl")))
    if not found:
        raise SystemExit("no PostgreSQL binaries found: run the kill phase first (it extracts them)")
    return os.path.dirname(found[-1])


class ExternalPostgres:
    """A PostgreSQL of its own, from the embedded binaries, that can be stopped and started again. PostgreSQL
    refuses to run as root; as root it runs in a user namespace of its own, as the embedded one does."""

    def __init__(self):
        self.bin = postgres_binaries()
        self.dir = tempfile.mkdtemp(prefix="tandem-pg-")
        self.port = free_port()
        self.run("initdb", "-D", self.dir, "-U", "postgres", "-A", "trust")
        self.start()

    @property
    def jdbc_url(self):
        return f"jdbc:postgresql://127.0.0.1:{self.port}/postgres"

    def run(self, program, *args, check=True):
        command = ([] if os.geteuid() != 0 else ["unshare", "-U"]) + [os.path.join(self.bin, program), *args]
        subprocess.run(command, check=check, capture_output=True)

    def start(self):
        self.run("pg_ctl", "-D", self.dir, "-w", "-l", os.path.join(self.dir, "log"),
                 "-o", f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1", "start")

    def stop(self):
        self.run("pg_ctl", "-D", self.dir, "-m", "fast", "-w", "stop")

    def remove(self):
        self.run("pg_ctl", "-D", self.dir, "-m", "immediate", "stop", check=False)
        shutil.rmtree(self.dir, ignore_errors=True)


class LiveConnections:
    """Idle, subscribed live connections opened by the load driver, held for a while; how many stayed open."""

    def __init__(self, port, count, hold):
        self.count = count
        self.process = subprocess.Popen(
            [JAVA, "-Xmx512m", "-jar", runnable_jar(module="bench/driver"), "idle", "--port", str(port),
             "--connections", str(count), "--hold", str(int(hold))],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        for line in self.process.stdout:
            if line.startswith("CONNECTED"):
                return
        raise SystemExit("the live connections did not open")

    def still_open(self):
        for line in self.process.stdout:
            if line.startswith("STILL_OPEN"):
                self.process.wait(timeout=30)
                return f"{line.split()[1]} of {self.count}"
        return f"unknown of {self.count}"


def stop_an_external_database(jar, seconds, outage):
    postgres = ExternalPostgres()
    try:
        # The driver opens the 50 live connections as one admin: more than one user may hold (10) as shipped.
        with Server(jar, [SECRET, f"--tandem.database.url={postgres.jdbc_url}",
                          "--tandem.database.user=postgres", "--tandem.database.password=unused",
                          "--tandem.live.max-connections-per-user=50"]) as server:
            businesses = [Business(server.port) for _ in range(2)]
            live = LiveConnections(server.port, count=50, hold=seconds + outage + 10)
            with Load(server.port, businesses) as load:
                time.sleep(seconds)
                before = load.before_the_fault()
                postgres.stop()
                stopped_at = time.time()
                time.sleep(2)
                readiness_during, _ = Client(server.port).call("GET", "/actuator/health/readiness")
                time.sleep(max(0, outage - 2))
                postgres.start()
                back_at = time.time()
                recovered_after = None
                while time.time() < back_at + 60:
                    ok = [at for answer, _, at in load.answers if answer == 200 and at > back_at]
                    if ok:
                        recovered_after = round(min(ok) - back_at, 1)
                        break
                    time.sleep(0.2)
                time.sleep(seconds)
            during = load.counts(since=stopped_at, until=back_at)
            waits = load.latencies(since=stopped_at, until=back_at)
            found = invariants(server.port, businesses)
            readiness_after, _ = Client(server.port).call("GET", "/actuator/health/readiness")
            found.update({
                "outageSeconds": round(back_at - stopped_at, 1),
                "liveConnectionsOpenThroughTheOutage": live.still_open(),
                "answersDuringTheOutage": during,
                "answerMsDuringTheOutage": {"p50": round(percentile(waits, 50)), "p99": round(percentile(waits, 99)),
                                            "max": round(max(waits))} if waits else None,
                "readinessDuringTheOutage": readiness_during,
                "readinessAfter": readiness_after,
                "firstWriteAcceptedSecondsAfterTheDatabaseCameBack": recovered_after,
                "loadBeforeTheFault": before,
            })
            return found
    finally:
        postgres.remove()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--outage", type=float, default=15)
    parser.add_argument("--jar", default=None)
    args = parser.parse_args()
    jar = runnable_jar(args.jar)
    result = {"killTheServer": kill_the_server(jar, args.seconds)}
    print("server killed:", result["killTheServer"], flush=True)
    result["killTheEmbeddedDatabase"] = kill_the_database(jar, args.seconds)
    print("embedded database killed:", result["killTheEmbeddedDatabase"], flush=True)
    result["stopAnExternalDatabase"] = stop_an_external_database(jar, args.seconds, args.outage)
    print("external database stopped:", result["stopAnExternalDatabase"], flush=True)
    write_results("faults", result)


if __name__ == "__main__":
    main()
