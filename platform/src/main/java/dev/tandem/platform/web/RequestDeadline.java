package dev.tandem.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The time a request has to be answered ({@code tandem.web.request-timeout}), counted from its arrival. Each wait
 * a request may meet is bounded on its own (a connection, a lock, a statement, the projections); the deadline
 * bounds them together: the transactions a request begins get the time it has left as their timeout, so a
 * statement still running at the deadline is cancelled and rolled back (503, nothing changed), and the wait for
 * the projections ends at it.
 *
 * <p>Held per thread, as Spring holds a request's locale: the request's work runs on the thread that took it.
 */
public final class RequestDeadline extends OncePerRequestFilter {

    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    private final Duration timeout;

    RequestDeadline(Duration timeout) {
        this.timeout = timeout;
    }

    /** The time the current request has left; empty outside a request (event processors, start-up). */
    public static Optional<Duration> remaining() {
        Long deadline = DEADLINE.get();
        return deadline == null ? Optional.empty() : Optional.of(Duration.ofNanos(deadline - System.nanoTime()));
    }

    /** The shorter of {@code wait} and the time the current request has left (never negative). */
    public static Duration atMost(Duration wait) {
        return remaining()
                .map(left -> left.isNegative() ? Duration.ZERO : left)
                .filter(left -> left.compareTo(wait) < 0)
                .orElse(wait);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DEADLINE.set(System.nanoTime() + timeout.toNanos());
        try {
            chain.doFilter(request, response);
        } finally {
            DEADLINE.remove();
        }
    }
}
