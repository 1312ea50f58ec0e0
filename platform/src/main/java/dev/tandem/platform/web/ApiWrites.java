package dev.tandem.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/** Which requests write: what the limits on writes count and what an idempotency key may be given to. */
public final class ApiWrites {

    private static final Set<String> WRITING_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    private ApiWrites() {}

    public static boolean isWrite(HttpServletRequest request) {
        return WRITING_METHODS.contains(request.getMethod());
    }

    /** A write to the API outside the paths under {@code exempted} (which the caller's limit does not count). */
    static boolean isApiWriteOutside(HttpServletRequest request, String exempted) {
        String path = request.getRequestURI();
        return isWrite(request) && path.startsWith("/api/") && !path.startsWith(exempted);
    }
}
