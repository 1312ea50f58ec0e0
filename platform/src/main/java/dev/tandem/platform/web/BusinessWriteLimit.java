package dev.tandem.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tandem.platform.security.Caller;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Each business may write at most so many times per second (a token bucket that holds two seconds' worth),
 * so that no tenant — a runaway integration, a script in a loop — takes the server's capacity from the
 * others. Past it, a write is refused at once with 429 and {@code Retry-After}, before its body is read; it
 * changed nothing. Runs after authentication (the business comes from the token) and before
 * {@link WriteAdmission}, so a business over its share takes no place from the others.
 */
final class BusinessWriteLimit extends OncePerRequestFilter {

    private final int writesPerSecond;
    private final ProblemWriter problems;
    private final Counter refused;
    private final Cache<UUID, Bucket> bucketsByBusiness = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    BusinessWriteLimit(int writesPerSecond, ProblemWriter problems, MeterRegistry meters) {
        this.writesPerSecond = writesPerSecond;
        this.problems = problems;
        this.refused = Counter.builder("tandem.writes.rate_limited")
                .description("Writes refused with 429 because their business wrote faster than its limit")
                .register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiWrites.isApiWriteOutside(request, "/api/auth/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var caller = Caller.current();
        if (caller.isPresent()) {
            var probe = bucketsByBusiness
                    .get(caller.get().businessId().value(), business -> bucket())
                    .tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                refused.increment();
                long seconds = Math.max(
                        1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                problems.write(
                        request,
                        response,
                        HttpStatus.TOO_MANY_REQUESTS,
                        "This business is writing faster than " + writesPerSecond
                                + " changes a second; nothing was changed. Try again in a moment.");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private Bucket bucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(2L * writesPerSecond)
                        .refillGreedy(writesPerSecond, Duration.ofSeconds(1))
                        .build())
                .build();
    }
}
