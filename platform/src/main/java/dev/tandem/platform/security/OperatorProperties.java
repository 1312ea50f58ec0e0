package dev.tandem.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The operator's login for {@code /api/operator/**} (rebuilding projections): a person who runs the
 * installation, not a user of any business, so it is not an account and not a bearer token.
 *
 * @param username the HTTP Basic user name
 * @param password the HTTP Basic password; blank makes a random one at start, written to the log once
 */
@ConfigurationProperties("tandem.operator")
public record OperatorProperties(@DefaultValue("operator") String username, String password) {}
