package dev.tandem.command.booking;

import dev.tandem.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Paths under /api/bookings are shared by both roles, so the admin-only writes check the role here. */
final class AdminsOnly {

    private AdminsOnly() {}

    static void require(Caller caller) {
        if (!caller.isAdmin()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Your role may not do this.");
        }
    }
}
