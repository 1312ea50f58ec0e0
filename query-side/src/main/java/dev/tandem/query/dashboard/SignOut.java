package dev.tandem.query.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * Signing out of a dashboard ends the session on the server too ({@code POST /api/auth/logout}): the refresh
 * token stops working, and so do the access tokens and live connections of the user, so nothing left on a
 * shared device opens the account again. The cookies go in any case.
 */
@Component
class SignOut implements LogoutHandler {

    private static final Logger log = LoggerFactory.getLogger(SignOut.class);

    private final CommandApi api;

    SignOut(CommandApi api) {
        this.api = api;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        String refreshToken = BrowserSession.refreshToken(request);
        try {
            if (refreshToken != null) {
                api.anonymous("/api/auth/logout", Map.of("refreshToken", refreshToken), request.getRemoteAddr());
            }
        } catch (RuntimeException unreachable) {
            log.warn("Could not end the session on the server; the browser's cookies are cleared", unreachable);
        } finally {
            BrowserSession.clear(request, response);
        }
    }
}
