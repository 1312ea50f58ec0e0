package dev.tandem.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class WriteAdmissionTests {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final WriteAdmission admission = new WriteAdmission(
            2, Duration.ofMillis(20), new ProblemWriter(JsonMapper.builder().build()), meters);
    private final ExecutorService clients = Executors.newFixedThreadPool(4);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch bothAdmitted = new CountDownLatch(2);
    private final AtomicInteger handled = new AtomicInteger();

    @AfterEach
    void stopClients() {
        release.countDown();
        clients.shutdownNow();
    }

    @Test
    void aWritePastTheBoundIsRefusedAtOnceWith503AndRetryAfterAndReachesNothing() throws Exception {
        Future<MockHttpServletResponse> first = clients.submit(() -> heldWrite("POST", "/api/bookings"));
        Future<MockHttpServletResponse> second = clients.submit(() -> heldWrite("PATCH", "/api/bookings/1"));
        assertThat(bothAdmitted.await(5, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        MockHttpServletResponse third = write("PUT", "/api/provider/bookings");

        assertThat(third.getStatus()).isEqualTo(503);
        assertThat(third.getHeader("Retry-After")).isEqualTo("1");
        assertThat(third.getContentType()).isEqualTo("application/problem+json");
        assertThat(third.getContentAsString()).contains("\"status\":503", "changed nothing");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(handled).hasValue(2);
        assertThat(meters.get("tandem.writes.refused").counter().count()).isEqualTo(1);
        assertThat(meters.get("tandem.writes.in_flight").gauge().value()).isEqualTo(2);

        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(second.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(write("POST", "/api/bookings").getStatus()).isEqualTo(200);
        assertThat(meters.get("tandem.writes.in_flight").gauge().value()).isZero();
    }

    @Test
    void readsPagesAndTheOperatorAreNeverRefused() throws Exception {
        clients.submit(() -> heldWrite("POST", "/api/bookings"));
        clients.submit(() -> heldWrite("POST", "/api/bookings"));
        assertThat(bothAdmitted.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(write("GET", "/api/bookings").getStatus()).isEqualTo(200);
        assertThat(write("POST", "/app/admin/bookings").getStatus()).isEqualTo(200);
        assertThat(write("POST", "/api/operator/replays").getStatus()).isEqualTo(200);
        assertThat(write("DELETE", "/api/admin/providers/1").getStatus()).isEqualTo(503);
    }

    private MockHttpServletResponse heldWrite(String method, String path) throws Exception {
        var response = new MockHttpServletResponse();
        admission.doFilter(new MockHttpServletRequest(method, path), response, (request, answer) -> {
            handled.incrementAndGet();
            bothAdmitted.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return response;
    }

    private MockHttpServletResponse write(String method, String path) throws Exception {
        var response = new MockHttpServletResponse();
        admission.doFilter(
                new MockHttpServletRequest(method, path), response, (request, answer) -> handled.incrementAndGet());
        return response;
    }
}
