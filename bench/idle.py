#!/usr/bin/env python3
"""Idle is idle: what a standalone server with no traffic costs.

Starts the standalone server (durable embedded PostgreSQL, as shipped) once to have its PostgreSQL load
pg_stat_statements from then on, starts it again on the same data, lets it settle, then over --seconds measures:
  - the CPU the Java process and the PostgreSQL processes use, as a share of one core (from /proc);
  - the statements PostgreSQL runs per second (pg_stat_statements, the benchmark's own two reads left out);
  - how promptly a write is still seen: one status change through the API once the measurement is over.
With --server-jar OTHER the same is measured for another build first, as the baseline.

Targets: < 2 % of a core, < 20 statements/s.

Usage: bench/idle.py [--settle 30] [--seconds 60] [--server-jar OLD.jar]   (build first: ./mvnw -B -DskipTests package)
"""
import argparse
import os
import shutil
import subprocess
import tempfile
import time

from benchlib import Client, Server, jar, write_results

STATEMENTS = "select coalesce(sum(calls), 0) from pg_stat_statements"


def cpu_seconds(pid):
    """User and system CPU of a process so far, in seconds."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def postgres_pids(data_dir):
    """The embedded PostgreSQL's postmaster and its backends: the postmaster's pid and its children."""
    with open(os.path.join(data_dir, "postgres", "postmaster.pid")) as pid_file:
        postmaster = int(pid_file.readline())
    children = subprocess.run(["pgrep", "-P", str(postmaster)], capture_output=True, text=True).stdout.split()
    return [postmaster] + [int(child) for child in children]


def psql(server, sql):
    """Runs SQL in the server's database as the embedded server's superuser, through its own psql."""
    done = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-p", str(server.database_port), "-U", "postgres", "-d", "tandem",
         "-At", "-c", sql], capture_output=True, text=True)
    return done.stdout.strip() if done.returncode == 0 else None


def measure(server_jar, settle, seconds, label):
    data_dir = tempfile.mkdtemp(prefix="tandem-idle-")
    # A first start only to load pg_stat_statements from the next start on, whatever the build's settings.
    with Server(server_jar, data_dir=data_dir) as first:
        psql(first, "alter system set shared_preload_libraries = 'pg_stat_statements'")
    with Server(server_jar, data_dir=data_dir) as server:
        counting = psql(server, "create extension if not exists pg_stat_statements") is not None \
            and psql(server, STATEMENTS) is not None
        time.sleep(settle)
        pids = postgres_pids(server.data_dir)
        java_before = cpu_seconds(server.process.pid)
        pg_before = sum(cpu_seconds(pid) for pid in pids if os.path.exists(f"/proc/{pid}"))
        statements_before = int(psql(server, STATEMENTS)) if counting else None
        started = time.time()
        time.sleep(seconds)
        elapsed = time.time() - started
        statements_after = int(psql(server, STATEMENTS)) if counting else None
        java_after = cpu_seconds(server.process.pid)
        pg_after = sum(cpu_seconds(pid) for pid in pids if os.path.exists(f"/proc/{pid}"))
        write_seen = one_write_answered_in_ms(server.port)
        result = {
            "build": label,
            "seconds": round(elapsed, 1),
            "javaCore": round((java_after - java_before) / elapsed, 4),
            "postgresCore": round((pg_after - pg_before) / elapsed, 4),
            # The second count's own statement is left out (the first one's is in the first count).
            "statementsPerSecond": None if not counting
            else round((statements_after - statements_before - 1) / elapsed, 2),
            "statusChangeAfterIdleMs": write_seen,
        }
    shutil.rmtree(data_dir, ignore_errors=True)
    print(f"{label:>10}: Java {result['javaCore'] * 100:.2f} % of a core, PostgreSQL "
          f"{result['postgresCore'] * 100:.2f} %, {result['statementsPerSecond']} statements/s, "
          f"a status change after the idle spell answered in {write_seen} ms")
    return result


def one_write_answered_in_ms(port):
    client = Client(port)
    email = f"idle-{time.time_ns()}@example.com"
    status, body = client.call("POST", "/api/auth/signup", {
        "businessName": "Idle Co", "timeZone": "Europe/Paris", "currency": "EUR", "name": "Ida Admin",
        "email": email, "password": "correct horse battery"})
    token = body["token"]
    status, provider = client.call("POST", "/api/admin/providers", {
        "name": "Ivo Provider", "email": "ivo-" + email, "skills": ["cleaning"], "password": "provider password 1"},
        token)
    status, login = client.call("POST", "/api/auth/login", {"email": "ivo-" + email, "password": "provider password 1"})
    started = time.perf_counter()
    status, _ = client.call("POST", "/api/provider/availability", {"status": "ON_BREAK"}, login["token"])
    return round((time.perf_counter() - started) * 1000, 1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--settle", type=int, default=30)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--server-jar", help="another build to measure first, as the baseline")
    args = parser.parse_args()
    runs = []
    if args.server_jar:
        runs.append(measure(args.server_jar, args.settle, args.seconds, "baseline"))
    runs.append(measure(jar(), args.settle, args.seconds, "this build"))
    current = runs[-1]
    write_results("idle", {
        "targets": {"core": 0.02, "statementsPerSecond": 20},
        "met": current["javaCore"] + current["postgresCore"] < 0.02
        and (current["statementsPerSecond"] or 0) < 20,
        "runs": runs,
    })


if __name__ == "__main__":
    main()
