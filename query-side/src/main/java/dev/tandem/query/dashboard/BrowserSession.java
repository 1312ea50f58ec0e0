package dev.tandem.query.dashboard;

import dev.tandem.platform.security.SessionCookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.util.WebUtils;
import tools.jackson.databind.JsonNode;

/**
 * The browser's sign-in as two HttpOnly cookies: {@code tandem_session} holds the 15-minute access token
 * (sent with every page request and the live connection's handshake), {@code tandem_refresh} the rotating
 * refresh token (SameSite=Strict). Both are browser-session cookies, Secure whenever the page came over https.
 */
final class BrowserSession {

    static final String REFRESH_COOKIE = "tandem_refresh";

    /** The request attribute holding the access token this request is authenticated with, once checked. */
    static final String TOKEN_ATTRIBUTE = BrowserSession.class.getName() + ".token";

    private BrowserSession() {}

    /** Stores the tokens of an API answer ({@code token}, {@code refreshToken}) in the browser. */
    static void issue(HttpServletRequest request, HttpServletResponse response, JsonNode session) {
        String token = session.path("token").asString();
        write(response, cookie(request, SessionCookie.NAME, token, "Lax", null));
        write(
                response,
                cookie(request, REFRESH_COOKIE, session.path("refreshToken").asString(), "Strict", null));
        request.setAttribute(TOKEN_ATTRIBUTE, token);
    }

    /** A new sign-in gets a new CSRF token: the next page issues it. */
    static void renewCsrf(HttpServletRequest request, HttpServletResponse response) {
        write(response, cookie(request, DashboardSecurity.CSRF_COOKIE, "", "Strict", Duration.ZERO));
    }

    static void clear(HttpServletRequest request, HttpServletResponse response) {
        write(response, cookie(request, SessionCookie.NAME, "", "Lax", Duration.ZERO));
        write(response, cookie(request, REFRESH_COOKIE, "", "Strict", Duration.ZERO));
        request.removeAttribute(TOKEN_ATTRIBUTE);
    }

    static String accessToken(HttpServletRequest request) {
        return value(request, SessionCookie.NAME);
    }

    static String refreshToken(HttpServletRequest request) {
        return value(request, REFRESH_COOKIE);
    }

    /** The token the current request was authenticated with (refreshed if it had to be). */
    static String current(HttpServletRequest request) {
        return (String) request.getAttribute(TOKEN_ATTRIBUTE);
    }

    private static String value(HttpServletRequest request, String name) {
        var cookie = WebUtils.getCookie(request, name);
        return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }

    private static ResponseCookie cookie(
            HttpServletRequest request, String name, String value, String sameSite, Duration maxAge) {
        var cookie = ResponseCookie.from(name, value)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite(sameSite)
                .path("/");
        if (maxAge != null) {
            cookie.maxAge(maxAge);
        }
        return cookie.build();
    }

    private static void write(HttpServletResponse response, ResponseCookie cookie) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
