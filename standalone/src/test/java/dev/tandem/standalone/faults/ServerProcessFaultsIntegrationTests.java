package dev.tandem.standalone.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.standalone.TandemStandaloneApplication;
import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.webhook.Receiver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The server's process and its database failing under a stream of bookings walked to completion: the server
 * killed outright (SIGKILL: no shutdown hook, its embedded PostgreSQL left running), its embedded PostgreSQL killed
 * under it (it exits with status 3 for its supervisor), an external PostgreSQL stopped for a while (503 with
 * {@code Retry-After} meanwhile, readiness DOWN, recovery unaided). Afterwards every write that was acknowledged is
 * in the views, each completed booking has exactly one earning, the provider is not left BUSY, and the processors
 * go on by themselves; a server started again starts at the first try.
 *
 * <p>The server runs in a process of its own, from this test's class path, as {@code java -jar} would run it.
 */
class ServerProcessFaultsIntegrationTests {

    private static final List<String> WALK = List.of("CONFIRMED", "IN_PROGRESS", "COMPLETED");
    private static final Duration START_PATIENCE = Duration.ofMinutes(3);

    @TempDir
    Path data;

    private Process server;

    @AfterEach
    void stopTheServer() throws Exception {
        if (server != null && server.isAlive()) {
            server.destroy(); // a graceful stop, which stops its database too
            server.waitFor(60, TimeUnit.SECONDS);
        }
        stopLeftoverDatabase();
    }

