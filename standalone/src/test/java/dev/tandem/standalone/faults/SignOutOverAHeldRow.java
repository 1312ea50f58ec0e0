package dev.tandem.standalone.faults;

import dev.tandem.platform.database.DatabaseServer;
import dev.tandem.standalone.support.Api;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A sign-out sent while another transaction holds the admin's account row (released once it is answered): the
 * answer, and how long it took to come.
 */
record SignOutOverAHeldRow(Api.Response answer, Duration waited) {

    static SignOutOverAHeldRow send(Api api, DatabaseServer database, Api.Session admin) throws SQLException {
        try (Connection holder =
                DriverManager.getConnection(database.jdbcUrl(), database.ownerUser(), database.ownerPassword())) {
            holder.setAutoCommit(false);
            holder.createStatement().execute("select 1 from account where id = '" + admin.userId() + "' for update");

            Instant sent = Instant.now();
            var answer = api.post("/api/auth/logout")
                    .json(Map.of("refreshToken", admin.refreshToken()))
                    .send();
            var signOut = new SignOutOverAHeldRow(answer, Duration.between(sent, Instant.now()));
            holder.rollback();
            return signOut;
        }
    }
}
