"""What every benchmark script here shares: starting the standalone server on a temporary embedded
PostgreSQL, calling its API, measuring its memory, and writing results to bench/results/."""
import glob
import http.client
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAVA = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Client:
    """One keep-alive HTTP/1.1 connection; each request goes out in one packet (body encoded with it)."""

    def __init__(self, port):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def call(self, method, path, body=None, token=None):
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = "Bearer " + token
        self.connection.request(method, path, json.dumps(body).encode() if body is not None else None, headers)
        response = self.connection.getresponse()
        data = response.read()
        return response.status, (json.loads(data) if data else None)


def jar(path=None, module="standalone"):
    """The runnable jar to benchmark: the one given, or the one the build left in the module's target/."""
    if path:
        return path
    jars = [j for j in glob.glob(os.path.join(ROOT, module, "target", "*.jar")) if "original" not in j]
    if not jars:
        sys.exit("build first: ./mvnw -B -DskipTests package")
    return jars[0]


class Server:
    """The standalone server on a temporary embedded PostgreSQL, stopped and removed on exit."""

    def __init__(self, jar_path, extra_args=(), heap=None, data_dir=None):
        """With a data_dir of the caller's, the data is kept there when the server stops."""
        self.port = free_port()
        self.keep = data_dir is not None
        self.data_dir = data_dir or tempfile.mkdtemp(prefix="tandem-bench-")
        self.log = open(os.path.join(self.data_dir, "server.log"), "w")
        defaults = [f"--server.port={self.port}", f"--tandem.database.data-dir={self.data_dir}",
                    "--tandem.demo.enabled=false", "--logging.level.tandem.http=WARN",
                    "--logging.level.org.axonframework=WARN",
                    # The drivers write as fast as the server answers, from one address: the per-business write
                    # limit and the sign-up throttle, which guard tenants from each other, would measure themselves.
                    "--tandem.web.business-writes-per-second=1000000",
                    "--tandem.security.login-throttle.sign-ups-per-address=1000000",
                    # They book days ahead and walk the jobs at once: the early-start rule would refuse the starts.
                    "--tandem.booking.early-start=3650d"]
        # A setting given twice reaches Spring as both values joined ("false,true"): the caller's one wins.
        given = {arg.split("=", 1)[0] for arg in extra_args}
        # TANDEM_BENCH_JVM_OPTIONS reaches the server's JVM, e.g. "-XX:StartFlightRecording=filename=rebuild.jfr"
        # to profile what a benchmark measures (docs/scaling.md, "Profiling").
        jvm_options = os.environ.get("TANDEM_BENCH_JVM_OPTIONS", "").split()
        command = [JAVA] + ([f"-Xmx{heap}"] if heap else []) + jvm_options + ["-jar", jar_path] + [
            arg for arg in defaults if arg.split("=", 1)[0] not in given] + list(extra_args)
        self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT)

    def __enter__(self):
        wait_until_up(self.port, self.process)
        return self

    def __exit__(self, *failure):
        self.process.terminate()
        self.process.wait(timeout=60)
        self.log.close()
        if not self.keep:
            shutil.rmtree(self.data_dir, ignore_errors=True)

    @property
    def database_port(self):
        """The embedded PostgreSQL's port, from its postmaster.pid (fourth line)."""
        with open(os.path.join(self.data_dir, "postgres", "postmaster.pid")) as pid:
            return int(pid.read().splitlines()[3])

    def memory(self, collect=True):
        """Heap in use (after a full GC when asked) and resident set size, in MB."""
        if collect:
            subprocess.run(["jcmd", str(self.process.pid), "GC.run"], capture_output=True,
                           env=dict(os.environ, PATH=os.path.dirname(JAVA) + os.pathsep + os.environ["PATH"]))
            time.sleep(1)
        metrics = urllib.request.urlopen(f"http://127.0.0.1:{self.port}/actuator/prometheus").read().decode()
        heap = sum(float(line.rsplit(" ", 1)[1]) for line in metrics.splitlines()
                   if line.startswith("jvm_memory_used_bytes") and 'area="heap"' in line)
        return {"heapMb": round(heap / 2 ** 20, 1), "rssMb": round(rss_bytes(self.process.pid) / 2 ** 20, 1)}


def wait_until_up(port, process, seconds=180):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process.poll() is not None:
            raise SystemExit("the server stopped during start-up")
        try:
            status, _ = Client(port).call("GET", "/actuator/health/readiness")
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit("the server did not become ready")


def rss_bytes(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def driver(task, *args, capture=True):
    """Runs a task of the load driver (bench/driver) in its own process; answers its last output line."""
    command = [JAVA, "-Xmx1g", "-jar", jar(module="bench/driver"), task] + [str(a) for a in args]
    done = subprocess.run(command, capture_output=capture, text=True)
    if done.returncode != 0:
        sys.exit(f"driver {task} failed:\n{done.stderr[-3000:] if capture else ''}")
    return done.stdout.strip().splitlines()[-1] if capture else None


def write_results(name, result):
    # The load average tells how quiet the machine was: on 2 shared cores it moves every figure.
    result.setdefault("machine", {"cpus": os.cpu_count(), "python": platform.python_version(),
                                  "loadAverage1m": round(os.getloadavg()[0], 2)})
    result.setdefault("date", time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
    os.makedirs(os.path.join(ROOT, "bench/results"), exist_ok=True)
    with open(os.path.join(ROOT, "bench/results", name + ".json"), "w") as out:
        json.dump(result, out, indent=2)