    @Test
    void aKilledServerStartsAgainAtTheFirstTryAndKeepsEveryAcknowledgedWrite() throws Exception {
        int port = freePort();
        var stream = underLoad(port);
        var api = stream.api;
        server.destroyForcibly(); // SIGKILL, in the middle of the stream
        server.waitFor(30, TimeUnit.SECONDS);
        stream.join();
        long leftover = postmasterPid().orElseThrow();
        assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive))
                .as("the killed server's database is left running")
                .contains(true);

        server = start(port, "second");
        assertThat(server.isAlive()).as("started at the first try").isTrue();
        assertThat(postmasterPid())
                .as("the database left behind was stopped and a new one started")
                .isNotEqualTo(Optional.of(leftover));
        assertNothingAcknowledgedWasLostAndTheProcessorsGoOn(api, stream);
    }

    /** Webhook deliveries are queued in the database: a killed server sends them when it is back, none lost. */
    @Test
    void webhookDeliveriesQueuedBeforeTheServerIsKilledAreSentWhenItIsBack() throws Exception {
        int port = freePort();
        String[] webhooks = {
            "--tandem.webhooks.allow-private-addresses=true",
            "--tandem.webhooks.poll-interval=200ms",
            "--tandem.webhooks.retry-delays=1s,1s,1s,1s,1s,1s,1s,1s,1s,1s"
        };
        server = start(port, "first", webhooks);
        var api = new Api(port);
        var admin = api.signUp();
        try (var receiver = new Receiver()) {
            receiver.answer(request -> 503);
            assertThat(api.post("/api/admin/webhooks")
                            .as(admin)
                            .json(Map.of("url", receiver.url(), "eventTypes", List.of("booking.created")))
                            .send()
                            .status())
                    .isEqualTo(201);
            var bookings = new Bookings(api);
            for (int i = 0; i < 3; i++) {
                bookings.create(admin, Bookings.newBooking(Bookings.TEN_AM.plus(Duration.ofHours(i)), null));
            }
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> receiver.received().size() >= 3);

            server.destroyForcibly(); // SIGKILL, with every delivery still failing
            server.waitFor(30, TimeUnit.SECONDS);
            receiver.answer(request -> 200);
            server = start(port, "second", webhooks);

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> delivered(receiver).size() == 3);
            assertThat(delivered(receiver))
                    .as("each event delivered, none twice")
                    .hasSize(3);
        }
    }

    /** The webhook ids the receiver accepted, each once. */
    private static Set<String> delivered(Receiver receiver) {
        return receiver.received().stream()
                .filter(request -> request.answered() == 200)
                .map(request -> request.header("webhook-id"))
                .collect(Collectors.toSet());
    }

    @Test
    void whenItsDatabaseDiesTheServerExitsForItsSupervisorAndStartsAgainWithNothingLost() throws Exception {
        int port = freePort();
        var stream = underLoad(port);
        var api = stream.api;
        ProcessHandle.of(postmasterPid().orElseThrow()).orElseThrow().destroyForcibly(); // SIGKILL
        stream.answers.clear();

        assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("the server exited").isTrue();
        assertThat(server.exitValue()).as("status 3, for its supervisor").isEqualTo(3);
        stream.join();
        assertThat(stream.answers)
                .as("answers once the database had died; the server logged:\n%s", errorsLogged("first"))
                .doesNotContain(500);

        server = start(port, "second");
        assertNothingAcknowledgedWasLostAndTheProcessorsGoOn(api, stream);
    }

    @Test
    void anExternalDatabaseStoppedUnderLoadIsAnsweredWith503AndTheServerRecoversUnaided() throws Exception {
        Path databaseFolder = Files.createDirectories(data.resolve("external"));
        int databasePort = freePort();
        var database = externalDatabase(databaseFolder, databasePort);
        try {
            var stream = underLoad(
                    freePort(),
                    "--tandem.database.url=jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres",
                    "--tandem.database.user=postgres",
                    "--tandem.database.password=unused");
            var api = stream.api;

            database.close(); // a fast shutdown: the server's connections are cut
            Thread.sleep(2_000);
            stream.answers.clear();
            Instant asked = Instant.now();
            var during = api.get("/api/bookings").as(stream.admin).send();
            Duration waited = Duration.between(asked, Instant.now());
            assertThat(during.status()).as(during.text()).isEqualTo(503);
            assertThat(during.header("Retry-After")).isNotBlank();
            assertThat(waited).as("answered within the request's deadline").isLessThan(Duration.ofSeconds(10));
            assertThat(api.get("/actuator/health/readiness").send().status())
                    .as("not ready while the database is gone")
                    .isEqualTo(503);
            Thread.sleep(8_000);
            assertThat(stream.answers)
                    .as("answers while the database was gone; the server logged:\n%s", errorsLogged("first"))
                    .contains(503)
                    .doesNotContain(500);
            assertThat(server.isAlive())
                    .as("the server waits for an external database")
                    .isTrue();

            database = externalDatabase(databaseFolder, databasePort);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> api.get("/actuator/health/readiness").send().status() == 200);
            int completedBefore = stream.completed.get();
            await().atMost(Duration.ofSeconds(60)).until(() -> stream.completed.get() > completedBefore);
            stream.stop();
            assertNothingAcknowledgedWasLostAndTheProcessorsGoOn(api, stream);
        } finally {
            database.close();
        }
    }

    /** A server started with the settings, under a stream of bookings that has completed three already. */
    private BookingStream underLoad(int port, String... settings) throws Exception {
        server = start(port, "first", settings);
        var stream = new BookingStream(new Api(port));
        stream.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> stream.completed.get() >= 3);
        return stream;
    }

    /** A PostgreSQL of the test's own on a folder and port that outlive it, as an operator's server would. */
    private static EmbeddedPostgres externalDatabase(Path folder, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(folder)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("timezone", "UTC")
                .start();
    }

    private static void assertNothingAcknowledgedWasLostAndTheProcessorsGoOn(Api api, BookingStream stream) {
        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> assertEveryAcknowledgedWriteIsShown(api, stream.admin, stream.acknowledged));
        assertEachCompletedBookingHasExactlyOneEarning(api, stream.admin);
        // The board and the bookings are caught up segment by segment after a restart: BUSY may show a moment
        // longer than the job it was for, but not for good.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(providerStatus(api, stream.admin, stream.provider))
                        .as("not left BUSY: no job of its is in progress")
                        .isIn(inProgress(api, stream.admin).isEmpty() ? List.of("AVAILABLE") : List.of("BUSY")));

        var after = new Bookings(api).booked(stream.admin, Bookings.TEN_AM.minus(Duration.ofDays(1)), stream.provider);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(bookingIds(api, stream.admin))
                        .as("the processors went on by themselves")
                        .contains(after.get("id").asString()));
    }

    /**
     * A business whose admin books its provider a job a day, walked to completion by the provider, one step after
     * the other until the server is gone; each acknowledged step noted, every answer kept.
     */
    private static final class BookingStream {

        final Api api;
        final Bookings bookings;
        final Api.Session admin;
        final Bookings.Provider provider;
        final Map<String, String> acknowledged = new ConcurrentHashMap<>();
        final AtomicInteger completed = new AtomicInteger();
        final Queue<Integer> answers = new ConcurrentLinkedQueue<>();
        private volatile boolean running = true;
        private Thread thread;

        BookingStream(Api api) {
            this.api = api;
            this.bookings = new Bookings(api);
            this.admin = api.signUp();
            this.provider = bookings.provider(admin);
        }

        void start() {
            thread = Thread.ofPlatform().start(this::walk);
        }

        void join() throws InterruptedException {
            thread.join(Duration.ofSeconds(60));
        }

        void stop() throws InterruptedException {
            running = false;
            join();
        }

        private void walk() {
            try {
                for (int day = 0; running; day++) {
                    var created = bookings.create(
                            admin, Bookings.newBooking(Bookings.TEN_AM.plus(Duration.ofDays(day)), provider.id()));
                    answers.add(created.status());
                    if (created.status() != 201) {
                        Thread.sleep(100);
                        continue;
                    }
                    String id = created.body().get("id").asString();
                    acknowledged.put(id, created.body().get("status").asString());
                    walkToCompletion(id);
                }
            } catch (UncheckedIOException serverGone) {
                // killed or exited: requests in flight have no answer, so they were not acknowledged
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }

        /**
         * As the provider's phone would: a step without an answer may or may not have been taken, so it is sent
         * again until it is answered or the booking shows it taken (a provider cannot start the next job while
         * this one is in progress).
         */
        private void walkToCompletion(String id) throws InterruptedException {
            for (String status : WALK) {
                while (true) {
                    if (!running) {
                        return;
                    }
                    var moved = bookings.move(provider, id, status);
                    answers.add(moved.status());
                    if (moved.status() == 200) {
                        acknowledged.put(id, status);
                        break;
                    }
                    if (progress(statusShown(id)) >= progress(status)) {
                        break; // taken, though not acknowledged
                    }
                    Thread.sleep(100);
                }
            }
            completed.incrementAndGet();
        }

        private String statusShown(String id) {
            var booking = api.get("/api/bookings/" + id).as(admin).send();
            return booking.status() == 200 ? booking.body().get("status").asString() : null;
        }
    }

    private static void assertEveryAcknowledgedWriteIsShown(
            Api api, Api.Session admin, Map<String, String> acknowledged) {
        var shown = new ConcurrentHashMap<String, String>();
        bookingViews(api, admin)
                .forEach(view ->
                        shown.put(view.get("id").asString(), view.get("status").asString()));
        acknowledged.forEach((id, status) -> assertThat(progress(shown.get(id)))
                .as("booking %s acknowledged as %s, shown as %s", id, status, shown.get(id))
                .isGreaterThanOrEqualTo(progress(status)));
    }

    private static void assertEachCompletedBookingHasExactlyOneEarning(Api api, Api.Session admin) {
        var completedBookings = bookingViews(api, admin).stream()
                .filter(view -> view.get("status").asString().equals("COMPLETED"))
                .map(view -> view.get("id").asString())
                .toList();
        assertThat(completedBookings).hasSizeGreaterThanOrEqualTo(3);
        for (String id : completedBookings) {
            // Counted in the booking's history, read from the event store: the ledger's key would hide a second.
            var history =
                    api.get("/api/bookings/" + id + "/history").as(admin).send().body();
            long earnings = history.valueStream()
                    .filter(entry -> entry.get("type").asString().equals("EarningsRecorded"))
                    .count();
            assertThat(earnings).as("earnings recorded for %s", id).isEqualTo(1);
        }
    }

    private static int progress(String status) {
        return status == null
                ? -1
                : List.of("PENDING", "CONFIRMED", "IN_PROGRESS", "COMPLETED").indexOf(status);
    }

    private static List<JsonNode> bookingViews(Api api, Api.Session admin) {
        var answer = api.get("/api/bookings?limit=500").as(admin).send();
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.body().get("items").valueStream().toList();
    }

    private static List<String> bookingIds(Api api, Api.Session admin) {
        return bookingViews(api, admin).stream()
                .map(view -> view.get("id").asString())
                .toList();
    }

    private static List<String> inProgress(Api api, Api.Session admin) {
        return bookingViews(api, admin).stream()
                .filter(view -> view.get("status").asString().equals("IN_PROGRESS"))
                .map(view -> view.get("id").asString())
                .toList();
    }

    private static String providerStatus(Api api, Api.Session admin, Bookings.Provider provider) {
        return api.get("/api/admin/providers/realtime-status")
                .as(admin)
                .send()
                .body()
                .valueStream()
                .filter(row -> row.get("providerId").asString().equals(provider.id()))
                .map(row -> row.get("status").asString())
                .findFirst()
                .orElseThrow();
    }

    /** The server from this test's class path, on the test's data folder, up and ready (or the test fails). */
    private Process start(int port, String run, String... settings) throws Exception {
        Path log = data.resolve("server-" + run + ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        var command = new ArrayList<>(List.of(
                java,
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                classPath,
                TandemStandaloneApplication.class.getName(),
                "--server.port=" + port,
                "--tandem.database.data-dir=" + data.resolve("tandem"),
                "--tandem.demo.enabled=false",
                "--tandem.security.jwt-secret=test-signing-secret-of-at-least-32-bytes!",
                "--tandem.operator.password=operator-test-password",
                // The stream walks jobs booked on days ahead at once (application-test.properties says why).
                "--tandem.booking.early-start=1000d",
                "--logging.level.tandem.http=WARN"));
        command.addAll(List.of(settings));
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        var api = new Api(port);
        long deadline = System.nanoTime() + START_PATIENCE.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (isReady(api)) {
                return process;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The server did not start (" + run + " run); its log ends with:\n" + tail(log));
    }

    private static boolean isReady(Api api) {
        try {
            return api.get("/actuator/health/readiness").send().status() == 200;
        } catch (UncheckedIOException notYetListening) {
            return false;
        }
    }

    /** A database the test left behind (if it failed between the kill and the next start) is stopped. */
    private void stopLeftoverDatabase() throws IOException {
        postmasterPid().flatMap(ProcessHandle::of).ifPresent(postmaster -> {
            postmaster.destroy();
            postmaster.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        });
    }

    private Optional<Long> postmasterPid() throws IOException {
        Path pidFile = data.resolve("tandem").resolve("postgres").resolve("postmaster.pid");
        return Files.exists(pidFile)
                ? Optional.of(
                        Long.parseLong(Files.readAllLines(pidFile).getFirst().strip()))
                : Optional.empty();
    }

    /** The errors a run of the server logged, each with the start of its stack trace and its causes. */
    private String errorsLogged(String run) throws IOException {
        var errors = new ArrayList<String>();
        int traceLeft = 0;
        for (String line : Files.readAllLines(data.resolve("server-" + run + ".log"))) {
            if (line.contains(" ERROR ")) {
                traceLeft = 12;
            }
            if ((traceLeft-- > 0 || line.startsWith("Caused by")) && errors.size() < 400) {
                errors.add(line);
            }
        }
        return String.join("\n", errors);
    }

    private static String tail(Path log) throws IOException {
        var lines = new ArrayList<>(Files.readAllLines(log));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
