package dev.tandem.platform.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The one operator login, its password kept only as an Argon2 hash once the application has started. Without
 * a configured password a random one is made and logged once, so a fresh installation is never open.
 */
public final class OperatorLogin {

    private static final Logger log = LoggerFactory.getLogger(OperatorLogin.class);
    static final String ROLE = "OPERATOR";

    private final String username;
    private final PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    private final UserDetailsService users;
    private final boolean generated;

    OperatorLogin(OperatorProperties properties) {
        this.username = properties.username();
        String password = properties.password();
        this.generated = password == null || password.isBlank();
        if (generated) {
            password = randomPassword();
            log.warn(
                    "TANDEM_OPERATOR_PASSWORD is not set: the operator login for /api/operator is {} / {} until the"
                            + " next start.",
                    username,
                    password);
        }
        this.users = new InMemoryUserDetailsManager(User.withUsername(username)
                .password(encoder.encode(password))
                .roles(ROLE)
                .build());
    }

    public String username() {
        return username;
    }

    /** Whether the password was made at start (and written to the log) rather than configured. */
    public boolean isGenerated() {
        return generated;
    }

    UserDetailsService users() {
        return users;
    }

    PasswordEncoder encoder() {
        return encoder;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
