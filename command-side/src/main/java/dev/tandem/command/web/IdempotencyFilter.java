package dev.tandem.command.web;

import dev.tandem.platform.security.Caller;
import dev.tandem.platform.web.ApiWrites;
import dev.tandem.platform.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes a write sent with an {@code Idempotency-Key} safe to retry: the first answer is stored per business
 * and key, and the same request again gets that answer back without a second effect. The same key with a
 * different request is refused with 422; a retry while the first is still running gets 409.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";

    private final IdempotencyKeys keys;
    private final ProblemWriter problems;

    IdempotencyFilter(IdempotencyKeys keys, ProblemWriter problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiWrites.isWrite(request) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var caller = Caller.current();
        String key = request.getHeader(HEADER).strip();
        if (caller.isEmpty() || key.isEmpty() || key.length() > 255) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String requestHash = hash(request.getMethod(), request.getRequestURI(), body);
        var businessId = caller.get().businessId().value();
        var claim = keys.claim(businessId, key, requestHash);
        switch (claim) {
            case IdempotencyKeys.Claimed claimed -> runAndRemember(request, response, chain, body, businessId, key);
            case IdempotencyKeys.Stored stored
            when !stored.requestHash().equals(requestHash) ->
                problems.write(
                        request,
                        response,
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "This Idempotency-Key was used for a different request.");
            case IdempotencyKeys.Stored stored
            when stored.status() == null ->
                problems.write(
                        request,
                        response,
                        HttpStatus.CONFLICT,
                        "A request with this Idempotency-Key is still running.");
            case IdempotencyKeys.Stored stored -> replay(stored, response);
        }
    }

    private void runAndRemember(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            byte[] body,
            java.util.UUID businessId,
            String key)
            throws IOException, ServletException {
        var recorded = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(new CachedBodyRequest(request, body), recorded);
            // Server failures are not remembered: the client should be able to retry them for real.
            if (recorded.getStatus() < 500) {
                keys.remember(
                        businessId,
                        key,
                        recorded.getStatus(),
                        recorded.getContentType(),
                        recorded.getHeader("ETag"),
                        recorded.getHeader("Location"),
                        recorded.getContentAsByteArray());
                stored = true;
            }
        } finally {
            if (!stored) {
                keys.release(businessId, key);
            }
            recorded.copyBodyToResponse();
        }
    }

    private static void replay(IdempotencyKeys.Stored stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        stored.headers().forEach(response::setHeader);
        response.setHeader("Idempotent-Replayed", "true");
        response.getOutputStream().write(stored.body());
    }

    private static String hash(String method, String path, byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** The request again, with the body that was read to hash it. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(jakarta.servlet.ReadListener listener) {
                    throw new UnsupportedOperationException("Asynchronous reads are not used");
                }
            };
        }
    }
}
