package dev.tandem.query.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Exchanges a browser's refresh token for new tokens. Refresh tokens rotate and a reused one revokes its
 * whole family, but a page fires several requests at once when its access token has just expired (fragment
 * refreshes, the live connection): they share one exchange, and a repeat within a short grace period gets
 * the same answer instead of a second exchange.
 */
@Component
class SessionRefresher {

    private static final Duration GRACE = Duration.ofSeconds(30);

    private final CommandApi api;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Exchange> exchanges = new ConcurrentHashMap<>();

    SessionRefresher(CommandApi api) {
        this.api = api;
    }

    private record Exchange(CompletableFuture<JsonNode> answer, Instant at) {}

    /** The new tokens ({@code token}, {@code refreshToken}); throws {@link ApiProblem} when refused. */
    JsonNode refresh(String refreshToken, String clientAddress) {
        Instant now = clock.instant();
        exchanges.values().removeIf(exchange -> exchange.at().plus(GRACE).isBefore(now));
        var mine = new Exchange(new CompletableFuture<>(), now);
        Exchange exchange = exchanges.computeIfAbsent(fingerprint(refreshToken), key -> mine);
        if (exchange == mine) {
            try {
                exchange.answer()
                        .complete(api.anonymous(
                                "/api/auth/refresh", Map.of("refreshToken", refreshToken), clientAddress));
            } catch (RuntimeException refused) {
                exchange.answer().completeExceptionally(refused);
            }
        }
        try {
            return exchange.answer().join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    private static String fingerprint(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
