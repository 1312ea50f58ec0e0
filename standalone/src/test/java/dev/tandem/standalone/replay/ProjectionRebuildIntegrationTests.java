package dev.tandem.standalone.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.PayRateType;
import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.provider.Providers;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import dev.tandem.standalone.support.LiveClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import tools.jackson.databind.JsonNode;

/**
 * The operator rebuilds every projection from the event store alone while the application serves: each comes
 * back exactly as it was, and nobody hears of the replayed events again.
 */
class ProjectionRebuildIntegrationTests extends HttpTests {

    @Autowired
    SimpUserRegistry liveUsers;

    /** The owning login: it sees every business's rows, which is what a before/after comparison needs. */
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    @Test
    void rebuildingEveryProjectionFromTheEventStoreGivesTheSameViews() throws Exception {
        var providers = new Providers(api);
        var bookings = new Bookings(api);
        Api.Session lastAdmin = null;
        for (int i = 0; i < 2; i++) {
            var admin = api.signUp();
            lastAdmin = admin;
            ownBusinesses.add(admin.businessId());
            api.put("/api/admin/business")
                    .as(admin)
                    .json(Map.of("name", "Renamed " + i))
                    .send();
            var provider = providers.registerAndLogIn(admin, "Provider " + i);
            // Two periods of time off in one change: a rebuild handles both in one transaction, the second
            // added to the list the first left.
            api.post("/api/provider/availability")
                    .as(provider.session())
                    .json(Map.of(
                            "status",
                            "ON_BREAK",
                            "weeklyHours",
                            List.of(Map.of("dayOfWeek", "MONDAY", "start", "09:00", "end", "17:00")),
                            "timeOff",
                            List.of(
                                    Map.of("start", "2027-09-01T09:00:00Z", "end", "2027-09-01T11:00:00Z"),
                                    Map.of("start", "2027-08-01T00:00:00Z", "end", "2027-08-15T00:00:00Z"))))
                    .send();
            api.post("/api/admin/customers")
                    .as(admin)
                    .json(Map.of("name", "Customer " + i, "address", "1 Main St", "lat", 48.85, "lng", 2.35))
                    .send();
            var worker = bookings.provider(admin, new PayRate(PayRateType.PERCENTAGE, 3_000, Bookings.PAY_RATES_FROM));
            String done =
                    bookings.booked(admin, Bookings.TEN_AM, worker).get("id").asString();
            bookings.runToCompletion(worker, done);
            api.post("/api/bookings/" + done + "/tip")
                    .as(admin)
                    .json(Map.of("amountCents", 300))
                    .send();
            String declined = bookings.booked(admin, Bookings.TEN_AM.plusSeconds(7200), worker)
                    .get("id")
                    .asString();
            bookings.move(worker, declined, "DECLINED");
        }
        var before = readModelsOnceSettled();
        var notificationsBefore = notificationsOf(lastAdmin);

        try (var live = LiveClient.connect(port, lastAdmin.token()).subscribeToEvents()) {
            LiveClient.awaitSubscribed(liveUsers, lastAdmin.userId());
            var started = api.post("/api/operator/replays").asOperator().send();
            assertThat(started.status()).isEqualTo(202);
            String location = started.header("Location");
            var duringTheRebuild = api.put("/api/admin/business")
                    .as(lastAdmin)
                    .json(Map.of("name", "Renamed 1"))
                    .send();
            assertThat(duringTheRebuild.status()).as("a write while rebuilding").isEqualTo(200);
            var done = Rebuilds.awaitFinished(api, location);
            assertThat(done.get("state").asString()).isEqualTo("DONE");
            assertThat(done.get("eventsTotal").asLong()).isPositive();
            assertThat(done.get("eventsDone").asLong())
                    .isEqualTo(done.get("eventsTotal").asLong());
            assertThat(done.get("projections").valueStream().map(JsonNode::asString))
                    .contains("booking-view", "admin-notifications", "earnings-ledger");
            assertThat(live.events).isEmpty();
        }
        assertThat(notificationsOf(lastAdmin)).isEqualTo(notificationsBefore);
        assertThat(readModels()).isEqualTo(before);
        assertThat(before.get("business_view")).isNotEmpty();
        assertThat(before.get("provider_view")).isNotEmpty();
        assertThat(before.get("pay_roll_rate")).isNotEmpty();
        assertThat(before.get("customer_view")).isNotEmpty();
        assertThat(before.get("provider_board")).isNotEmpty();
        assertThat(before.get("booking_view")).isNotEmpty();
        assertThat(before.get("provider_availability"))
                .as("both periods of time off")
                .anyMatch(row -> row.contains("2027-08-01") && row.contains("2027-09-01"));
        assertThat(before.get("earnings_ledger")).isNotEmpty();
        assertThat(before.get("notification_view")).isNotEmpty();

        // Once rebuilt, each projection carries on from where the rebuild stopped, and a write's answer waits
        // for it again: what was just written is what is read.
        api.put("/api/admin/business")
                .as(lastAdmin)
                .json(Map.of("name", "After the rebuild"))
                .send();
        assertThat(api.get("/api/admin/business")
                        .as(lastAdmin)
                        .send()
                        .body()
                        .get("name")
                        .asString())
                .isEqualTo("After the rebuild");
    }

    /**
     * The businesses this test made: the comparison leaves other tests' businesses out, whose deadlines and
     * sagas may legitimately change their rows while this test runs.
     */
    private final List<String> ownBusinesses = new ArrayList<>();

    private JsonNode notificationsOf(Api.Session admin) {
        return api.get("/api/admin/notifications").as(admin).send().body();
    }

    /**
     * A decline nobody else can take makes the assignment saga record its failure a moment after the decline's
     * answer: the views are compared once nothing has changed them for a while.
     */
    private Map<String, List<String>> readModelsOnceSettled() throws InterruptedException {
        var last = readModels();
        for (int unchanged = 0; unchanged < 5; ) {
            Thread.sleep(100);
            var now = readModels();
            unchanged = now.equals(last) ? unchanged + 1 : 0;
            last = now;
        }
        return last;
    }

    /** Every row of this test's businesses in every tenant table, in a stable order, as JSON text. */
    private Map<String, List<String>> readModels() {
        var jdbc = new JdbcTemplate(owner);
        var tables = jdbc.queryForList("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and c.relkind = 'r' and c.relforcerowsecurity order by 1""", String.class);
        var rows = new LinkedHashMap<String, List<String>>();
        for (String table : tables) {
            rows.put(
                    table,
                    jdbc.queryForList(
                            "select row_to_json(t)::text from " + table
                                    + " t where business_id::text = any (?) order by row_to_json(t)::text",
                            String.class,
                            (Object) ownBusinesses.toArray(String[]::new)));
        }
        return rows;
    }
}
