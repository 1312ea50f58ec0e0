package dev.tandem.command.account;

import dev.tandem.api.errors.InvalidInputException;
import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Hashes passwords with Argon2id (the hash names its algorithm, so the parameters can be raised later) and
 * checks them in the same time whether or not the account exists.
 */
@Component
class Passwords {

    static final int MINIMUM_LENGTH = 10;
    static final int MAXIMUM_LENGTH = 200;

    private final PasswordEncoder encoder = new DelegatingPasswordEncoder(
            "argon2", Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));

    /** Compared against when the email is unknown, so both failures take as long. */
    private final String decoyHash = encoder.encode("decoy password that matches nothing");

    String hash(String password) {
        check(password);
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return password != null && encoder.matches(password, hash);
    }

    void spendTimeLikeAMatch(String password) {
        encoder.matches(password == null ? "" : password, decoyHash);
    }

    static void check(String password) {
        check("password", password);
    }

    static void check(String field, String password) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            throw new InvalidInputException(field, "must be at least " + MINIMUM_LENGTH + " characters");
        }
        if (password.length() > MAXIMUM_LENGTH) {
            throw new InvalidInputException(field, "must be at most " + MAXIMUM_LENGTH + " characters");
        }
    }
}
