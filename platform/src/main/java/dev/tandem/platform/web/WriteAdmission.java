package dev.tandem.platform.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the writes in flight. Past what the server can do, more writes at once only make every one of them
 * slower, and their events later, for everyone (measured: offered 300 changes/s where 250 were possible, the
 * server kept up with 120 and answered two seconds late). A write that finds no place waits a moment for one
 * and is otherwise refused at once with 503 and {@code Retry-After}, before its body is read: it changed nothing,
 * and the writes that were admitted keep their pace.
 *
 * <p>Only writes to the API are counted; reads, pages and the operator's requests (who must be able to act when
 * the server is busiest) are never refused here. It runs after authentication, so a caller without a valid
 * token hears 401 and takes no place.
 */
final class WriteAdmission extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "1";

    private final Semaphore places;
    private final long waitNanos;
    private final ProblemWriter problems;
    private final Counter refused;

    WriteAdmission(int maxInFlight, Duration wait, ProblemWriter problems, MeterRegistry meters) {
        this.places = new Semaphore(maxInFlight);
        this.waitNanos = wait.toNanos();
        this.problems = problems;
        this.refused = Counter.builder("tandem.writes.refused")
                .description("Writes refused with 503 because as many were in flight as the server admits")
                .register(meters);
        Gauge.builder("tandem.writes.in_flight", places, free -> maxInFlight - free.availablePermits())
                .description("Writes to the API being handled now")
                .register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiWrites.isApiWriteOutside(request, "/api/operator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!admit()) {
            refused.increment();
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            problems.write(
                    request,
                    response,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "The server is at capacity and changed nothing; try again in a moment.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            places.release();
        }
    }

    private boolean admit() {
        try {
            return places.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
