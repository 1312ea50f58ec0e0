package dev.tandem.standalone.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.PayRateType;
import dev.tandem.platform.database.DatabaseServer;
import dev.tandem.standalone.TandemStandaloneApplication;
import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.support.Api;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The backup of docs/operations.md, restored: the tables that hold what happened (the event store, the
 * accounts, the command side's own tables, the sagas) are dumped from one database and loaded into a freshly
 * migrated one with no processor tokens; started on it, the server rebuilds every projection from the events
 * and shows the same views — the projections need no backup of their own.
 */
class BackupAndRestoreIntegrationTests {

    /** In the order they are loaded (an account before its tokens and invitations). */
    static final List<String> SYSTEM_OF_RECORD = List.of(
            "account",
            "refresh_token",
            "invite",
            "idempotency_key",
            "booked_slot",
            "scheduled_tasks",
            "domain_event_entry",
            "snapshot_event_entry",
            "saga_entry",
            "association_value_entry",
            "dead_letter_entry");

    @Test
    void aRestoredDumpRebuildsTheSameViews() throws Exception {
        Map<String, JsonNode> before;
        Api.Session admin;
        var dump = new LinkedHashMap<String, byte[]>();
        try (var original = start("backup-source")) {
            var api = apiOf(original);
            admin = api.signUp();
            var bookings = new Bookings(api);
            var provider =
                    bookings.provider(admin, new PayRate(PayRateType.PERCENTAGE, 2_500, Bookings.PAY_RATES_FROM));
            for (int hour = 0; hour < 4; hour++) {
                String id = bookings.booked(admin, Bookings.TEN_AM.plus(Duration.ofHours(hour)), provider)
                        .get("id")
                        .asString();
                if (hour < 2) {
                    bookings.runToCompletion(provider, id);
                }
            }
            before = views(api, admin, provider.id());
            try (Connection source = ownerConnection(original.getBean(DatabaseServer.class))) {
                // One snapshot for every table, as pg_dump takes it.
                source.setAutoCommit(false);
                source.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                for (String table : SYSTEM_OF_RECORD) {
                    var out = new ByteArrayOutputStream();
                    source.unwrap(PGConnection.class)
                            .getCopyAPI()
                            .copyOut("COPY " + table + " TO STDOUT (FORMAT binary)", out);
                    dump.put(table, out.toByteArray());
                }
                source.commit();
            }
        }

        // A freshly migrated database: started once for its schema, then stopped before anything is loaded.
        DatabaseServer target;
        try (var migrated = start("backup-target")) {
            target = migrated.getBean(DatabaseServer.class);
        }
        String providerId = before.get("provider").get("id").asString();
        try (Connection restoring = ownerConnection(target)) {
            // No processor tokens: the projections start from the first event, the sagas from the last.
            restoring
                    .createStatement()
                    .execute("TRUNCATE " + String.join(", ", SYSTEM_OF_RECORD) + ", token_entry CASCADE");
            for (String table : SYSTEM_OF_RECORD) {
                restoring
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "COPY " + table + " FROM STDIN (FORMAT binary)",
                                new ByteArrayInputStream(dump.get(table)));
            }
            restoring
                    .createStatement()
                    .execute("select setval('domain_event_entry_global_index_seq', "
                            + "(select max(global_index) from domain_event_entry))");
        }
        try (var restarted = start("backup-target")) {
            var api = apiOf(restarted);
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(
                            () -> assertThat(views(api, admin, providerId)).isEqualTo(before));
        }
    }

    /** What the admin sees: its business, the provider, every booking and the earnings with their totals. */
    private static Map<String, JsonNode> views(Api api, Api.Session admin, String providerId) {
        var seen = new LinkedHashMap<String, JsonNode>();
        seen.put("business", api.get("/api/admin/business").as(admin).send().body());
        seen.put(
                "provider",
                api.get("/api/admin/providers/" + providerId).as(admin).send().body());
        seen.put("bookings", api.get("/api/bookings?limit=500").as(admin).send().body());
        seen.put(
                "earnings",
                api.get("/api/admin/earnings?from=2020-01-01T00:00:00Z")
                        .as(admin)
                        .send()
                        .body());
        seen.put("history", historyOf(api, admin, seen.get("bookings")));
        return seen;
    }

    private static JsonNode historyOf(Api api, Api.Session admin, JsonNode bookings) {
        var histories = new ArrayList<JsonNode>();
        bookings.path("items")
                .forEach(booking -> histories.add(
                        api.get("/api/bookings/" + booking.get("id").asString() + "/history")
                                .as(admin)
                                .send()
                                .body()));
        return JsonMapper.builder().build().valueToTree(histories);
    }

    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(TandemStandaloneApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.profiles.active=test",
                        "--tandem.database.database-name=" + database,
                        "--logging.level.tandem.http=WARN");
    }

    private static Api apiOf(ConfigurableApplicationContext context) {
        return new Api(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    private static Connection ownerConnection(DatabaseServer database) throws Exception {
        return DriverManager.getConnection(database.jdbcUrl(), database.ownerUser(), database.ownerPassword());
    }
}
