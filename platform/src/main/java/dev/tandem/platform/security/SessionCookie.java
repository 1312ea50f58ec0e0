package dev.tandem.platform.security;

/**
 * The browser session of the dashboards: an HttpOnly, SameSite cookie holding the same short-lived access
 * token API clients send as a bearer token, so pages and the live connection are checked alike.
 */
public final class SessionCookie {

    public static final String NAME = "tandem_session";

    private SessionCookie() {}
}
