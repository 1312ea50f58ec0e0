package dev.tandem.platform.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The one operator login, its password kept only as an Argon2 hash once the application has started. Without
 * a configured password, the one in the password file is used, made at random on the first start, so a fresh
 * installation is never open and the password never appears in a log.
 */
public final class OperatorLogin {

    private static final Logger log = LoggerFactory.getLogger(OperatorLogin.class);
    static final String ROLE = "OPERATOR";

    private final String username;
    private final PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    private final UserDetailsService users;
    private final boolean generated;
    private final Path passwordFile;

    OperatorLogin(OperatorProperties properties) {
        this.username = properties.username();
        String password = properties.password();
        this.generated = password == null || password.isBlank();
        this.passwordFile = properties.passwordFile().toAbsolutePath();
        if (generated) {
            password = keptPassword(passwordFile);
            log.warn(
                    "TANDEM_OPERATOR_PASSWORD is not set: the operator login for /api/operator is {}, with the"
                            + " password in {}",
                    username,
                    passwordFile);
        }
        this.users = new InMemoryUserDetailsManager(User.withUsername(username)
                .password(encoder.encode(password))
                .roles(ROLE)
                .build());
    }

    public String username() {
        return username;
    }

    /** Where the password is, when it was made rather than configured. */
    public Optional<Path> passwordFile() {
        return generated ? Optional.of(passwordFile) : Optional.empty();
    }

    UserDetailsService users() {
        return users;
    }

    PasswordEncoder encoder() {
        return encoder;
    }

    /** The password in the file, or a new one written there, readable and writable by its owner only. */
    private static String keptPassword(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                String kept = Files.readString(file).strip();
                if (!kept.isEmpty()) {
                    return kept;
                }
            }
            Files.createDirectories(file.getParent());
            String password = randomPassword();
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + System.lineSeparator());
            return password;
        } catch (IOException | UnsupportedOperationException e) {
            throw new IllegalStateException(
                    "Cannot keep the operator's password in " + file + "; set TANDEM_OPERATOR_PASSWORD instead", e);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
