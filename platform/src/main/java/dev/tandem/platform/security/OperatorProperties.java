package dev.tandem.platform.security;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The operator's login for {@code /api/operator/**} (rebuilding projections): a person who runs the
 * installation, not a user of any business, so it is not an account and not a bearer token.
 *
 * @param username the HTTP Basic user name
 * @param password the HTTP Basic password; blank takes the one in {@code passwordFile}, made at the first start
 * @param passwordFile where a password made at start is kept (readable by its owner only), so that it stays
 *     the same across restarts and never appears in a log
 */
@ConfigurationProperties("tandem.operator")
public record OperatorProperties(
        @DefaultValue("operator") String username,
        String password,
        @DefaultValue("./.tandem/operator-password") Path passwordFile) {}
