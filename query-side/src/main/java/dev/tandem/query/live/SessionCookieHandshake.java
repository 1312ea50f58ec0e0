package dev.tandem.query.live;

import dev.tandem.platform.security.SessionCookie;
import java.util.Map;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.WebUtils;

/**
 * The dashboards' pages cannot set a header on the WebSocket handshake; they send their session cookie
 * instead. Its token is kept with the connection and checked on CONNECT like a bearer token.
 */
class SessionCookieHandshake implements HandshakeInterceptor {

    static final String SESSION_TOKEN = "tandem.session-token";

    @Override
    public boolean beforeHandshake(
            ServerHttpRequest request,
            ServerHttpResponse response,
            WebSocketHandler handler,
            Map<String, Object> attributes) {
        if (request instanceof ServletServerHttpRequest servlet) {
            var cookie = WebUtils.getCookie(servlet.getServletRequest(), SessionCookie.NAME);
            if (cookie != null) {
                attributes.put(SESSION_TOKEN, cookie.getValue());
            }
        }
        return true;
    }

    @Override
    public void afterHandshake(
            ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler, Exception failure) {}
}
